//! `isinstance` and `issubclass` with their hooks: a class whose metaclass (or an
//! object whose class) is defined in Python may define `__instancecheck__` /
//! `__subclasscheck__` (ABCMeta, `types.UnionType`, typing's aliases), as CPython's
//! `PyObject_IsInstance` / `PyObject_IsSubclass` consult them.

use super::class;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// Whether `cls` may carry a hook: its own type is defined in Python.
#[inline]
fn may_hook(cls: Value) -> bool {
    class::has_user_metaclass(cls) || class::has_user_class(cls)
}

/// `isinstance(inst, cls)`.
pub fn isinstance(vm: &mut Vm, inst: Value, cls: Value) -> PyResult<bool> {
    if vm.type_of(inst) == cls {
        return Ok(true);
    }
    if let Some(t) = cls.as_tuple() {
        let items = t.to_vec();
        return any_nested(vm, &items, |vm, c| isinstance(vm, inst, c));
    }
    if may_hook(cls) {
        if let Some(r) = class::call_special(vm, cls, "__instancecheck__", &[inst])? {
            return super::ops::truthy(vm, r);
        }
    }
    if cls.as_type().is_none() {
        return Err(vm.type_error("isinstance() arg 2 must be a type, a tuple of types, or a union"));
    }
    Ok(vm.is_instance(inst, cls))
}

/// `issubclass(sub, cls)`.
pub fn issubclass(vm: &mut Vm, sub: Value, cls: Value) -> PyResult<bool> {
    if let Some(t) = cls.as_tuple() {
        let items = t.to_vec();
        return any_nested(vm, &items, |vm, c| issubclass(vm, sub, c));
    }
    if may_hook(cls) {
        if let Some(r) = class::call_special(vm, cls, "__subclasscheck__", &[sub])? {
            return super::ops::truthy(vm, r);
        }
    }
    let s = match sub.as_type() {
        Some(s) => s,
        None => return Err(vm.type_error("issubclass() arg 1 must be a class")),
    };
    if cls.as_type().is_none() {
        return Err(vm.type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union"));
    }
    Ok(s.is_subtype_of(cls))
}

/// True when `check` holds for one of `items`; nesting of tuples is bounded as
/// CPython bounds it (RecursionError).
fn any_nested(vm: &mut Vm, items: &[Value], mut check: impl FnMut(&mut Vm, Value) -> PyResult<bool>) -> PyResult<bool> {
    vm.repr_depth += 1;
    if vm.repr_depth > 800 {
        vm.repr_depth -= 1;
        return Err(vm.recursion_error());
    }
    let mut r = Ok(false);
    for &c in items {
        match check(vm, c) {
            Ok(false) => {}
            other => {
                r = other;
                break;
            }
        }
    }
    vm.repr_depth -= 1;
    r
}
