//! Refusing to instantiate an abstract class: `abc.ABCMeta` records a class's
//! abstract methods in `__abstractmethods__`; while that set is non-empty, making an
//! instance is CPython's TypeError (its `Py_TPFLAGS_IS_ABSTRACT` check in
//! `object.__new__`).

use super::ObjKind;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// Ok unless `cls` has abstract methods left. Only classes with a metaclass defined
/// in Python (ABCMeta) can have them, so the common case is one test.
#[inline]
pub fn check_instantiable(vm: &mut Vm, cls: Value) -> PyResult<()> {
    match cls.kind() {
        Some(ObjKind::Type(t)) if !t.metaclass.get().is_null() => abstract_error(vm, cls),
        _ => Ok(()),
    }
}

#[cold]
#[inline(never)]
fn abstract_error(vm: &mut Vm, cls: Value) -> PyResult<()> {
    let k = vm.intern("__abstractmethods__");
    let methods = match vm.lookup_attr(cls, k) {
        Some(m) => m,
        None => return Ok(()),
    };
    let mut names: Vec<String> = match methods.kind() {
        Some(ObjKind::Set(s)) => s.table.borrow().keys().iter().filter_map(|v| v.as_str().map(|s| s.to_string())).collect(),
        _ => return Ok(()),
    };
    if names.is_empty() {
        return Ok(());
    }
    names.sort();
    let cname = cls.as_type().map(|t| t.name.clone()).unwrap_or_default();
    let plural = if names.len() == 1 { "" } else { "s" };
    Err(vm.type_error(format!("Can't instantiate abstract class {} with abstract method{} {}", cname, plural, names.join(", "))))
}
