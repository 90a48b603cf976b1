//! The introspection attributes of the builtin descriptors that `abc` and friends
//! read: `property.fget`/`fset`/`fdel`/`__doc__`, `classmethod.__func__`,
//! `staticmethod.__func__`, and `__isabstractmethod__` on all three (true when a
//! wrapped function is marked abstract, as CPython computes it).

use super::ObjKind;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// Attribute `name` of a property, classmethod or staticmethod `obj`; None when `obj`
/// is none of them or has no such attribute.
pub fn descriptor_attr(vm: &mut Vm, obj: Value, name: &str) -> PyResult<Option<Value>> {
    match obj.kind() {
        Some(ObjKind::Property(p)) => {
            let (fget, fset, fdel, doc) = (p.fget, p.fset, p.fdel, p.doc);
            Ok(Some(match name {
                "fget" => fget,
                "fset" => fset,
                "fdel" => fdel,
                "__doc__" if doc.is_none() && !fget.is_none() => {
                    let k = vm.intern("__doc__");
                    super::attr::getattr(vm, fget, k).unwrap_or(Value::NONE)
                }
                "__doc__" => doc,
                "__isabstractmethod__" => {
                    for f in [fget, fset, fdel] {
                        if !f.is_none() && is_abstract(vm, f)? {
                            return Ok(Some(Value::TRUE));
                        }
                    }
                    Value::FALSE
                }
                _ => return Ok(None),
            }))
        }
        Some(ObjKind::ClassMethod(f)) | Some(ObjKind::StaticMethod(f)) => {
            let f = *f;
            Ok(Some(match name {
                "__func__" | "__wrapped__" => f,
                "__isabstractmethod__" => Value::bool(is_abstract(vm, f)?),
                "__doc__" | "__name__" | "__qualname__" | "__module__" => {
                    let k = vm.intern(name);
                    return super::attr::getattr(vm, f, k).map(Some);
                }
                _ => return Ok(None),
            }))
        }
        _ => Ok(None),
    }
}

/// `getattr(f, "__isabstractmethod__", False)`, made a bool.
fn is_abstract(vm: &mut Vm, f: Value) -> PyResult<bool> {
    let k = vm.intern("__isabstractmethod__");
    match super::attr::getattr(vm, f, k) {
        Ok(v) => super::ops::truthy(vm, v),
        Err(e) if vm.is_instance(e.0, vm.types.attribute_error) => Ok(false),
        Err(e) => Err(e),
    }
}
