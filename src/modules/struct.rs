//! `struct`: converting between Python values and C structs packed in bytes, as
//! CPython's `_struct` does: the byte orders `@` (native, aligned), `=`, `<`, `>` and
//! `!` (standard sizes, no alignment), the codes `x c b B ? h H i I l L q Q n N e f d
//! s p P` with repeat counts, and `struct.error` with CPython's messages.

use crate::builtins::args;
use crate::modules::new_native_module;
use crate::objects::bytes::bytes_like;
use crate::objects::int::{as_num, Num};
use crate::objects::module::set_entry;
use crate::objects::native::{self, NativeData};
use crate::objects::ObjKind;
use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};
use num_traits::ToPrimitive;

/// One format code with its repeat count (the byte length for `s` and `p`).
#[derive(Clone, Copy)]
struct Item {
    code: u8,
    count: usize,
    offset: usize,
    size: usize,
}

/// A parsed format.
pub struct Layout {
    items: Vec<Item>,
    size: usize,
    little: bool,
    native: bool,
    nargs: usize,
}

/// Size and alignment of `code`, or None when the byte order does not offer it.
fn code_size(code: u8, native: bool) -> Option<(usize, usize)> {
    Some(match code {
        b'x' | b'c' | b'b' | b'B' | b'?' | b's' | b'p' => (1, 1),
        b'h' | b'H' | b'e' => (2, 2),
        b'i' | b'I' | b'f' => (4, 4),
        b'l' | b'L' if native => (8, 8),
        b'l' | b'L' => (4, 4),
        b'q' | b'Q' | b'd' => (8, 8),
        b'n' | b'N' | b'P' if native => (8, 8),
        _ => return None,
    })
}

/// Parses a format, or returns the message of the struct.error it deserves.
pub fn parse(fmt: &[u8]) -> Result<Layout, &'static str> {
    let (native, little, rest) = match fmt.first() {
        Some(b'@') => (true, cfg!(target_endian = "little"), &fmt[1..]),
        Some(b'=') => (false, cfg!(target_endian = "little"), &fmt[1..]),
        Some(b'<') => (false, true, &fmt[1..]),
        Some(b'>') | Some(b'!') => (false, false, &fmt[1..]),
        _ => (true, cfg!(target_endian = "little"), fmt),
    };
    let mut items = Vec::new();
    let (mut size, mut nargs) = (0usize, 0usize);
    let mut i = 0;
    while i < rest.len() {
        let mut c = rest[i];
        i += 1;
        if c.is_ascii_whitespace() {
            continue;
        }
        let mut count = 1usize;
        if c.is_ascii_digit() {
            count = (c - b'0') as usize;
            while i < rest.len() && rest[i].is_ascii_digit() {
                count = count.checked_mul(10).and_then(|n| n.checked_add((rest[i] - b'0') as usize)).ok_or("total struct size too long")?;
                i += 1;
            }
            if i >= rest.len() {
                return Err("repeat count given without format specifier");
            }
            c = rest[i];
            i += 1;
        }
        let (isize_, align) = code_size(c, native).ok_or("bad char in struct format")?;
        if native && align > 1 {
            size = size.div_ceil(align) * align;
        }
        let total = if c == b's' || c == b'p' { count } else { count.checked_mul(isize_).ok_or("total struct size too long")? };
        items.push(Item { code: c, count, offset: size, size: isize_ });
        size = size.checked_add(total).ok_or("total struct size too long")?;
        nargs += match c {
            b'x' => 0,
            b's' | b'p' => 1,
            _ => count,
        };
    }
    Ok(Layout { items, size, little, native, nargs })
}

// ---------------------------------------------------------------- packing

/// The exception class `struct.error`, carried as the receiver of the module's
/// functions and inside each Struct.
fn error(vm: &mut Vm, err_class: Value, msg: &str) -> PyErr {
    vm.err(err_class, msg)
}

/// An integer argument as CPython's `get_pylong`: an int, or `__index__`.
fn int_of(vm: &mut Vm, err: Value, v: Value) -> PyResult<num_bigint::BigInt> {
    if let Some(b) = crate::objects::int::to_bigint(v) {
        return Ok(b);
    }
    if !v.is_float() {
        if let Some(r) = crate::objects::class::call_special(vm, v, "__index__", &[])? {
            if let Some(b) = crate::objects::int::to_bigint(r) {
                return Ok(b);
            }
        }
    }
    Err(error(vm, err, "required argument is not an integer"))
}

fn float_of(vm: &mut Vm, err: Value, v: Value) -> PyResult<f64> {
    match as_num(v) {
        Some(Num::Float(f)) => return Ok(f),
        Some(Num::Small(i)) => return Ok(i as f64),
        Some(Num::Big(b)) => {
            if let Some(f) = b.to_f64().filter(|f| f.is_finite()) {
                return Ok(f);
            }
        }
        None => {
            for name in ["__float__", "__index__"] {
                if let Some(r) = crate::objects::class::call_special(vm, v, name, &[])? {
                    if let Some(n) = as_num(r) {
                        if let Ok(f) = crate::objects::int::num_to_f64(vm, &n) {
                            return Ok(f);
                        }
                    }
                }
            }
        }
    }
    Err(error(vm, err, "required argument is not a float"))
}

/// Half precision bits of `x`, rounding to nearest even; None when it overflows.
fn f64_to_f16(x: f64) -> Option<u16> {
    let sign = if x.is_sign_negative() { 0x8000u16 } else { 0 };
    if x.is_nan() {
        return Some(sign | 0x7e00);
    }
    let a = x.abs();
    if a.is_infinite() {
        return Some(sign | 0x7c00);
    }
    if a >= 65520.0 {
        return None;
    }
    if a < 6.103515625e-05 {
        // subnormal (or rounds up to the smallest normal, whose bits follow on)
        return Some(sign | (a * 16_777_216.0).round_ties_even() as u16);
    }
    let e = ((a.to_bits() >> 52) & 0x7ff) as i32 - 1023;
    let mant = a / 2f64.powi(e);
    let mut m = ((mant - 1.0) * 1024.0).round_ties_even() as u32;
    let mut e = e;
    if m == 1024 {
        m = 0;
        e += 1;
    }
    if e + 15 >= 31 {
        return None;
    }
    Some(sign | (((e + 15) as u16) << 10) | m as u16)
}

fn f16_to_f64(h: u16) -> f64 {
    let sign = if h & 0x8000 != 0 { -1.0 } else { 1.0 };
    let e = ((h >> 10) & 0x1f) as i32;
    let m = (h & 0x3ff) as f64;
    sign * match e {
        0 => m * 2f64.powi(-24),
        31 if m == 0.0 => f64::INFINITY,
        31 => f64::NAN,
        _ => (1024.0 + m) * 2f64.powi(e - 25),
    }
}

fn put(out: &mut [u8], at: usize, bytes: &[u8], little: bool) {
    let dst = &mut out[at..at + bytes.len()];
    dst.copy_from_slice(bytes);
    if !little {
        dst.reverse();
    }
}

/// Range-checks an integer for `code` and returns its two's-complement bits.
fn int_bits(vm: &mut Vm, err: Value, code: u8, size: usize, (little, native): (bool, bool), v: Value) -> PyResult<u64> {
    let b = int_of(vm, err, v)?;
    // CPython's big-endian standard 8-byte packers report overflow in other words
    let msg = if size == 8 && !little && !native { "int too large to convert" } else { "argument out of range" };
    let out_of_range = |vm: &mut Vm| error(vm, err, msg);
    match code {
        b'b' | b'h' | b'i' | b'l' | b'q' | b'n' => {
            let x = b.to_i64().ok_or_else(|| out_of_range(vm))?;
            let bits = size as u32 * 8;
            if bits < 64 {
                let (lo, hi) = (-(1i64 << (bits - 1)), (1i64 << (bits - 1)) - 1);
                if x < lo || x > hi {
                    let msg = match code {
                        b'b' => "byte format requires -128 <= number <= 127".to_string(),
                        b'h' => "short format requires -32768 <= number <= 32767".to_string(),
                        _ => format!("'{}' format requires {} <= number <= {}", code as char, lo, hi),
                    };
                    return Err(error(vm, err, &msg));
                }
            }
            Ok(x as u64)
        }
        b'B' | b'H' => {
            let x = b.to_i64().ok_or_else(|| out_of_range(vm))?;
            let hi = if code == b'B' { 255 } else { 65535 };
            if !(0..=hi).contains(&x) {
                let msg = if code == b'B' { "ubyte format requires 0 <= number <= 255" } else { "ushort format requires 0 <= number <= 65535" };
                return Err(error(vm, err, msg));
            }
            Ok(x as u64)
        }
        b'P' => match b.to_i64().map(|x| x as u64).or_else(|| b.to_u64()) {
            Some(x) => Ok(x),
            None => Err(error(vm, err, "int too large to convert")),
        },
        _ => {
            // I L Q N: C's unsigned long conversion, then the width's range
            let x = b.to_u64().ok_or_else(|| out_of_range(vm))?;
            if size == 4 && x > u32::MAX as u64 {
                return Err(error(vm, err, &format!("'{}' format requires 0 <= number <= 4294967295", code as char)));
            }
            Ok(x)
        }
    }
}

/// Packs `vals` (exactly `layout.nargs` of them) into `out` at `base`.
fn pack_into_buf(vm: &mut Vm, err: Value, layout: &Layout, vals: &[Value], out: &mut [u8], base: usize) -> PyResult<()> {
    let mut vi = 0;
    for it in &layout.items {
        let at = base + it.offset;
        match it.code {
            b'x' => out[at..at + it.count].fill(0),
            b's' | b'p' => {
                let v = vals[vi];
                vi += 1;
                let data = match v.kind() {
                    Some(ObjKind::Bytes(_)) | Some(ObjKind::ByteArray(_)) => bytes_like(v).unwrap_or_default(),
                    _ => return Err(error(vm, err, &format!("argument for '{}' must be a bytes object", it.code as char))),
                };
                let dst = &mut out[at..at + it.count];
                dst.fill(0);
                if it.code == b's' {
                    let n = data.len().min(it.count);
                    dst[..n].copy_from_slice(&data[..n]);
                } else if it.count > 0 {
                    let n = data.len().min(it.count - 1).min(255);
                    dst[0] = n as u8;
                    dst[1..1 + n].copy_from_slice(&data[..n]);
                }
            }
            code => {
                for k in 0..it.count {
                    let v = vals[vi];
                    vi += 1;
                    let at = at + k * it.size;
                    match code {
                        b'c' => match v.kind() {
                            Some(ObjKind::Bytes(b)) if b.as_slice().len() == 1 => out[at] = b.as_slice()[0],
                            _ => return Err(error(vm, err, "char format requires a bytes object of length 1")),
                        },
                        b'?' => out[at] = crate::objects::ops::truthy(vm, v)? as u8,
                        b'e' => {
                            let x = float_of(vm, err, v)?;
                            match f64_to_f16(x) {
                                Some(h) => put(out, at, &h.to_le_bytes(), layout.little),
                                None => return Err(vm.overflow_error("float too large to pack with e format")),
                            }
                        }
                        b'f' => {
                            let x = float_of(vm, err, v)?;
                            let f = x as f32;
                            if !layout.native && f.is_infinite() && x.is_finite() {
                                return Err(vm.overflow_error("float too large to pack with f format"));
                            }
                            put(out, at, &f.to_le_bytes(), layout.little);
                        }
                        b'd' => {
                            let x = float_of(vm, err, v)?;
                            put(out, at, &x.to_le_bytes(), layout.little);
                        }
                        _ => {
                            let bits = int_bits(vm, err, code, it.size, (layout.little, layout.native), v)?;
                            put(out, at, &bits.to_le_bytes()[..it.size], layout.little);
                        }
                    }
                }
            }
        }
    }
    Ok(())
}

fn get_bytes(data: &[u8], at: usize, n: usize, little: bool) -> u64 {
    let mut b = [0u8; 8];
    b[..n].copy_from_slice(&data[at..at + n]);
    if !little {
        b[..n].reverse();
    }
    u64::from_le_bytes(b)
}

/// Unpacks `layout.size` bytes of `data` from `base` into values.
fn unpack_buf(vm: &mut Vm, layout: &Layout, data: &[u8], base: usize) -> Vec<Value> {
    let mut out = Vec::with_capacity(layout.nargs);
    let little = layout.little;
    for it in &layout.items {
        let at = base + it.offset;
        match it.code {
            b'x' => {}
            b's' => out.push(vm.new_bytes(data[at..at + it.count].to_vec())),
            b'p' => {
                let n = if it.count == 0 { 0 } else { (data[at] as usize).min(it.count - 1) };
                let start = (at + 1).min(at + it.count);
                out.push(vm.new_bytes(data[start..start + n].to_vec()))
            }
            code => {
                for k in 0..it.count {
                    let at = at + k * it.size;
                    let raw = get_bytes(data, at, it.size, little);
                    let v = match code {
                        b'c' => vm.new_bytes(vec![data[at]]),
                        b'?' => Value::bool(raw != 0),
                        b'e' => Value::float(f16_to_f64(raw as u16)),
                        b'f' => Value::float(f32::from_bits(raw as u32) as f64),
                        b'd' => Value::float(f64::from_bits(raw)),
                        b'b' | b'h' | b'i' | b'l' | b'q' | b'n' => {
                            let shift = 64 - it.size as u32 * 8;
                            vm.new_int(((raw << shift) as i64) >> shift)
                        }
                        _ => vm.new_int_i128(raw as i128),
                    };
                    out.push(v);
                }
            }
        }
    }
    out
}

// ---------------------------------------------------------------- Struct objects

/// Largest struct `pack` builds (a format like "99999999999s" asks for more than the
/// process can allocate: MemoryError instead).
const MAX_PACKED: usize = 1 << 32;

/// A compiled format: `struct.Struct(format)`.
pub struct StructObj {
    layout: Layout,
    /// The format as given (a str).
    format: Value,
    /// `struct.error`.
    err: Value,
}

impl NativeData for StructObj {
    fn trace(&self, f: &mut dyn FnMut(Value)) {
        f(self.format);
        f(self.err);
    }
    fn extra_size(&self) -> usize {
        self.layout.items.len() * std::mem::size_of::<Item>()
    }
}

/// The format's text, from a str or bytes argument.
fn format_text(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    if let Some(s) = crate::objects::subclass::str_like(v) {
        return Ok(s.as_bytes().to_vec());
    }
    if let Some(ObjKind::Bytes(b)) = v.kind() {
        return Ok(b.as_slice().to_vec());
    }
    let t = vm.type_name(v);
    Err(vm.type_error(format!("Struct() argument 1 must be a str or bytes object, not {}", t)))
}

fn compile(vm: &mut Vm, err: Value, fmt: Value) -> PyResult<(Layout, Value)> {
    let text = format_text(vm, fmt)?;
    let layout = parse(&text).map_err(|m| error(vm, err, m))?;
    let format = match fmt.as_str() {
        Some(_) => fmt,
        None => vm.new_string(String::from_utf8_lossy(&text).into_owned()),
    };
    Ok((layout, format))
}

/// The `struct.error` class stored in the Struct type's dict at module creation.
fn err_class_of(vm: &mut Vm, struct_type: Value) -> Value {
    let k = vm.intern(ERR_KEY);
    struct_type.as_type().and_then(|t| t.lookup(k)).unwrap_or(vm.types.exception)
}

const ERR_KEY: &str = "_struct_error";

fn struct_new(vm: &mut Vm, cls: Value, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = args::bind(vm, "Struct", a, kw, &["format"], 1)?;
    let err = err_class_of(vm, cls);
    let (layout, format) = compile(vm, err, p[0])?;
    Ok(native::new_object(vm, cls, StructObj { layout, format, err }))
}

fn this<'a>(vm: &mut Vm, a: &[Value], method: &str) -> PyResult<&'a StructObj> {
    native::expect::<StructObj>(vm, a.first().copied().unwrap_or(Value::NONE), "_struct.Struct", method)
}

fn do_pack(vm: &mut Vm, s: &StructObj, vals: &[Value]) -> PyResult<Value> {
    if vals.len() != s.layout.nargs {
        let msg = format!("pack expected {} items for packing (got {})", s.layout.nargs, vals.len());
        return Err(error(vm, s.err, &msg));
    }
    if s.layout.size > MAX_PACKED {
        let c = vm.types.memory_error;
        return Err(PyErr(vm.new_exc_args(c, vec![])));
    }
    let mut out = vec![0u8; s.layout.size];
    pack_into_buf(vm, s.err, &s.layout, vals, &mut out, 0)?;
    Ok(vm.new_bytes(out))
}

fn buffer_arg<'a>(vm: &mut Vm, v: Value) -> PyResult<std::borrow::Cow<'a, [u8]>> {
    match bytes_like(v) {
        Some(b) => Ok(b),
        None => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!("a bytes-like object is required, not '{}'", t)))
        }
    }
}

fn do_unpack(vm: &mut Vm, s: &StructObj, buf: Value) -> PyResult<Value> {
    let data = buffer_arg(vm, buf)?;
    if data.len() != s.layout.size {
        let msg = format!("unpack requires a buffer of {} bytes", s.layout.size);
        return Err(error(vm, s.err, &msg));
    }
    let vals = unpack_buf(vm, &s.layout, &data, 0);
    Ok(vm.new_tuple(vals))
}

/// A byte offset into a buffer of `len` bytes, negative ones counting from the end.
fn resolve_offset(vm: &mut Vm, s: &StructObj, off: Value, len: usize, packing: bool) -> PyResult<usize> {
    let o = crate::builtins::as_index(vm, off)?;
    let size = s.layout.size;
    let start = if o < 0 {
        if o.unsigned_abs() as usize > len {
            return Err(error(vm, s.err, &format!("offset {} out of range for {}-byte buffer", o, len)));
        }
        len - o.unsigned_abs() as usize
    } else {
        o as usize
    };
    if len < start || len - start < size {
        let msg = if packing {
            format!(
                "pack_into requires a buffer of at least {} bytes for packing {} bytes at offset {} (actual buffer size is {})",
                size.saturating_add(start),
                size,
                start,
                len
            )
        } else {
            format!(
                "unpack_from requires a buffer of at least {} bytes for unpacking {} bytes at offset {} (actual buffer size is {})",
                size.saturating_add(start),
                size,
                start,
                len
            )
        };
        return Err(error(vm, s.err, &msg));
    }
    Ok(start)
}

fn do_pack_into(vm: &mut Vm, s: &StructObj, buf: Value, off: Value, vals: &[Value]) -> PyResult<Value> {
    let Some(target) = buf.as_bytearray() else {
        let t = vm.type_name(buf);
        return Err(vm.type_error(format!("argument must be read-write bytes-like object, not {}", t)));
    };
    if vals.len() != s.layout.nargs {
        let msg = format!("pack expected {} items for packing (got {})", s.layout.nargs, vals.len());
        return Err(error(vm, s.err, &msg));
    }
    let len = target.borrow().len();
    let start = resolve_offset(vm, s, off, len, true)?;
    // packed into a scratch buffer first: converting the values may run Python code
    // that resizes the bytearray
    let mut out = vec![0u8; s.layout.size];
    pack_into_buf(vm, s.err, &s.layout, vals, &mut out, 0)?;
    let mut t = target.borrow_mut();
    if t.len() < start + out.len() {
        drop(t);
        return Err(vm.value_error("buffer resized while packing"));
    }
    t[start..start + out.len()].copy_from_slice(&out);
    Ok(Value::NONE)
}

fn do_unpack_from(vm: &mut Vm, s: &StructObj, buf: Value, off: Value) -> PyResult<Value> {
    let data = buffer_arg(vm, buf)?;
    let start = resolve_offset(vm, s, if off.is_null() { Value::small_int(0) } else { off }, data.len(), false)?;
    let vals = unpack_buf(vm, &s.layout, &data, start);
    Ok(vm.new_tuple(vals))
}

fn do_iter_unpack(vm: &mut Vm, s: &StructObj, buf: Value) -> PyResult<Value> {
    let data = buffer_arg(vm, buf)?;
    let size = s.layout.size;
    if size == 0 {
        return Err(error(vm, s.err, "cannot iteratively unpack with a struct of length 0"));
    }
    if data.len() % size != 0 {
        return Err(error(vm, s.err, &format!("iterative unpacking requires a buffer of a multiple of {} bytes", size)));
    }
    let mut tuples = Vec::with_capacity(data.len() / size);
    for base in (0..data.len()).step_by(size) {
        let vals = unpack_buf(vm, &s.layout, &data, base);
        // the tuples made so far are only in this Rust vector, but no safepoint
        // (no call into Python) happens while it fills
        tuples.push(vm.new_tuple(vals));
    }
    let list = vm.new_list(tuples);
    crate::objects::iter::get_iter(vm, list)
}

fn m_pack(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    args::no_kwargs(vm, "pack", kw)?;
    let s = this(vm, a, "pack")?;
    do_pack(vm, s, &a[1..])
}

fn m_unpack(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    args::no_kwargs(vm, "unpack", kw)?;
    args::method_arity(vm, "Struct", "unpack", a, 1, 1)?;
    let s = this(vm, a, "unpack")?;
    do_unpack(vm, s, a[1])
}

fn m_pack_into(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    args::no_kwargs(vm, "pack_into", kw)?;
    let s = this(vm, a, "pack_into")?;
    if a.len() < 3 {
        return Err(vm.type_error(format!("pack_into expected buffer argument{}", if a.len() < 2 { "" } else { " and offset" })));
    }
    do_pack_into(vm, s, a[1], a[2], &a[3..])
}

fn m_unpack_from(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = args::bind(vm, "unpack_from", a, kw, &["self", "buffer", "offset"], 2)?;
    let s = this(vm, &p, "unpack_from")?;
    do_unpack_from(vm, s, p[1], p[2])
}

fn m_iter_unpack(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    args::no_kwargs(vm, "iter_unpack", kw)?;
    args::method_arity(vm, "Struct", "iter_unpack", a, 1, 1)?;
    let s = this(vm, a, "iter_unpack")?;
    do_iter_unpack(vm, s, a[1])
}

fn g_format(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(this(vm, a, "format")?.format)
}

fn g_size(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let n = this(vm, a, "size")?.layout.size;
    Ok(vm.new_int(n as i64))
}

// ---------------------------------------------------------------- module functions

/// The module functions receive `struct.error` as their bound receiver (`a[0]`),
/// then the format; they compile it each call (formats are short).
fn with_format<'a>(vm: &mut Vm, a: &[Value], fname: &str, min_after: usize) -> PyResult<StructObj> {
    let err = a.first().copied().unwrap_or(Value::NONE);
    if a.len() < 2 + min_after {
        let need = 1 + min_after;
        let given = a.len().saturating_sub(1);
        let msg = if need == 1 {
            format!("{}() missing required argument 'format' (pos 1)", fname)
        } else {
            format!("{} expected {} arguments, got {}", fname, need, given)
        };
        return Err(vm.type_error(msg));
    }
    let (layout, format) = compile(vm, err, a[1])?;
    Ok(StructObj { layout, format, err })
}

fn f_pack(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    args::no_kwargs(vm, "pack", kw)?;
    let s = with_format(vm, a, "pack", 0)?;
    do_pack(vm, &s, &a[2..])
}

fn f_unpack(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    args::no_kwargs(vm, "unpack", kw)?;
    if a.len() != 3 {
        return Err(vm.type_error(format!("unpack expected 2 arguments, got {}", a.len().saturating_sub(1))));
    }
    let s = with_format(vm, a, "unpack", 1)?;
    do_unpack(vm, &s, a[2])
}

fn f_calcsize(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    args::no_kwargs(vm, "calcsize", kw)?;
    if a.len() != 2 {
        return Err(vm.type_error(format!("calcsize() takes exactly one argument ({} given)", a.len().saturating_sub(1))));
    }
    let s = with_format(vm, a, "calcsize", 0)?;
    Ok(vm.new_int(s.layout.size as i64))
}

fn f_pack_into(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    args::no_kwargs(vm, "pack_into", kw)?;
    let s = with_format(vm, a, "pack_into", 0)?;
    if a.len() < 4 {
        return Err(vm.type_error(format!("pack_into expected buffer argument{}", if a.len() < 3 { "" } else { " and offset" })));
    }
    do_pack_into(vm, &s, a[2], a[3], &a[4..])
}

fn f_unpack_from(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = args::bind(vm, "unpack_from", a, kw, &["self", "format", "buffer", "offset"], 3)?;
    let s = with_format(vm, &p[..2], "unpack_from", 0)?;
    do_unpack_from(vm, &s, p[2], p[3])
}

fn f_iter_unpack(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    args::no_kwargs(vm, "iter_unpack", kw)?;
    if a.len() != 3 {
        return Err(vm.type_error(format!("iter_unpack expected 2 arguments, got {}", a.len().saturating_sub(1))));
    }
    let s = with_format(vm, a, "iter_unpack", 1)?;
    do_iter_unpack(vm, &s, a[2])
}

pub fn init(vm: &mut Vm, name: &str) -> PyResult<Value> {
    let (m, d) = new_native_module(vm, name);
    // struct.error: class error(Exception) in module "struct"
    let ename = vm.new_str("error");
    let exc = vm.types.exception;
    let bases = vm.new_tuple_from(&[exc]);
    let ns = vm.new_dict();
    let modname = vm.new_str("struct");
    let key = vm.intern("__module__");
    crate::objects::ops::dict_set(vm, ns, key, modname)?;
    let type_ = vm.types.type_;
    let err = vm.call(type_, &[ename, bases, ns])?;
    set_entry(vm, d, "error", err);
    let t = native::new_type(
        vm,
        "Struct",
        "_struct",
        Value::NULL,
        Some(struct_new),
        &[("pack", m_pack), ("unpack", m_unpack), ("pack_into", m_pack_into), ("unpack_from", m_unpack_from), ("iter_unpack", m_iter_unpack)],
    );
    native::add_getter(vm, t, "format", g_format);
    native::add_getter(vm, t, "size", g_size);
    if let Some(tt) = t.as_type() {
        let (td, k) = (tt.dict, vm.intern(ERR_KEY));
        crate::objects::ops::dict_set_str(vm, td, k, err);
    }
    set_entry(vm, d, "Struct", t);
    let funcs: [(&'static str, crate::objects::NativeFn); 6] = [
        ("pack", f_pack),
        ("unpack", f_unpack),
        ("calcsize", f_calcsize),
        ("pack_into", f_pack_into),
        ("unpack_from", f_unpack_from),
        ("iter_unpack", f_iter_unpack),
    ];
    for (n, f) in funcs {
        let fv = vm.alloc(ObjKind::Builtin(crate::objects::BuiltinFn { name: n, func: f, self_: err, owner: Value::NULL }));
        set_entry(vm, d, n, fv);
    }
    Ok(m)
}
