//! Classes defined in Python that derive from a builtin type whose values their
//! instances are: int, float, str, bytes, bytearray, list, tuple, dict, set, frozenset.
//!
//! An instance of such a class is an `ObjKind::Instance` like any other (its class,
//! its attributes in shape slots or a `__dict__`) whose `payload` is an exact builtin
//! value: the list, dict, str or int the instance is. The exact-type accessors
//! (`Value::as_list`, `as_str`...) and the interpreter's specialized instructions do
//! not accept the instance, so they stay exact and fast, and never skip a special
//! method the subclass overrides. The object layer accepts it where CPython accepts a
//! subclass:
//!
//! * operators and builtins (`ops`, `repr`, `iter`) first call the special methods
//!   the class defines in Python, then act on the payload (`payload_or_self`), so
//!   `I(3) + 1` is the int 4 and `S("a") + "b"` the str "ab", as in CPython;
//! * a native method of the builtin type (`BuiltinFn::owner`) called on an instance
//!   receives the payload as its receiver (`call_owned`): `list.append`,
//!   `super().__setitem__`, `dict.update` act on the real storage and, as in CPython,
//!   never call the subclass's overrides;
//! * `B.__new__(cls, ...)` (a static method of each of these types, `payload_new`)
//!   makes the instance: the payload of an immutable type is built from the
//!   arguments, a mutable one starts empty and `B.__init__` fills it.
//!
//! The payload is never handed to Python code: natives that receive it as their
//! receiver return new values or None, never their receiver (the in-place operators,
//! which do, are registered with `add_raw_method` and unwrap it themselves).

use super::{BuiltinFn, ObjKind};
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use std::cell::Cell;

/// The builtin value `v` is when it is an instance of a subclass of a builtin type.
#[inline]
pub fn payload_of(v: Value) -> Option<Value> {
    match v.kind() {
        Some(ObjKind::Instance(i)) if !i.payload.is_null() => Some(i.payload),
        _ => None,
    }
}

/// `v` itself, or the builtin value it wraps.
#[inline]
pub fn payload_or_self(v: Value) -> Value {
    payload_of(v).unwrap_or(v)
}

/// A str, or an instance of a str subclass: its text.
#[inline]
pub fn str_like<'a>(v: Value) -> Option<&'a str> {
    match v.as_str() {
        Some(s) => Some(s),
        None => payload_of(v)?.as_str(),
    }
}

/// `str_like` as the str object.
#[inline]
pub fn strobj_like<'a>(v: Value) -> Option<&'a super::StrObj> {
    match v.as_strobj() {
        Some(s) => Some(s),
        None => payload_of(v)?.as_strobj(),
    }
}

// ---------------------------------------------------------------- class creation

/// What an instance of a class is made of, for CPython's "instance lay-out conflict".
#[derive(Clone, Copy, PartialEq)]
enum Layout {
    /// An `Instance` with attributes only.
    Plain,
    /// An `Instance` wrapping a value of this builtin type.
    Payload(Value),
    /// An exception object.
    Exception,
    /// A class (the instances of a metaclass).
    Type,
}

fn layout_of(vm: &Vm, base: Value) -> Layout {
    let Some(t) = base.as_type() else { return Layout::Plain };
    if t.is_exception.get() {
        Layout::Exception
    } else if t.is_subtype_of(vm.types.type_) {
        Layout::Type
    } else if !t.payload_base.is_null() {
        Layout::Payload(t.payload_base)
    } else if vm.types.is_payload_type(base) {
        Layout::Payload(base)
    } else {
        Layout::Plain
    }
}

/// Checks that a builtin type may be a base class, with CPython's message for the types
/// that may not (`bool`, `range`, `function`...) and PVM's for those it cannot yet.
pub fn check_builtin_base(vm: &mut Vm, base: Value) -> PyResult<()> {
    let Some(t) = base.as_type() else { return Ok(()) };
    if t.heap_type || t.is_exception.get() || base == vm.types.object || base == vm.types.type_ || vm.types.is_payload_type(base) {
        return Ok(());
    }
    // the types CPython does not mark Py_TPFLAGS_BASETYPE
    let ty = &vm.types;
    let final_types = [
        ty.bool_,
        ty.range,
        ty.slice,
        ty.none_type,
        ty.not_implemented_type,
        ty.ellipsis_type,
        ty.function,
        ty.builtin_function,
        ty.code,
        ty.cell,
        ty.method,
        ty.generator,
        ty.coroutine,
        ty.list_iterator,
        ty.tuple_iterator,
        ty.range_iterator,
        ty.str_iterator,
        ty.bytes_iterator,
        ty.bytearray_iterator,
        ty.dict_keyiterator,
        ty.dict_valueiterator,
        ty.dict_itemiterator,
        ty.set_iterator,
        ty.list_reverseiterator,
        ty.callable_iterator,
        ty.seq_iterator,
        ty.coroutine_wrapper,
        ty.async_generator,
        ty.async_generator_asend,
        ty.async_generator_athrow,
        ty.dict_keys,
        ty.dict_values,
        ty.dict_items,
    ];
    let name = t.name.clone();
    if final_types.contains(&base) {
        return Err(vm.type_error(format!("type '{}' is not an acceptable base type", name)));
    }
    Err(vm.type_error(format!("PVM cannot subclass the builtin type '{}' yet", name)))
}

/// The builtin type whose values instances of a class with these bases wrap (NULL for
/// none), or CPython's TypeError when two bases need different instance layouts.
pub fn payload_base_of(vm: &mut Vm, bases: &[Value]) -> PyResult<Value> {
    let mut found = Layout::Plain;
    for &b in bases {
        match layout_of(vm, b) {
            Layout::Plain => {}
            l if found == Layout::Plain => found = l,
            l if l == found => {}
            _ => return Err(vm.type_error("multiple bases have instance lay-out conflict")),
        }
    }
    Ok(match found {
        Layout::Payload(t) => t,
        _ => Value::NULL,
    })
}

/// CPython allows `__slots__` naming attributes only on subclasses of types whose
/// instances have a fixed size: not int, bytes or tuple (nor their subclasses).
pub fn check_slots_allowed(vm: &mut Vm, bases: &[Value], payload_base: Value) -> PyResult<()> {
    let ty = &vm.types;
    if ![ty.int, ty.bytes, ty.tuple].contains(&payload_base) {
        return Ok(());
    }
    let base = bases.iter().copied().find(|&b| layout_of(vm, b) == Layout::Payload(payload_base)).unwrap_or(payload_base);
    let name = base.as_type().map(|t| t.name.clone()).unwrap_or_default();
    Err(vm.type_error(format!("nonempty __slots__ not supported for subtype of '{}'", name)))
}

// ---------------------------------------------------------------- instances

/// A new instance of `cls` wrapping `payload` (NULL for an instance of a class with no
/// builtin base), with room for as many attributes as its class's instances have had.
pub fn wrap(vm: &mut Vm, cls: Value, payload: Value) -> Value {
    let (shape, reserve) = cls.as_type().map_or((super::shape::DICT_MODE, 0), |t| (t.root_shape.get(), t.instance_slots.get()));
    let slots = std::cell::RefCell::new(thin_vec::ThinVec::with_capacity(reserve as usize));
    vm.alloc(ObjKind::Instance(super::class::InstanceObj { class: cls, shape: Cell::new(shape), slots, payload }))
}

/// A new instance of `cls` wrapping the empty value of its payload type `base`.
#[cold]
#[inline(never)]
pub fn new_empty(vm: &mut Vm, cls: Value, base: Value) -> Value {
    let payload = empty_payload(vm, base);
    wrap(vm, cls, payload)
}

/// The value `base(*args, **kw)` makes: an exact instance of the builtin type.
fn construct(vm: &mut Vm, base: Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let ctor = base.as_type().and_then(|t| t.ctor.get());
    match ctor {
        Some(ctor) => Ok(payload_or_self(ctor(vm, base, args, kw)?)),
        None => Err(vm.type_error("cannot create a builtin value for this class")),
    }
}

/// The empty value of builtin type `base` (what a mutable payload starts as).
pub fn empty_payload(vm: &mut Vm, base: Value) -> Value {
    construct(vm, base, &[], &[]).unwrap_or(Value::NONE)
}

/// `B.__new__(cls, *args, **kw)` for `cls` a subclass of the builtin type `B` its
/// instances wrap: an immutable payload is built from the arguments; a mutable one
/// starts empty (the arguments are for `B.__init__`).
pub fn payload_new(vm: &mut Vm, cls: Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let base = cls.as_type().map(|t| t.payload_base).unwrap_or(Value::NULL);
    if base.is_null() {
        return Err(vm.type_error("cannot create a builtin value for this class"));
    }
    let payload = if vm.types.is_mutable_payload_type(base) { construct(vm, base, &[], &[])? } else { construct(vm, base, args, kw)? };
    Ok(wrap(vm, cls, payload))
}

/// The native `B.__new__(cls, *args)` of each payload type `B`, a static method whose
/// builtin carries `B` as its bound receiver (`a[0]`).
pub fn builtin_type_new(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let base = a.first().copied().unwrap_or(Value::NONE);
    if base.as_type().is_none() {
        return Err(vm.type_error("__new__(): not enough arguments"));
    }
    let bname = base.as_type().map(|t| t.name.clone()).unwrap_or_default();
    let cls = match a.get(1) {
        Some(&c) => c,
        None => return Err(vm.type_error(format!("{}.__new__(): not enough arguments", bname))),
    };
    let Some(ct) = cls.as_type() else {
        let t = vm.type_name(cls);
        return Err(vm.type_error(format!("{}.__new__(X): X is not a type object ({})", bname, t)));
    };
    if !ct.is_subtype_of(base) {
        let cn = ct.name.clone();
        return Err(vm.type_error(format!("{}.__new__({}): {} is not a subtype of {}", bname, cn, cn, bname)));
    }
    if cls == base {
        let ctor_args = &a[2..];
        return if vm.types.is_mutable_payload_type(base) { construct(vm, base, &[], &[]) } else { construct(vm, base, ctor_args, kw) };
    }
    payload_new(vm, cls, &a[2..], kw)
}

/// Calls `B.__init__(obj, *args, **kw)` after `cls(...)` made `obj`, for a class whose
/// payload type `B` is mutable and which has no `__init__` of its own in Python.
pub fn init_payload(vm: &mut Vm, cls: Value, obj: Value, args: &[Value], kw: &[Value]) -> PyResult<()> {
    let base = cls.as_type().map(|t| t.payload_base).unwrap_or(Value::NULL);
    if base.is_null() || !vm.types.is_mutable_payload_type(base) || payload_of(obj).is_none() {
        return Ok(());
    }
    let name = vm.names.init;
    let Some(init) = vm.lookup_attr(cls, name) else { return Ok(()) };
    let mut full = Vec::with_capacity(args.len() + 1);
    full.push(obj);
    full.extend_from_slice(args);
    vm.call_with_kw(init, &full, kw)?;
    Ok(())
}

// ---------------------------------------------------------------- native methods

/// The payload a native method of `owner` should act on when called with receiver `r`:
/// Some when `r` is an instance of a subclass of `owner`.
#[inline]
fn receiver_payload(r: Value, owner: Value) -> Option<Value> {
    match r.kind() {
        Some(ObjKind::Instance(i)) if !i.payload.is_null() && i.class.as_type().is_some_and(|t| t.is_subtype_of(owner)) => Some(i.payload),
        _ => None,
    }
}

/// Calls native method `b` of a payload type with `args` (its receiver first unless
/// `b` is bound), giving it the payload when the receiver is an instance of a subclass.
pub fn call_owned(vm: &mut Vm, b: &BuiltinFn, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if b.self_.is_null() {
        match args.first().and_then(|&r| receiver_payload(r, b.owner)) {
            None => (b.func)(vm, args, kw),
            Some(p) => {
                let mut full = args.to_vec();
                full[0] = p;
                (b.func)(vm, &full, kw)
            }
        }
    } else {
        let mut full = Vec::with_capacity(args.len() + 1);
        full.push(receiver_payload(b.self_, b.owner).unwrap_or(b.self_));
        full.extend_from_slice(args);
        (b.func)(vm, &full, kw)
    }
}
