//! `dir(obj)`: the attribute names an object offers, as CPython's `object.__dir__`,
//! `type.__dir__` and `module.__dir__` list them, or what a class's own `__dir__`
//! returns; sorted.

use super::ObjKind;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// `dir(obj)`: a new sorted list of names.
pub fn dir(vm: &mut Vm, obj: Value) -> PyResult<Value> {
    if let Some(f) = super::class::special_method(vm, obj, "__dir__") {
        let names = vm.call(f, &[obj])?;
        return sorted_list(vm, names);
    }
    let mut names = Vec::new();
    match obj.kind() {
        // a module lists its namespace, built in full (`__dict__` builds lazy attributes)
        Some(ObjKind::Module(_)) => {
            let d = dict_attr(vm, obj)?;
            push_keys(&mut names, d);
        }
        // a class lists its own attributes and its bases', not its metaclass's
        Some(ObjKind::Type(_)) => push_class_attrs(vm, &mut names, obj),
        _ => {
            let d = dict_attr(vm, obj)?;
            push_keys(&mut names, d);
            let cls = vm.type_of(obj);
            push_class_attrs(vm, &mut names, cls);
        }
    }
    Ok(sorted_unique(vm, names))
}

/// The attributes of class `cls` and its bases: their dicts, plus the descriptors
/// CPython keeps there and PVM does not: the members `__slots__` declares, and
/// `__dict__` and `__weakref__` for a class whose instances have a dict.
fn push_class_attrs(vm: &mut Vm, names: &mut Vec<Value>, cls: Value) {
    let Some(t) = cls.as_type() else { return };
    for &c in t.mro.borrow().iter() {
        let Some(ct) = c.as_type() else { continue };
        push_keys(names, ct.dict);
        if ct.heap_type {
            names.extend(ct.members.iter().copied());
            if ct.slots.is_none() {
                names.push(vm.intern("__dict__"));
                names.push(vm.intern("__weakref__"));
            }
        }
    }
}

/// The object's `__dict__` when it has one that is a dict, else NULL.
fn dict_attr(vm: &mut Vm, obj: Value) -> PyResult<Value> {
    let name = vm.intern("__dict__");
    match super::attr::getattr(vm, obj, name) {
        Ok(d) if d.as_dict().is_some() => Ok(d),
        Ok(_) => Ok(Value::NULL),
        Err(e) if vm.is_instance(e.0, vm.types.attribute_error) => Ok(Value::NULL),
        Err(e) => Err(e),
    }
}

fn push_keys(names: &mut Vec<Value>, d: Value) {
    if let Some(d) = d.as_dict() {
        names.extend(d.borrow().keys().into_iter().filter(|k| k.as_str().is_some()));
    }
}

/// A new list of the distinct strs of `names`, in code-point order (str comparison).
pub fn sorted_unique(vm: &mut Vm, mut names: Vec<Value>) -> Value {
    names.sort_by(|a, b| a.as_str().unwrap_or("").cmp(b.as_str().unwrap_or("")));
    names.dedup_by(|a, b| a.as_str() == b.as_str());
    vm.new_list(names)
}

/// `sorted(names)`, for what a `__dir__` returned (any iterable, any orderable items).
fn sorted_list(vm: &mut Vm, names: Value) -> PyResult<Value> {
    let items = super::iter::collect(vm, names)?;
    let l = vm.new_list(items);
    vm.roots.push(l);
    let r = crate::builtins::sort::list_sort(vm, &[l], &[]);
    vm.roots.pop();
    r.map(|_| l)
}
