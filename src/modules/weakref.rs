//! `weakref`: `weakref.ref(obj)`, a reference that does not keep `obj` alive. Calling
//! it returns the object while it lives and None once the collector has freed it.
//!
//! A reference is a native object whose referent sits in a cell that its `trace` does
//! not visit; it is registered with the heap (`Heap::register_weak`), and every
//! collection, between marking and sweeping, sets the cell of each surviving reference
//! whose referent was not marked to None (`Heap::clear_weak_refs`). Without reference
//! counting an object dies at the next collection that finds it unreachable, not at
//! its last `del`.
//!
//! Not offered yet: callbacks (`ref(obj, callback)` raises NotImplementedError: they
//! would run Python code in the middle of a collection), proxies and the weak
//! containers.

use crate::builtins::args;
use crate::modules::new_native_module;
use crate::objects::module::set_entry;
use crate::objects::native::{self, NativeData};
use crate::objects::ObjKind;
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use std::cell::Cell;

/// A `weakref.ref` object.
pub struct WeakRef {
    referent: Cell<Value>,
    /// hash(referent), computed on first use and kept after the referent dies.
    hash: Cell<Option<i64>>,
}

impl NativeData for WeakRef {
    fn trace(&self, _f: &mut dyn FnMut(Value)) {
        // the referent is deliberately not traced
    }
    fn weak_referent(&self) -> Option<&Cell<Value>> {
        Some(&self.referent)
    }
}

/// Whether CPython lets `v` be weakly referenced: instances of Python classes,
/// functions, classes, sets, methods, generators, modules and native objects, but not
/// ints, floats, strs, bytes, tuples, lists, dicts, None or exceptions.
fn weakly_referenceable(v: Value) -> bool {
    matches!(
        v.kind(),
        Some(ObjKind::Instance(_))
            | Some(ObjKind::Function(_))
            | Some(ObjKind::Type(_))
            | Some(ObjKind::Set(_))
            | Some(ObjKind::BoundMethod(_))
            | Some(ObjKind::Generator(_))
            | Some(ObjKind::Module(_))
            | Some(ObjKind::Native(_))
    ) && v.as_type().is_none_or(|t| t.heap_type)
}

fn ref_new(vm: &mut Vm, cls: Value, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("ref() takes no keyword arguments"));
    }
    if a.is_empty() || a.len() > 2 {
        let n = a.len();
        let msg = if n == 0 { format!("__new__ expected at least 1 argument, got {}", n) } else { format!("__new__ expected at most 2 arguments, got {}", n) };
        return Err(vm.type_error(msg));
    }
    let obj = a[0];
    if !weakly_referenceable(obj) {
        let t = vm.type_name(obj);
        return Err(vm.type_error(format!("cannot create weak reference to '{}' object", t)));
    }
    if a.get(1).is_some_and(|c| !c.is_none()) {
        return Err(vm.err(vm.types.not_implemented_error, "PVM's weakref.ref does not support callbacks yet"));
    }
    let r = native::new_object(vm, cls, WeakRef { referent: Cell::new(obj), hash: Cell::new(None) });
    vm.heap.register_weak(r);
    Ok(r)
}

fn this<'a>(vm: &mut Vm, a: &[Value], method: &str) -> PyResult<&'a WeakRef> {
    native::expect::<WeakRef>(vm, a.first().copied().unwrap_or(Value::NONE), "weakref.ReferenceType", method)
}

fn m_call(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("weakref() takes no keyword arguments"));
    }
    let r = this(vm, a, "__call__")?;
    if a.len() != 1 {
        return Err(vm.type_error(format!("weakref() expected 0 arguments, got {}", a.len() - 1)));
    }
    Ok(r.referent.get())
}

fn m_hash(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let r = this(vm, a, "__hash__")?;
    if let Some(h) = r.hash.get() {
        return Ok(vm.new_int(h));
    }
    let obj = r.referent.get();
    if obj.is_none() {
        return Err(vm.type_error("weak object has gone away"));
    }
    let h = crate::objects::ops::hash(vm, obj)?;
    r.hash.set(Some(h));
    Ok(vm.new_int(h))
}

/// Two references are equal when both referents live and are equal, or else when
/// they are the same reference.
fn equal(vm: &mut Vm, a: &[Value]) -> PyResult<Option<bool>> {
    args::method_arity(vm, "weakref", "__eq__", a, 1, 1)?;
    let r = this(vm, a, "__eq__")?;
    let Some(o) = native::data::<WeakRef>(a[1]) else { return Ok(None) };
    let (x, y) = (r.referent.get(), o.referent.get());
    if x.is_none() || y.is_none() {
        return Ok(Some(a[0] == a[1]));
    }
    crate::objects::ops::eq(vm, x, y).map(Some)
}

fn m_eq(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(match equal(vm, a)? {
        Some(b) => Value::bool(b),
        None => Value::NOT_IMPLEMENTED,
    })
}

fn m_ne(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(match equal(vm, a)? {
        Some(b) => Value::bool(!b),
        None => Value::NOT_IMPLEMENTED,
    })
}

fn m_repr(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let r = this(vm, a, "__repr__")?;
    let me = a[0].0 as usize & 0xffff_ffff_ffff;
    let obj = r.referent.get();
    let s = if obj.is_none() {
        format!("<weakref at {:#x}; dead>", me)
    } else {
        let t = vm.type_name(obj);
        format!("<weakref at {:#x}; to '{}' at {:#x}>", me, t, obj.0 as usize & 0xffff_ffff_ffff)
    };
    Ok(vm.new_string(s))
}

fn g_callback(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    this(vm, a, "__callback__")?;
    Ok(Value::NONE)
}

pub fn init(vm: &mut Vm, name: &str) -> PyResult<Value> {
    let (m, d) = new_native_module(vm, name);
    let t = native::new_type(
        vm,
        "ReferenceType",
        "weakref",
        Value::NULL,
        Some(ref_new),
        &[("__call__", m_call), ("__hash__", m_hash), ("__eq__", m_eq), ("__ne__", m_ne), ("__repr__", m_repr)],
    );
    native::add_getter(vm, t, "__callback__", g_callback);
    set_entry(vm, d, "ref", t);
    set_entry(vm, d, "ReferenceType", t);
    Ok(m)
}
