//! Constructors and methods of set and frozenset (the semantics are in
//! `objects::set`). Methods both types have are registered once per type, as
//! `f::<false>` on set and `f::<true>` on frozenset, so each rejects a receiver of
//! the other type with CPython's descriptor message.

use super::args::{arity, method_arity, no_kwargs};
use crate::objects::set;
use crate::objects::types::{add_method, set_ctor};
use crate::objects::NativeFn;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub fn init(vm: &mut Vm) {
    let (set_t, frozen_t) = (vm.types.set, vm.types.frozenset);
    set_ctor(set_t, set_new);
    set_ctor(frozen_t, frozenset_new);
    let shared: &[(&'static str, NativeFn, NativeFn)] = &[
        ("copy", copy::<false>, copy::<true>),
        ("union", union::<false>, union::<true>),
        ("intersection", intersection::<false>, intersection::<true>),
        ("difference", difference::<false>, difference::<true>),
        ("symmetric_difference", symmetric_difference::<false>, symmetric_difference::<true>),
        ("issubset", issubset::<false>, issubset::<true>),
        ("issuperset", issuperset::<false>, issuperset::<true>),
        ("isdisjoint", isdisjoint::<false>, isdisjoint::<true>),
        ("__contains__", contains::<false>, contains::<true>),
    ];
    for (name, on_set, on_frozen) in shared {
        add_method(vm, set_t, name, *on_set);
        add_method(vm, frozen_t, name, *on_frozen);
    }
    let mutating: &[(&'static str, NativeFn)] = &[
        ("add", add),
        ("discard", discard),
        ("remove", remove),
        ("pop", pop),
        ("clear", clear),
        ("update", update),
        ("intersection_update", intersection_update),
        ("difference_update", difference_update),
        ("symmetric_difference_update", symmetric_difference_update),
    ];
    for (name, f) in mutating {
        add_method(vm, set_t, name, *f);
    }
}

fn set_new(vm: &mut Vm, _cls: Value, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(vm, "set", kw)?;
    arity(vm, "set", a, 0, 1)?;
    match a.first() {
        Some(&it) => set::from_iterable(vm, it, false),
        None => Ok(set::new_set(vm, false)),
    }
}

fn frozenset_new(vm: &mut Vm, _cls: Value, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(vm, "frozenset", kw)?;
    arity(vm, "frozenset", a, 0, 1)?;
    match a.first() {
        // frozenset(f) is f: it cannot change
        Some(&it) if it.as_set().is_some_and(|s| s.frozen) => Ok(it),
        Some(&it) => set::from_iterable(vm, it, true),
        None => Ok(set::new_set(vm, true)),
    }
}

fn type_name(frozen: bool) -> &'static str {
    if frozen {
        "frozenset"
    } else {
        "set"
    }
}

/// Checks a call of method `name` of set (FROZEN false) or frozenset: the receiver's
/// type, no keywords, `min..=max` arguments besides the receiver. Returns the receiver.
fn receiver<const FROZEN: bool>(vm: &mut Vm, a: &[Value], kw: &[Value], name: &str, min: usize, max: usize) -> PyResult<Value> {
    let ty = type_name(FROZEN);
    match a.first() {
        Some(&s) if s.as_set().is_some_and(|x| x.frozen == FROZEN) => {}
        Some(&s) => return Err(bad_receiver(vm, ty, name, s)),
        None => return Err(vm.type_error(format!("unbound method {}.{}() needs an argument", ty, name))),
    }
    if !kw.is_empty() {
        return Err(vm.type_error(format!("{}.{}() takes no keyword arguments", ty, name)));
    }
    method_arity(vm, ty, name, a, min, max)?;
    Ok(a[0])
}

#[cold]
fn bad_receiver(vm: &mut Vm, ty: &str, name: &str, s: Value) -> crate::vm::PyErr {
    let t = vm.type_name(s);
    vm.type_error(format!("descriptor '{}' for '{}' objects doesn't apply to a '{}' object", name, ty, t))
}

const ANY: usize = usize::MAX;

// ================================================================= set and frozenset

fn copy<const FROZEN: bool>(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = receiver::<FROZEN>(vm, a, kw, "copy", 0, 0)?;
    if FROZEN {
        return Ok(s);
    }
    set::copy(vm, s)
}

fn union<const FROZEN: bool>(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = receiver::<FROZEN>(vm, a, kw, "union", 0, ANY)?;
    let result = set::copy(vm, s)?;
    vm.roots.push(result);
    let r = (|| {
        for &o in &a[1..] {
            if o != s {
                set::update(vm, result, o)?;
            }
        }
        Ok(result)
    })();
    vm.roots.pop();
    r
}

fn intersection<const FROZEN: bool>(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = receiver::<FROZEN>(vm, a, kw, "intersection", 0, ANY)?;
    set::intersection_multi(vm, s, &a[1..])
}

fn difference<const FROZEN: bool>(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = receiver::<FROZEN>(vm, a, kw, "difference", 0, ANY)?;
    set::difference_multi(vm, s, &a[1..])
}

fn symmetric_difference<const FROZEN: bool>(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = receiver::<FROZEN>(vm, a, kw, "symmetric_difference", 1, 1)?;
    set::symmetric_difference(vm, s, a[1])
}

fn issubset<const FROZEN: bool>(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = receiver::<FROZEN>(vm, a, kw, "issubset", 1, 1)?;
    set::issubset(vm, s, a[1]).map(Value::bool)
}

fn issuperset<const FROZEN: bool>(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = receiver::<FROZEN>(vm, a, kw, "issuperset", 1, 1)?;
    set::issuperset(vm, s, a[1]).map(Value::bool)
}

fn isdisjoint<const FROZEN: bool>(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = receiver::<FROZEN>(vm, a, kw, "isdisjoint", 1, 1)?;
    set::isdisjoint(vm, s, a[1]).map(Value::bool)
}

fn contains<const FROZEN: bool>(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = receiver::<FROZEN>(vm, a, kw, "__contains__", 1, 1)?;
    set::contains(vm, s, a[1]).map(Value::bool)
}

// ================================================================= set only

fn add(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = receiver::<false>(vm, a, kw, "add", 1, 1)?;
    set::add(vm, s, a[1])?;
    Ok(Value::NONE)
}

fn discard(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = receiver::<false>(vm, a, kw, "discard", 1, 1)?;
    set::discard(vm, s, a[1])?;
    Ok(Value::NONE)
}

fn remove(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = receiver::<false>(vm, a, kw, "remove", 1, 1)?;
    if !set::discard(vm, s, a[1])? {
        return Err(vm.key_error(a[1]));
    }
    Ok(Value::NONE)
}

fn pop(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = receiver::<false>(vm, a, kw, "pop", 0, 0)?;
    match set::pop(s) {
        Some(v) => Ok(v),
        None => {
            let c = vm.types.key_error;
            Err(vm.err(c, "pop from an empty set"))
        }
    }
}

fn clear(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = receiver::<false>(vm, a, kw, "clear", 0, 0)?;
    set::clear(s);
    Ok(Value::NONE)
}

fn update(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = receiver::<false>(vm, a, kw, "update", 0, ANY)?;
    for &o in &a[1..] {
        set::update(vm, s, o)?;
    }
    Ok(Value::NONE)
}

fn intersection_update(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = receiver::<false>(vm, a, kw, "intersection_update", 0, ANY)?;
    set::intersection_update(vm, s, &a[1..])?;
    Ok(Value::NONE)
}

fn difference_update(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = receiver::<false>(vm, a, kw, "difference_update", 0, ANY)?;
    for &o in &a[1..] {
        set::difference_update(vm, s, o)?;
    }
    Ok(Value::NONE)
}

fn symmetric_difference_update(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = receiver::<false>(vm, a, kw, "symmetric_difference_update", 1, 1)?;
    set::symmetric_difference_update(vm, s, a[1])?;
    Ok(Value::NONE)
}
