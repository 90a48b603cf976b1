//! `array`: compact arrays of numbers (`array.array`), as CPython's `array` module:
//! typecodes b B u h H i I l L q Q f d, items stored as raw native-endian bytes, the
//! list-like methods, bytes conversions, and CPython's OverflowError messages.

use crate::builtins::args;
use crate::bytecode::opcodes::CmpOp;
use crate::modules::new_native_module;
use crate::objects::int::{as_num, to_bigint, Num};
use crate::objects::module::set_entry;
use crate::objects::native::{self, NativeData};
use crate::objects::ObjKind;
use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};
use num_traits::{Signed, ToPrimitive};
use std::cell::{Cell, RefCell};

const TYPECODES: &str = "bBuhHiIlLqQfd";

/// Largest array `*` builds: MemoryError beyond, rather than an allocation the
/// process cannot survive.
const MAX_BYTES: usize = 1 << 34;

fn itemsize(tc: u8) -> usize {
    match tc {
        b'b' | b'B' => 1,
        b'h' | b'H' => 2,
        b'u' | b'i' | b'I' | b'f' => 4,
        _ => 8,
    }
}

/// An `array.array`: its typecode and its items' bytes.
pub struct ArrayObj {
    tc: u8,
    data: RefCell<Vec<u8>>,
}

impl NativeData for ArrayObj {
    fn trace(&self, _f: &mut dyn FnMut(Value)) {}
    fn extra_size(&self) -> usize {
        self.data.borrow().capacity()
    }
}

impl ArrayObj {
    fn len(&self) -> usize {
        self.data.borrow().len() / itemsize(self.tc)
    }
    fn item_bytes(&self, i: usize) -> Vec<u8> {
        let n = itemsize(self.tc);
        self.data.borrow()[i * n..(i + 1) * n].to_vec()
    }
}

/// The Python value of one item's bytes.
fn read(vm: &mut Vm, tc: u8, b: &[u8]) -> Value {
    let mut w = [0u8; 8];
    w[..b.len()].copy_from_slice(b);
    let raw = u64::from_ne_bytes(w);
    match tc {
        b'b' => Value::small_int(raw as u8 as i8 as i64),
        b'B' => Value::small_int(raw as u8 as i64),
        b'h' => Value::small_int(raw as u16 as i16 as i64),
        b'H' => Value::small_int(raw as u16 as i64),
        b'i' => Value::small_int(raw as u32 as i32 as i64),
        b'I' => Value::small_int(raw as u32 as i64),
        b'l' | b'q' => vm.new_int(raw as i64),
        b'L' | b'Q' => vm.new_int_i128(raw as i128),
        b'f' => Value::float(f32::from_bits(raw as u32) as f64),
        b'd' => Value::float(f64::from_bits(raw)),
        _ => match char::from_u32(raw as u32) {
            Some(c) => vm.new_string(c.to_string()),
            None => vm.new_string(char::REPLACEMENT_CHARACTER.to_string()),
        },
    }
}

#[cold]
fn overflow(vm: &mut Vm, msg: &str) -> PyErr {
    vm.overflow_error(msg)
}

/// An int argument (or `__index__`), with CPython's TypeError otherwise.
fn int_item(vm: &mut Vm, v: Value) -> PyResult<num_bigint::BigInt> {
    if let Some(b) = to_bigint(v) {
        return Ok(b);
    }
    if !v.is_float() {
        if let Some(r) = crate::objects::class::call_special(vm, v, "__index__", &[])? {
            if let Some(b) = to_bigint(r) {
                return Ok(b);
            }
        }
    }
    let t = vm.type_name(v);
    Err(vm.type_error(format!("'{}' object cannot be interpreted as an integer", t)))
}

/// Converts `v` for an array of typecode `tc` into the item's bytes (native order),
/// with the messages of CPython's per-typecode setters.
fn convert(vm: &mut Vm, tc: u8, v: Value) -> PyResult<u64> {
    let range = |vm: &mut Vm, x: i64, lo: i64, hi: i64, what: &str| -> PyResult<()> {
        if x > hi {
            return Err(overflow(vm, &format!("{} is greater than maximum", what)));
        }
        if x < lo {
            return Err(overflow(vm, &format!("{} is less than minimum", what)));
        }
        Ok(())
    };
    match tc {
        b'f' | b'd' => {
            let x = match as_num(v) {
                Some(n) => crate::objects::int::num_to_f64(vm, &n)?,
                None => {
                    let mut got = None;
                    for name in ["__float__", "__index__"] {
                        if let Some(r) = crate::objects::class::call_special(vm, v, name, &[])? {
                            if let Some(n) = as_num(r) {
                                got = Some(crate::objects::int::num_to_f64(vm, &n)?);
                                break;
                            }
                        }
                    }
                    match got {
                        Some(x) => x,
                        None => {
                            let t = vm.type_name(v);
                            return Err(vm.type_error(format!("must be real number, not {}", t)));
                        }
                    }
                }
            };
            Ok(if tc == b'f' { (x as f32).to_bits() as u64 } else { x.to_bits() })
        }
        b'u' => match crate::objects::subclass::str_like(v) {
            Some(s) if s.chars().count() == 1 => Ok(s.chars().next().map(|c| c as u64).unwrap_or(0)),
            _ => Err(vm.type_error("array item must be unicode character")),
        },
        b'q' => int_item(vm, v)?.to_i64().map(|x| x as u64).ok_or_else(|| overflow(vm, "int too big to convert")),
        b'Q' => {
            let b = int_item(vm, v)?;
            if b.is_negative() {
                return Err(overflow(vm, "can't convert negative int to unsigned"));
            }
            b.to_u64().ok_or_else(|| overflow(vm, "int too big to convert"))
        }
        b'I' | b'L' => {
            let b = int_item(vm, v)?;
            if b.is_negative() {
                return Err(overflow(vm, "can't convert negative value to unsigned int"));
            }
            let x = b.to_u64().ok_or_else(|| overflow(vm, "Python int too large to convert to C unsigned long"))?;
            if tc == b'I' && x > u32::MAX as u64 {
                return Err(overflow(vm, "unsigned int is greater than maximum"));
            }
            Ok(x)
        }
        _ => {
            let x = int_item(vm, v)?.to_i64().ok_or_else(|| overflow(vm, "Python int too large to convert to C long"))?;
            match tc {
                b'b' => {
                    range(vm, x, i16::MIN as i64, i16::MAX as i64, "signed short integer")?;
                    range(vm, x, -128, 127, "signed char")?;
                }
                b'B' => range(vm, x, 0, 255, "unsigned byte integer")?,
                b'h' => range(vm, x, i16::MIN as i64, i16::MAX as i64, "signed short integer")?,
                b'H' => {
                    range(vm, x, i32::MIN as i64, i32::MAX as i64, "signed integer")?;
                    range(vm, x, 0, 65535, "unsigned short")?;
                }
                b'i' => range(vm, x, i32::MIN as i64, i32::MAX as i64, "signed integer")?,
                _ => {}
            }
            Ok(x as u64)
        }
    }
}

fn item_to_bytes(tc: u8, bits: u64) -> Vec<u8> {
    bits.to_ne_bytes()[..itemsize(tc)].to_vec()
}

/// The bytes of every value in `items`, converted before the array is touched (the
/// conversions may run Python code). The items are rooted meanwhile.
fn convert_all(vm: &mut Vm, tc: u8, items: Vec<Value>) -> PyResult<Vec<u8>> {
    let holder = vm.new_list(items);
    vm.roots.push(holder);
    let mut out = Vec::new();
    let mut i = 0;
    let r = loop {
        let item = match holder.as_list().and_then(|l| l.borrow().get(i).copied()) {
            Some(x) => x,
            None => break Ok(()),
        };
        match convert(vm, tc, item) {
            Ok(bits) => out.extend_from_slice(&item_to_bytes(tc, bits)),
            Err(e) => break Err(e),
        }
        i += 1;
    };
    vm.roots.pop();
    r.map(|_| out)
}

fn this<'a>(vm: &mut Vm, a: &[Value], method: &str) -> PyResult<&'a ArrayObj> {
    native::expect::<ArrayObj>(vm, a.first().copied().unwrap_or(Value::NONE), "array.array", method)
}

fn new_array(vm: &mut Vm, cls: Value, tc: u8, data: Vec<u8>) -> Value {
    native::new_object(vm, cls, ArrayObj { tc, data: RefCell::new(data) })
}

fn class_of(vm: &mut Vm, v: Value) -> Value {
    match v.kind() {
        Some(ObjKind::Native(n)) => n.class,
        _ => vm.type_of(v),
    }
}

fn array_new(vm: &mut Vm, cls: Value, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("array.array() takes no keyword arguments"));
    }
    if a.is_empty() || a.len() > 2 {
        return Err(vm.type_error(format!("array() takes at most 2 arguments ({} given)", a.len())));
    }
    let tc = match crate::objects::subclass::str_like(a[0]) {
        Some(s) if s.chars().count() == 1 => {
            let c = s.chars().next().unwrap_or(' ');
            if !c.is_ascii() || !TYPECODES.contains(c) {
                return Err(vm.value_error("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)"));
            }
            c as u8
        }
        _ => {
            let t = vm.type_name(a[0]);
            return Err(vm.type_error(format!("array() argument 1 must be a unicode character, not {}", t)));
        }
    };
    let init = a.get(1).copied().unwrap_or(Value::NONE);
    let data = if init.is_none() {
        Vec::new()
    } else if let Some(s) = crate::objects::subclass::str_like(init) {
        if tc != b'u' {
            return Err(vm.type_error(format!("cannot use a str to initialize an array with typecode '{}'", tc as char)));
        }
        s.chars().flat_map(|c| (c as u32).to_ne_bytes()).collect()
    } else if let Some(b) = crate::objects::bytes::bytes_like(init) {
        if b.len() % itemsize(tc) != 0 {
            return Err(vm.value_error("bytes length not a multiple of item size"));
        }
        b.to_vec()
    } else if let Some(other) = native::data::<ArrayObj>(init) {
        if other.tc == tc {
            other.data.borrow().clone()
        } else {
            let items = tolist_vec(vm, other);
            convert_all(vm, tc, items)?
        }
    } else {
        let items = crate::objects::iter::collect(vm, init)?;
        convert_all(vm, tc, items)?
    };
    Ok(new_array(vm, cls, tc, data))
}

fn tolist_vec(vm: &mut Vm, arr: &ArrayObj) -> Vec<Value> {
    let n = itemsize(arr.tc);
    let data = arr.data.borrow().clone();
    data.chunks_exact(n).map(|c| read(vm, arr.tc, c)).collect()
}

/// An index argument (int or `__index__`), else None.
fn index_of(vm: &mut Vm, v: Value) -> PyResult<Option<i64>> {
    match as_num(v) {
        Some(Num::Small(i)) => Ok(Some(i)),
        Some(Num::Big(b)) => Ok(Some(if b.is_negative() { i64::MIN } else { i64::MAX })),
        Some(Num::Float(_)) => Ok(None),
        None => match crate::objects::class::call_special(vm, v, "__index__", &[])? {
            Some(r) => Ok(crate::objects::int::to_i64(r)),
            None => Ok(None),
        },
    }
}

fn norm_index(i: i64, len: usize) -> Option<usize> {
    let j = if i < 0 { i.checked_add(len as i64)? } else { i };
    (0..len as i64).contains(&j).then_some(j as usize)
}

fn m_len(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let arr = this(vm, a, "__len__")?;
    Ok(Value::small_int(arr.len() as i64))
}

fn m_getitem(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    args::method_arity(vm, "array", "__getitem__", a, 1, 1)?;
    let arr = this(vm, a, "__getitem__")?;
    if let Some(ObjKind::Slice(s)) = a[1].kind() {
        let (start, stop, step) = crate::objects::ops::slice_indices(vm, s, arr.len())?;
        let n = itemsize(arr.tc);
        let data = arr.data.borrow();
        let mut out = Vec::new();
        for p in crate::objects::ops::slice_positions(start, stop, step) {
            out.extend_from_slice(&data[p * n..(p + 1) * n]);
        }
        drop(data);
        let cls = class_of(vm, a[0]);
        return Ok(new_array(vm, cls, arr.tc, out));
    }
    let Some(i) = index_of(vm, a[1])? else {
        return Err(vm.type_error("array indices must be integers"));
    };
    match norm_index(i, arr.len()) {
        Some(j) => {
            let b = arr.item_bytes(j);
            Ok(read(vm, arr.tc, &b))
        }
        None => Err(vm.index_error("array index out of range")),
    }
}

fn m_setitem(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    args::method_arity(vm, "array", "__setitem__", a, 2, 2)?;
    let arr = this(vm, a, "__setitem__")?;
    let n = itemsize(arr.tc);
    if let Some(ObjKind::Slice(s)) = a[1].kind() {
        let Some(src) = native::data::<ArrayObj>(a[2]) else {
            let t = vm.type_name(a[2]);
            return Err(vm.type_error(format!("can only assign array (not \"{}\") to array slice", t)));
        };
        if src.tc != arr.tc {
            return Err(vm.type_error("bad argument type for built-in operation"));
        }
        let new = src.data.borrow().clone();
        let (start, stop, step) = crate::objects::ops::slice_indices(vm, s, arr.len())?;
        let mut data = arr.data.borrow_mut();
        if step == 1 {
            let (lo, hi) = (start as usize, (stop.max(start)) as usize);
            data.splice(lo * n..hi * n, new);
            return Ok(Value::NONE);
        }
        let positions: Vec<usize> = crate::objects::ops::slice_positions(start, stop, step).collect();
        if positions.len() * n != new.len() {
            let (got, want) = (new.len() / n, positions.len());
            drop(data);
            return Err(vm.value_error(format!("attempt to assign array of size {} to extended slice of size {}", got, want)));
        }
        for (k, p) in positions.into_iter().enumerate() {
            data[p * n..(p + 1) * n].copy_from_slice(&new[k * n..(k + 1) * n]);
        }
        return Ok(Value::NONE);
    }
    let Some(i) = index_of(vm, a[1])? else {
        return Err(vm.type_error("array indices must be integers"));
    };
    let bits = convert(vm, arr.tc, a[2])?;
    let Some(j) = norm_index(i, arr.len()) else {
        return Err(vm.index_error("array assignment index out of range"));
    };
    arr.data.borrow_mut()[j * n..(j + 1) * n].copy_from_slice(&item_to_bytes(arr.tc, bits));
    Ok(Value::NONE)
}

fn m_delitem(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    args::method_arity(vm, "array", "__delitem__", a, 1, 1)?;
    let arr = this(vm, a, "__delitem__")?;
    let n = itemsize(arr.tc);
    if let Some(ObjKind::Slice(s)) = a[1].kind() {
        let (start, stop, step) = crate::objects::ops::slice_indices(vm, s, arr.len())?;
        let mut drop_at = vec![false; arr.len()];
        for p in crate::objects::ops::slice_positions(start, stop, step) {
            drop_at[p] = true;
        }
        let mut data = arr.data.borrow_mut();
        let kept: Vec<u8> = data.chunks_exact(n).zip(&drop_at).filter(|(_, &d)| !d).flat_map(|(c, _)| c.to_vec()).collect();
        *data = kept;
        return Ok(Value::NONE);
    }
    let Some(i) = index_of(vm, a[1])? else {
        return Err(vm.type_error("array indices must be integers"));
    };
    let Some(j) = norm_index(i, arr.len()) else {
        return Err(vm.index_error("array assignment index out of range"));
    };
    arr.data.borrow_mut().drain(j * n..(j + 1) * n);
    Ok(Value::NONE)
}

fn m_append(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    args::method_arity(vm, "array", "append", a, 1, 1)?;
    let arr = this(vm, a, "append")?;
    let bits = convert(vm, arr.tc, a[1])?;
    arr.data.borrow_mut().extend_from_slice(&item_to_bytes(arr.tc, bits));
    Ok(Value::NONE)
}

fn extend_with(vm: &mut Vm, arr: &ArrayObj, src: Value) -> PyResult<()> {
    if let Some(other) = native::data::<ArrayObj>(src) {
        if other.tc != arr.tc {
            return Err(vm.type_error("can only extend with array of same kind"));
        }
        let more = other.data.borrow().clone();
        arr.data.borrow_mut().extend_from_slice(&more);
        return Ok(());
    }
    let items = crate::objects::iter::collect(vm, src)?;
    // items are appended one by one: those before a bad one stay, as in CPython
    let holder = vm.new_list(items);
    vm.roots.push(holder);
    let mut i = 0;
    let r = loop {
        let Some(item) = holder.as_list().and_then(|l| l.borrow().get(i).copied()) else { break Ok(()) };
        match convert(vm, arr.tc, item) {
            Ok(bits) => arr.data.borrow_mut().extend_from_slice(&item_to_bytes(arr.tc, bits)),
            Err(e) => break Err(e),
        }
        i += 1;
    };
    vm.roots.pop();
    r
}

fn m_extend(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    args::method_arity(vm, "array", "extend", a, 1, 1)?;
    let arr = this(vm, a, "extend")?;
    extend_with(vm, arr, a[1])?;
    Ok(Value::NONE)
}

fn m_pop(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    args::method_arity(vm, "array", "pop", a, 0, 1)?;
    let arr = this(vm, a, "pop")?;
    let i = match a.get(1) {
        Some(&v) => crate::builtins::as_index(vm, v)?,
        None => -1,
    };
    let len = arr.len();
    if len == 0 {
        return Err(vm.index_error("pop from empty array"));
    }
    let Some(j) = norm_index(i, len) else {
        return Err(vm.index_error("pop index out of range"));
    };
    let n = itemsize(arr.tc);
    let b: Vec<u8> = arr.data.borrow_mut().drain(j * n..(j + 1) * n).collect();
    Ok(read(vm, arr.tc, &b))
}

fn m_insert(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    args::method_arity(vm, "array", "insert", a, 2, 2)?;
    let arr = this(vm, a, "insert")?;
    let i = crate::builtins::as_index(vm, a[1])?;
    let bits = convert(vm, arr.tc, a[2])?;
    let len = arr.len() as i64;
    let j = if i < 0 { (i + len).max(0) } else { i.min(len) } as usize;
    let n = itemsize(arr.tc);
    let bytes = item_to_bytes(arr.tc, bits);
    arr.data.borrow_mut().splice(j * n..j * n, bytes);
    Ok(Value::NONE)
}

/// The first index in `lo..hi` whose item equals `x`.
fn find(vm: &mut Vm, arr: &ArrayObj, x: Value, lo: usize, hi: usize) -> PyResult<Option<usize>> {
    let mut i = lo;
    while i < hi.min(arr.len()) {
        let b = arr.item_bytes(i);
        let v = read(vm, arr.tc, &b);
        if crate::objects::ops::eq(vm, v, x)? {
            return Ok(Some(i));
        }
        i += 1;
    }
    Ok(None)
}

fn m_remove(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    args::method_arity(vm, "array", "remove", a, 1, 1)?;
    let arr = this(vm, a, "remove")?;
    match find(vm, arr, a[1], 0, usize::MAX)? {
        Some(j) => {
            let n = itemsize(arr.tc);
            arr.data.borrow_mut().drain(j * n..(j + 1) * n);
            Ok(Value::NONE)
        }
        None => Err(vm.value_error("array.remove(x): x not in array")),
    }
}

fn m_index(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    args::method_arity(vm, "array", "index", a, 1, 3)?;
    let arr = this(vm, a, "index")?;
    let len = arr.len() as i64;
    let clamp = |i: i64| if i < 0 { (i + len).max(0) } else { i.min(len) } as usize;
    let lo = match a.get(2) {
        Some(&v) => clamp(crate::builtins::as_index(vm, v)?),
        None => 0,
    };
    let hi = match a.get(3) {
        Some(&v) => clamp(crate::builtins::as_index(vm, v)?),
        None => len as usize,
    };
    match find(vm, arr, a[1], lo, hi)? {
        Some(j) => Ok(Value::small_int(j as i64)),
        None => Err(vm.value_error("array.index(x): x not in array")),
    }
}

fn m_count(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    args::method_arity(vm, "array", "count", a, 1, 1)?;
    let arr = this(vm, a, "count")?;
    let mut n = 0;
    let mut i = 0;
    while i < arr.len() {
        let b = arr.item_bytes(i);
        let v = read(vm, arr.tc, &b);
        if crate::objects::ops::eq(vm, v, a[1])? {
            n += 1;
        }
        i += 1;
    }
    Ok(Value::small_int(n))
}

fn m_contains(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    args::method_arity(vm, "array", "__contains__", a, 1, 1)?;
    let arr = this(vm, a, "__contains__")?;
    Ok(Value::bool(find(vm, arr, a[1], 0, usize::MAX)?.is_some()))
}

fn m_reverse(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    args::method_arity(vm, "array", "reverse", a, 0, 0)?;
    let arr = this(vm, a, "reverse")?;
    let n = itemsize(arr.tc);
    let mut data = arr.data.borrow_mut();
    let rev: Vec<u8> = data.chunks_exact(n).rev().flatten().copied().collect();
    *data = rev;
    Ok(Value::NONE)
}

fn m_byteswap(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    args::method_arity(vm, "array", "byteswap", a, 0, 0)?;
    let arr = this(vm, a, "byteswap")?;
    let n = itemsize(arr.tc);
    for c in arr.data.borrow_mut().chunks_exact_mut(n) {
        c.reverse();
    }
    Ok(Value::NONE)
}

fn m_tobytes(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    args::method_arity(vm, "array", "tobytes", a, 0, 0)?;
    let arr = this(vm, a, "tobytes")?;
    let b = arr.data.borrow().clone();
    Ok(vm.new_bytes(b))
}

fn m_frombytes(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    args::method_arity(vm, "array", "frombytes", a, 1, 1)?;
    let arr = this(vm, a, "frombytes")?;
    let Some(b) = crate::objects::bytes::bytes_like(a[1]) else {
        let t = vm.type_name(a[1]);
        return Err(vm.type_error(format!("a bytes-like object is required, not '{}'", t)));
    };
    if b.len() % itemsize(arr.tc) != 0 {
        return Err(vm.value_error("bytes length not a multiple of item size"));
    }
    arr.data.borrow_mut().extend_from_slice(&b);
    Ok(Value::NONE)
}

fn m_tolist(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    args::method_arity(vm, "array", "tolist", a, 0, 0)?;
    let arr = this(vm, a, "tolist")?;
    let items = tolist_vec(vm, arr);
    Ok(vm.new_list(items))
}

fn m_fromlist(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    args::method_arity(vm, "array", "fromlist", a, 1, 1)?;
    let arr = this(vm, a, "fromlist")?;
    let Some(l) = a[1].as_list() else {
        return Err(vm.type_error("arg must be list"));
    };
    let items = l.borrow().clone();
    let bytes = convert_all(vm, arr.tc, items)?;
    arr.data.borrow_mut().extend_from_slice(&bytes);
    Ok(Value::NONE)
}

fn m_tounicode(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    args::method_arity(vm, "array", "tounicode", a, 0, 0)?;
    let arr = this(vm, a, "tounicode")?;
    if arr.tc != b'u' {
        return Err(vm.value_error("tounicode() may only be called on unicode type arrays"));
    }
    let s: String = arr
        .data
        .borrow()
        .chunks_exact(4)
        .map(|c| char::from_u32(u32::from_ne_bytes([c[0], c[1], c[2], c[3]])).unwrap_or(char::REPLACEMENT_CHARACTER))
        .collect();
    Ok(vm.new_string(s))
}

fn m_fromunicode(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    args::method_arity(vm, "array", "fromunicode", a, 1, 1)?;
    let arr = this(vm, a, "fromunicode")?;
    let Some(s) = crate::objects::subclass::str_like(a[1]) else {
        let t = vm.type_name(a[1]);
        return Err(vm.type_error(format!("fromunicode() argument must be str, not {}", t)));
    };
    if arr.tc != b'u' {
        return Err(vm.value_error("fromunicode() may only be called on unicode type arrays"));
    }
    let bytes: Vec<u8> = s.chars().flat_map(|c| (c as u32).to_ne_bytes()).collect();
    arr.data.borrow_mut().extend_from_slice(&bytes);
    Ok(Value::NONE)
}

fn m_repr(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let arr = this(vm, a, "__repr__")?;
    let tc = arr.tc as char;
    if arr.len() == 0 {
        return Ok(vm.new_string(format!("array('{}')", tc)));
    }
    let inner = if arr.tc == b'u' {
        let s = m_tounicode(vm, &a[..1], &[])?;
        crate::objects::repr::repr(vm, s)?
    } else {
        let l = m_tolist(vm, &a[..1], &[])?;
        crate::objects::repr::repr(vm, l)?
    };
    Ok(vm.new_string(format!("array('{}', {})", tc, inner)))
}

fn m_add(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    args::method_arity(vm, "array", "__add__", a, 1, 1)?;
    let arr = this(vm, a, "__add__")?;
    let Some(other) = native::data::<ArrayObj>(a[1]) else {
        let t = vm.type_name(a[1]);
        return Err(vm.type_error(format!("can only append array (not \"{}\") to array", t)));
    };
    if other.tc != arr.tc {
        return Err(vm.type_error("bad argument type for built-in operation"));
    }
    let mut data = arr.data.borrow().clone();
    data.extend_from_slice(&other.data.borrow());
    let cls = class_of(vm, a[0]);
    Ok(new_array(vm, cls, arr.tc, data))
}

fn m_iadd(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    args::method_arity(vm, "array", "__iadd__", a, 1, 1)?;
    let arr = this(vm, a, "__iadd__")?;
    let Some(other) = native::data::<ArrayObj>(a[1]) else {
        let t = vm.type_name(a[1]);
        return Err(vm.type_error(format!("can only extend array with array (not \"{}\")", t)));
    };
    if other.tc != arr.tc {
        return Err(vm.type_error("can only extend with array of same kind"));
    }
    let more = other.data.borrow().clone();
    arr.data.borrow_mut().extend_from_slice(&more);
    Ok(a[0])
}

fn repeat_count(vm: &mut Vm, v: Value) -> PyResult<Option<usize>> {
    match as_num(v) {
        Some(Num::Small(n)) => Ok(Some(n.max(0) as usize)),
        Some(Num::Big(b)) if b.is_negative() => Ok(Some(0)),
        Some(Num::Big(_)) => {
            let c = vm.types.memory_error;
            Err(PyErr(vm.new_exc_args(c, vec![])))
        }
        _ => Ok(None),
    }
}

fn m_mul(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    args::method_arity(vm, "array", "__mul__", a, 1, 1)?;
    let arr = this(vm, a, "__mul__")?;
    let Some(k) = repeat_count(vm, a[1])? else {
        let t = vm.type_name(a[1]);
        return Err(vm.type_error(format!("can't multiply sequence by non-int of type '{}'", t)));
    };
    let data = arr.data.borrow();
    if data.len().checked_mul(k).is_none_or(|n| n > MAX_BYTES) {
        drop(data);
        let c = vm.types.memory_error;
        return Err(crate::vm::PyErr(vm.new_exc_args(c, vec![])));
    }
    let out = data.repeat(k);
    drop(data);
    let cls = class_of(vm, a[0]);
    Ok(new_array(vm, cls, arr.tc, out))
}

fn m_imul(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    args::method_arity(vm, "array", "__imul__", a, 1, 1)?;
    let arr = this(vm, a, "__imul__")?;
    let Some(k) = repeat_count(vm, a[1])? else {
        let t = vm.type_name(a[1]);
        return Err(vm.type_error(format!("can't multiply sequence by non-int of type '{}'", t)));
    };
    let mut data = arr.data.borrow_mut();
    if data.len().checked_mul(k).is_none_or(|n| n > MAX_BYTES) {
        drop(data);
        let c = vm.types.memory_error;
        return Err(crate::vm::PyErr(vm.new_exc_args(c, vec![])));
    }
    let out = data.repeat(k);
    *data = out;
    Ok(a[0])
}

/// Comparisons: item by item as lists compare; NotImplemented against non-arrays.
fn compare(vm: &mut Vm, a: &[Value], op: CmpOp, name: &str) -> PyResult<Value> {
    args::method_arity(vm, "array", name, a, 1, 1)?;
    let arr = this(vm, a, name)?;
    let Some(other) = native::data::<ArrayObj>(a[1]) else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    if matches!(op, CmpOp::Eq | CmpOp::Ne) && arr.len() != other.len() {
        return Ok(Value::bool(op == CmpOp::Ne));
    }
    let l1 = m_tolist(vm, &a[..1], &[])?;
    vm.roots.push(l1);
    let l2 = m_tolist(vm, &a[1..2], &[]);
    let r = match l2 {
        Ok(l2) => crate::objects::ops::compare(vm, op, l1, l2),
        Err(e) => Err(e),
    };
    vm.roots.pop();
    r
}

fn m_eq(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    compare(vm, a, CmpOp::Eq, "__eq__")
}
fn m_ne(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    compare(vm, a, CmpOp::Ne, "__ne__")
}
fn m_lt(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    compare(vm, a, CmpOp::Lt, "__lt__")
}
fn m_le(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    compare(vm, a, CmpOp::Le, "__le__")
}
fn m_gt(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    compare(vm, a, CmpOp::Gt, "__gt__")
}
fn m_ge(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    compare(vm, a, CmpOp::Ge, "__ge__")
}

fn m_copy(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let arr = this(vm, a, "__copy__")?;
    let data = arr.data.borrow().clone();
    let cls = class_of(vm, a[0]);
    Ok(new_array(vm, cls, arr.tc, data))
}

fn g_typecode(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let arr = this(vm, a, "typecode")?;
    Ok(vm.new_string((arr.tc as char).to_string()))
}

fn g_itemsize(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let arr = this(vm, a, "itemsize")?;
    Ok(Value::small_int(itemsize(arr.tc) as i64))
}

// ---------------------------------------------------------------- iterator

/// `iter(array)`: walks the array by index, so it sees changes made meanwhile.
pub struct ArrayIter {
    array: Value,
    pos: Cell<usize>,
}

impl NativeData for ArrayIter {
    fn trace(&self, f: &mut dyn FnMut(Value)) {
        f(self.array);
    }
}

/// The iterator type, kept in the array type's dict so the collector sees it.
const ITER_KEY: &str = "_arrayiterator";

fn m_iter(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    this(vm, a, "__iter__")?;
    let cls = class_of(vm, a[0]);
    let k = vm.intern(ITER_KEY);
    let Some(it_type) = cls.as_type().and_then(|t| t.lookup(k)) else {
        return Err(vm.type_error("array iterator type missing"));
    };
    Ok(native::new_object(vm, it_type, ArrayIter { array: a[0], pos: Cell::new(0) }))
}

fn it_next(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let it = native::expect::<ArrayIter>(vm, a.first().copied().unwrap_or(Value::NONE), "arrayiterator", "__next__")?;
    let i = it.pos.get();
    if let Some(arr) = native::data::<ArrayObj>(it.array) {
        if i < arr.len() {
            it.pos.set(i + 1);
            let b = arr.item_bytes(i);
            return Ok(read(vm, arr.tc, &b));
        }
    }
    it.pos.set(usize::MAX);
    let c = vm.types.stop_iteration;
    Err(crate::vm::PyErr(vm.new_exc_args(c, vec![])))
}

fn it_iter(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    native::expect::<ArrayIter>(vm, a.first().copied().unwrap_or(Value::NONE), "arrayiterator", "__iter__")?;
    Ok(a[0])
}

pub fn init(vm: &mut Vm, name: &str) -> PyResult<Value> {
    let (m, d) = new_native_module(vm, name);
    let t = native::new_type(
        vm,
        "array",
        "array",
        Value::NULL,
        Some(array_new),
        &[
            ("__len__", m_len),
            ("__getitem__", m_getitem),
            ("__setitem__", m_setitem),
            ("__delitem__", m_delitem),
            ("__iter__", m_iter),
            ("__contains__", m_contains),
            ("__repr__", m_repr),
            ("__add__", m_add),
            ("__iadd__", m_iadd),
            ("__mul__", m_mul),
            ("__rmul__", m_mul),
            ("__imul__", m_imul),
            ("__eq__", m_eq),
            ("__ne__", m_ne),
            ("__lt__", m_lt),
            ("__le__", m_le),
            ("__gt__", m_gt),
            ("__ge__", m_ge),
            ("__copy__", m_copy),
            ("append", m_append),
            ("extend", m_extend),
            ("pop", m_pop),
            ("insert", m_insert),
            ("remove", m_remove),
            ("index", m_index),
            ("count", m_count),
            ("reverse", m_reverse),
            ("byteswap", m_byteswap),
            ("tobytes", m_tobytes),
            ("frombytes", m_frombytes),
            ("tolist", m_tolist),
            ("fromlist", m_fromlist),
            ("tounicode", m_tounicode),
            ("fromunicode", m_fromunicode),
        ],
    );
    native::add_getter(vm, t, "typecode", g_typecode);
    native::add_getter(vm, t, "itemsize", g_itemsize);
    let it = native::new_type(vm, "arrayiterator", "array", Value::NULL, None, &[("__next__", it_next), ("__iter__", it_iter)]);
    if let Some(tt) = t.as_type() {
        let (td, k) = (tt.dict, vm.intern(ITER_KEY));
        crate::objects::ops::dict_set_str(vm, td, k, it);
        let hk = vm.intern("__hash__");
        crate::objects::ops::dict_set_str(vm, td, hk, Value::NONE);
    }
    set_entry(vm, d, "array", t);
    set_entry(vm, d, "ArrayType", t);
    let codes = vm.new_str(TYPECODES);
    set_entry(vm, d, "typecodes", codes);
    Ok(m)
}
