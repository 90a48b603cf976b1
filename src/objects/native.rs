//! Objects of types that native modules define (`collections.deque`, `io.StringIO`,
//! `re.Pattern`...): the extension point that keeps each module's Rust state in the
//! module's own file instead of a new `ObjKind` per type.
//!
//! A native type is an ordinary non-heap `TypeObj` (`new_type`) whose dict holds native
//! methods, special methods included (`__len__`, `__iter__`, `__repr__`, `__eq__`...).
//! Its instances are `ObjKind::Native`: the type plus a boxed `NativeData`. The protocol
//! layer treats them like instances of classes defined in Python — `len(x)`, `x[i]`,
//! `iter(x)`, `repr(x)`, operators and comparisons call the special methods found on the
//! type (`class::has_user_class` is true for them) — so a module only registers methods
//! and never touches the interpreter loop or the protocol modules.
//!
//! GC: `NativeData::trace` must visit every `Value` the payload holds, and every store
//! of a value into an existing native object must be followed by
//! `Vm::write_barrier(obj, value)` before the next safepoint, as for lists.

use super::types::{set_ctor, Ctor};
use super::{NativeFn, ObjKind};
use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};
use std::any::Any;

/// The Rust state of one native object. Mutable state goes in `Cell`/`RefCell`:
/// objects are shared.
pub trait NativeData: Any {
    /// Visits every value the object holds (the collector's view of it).
    fn trace(&self, f: &mut dyn FnMut(Value));
    /// Heap bytes the payload owns beyond the object itself (paces the collector).
    fn extra_size(&self) -> usize {
        0
    }
    /// The object's length when it is a container whose `__len__` is this (`deque`):
    /// `len(x)` and truth tests then use it without calling the special method.
    fn len(&self) -> Option<usize> {
        None
    }
    /// The next step of an iterator whose `__next__` is this (`deque`'s iterator):
    /// `Some(Ok(None))` when exhausted; `None` when the object is no such iterator.
    /// `next(it)` and `for` loops then skip the `__next__` call. `me` is the object.
    fn next(&self, _vm: &mut Vm, _me: Value) -> Option<PyResult<Option<Value>>> {
        None
    }
}

/// The next item of a native iterator through `NativeData::next`, if it has one.
#[inline]
pub fn native_next(vm: &mut Vm, v: Value) -> Option<PyResult<Option<Value>>> {
    match v.kind() {
        Some(ObjKind::Native(n)) => n.data.next(vm, v),
        _ => None,
    }
}

/// The length a native object reports through `NativeData::len`, if any.
#[inline]
pub fn native_len(v: Value) -> Option<usize> {
    match v.kind() {
        Some(ObjKind::Native(n)) => n.data.len(),
        _ => None,
    }
}

/// An instance of a native type.
pub struct NativeObj {
    /// The object's type (a `TypeObj` made by `new_type`).
    pub class: Value,
    pub data: Box<dyn NativeData>,
}

impl NativeObj {
    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        f(self.class);
        self.data.trace(f);
    }
}

/// A native type named `name` in module `module`, deriving from `base` (NULL for
/// `object`), built by `ctor` when called, with `methods` in its dict.
pub fn new_type(vm: &mut Vm, name: &str, module: &str, base: Value, ctor: Option<Ctor>, methods: &[(&'static str, NativeFn)]) -> Value {
    let object = vm.types.object;
    let t = super::types::new_module_type(&mut vm.heap, name, module, base, object);
    if let Some(c) = ctor {
        set_ctor(t, c);
    }
    for &(n, f) in methods {
        super::types::add_raw_method(vm, t, n, f);
    }
    t
}

/// A new instance of native type `class` holding `data`.
pub fn new_object<T: NativeData>(vm: &mut Vm, class: Value, data: T) -> Value {
    vm.alloc(ObjKind::Native(Box::new(NativeObj { class, data: Box::new(data) })))
}

/// The payload of `v` when it is a native object holding a `T`.
pub fn data<'a, T: NativeData>(v: Value) -> Option<&'a T> {
    match v.kind() {
        Some(ObjKind::Native(n)) => (n.data.as_ref() as &dyn Any).downcast_ref::<T>(),
        _ => None,
    }
}

/// `data`, or the TypeError CPython raises when a method of type `type_name` is
/// called on something else (`deque.append(1, 2)`).
pub fn expect<'a, T: NativeData>(vm: &mut Vm, v: Value, type_name: &str, method: &str) -> Result<&'a T, PyErr> {
    match data::<T>(v) {
        Some(d) => Ok(d),
        None => Err(wrong_receiver(vm, v, type_name, method)),
    }
}

#[cold]
fn wrong_receiver(vm: &mut Vm, v: Value, type_name: &str, method: &str) -> PyErr {
    let got = vm.type_name(v);
    vm.type_error(format!("descriptor '{}' for '{}' objects doesn't apply to a '{}' object", method, type_name, got))
}
