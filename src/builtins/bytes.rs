//! Constructors and methods of `bytes` and `bytearray`, plus `str.encode`. The
//! algorithms are in `objects/bytes.rs`; one native function serves both types, and
//! its result has the receiver's type (bytes methods on a bytearray return
//! bytearrays), as in CPython.

use super::args::{bind, int_arg, method_arity, no_kwargs};
use crate::objects::bytes::{self as b, bytes_like, need_bytes_like, BYTES_RANGE, BYTE_RANGE};
use crate::objects::codecs;
use crate::objects::int::{as_num, Num};
use crate::objects::iter;
use crate::objects::ops;
use crate::objects::types::{add_method, set_ctor};
use crate::objects::{NativeFn, ObjKind};
use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};
use std::borrow::Cow;

pub fn init(vm: &mut Vm) {
    let (bytes_t, bytearray_t, str_t) = (vm.types.bytes, vm.types.bytearray, vm.types.str_);
    set_ctor(bytes_t, bytes_new);
    set_ctor(bytearray_t, bytearray_new);
    let shared: &[(&'static str, NativeFn)] = &[
        ("decode", decode),
        ("hex", hex),
        ("count", count),
        ("find", find),
        ("rfind", rfind),
        ("index", index),
        ("rindex", rindex),
        ("startswith", startswith),
        ("endswith", endswith),
        ("split", split),
        ("rsplit", rsplit),
        ("splitlines", splitlines),
        ("join", join),
        ("strip", strip),
        ("lstrip", lstrip),
        ("rstrip", rstrip),
        ("replace", replace),
        ("partition", partition),
        ("rpartition", rpartition),
        ("removeprefix", removeprefix),
        ("removesuffix", removesuffix),
        ("upper", upper),
        ("lower", lower),
        ("swapcase", swapcase),
        ("capitalize", capitalize),
        ("title", title),
        ("isdigit", isdigit),
        ("isalpha", isalpha),
        ("isalnum", isalnum),
        ("isspace", isspace),
        ("isupper", isupper),
        ("islower", islower),
        ("istitle", istitle),
        ("isascii", isascii),
        ("center", center),
        ("ljust", ljust),
        ("rjust", rjust),
        ("zfill", zfill),
        ("expandtabs", expandtabs),
        ("translate", translate),
        ("maketrans", maketrans),
    ];
    for (n, f) in shared {
        add_method(vm, bytes_t, n, *f);
        add_method(vm, bytearray_t, n, *f);
    }
    add_method(vm, bytes_t, "fromhex", bytes_fromhex);
    add_method(vm, bytearray_t, "fromhex", bytearray_fromhex);
    let mutators: &[(&'static str, NativeFn)] = &[
        ("append", ba_append),
        ("extend", ba_extend),
        ("pop", ba_pop),
        ("insert", ba_insert),
        ("remove", ba_remove),
        ("clear", ba_clear),
        ("reverse", ba_reverse),
        ("copy", ba_copy),
    ];
    for (n, f) in mutators {
        add_method(vm, bytearray_t, n, *f);
    }
    add_method(vm, str_t, "encode", str_encode);
    let int_t = vm.types.int;
    add_method(vm, int_t, "to_bytes", int_to_bytes);
    add_method(vm, int_t, "from_bytes", int_from_bytes);
}

// ================================================================= constructors

fn bytes_new(vm: &mut Vm, _cls: Value, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = bind(vm, "bytes", a, kw, &["source", "encoding", "errors"], 0)?;
    if let Some(ObjKind::Bytes(_)) = p[0].kind() {
        if p[1].is_null() && p[2].is_null() {
            // bytes are immutable: bytes(b) is b
            return Ok(p[0]);
        }
    }
    let data = construct(vm, &p, "bytes")?;
    Ok(vm.new_bytes(data))
}

fn bytearray_new(vm: &mut Vm, _cls: Value, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = bind(vm, "bytearray", a, kw, &["source", "encoding", "errors"], 0)?;
    let data = construct(vm, &p, "bytearray")?;
    Ok(vm.new_bytearray(data))
}

/// The contents of `bytes(source, encoding, errors)` / `bytearray(...)`.
fn construct(vm: &mut Vm, p: &[Value], tname: &str) -> PyResult<Vec<u8>> {
    let (source, encoding, errors) = (p[0], p[1], p[2]);
    for (v, what) in [(encoding, "encoding"), (errors, "errors")] {
        if !v.is_null() && v.as_str().is_none() {
            let t = vm.type_name(v);
            return Err(vm.type_error(format!("{}() argument '{}' must be str, not {}", tname, what, t)));
        }
    }
    if source.as_str().is_some() {
        if encoding.is_null() {
            return Err(vm.type_error("string argument without an encoding"));
        }
        let (enc, errs) = (encoding.as_str().unwrap_or("utf-8"), errors.as_str().unwrap_or("strict"));
        return codecs::encode(vm, source, enc, errs);
    }
    if !encoding.is_null() {
        return Err(vm.type_error("encoding without a string argument"));
    }
    if !errors.is_null() {
        return Err(vm.type_error("errors without a string argument"));
    }
    if source.is_null() {
        return Ok(Vec::new());
    }
    if let Some(d) = bytes_like(source) {
        return Ok(d.into_owned());
    }
    let count = match as_num(source) {
        Some(Num::Small(n)) => Some(n),
        Some(Num::Big(_)) => return Err(vm.overflow_error("cannot fit 'int' into an index-sized integer")),
        Some(Num::Float(_)) => return Err(cannot_convert(vm, source, tname)),
        None => None,
    };
    if let Some(n) = count {
        if n < 0 {
            return Err(vm.value_error("negative count"));
        }
        return b::zeroed(vm, n as usize);
    }
    if crate::objects::class::has_user_class(source) {
        if tname == "bytes" {
            if let Some(r) = crate::objects::class::call_special(vm, source, "__bytes__", &[])? {
                return match r.as_bytes() {
                    Some(d) => Ok(d.to_vec()),
                    None => {
                        let t = vm.type_name(r);
                        Err(vm.type_error(format!("__bytes__ returned non-bytes (type {})", t)))
                    }
                };
            }
        }
        if let Some(i) = crate::objects::class::index_of(vm, source)? {
            let p2 = [i, Value::NULL, Value::NULL];
            return construct(vm, &p2, tname);
        }
    }
    if !iter::is_iterable(source) {
        return Err(cannot_convert(vm, source, tname));
    }
    b::from_iterable(vm, source, if tname == "bytes" { BYTES_RANGE } else { BYTE_RANGE })
}

#[cold]
fn cannot_convert(vm: &mut Vm, v: Value, tname: &str) -> PyErr {
    let t = vm.type_name(v);
    vm.type_error(format!("cannot convert '{}' object to {}", t, tname))
}

fn fromhex_common(vm: &mut Vm, a: &[Value], kw: &[Value], bytearray: bool) -> PyResult<Value> {
    no_kwargs(vm, "fromhex", kw)?;
    // called on the class (no receiver) or on an instance
    let args = if a.len() == 2 && a[0].is_bytes_like() { &a[1..] } else { a };
    super::args::arity(vm, "fromhex", args, 1, 1)?;
    let s = match args[0].as_str() {
        Some(s) => s,
        None => {
            let t = vm.type_name(args[0]);
            return Err(vm.type_error(format!("fromhex() argument must be str, not {}", t)));
        }
    };
    match b::fromhex(s) {
        Ok(d) => Ok(if bytearray { vm.new_bytearray(d) } else { vm.new_bytes(d) }),
        Err(pos) => Err(vm.value_error(format!("non-hexadecimal number found in fromhex() arg at position {}", pos))),
    }
}
fn bytes_fromhex(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    fromhex_common(vm, a, kw, false)
}
fn bytearray_fromhex(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    fromhex_common(vm, a, kw, true)
}

/// `bytes % args` / `bytearray % args`.
pub fn percent_format(vm: &mut Vm, fmt: Value, args: Value) -> PyResult<Value> {
    let f: String = bytes_like(fmt).unwrap_or_default().iter().map(|&c| c as char).collect();
    let out = super::strfmt::percent_core(vm, &f, args, true)?;
    // every char of the result came from a byte or ASCII formatting, so is < 256
    let data = out.chars().map(|c| c as u32 as u8).collect();
    Ok(vm.new_bytes_as(fmt, data))
}

// ================================================================= argument helpers

fn tname(v: Value) -> &'static str {
    if v.as_bytearray().is_some() {
        "bytearray"
    } else {
        "bytes"
    }
}

/// The receiver's contents.
fn recv<'a>(vm: &mut Vm, a: &[Value], name: &str) -> PyResult<Cow<'a, [u8]>> {
    match a.first().and_then(|&v| bytes_like(v)) {
        Some(d) => Ok(d),
        None => Err(bad_receiver(vm, a, name)),
    }
}

#[cold]
fn bad_receiver(vm: &mut Vm, a: &[Value], name: &str) -> PyErr {
    match a.first() {
        Some(&v) => {
            let t = vm.type_name(v);
            vm.type_error(format!("descriptor '{}' for 'bytes' objects doesn't apply to a '{}' object", name, t))
        }
        None => vm.type_error(format!("unbound method bytes.{}() needs an argument", name)),
    }
}

fn arity(vm: &mut Vm, a: &[Value], kw: &[Value], name: &str, min: usize, max: usize) -> PyResult<()> {
    no_kwargs(vm, name, kw)?;
    let t = a.first().map_or("bytes", |v| tname(*v));
    method_arity(vm, t, name, a, min, max)
}

/// A bytes-like argument, with CPython's usual complaint otherwise.
fn bytes_arg<'a>(vm: &mut Vm, v: Value) -> PyResult<Cow<'a, [u8]>> {
    bytes_like(v).ok_or_else(|| need_bytes_like(vm, v))
}

/// An optional bytes-like argument (None and absent mean None).
fn opt_bytes_arg<'a>(vm: &mut Vm, v: Value) -> PyResult<Option<Cow<'a, [u8]>>> {
    if v.is_null() || v.is_none() {
        return Ok(None);
    }
    bytes_arg(vm, v).map(Some)
}

fn opt_index(vm: &mut Vm, v: Value) -> PyResult<Option<i64>> {
    if v.is_null() || v.is_none() {
        return Ok(None);
    }
    match as_num(v) {
        Some(Num::Small(i)) => Ok(Some(i)),
        Some(Num::Big(b)) => Ok(Some(if num_traits::Signed::is_negative(b) { i64::MIN / 2 } else { i64::MAX / 2 })),
        _ => Err(vm.type_error("slice indices must be integers or None or have an __index__ method")),
    }
}

fn bytes_list(vm: &mut Vm, like: Value, parts: Vec<&[u8]>) -> Value {
    let vals: Vec<Value> = parts.into_iter().map(|p| vm.new_bytes_as(like, p.to_vec())).collect();
    vm.new_list(vals)
}

// ================================================================= methods

/// The `encoding` and `errors` arguments (bound in `p[1]` and `p[2]`) of `fname`,
/// defaulting to utf-8 and strict.
fn codec_options<'a>(vm: &mut Vm, p: &[Value], fname: &str) -> PyResult<[&'a str; 2]> {
    let mut opts = ["utf-8", "strict"];
    for (i, what) in [(1, "encoding"), (2, "errors")] {
        if p[i].is_null() {
            continue;
        }
        match p[i].as_str() {
            Some(s) => opts[i - 1] = s,
            None => {
                let t = vm.type_name(p[i]);
                return Err(vm.type_error(format!("{}() argument '{}' must be str, not {}", fname, what, t)));
            }
        }
    }
    Ok(opts)
}

fn decode(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = bind(vm, "decode", a, kw, &["self", "encoding", "errors"], 1)?;
    let data = recv(vm, &p, "decode")?;
    let opts = codec_options(vm, &p, "decode")?;
    let s = codecs::decode(vm, &data, opts[0], opts[1])?;
    Ok(vm.new_string(s))
}

fn str_encode(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = bind(vm, "encode", a, kw, &["self", "encoding", "errors"], 1)?;
    if p[0].as_str().is_none() {
        return Err(vm.type_error("descriptor 'encode' for 'str' objects doesn't apply to this object"));
    }
    let opts = codec_options(vm, &p, "encode")?;
    let d = codecs::encode(vm, p[0], opts[0], opts[1])?;
    Ok(vm.new_bytes(d))
}

fn hex(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = bind(vm, "hex", a, kw, &["self", "sep", "bytes_per_sep"], 1)?;
    let data = recv(vm, &p, "hex")?;
    let sep = if p[1].is_null() {
        None
    } else {
        let s: Vec<u8> = if let Some(s) = p[1].as_str() {
            if !s.is_ascii() {
                return Err(vm.value_error("sep must be ASCII."));
            }
            s.as_bytes().to_vec()
        } else if let Some(d) = bytes_like(p[1]) {
            d.into_owned()
        } else {
            let t = vm.type_name(p[1]);
            return Err(vm.type_error(format!("object of type '{}' has no len()", t)));
        };
        if s.len() != 1 {
            return Err(vm.value_error("sep must be length 1."));
        }
        Some(s[0])
    };
    let per = if p[2].is_null() { 1 } else { int_arg(vm, p[2])? };
    Ok(vm.new_string(b::hex(&data, sep, per)))
}

/// (haystack, needle, start, end).
type FindArgs<'a> = (Cow<'a, [u8]>, Vec<u8>, Option<i64>, Option<i64>);

/// The arguments of count/find/index and their right-hand forms; the needle may be
/// a bytes-like object or an int.
fn find_args<'a>(vm: &mut Vm, a: &[Value], kw: &[Value], name: &str) -> PyResult<FindArgs<'a>> {
    arity(vm, a, kw, name, 1, 3)?;
    let s = recv(vm, a, name)?;
    let sub = match bytes_like(a[1]) {
        Some(d) => d.into_owned(),
        None if as_num(a[1]).is_some_and(|n| !matches!(n, Num::Float(_))) => vec![b::byte_value(vm, a[1], BYTE_RANGE)?],
        None => {
            let t = vm.type_name(a[1]);
            return Err(vm.type_error(format!("argument should be integer or bytes-like object, not '{}'", t)));
        }
    };
    let start = if a.len() > 2 { opt_index(vm, a[2])? } else { None };
    let end = if a.len() > 3 { opt_index(vm, a[3])? } else { None };
    Ok((s, sub, start, end))
}
fn count(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (s, sub, st, en) = find_args(vm, a, kw, "count")?;
    Ok(vm.new_int(b::count(&s, &sub, st, en) as i64))
}
fn find(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (s, sub, st, en) = find_args(vm, a, kw, "find")?;
    Ok(vm.new_int(b::find(&s, &sub, st, en)))
}
fn rfind(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (s, sub, st, en) = find_args(vm, a, kw, "rfind")?;
    Ok(vm.new_int(b::rfind(&s, &sub, st, en)))
}
fn index(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (s, sub, st, en) = find_args(vm, a, kw, "index")?;
    match b::find(&s, &sub, st, en) {
        -1 => Err(vm.value_error("subsection not found")),
        i => Ok(vm.new_int(i)),
    }
}
fn rindex(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (s, sub, st, en) = find_args(vm, a, kw, "rindex")?;
    match b::rfind(&s, &sub, st, en) {
        -1 => Err(vm.value_error("subsection not found")),
        i => Ok(vm.new_int(i)),
    }
}

fn prefix_common(vm: &mut Vm, a: &[Value], kw: &[Value], name: &str, at_end: bool) -> PyResult<Value> {
    arity(vm, a, kw, name, 1, 3)?;
    let s = recv(vm, a, name)?;
    let start = if a.len() > 2 { opt_index(vm, a[2])? } else { None };
    let end = if a.len() > 3 { opt_index(vm, a[3])? } else { None };
    let (st, en) = b::adjust_indices(start, end, s.len());
    let matches = |p: &[u8]| -> bool {
        if st > s.len() as i64 || en - st < p.len() as i64 {
            return false;
        }
        let w = &s[st as usize..en as usize];
        if at_end {
            w.ends_with(p)
        } else {
            w.starts_with(p)
        }
    };
    if let Some(t) = a[1].as_tuple() {
        for &x in t.iter() {
            let p = bytes_arg(vm, x)?;
            if matches(&p) {
                return Ok(Value::TRUE);
            }
        }
        return Ok(Value::FALSE);
    }
    match bytes_like(a[1]) {
        Some(p) => Ok(Value::bool(matches(&p))),
        None => {
            let t = vm.type_name(a[1]);
            Err(vm.type_error(format!("{} first arg must be bytes or a tuple of bytes, not {}", name, t)))
        }
    }
}
fn startswith(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    prefix_common(vm, a, kw, "startswith", false)
}
fn endswith(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    prefix_common(vm, a, kw, "endswith", true)
}

fn split_common(vm: &mut Vm, a: &[Value], kw: &[Value], name: &str, right: bool) -> PyResult<Value> {
    let p = bind(vm, name, a, kw, &["self", "sep", "maxsplit"], 1)?;
    let s = recv(vm, &p, name)?;
    let sep = opt_bytes_arg(vm, p[1])?;
    let max = if p[2].is_null() { -1 } else { int_arg(vm, p[2])? };
    let parts = match &sep {
        None if right => b::rsplit_whitespace(&s, max),
        None => b::split_whitespace(&s, max),
        Some(sep) if sep.is_empty() => return Err(vm.value_error("empty separator")),
        Some(sep) if right => b::rsplit_sep(&s, sep, max),
        Some(sep) => b::split_sep(&s, sep, max),
    };
    Ok(bytes_list(vm, p[0], parts))
}
fn split(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    split_common(vm, a, kw, "split", false)
}
fn rsplit(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    split_common(vm, a, kw, "rsplit", true)
}
fn splitlines(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = bind(vm, "splitlines", a, kw, &["self", "keepends"], 1)?;
    let s = recv(vm, &p, "splitlines")?;
    let keep = if p[1].is_null() { false } else { ops::truthy(vm, p[1])? };
    let parts = b::splitlines(&s, keep);
    Ok(bytes_list(vm, p[0], parts))
}

fn join(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    arity(vm, a, kw, "join", 1, 1)?;
    let sep = recv(vm, a, "join")?;
    if !iter::is_iterable(a[1]) {
        return Err(vm.type_error("can only join an iterable"));
    }
    let items = iter::collect(vm, a[1])?;
    let mut out = Vec::new();
    for (i, &x) in items.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        match bytes_like(x) {
            Some(d) => out.extend_from_slice(&d),
            None => {
                let t = vm.type_name(x);
                return Err(vm.type_error(format!("sequence item {}: expected a bytes-like object, {} found", i, t)));
            }
        }
        if out.len() > b::MAX_BYTES {
            return Err(b::memory_error(vm));
        }
    }
    Ok(vm.new_bytes_as(a[0], out))
}

fn strip_common(vm: &mut Vm, a: &[Value], kw: &[Value], name: &str, left: bool, right: bool) -> PyResult<Value> {
    arity(vm, a, kw, name, 0, 1)?;
    let s = recv(vm, a, name)?;
    let chars = if a.len() == 2 { opt_bytes_arg(vm, a[1])? } else { None };
    let r = b::strip(&s, chars.as_deref(), left, right);
    if r.len() == s.len() && a[0].as_bytes().is_some() {
        return Ok(a[0]);
    }
    Ok(vm.new_bytes_as(a[0], r.to_vec()))
}
fn strip(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    strip_common(vm, a, kw, "strip", true, true)
}
fn lstrip(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    strip_common(vm, a, kw, "lstrip", true, false)
}
fn rstrip(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    strip_common(vm, a, kw, "rstrip", false, true)
}

fn replace(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    arity(vm, a, kw, "replace", 2, 3)?;
    let s = recv(vm, a, "replace")?;
    let old = bytes_arg(vm, a[1])?;
    let new = bytes_arg(vm, a[2])?;
    let count = if a.len() == 4 { int_arg(vm, a[3])? } else { -1 };
    if b::replace_size(&s, &old, &new, count).is_none_or(|n| n > b::MAX_BYTES) {
        return Err(b::memory_error(vm));
    }
    let r = b::replace(&s, &old, &new, count);
    Ok(vm.new_bytes_as(a[0], r))
}

fn partition_common(vm: &mut Vm, a: &[Value], kw: &[Value], name: &str, right: bool) -> PyResult<Value> {
    arity(vm, a, kw, name, 1, 1)?;
    let s = recv(vm, a, name)?;
    let sep = bytes_arg(vm, a[1])?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let found = if right { b::rfind_in(&s, &sep) } else { b::find_in(&s, &sep) };
    let parts: [&[u8]; 3] = match found {
        Some(i) => [&s[..i], &sep, &s[i + sep.len()..]],
        None if right => [b"", b"", &s],
        None => [&s, b"", b""],
    };
    let vals: Vec<Value> = parts.iter().map(|p| vm.new_bytes_as(a[0], p.to_vec())).collect();
    Ok(vm.new_tuple(vals))
}
fn partition(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    partition_common(vm, a, kw, "partition", false)
}
fn rpartition(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    partition_common(vm, a, kw, "rpartition", true)
}

fn affix_common(vm: &mut Vm, a: &[Value], kw: &[Value], name: &str, suffix: bool) -> PyResult<Value> {
    arity(vm, a, kw, name, 1, 1)?;
    let s = recv(vm, a, name)?;
    let p = bytes_arg(vm, a[1])?;
    let r: &[u8] = if suffix { s.strip_suffix(&p[..]).unwrap_or(&s) } else { s.strip_prefix(&p[..]).unwrap_or(&s) };
    Ok(vm.new_bytes_as(a[0], r.to_vec()))
}
fn removeprefix(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    affix_common(vm, a, kw, "removeprefix", false)
}
fn removesuffix(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    affix_common(vm, a, kw, "removesuffix", true)
}

fn map_common(vm: &mut Vm, a: &[Value], kw: &[Value], name: &str, f: fn(&[u8]) -> Vec<u8>) -> PyResult<Value> {
    arity(vm, a, kw, name, 0, 0)?;
    let s = recv(vm, a, name)?;
    let r = f(&s);
    Ok(vm.new_bytes_as(a[0], r))
}
fn upper(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    map_common(vm, a, kw, "upper", |s| s.to_ascii_uppercase())
}
fn lower(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    map_common(vm, a, kw, "lower", |s| s.to_ascii_lowercase())
}
fn swapcase(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    map_common(vm, a, kw, "swapcase", b::swapcase)
}
fn capitalize(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    map_common(vm, a, kw, "capitalize", b::capitalize)
}
fn title(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    map_common(vm, a, kw, "title", b::title)
}

fn pred_common(vm: &mut Vm, a: &[Value], kw: &[Value], name: &str, f: fn(&[u8]) -> bool) -> PyResult<Value> {
    arity(vm, a, kw, name, 0, 0)?;
    let s = recv(vm, a, name)?;
    Ok(Value::bool(f(&s)))
}
fn isdigit(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    pred_common(vm, a, kw, "isdigit", |s| !s.is_empty() && s.iter().all(u8::is_ascii_digit))
}
fn isalpha(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    pred_common(vm, a, kw, "isalpha", |s| !s.is_empty() && s.iter().all(u8::is_ascii_alphabetic))
}
fn isalnum(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    pred_common(vm, a, kw, "isalnum", |s| !s.is_empty() && s.iter().all(u8::is_ascii_alphanumeric))
}
fn isspace(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    pred_common(vm, a, kw, "isspace", |s| !s.is_empty() && s.iter().all(|&c| b::is_space(c)))
}
fn isupper(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    pred_common(vm, a, kw, "isupper", |s| s.iter().any(u8::is_ascii_uppercase) && !s.iter().any(u8::is_ascii_lowercase))
}
fn islower(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    pred_common(vm, a, kw, "islower", |s| s.iter().any(u8::is_ascii_lowercase) && !s.iter().any(u8::is_ascii_uppercase))
}
fn istitle(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    pred_common(vm, a, kw, "istitle", b::is_title)
}
fn isascii(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    pred_common(vm, a, kw, "isascii", |s| s.is_ascii())
}

/// center/ljust/rjust: `left` is the share of the padding put before the text.
fn justify(vm: &mut Vm, a: &[Value], kw: &[Value], name: &str, left: fn(usize, usize) -> usize) -> PyResult<Value> {
    arity(vm, a, kw, name, 1, 2)?;
    let s = recv(vm, a, name)?;
    let width = int_arg(vm, a[1])?;
    let fill = if a.len() == 3 {
        match bytes_like(a[2]) {
            Some(f) if f.len() == 1 => f[0],
            _ => {
                let t = vm.type_name(a[2]);
                return Err(vm.type_error(format!("{}() argument 2 must be a byte string of length 1, not {}", name, t)));
            }
        }
    } else {
        b' '
    };
    if width <= s.len() as i64 {
        return Ok(vm.new_bytes_as(a[0], s.into_owned()));
    }
    if width as u64 > b::MAX_BYTES as u64 {
        return Err(b::memory_error(vm));
    }
    let pad = width as usize - s.len();
    let before = left(pad, width as usize);
    let mut out = vec![fill; before];
    out.extend_from_slice(&s);
    out.resize(width as usize, fill);
    Ok(vm.new_bytes_as(a[0], out))
}
fn center(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    // CPython's rounding: the extra byte goes left when both pad and width are odd
    justify(vm, a, kw, "center", |pad, width| pad / 2 + (pad & width & 1))
}
fn ljust(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    justify(vm, a, kw, "ljust", |_, _| 0)
}
fn rjust(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    justify(vm, a, kw, "rjust", |pad, _| pad)
}
fn zfill(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    arity(vm, a, kw, "zfill", 1, 1)?;
    let s = recv(vm, a, "zfill")?;
    let width = int_arg(vm, a[1])?;
    if width <= s.len() as i64 {
        return Ok(vm.new_bytes_as(a[0], s.into_owned()));
    }
    if width as u64 > b::MAX_BYTES as u64 {
        return Err(b::memory_error(vm));
    }
    let pad = width as usize - s.len();
    let mut out = vec![b'0'; pad];
    out.extend_from_slice(&s);
    if let Some(&sign @ (b'+' | b'-')) = s.first() {
        out[0] = sign;
        out[pad] = b'0';
    }
    Ok(vm.new_bytes_as(a[0], out))
}
fn expandtabs(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = bind(vm, "expandtabs", a, kw, &["self", "tabsize"], 1)?;
    let s = recv(vm, &p, "expandtabs")?;
    let t = if p[1].is_null() { 8 } else { int_arg(vm, p[1])?.min(1 << 20) };
    let tabs = s.iter().filter(|&&c| c == b'\t').count();
    if tabs.checked_mul(t.max(0) as usize).is_none_or(|n| n > b::MAX_BYTES) {
        return Err(b::memory_error(vm));
    }
    let r = b::expandtabs(&s, t);
    Ok(vm.new_bytes_as(p[0], r))
}

// ================================================================= bytearray mutation

fn self_array<'a>(vm: &mut Vm, a: &[Value], name: &str) -> PyResult<&'a std::cell::RefCell<Vec<u8>>> {
    match a.first().and_then(|v| v.as_bytearray()) {
        Some(c) => Ok(c),
        None => Err(super::args::bad_receiver(vm, "bytearray", name, a.first().copied())),
    }
}

fn ba_append(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    arity(vm, a, kw, "append", 1, 1)?;
    let cell = self_array(vm, a, "append")?;
    let x = b::byte_value(vm, a[1], BYTE_RANGE)?;
    cell.borrow_mut().push(x);
    Ok(Value::NONE)
}
fn ba_extend(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    arity(vm, a, kw, "extend", 1, 1)?;
    let cell = self_array(vm, a, "extend")?;
    let new = match bytes_like(a[1]) {
        Some(d) => d.into_owned(),
        None if iter::is_iterable(a[1]) => b::from_iterable(vm, a[1], BYTE_RANGE)?,
        None => {
            let t = vm.type_name(a[1]);
            return Err(vm.type_error(format!("can't extend bytearray with {}", t)));
        }
    };
    if cell.borrow().len() + new.len() > b::MAX_BYTES {
        return Err(b::memory_error(vm));
    }
    cell.borrow_mut().extend_from_slice(&new);
    Ok(Value::NONE)
}
fn ba_pop(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    arity(vm, a, kw, "pop", 0, 1)?;
    let cell = self_array(vm, a, "pop")?;
    let i = if a.len() == 2 { int_arg(vm, a[1])? } else { -1 };
    let n = cell.borrow().len();
    if n == 0 {
        return Err(vm.index_error("pop from empty bytearray"));
    }
    match ops::norm_index(i, n) {
        Some(i) => Ok(Value::small_int(cell.borrow_mut().remove(i) as i64)),
        None => Err(vm.index_error("pop index out of range")),
    }
}
fn ba_insert(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    arity(vm, a, kw, "insert", 2, 2)?;
    let cell = self_array(vm, a, "insert")?;
    let i = int_arg(vm, a[1])?;
    let x = b::byte_value(vm, a[2], BYTE_RANGE)?;
    let mut data = cell.borrow_mut();
    let n = data.len() as i64;
    let i = if i < 0 { (i + n).max(0) } else { i.min(n) };
    data.insert(i as usize, x);
    Ok(Value::NONE)
}
fn ba_remove(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    arity(vm, a, kw, "remove", 1, 1)?;
    let cell = self_array(vm, a, "remove")?;
    let x = b::byte_value(vm, a[1], BYTE_RANGE)?;
    let pos = cell.borrow().iter().position(|&c| c == x);
    match pos {
        Some(i) => {
            cell.borrow_mut().remove(i);
            Ok(Value::NONE)
        }
        None => Err(vm.value_error("value not found in bytearray")),
    }
}
fn ba_clear(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    arity(vm, a, kw, "clear", 0, 0)?;
    self_array(vm, a, "clear")?.borrow_mut().clear();
    Ok(Value::NONE)
}
fn ba_reverse(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    arity(vm, a, kw, "reverse", 0, 0)?;
    self_array(vm, a, "reverse")?.borrow_mut().reverse();
    Ok(Value::NONE)
}
fn ba_copy(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    arity(vm, a, kw, "copy", 0, 0)?;
    let d = self_array(vm, a, "copy")?.borrow().clone();
    Ok(vm.new_bytearray(d))
}

fn translate(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = bind(vm, "translate", a, kw, &["self", "table", "delete"], 2)?;
    let s = recv(vm, &p, "translate")?;
    let table = if p[1].is_none() {
        None
    } else {
        let t = bytes_arg(vm, p[1])?;
        if t.len() != 256 {
            return Err(vm.value_error("translation table must be 256 characters long"));
        }
        Some(t)
    };
    let delete = opt_bytes_arg(vm, p[2])?.unwrap_or_default();
    let out: Vec<u8> = s.iter().filter(|c| !delete.contains(c)).map(|&c| table.as_ref().map_or(c, |t| t[c as usize])).collect();
    Ok(vm.new_bytes_as(p[0], out))
}

/// `bytes.maketrans(from, to)`: a static method, so called with or without a receiver.
fn maketrans(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(vm, "maketrans", kw)?;
    let args = if a.len() == 3 { &a[1..] } else { a };
    super::args::arity(vm, "maketrans", args, 2, 2)?;
    let from = bytes_arg(vm, args[0])?;
    let to = bytes_arg(vm, args[1])?;
    if from.len() != to.len() {
        return Err(vm.value_error("maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255u8).collect();
    for (&f, &t) in from.iter().zip(to.iter()) {
        table[f as usize] = t;
    }
    Ok(vm.new_bytes(table))
}

/// The `byteorder` argument: true for big-endian.
fn big_endian(vm: &mut Vm, v: Value) -> PyResult<bool> {
    if v.is_null() {
        return Ok(true);
    }
    match v.as_str() {
        Some("big") => Ok(true),
        Some("little") => Ok(false),
        Some(_) => Err(vm.value_error("byteorder must be either 'little' or 'big'")),
        None => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!("to_bytes() argument 'byteorder' must be str, not {}", t)))
        }
    }
}

fn int_to_bytes(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = bind(vm, "to_bytes", a, kw, &["self", "length", "byteorder", "signed"], 1)?;
    let Some(v) = crate::objects::int::to_bigint(p[0]) else {
        return Err(vm.type_error("descriptor 'to_bytes' for 'int' objects doesn't apply to this object"));
    };
    let len = if p[1].is_null() { 1 } else { int_arg(vm, p[1])? };
    if len < 0 {
        return Err(vm.value_error("length argument must be non-negative"));
    }
    let big = big_endian(vm, p[2])?;
    let signed = !p[3].is_null() && ops::truthy(vm, p[3])?;
    if !signed && num_traits::Signed::is_negative(&v) {
        return Err(vm.overflow_error("can't convert negative int to unsigned"));
    }
    let mut out = b::zeroed(vm, len as usize)?;
    if !num_traits::Zero::is_zero(&v) {
        // little-endian, minimal: two's complement when signed
        let digits = if signed { v.to_signed_bytes_le() } else { v.to_bytes_le().1 };
        if digits.len() > out.len() {
            return Err(vm.overflow_error("int too big to convert"));
        }
        let fill = if num_traits::Signed::is_negative(&v) { 0xff } else { 0 };
        out[digits.len()..].iter_mut().for_each(|x| *x = fill);
        out[..digits.len()].copy_from_slice(&digits);
        if big {
            out.reverse();
        }
    }
    Ok(vm.new_bytes(out))
}

/// `int.from_bytes(bytes, byteorder, *, signed)`: a class method, so called with or
/// without an int receiver (which a bytes source can never be).
fn int_from_bytes(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let npos = a.len() - kw.len();
    let a = if npos > 0 && (a[0].is_any_int() || a[0].is_bool()) { &a[1..] } else { a };
    let p = bind(vm, "from_bytes", a, kw, &["bytes", "byteorder", "signed"], 1)?;
    let data: Vec<u8> = match bytes_like(p[0]) {
        Some(d) => d.into_owned(),
        None if p[0].as_str().is_none() && iter::is_iterable(p[0]) => b::from_iterable(vm, p[0], BYTES_RANGE)?,
        None => return Err(cannot_convert(vm, p[0], "bytes")),
    };
    let big = big_endian(vm, p[1])?;
    let signed = !p[2].is_null() && ops::truthy(vm, p[2])?;
    let n = match (big, signed) {
        (true, false) => num_bigint::BigInt::from_bytes_be(num_bigint::Sign::Plus, &data),
        (false, false) => num_bigint::BigInt::from_bytes_le(num_bigint::Sign::Plus, &data),
        (true, true) => num_bigint::BigInt::from_signed_bytes_be(&data),
        (false, true) => num_bigint::BigInt::from_signed_bytes_le(&data),
    };
    Ok(vm.new_int_big(n))
}
