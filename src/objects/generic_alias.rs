//! `list[int]` and `int | None` on builtin classes: the objects they make,
//! `types.GenericAlias` and `types.UnionType`, are written in Python
//! (`modules/lib/_pvm_types.py`); this is where the operators on builtin classes
//! reach them.

use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// The builtin classes CPython gives a `__class_getitem__`.
fn is_builtin_generic(vm: &Vm, cls: Value) -> bool {
    let t = &vm.types;
    [t.list, t.dict, t.tuple, t.set, t.frozenset, t.type_].contains(&cls)
}

fn helper(vm: &mut Vm, name: &str) -> PyResult<Value> {
    let m = crate::modules::import::gcd_import(vm, "_pvm_types")?;
    let k = vm.intern(name);
    super::attr::getattr(vm, m, k)
}

/// `cls[item]` for a builtin class that has no other subscript: a GenericAlias,
/// or None when `cls` is not generic.
#[cold]
pub fn builtin_class_getitem(vm: &mut Vm, cls: Value, item: Value) -> PyResult<Option<Value>> {
    if !is_builtin_generic(vm, cls) {
        return Ok(None);
    }
    vm.roots.push(item);
    let r = helper(vm, "GenericAlias");
    vm.roots.pop();
    let ga = r?;
    vm.call(ga, &[cls, item]).map(Some)
}

/// `a | b` where each side is a class or None and no special method took it: a
/// `types.UnionType`, or None when the operands are not of that kind.
#[cold]
pub fn type_union(vm: &mut Vm, a: Value, b: Value) -> PyResult<Option<Value>> {
    let unionable = |v: Value| v.is_none() || v.as_type().is_some();
    if !(unionable(a) && unionable(b)) || (a.is_none() && b.is_none()) {
        return Ok(None);
    }
    let f = helper(vm, "_union_of")?;
    vm.call(f, &[a, b]).map(Some)
}
