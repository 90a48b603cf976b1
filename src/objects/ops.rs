//! Python's operator semantics for the builtin types: arithmetic, comparison,
//! truthiness, hashing, containment, subscripts and slices. The interpreter calls
//! these after its inline fast paths miss.

use super::int::{self, as_num, Num};
use super::{ObjKind, SliceObj, StrObj};
use crate::bytecode::code::GlobalCache;
use crate::bytecode::opcodes::{BinOp, CmpOp};
use crate::objects::numfmt;
use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};
use std::cell::Cell;
use std::cmp::Ordering;

// ====================================================================== identity, hashing

#[inline]
pub fn is_same(a: Value, b: Value) -> bool {
    a == b
}

/// Equality for hashable builtin keys, with no calls into Python (dict lookups).
pub fn key_eq(a: Value, b: Value) -> bool {
    if a == b {
        return true;
    }
    // strs first: they are the common keys, and their headers are read only once
    match (a.kind(), b.kind()) {
        (Some(ObjKind::Str(x)), Some(ObjKind::Str(y))) => return x.as_str() == y.as_str(),
        (Some(ObjKind::Tuple(x)), Some(ObjKind::Tuple(y))) => return x.len() == y.len() && x.iter().zip(y.iter()).all(|(p, q)| key_eq(*p, *q)),
        (Some(ObjKind::Set(x)), Some(ObjKind::Set(y))) => {
            let (p, q) = (x.table.borrow(), y.table.borrow());
            return p.len() == q.len() && p.subset_pure(&q);
        }
        (Some(ObjKind::Bytes(x)), Some(ObjKind::Bytes(y))) => return x.as_slice() == y.as_slice(),
        _ => {}
    }
    match (as_num(a), as_num(b)) {
        (Some(x), Some(y)) => num_eq(&x, &y),
        _ => payload_key_eq(a, b),
    }
}

/// `key_eq` when a key is an instance of a subclass of a builtin type: its payload
/// compares. (A stored key whose class overrides `__eq__` is matched by a probe of the
/// same class through `dict_key`; an exact probe compares with the payload.)
#[cold]
#[inline(never)]
fn payload_key_eq(a: Value, b: Value) -> bool {
    let (pa, pb) = (super::subclass::payload_or_self(a), super::subclass::payload_or_self(b));
    (pa != a || pb != b) && key_eq(pa, pb)
}

fn num_eq(x: &Num, y: &Num) -> bool {
    match (x, y) {
        (Num::Small(a), Num::Small(b)) => a == b,
        (Num::Float(a), Num::Float(b)) => a == b,
        (Num::Big(a), Num::Big(b)) => a == b,
        (Num::Small(_), Num::Big(_)) | (Num::Big(_), Num::Small(_)) => false,
        (Num::Small(a), Num::Float(f)) | (Num::Float(f), Num::Small(a)) => int::cmp_int_float(&BigInt::from(*a), *f) == Some(Ordering::Equal),
        (Num::Big(a), Num::Float(f)) | (Num::Float(f), Num::Big(a)) => int::cmp_int_float(a, *f) == Some(Ordering::Equal),
    }
}

/// hash(v), with CPython's values for numbers and tuples.
pub fn hash(vm: &mut Vm, v: Value) -> PyResult<i64> {
    if v.is_int() {
        return Ok(numfmt::hash_i64(v.as_int()));
    }
    if let Some(ObjKind::Str(s)) = v.kind() {
        return Ok(s.hash());
    }
    if super::class::has_user_class(v) {
        if let Some(h) = super::class::hash_special(vm, v)? {
            return Ok(h);
        }
    }
    if v.is_float() {
        let f = v.as_float();
        if f.is_nan() {
            return Ok(0);
        }
        return Ok(numfmt::hash_float(f));
    }
    if v == Value::TRUE {
        return Ok(1);
    }
    if v == Value::FALSE {
        return Ok(0);
    }
    match v.kind() {
        Some(ObjKind::Str(s)) => Ok(s.hash()),
        Some(ObjKind::Bytes(b)) => Ok(b.hash()),
        Some(ObjKind::MedInt(i)) => Ok(numfmt::hash_i64(*i)),
        Some(ObjKind::BigInt(b)) => Ok(numfmt::hash_int(b)),
        Some(ObjKind::Tuple(t)) => {
            let mut hs = Vec::with_capacity(t.len());
            for &x in t.iter() {
                hs.push(hash(vm, x)?);
            }
            Ok(numfmt::hash_tuple(&hs))
        }
        Some(ObjKind::Set(s)) if s.frozen => Ok(s.frozen_hash()),
        Some(ObjKind::List(_))
        | Some(ObjKind::Dict(_))
        | Some(ObjKind::Set(_))
        | Some(ObjKind::Slice(_))
        | Some(ObjKind::DictView(_))
        | Some(ObjKind::ByteArray(_)) => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!("unhashable type: '{}'", t)))
        }
        _ => {
            let h = (v.0 >> 4) as i64 & 0x0FFF_FFFF_FFFF_FFFF;
            Ok(if h == -1 { -2 } else { h })
        }
    }
}

// ====================================================================== truthiness

pub fn truthy(vm: &mut Vm, v: Value) -> PyResult<bool> {
    if v.is_int() {
        return Ok(v.as_int() != 0);
    }
    if v.is_float() {
        return Ok(v.as_float() != 0.0);
    }
    if super::class::has_user_class(v) {
        if let Some(n) = super::native::native_len(v) {
            return Ok(n != 0);
        }
        if let Some(b) = truthy_by_special(vm, v)? {
            return Ok(b);
        }
        if let Some(p) = super::subclass::payload_of(v) {
            return truthy(vm, p);
        }
        return Ok(true);
    }
    if v == Value::TRUE {
        return Ok(true);
    }
    if v == Value::FALSE || v == Value::NONE {
        return Ok(false);
    }
    if v.is_unbound() {
        return Err(vm.runtime_error("unbound value used"));
    }
    Ok(match v.kind() {
        Some(ObjKind::Str(s)) => !s.as_str().is_empty(),
        Some(ObjKind::Bytes(b)) => !b.as_slice().is_empty(),
        Some(ObjKind::ByteArray(b)) => !b.borrow().is_empty(),
        Some(ObjKind::MedInt(i)) => *i != 0,
        Some(ObjKind::BigInt(b)) => !b.is_zero(),
        Some(ObjKind::List(l)) => !l.borrow().is_empty(),
        Some(ObjKind::Tuple(t)) => !t.is_empty(),
        Some(ObjKind::Dict(d)) => !d.borrow().is_empty(),
        Some(ObjKind::Set(s)) => !s.is_empty(),
        Some(ObjKind::Range(r)) => r.len() > 0,
        Some(ObjKind::DictView(dv)) => dv.dict.as_dict().map(|d| !d.borrow().is_empty()).unwrap_or(false),
        Some(ObjKind::Type(_)) if super::class::has_user_metaclass(v) => return meta_truthy(vm, v),
        _ => true,
    })
}

/// `bool(cls)` for a class whose metaclass may define `__bool__` or `__len__`.
#[cold]
#[inline(never)]
fn meta_truthy(vm: &mut Vm, v: Value) -> PyResult<bool> {
    Ok(truthy_by_special(vm, v)?.unwrap_or(true))
}

/// Truth by a `__bool__` or, failing that, a `__len__` defined in Python for `v`'s
/// type; None when it defines neither.
fn truthy_by_special(vm: &mut Vm, v: Value) -> PyResult<Option<bool>> {
    if let Some(r) = super::class::call_special(vm, v, "__bool__", &[])? {
        return match r {
            Value::TRUE => Ok(Some(true)),
            Value::FALSE => Ok(Some(false)),
            _ => {
                let t = vm.type_name(r);
                Err(vm.type_error(format!("__bool__ should return bool, returned {}", t)))
            }
        };
    }
    if super::class::special_method(vm, v, "__len__").is_some() {
        return Ok(Some(len(vm, v)? != 0));
    }
    Ok(None)
}

// ====================================================================== arithmetic

fn unsupported(vm: &mut Vm, sym: &str, a: Value, b: Value) -> PyErr {
    let sym = if sym == "**" { "** or pow()" } else { sym };
    let (ta, tb) = (vm.type_name(a), vm.type_name(b));
    vm.type_error(format!("unsupported operand type(s) for {}: '{}' and '{}'", sym, ta, tb))
}

#[cold]
#[inline(always)]
pub fn binary_op(vm: &mut Vm, op: BinOp, a: Value, b: Value) -> PyResult<Value> {
    binary_op_from(vm, op, a, b, true)
}

/// `a op b` once `a.__op__(b)`, run as a frame by a specialized instruction
/// (`AddInstance`...), returned NotImplemented: `b.__rop__(a)` when the classes differ
/// (the instruction's guard made sure it did not have to come first), then the values
/// the operands wrap, else CPython's TypeError.
#[cold]
#[inline(never)]
pub fn binary_op_after_forward(vm: &mut Vm, op: BinOp, a: Value, b: Value) -> PyResult<Value> {
    if vm.type_of(a) != vm.type_of(b) {
        if let Some(v) = super::class::binary_reflected(vm, op, a, b)? {
            return Ok(v);
        }
    }
    binary_op_from(vm, op, a, b, false)
}

/// `a op b`, from the special methods of classes defined in Python when `specials`,
/// else from the builtin values that instances of subclasses of builtin types wrap.
#[cold]
#[inline(never)]
fn binary_op_from(vm: &mut Vm, op: BinOp, a: Value, b: Value, specials: bool) -> PyResult<Value> {
    if a.is_unbound() || b.is_unbound() {
        return Err(vm.runtime_error("unbound value used"));
    }
    if super::class::has_user_class(a) || super::class::has_user_class(b) {
        if specials {
            if let Some(v) = super::class::binary_special(vm, op, a, b)? {
                return Ok(v);
            }
        }
        let (pa, pb) = (super::subclass::payload_or_self(a), super::subclass::payload_or_self(b));
        if pa != a || pb != b {
            // The builtin operation stands in for a's method unless a's class
            // overrides it in Python, and for b's reflected one unless b's class does
            // (or b is of a's class): `I(3) + 4` is 7 when I.__add__ gives
            // NotImplemented, `I(3) + I(4)` a TypeError, as in CPython.
            let (name, rname) = (vm.names.binary[op as usize], vm.names.reflected[op as usize]);
            let a_builtin = super::class::special_method_named(vm, a, name).is_none();
            if !a_builtin && (vm.type_of(a) == vm.type_of(b) || super::class::special_method_named(vm, b, rname).is_some()) {
                return Err(unsupported(vm, op.symbol(), a, b));
            }
            return payload_binary_op(vm, op, a, b, pa, pb);
        }
    }
    if a.is_bool() && b.is_bool() && matches!(op, BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor) {
        let (x, y) = (a == Value::TRUE, b == Value::TRUE);
        return Ok(Value::bool(match op {
            BinOp::BitAnd => x & y,
            BinOp::BitOr => x | y,
            _ => x ^ y,
        }));
    }
    if let (Some(x), Some(y)) = (as_num(a), as_num(b)) {
        let both_int = !matches!(x, Num::Float(_)) && !matches!(y, Num::Float(_));
        if both_int {
            if let Some(v) = int::int_binop(vm, op, &x, &y)? {
                return Ok(v);
            }
        } else if !matches!(op, BinOp::LShift | BinOp::RShift | BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor | BinOp::MatMul) {
            let fx = int::num_to_f64(vm, &x)?;
            let fy = int::num_to_f64(vm, &y)?;
            if let Some(v) = int::float_binop(vm, op, fx, fy)? {
                return Ok(v);
            }
        }
        return Err(unsupported(vm, op.symbol(), a, b));
    }
    if matches!(op, BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor) {
        if let Some(v) = set_operator(vm, op, a, b)? {
            return Ok(v);
        }
    }
    match op {
        BinOp::Add => add_seq(vm, a, b),
        BinOp::Mul => {
            if is_sequence(a) {
                if let Some(n) = seq_repeat_count(vm, b) {
                    if let Some(r) = repeat(vm, a, n?)? {
                        return Ok(r);
                    }
                }
            }
            if is_sequence(b) {
                if let Some(n) = seq_repeat_count(vm, a) {
                    if let Some(r) = repeat(vm, b, n?)? {
                        return Ok(r);
                    }
                }
            }
            if is_sequence(a) || is_sequence(b) {
                let other = if is_sequence(a) { b } else { a };
                {
                    let t = vm.type_name(other);
                    return Err(vm.type_error(format!("can't multiply sequence by non-int of type '{}'", t)));
                }
            }
            unsupported_op(vm, op, a, b)
        }
        BinOp::Mod => {
            if a.as_str().is_some() {
                return crate::builtins::strfmt::percent_format(vm, a, b);
            }
            if a.is_bytes_like() {
                return crate::builtins::bytes::percent_format(vm, a, b);
            }
            unsupported_op(vm, op, a, b)
        }
        BinOp::BitOr => {
            if let (Some(x), Some(y)) = (a.as_dict(), b.as_dict()) {
                let _ = (x, y);
                let d = vm.new_dict();
                vm.roots.push(d);
                let r = dict_update(vm, d, a).and_then(|_| dict_update(vm, d, b));
                vm.roots.pop();
                return r.map(|_| d);
            }
            unsupported_op(vm, op, a, b)
        }
        _ => unsupported_op(vm, op, a, b),
    }
}

/// `a op b` that no builtin type supports: a class's metaclass may define it (`cls +
/// x`), else CPython's TypeError.
#[cold]
#[inline(never)]
fn unsupported_op(vm: &mut Vm, op: BinOp, a: Value, b: Value) -> PyResult<Value> {
    if super::class::has_user_metaclass(a) || super::class::has_user_metaclass(b) {
        if let Some(v) = super::class::binary_special(vm, op, a, b)? {
            return Ok(v);
        }
    }
    if op == BinOp::BitOr {
        if let Some(v) = super::generic_alias::type_union(vm, a, b)? {
            return Ok(v);
        }
    }
    Err(unsupported(vm, op.symbol(), a, b))
}

/// `a op b` on the builtin values `pa` and `pb` that instances of subclasses of builtin
/// types wrap, when their classes define no special method for it: the builtin result
/// (an int for `I(3) + 1`, a list for `L() + []`), errors naming the subclasses.
#[cold]
#[inline(never)]
fn payload_binary_op(vm: &mut Vm, op: BinOp, a: Value, b: Value, pa: Value, pb: Value) -> PyResult<Value> {
    // `fmt % args` formats the arguments themselves (their __str__ and __repr__)
    if op == BinOp::Mod && pa.as_str().is_some() {
        return crate::builtins::strfmt::percent_format(vm, pa, b);
    }
    if op == BinOp::Mod && pa.is_bytes_like() {
        return crate::builtins::bytes::percent_format(vm, pa, b);
    }
    binary_op(vm, op, pa, pb).map_err(|e| match e.0.as_exc().and_then(|ex| ex.message()) {
        Some(m) if m.starts_with("unsupported operand type(s) for ") => unsupported(vm, op.symbol(), a, b),
        _ => e,
    })
}

/// `| & - ^` between sets, or with a dict keys/items view on either side.
fn set_operator(vm: &mut Vm, op: BinOp, a: Value, b: Value) -> PyResult<Option<Value>> {
    if a.as_set().is_some() && b.as_set().is_some() {
        return super::set::binary(vm, op, a, b);
    }
    if set_like_view(a) || set_like_view(b) {
        return super::set::view_binary(vm, op, a, b);
    }
    Ok(None)
}

fn is_sequence(v: Value) -> bool {
    matches!(v.kind(), Some(ObjKind::Str(_)) | Some(ObjKind::List(_)) | Some(ObjKind::Tuple(_)) | Some(ObjKind::Bytes(_)) | Some(ObjKind::ByteArray(_)))
}

/// The repeat count of `seq * n`: Some(Err) when n does not fit a machine index.
fn seq_repeat_count(vm: &mut Vm, v: Value) -> Option<PyResult<i64>> {
    match as_num(v)? {
        Num::Small(i) => Some(Ok(i)),
        Num::Big(b) if b.is_negative() => Some(Ok(0)),
        Num::Big(_) => Some(Err(vm.overflow_error("cannot fit 'int' into an index-sized integer"))),
        Num::Float(_) => None,
    }
}

fn repeat(vm: &mut Vm, seq: Value, n: i64) -> PyResult<Option<Value>> {
    let n = n.max(0) as usize;
    let too_big = |vm: &mut Vm| -> PyErr {
        let c = vm.types.memory_error;
        PyErr(vm.new_exc_args(c, vec![]))
    };
    Ok(Some(match seq.kind() {
        Some(ObjKind::Str(s)) => {
            // past 4 GiB of text, MemoryError: building (and then copying) such a
            // string would only stall the program
            if s.as_str().len().checked_mul(n).map(|t| t > 1 << 32).unwrap_or(true) {
                return Err(too_big(vm));
            }
            let r = s.as_str().repeat(n);
            vm.new_string(r)
        }
        Some(ObjKind::List(l)) => {
            let items = l.borrow();
            if items.len().checked_mul(n).map(|t| t > 1 << 31).unwrap_or(true) {
                return Err(too_big(vm));
            }
            let mut out = Vec::with_capacity(items.len() * n);
            for _ in 0..n {
                out.extend_from_slice(&items);
            }
            drop(items);
            vm.new_list(out)
        }
        Some(ObjKind::Bytes(_)) | Some(ObjKind::ByteArray(_)) => {
            let data = super::bytes::bytes_like(seq).unwrap_or_default();
            let r = super::bytes::repeated(vm, &data, n as i64)?;
            vm.new_bytes_as(seq, r)
        }
        Some(ObjKind::Tuple(t)) => {
            if t.len().checked_mul(n).map(|x| x > 1 << 31).unwrap_or(true) {
                return Err(too_big(vm));
            }
            let mut out = Vec::with_capacity(t.len() * n);
            for _ in 0..n {
                out.extend_from_slice(t);
            }
            vm.new_tuple(out)
        }
        _ => return Ok(None),
    }))
}

/// `a + b` for strs `x` and `y` (the objects of `a` and `b`). With an empty operand the
/// result is the other operand itself, as in CPython (so `"" + w` builds no copy of
/// `w`). Results short enough to be stored inline are assembled on the stack, with no
/// intermediate String.
pub fn str_concat(vm: &mut Vm, a: Value, x: &StrObj, b: Value, y: &StrObj) -> Value {
    let (xs, ys) = (x.as_str(), y.as_str());
    if xs.is_empty() {
        return b;
    }
    if ys.is_empty() {
        return a;
    }
    let n = xs.len() + ys.len();
    let char_len = x.char_len() + y.char_len();
    if n <= crate::objects::STR_INLINE {
        let mut buf = [0u8; crate::objects::STR_INLINE];
        buf[..xs.len()].copy_from_slice(xs.as_bytes());
        buf[xs.len()..n].copy_from_slice(ys.as_bytes());
        // SAFETY: the bytes are two valid UTF-8 strings back to back, which is valid UTF-8.
        let s = unsafe { std::str::from_utf8_unchecked(&buf[..n]) };
        return vm.alloc(ObjKind::Str(StrObj::with_char_len(s, char_len)));
    }
    vm.alloc(ObjKind::Str(StrObj::concat(x, y)))
}

fn add_seq(vm: &mut Vm, a: Value, b: Value) -> PyResult<Value> {
    match (a.kind(), b.kind()) {
        (Some(ObjKind::Str(x)), Some(ObjKind::Str(y))) => Ok(str_concat(vm, a, x, b, y)),
        (Some(ObjKind::List(x)), Some(ObjKind::List(y))) => {
            let mut v = x.borrow().clone();
            v.extend_from_slice(&y.borrow());
            Ok(vm.new_list(v))
        }
        (Some(ObjKind::Tuple(x)), Some(ObjKind::Tuple(y))) => {
            let mut v = x.to_vec();
            v.extend_from_slice(y);
            Ok(vm.new_tuple(v))
        }
        (Some(ObjKind::Bytes(_)), _) | (Some(ObjKind::ByteArray(_)), _) => super::bytes::concat(vm, a, b),
        (Some(ObjKind::Str(_)), _) | (Some(ObjKind::List(_)), _) | (Some(ObjKind::Tuple(_)), _) if as_num(a).is_none() => {
            let (ta, tb) = (vm.type_name(a), vm.type_name(b));
            Err(vm.type_error(format!("can only concatenate {} (not \"{}\") to {}", ta, tb, ta)))
        }
        _ => unsupported_op(vm, BinOp::Add, a, b),
    }
}

#[cold]
#[inline(never)]
pub fn inplace_op(vm: &mut Vm, op: BinOp, a: Value, b: Value) -> PyResult<Value> {
    if super::class::has_user_class(a) {
        if let Some(v) = super::class::inplace_special(vm, op, a, b)? {
            return Ok(v);
        }
    }
    // an instance of a subclass of list, set, dict or bytearray changes its payload in
    // place and is the result itself
    let target = super::subclass::payload_or_self(a);
    let pb = super::subclass::payload_or_self(b);
    if let Some(l) = target.as_list() {
        match op {
            BinOp::Add => {
                let items = super::iter::collect(vm, b)?;
                vm.write_barrier_all(target, &items);
                l.borrow_mut().extend(items);
                return Ok(a);
            }
            BinOp::Mul => {
                if let Some(n) = seq_repeat_count(vm, b) {
                    let n = n?.max(0) as usize;
                    if l.borrow().len().saturating_mul(n) > 1 << 28 {
                        let c = vm.types.memory_error;
                        return Err(PyErr(vm.new_exc_args(c, vec![])));
                    }
                    let mut v = l.borrow_mut();
                    let orig = v.clone();
                    v.clear();
                    for _ in 0..n {
                        v.extend_from_slice(&orig);
                    }
                    return Ok(a);
                }
            }
            _ => {}
        }
    }
    if let (Some(s), Some(_)) = (target.as_set(), pb.as_set()) {
        if !s.frozen {
            if let Some(v) = super::set::inplace(vm, op, target, pb)? {
                return Ok(if v == target { a } else { v });
            }
        }
    }
    if target.as_bytearray().is_some() {
        match op {
            BinOp::Add => return super::bytes::inplace_concat(vm, target, b).map(|v| if v == target { a } else { v }),
            BinOp::Mul => {
                if let Some(n) = seq_repeat_count(vm, b) {
                    return super::bytes::inplace_repeat(vm, target, n?).map(|v| if v == target { a } else { v });
                }
            }
            _ => {}
        }
    }
    if let (Some(_), Some(_)) = (target.as_dict(), pb.as_dict()) {
        if op == BinOp::BitOr {
            dict_update(vm, target, b)?;
            return Ok(a);
        }
    }
    binary_op(vm, op, a, b).map_err(|e| {
        // CPython names the augmented operator in the message
        if let Some(ex) = e.0.as_exc() {
            if let Some(m) = ex.message() {
                if m.starts_with("unsupported operand type(s) for ") {
                    let fixed = m.replacen(&format!("for {}:", op.symbol()), &format!("for {}=:", op.symbol()), 1);
                    let c = ex.class;
                    return vm.err(c, &fixed);
                }
            }
        }
        e
    })
}

pub fn unary_neg(vm: &mut Vm, a: Value) -> PyResult<Value> {
    if super::class::has_user_class(a) {
        if let Some(v) = super::class::call_special(vm, a, "__neg__", &[])? {
            return Ok(v);
        }
    }
    match as_num(a) {
        Some(Num::Small(i)) => Ok(vm.new_int_big(-BigInt::from(i))),
        Some(Num::Big(b)) => Ok(vm.new_int_big(-b.clone())),
        Some(Num::Float(f)) => Ok(Value::float(-f)),
        None => {
            let t = vm.type_name(a);
            Err(vm.type_error(format!("bad operand type for unary -: '{}'", t)))
        }
    }
}

pub fn unary_pos(vm: &mut Vm, a: Value) -> PyResult<Value> {
    if super::class::has_user_class(a) {
        if let Some(v) = super::class::call_special(vm, a, "__pos__", &[])? {
            return Ok(v);
        }
    }
    match as_num(a) {
        Some(Num::Small(i)) => Ok(vm.new_int(i)),
        Some(_) => Ok(a),
        None => {
            let t = vm.type_name(a);
            Err(vm.type_error(format!("bad operand type for unary +: '{}'", t)))
        }
    }
}

pub fn unary_invert(vm: &mut Vm, a: Value) -> PyResult<Value> {
    if super::class::has_user_class(a) {
        if let Some(v) = super::class::call_special(vm, a, "__invert__", &[])? {
            return Ok(v);
        }
    }
    match as_num(a) {
        Some(Num::Small(i)) => Ok(vm.new_int(!i)),
        Some(Num::Big(b)) => Ok(vm.new_int_big(-(b.clone()) - 1)),
        _ => {
            let t = vm.type_name(a);
            Err(vm.type_error(format!("bad operand type for unary ~: '{}'", t)))
        }
    }
}

// ====================================================================== comparison

/// Rich comparison returning a Python value (always a bool for builtin types).
pub fn compare(vm: &mut Vm, op: CmpOp, a: Value, b: Value) -> PyResult<Value> {
    if super::class::has_user_class(a) || super::class::has_user_class(b) {
        if let Some(v) = super::class::compare_special(vm, op, a, b)? {
            return Ok(v);
        }
    }
    compare_builtin(vm, op, a, b).map(Value::bool)
}

#[cold]
#[inline(never)]
pub fn compare_bool(vm: &mut Vm, op: CmpOp, a: Value, b: Value) -> PyResult<bool> {
    if super::class::has_user_class(a) || super::class::has_user_class(b) {
        if let Some(v) = super::class::compare_special(vm, op, a, b)? {
            return truthy(vm, v);
        }
    }
    compare_builtin(vm, op, a, b)
}

/// A comparison no special method defined in Python decided: the builtin one, on the
/// values instances of subclasses of builtin types wrap.
fn compare_builtin(vm: &mut Vm, op: CmpOp, a0: Value, b0: Value) -> PyResult<bool> {
    let (a, b) = (super::subclass::payload_or_self(a0), super::subclass::payload_or_self(b0));
    if a.as_set().is_some() && b.as_set().is_some() {
        return super::set::compare(vm, op, a, b);
    }
    if (set_like_view(a) || set_like_view(b)) && (set_like_view(a) || a.as_set().is_some()) && (set_like_view(b) || b.as_set().is_some()) {
        return view_compare(vm, op, a, b);
    }
    match op {
        CmpOp::Eq => eq(vm, a, b),
        CmpOp::Ne => eq(vm, a, b).map(|x| !x),
        _ => match ordering(vm, a, b, op.symbol())? {
            Some(ord) => Ok(match op {
                CmpOp::Lt => ord == Ordering::Less,
                CmpOp::Le => ord != Ordering::Greater,
                CmpOp::Gt => ord == Ordering::Greater,
                CmpOp::Ge => ord != Ordering::Less,
                _ => false,
            }),
            // NaN involved: every ordering comparison is false
            None if comparable(a, b) => Ok(false),
            None if super::class::has_user_metaclass(a0) || super::class::has_user_metaclass(b0) => match super::class::compare_special(vm, op, a0, b0)? {
                Some(r) => truthy(vm, r),
                None => {
                    let (ta, tb) = (vm.type_name(a0), vm.type_name(b0));
                    Err(vm.type_error(format!("'{}' not supported between instances of '{}' and '{}'", op.symbol(), ta, tb)))
                }
            },
            None => {
                let (ta, tb) = (vm.type_name(a0), vm.type_name(b0));
                Err(vm.type_error(format!("'{}' not supported between instances of '{}' and '{}'", op.symbol(), ta, tb)))
            }
        },
    }
}

fn comparable(a: Value, b: Value) -> bool {
    as_num(a).is_some() && as_num(b).is_some()
}

/// Python equality.
pub fn eq(vm: &mut Vm, a: Value, b: Value) -> PyResult<bool> {
    if super::class::has_user_class(a) || super::class::has_user_class(b) {
        if let Some(v) = super::class::compare_special(vm, CmpOp::Eq, a, b)? {
            return truthy(vm, v);
        }
        return eq_builtin(vm, super::subclass::payload_or_self(a), super::subclass::payload_or_self(b));
    }
    eq_builtin(vm, a, b)
}

/// Equality of builtin values.
fn eq_builtin(vm: &mut Vm, a: Value, b: Value) -> PyResult<bool> {
    if a == b {
        return Ok(!(a.is_float() && a.as_float().is_nan()));
    }
    if let (Some(x), Some(y)) = (as_num(a), as_num(b)) {
        return Ok(num_eq(&x, &y));
    }
    match (a.kind(), b.kind()) {
        (Some(ObjKind::Str(x)), Some(ObjKind::Str(y))) => Ok(x.as_str() == y.as_str()),
        (Some(ObjKind::Bytes(_) | ObjKind::ByteArray(_)), Some(ObjKind::Bytes(_) | ObjKind::ByteArray(_))) => Ok(super::bytes::eq(a, b).unwrap_or(false)),
        (Some(ObjKind::List(x)), Some(ObjKind::List(y))) => {
            let (xv, yv) = (x.borrow().clone(), y.borrow().clone());
            seq_eq(vm, &xv, &yv)
        }
        (Some(ObjKind::Tuple(x)), Some(ObjKind::Tuple(y))) => seq_eq(vm, x, y),
        (Some(ObjKind::Dict(x)), Some(ObjKind::Dict(y))) => {
            if x.borrow().len() != y.borrow().len() {
                return Ok(false);
            }
            let entries: Vec<_> = x.borrow().iter_hashed().collect();
            for e in entries {
                // a key of a class with its own __eq__ may equal another object there
                let key = dict_key(vm, b, e.hash, e.key)?;
                let other = y.borrow().get(e.hash, key);
                match other {
                    None => return Ok(false),
                    Some(v) => {
                        if !eq(vm, e.value, v)? {
                            return Ok(false);
                        }
                    }
                }
            }
            Ok(true)
        }
        (Some(ObjKind::Set(_)), Some(ObjKind::Set(_))) => super::set::compare(vm, CmpOp::Eq, a, b),
        (Some(ObjKind::DictView(v)), Some(ObjKind::Set(_))) | (Some(ObjKind::Set(_)), Some(ObjKind::DictView(v))) if v.kind != super::ViewKind::Values => {
            view_compare(vm, CmpOp::Eq, a, b)
        }
        (Some(ObjKind::Range(x)), Some(ObjKind::Range(y))) => {
            let (lx, ly) = (x.len(), y.len());
            Ok(lx == ly && (lx == 0 || (x.start == y.start && (lx == 1 || x.step == y.step))))
        }
        (Some(ObjKind::DictView(x)), Some(ObjKind::DictView(y))) if x.kind == y.kind && x.kind != super::ViewKind::Values => {
            let a_items = super::iter::collect(vm, a)?;
            let b_items = super::iter::collect(vm, b)?;
            if a_items.len() != b_items.len() {
                return Ok(false);
            }
            for it in &a_items {
                if !contains_in(vm, &b_items, *it)? {
                    return Ok(false);
                }
            }
            Ok(true)
        }
        _ => Ok(false),
    }
}

/// A dict keys or items view, which compares and combines like a set.
fn set_like_view(v: Value) -> bool {
    matches!(v.kind(), Some(ObjKind::DictView(dv)) if dv.kind != super::ViewKind::Values)
}

/// Comparison of a dict keys or items view with a set or another such view
/// (CPython's dictview_richcompare): the sizes, then containment one way.
fn view_compare(vm: &mut Vm, op: CmpOp, a: Value, b: Value) -> PyResult<bool> {
    let (la, lb) = (len(vm, a)?, len(vm, b)?);
    Ok(match op {
        CmpOp::Eq | CmpOp::Ne => (la == lb && all_contained_in(vm, a, b)?) == (op == CmpOp::Eq),
        CmpOp::Lt => la < lb && all_contained_in(vm, a, b)?,
        CmpOp::Le => la <= lb && all_contained_in(vm, a, b)?,
        CmpOp::Gt => la > lb && all_contained_in(vm, b, a)?,
        CmpOp::Ge => la >= lb && all_contained_in(vm, b, a)?,
    })
}

/// Every item of `x` is `in` `y`.
fn all_contained_in(vm: &mut Vm, x: Value, y: Value) -> PyResult<bool> {
    let items = super::iter::collect(vm, x)?;
    // the items stay rooted while `in` may run Python code
    let keep = vm.new_list(items.clone());
    vm.roots.push(keep);
    let r = (|| {
        for &it in &items {
            if !contains(vm, y, it)? {
                return Ok(false);
            }
        }
        Ok(true)
    })();
    vm.roots.pop();
    r
}

/// Containment as CPython does it: identity first, then equality.
fn contains_in(vm: &mut Vm, items: &[Value], x: Value) -> PyResult<bool> {
    for &it in items {
        if it == x || eq(vm, it, x)? {
            return Ok(true);
        }
    }
    Ok(false)
}

/// Equality of two values when it needs no Python-level call (ints, floats, strs).
#[inline]
fn quick_eq(a: Value, b: Value) -> Option<bool> {
    if Value::both_int(a, b) {
        return Some(a == b);
    }
    if a.is_float() && b.is_float() {
        return Some(a.as_float() == b.as_float());
    }
    match (a.kind(), b.kind()) {
        (Some(ObjKind::Str(x)), Some(ObjKind::Str(y))) => Some(x.as_str() == y.as_str()),
        _ => None,
    }
}

fn seq_eq(vm: &mut Vm, x: &[Value], y: &[Value]) -> PyResult<bool> {
    if x.len() != y.len() {
        return Ok(false);
    }
    vm.repr_depth += 1;
    if vm.repr_depth > 800 {
        vm.repr_depth -= 1;
        let c = vm.types.recursion_error;
        return Err(vm.err(c, "maximum recursion depth exceeded in comparison"));
    }
    let mut r = Ok(true);
    for (p, q) in x.iter().zip(y.iter()) {
        let same = match quick_eq(*p, *q) {
            Some(t) => Ok(t),
            None => eq(vm, *p, *q),
        };
        match same {
            Ok(true) => {}
            other => {
                r = other;
                break;
            }
        }
    }
    vm.repr_depth -= 1;
    r
}

/// Ordering of two values; Ok(None) when unordered (NaN) or incomparable types.
/// `sym` names the operator in the TypeError for incomparable items inside sequences.
pub fn ordering(vm: &mut Vm, a: Value, b: Value, sym: &str) -> PyResult<Option<Ordering>> {
    if let (Some(x), Some(y)) = (as_num(a), as_num(b)) {
        return Ok(match (&x, &y) {
            (Num::Small(p), Num::Small(q)) => Some(p.cmp(q)),
            (Num::Float(p), Num::Float(q)) => p.partial_cmp(q),
            (Num::Small(p), Num::Big(q)) => Some(BigInt::from(*p).cmp(q)),
            (Num::Big(p), Num::Small(q)) => Some((*p).cmp(&BigInt::from(*q))),
            (Num::Big(p), Num::Big(q)) => Some(p.cmp(q)),
            (Num::Small(p), Num::Float(f)) => int::cmp_int_float(&BigInt::from(*p), *f),
            (Num::Big(p), Num::Float(f)) => int::cmp_int_float(p, *f),
            (Num::Float(f), Num::Small(p)) => int::cmp_int_float(&BigInt::from(*p), *f).map(|o| o.reverse()),
            (Num::Float(f), Num::Big(p)) => int::cmp_int_float(p, *f).map(|o| o.reverse()),
        });
    }
    match (a.kind(), b.kind()) {
        (Some(ObjKind::Str(x)), Some(ObjKind::Str(y))) => Ok(Some(x.as_str().cmp(y.as_str()))),
        (Some(ObjKind::Bytes(_) | ObjKind::ByteArray(_)), Some(ObjKind::Bytes(_) | ObjKind::ByteArray(_))) => Ok(super::bytes::ordering(a, b)),
        (Some(ObjKind::List(x)), Some(ObjKind::List(y))) => {
            // snapshot: a comparison may run Python code that mutates the lists
            let (xv, yv) = (x.borrow().clone(), y.borrow().clone());
            seq_ordering(vm, &xv, &yv, sym)
        }
        (Some(ObjKind::Tuple(x)), Some(ObjKind::Tuple(y))) => seq_ordering(vm, x, y, sym),
        _ => Ok(None),
    }
}

/// Three-way comparison for item types whose order is total (ints, strs): one pass
/// instead of `==` then `<`.
#[inline]
fn quick_cmp(a: Value, b: Value) -> Option<Ordering> {
    if Value::both_int(a, b) {
        return Some(a.as_int().cmp(&b.as_int()));
    }
    match (a.kind(), b.kind()) {
        (Some(ObjKind::Str(x)), Some(ObjKind::Str(y))) => Some(x.as_str().cmp(y.as_str())),
        _ => None,
    }
}

fn seq_ordering(vm: &mut Vm, x: &[Value], y: &[Value], sym: &str) -> PyResult<Option<Ordering>> {
    for (p, q) in x.iter().zip(y.iter()) {
        match quick_cmp(*p, *q) {
            Some(Ordering::Equal) => continue,
            Some(o) => return Ok(Some(o)),
            None => {}
        }
        let same = match quick_eq(*p, *q) {
            Some(t) => t,
            None => eq(vm, *p, *q)?,
        };
        if !same {
            return match ordering(vm, *p, *q, sym)? {
                Some(o) => Ok(Some(o)),
                None => {
                    if comparable(*p, *q) {
                        // NaN element: report as unordered-but-comparable
                        Ok(Some(Ordering::Equal)).map(|_| None)
                    } else {
                        let (ta, tb) = (vm.type_name(*p), vm.type_name(*q));
                        Err(vm.type_error(format!("'{}' not supported between instances of '{}' and '{}'", sym, ta, tb)))
                    }
                }
            };
        }
    }
    Ok(Some(x.len().cmp(&y.len())))
}

/// `item in container`.
pub fn contains(vm: &mut Vm, container: Value, item: Value) -> PyResult<bool> {
    let orig = container;
    if super::class::has_user_class(container) {
        if let Some(r) = super::class::call_special(vm, container, "__contains__", &[item])? {
            return truthy(vm, r);
        }
        if let Some(p) = super::subclass::payload_of(container).filter(|&p| super::iter::is_iterable(p)) {
            // a list subclass is searched as a list, whatever its __iter__ does
            return contains(vm, p, item);
        }
        // by iteration: `__iter__`, or the sequence protocol of `__getitem__`
        if super::class::special_method(vm, container, "__iter__").is_some() || super::class::special_method(vm, container, "__getitem__").is_some() {
            let it = super::iter::get_iter(vm, container)?;
            vm.roots.push(it);
            let r = (|| -> PyResult<bool> {
                while let Some(x) = super::iter::next(vm, it)? {
                    if eq(vm, x, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            })();
            vm.roots.pop();
            return r;
        }
    }
    match container.kind() {
        Some(ObjKind::Str(s)) => match super::subclass::str_like(item) {
            Some(sub) => Ok(super::strops::contains(s.as_str(), sub)),
            None => {
                let t = vm.type_name(item);
                Err(vm.type_error(format!("'in <string>' requires string as left operand, not {}", t)))
            }
        },
        Some(ObjKind::List(l)) => {
            // item by item, as CPython does: an `__eq__` may change the list, so its
            // length is read again each time (and the list is never copied)
            let mut i = 0;
            loop {
                let it = match l.borrow().get(i) {
                    Some(&v) => v,
                    None => return Ok(false),
                };
                if it == item || eq(vm, it, item)? {
                    return Ok(true);
                }
                i += 1;
            }
        }
        Some(ObjKind::Bytes(_)) | Some(ObjKind::ByteArray(_)) => super::bytes::contains(vm, container, item),
        Some(ObjKind::Tuple(t)) => contains_in(vm, t, item),
        Some(ObjKind::Set(_)) => super::set::contains(vm, container, item),
        Some(ObjKind::Dict(d)) => {
            let h = hash(vm, item)?;
            let item = dict_key(vm, container, h, item)?;
            Ok(d.borrow().get(h, item).is_some())
        }
        Some(ObjKind::Range(r)) => {
            let i: i128 = match as_num(item) {
                Some(Num::Small(i)) => i as i128,
                Some(Num::Big(b)) => match b.to_i128() {
                    Some(i) => i,
                    None => return Ok(false),
                },
                _ => {
                    let items = super::iter::collect(vm, container)?;
                    return contains_in(vm, &items, item);
                }
            };
            let (start, stop, step) = (r.start, r.stop, r.step);
            let inside = if step > 0 { i >= start && i < stop } else { i <= start && i > stop };
            Ok(inside && (i - start) % step == 0)
        }
        Some(ObjKind::DictView(v)) => {
            if v.kind == super::ViewKind::Keys {
                let d = v.dict;
                return contains(vm, d, item);
            }
            let items = super::iter::collect(vm, container)?;
            contains_in(vm, &items, item)
        }
        Some(ObjKind::Iter(_)) | Some(ObjKind::Generator(_)) => {
            let it = container;
            while let Some(x) = super::iter::next(vm, it)? {
                // a native loop has no safepoints of its own: each item is a step for --max-steps
                vm.count_step();
                vm.roots.push(x);
                let found = eq(vm, x, item);
                vm.roots.pop();
                if found? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ if super::class::has_user_metaclass(container) => {
            if let Some(r) = super::class::call_special(vm, container, "__contains__", &[item])? {
                return truthy(vm, r);
            }
            if super::class::special_method(vm, container, "__iter__").is_some() {
                let items = super::iter::collect(vm, container)?;
                let holder = vm.new_list(items.clone());
                vm.roots.push(holder);
                let r = contains_in(vm, &items, item);
                vm.roots.pop();
                return r;
            }
            let t = vm.type_name(orig);
            Err(vm.type_error(format!("argument of type '{}' is not iterable", t)))
        }
        _ => {
            let t = vm.type_name(orig);
            Err(vm.type_error(format!("argument of type '{}' is not iterable", t)))
        }
    }
}

// ====================================================================== dicts and globals

/// d[key] = v for a str key (globals, kwargs): the hash cannot fail.
pub fn dict_set_str(vm: &mut Vm, d: Value, key: Value, v: Value) {
    if let (Some(dd), Some(s)) = (d.as_dict(), key.as_strobj()) {
        if dd.borrow_mut().insert(s.hash(), key, v) {
            vm.write_barrier(d, key);
        }
        vm.write_barrier(d, v);
    }
}

/// The key a dict lookup should use for `key`: Dict compares keys without calling
/// Python, so a key whose class defines `__eq__` in Python is first replaced by the
/// stored key it equals, if any (found among the keys of the same hash).
#[inline]
pub fn dict_key(vm: &mut Vm, d: Value, h: i64, key: Value) -> PyResult<Value> {
    if !super::class::has_user_class(key) {
        return Ok(key);
    }
    user_dict_key(vm, d, h, key)
}

#[cold]
#[inline(never)]
fn user_dict_key(vm: &mut Vm, d: Value, h: i64, key: Value) -> PyResult<Value> {
    let candidates = d.as_dict().map(|dd| dd.borrow().keys_with_hash(h)).unwrap_or_default();
    for c in candidates {
        if c == key || eq(vm, c, key)? {
            return Ok(c);
        }
    }
    Ok(key)
}

pub fn dict_get(vm: &mut Vm, d: Value, key: Value) -> PyResult<Option<Value>> {
    let h = hash(vm, key)?;
    let key = dict_key(vm, d, h, key)?;
    Ok(d.as_dict().and_then(|d| d.borrow().get(h, key)))
}

pub fn dict_set(vm: &mut Vm, d: Value, key: Value, v: Value) -> PyResult<()> {
    let h = hash(vm, key)?;
    let key = dict_key(vm, d, h, key)?;
    if let Some(dd) = d.as_dict() {
        if dd.borrow_mut().insert(h, key, v) {
            vm.write_barrier(d, key);
        }
        vm.write_barrier(d, v);
    }
    Ok(())
}

#[cold]
#[inline(never)]
pub fn load_global_slow(vm: &mut Vm, globals: Value, name: Value, cache: &Cell<GlobalCache>) -> PyResult<Value> {
    let h = name.as_strobj().map(|s| s.hash()).unwrap_or(0);
    if let Some(g) = globals.as_dict() {
        let g = g.borrow();
        if let Some(i) = g.find(h, name) {
            cache.set(GlobalCache { globals_version: g.version, builtins_version: 0, index: i as u32, in_builtins: false });
            return Ok(g.value_at(i));
        }
        if let Some(b) = vm.builtins.as_dict() {
            let b = b.borrow();
            if let Some(i) = b.find(h, name) {
                cache.set(GlobalCache { globals_version: g.version, builtins_version: b.version, index: i as u32, in_builtins: true });
                return Ok(b.value_at(i));
            }
        }
    }
    name_not_found(vm, name)
}

/// A name neither the globals nor the builtins have: NameError, unless it is one of
/// the builtins CPython's `site` adds, which are made on first use.
#[cold]
#[inline(never)]
fn name_not_found(vm: &mut Vm, name: Value) -> PyResult<Value> {
    if let Some(v) = crate::builtins::site_builtin(vm, name) {
        return Ok(v);
    }
    let n = name.as_str().unwrap_or("?").to_string();
    Err(vm.name_error(&n))
}

pub fn delete_global(vm: &mut Vm, globals: Value, name: Value) -> PyResult<()> {
    let h = name.as_strobj().map(|s| s.hash()).unwrap_or(0);
    let removed = globals.as_dict().and_then(|g| g.borrow_mut().remove(h, name));
    if removed.is_none() {
        let n = name.as_str().unwrap_or("?").to_string();
        return Err(vm.name_error(&n));
    }
    Ok(())
}

/// A name read in a class body: the namespace, then the globals, then the builtins.
pub fn load_name(vm: &mut Vm, locals: Value, globals: Value, name: Value) -> PyResult<Value> {
    let h = name.as_strobj().map(|s| s.hash()).unwrap_or(0);
    for d in [locals, globals, vm.builtins] {
        if let Some(v) = d.as_dict().and_then(|d| d.borrow().get(h, name)) {
            return Ok(v);
        }
    }
    name_not_found(vm, name)
}

pub fn delete_name(vm: &mut Vm, locals: Value, name: Value) -> PyResult<()> {
    let h = name.as_strobj().map(|s| s.hash()).unwrap_or(0);
    if locals.as_dict().and_then(|d| d.borrow_mut().remove(h, name)).is_none() {
        let n = name.as_str().unwrap_or("?").to_string();
        return Err(vm.name_error(&n));
    }
    Ok(())
}

pub fn build_dict(vm: &mut Vm, items: &[Value]) -> PyResult<Value> {
    let d = vm.alloc(ObjKind::Dict(std::cell::RefCell::new(super::Dict::with_capacity(items.len() / 2))));
    for pair in items.chunks(2) {
        dict_set(vm, d, pair[0], pair[1])?;
    }
    Ok(d)
}

/// `{**other}`: merges a mapping; anything else is "not a mapping".
pub fn dict_merge(vm: &mut Vm, d: Value, other: Value) -> PyResult<()> {
    if other.as_dict().is_none() && !is_mapping(vm, other) {
        let t = vm.type_name(other);
        return Err(vm.type_error(format!("'{}' object is not a mapping", t)));
    }
    dict_update(vm, d, other)
}

/// An instance of a dict subclass, or of a class with a `keys` method.
pub fn is_mapping(vm: &mut Vm, v: Value) -> bool {
    if !super::class::has_user_class(v) {
        return false;
    }
    let keys_name = vm.intern("keys");
    let t = vm.type_of(v);
    vm.lookup_attr(t, keys_name).is_some()
}

/// dict.update(other) / dict(other): a mapping, or an iterable of key/value pairs.
pub fn dict_update(vm: &mut Vm, d: Value, other: Value) -> PyResult<()> {
    if super::class::has_user_class(other) {
        return mapping_update(vm, d, other);
    }
    if let Some(o) = other.as_dict() {
        let entries: Vec<_> = o.borrow().iter_hashed().collect();
        if let Some(dd) = d.as_dict() {
            for e in entries {
                let key = dict_key(vm, d, e.hash, e.key)?;
                if dd.borrow_mut().insert(e.hash, key, e.value) {
                    vm.write_barrier(d, key);
                }
                vm.write_barrier(d, e.value);
            }
        }
        return Ok(());
    }
    let items = super::iter::collect(vm, other)?;
    // keep the pairs alive while each one is unpacked (unpacking may run Python code)
    let holder = vm.new_list(items.clone());
    vm.roots.push(holder);
    let r = (|| -> PyResult<()> {
        for (i, it) in items.iter().enumerate() {
            if !super::iter::is_iterable(*it) {
                return Err(vm.type_error(format!("cannot convert dictionary update sequence element #{} to a sequence", i)));
            }
            let pair = super::iter::collect(vm, *it)?;
            if pair.len() != 2 {
                return Err(vm.value_error(format!("dictionary update sequence element #{} has length {}; 2 is required", i, pair.len())));
            }
            dict_set(vm, d, pair[0], pair[1])?;
        }
        Ok(())
    })();
    vm.roots.pop();
    r
}

/// `dict_update` from an instance of a class defined in Python: a dict subclass that
/// does not override `__iter__` merges its payload directly (CPython's
/// `PyDict_Merge`); other objects with a `keys` method are mappings read through
/// `keys()` and `[]`; anything else is an iterable of pairs.
#[cold]
#[inline(never)]
fn mapping_update(vm: &mut Vm, d: Value, other: Value) -> PyResult<()> {
    if let Some(p) = super::subclass::payload_of(other).filter(|p| p.as_dict().is_some()) {
        if super::class::special_method(vm, other, "__iter__").is_none() {
            return dict_update(vm, d, p);
        }
    }
    let keys_name = vm.intern("keys");
    if vm.lookup_attr(vm.type_of(other), keys_name).is_none() {
        let items = super::iter::collect(vm, other)?;
        let holder = vm.new_list(items);
        vm.roots.push(holder);
        let r = dict_update(vm, d, holder);
        vm.roots.pop();
        return r;
    }
    let keys_fn = super::attr::getattr(vm, other, keys_name)?;
    let keys_v = vm.call(keys_fn, &[])?;
    vm.roots.push(keys_v);
    let keys = super::iter::collect(vm, keys_v);
    vm.roots.pop();
    let keys = keys?;
    let holder = vm.new_list(keys.clone());
    vm.roots.push(holder);
    let r = (|| -> PyResult<()> {
        for k in keys {
            let v = getitem(vm, other, k)?;
            dict_set(vm, d, k, v)?;
        }
        Ok(())
    })();
    vm.roots.pop();
    r
}

pub fn list_extend(vm: &mut Vm, l: Value, iterable: Value) -> PyResult<()> {
    let items = match super::iter::collect(vm, iterable) {
        Ok(items) => items,
        // `[*x]`, `(*x,)`, `f(a, *x)`: CPython words it for the star
        Err(e) if !super::iter::is_iterable(iterable) && vm.is_instance(e.0, vm.types.type_error) => {
            let t = vm.type_name(iterable);
            return Err(vm.type_error(format!("Value after * must be an iterable, not {}", t)));
        }
        Err(e) => return Err(e),
    };
    if let Some(list) = l.as_list() {
        vm.write_barrier_all(l, &items);
        list.borrow_mut().extend(items);
    }
    Ok(())
}

// ====================================================================== subscripts

/// Normalizes a (possibly negative) index against `len`.
pub fn norm_index(i: i64, len: usize) -> Option<usize> {
    let i = if i < 0 { i + len as i64 } else { i };
    if i >= 0 && (i as usize) < len {
        Some(i as usize)
    } else {
        None
    }
}

/// An index operand as i64 (int or bool); Err(type name) otherwise.
pub(crate) fn index_value(vm: &mut Vm, k: Value) -> Option<PyResult<i64>> {
    if super::class::has_user_class(k) {
        return match super::class::index_of(vm, k) {
            Ok(Some(i)) => index_value(vm, i),
            Ok(None) => payload_index(vm, k),
            Err(e) => Some(Err(e)),
        };
    }
    match as_num(k)? {
        Num::Small(i) => Some(Ok(i)),
        Num::Big(_) => Some(Err(vm.index_error("cannot fit 'int' into an index-sized integer"))),
        Num::Float(_) => None,
    }
}

/// An instance of an int subclass is an index: its value.
#[cold]
#[inline(never)]
fn payload_index(vm: &mut Vm, k: Value) -> Option<PyResult<i64>> {
    match as_num(super::subclass::payload_of(k)?)? {
        Num::Small(i) => Some(Ok(i)),
        Num::Big(_) => Some(Err(vm.index_error("cannot fit 'int' into an index-sized integer"))),
        Num::Float(_) => None,
    }
}

/// slice.indices(len): (start, stop, step) clamped as CPython does.
pub fn slice_indices(vm: &mut Vm, s: &SliceObj, len: usize) -> PyResult<(i64, i64, i64)> {
    let get = |vm: &mut Vm, v: Value| -> PyResult<Option<i64>> {
        if v.is_none() {
            return Ok(None);
        }
        match as_num(v) {
            Some(Num::Small(i)) => Ok(Some(i)),
            Some(Num::Big(b)) => Ok(Some(b.to_i64().unwrap_or(if b.is_negative() { i64::MIN / 2 } else { i64::MAX / 2 }))),
            _ => Err(vm.type_error("slice indices must be integers or None or have an __index__ method")),
        }
    };
    let step = get(vm, s.step)?.unwrap_or(1);
    if step == 0 {
        return Err(vm.value_error("slice step cannot be zero"));
    }
    let len = len as i64;
    let (lo, hi) = if step < 0 { (-1, len - 1) } else { (0, len) };
    let clamp = |v: Option<i64>, default: i64| -> i64 {
        match v {
            None => default,
            Some(x) => {
                let x = if x < 0 { x.saturating_add(len) } else { x };
                x.clamp(lo, hi)
            }
        }
    };
    let start = clamp(get(vm, s.start)?, if step < 0 { hi } else { lo });
    let stop = clamp(get(vm, s.stop)?, if step < 0 { lo } else { hi });
    Ok((start, stop, step))
}

pub(crate) fn slice_positions(start: i64, stop: i64, step: i64) -> impl Iterator<Item = usize> {
    let n = if step > 0 {
        if stop > start {
            (stop - start - 1) / step + 1
        } else {
            0
        }
    } else if start > stop {
        (start - stop - 1) / (-step) + 1
    } else {
        0
    };
    (0..n).map(move |k| (start + k * step) as usize)
}

#[cold]
#[inline(never)]
pub fn getitem(vm: &mut Vm, o: Value, k: Value) -> PyResult<Value> {
    let orig = o;
    if super::class::has_user_class(o) {
        if let Some(v) = super::class::call_special(vm, o, "__getitem__", &[k])? {
            return Ok(v);
        }
        if let Some(p) = super::subclass::payload_of(o) {
            return payload_getitem(vm, o, p, k);
        }
    }
    if o.as_type().is_some_and(|t| t.heap_type) {
        // Cls[k]: the metaclass's __getitem__, else __class_getitem__
        if let Some(v) = super::class::call_meta_special(vm, o, "__getitem__", &[k])? {
            return Ok(v);
        }
        let n = vm.intern("__class_getitem__");
        if let Some(f) = vm.lookup_attr(o, n) {
            let f = super::class::descr_get(vm, f, Value::NULL, o)?;
            return vm.call(f, &[k]);
        }
    }
    match o.kind() {
        Some(ObjKind::List(l)) => {
            if let Some(ObjKind::Slice(s)) = k.kind() {
                let items = l.borrow().clone();
                let (a, b, c) = slice_indices(vm, s, items.len())?;
                let out: Vec<Value> = slice_positions(a, b, c).map(|i| items[i]).collect();
                return Ok(vm.new_list(out));
            }
            match index_value(vm, k) {
                Some(i) => {
                    let i = i?;
                    let l = l.borrow();
                    match norm_index(i, l.len()) {
                        Some(i) => Ok(l[i]),
                        None => {
                            drop(l);
                            Err(vm.index_error("list index out of range"))
                        }
                    }
                }
                None => {
                    let t = vm.type_name(k);
                    Err(vm.type_error(format!("list indices must be integers or slices, not {}", t)))
                }
            }
        }
        Some(ObjKind::Tuple(t)) => {
            if let Some(ObjKind::Slice(s)) = k.kind() {
                let (a, b, c) = slice_indices(vm, s, t.len())?;
                let out: Vec<Value> = slice_positions(a, b, c).map(|i| t[i]).collect();
                return Ok(vm.new_tuple(out));
            }
            match index_value(vm, k) {
                Some(i) => match norm_index(i?, t.len()) {
                    Some(i) => Ok(t[i]),
                    None => Err(vm.index_error("tuple index out of range")),
                },
                None => {
                    let tn = vm.type_name(k);
                    Err(vm.type_error(format!("tuple indices must be integers or slices, not {}", tn)))
                }
            }
        }
        Some(ObjKind::Str(s)) => {
            if let Some(ObjKind::Slice(sl)) = k.kind() {
                let (a, b, c) = slice_indices(vm, sl, s.char_len())?;
                let out = if c == 1 {
                    if b <= a {
                        String::new()
                    } else if s.is_ascii() {
                        s.as_str()[a as usize..b as usize].to_string()
                    } else {
                        super::strops::char_slice(s.as_str(), a as usize, b as usize).to_string()
                    }
                } else {
                    super::strops::slice_step(s.as_str(), a, b, c)
                };
                return Ok(vm.new_string(out));
            }
            match index_value(vm, k) {
                Some(i) => match norm_index(i?, s.char_len()) {
                    Some(i) => {
                        let ch = if s.is_ascii() { s.as_str().as_bytes()[i] as char } else { super::strops::char_at(s.as_str(), i).unwrap_or('\0') };
                        Ok(vm.new_char(ch))
                    }
                    None => Err(vm.index_error("string index out of range")),
                },
                None => {
                    let tn = vm.type_name(k);
                    Err(vm.type_error(format!("string indices must be integers, not '{}'", tn)))
                }
            }
        }
        Some(ObjKind::Bytes(_)) | Some(ObjKind::ByteArray(_)) => super::bytes::getitem(vm, o, k),
        Some(ObjKind::Dict(d)) => {
            let h = hash(vm, k)?;
            let k = dict_key(vm, o, h, k)?;
            let v = d.borrow().get(h, k);
            match v {
                Some(v) => Ok(v),
                None => Err(vm.key_error(k)),
            }
        }
        Some(ObjKind::Range(r)) => {
            let len = r.len();
            if let Some(ObjKind::Slice(s)) = k.kind() {
                let (a, b, c) = slice_indices(vm, s, len.min(i64::MAX as i128) as usize)?;
                let start = r.start + a as i128 * r.step;
                let stop = r.start + b as i128 * r.step;
                let step = r.step * c as i128;
                return Ok(vm.alloc(ObjKind::Range(Box::new(super::RangeObj { start, stop, step }))));
            }
            match index_value(vm, k) {
                Some(i) => match norm_index(i?, len.min(i64::MAX as i128) as usize) {
                    Some(i) => Ok(vm.new_int_i128(r.start + i as i128 * r.step)),
                    None => Err(vm.index_error("range object index out of range")),
                },
                None => {
                    let tn = vm.type_name(k);
                    Err(vm.type_error(format!("range indices must be integers or slices, not {}", tn)))
                }
            }
        }
        _ => {
            if o.is_unbound() {
                return Err(vm.runtime_error("unbound value used"));
            }
            if o.as_type().is_some() {
                if let Some(v) = super::generic_alias::builtin_class_getitem(vm, o, k)? {
                    return Ok(v);
                }
                let tn = o.as_type().map(|t| t.name.clone()).unwrap_or_default();
                return Err(vm.type_error(format!("type '{}' is not subscriptable", tn)));
            }
            let t = vm.type_name(orig);
            Err(vm.type_error(format!("'{}' object is not subscriptable", t)))
        }
    }
}

/// `o[k]` for an instance `o` of a subclass of a builtin type wrapping `p`, whose class
/// defines no `__getitem__`: the builtin subscript of `p`; a dict subclass's
/// `__missing__` is called for a missing key, as CPython does.
#[cold]
#[inline(never)]
pub fn payload_getitem(vm: &mut Vm, o: Value, p: Value, k: Value) -> PyResult<Value> {
    match p.kind() {
        Some(ObjKind::Dict(d)) => {
            let h = hash(vm, k)?;
            let k = dict_key(vm, p, h, k)?;
            let v = d.borrow().get(h, k);
            match v {
                Some(v) => Ok(v),
                None => match super::class::call_special(vm, o, "__missing__", &[k])? {
                    Some(v) => Ok(v),
                    None => Err(vm.key_error(k)),
                },
            }
        }
        Some(ObjKind::MedInt(_) | ObjKind::BigInt(_) | ObjKind::Set(_)) => {
            let t = vm.type_name(o);
            Err(vm.type_error(format!("'{}' object is not subscriptable", t)))
        }
        _ if p.is_int() || p.is_float() => {
            let t = vm.type_name(o);
            Err(vm.type_error(format!("'{}' object is not subscriptable", t)))
        }
        _ => getitem(vm, p, k),
    }
}

#[cold]
#[inline(never)]
pub fn setitem(vm: &mut Vm, o: Value, k: Value, v: Value) -> PyResult<()> {
    if super::class::has_user_class(o) && super::class::call_special(vm, o, "__setitem__", &[k, v])?.is_some() {
        return Ok(());
    }
    let orig = o;
    let o = super::subclass::payload_or_self(o);
    match o.kind() {
        Some(ObjKind::List(l)) => {
            if let Some(ObjKind::Slice(s)) = k.kind() {
                let new_items = super::iter::collect(vm, v)?;
                let len = l.borrow().len();
                let (a, b, c) = slice_indices(vm, s, len)?;
                if c == 1 {
                    let b = b.max(a);
                    vm.write_barrier_all(o, &new_items);
                    l.borrow_mut().splice(a as usize..b as usize, new_items);
                    return Ok(());
                }
                let pos: Vec<usize> = slice_positions(a, b, c).collect();
                if pos.len() != new_items.len() {
                    return Err(vm.value_error(format!("attempt to assign sequence of size {} to extended slice of size {}", new_items.len(), pos.len())));
                }
                vm.write_barrier_all(o, &new_items);
                let mut lm = l.borrow_mut();
                for (p, x) in pos.into_iter().zip(new_items) {
                    lm[p] = x;
                }
                return Ok(());
            }
            match index_value(vm, k) {
                Some(i) => {
                    let i = i?;
                    let mut lm = l.borrow_mut();
                    match norm_index(i, lm.len()) {
                        Some(i) => {
                            lm[i] = v;
                            drop(lm);
                            vm.write_barrier(o, v);
                            Ok(())
                        }
                        None => {
                            drop(lm);
                            Err(vm.index_error("list assignment index out of range"))
                        }
                    }
                }
                None => {
                    let t = vm.type_name(k);
                    Err(vm.type_error(format!("list indices must be integers or slices, not {}", t)))
                }
            }
        }
        Some(ObjKind::Dict(_)) => dict_set(vm, o, k, v),
        Some(ObjKind::ByteArray(_)) => super::bytes::setitem(vm, o, k, v),
        _ => {
            if super::class::call_meta_special(vm, o, "__setitem__", &[k, v])?.is_some() {
                return Ok(());
            }
            let t = vm.type_name(orig);
            Err(vm.type_error(format!("'{}' object does not support item assignment", t)))
        }
    }
}

pub fn delitem(vm: &mut Vm, o: Value, k: Value) -> PyResult<()> {
    if super::class::has_user_class(o) && super::class::call_special(vm, o, "__delitem__", &[k])?.is_some() {
        return Ok(());
    }
    let orig = o;
    let o = super::subclass::payload_or_self(o);
    match o.kind() {
        Some(ObjKind::List(l)) => {
            if let Some(ObjKind::Slice(s)) = k.kind() {
                let len = l.borrow().len();
                let (a, b, c) = slice_indices(vm, s, len)?;
                let mut pos: Vec<usize> = slice_positions(a, b, c).collect();
                pos.sort_unstable();
                let mut lm = l.borrow_mut();
                for p in pos.into_iter().rev() {
                    lm.remove(p);
                }
                return Ok(());
            }
            match index_value(vm, k) {
                Some(i) => {
                    let i = i?;
                    let len = l.borrow().len();
                    match norm_index(i, len) {
                        Some(i) => {
                            l.borrow_mut().remove(i);
                            Ok(())
                        }
                        None => Err(vm.index_error("list assignment index out of range")),
                    }
                }
                None => {
                    let t = vm.type_name(k);
                    Err(vm.type_error(format!("list indices must be integers or slices, not {}", t)))
                }
            }
        }
        Some(ObjKind::ByteArray(_)) => super::bytes::delitem(vm, o, k),
        Some(ObjKind::Dict(d)) => {
            let h = hash(vm, k)?;
            let k = dict_key(vm, o, h, k)?;
            let r = d.borrow_mut().remove(h, k);
            match r {
                Some(_) => Ok(()),
                None => Err(vm.key_error(k)),
            }
        }
        _ => {
            if super::class::call_meta_special(vm, o, "__delitem__", &[k])?.is_some() {
                return Ok(());
            }
            let t = vm.type_name(orig);
            // CPython's wording depends on which slot is missing: sequences with an index
            // say "doesn't", everything else (and slices) "does not"
            let seq = matches!(o.kind(), Some(ObjKind::Str(_)) | Some(ObjKind::Tuple(_)) | Some(ObjKind::Range(_)) | Some(ObjKind::Bytes(_)));
            let slice = matches!(k.kind(), Some(ObjKind::Slice(_)));
            let verb = if seq && !slice { "doesn't" } else { "does not" };
            Err(vm.type_error(format!("'{}' object {} support item deletion", t, verb)))
        }
    }
}

// ====================================================================== unpacking, length, formatting

/// Unpacks exactly `before` items, or `before` + a starred list + `after` items.
pub fn unpack(vm: &mut Vm, src: Value, before: usize, after: Option<usize>) -> PyResult<Vec<Value>> {
    let items = match src.kind() {
        Some(ObjKind::Tuple(t)) => t.to_vec(),
        Some(ObjKind::List(l)) => l.borrow().clone(),
        _ => {
            if !super::iter::is_iterable(src) {
                let t = vm.type_name(src);
                return Err(vm.type_error(format!("cannot unpack non-iterable {} object", t)));
            }
            super::iter::collect(vm, src)?
        }
    };
    match after {
        None => {
            if items.len() > before {
                return Err(vm.value_error(format!("too many values to unpack (expected {})", before)));
            }
            if items.len() < before {
                return Err(vm.value_error(format!("not enough values to unpack (expected {}, got {})", before, items.len())));
            }
            Ok(items)
        }
        Some(after) => {
            if items.len() < before + after {
                return Err(vm.value_error(format!("not enough values to unpack (expected at least {}, got {})", before + after, items.len())));
            }
            let mut out = items[..before].to_vec();
            let mid = items[before..items.len() - after].to_vec();
            let l = vm.new_list(mid);
            out.push(l);
            out.extend_from_slice(&items[items.len() - after..]);
            Ok(out)
        }
    }
}

pub fn len(vm: &mut Vm, v: Value) -> PyResult<usize> {
    if super::class::has_user_class(v) {
        if let Some(n) = super::native::native_len(v) {
            return Ok(n);
        }
        if let Some(r) = super::class::call_special(vm, v, "__len__", &[])? {
            return match as_num(r) {
                Some(Num::Small(i)) if i >= 0 => Ok(i as usize),
                Some(Num::Small(_)) | Some(Num::Big(_)) if r.is_any_int() => Err(vm.value_error("__len__() should return >= 0")),
                _ => {
                    let t = vm.type_name(r);
                    Err(vm.type_error(format!("'{}' object cannot be interpreted as an integer", t)))
                }
            };
        }
    }
    let orig = v;
    let v = super::subclass::payload_or_self(v);
    Ok(match v.kind() {
        Some(ObjKind::Str(s)) => s.char_len(),
        Some(ObjKind::Bytes(b)) => b.as_slice().len(),
        Some(ObjKind::ByteArray(b)) => b.borrow().len(),
        Some(ObjKind::List(l)) => l.borrow().len(),
        Some(ObjKind::Tuple(t)) => t.len(),
        Some(ObjKind::Dict(d)) => d.borrow().len(),
        Some(ObjKind::Set(s)) => s.len(),
        Some(ObjKind::Range(r)) => {
            let n = r.len();
            if n > i64::MAX as i128 {
                return Err(vm.overflow_error("Python int too large to convert to C ssize_t"));
            }
            n as usize
        }
        Some(ObjKind::DictView(dv)) => dv.dict.as_dict().map(|d| d.borrow().len()).unwrap_or(0),
        _ => {
            if let Some(r) = super::class::call_meta_special(vm, v, "__len__", &[])? {
                return match as_num(r) {
                    Some(Num::Small(i)) if i >= 0 => Ok(i as usize),
                    _ => Err(vm.value_error("__len__() should return >= 0")),
                };
            }
            let t = vm.type_name(orig);
            return Err(vm.type_error(format!("object of type '{}' has no len()", t)));
        }
    })
}

/// f-string `{v!conv:spec}`.
pub fn format_value(vm: &mut Vm, v: Value, conv: u8, spec: Option<Value>) -> PyResult<Value> {
    if conv <= 1 && v.is_int() && spec.map_or(true, |s| s.as_str() == Some("")) {
        return Ok(vm.new_int_str(v.as_int()));
    }
    let v = match conv {
        1 => {
            let s = super::repr::str_of(vm, v)?;
            vm.new_string(s)
        }
        2 => {
            let s = super::repr::repr(vm, v)?;
            vm.new_string(s)
        }
        3 => {
            let s = super::repr::repr(vm, v)?;
            let a = super::repr::ascii_escape(&s);
            vm.new_string(a)
        }
        _ => v,
    };
    let spec_s = spec.and_then(|s| s.as_str()).unwrap_or("");
    if spec_s.is_empty() && v.as_str().is_some() {
        return Ok(v);
    }
    let out = crate::builtins::strfmt::format(vm, v, spec_s)?;
    Ok(vm.new_string(out))
}
