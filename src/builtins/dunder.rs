//! Special methods of the builtin types as attributes of their classes:
//! `list.__getitem__`, `int.__add__`, `dict.__init__`, `str.__new__`... for code that
//! calls them by name, as subclasses do (`super().__setitem__(k, v)`,
//! `int.__new__(cls, 5)`, `list.__init__(self, items)`), and so `hasattr(x, "__len__")`
//! answers as in CPython. Operators do not go through them: the object layer
//! implements the builtin types' operators directly, and a special method a subclass
//! defines in Python is found before these (they are natives, which
//! `class::special_method` skips).
//!
//! They are methods with an owner (`types::add_method`): called on an instance of a
//! subclass they receive the builtin value it wraps, and they act on it without
//! dispatching to the subclass's overrides, as CPython's slot wrappers do. Binary
//! operators and comparisons return NotImplemented for an operand of another type.

use super::args::{method_arity, no_kwargs};
use crate::bytecode::opcodes::{BinOp, CmpOp};
use crate::objects::subclass::payload_or_self;
use crate::objects::types::{add_method, add_raw_method};
use crate::objects::{iter, ops, repr, ObjKind};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

// The builtin types, as const parameters of the generic methods below.
const INT: u8 = 0;
const FLOAT: u8 = 1;
const STR: u8 = 2;
const BYTES: u8 = 3;
const BYTEARRAY: u8 = 4;
const LIST: u8 = 5;
const TUPLE: u8 = 6;
const DICT: u8 = 7;
const SET: u8 = 8;
const FROZENSET: u8 = 9;
const TYPE_NAMES: [&str; 10] = ["int", "float", "str", "bytes", "bytearray", "list", "tuple", "dict", "set", "frozenset"];

/// What kind of builtin value `v` is: one of the constants above (bytes-like values as
/// BYTES, sets and frozensets as SET), or None.
fn category(v: Value) -> Option<u8> {
    if v.is_int() || v.is_bool() {
        return Some(INT);
    }
    if v.is_float() {
        return Some(FLOAT);
    }
    Some(match v.kind()? {
        ObjKind::MedInt(_) | ObjKind::BigInt(_) => INT,
        ObjKind::Str(_) => STR,
        ObjKind::Bytes(_) | ObjKind::ByteArray(_) => BYTES,
        ObjKind::List(_) => LIST,
        ObjKind::Tuple(_) => TUPLE,
        ObjKind::Dict(_) => DICT,
        ObjKind::Set(_) => SET,
        _ => return None,
    })
}

/// The category values of builtin type `owner` have.
fn owner_category(owner: u8) -> u8 {
    match owner {
        BYTEARRAY => BYTES,
        FROZENSET => SET,
        o => o,
    }
}

/// Whether a method of `owner` accepts `other` (already unwrapped) as its operand.
fn accepts(owner: u8, other: Value) -> bool {
    match (owner_category(owner), category(other)) {
        (FLOAT, Some(INT)) => true,
        (o, Some(c)) => o == c,
        _ => false,
    }
}

/// The receiver `a[0]` of method `name` of builtin type `owner`, with CPython's
/// descriptor errors for anything else.
fn receiver(vm: &mut Vm, a: &[Value], owner: u8, name: &str) -> PyResult<Value> {
    let tn = TYPE_NAMES[owner as usize];
    match a.first() {
        Some(&r) if category(r) == Some(owner_category(owner)) => Ok(r),
        Some(&r) => {
            let rn = vm.type_name(r);
            Err(vm.type_error(format!("descriptor '{}' requires a '{}' object but received a '{}'", name, tn, rn)))
        }
        None => Err(vm.type_error(format!("descriptor '{}' of '{}' object needs an argument", name, tn))),
    }
}

/// The single operand of a binary special method.
fn operand(vm: &mut Vm, a: &[Value], kw: &[Value], owner: u8, name: &str) -> PyResult<(Value, Value)> {
    no_kwargs(vm, name, kw)?;
    let r = receiver(vm, a, owner, name)?;
    method_arity(vm, TYPE_NAMES[owner as usize], name, a, 1, 1)?;
    Ok((r, payload_or_self(a[1])))
}

fn no_operand(vm: &mut Vm, a: &[Value], kw: &[Value], owner: u8, name: &str) -> PyResult<Value> {
    no_kwargs(vm, name, kw)?;
    let r = receiver(vm, a, owner, name)?;
    method_arity(vm, TYPE_NAMES[owner as usize], name, a, 0, 0)?;
    Ok(r)
}

const BIN_NAMES: [(&str, &str); 13] = [
    ("__add__", "__radd__"),
    ("__sub__", "__rsub__"),
    ("__mul__", "__rmul__"),
    ("__truediv__", "__rtruediv__"),
    ("__floordiv__", "__rfloordiv__"),
    ("__mod__", "__rmod__"),
    ("__pow__", "__rpow__"),
    ("__lshift__", "__rlshift__"),
    ("__rshift__", "__rrshift__"),
    ("__and__", "__rand__"),
    ("__or__", "__ror__"),
    ("__xor__", "__rxor__"),
    ("__matmul__", "__rmatmul__"),
];

fn bin_op(op: u8) -> BinOp {
    BinOp::from_u8(op).unwrap_or(BinOp::Add)
}

fn bin_name(op: u8, reflected: bool) -> &'static str {
    let (n, r) = BIN_NAMES[op as usize];
    if reflected {
        r
    } else {
        n
    }
}

/// `T.__op__(self, other)` / `T.__rop__(self, other)` for builtin type `OWNER`.
fn binary<const OWNER: u8, const OP: u8, const REFLECTED: bool>(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let name = bin_name(OP, REFLECTED);
    let (s, other) = operand(vm, a, kw, OWNER, name)?;
    let op = bin_op(OP);
    let fits = match op {
        // sequences repeat by an int (CPython's sq_repeat wrapper raises for anything
        // else); str and bytes format anything with %
        BinOp::Mul if !matches!(owner_category(OWNER), INT | FLOAT) => {
            if category(other) != Some(INT) {
                let t = vm.type_name(a[1]);
                return Err(vm.type_error(format!("'{}' object cannot be interpreted as an integer", t)));
            }
            true
        }
        BinOp::Mod if !REFLECTED && matches!(OWNER, STR | BYTES | BYTEARRAY) => true,
        // sequence concatenation raises for another type (CPython's sq_concat)
        BinOp::Add if matches!(OWNER, STR | LIST | TUPLE | BYTES | BYTEARRAY) && !accepts(OWNER, other) => {
            let (tn, on) = (TYPE_NAMES[OWNER as usize], vm.type_name(a[1]));
            let msg = if matches!(OWNER, BYTES | BYTEARRAY) {
                format!("can't concat {} to {}", on, tn)
            } else {
                format!("can only concatenate {} (not \"{}\") to {}", tn, on, tn)
            };
            return Err(vm.type_error(msg));
        }
        _ => accepts(OWNER, other),
    };
    if !fits {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    if REFLECTED {
        ops::binary_op(vm, op, other, s)
    } else {
        ops::binary_op(vm, op, s, other)
    }
}

const CMP_NAMES: [&str; 6] = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"];
const CMP_OPS: [CmpOp; 6] = [CmpOp::Lt, CmpOp::Le, CmpOp::Eq, CmpOp::Ne, CmpOp::Gt, CmpOp::Ge];

/// `T.__lt__(self, other)` and the other rich comparisons of builtin type `OWNER`.
fn compare<const OWNER: u8, const OP: u8>(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (s, other) = operand(vm, a, kw, OWNER, CMP_NAMES[OP as usize])?;
    let op = CMP_OPS[OP as usize];
    if !accepts(OWNER, other) || (OWNER == DICT && !matches!(op, CmpOp::Eq | CmpOp::Ne)) {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    ops::compare(vm, op, s, other)
}

fn dunder_repr<const OWNER: u8>(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = no_operand(vm, a, kw, OWNER, "__repr__")?;
    let r = repr::repr(vm, s)?;
    Ok(vm.new_string(r))
}

/// `set.__repr__`, `frozenset.__repr__` and `bytearray.__repr__`, which name the
/// class of an instance of a subclass (so they receive it as it is).
fn named_repr<const OWNER: u8>(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(vm, "__repr__", kw)?;
    let r = a.first().copied().unwrap_or(Value::NULL);
    let p = payload_or_self(r);
    receiver(vm, &[p], OWNER, "__repr__")?;
    method_arity(vm, TYPE_NAMES[OWNER as usize], "__repr__", a, 0, 0)?;
    let s = if p == r { repr::repr(vm, p)? } else { repr::payload_repr(vm, r, p)? };
    Ok(vm.new_string(s))
}

fn dunder_hash<const OWNER: u8>(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = no_operand(vm, a, kw, OWNER, "__hash__")?;
    let h = ops::hash(vm, s)?;
    Ok(vm.new_int(h))
}

fn dunder_format<const OWNER: u8>(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(vm, "__format__", kw)?;
    let s = receiver(vm, a, OWNER, "__format__")?;
    method_arity(vm, TYPE_NAMES[OWNER as usize], "__format__", a, 1, 1)?;
    let spec = match a[1].as_str() {
        Some(sp) => sp.to_string(),
        None => {
            let t = vm.type_name(a[1]);
            return Err(vm.type_error(format!("__format__() argument must be str, not {}", t)));
        }
    };
    let r = super::strfmt::format(vm, s, &spec)?;
    Ok(vm.new_string(r))
}

fn dunder_len<const OWNER: u8>(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = no_operand(vm, a, kw, OWNER, "__len__")?;
    let n = ops::len(vm, s)?;
    Ok(vm.new_int(n as i64))
}

fn dunder_iter<const OWNER: u8>(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = no_operand(vm, a, kw, OWNER, "__iter__")?;
    iter::get_iter(vm, s)
}

fn dunder_contains<const OWNER: u8>(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(vm, "__contains__", kw)?;
    let s = receiver(vm, a, OWNER, "__contains__")?;
    method_arity(vm, TYPE_NAMES[OWNER as usize], "__contains__", a, 1, 1)?;
    ops::contains(vm, s, a[1]).map(Value::bool)
}

fn dunder_getitem<const OWNER: u8>(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(vm, "__getitem__", kw)?;
    let s = receiver(vm, a, OWNER, "__getitem__")?;
    method_arity(vm, TYPE_NAMES[OWNER as usize], "__getitem__", a, 1, 1)?;
    ops::getitem(vm, s, a[1])
}

/// `dict.__getitem__(self, key)`, which calls the `__missing__` of a dict subclass
/// for a missing key (so it receives instances of subclasses as they are).
fn dict_getitem(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(vm, "__getitem__", kw)?;
    let r = match a.first() {
        Some(&r) => r,
        None => return Err(vm.type_error("descriptor '__getitem__' of 'dict' object needs an argument")),
    };
    let p = payload_or_self(r);
    if p.as_dict().is_none() {
        return Err(super::args::bad_receiver(vm, "dict", "__getitem__", Some(r)));
    }
    method_arity(vm, "dict", "__getitem__", a, 1, 1)?;
    if r == p {
        return ops::getitem(vm, p, a[1]);
    }
    ops::payload_getitem(vm, r, p, a[1])
}

fn dunder_setitem<const OWNER: u8>(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(vm, "__setitem__", kw)?;
    let s = receiver(vm, a, OWNER, "__setitem__")?;
    method_arity(vm, TYPE_NAMES[OWNER as usize], "__setitem__", a, 2, 2)?;
    ops::setitem(vm, s, a[1], a[2])?;
    Ok(Value::NONE)
}

fn dunder_delitem<const OWNER: u8>(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(vm, "__delitem__", kw)?;
    let s = receiver(vm, a, OWNER, "__delitem__")?;
    method_arity(vm, TYPE_NAMES[OWNER as usize], "__delitem__", a, 1, 1)?;
    ops::delitem(vm, s, a[1])?;
    Ok(Value::NONE)
}

/// `T.__iadd__(self, other)` and friends of the mutable types: the builtin in-place
/// operation on the value (an instance of a subclass changes its payload), which
/// returns the receiver itself.
fn inplace<const OWNER: u8, const OP: u8>(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let name = match bin_op(OP) {
        BinOp::Add => "__iadd__",
        BinOp::Mul => "__imul__",
        BinOp::BitOr => "__ior__",
        BinOp::BitAnd => "__iand__",
        BinOp::Sub => "__isub__",
        _ => "__ixor__",
    };
    no_kwargs(vm, name, kw)?;
    let tn = TYPE_NAMES[OWNER as usize];
    let r = match a.first() {
        Some(&r) => r,
        None => return Err(vm.type_error(format!("descriptor '{}' of '{}' object needs an argument", name, tn))),
    };
    let target = payload_or_self(r);
    if category(target) != Some(owner_category(OWNER)) {
        let rn = vm.type_name(r);
        return Err(vm.type_error(format!("descriptor '{}' requires a '{}' object but received a '{}'", name, tn, rn)));
    }
    method_arity(vm, TYPE_NAMES[OWNER as usize], name, a, 1, 1)?;
    let op = bin_op(OP);
    if matches!(owner_category(OWNER), SET | DICT) && !accepts(OWNER, payload_or_self(a[1])) {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    ops::inplace_op(vm, op, target, a[1])?;
    Ok(r)
}

fn unary<const OWNER: u8, const WHICH: u8>(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let names = ["__neg__", "__pos__", "__abs__", "__invert__", "__bool__", "__int__", "__float__", "__index__", "__str__"];
    let s = no_operand(vm, a, kw, OWNER, names[WHICH as usize])?;
    match WHICH {
        0 => ops::unary_neg(vm, s),
        1 => ops::unary_pos(vm, s),
        2 => super::b_abs(vm, &[s], &[]),
        3 => ops::unary_invert(vm, s),
        4 => ops::truthy(vm, s).map(Value::bool),
        5 | 7 => {
            let t = vm.types.int;
            crate::objects::types::call_type(vm, t, &[s], &[])
        }
        6 => {
            let t = vm.types.float;
            crate::objects::types::call_type(vm, t, &[s], &[])
        }
        // str.__str__: the text itself
        _ => Ok(s),
    }
}

/// `list.__init__(self, iterable=())`: the list's items are replaced.
fn list_init(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = receiver(vm, a, LIST, "__init__")?;
    if !kw.is_empty() {
        return Err(vm.type_error("list() takes no keyword arguments"));
    }
    if a.len() > 2 {
        return Err(vm.type_error(format!("list expected at most 1 argument, got {}", a.len() - 1)));
    }
    let items = if a.len() == 2 { iter::collect(vm, a[1])? } else { Vec::new() };
    if let Some(l) = s.as_list() {
        vm.write_barrier_all(s, &items);
        *l.borrow_mut() = items;
    }
    Ok(Value::NONE)
}

/// `dict.__init__(self, mapping_or_pairs=(), **kwargs)`: entries are added.
fn dict_init(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = receiver(vm, a, DICT, "__init__")?;
    let npos = a.len() - kw.len();
    if npos > 2 {
        return Err(vm.type_error(format!("dict expected at most 1 argument, got {}", npos - 1)));
    }
    if npos == 2 {
        ops::dict_update(vm, s, a[1])?;
    }
    for (j, k) in kw.iter().enumerate() {
        ops::dict_set(vm, s, *k, a[npos + j])?;
    }
    Ok(Value::NONE)
}

/// `set.__init__(self, iterable=())`: the set's items are replaced.
fn set_init(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = receiver(vm, a, SET, "__init__")?;
    if !kw.is_empty() {
        return Err(vm.type_error("set() takes no keyword arguments"));
    }
    if a.len() > 2 {
        return Err(vm.type_error(format!("set expected at most 1 argument, got {}", a.len() - 1)));
    }
    if s.as_set().is_some_and(|x| x.frozen) {
        return Ok(Value::NONE);
    }
    crate::objects::set::clear(s);
    if a.len() == 2 {
        crate::objects::set::update(vm, s, a[1])?;
    }
    Ok(Value::NONE)
}

/// `bytearray.__init__(self, source=b"", encoding, errors)`: the contents are replaced.
fn bytearray_init(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = receiver(vm, a, BYTEARRAY, "__init__")?;
    let t = vm.types.bytearray;
    let fresh = crate::objects::types::call_type(vm, t, &a[1..], kw)?;
    let data = fresh.as_bytearray().map(|b| b.borrow().clone()).unwrap_or_default();
    if let Some(b) = s.as_bytearray() {
        *b.borrow_mut() = data;
    }
    Ok(Value::NONE)
}

/// `dict.fromkeys(iterable, value=None)`, a class method: a dict subclass makes an
/// instance of itself, filled through its `__setitem__` as CPython does.
fn dict_fromkeys(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(vm, "fromkeys", kw)?;
    let (cls, args) = match a.split_first() {
        Some((&c, rest)) if c.as_type().is_some() => (c, rest),
        _ => return Err(vm.type_error("descriptor 'fromkeys' for type 'dict' needs a type, not a dict")),
    };
    if args.is_empty() || args.len() > 2 {
        let n = args.len();
        let msg = if n == 0 { "fromkeys expected at least 1 argument, got 0".to_string() } else { format!("fromkeys expected at most 2 arguments, got {}", n) };
        return Err(vm.type_error(msg));
    }
    let value = args.get(1).copied().unwrap_or(Value::NONE);
    let keys = iter::collect(vm, args[0])?;
    let holder = vm.new_list(keys.clone());
    vm.roots.push(holder);
    let r = (|| -> PyResult<Value> {
        let d = vm.call(cls, &[])?;
        vm.roots.push(d);
        let r = (|| -> PyResult<()> {
            for k in keys {
                if d.as_dict().is_some() {
                    ops::dict_set(vm, d, k, value)?;
                } else {
                    ops::setitem(vm, d, k, value)?;
                }
            }
            Ok(())
        })();
        vm.roots.pop();
        r.map(|_| d)
    })();
    vm.roots.pop();
    r
}

/// `it.__next__()` of the builtin iterators: the next item, or StopIteration.
fn iter_next(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(vm, "__next__", kw)?;
    let it = match a.first() {
        Some(&it) if a.len() == 1 => it,
        _ => return Err(vm.type_error(format!("expected 0 arguments, got {}", a.len().saturating_sub(1)))),
    };
    match iter::next(vm, it)? {
        Some(v) => Ok(v),
        None => {
            let c = vm.types.stop_iteration;
            Err(crate::vm::PyErr(vm.new_exc_args(c, vec![])))
        }
    }
}

/// `it.__iter__()` of the builtin iterators: the iterator itself.
fn iter_self(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(vm, "__iter__", kw)?;
    match a.first() {
        Some(&it) if a.len() == 1 => Ok(it),
        _ => Err(vm.type_error(format!("expected 0 arguments, got {}", a.len().saturating_sub(1)))),
    }
}

pub fn init(vm: &mut Vm) {
    let t = &vm.types;
    let iterators = [
        t.list_iterator,
        t.tuple_iterator,
        t.range_iterator,
        t.str_iterator,
        t.bytes_iterator,
        t.bytearray_iterator,
        t.dict_keyiterator,
        t.dict_valueiterator,
        t.dict_itemiterator,
        t.set_iterator,
        t.list_reverseiterator,
        t.enumerate,
        t.zip,
        t.reversed,
        t.map,
        t.filter,
        t.callable_iterator,
        t.seq_iterator,
    ];
    for it in iterators {
        add_method(vm, it, "__next__", iter_next);
        add_method(vm, it, "__iter__", iter_self);
    }

    let t = &vm.types;
    let types = [t.int, t.float, t.str_, t.bytes, t.bytearray, t.list, t.tuple, t.dict, t.set, t.frozenset];

    // B.__new__: a static method whose builtin carries B as its receiver
    let new_key = vm.intern("__new__");
    for &ty in &types {
        let f = vm.alloc(ObjKind::Builtin(crate::objects::BuiltinFn {
            name: "__new__",
            func: crate::objects::subclass::builtin_type_new,
            self_: ty,
            owner: Value::NULL,
        }));
        let sm = vm.alloc(ObjKind::StaticMethod(f));
        let d = ty.as_type().map(|x| x.dict).unwrap_or(Value::NONE);
        ops::dict_set_str(vm, d, new_key, sm);
    }

    macro_rules! each_type {
        ($owner:ident, $ty:expr) => {{
            let ty = $ty;
            add_method(vm, ty, "__repr__", dunder_repr::<$owner>);
            add_method(vm, ty, "__format__", dunder_format::<$owner>);
            add_method(vm, ty, "__lt__", compare::<$owner, 0>);
            add_method(vm, ty, "__le__", compare::<$owner, 1>);
            add_method(vm, ty, "__eq__", compare::<$owner, 2>);
            add_method(vm, ty, "__ne__", compare::<$owner, 3>);
            add_method(vm, ty, "__gt__", compare::<$owner, 4>);
            add_method(vm, ty, "__ge__", compare::<$owner, 5>);
        }};
    }
    let t = &vm.types;
    let (int_t, float_t, str_t, bytes_t, ba_t, list_t, tuple_t, dict_t, set_t, fs_t) =
        (t.int, t.float, t.str_, t.bytes, t.bytearray, t.list, t.tuple, t.dict, t.set, t.frozenset);
    each_type!(INT, int_t);
    each_type!(FLOAT, float_t);
    each_type!(STR, str_t);
    each_type!(BYTES, bytes_t);
    each_type!(BYTEARRAY, ba_t);
    each_type!(LIST, list_t);
    each_type!(TUPLE, tuple_t);
    each_type!(DICT, dict_t);
    each_type!(SET, set_t);
    each_type!(FROZENSET, fs_t);
    add_raw_method(vm, ba_t, "__repr__", named_repr::<BYTEARRAY>);
    add_raw_method(vm, set_t, "__repr__", named_repr::<SET>);
    add_raw_method(vm, fs_t, "__repr__", named_repr::<FROZENSET>);

    // hashable types hash their value; the mutable ones are unhashable
    add_method(vm, int_t, "__hash__", dunder_hash::<INT>);
    add_method(vm, float_t, "__hash__", dunder_hash::<FLOAT>);
    add_method(vm, str_t, "__hash__", dunder_hash::<STR>);
    add_method(vm, bytes_t, "__hash__", dunder_hash::<BYTES>);
    add_method(vm, tuple_t, "__hash__", dunder_hash::<TUPLE>);
    add_method(vm, fs_t, "__hash__", dunder_hash::<FROZENSET>);
    let hash_key = vm.intern("__hash__");
    for ty in [list_t, dict_t, set_t, ba_t] {
        let d = ty.as_type().map(|x| x.dict).unwrap_or(Value::NONE);
        ops::dict_set_str(vm, d, hash_key, Value::NONE);
    }

    macro_rules! container {
        ($owner:ident, $ty:expr) => {{
            let ty = $ty;
            add_method(vm, ty, "__len__", dunder_len::<$owner>);
            add_method(vm, ty, "__iter__", dunder_iter::<$owner>);
        }};
    }
    container!(STR, str_t);
    container!(BYTES, bytes_t);
    container!(BYTEARRAY, ba_t);
    container!(LIST, list_t);
    container!(TUPLE, tuple_t);
    container!(DICT, dict_t);
    container!(SET, set_t);
    container!(FROZENSET, fs_t);
    for (ty, f) in [
        (str_t, dunder_contains::<STR> as crate::objects::NativeFn),
        (bytes_t, dunder_contains::<BYTES>),
        (ba_t, dunder_contains::<BYTEARRAY>),
        (list_t, dunder_contains::<LIST>),
        (tuple_t, dunder_contains::<TUPLE>),
        (dict_t, dunder_contains::<DICT>),
    ] {
        add_method(vm, ty, "__contains__", f);
    }
    for (ty, f) in [
        (str_t, dunder_getitem::<STR> as crate::objects::NativeFn),
        (bytes_t, dunder_getitem::<BYTES>),
        (ba_t, dunder_getitem::<BYTEARRAY>),
        (list_t, dunder_getitem::<LIST>),
        (tuple_t, dunder_getitem::<TUPLE>),
    ] {
        add_method(vm, ty, "__getitem__", f);
    }
    add_raw_method(vm, dict_t, "__getitem__", dict_getitem);
    for (ty, set, del) in [
        (list_t, dunder_setitem::<LIST> as crate::objects::NativeFn, dunder_delitem::<LIST> as crate::objects::NativeFn),
        (dict_t, dunder_setitem::<DICT>, dunder_delitem::<DICT>),
        (ba_t, dunder_setitem::<BYTEARRAY>, dunder_delitem::<BYTEARRAY>),
    ] {
        add_method(vm, ty, "__setitem__", set);
        add_method(vm, ty, "__delitem__", del);
    }
    add_method(vm, list_t, "__init__", list_init);
    add_method(vm, dict_t, "__init__", dict_init);
    add_method(vm, set_t, "__init__", set_init);
    add_method(vm, ba_t, "__init__", bytearray_init);
    add_method(vm, str_t, "__str__", unary::<STR, 8>);

    // dict.fromkeys is a class method
    let f = vm.new_builtin("fromkeys", dict_fromkeys);
    let cm = vm.alloc(ObjKind::ClassMethod(f));
    let key = vm.intern("fromkeys");
    let d = dict_t.as_type().map(|x| x.dict).unwrap_or(Value::NONE);
    ops::dict_set_str(vm, d, key, cm);

    // numbers
    macro_rules! numeric {
        ($owner:ident, $ty:expr, [$($op:expr),*]) => {{
            let ty = $ty;
            $(
                add_method(vm, ty, BIN_NAMES[$op as usize].0, binary::<$owner, { $op as u8 }, false>);
                add_method(vm, ty, BIN_NAMES[$op as usize].1, binary::<$owner, { $op as u8 }, true>);
            )*
            add_method(vm, ty, "__neg__", unary::<$owner, 0>);
            add_method(vm, ty, "__pos__", unary::<$owner, 1>);
            add_method(vm, ty, "__abs__", unary::<$owner, 2>);
            add_method(vm, ty, "__bool__", unary::<$owner, 4>);
            add_method(vm, ty, "__int__", unary::<$owner, 5>);
            add_method(vm, ty, "__float__", unary::<$owner, 6>);
        }};
    }
    numeric!(INT, int_t, [0u8, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    numeric!(FLOAT, float_t, [0u8, 1, 2, 3, 4, 5, 6]);
    add_method(vm, int_t, "__invert__", unary::<INT, 3>);
    add_method(vm, int_t, "__index__", unary::<INT, 7>);

    // sequences: concatenation and repetition
    macro_rules! sequence {
        ($owner:ident, $ty:expr) => {{
            let ty = $ty;
            add_method(vm, ty, "__add__", binary::<$owner, 0, false>);
            add_method(vm, ty, "__mul__", binary::<$owner, 2, false>);
            add_method(vm, ty, "__rmul__", binary::<$owner, 2, true>);
        }};
    }
    sequence!(STR, str_t);
    sequence!(BYTES, bytes_t);
    sequence!(BYTEARRAY, ba_t);
    sequence!(LIST, list_t);
    sequence!(TUPLE, tuple_t);
    add_method(vm, str_t, "__mod__", binary::<STR, 5, false>);
    add_method(vm, bytes_t, "__mod__", binary::<BYTES, 5, false>);
    add_raw_method(vm, list_t, "__iadd__", inplace::<LIST, 0>);
    add_raw_method(vm, list_t, "__imul__", inplace::<LIST, 2>);
    add_raw_method(vm, ba_t, "__iadd__", inplace::<BYTEARRAY, 0>);
    add_raw_method(vm, ba_t, "__imul__", inplace::<BYTEARRAY, 2>);

    // dict union; set algebra
    add_method(vm, dict_t, "__or__", binary::<DICT, 10, false>);
    add_method(vm, dict_t, "__ror__", binary::<DICT, 10, true>);
    add_raw_method(vm, dict_t, "__ior__", inplace::<DICT, 10>);
    macro_rules! set_ops {
        ($owner:ident, $ty:expr) => {{
            let ty = $ty;
            add_method(vm, ty, "__and__", binary::<$owner, 9, false>);
            add_method(vm, ty, "__rand__", binary::<$owner, 9, true>);
            add_method(vm, ty, "__or__", binary::<$owner, 10, false>);
            add_method(vm, ty, "__ror__", binary::<$owner, 10, true>);
            add_method(vm, ty, "__sub__", binary::<$owner, 1, false>);
            add_method(vm, ty, "__rsub__", binary::<$owner, 1, true>);
            add_method(vm, ty, "__xor__", binary::<$owner, 11, false>);
            add_method(vm, ty, "__rxor__", binary::<$owner, 11, true>);
        }};
    }
    set_ops!(SET, set_t);
    set_ops!(FROZENSET, fs_t);
    add_raw_method(vm, set_t, "__iand__", inplace::<SET, 9>);
    add_raw_method(vm, set_t, "__ior__", inplace::<SET, 10>);
    add_raw_method(vm, set_t, "__isub__", inplace::<SET, 1>);
    add_raw_method(vm, set_t, "__ixor__", inplace::<SET, 11>);
}
