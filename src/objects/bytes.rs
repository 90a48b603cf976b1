//! `bytes` and `bytearray`: the objects, their repr, the byte-string algorithms their
//! methods share, and their part of the operator protocols (subscripts, concatenation,
//! repetition, containment, comparison). The methods are in `builtins/bytes.rs`.
//!
//! Both hold no Values, so they are GC leaves and never need a write barrier.

use super::int::{as_num, Num};
use super::ops::{index_value, norm_index, slice_indices, slice_positions};
use super::ObjKind;
use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};
use std::borrow::Cow;
use std::cell::{Cell, RefCell};
use std::cmp::Ordering;

/// Largest bytes/bytearray built in one go. CPython raises MemoryError when the
/// allocation fails; a fixed cap keeps that deterministic (and far below what
/// would make the allocator abort).
pub const MAX_BYTES: usize = 1 << 34;

/// An immutable byte string.
pub struct BytesObj {
    data: Box<[u8]>,
    /// Cached hash; 0 means not computed yet.
    hash: Cell<i64>,
}

impl BytesObj {
    pub fn new(data: Vec<u8>) -> BytesObj {
        BytesObj { data: data.into_boxed_slice(), hash: Cell::new(0) }
    }
    #[inline]
    pub fn as_slice(&self) -> &[u8] {
        &self.data
    }
    pub fn hash(&self) -> i64 {
        let h = self.hash.get();
        if h != 0 {
            return h;
        }
        let mut h = super::strops::hash_bytes_fnv(&self.data);
        if h == 0 {
            h = 1;
        }
        self.hash.set(h);
        h
    }
}

impl Value {
    /// The contents of a `bytes` (not a bytearray).
    #[inline]
    pub fn as_bytes<'a>(self) -> Option<&'a [u8]> {
        match self.kind() {
            Some(ObjKind::Bytes(b)) => Some(b.as_slice()),
            _ => None,
        }
    }
    #[inline]
    pub fn as_bytearray<'a>(self) -> Option<&'a RefCell<Vec<u8>>> {
        match self.kind() {
            Some(ObjKind::ByteArray(b)) => Some(b),
            _ => None,
        }
    }
    /// bytes or bytearray: what CPython calls a bytes-like object here (there is no
    /// memoryview or other buffer exporter).
    #[inline]
    pub fn is_bytes_like(self) -> bool {
        matches!(self.kind(), Some(ObjKind::Bytes(_)) | Some(ObjKind::ByteArray(_)))
    }
}

/// The contents of a bytes-like object. A bytearray is copied: the caller may run
/// code that mutates it (`ba.extend(ba)`, `ba[:] = ba`, a callback) while it reads.
pub fn bytes_like<'a>(v: Value) -> Option<Cow<'a, [u8]>> {
    match v.kind() {
        Some(ObjKind::Bytes(b)) => Some(Cow::Borrowed(b.as_slice())),
        Some(ObjKind::ByteArray(b)) => Some(Cow::Owned(b.borrow().clone())),
        // an instance of a bytes or bytearray subclass
        Some(ObjKind::Instance(i)) if !i.payload.is_null() && i.payload.is_bytes_like() => bytes_like(i.payload),
        _ => None,
    }
}

impl Vm {
    pub fn new_bytes(&mut self, data: Vec<u8>) -> Value {
        self.alloc(ObjKind::Bytes(BytesObj::new(data)))
    }
    pub fn new_bytearray(&mut self, data: Vec<u8>) -> Value {
        self.alloc(ObjKind::ByteArray(RefCell::new(data)))
    }
    /// A new object of the same type as `like`: bytes methods called on a bytearray
    /// return bytearrays.
    pub fn new_bytes_as(&mut self, like: Value, data: Vec<u8>) -> Value {
        if like.as_bytearray().is_some() {
            self.new_bytearray(data)
        } else {
            self.new_bytes(data)
        }
    }
}

// ====================================================================== errors

#[cold]
pub fn memory_error(vm: &mut Vm) -> PyErr {
    let c = vm.types.memory_error;
    PyErr(vm.new_exc_args(c, vec![]))
}

#[cold]
pub fn need_bytes_like(vm: &mut Vm, v: Value) -> PyErr {
    let t = vm.type_name(v);
    vm.type_error(format!("a bytes-like object is required, not '{}'", t))
}

pub const BYTE_RANGE: &str = "byte must be in range(0, 256)";
/// The `bytes(iterable)` constructor's wording.
pub const BYTES_RANGE: &str = "bytes must be in range(0, 256)";

/// A zero-filled buffer of `n` bytes, or MemoryError.
/// Allocated zeroed, as CPython's calloc: the pages of a big buffer are not touched
/// until used, and a failed allocation is an error rather than an abort.
pub fn zeroed(vm: &mut Vm, n: usize) -> PyResult<Vec<u8>> {
    if n == 0 {
        return Ok(Vec::new());
    }
    let layout = match std::alloc::Layout::array::<u8>(n) {
        Ok(l) if n <= MAX_BYTES => l,
        _ => return Err(memory_error(vm)),
    };
    // SAFETY: the layout's size is n > 0, as alloc_zeroed requires.
    let p = unsafe { std::alloc::alloc_zeroed(layout) };
    if p.is_null() {
        return Err(memory_error(vm));
    }
    // SAFETY: p comes from the global allocator with the layout of [u8; n] (align 1,
    // size n, which is the capacity given), and all n bytes are initialized (zero).
    Ok(unsafe { Vec::from_raw_parts(p, n, n) })
}

/// An item stored into a bytes object: an int (or `__index__`) in range(0, 256).
/// `range_msg` is BYTE_RANGE or BYTES_RANGE.
pub fn byte_value(vm: &mut Vm, v: Value, range_msg: &str) -> PyResult<u8> {
    let n = match as_num(v) {
        Some(Num::Small(i)) => i,
        // out of range whatever its value: CPython's check clips big ints
        Some(Num::Big(_)) => -1,
        Some(Num::Float(_)) | None => {
            if super::class::has_user_class(v) {
                if let Some(i) = super::class::index_of(vm, v)? {
                    return byte_value(vm, i, range_msg);
                }
            }
            return Err(not_an_integer(vm, v));
        }
    };
    match u8::try_from(n) {
        Ok(b) => Ok(b),
        Err(_) => Err(vm.value_error(range_msg)),
    }
}

#[cold]
fn not_an_integer(vm: &mut Vm, v: Value) -> PyErr {
    let t = vm.type_name(v);
    vm.type_error(format!("'{}' object cannot be interpreted as an integer", t))
}

/// The bytes of `bytes(x)` / `bytearray(x)` for an iterable of ints (other sources
/// are handled by the constructors). Streams the iterator so a generator's items are
/// never held unrooted.
pub fn from_iterable(vm: &mut Vm, v: Value, range_msg: &str) -> PyResult<Vec<u8>> {
    // the common cases, lists and tuples of small ints, without an iterator
    let fast = match v.kind() {
        Some(ObjKind::List(l)) => small_ints(&l.borrow()),
        Some(ObjKind::Tuple(t)) => small_ints(t),
        _ => None,
    };
    if let Some(r) = fast {
        return r.ok_or_else(|| vm.value_error(range_msg));
    }
    let it = super::iter::get_iter(vm, v)?;
    vm.roots.push(it);
    let r = (|| -> PyResult<Vec<u8>> {
        let mut out = Vec::new();
        while let Some(x) = super::iter::next(vm, it)? {
            vm.count_step();
            out.push(byte_value(vm, x, range_msg)?);
            if out.len() > MAX_BYTES {
                return Err(memory_error(vm));
            }
        }
        Ok(out)
    })();
    vm.roots.pop();
    r
}

/// Some(Some(bytes)) when every item is an inline int in range, Some(None) when one
/// is an inline int out of range, None when an item needs the general path.
fn small_ints(items: &[Value]) -> Option<Option<Vec<u8>>> {
    let mut out = Vec::with_capacity(items.len());
    for &x in items {
        if !x.is_int() {
            return None;
        }
        match u8::try_from(x.as_int()) {
            Ok(b) => out.push(b),
            Err(_) => return Some(None),
        }
    }
    Some(Some(out))
}

// ====================================================================== repr

/// `repr(b)`: CPython picks double quotes only when the text has a single quote and
/// no double quote.
pub fn repr(data: &[u8]) -> String {
    repr_impl(data, false)
}

/// `repr(bytearray)`: CPython's bytearray repr escapes single quotes even inside
/// double quotes.
pub fn bytearray_repr(data: &[u8]) -> String {
    format!("bytearray({})", repr_impl(data, true))
}

fn repr_impl(data: &[u8], escape_single: bool) -> String {
    let quote = if data.contains(&b'\'') && !data.contains(&b'"') { b'"' } else { b'\'' };
    let mut out = String::with_capacity(data.len() + 3);
    out.push('b');
    out.push(quote as char);
    for &c in data {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            _ if c == quote || (escape_single && c == b'\'') => {
                out.push('\\');
                out.push(c as char)
            }
            0x20..=0x7e => out.push(c as char),
            _ => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.push_str("\\x");
                out.push(HEX[(c >> 4) as usize] as char);
                out.push(HEX[(c & 15) as usize] as char);
            }
        }
    }
    out.push(quote as char);
    out
}

// ====================================================================== operators

/// `o[k]` for bytes and bytearray.
pub fn getitem(vm: &mut Vm, o: Value, k: Value) -> PyResult<Value> {
    let is_array = o.as_bytearray().is_some();
    if let Some(ObjKind::Slice(s)) = k.kind() {
        let len = match o.kind() {
            Some(ObjKind::Bytes(b)) => b.as_slice().len(),
            Some(ObjKind::ByteArray(b)) => b.borrow().len(),
            _ => 0,
        };
        // the indices first: they may call __index__, which may change a bytearray
        let (a, b, c) = slice_indices(vm, s, len)?;
        let pick = |data: &[u8]| -> Vec<u8> {
            let (a, b) = (a.min(data.len() as i64), b.min(data.len() as i64));
            if c == 1 {
                data[a as usize..b.max(a) as usize].to_vec()
            } else {
                slice_positions(a, b, c).filter_map(|i| data.get(i).copied()).collect()
            }
        };
        let out = match o.kind() {
            Some(ObjKind::Bytes(b)) => pick(b.as_slice()),
            Some(ObjKind::ByteArray(b)) => pick(&b.borrow()),
            _ => Vec::new(),
        };
        return Ok(vm.new_bytes_as(o, out));
    }
    match index_value(vm, k) {
        Some(i) => {
            let i = i?;
            let item = match o.kind() {
                Some(ObjKind::Bytes(b)) => norm_index(i, b.as_slice().len()).map(|i| b.as_slice()[i]),
                Some(ObjKind::ByteArray(b)) => {
                    let b = b.borrow();
                    norm_index(i, b.len()).map(|i| b[i])
                }
                _ => None,
            };
            match item {
                Some(x) => Ok(Value::small_int(x as i64)),
                None => Err(vm.index_error(if is_array { "bytearray index out of range" } else { "index out of range" })),
            }
        }
        None => {
            let t = vm.type_name(k);
            let what = if is_array { "bytearray" } else { "byte" };
            Err(vm.type_error(format!("{} indices must be integers or slices, not {}", what, t)))
        }
    }
}

/// `ba[k] = v` for a bytearray.
pub fn setitem(vm: &mut Vm, o: Value, k: Value, v: Value) -> PyResult<()> {
    let Some(cell) = o.as_bytearray() else { return Ok(()) };
    if let Some(ObjKind::Slice(s)) = k.kind() {
        let new = assigned_bytes(vm, v)?;
        let len = cell.borrow().len();
        let (a, b, c) = slice_indices(vm, s, len)?;
        if c == 1 {
            let b = b.max(a);
            if len - (b - a) as usize + new.len() > MAX_BYTES {
                return Err(memory_error(vm));
            }
            cell.borrow_mut().splice(a as usize..b as usize, new);
            return Ok(());
        }
        let pos: Vec<usize> = slice_positions(a, b, c).collect();
        if pos.len() != new.len() {
            return Err(vm.value_error(format!("attempt to assign bytes of size {} to extended slice of size {}", new.len(), pos.len())));
        }
        let mut data = cell.borrow_mut();
        for (p, x) in pos.into_iter().zip(new) {
            data[p] = x;
        }
        return Ok(());
    }
    match index_value(vm, k) {
        Some(i) => {
            let i = i?;
            let x = byte_value(vm, v, BYTE_RANGE)?;
            let mut data = cell.borrow_mut();
            match norm_index(i, data.len()) {
                Some(i) => {
                    data[i] = x;
                    Ok(())
                }
                None => {
                    drop(data);
                    Err(vm.index_error("bytearray index out of range"))
                }
            }
        }
        None => {
            let t = vm.type_name(k);
            Err(vm.type_error(format!("bytearray indices must be integers or slices, not {}", t)))
        }
    }
}

/// The right-hand side of `ba[i:j] = v`: bytes-like, or any iterable of ints except
/// a str or a number.
fn assigned_bytes(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    if let Some(d) = bytes_like(v) {
        return Ok(d.into_owned());
    }
    if as_num(v).is_some() || v.as_str().is_some() {
        return Err(vm.type_error("can assign only bytes, buffers, or iterables of ints in range(0, 256)"));
    }
    if !super::iter::is_iterable(v) {
        let t = vm.type_name(v);
        return Err(vm.type_error(format!("cannot convert '{}' object to bytearray", t)));
    }
    from_iterable(vm, v, BYTE_RANGE)
}

/// `del ba[k]` for a bytearray.
pub fn delitem(vm: &mut Vm, o: Value, k: Value) -> PyResult<()> {
    let Some(cell) = o.as_bytearray() else { return Ok(()) };
    if let Some(ObjKind::Slice(s)) = k.kind() {
        let len = cell.borrow().len();
        let (a, b, c) = slice_indices(vm, s, len)?;
        if c == 1 {
            cell.borrow_mut().drain(a as usize..b.max(a) as usize);
            return Ok(());
        }
        let mut drop_it = vec![false; len];
        for p in slice_positions(a, b, c) {
            drop_it[p] = true;
        }
        let mut i = 0;
        cell.borrow_mut().retain(|_| {
            i += 1;
            !drop_it[i - 1]
        });
        return Ok(());
    }
    match index_value(vm, k) {
        Some(i) => {
            let i = i?;
            let len = cell.borrow().len();
            match norm_index(i, len) {
                Some(i) => {
                    cell.borrow_mut().remove(i);
                    Ok(())
                }
                None => Err(vm.index_error("bytearray index out of range")),
            }
        }
        None => {
            let t = vm.type_name(k);
            Err(vm.type_error(format!("bytearray indices must be integers or slices, not {}", t)))
        }
    }
}

/// `a + b` with `a` bytes or bytearray: the result has `a`'s type.
pub fn concat(vm: &mut Vm, a: Value, b: Value) -> PyResult<Value> {
    let (Some(x), Some(y)) = (bytes_like(a), bytes_like(b)) else {
        return Err(cant_concat(vm, b, a));
    };
    let n = x.len().checked_add(y.len()).filter(|&n| n <= MAX_BYTES);
    let Some(n) = n else { return Err(memory_error(vm)) };
    let mut out = Vec::with_capacity(n);
    out.extend_from_slice(&x);
    out.extend_from_slice(&y);
    Ok(vm.new_bytes_as(a, out))
}

#[cold]
fn cant_concat(vm: &mut Vm, what: Value, to: Value) -> PyErr {
    let (tw, tt) = (vm.type_name(what), vm.type_name(to));
    vm.type_error(format!("can't concat {} to {}", tw, tt))
}

/// The contents of `seq` repeated `n` times (n <= 0 gives empty), or MemoryError.
pub fn repeated(vm: &mut Vm, data: &[u8], n: i64) -> PyResult<Vec<u8>> {
    let n = n.max(0) as usize;
    match data.len().checked_mul(n) {
        Some(t) if t <= MAX_BYTES => Ok(data.repeat(n)),
        _ => Err(memory_error(vm)),
    }
}

/// `ba += other`: extends in place with a bytes-like object only.
pub fn inplace_concat(vm: &mut Vm, a: Value, b: Value) -> PyResult<Value> {
    let Some(y) = bytes_like(b) else { return Err(cant_concat(vm, b, a)) };
    if let Some(cell) = a.as_bytearray() {
        if cell.borrow().len() + y.len() > MAX_BYTES {
            return Err(memory_error(vm));
        }
        cell.borrow_mut().extend_from_slice(&y);
    }
    Ok(a)
}

/// `ba *= n`.
pub fn inplace_repeat(vm: &mut Vm, a: Value, n: i64) -> PyResult<Value> {
    if let Some(cell) = a.as_bytearray() {
        let data = cell.borrow().clone();
        let r = repeated(vm, &data, n)?;
        *cell.borrow_mut() = r;
    }
    Ok(a)
}

/// `item in container` for a bytes-like container: an int is a byte, a bytes-like
/// object a substring.
pub fn contains(vm: &mut Vm, container: Value, item: Value) -> PyResult<bool> {
    if let Some(sub) = bytes_like(item) {
        let hay = bytes_like(container).unwrap_or_default();
        return Ok(find_in(&hay, &sub).is_some());
    }
    if as_num(item).is_some_and(|n| !matches!(n, Num::Float(_)))
        || super::class::has_user_class(item) && super::class::special_method(vm, item, "__index__").is_some()
    {
        // the byte first: an __index__ method may change a bytearray container
        let b = byte_value(vm, item, BYTE_RANGE)?;
        let hay = bytes_like(container).unwrap_or_default();
        return Ok(hay.contains(&b));
    }
    Err(need_bytes_like(vm, item))
}

/// Equality of two bytes-like objects; None when either is something else (so a
/// bytes never equals a str).
pub fn eq(a: Value, b: Value) -> Option<bool> {
    match (a.kind()?, b.kind()?) {
        (ObjKind::Bytes(x), ObjKind::Bytes(y)) => Some(x.as_slice() == y.as_slice()),
        (ObjKind::Bytes(_) | ObjKind::ByteArray(_), ObjKind::Bytes(_) | ObjKind::ByteArray(_)) => Some(bytes_like(a)? == bytes_like(b)?),
        _ => None,
    }
}

/// Lexicographic order of two bytes-like objects.
pub fn ordering(a: Value, b: Value) -> Option<Ordering> {
    Some(bytes_like(a)?.as_ref().cmp(bytes_like(b)?.as_ref()))
}

// ====================================================================== algorithms

/// The ASCII whitespace of `bytes.split()` / `strip()` / `isspace()`.
#[inline]
pub fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

/// A search window `[start:end]` clamped as CPython's ADJUST_INDICES does; start may
/// end up past end (nothing found).
pub fn adjust_indices(start: Option<i64>, end: Option<i64>, len: usize) -> (i64, i64) {
    let len = len as i64;
    let mut e = end.unwrap_or(len);
    if e > len {
        e = len;
    } else if e < 0 {
        e = (e + len).max(0);
    }
    let mut s = start.unwrap_or(0);
    if s < 0 {
        s = (s + len).max(0);
    }
    (s, e)
}

/// First occurrence of `needle` in `hay`.
pub fn find_in(hay: &[u8], needle: &[u8]) -> Option<usize> {
    match needle.len() {
        0 => Some(0),
        1 => hay.iter().position(|&c| c == needle[0]),
        n if n > hay.len() => None,
        n => hay.windows(n).position(|w| w == needle),
    }
}

/// Last occurrence of `needle` in `hay`.
pub fn rfind_in(hay: &[u8], needle: &[u8]) -> Option<usize> {
    match needle.len() {
        0 => Some(hay.len()),
        1 => hay.iter().rposition(|&c| c == needle[0]),
        n if n > hay.len() => None,
        n => hay.windows(n).rposition(|w| w == needle),
    }
}

/// `find` over `hay[start:end]`, as an index into `hay` or -1.
pub fn find(hay: &[u8], needle: &[u8], start: Option<i64>, end: Option<i64>) -> i64 {
    let (s, e) = adjust_indices(start, end, hay.len());
    if e - s < needle.len() as i64 {
        return -1;
    }
    find_in(&hay[s as usize..e as usize], needle).map_or(-1, |i| s + i as i64)
}

pub fn rfind(hay: &[u8], needle: &[u8], start: Option<i64>, end: Option<i64>) -> i64 {
    let (s, e) = adjust_indices(start, end, hay.len());
    if e - s < needle.len() as i64 {
        return -1;
    }
    rfind_in(&hay[s as usize..e as usize], needle).map_or(-1, |i| s + i as i64)
}

/// Non-overlapping occurrences in `hay[start:end]`.
pub fn count(hay: &[u8], needle: &[u8], start: Option<i64>, end: Option<i64>) -> usize {
    let (s, e) = adjust_indices(start, end, hay.len());
    if e - s < needle.len() as i64 {
        return 0;
    }
    let window = &hay[s as usize..e as usize];
    if needle.is_empty() {
        return window.len() + 1;
    }
    let (mut n, mut i) = (0, 0);
    while let Some(p) = find_in(&window[i..], needle) {
        n += 1;
        i += p + needle.len();
    }
    n
}

/// `split()` on runs of whitespace, at most `max` splits (negative: no limit).
pub fn split_whitespace(s: &[u8], max: i64) -> Vec<&[u8]> {
    let mut max = if max < 0 { i64::MAX } else { max };
    let (mut out, mut i, n) = (Vec::new(), 0, s.len());
    while max > 0 {
        max -= 1;
        while i < n && is_space(s[i]) {
            i += 1;
        }
        if i == n {
            break;
        }
        let j = i;
        while i < n && !is_space(s[i]) {
            i += 1;
        }
        out.push(&s[j..i]);
    }
    if i < n {
        while i < n && is_space(s[i]) {
            i += 1;
        }
        if i != n {
            out.push(&s[i..]);
        }
    }
    out
}

pub fn rsplit_whitespace(s: &[u8], max: i64) -> Vec<&[u8]> {
    let mut max = if max < 0 { i64::MAX } else { max };
    let mut out = Vec::new();
    // `i` is one past the next byte to look at
    let mut i = s.len();
    while max > 0 {
        max -= 1;
        while i > 0 && is_space(s[i - 1]) {
            i -= 1;
        }
        if i == 0 {
            break;
        }
        let j = i;
        while i > 0 && !is_space(s[i - 1]) {
            i -= 1;
        }
        out.push(&s[i..j]);
    }
    if i > 0 {
        while i > 0 && is_space(s[i - 1]) {
            i -= 1;
        }
        if i > 0 {
            out.push(&s[..i]);
        }
    }
    out.reverse();
    out
}

/// `split(sep)` with a non-empty separator.
pub fn split_sep<'s>(s: &'s [u8], sep: &[u8], max: i64) -> Vec<&'s [u8]> {
    let mut max = if max < 0 { i64::MAX } else { max };
    let (mut out, mut i) = (Vec::new(), 0);
    while max > 0 {
        match find_in(&s[i..], sep) {
            Some(p) => {
                out.push(&s[i..i + p]);
                i += p + sep.len();
                max -= 1;
            }
            None => break,
        }
    }
    out.push(&s[i..]);
    out
}

pub fn rsplit_sep<'s>(s: &'s [u8], sep: &[u8], max: i64) -> Vec<&'s [u8]> {
    let mut max = if max < 0 { i64::MAX } else { max };
    let (mut out, mut end) = (Vec::new(), s.len());
    while max > 0 {
        match rfind_in(&s[..end], sep) {
            Some(p) => {
                out.push(&s[p + sep.len()..end]);
                end = p;
                max -= 1;
            }
            None => break,
        }
    }
    out.push(&s[..end]);
    out.reverse();
    out
}

/// `splitlines()`: \n, \r and \r\n end lines in bytes.
pub fn splitlines(s: &[u8], keepends: bool) -> Vec<&[u8]> {
    let (mut out, mut i, mut start) = (Vec::new(), 0, 0);
    while i < s.len() {
        let c = s[i];
        if c == b'\n' || c == b'\r' {
            let eol = if c == b'\r' && s.get(i + 1) == Some(&b'\n') { i + 2 } else { i + 1 };
            out.push(&s[start..if keepends { eol } else { i }]);
            i = eol;
            start = eol;
        } else {
            i += 1;
        }
    }
    if start < s.len() {
        out.push(&s[start..]);
    }
    out
}

/// strip/lstrip/rstrip: `chars` None strips ASCII whitespace.
pub fn strip<'s>(s: &'s [u8], chars: Option<&[u8]>, left: bool, right: bool) -> &'s [u8] {
    let strip_it = |c: u8| match chars {
        None => is_space(c),
        Some(set) => set.contains(&c),
    };
    let (mut a, mut b) = (0, s.len());
    if left {
        while a < b && strip_it(s[a]) {
            a += 1;
        }
    }
    if right {
        while b > a && strip_it(s[b - 1]) {
            b -= 1;
        }
    }
    &s[a..b]
}

/// `replace(old, new, count)`; an empty `old` inserts `new` around every byte.
pub fn replace(s: &[u8], old: &[u8], new: &[u8], count: i64) -> Vec<u8> {
    let count = if count < 0 { usize::MAX } else { count as usize };
    let mut out = Vec::with_capacity(s.len());
    let mut n = 0;
    if old.is_empty() {
        for i in 0..=s.len() {
            if n < count {
                out.extend_from_slice(new);
                n += 1;
            }
            if let Some(&c) = s.get(i) {
                out.push(c);
            }
        }
        return out;
    }
    let mut i = 0;
    while n < count {
        match find_in(&s[i..], old) {
            Some(p) => {
                out.extend_from_slice(&s[i..i + p]);
                out.extend_from_slice(new);
                i += p + old.len();
                n += 1;
            }
            None => break,
        }
    }
    out.extend_from_slice(&s[i..]);
    out
}

/// The size `replace` would produce, to refuse huge results before building them.
pub fn replace_size(s: &[u8], old: &[u8], new: &[u8], count: i64) -> Option<usize> {
    let mut n = if old.is_empty() { s.len() + 1 } else { self::count(s, old, None, None) };
    if count >= 0 {
        n = n.min(count as usize);
    }
    let grow = new.len().checked_mul(n)?;
    (s.len() - n * old.len()).checked_add(grow)
}

pub fn title(s: &[u8]) -> Vec<u8> {
    let mut prev_cased = false;
    s.iter()
        .map(|&c| {
            let r = if prev_cased { c.to_ascii_lowercase() } else { c.to_ascii_uppercase() };
            prev_cased = c.is_ascii_alphabetic();
            r
        })
        .collect()
}

pub fn capitalize(s: &[u8]) -> Vec<u8> {
    s.iter().enumerate().map(|(i, &c)| if i == 0 { c.to_ascii_uppercase() } else { c.to_ascii_lowercase() }).collect()
}

pub fn swapcase(s: &[u8]) -> Vec<u8> {
    s.iter().map(|&c| if c.is_ascii_lowercase() { c.to_ascii_uppercase() } else { c.to_ascii_lowercase() }).collect()
}

pub fn is_title(s: &[u8]) -> bool {
    let (mut cased, mut prev_cased) = (false, false);
    for &c in s {
        if c.is_ascii_uppercase() {
            if prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else if c.is_ascii_lowercase() {
            if !prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    cased
}

pub fn expandtabs(s: &[u8], tabsize: i64) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    let mut col = 0i64;
    for &c in s {
        match c {
            b'\t' => {
                if tabsize > 0 {
                    let n = tabsize - col % tabsize;
                    out.extend(std::iter::repeat_n(b' ', n as usize));
                    col += n;
                }
            }
            b'\n' | b'\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    out
}

/// `hex(sep, bytes_per_sep)`: groups of `per` bytes counted from the right (from
/// the left when `per` is negative).
pub fn hex(data: &[u8], sep: Option<u8>, per: i64) -> String {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(data.len() * 3);
    let group = per.unsigned_abs() as usize;
    for (i, &b) in data.iter().enumerate() {
        if let Some(sep) = sep {
            if i > 0 && group > 0 {
                let boundary = if per > 0 { (data.len() - i).is_multiple_of(group) } else { i.is_multiple_of(group) };
                if boundary {
                    out.push(sep as char);
                }
            }
        }
        out.push(HEX[(b >> 4) as usize] as char);
        out.push(HEX[(b & 15) as usize] as char);
    }
    out
}

/// `bytes.fromhex(s)`: pairs of hex digits, whitespace allowed between pairs. Err
/// holds the position (in characters) of the first bad character.
pub fn fromhex(s: &str) -> Result<Vec<u8>, usize> {
    let chars: Vec<char> = s.chars().collect();
    let digit = |i: usize| chars.get(i).and_then(|c| c.to_digit(16)).ok_or(i);
    let (mut out, mut i) = (Vec::with_capacity(chars.len() / 2), 0);
    while i < chars.len() {
        if chars[i].is_ascii() && is_space(chars[i] as u8) {
            i += 1;
            continue;
        }
        let hi = digit(i)?;
        let lo = digit(i + 1)?;
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    Ok(out)
}
