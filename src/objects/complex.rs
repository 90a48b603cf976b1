//! The builtin `complex` type: a native object (`objects::native`) holding two floats,
//! with CPython 3.11's arithmetic (`_Py_c_quot`'s scaled division, integer powers by
//! repeated squaring), hashing, repr and string parsing.
//!
//! Operands of other numeric types (bool, int, float) are converted to complex first,
//! as CPython's `complex` slots do, so `(1+2j) * 2` multiplies as complexes.

use super::int::{self, as_num};
use super::native::{self, NativeData};
use super::NativeFn;
use crate::builtins::args::{bind, method_arity};
use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};

/// A complex number's payload.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Complex {
    pub re: f64,
    pub im: f64,
}

impl NativeData for Complex {
    fn trace(&self, _f: &mut dyn FnMut(Value)) {}
}

impl Complex {
    pub const fn new(re: f64, im: f64) -> Complex {
        Complex { re, im }
    }
    fn add(self, o: Complex) -> Complex {
        Complex::new(self.re + o.re, self.im + o.im)
    }
    fn sub(self, o: Complex) -> Complex {
        Complex::new(self.re - o.re, self.im - o.im)
    }
    pub fn mul(self, o: Complex) -> Complex {
        Complex::new(self.re * o.re - self.im * o.im, self.re * o.im + self.im * o.re)
    }
}

/// Why a complex operation failed (CPython's errno values).
#[derive(Debug, PartialEq)]
pub enum CErr {
    /// EDOM: division by zero, 0 to a negative or complex power.
    Domain,
    /// ERANGE: an infinite result from finite operands.
    Range,
}

/// `a / b` by Smith's method (the larger part of `b` divides first), as CPython.
pub fn quot(a: Complex, b: Complex) -> Result<Complex, CErr> {
    let (abs_re, abs_im) = (b.re.abs(), b.im.abs());
    if abs_re >= abs_im {
        if abs_re == 0.0 {
            return Err(CErr::Domain);
        }
        let ratio = b.im / b.re;
        let denom = b.re + b.im * ratio;
        Ok(Complex::new((a.re + a.im * ratio) / denom, (a.im - a.re * ratio) / denom))
    } else if abs_im >= abs_re {
        let ratio = b.re / b.im;
        let denom = b.re * ratio + b.im;
        Ok(Complex::new((a.re * ratio + a.im) / denom, (a.im * ratio - a.re) / denom))
    } else {
        // a NaN in b
        Ok(Complex::new(f64::NAN, f64::NAN))
    }
}

/// `a ** b` through polar form.
fn pow_polar(a: Complex, b: Complex) -> Result<Complex, CErr> {
    if b.re == 0.0 && b.im == 0.0 {
        return Ok(Complex::new(1.0, 0.0));
    }
    if a.re == 0.0 && a.im == 0.0 {
        if b.im != 0.0 || b.re < 0.0 {
            return Err(CErr::Domain);
        }
        return Ok(Complex::new(0.0, 0.0));
    }
    let vabs = a.re.hypot(a.im);
    let mut len = vabs.powf(b.re);
    let at = a.im.atan2(a.re);
    let mut phase = at * b.re;
    if b.im != 0.0 {
        len /= (at * b.im).exp();
        phase += b.im * vabs.ln();
    }
    if phase.is_infinite() {
        // libm's cos and sin of an infinity report a domain error, which CPython
        // turns into its ZeroDivisionError
        return Err(CErr::Domain);
    }
    Ok(Complex::new(len * phase.cos(), len * phase.sin()))
}

/// `x ** n` for 0 < n by binary powering.
fn pow_unsigned(x: Complex, n: i64) -> Complex {
    let (mut r, mut p, mut mask) = (Complex::new(1.0, 0.0), x, 1i64);
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            r = r.mul(p);
        }
        mask <<= 1;
        p = p.mul(p);
    }
    r
}

/// `a ** b` with CPython's choice of algorithm and its overflow check.
pub fn pow(a: Complex, b: Complex) -> Result<Complex, CErr> {
    let n = b.re as i64;
    let r = if b.im == 0.0 && b.re == n as f64 {
        if !(-100..=100).contains(&n) {
            pow_polar(a, Complex::new(n as f64, 0.0))?
        } else if n > 0 {
            pow_unsigned(a, n)
        } else {
            quot(Complex::new(1.0, 0.0), pow_unsigned(a, -n))?
        }
    } else {
        pow_polar(a, b)?
    };
    if r.re.is_infinite() || r.im.is_infinite() {
        return Err(CErr::Range);
    }
    Ok(r)
}

/// `abs(z)`, None when it overflows.
pub fn abs(z: Complex) -> Option<f64> {
    if z.re.is_infinite() || z.im.is_infinite() {
        return Some(f64::INFINITY);
    }
    if z.re.is_nan() || z.im.is_nan() {
        return Some(f64::NAN);
    }
    let r = z.re.hypot(z.im);
    r.is_finite().then_some(r)
}

/// The complex value of `v` when it is a complex.
#[inline]
pub fn as_complex(v: Value) -> Option<Complex> {
    native::data::<Complex>(v).copied()
}

/// A new complex object.
pub fn new_complex(vm: &mut Vm, z: Complex) -> Value {
    let t = vm.types.complex;
    native::new_object(vm, t, z)
}

/// An operand of a complex operation: a complex, or a real number converted (None:
/// not a number, the operator returns NotImplemented).
fn operand(vm: &mut Vm, v: Value) -> PyResult<Option<Complex>> {
    if let Some(z) = as_complex(v) {
        return Ok(Some(z));
    }
    match as_num(v) {
        Some(n) => Ok(Some(Complex::new(int::num_to_f64(vm, &n)?, 0.0))),
        None => Ok(None),
    }
}

/// The receiver of a complex method.
fn this(vm: &mut Vm, a: &[Value], name: &str) -> PyResult<Complex> {
    let v = a.first().copied().unwrap_or(Value::NONE);
    match as_complex(v) {
        Some(z) => Ok(z),
        None if name.starts_with("__") => {
            // a slot wrapper's wording
            let t = vm.type_name(v);
            Err(vm.type_error(format!("descriptor '{}' requires a 'complex' object but received a '{}'", name, t)))
        }
        None => native::expect::<Complex>(vm, v, "complex", name).copied(),
    }
}

#[cold]
fn raise(vm: &mut Vm, e: CErr, domain: &str, range: &str) -> PyErr {
    match e {
        CErr::Domain => vm.zero_div(domain),
        CErr::Range => vm.overflow_error(range),
    }
}

/// CPython's `repr` of one part: shortest round-trip digits, no `.0` added.
fn part_repr(x: f64) -> String {
    let s = super::numfmt::float_repr(x);
    match s.strip_suffix(".0") {
        Some(t) if !s.contains('e') => t.to_string(),
        _ => s,
    }
}

/// `repr(z)`: `1j`, `(1+2j)`, `(-0-0j)`, `(nan+infj)`.
pub fn repr_complex(z: Complex) -> String {
    if z.re == 0.0 && z.re.is_sign_positive() {
        return format!("{}j", part_repr(z.im));
    }
    let im = part_repr(z.im);
    let sign = if im.starts_with('-') { "" } else { "+" };
    format!("({}{}{}j)", part_repr(z.re), sign, im)
}

/// `hash(z)`: the real part's hash plus 1000003 times the imaginary part's.
pub fn hash_complex(z: Complex) -> i64 {
    let (hr, hi) = (super::numfmt::hash_float(z.re) as u64, super::numfmt::hash_float(z.im) as u64);
    let h = hr.wrapping_add(hi.wrapping_mul(1000003)) as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

// ---------------------------------------------------------------- parsing

/// The length of the longest float literal at the start of `s` (sign, digits,
/// fraction, exponent, or inf/infinity/nan), 0 if none.
fn float_prefix_len(s: &[u8]) -> usize {
    let mut i = 0;
    if matches!(s.first(), Some(b'+') | Some(b'-')) {
        i = 1;
    }
    let rest = &s[i..];
    for word in ["infinity", "inf", "nan"] {
        if rest.len() >= word.len() && rest[..word.len()].eq_ignore_ascii_case(word.as_bytes()) {
            return i + word.len();
        }
    }
    let start = i;
    while i < s.len() && s[i].is_ascii_digit() {
        i += 1;
    }
    let mut digits = i > start;
    if i < s.len() && s[i] == b'.' {
        let mut j = i + 1;
        while j < s.len() && s[j].is_ascii_digit() {
            j += 1;
        }
        if j > i + 1 || digits {
            digits = true;
            i = j;
        }
    }
    if !digits {
        return 0;
    }
    if i < s.len() && (s[i] == b'e' || s[i] == b'E') {
        let mut j = i + 1;
        if j < s.len() && (s[j] == b'+' || s[j] == b'-') {
            j += 1;
        }
        let k = j;
        while j < s.len() && s[j].is_ascii_digit() {
            j += 1;
        }
        if j > k {
            i = j;
        }
    }
    i
}

fn parse_prefix(s: &str, at: usize) -> Option<(f64, usize)> {
    let n = float_prefix_len(&s.as_bytes()[at..]);
    if n == 0 {
        return None;
    }
    super::numfmt::parse_float(&s[at..at + n]).map(|f| (f, at + n))
}

/// Parses `complex("...")` text (underscores already removed). None: malformed.
fn parse_complex(text: &str) -> Option<Complex> {
    let s = text.trim_matches(|c: char| c.is_whitespace());
    let (s, bracket) = match s.strip_prefix('(') {
        Some(inner) => (inner.trim_start_matches(|c: char| c.is_whitespace()), true),
        None => (s, false),
    };
    let b = s.as_bytes();
    let is_j = |i: usize| matches!(b.get(i), Some(b'j') | Some(b'J'));
    let (mut re, mut im, mut pos) = (0.0, 0.0, 0usize);
    match parse_prefix(s, 0) {
        Some((x, end)) => {
            pos = end;
            if matches!(b.get(pos), Some(b'+') | Some(b'-')) {
                re = x;
                match parse_prefix(s, pos) {
                    Some((y, end2)) => {
                        im = y;
                        pos = end2;
                    }
                    None => {
                        im = if b[pos] == b'+' { 1.0 } else { -1.0 };
                        pos += 1;
                    }
                }
                if !is_j(pos) {
                    return None;
                }
                pos += 1;
            } else if is_j(pos) {
                im = x;
                pos += 1;
            } else {
                re = x;
            }
        }
        None => {
            match b.first() {
                Some(b'+') => {
                    im = 1.0;
                    pos = 1
                }
                Some(b'-') => {
                    im = -1.0;
                    pos = 1
                }
                _ => im = 1.0,
            }
            if !is_j(pos) {
                return None;
            }
            pos += 1;
        }
    }
    let mut rest = s[pos..].trim_start_matches(|c: char| c.is_whitespace());
    if bracket {
        rest = rest.strip_prefix(')')?.trim_start_matches(|c: char| c.is_whitespace());
    }
    rest.is_empty().then_some(Complex::new(re, im))
}

/// Underscores are allowed only between digits; they are then dropped. None: badly
/// placed.
fn strip_underscores(s: &str) -> Option<String> {
    let b = s.as_bytes();
    for (i, &c) in b.iter().enumerate() {
        if c == b'_' {
            let before = i > 0 && b[i - 1].is_ascii_digit();
            let after = b.get(i + 1).is_some_and(|d| d.is_ascii_digit());
            if !before || !after {
                return None;
            }
        }
    }
    Some(s.replace('_', ""))
}

fn from_str(vm: &mut Vm, original: &str) -> PyResult<Complex> {
    // non-ASCII decimal digits and spaces count as their ASCII forms
    let ascii = super::numfmt::normalize_numeric(original).and_then(|b| String::from_utf8(b).ok());
    let Some(s) = ascii.as_deref() else {
        return Err(vm.value_error("complex() arg is a malformed string"));
    };
    let text = if s.contains('_') {
        match strip_underscores(s) {
            Some(t) => t,
            None => {
                let r = super::strops::repr(original);
                return Err(vm.value_error(format!("could not convert string to complex: {}", r)));
            }
        }
    } else {
        s.to_string()
    };
    if text.contains('\0') {
        return Err(vm.value_error("complex() arg is a malformed string"));
    }
    parse_complex(&text).ok_or_else(|| vm.value_error("complex() arg is a malformed string"))
}

// ---------------------------------------------------------------- constructor

/// `__complex__` of an instance, if its class defines it.
fn complex_special(vm: &mut Vm, v: Value) -> PyResult<Option<Complex>> {
    if !super::class::has_user_class(v) || as_complex(v).is_some() {
        return Ok(None);
    }
    match super::class::call_special(vm, v, "__complex__", &[])? {
        None => Ok(None),
        Some(r) => match as_complex(r) {
            Some(z) => Ok(Some(z)),
            None => {
                let t = vm.type_name(r);
                Err(vm.type_error(format!("__complex__ returned non-complex (type {})", t)))
            }
        },
    }
}

/// A real number argument as float (ints, floats, `__float__`, `__index__`).
fn real_of(vm: &mut Vm, v: Value) -> PyResult<Option<f64>> {
    let mut x = v;
    if super::class::has_user_class(v) {
        match super::class::float_of(vm, v)? {
            Some(r) => x = r,
            None => {
                if super::subclass::payload_of(v).is_none() {
                    return Ok(None);
                }
            }
        }
    }
    match as_num(x) {
        Some(n) => Ok(Some(int::num_to_f64(vm, &n)?)),
        None => Ok(None),
    }
}

fn complex_new(vm: &mut Vm, _cls: Value, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = bind(vm, "complex", a, kw, &["real", "imag"], 0)?;
    let (r, i) = (p[0], p[1]);
    if r.is_null() && i.is_null() {
        return Ok(new_complex(vm, Complex::new(0.0, 0.0)));
    }
    if !r.is_null() {
        if let Some(s) = super::subclass::str_like(r) {
            if !i.is_null() {
                return Err(vm.type_error("complex() can't take second arg if first is a string"));
            }
            let z = from_str(vm, s)?;
            return Ok(new_complex(vm, z));
        }
    }
    if !i.is_null() && super::subclass::str_like(i).is_some() {
        return Err(vm.type_error("complex() second arg can't be a string"));
    }
    // the real part: a complex (or `__complex__`), or a real number
    let (cr, cr_complex) = if r.is_null() {
        (Complex::new(0.0, 0.0), false)
    } else if let Some(z) = as_complex(r) {
        if i.is_null() {
            return Ok(r);
        }
        (z, true)
    } else if let Some(z) = complex_special(vm, r)? {
        (z, true)
    } else {
        match real_of(vm, r)? {
            Some(f) => (Complex::new(f, 0.0), false),
            None => {
                let t = vm.type_name(r);
                return Err(vm.type_error(format!("complex() first argument must be a string or a number, not '{}'", t)));
            }
        }
    };
    let (ci, ci_complex) = if i.is_null() {
        (Complex::new(cr.im, 0.0), false)
    } else if let Some(z) = as_complex(i) {
        (z, true)
    } else {
        match real_of(vm, i)? {
            Some(f) => (Complex::new(f, 0.0), false),
            None => {
                let t = vm.type_name(i);
                return Err(vm.type_error(format!("complex() second argument must be a number, not '{}'", t)));
            }
        }
    };
    let mut re = cr.re;
    let mut im = ci.re;
    if ci_complex {
        re -= ci.im;
    }
    if cr_complex && !i.is_null() {
        im += cr.im;
    }
    Ok(new_complex(vm, Complex::new(re, im)))
}

// ---------------------------------------------------------------- methods

fn binary(vm: &mut Vm, a: &[Value], name: &str, reflected: bool, f: fn(&mut Vm, Complex, Complex) -> PyResult<Complex>) -> PyResult<Value> {
    method_arity(vm, "complex", name, a, 1, 1)?;
    let z = this(vm, a, name)?;
    let Some(o) = operand(vm, a[1])? else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    let r = if reflected { f(vm, o, z)? } else { f(vm, z, o)? };
    Ok(new_complex(vm, r))
}

fn op_add(_vm: &mut Vm, x: Complex, y: Complex) -> PyResult<Complex> {
    Ok(x.add(y))
}
fn op_sub(_vm: &mut Vm, x: Complex, y: Complex) -> PyResult<Complex> {
    Ok(x.sub(y))
}
fn op_mul(_vm: &mut Vm, x: Complex, y: Complex) -> PyResult<Complex> {
    Ok(x.mul(y))
}
fn op_div(vm: &mut Vm, x: Complex, y: Complex) -> PyResult<Complex> {
    quot(x, y).map_err(|e| raise(vm, e, "complex division by zero", "complex division"))
}
fn op_pow(vm: &mut Vm, x: Complex, y: Complex) -> PyResult<Complex> {
    pow(x, y).map_err(|e| raise(vm, e, "0.0 to a negative or complex power", "complex exponentiation"))
}

fn c_add(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    binary(vm, a, "__add__", false, op_add)
}
fn c_radd(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    binary(vm, a, "__radd__", true, op_add)
}
fn c_sub(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    binary(vm, a, "__sub__", false, op_sub)
}
fn c_rsub(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    binary(vm, a, "__rsub__", true, op_sub)
}
fn c_mul(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    binary(vm, a, "__mul__", false, op_mul)
}
fn c_rmul(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    binary(vm, a, "__rmul__", true, op_mul)
}
fn c_truediv(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    binary(vm, a, "__truediv__", false, op_div)
}
fn c_rtruediv(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    binary(vm, a, "__rtruediv__", true, op_div)
}

fn pow_common(vm: &mut Vm, a: &[Value], name: &str, reflected: bool) -> PyResult<Value> {
    method_arity(vm, "complex", name, a, 1, 2)?;
    if a.len() == 3 && !a[2].is_none() {
        return Err(vm.value_error("complex modulo"));
    }
    binary(vm, &a[..2], name, reflected, op_pow)
}
fn c_pow(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    pow_common(vm, a, "__pow__", false)
}
fn c_rpow(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    pow_common(vm, a, "__rpow__", true)
}

fn c_neg(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    method_arity(vm, "complex", "__neg__", a, 0, 0)?;
    let z = this(vm, a, "__neg__")?;
    Ok(new_complex(vm, Complex::new(-z.re, -z.im)))
}
fn c_pos(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    method_arity(vm, "complex", "__pos__", a, 0, 0)?;
    let z = this(vm, a, "__pos__")?;
    Ok(new_complex(vm, z))
}
fn c_abs(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    method_arity(vm, "complex", "__abs__", a, 0, 0)?;
    let z = this(vm, a, "__abs__")?;
    match abs(z) {
        Some(r) => Ok(Value::float(r)),
        None => Err(vm.overflow_error("absolute value too large")),
    }
}
fn c_bool(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    method_arity(vm, "complex", "__bool__", a, 0, 0)?;
    let z = this(vm, a, "__bool__")?;
    Ok(Value::bool(z.re != 0.0 || z.im != 0.0))
}
fn c_conjugate(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    method_arity(vm, "complex", "conjugate", a, 0, 0)?;
    let z = this(vm, a, "conjugate")?;
    Ok(new_complex(vm, Complex::new(z.re, -z.im)))
}
fn c_complex(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    method_arity(vm, "complex", "__complex__", a, 0, 0)?;
    let z = this(vm, a, "__complex__")?;
    Ok(new_complex(vm, z))
}
fn c_getnewargs(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    method_arity(vm, "complex", "__getnewargs__", a, 0, 0)?;
    let z = this(vm, a, "__getnewargs__")?;
    Ok(vm.new_tuple(vec![Value::float(z.re), Value::float(z.im)]))
}
fn c_repr(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    method_arity(vm, "complex", "__repr__", a, 0, 0)?;
    let z = this(vm, a, "__repr__")?;
    let s = repr_complex(z);
    Ok(vm.new_string(s))
}
fn c_hash(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    method_arity(vm, "complex", "__hash__", a, 0, 0)?;
    let z = this(vm, a, "__hash__")?;
    Ok(vm.new_int(hash_complex(z)))
}

/// `z == other`: None for NotImplemented.
fn equal(vm: &mut Vm, z: Complex, other: Value) -> Option<bool> {
    let _ = vm;
    if let Some(o) = as_complex(other) {
        return Some(z.re == o.re && z.im == o.im);
    }
    match as_num(other)? {
        int::Num::Float(f) => Some(z.im == 0.0 && z.re == f),
        // ints compare exactly with the real part, however big
        int::Num::Small(i) => Some(z.im == 0.0 && int::cmp_int_float(&i.into(), z.re) == Some(std::cmp::Ordering::Equal)),
        int::Num::Big(b) => Some(z.im == 0.0 && int::cmp_int_float(b, z.re) == Some(std::cmp::Ordering::Equal)),
    }
}
fn c_eq(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    method_arity(vm, "complex", "__eq__", a, 1, 1)?;
    let z = this(vm, a, "__eq__")?;
    Ok(equal(vm, z, a[1]).map_or(Value::NOT_IMPLEMENTED, Value::bool))
}
fn c_ne(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    method_arity(vm, "complex", "__ne__", a, 1, 1)?;
    let z = this(vm, a, "__ne__")?;
    Ok(equal(vm, z, a[1]).map_or(Value::NOT_IMPLEMENTED, |e| Value::bool(!e)))
}

/// `format(z, spec)`: an empty spec is `str(z)`; otherwise each part is formatted as a
/// float with the spec's type, then the pair is aligned and padded as a whole.
fn c_format(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    method_arity(vm, "complex", "__format__", a, 1, 1)?;
    let z = this(vm, a, "__format__")?;
    let Some(spec) = a[1].as_str() else {
        let t = vm.type_name(a[1]);
        return Err(vm.type_error(format!("__format__() argument must be str, not {}", t)));
    };
    if spec.is_empty() {
        let s = repr_complex(z);
        return Ok(vm.new_string(s));
    }
    let s = format_complex(z, spec).map_err(|m| vm.value_error(m))?;
    Ok(vm.new_string(s))
}

/// CPython's complex `__format__` for a non-empty spec: each part formatted as a
/// float (the imaginary part always signed), then the whole aligned (right by default).
fn format_complex(z: Complex, spec: &str) -> Result<String, String> {
    let fs = super::numfmt::parse_format_spec(spec).map_err(|e| e.message().to_string())?;
    if fs.zero_pad {
        return Err("Zero padding is not allowed in complex format specifier".into());
    }
    if fs.align == Some('=') {
        return Err("'=' alignment flag is not allowed in complex format specifier".into());
    }
    let mut ty = match fs.ty {
        None => 'r',
        Some('n') => 'g',
        Some(t @ ('e' | 'E' | 'f' | 'F' | 'g' | 'G')) => t,
        Some(t) => return Err(format!("Unknown format code '{}' for object of type 'complex'", t)),
    };
    let (mut skip_re, mut parens) = (false, false);
    if ty == 'r' {
        if z.re == 0.0 && z.re.is_sign_positive() {
            skip_re = true;
        } else {
            parens = true;
        }
        if fs.precision.is_some() {
            ty = 'g';
        }
    }
    let part = |x: f64, sign: Option<char>| -> Result<String, String> {
        if ty == 'r' {
            let r = part_repr(x);
            return Ok(match sign {
                Some(s) if !r.starts_with('-') => format!("{}{}", s, r),
                _ => r,
            });
        }
        let mut sub = String::new();
        if let Some(s) = sign {
            sub.push(s);
        }
        if fs.alternate {
            sub.push('#');
        }
        if let Some(g) = fs.grouping {
            sub.push(g);
        }
        if let Some(p) = fs.precision {
            sub.push_str(&format!(".{}", p));
        }
        sub.push(ty);
        super::numfmt::float_format(x, &sub).map_err(|e| e.message().to_string())
    };
    let im = part(z.im, Some('+'))?;
    let body = if skip_re {
        let im = part(z.im, fs.sign)?;
        format!("{}j", im)
    } else {
        let re = part(z.re, fs.sign)?;
        if parens {
            format!("({}{}j)", re, im)
        } else {
            format!("{}{}j", re, im)
        }
    };
    let n = body.chars().count();
    if n >= fs.width {
        return Ok(body);
    }
    let pad = fs.width - n;
    let fill = fs.fill.to_string();
    Ok(match fs.align.unwrap_or('>') {
        '<' => format!("{}{}", body, fill.repeat(pad)),
        '^' => format!("{}{}{}", fill.repeat(pad / 2), body, fill.repeat(pad - pad / 2)),
        _ => format!("{}{}", fill.repeat(pad), body),
    })
}

/// `z.real` and `z.imag` (computed attributes of complex objects).
pub fn attr(v: Value, name: &str) -> Option<Value> {
    let z = as_complex(v)?;
    match name {
        "real" => Some(Value::float(z.re)),
        "imag" => Some(Value::float(z.im)),
        _ => None,
    }
}

/// Makes `complex` callable and gives it its methods (start-up).
pub fn init(vm: &mut Vm) {
    let t = vm.types.complex;
    super::types::set_ctor(t, complex_new);
    let methods: &[(&'static str, NativeFn)] = &[
        ("__add__", c_add),
        ("__radd__", c_radd),
        ("__sub__", c_sub),
        ("__rsub__", c_rsub),
        ("__mul__", c_mul),
        ("__rmul__", c_rmul),
        ("__truediv__", c_truediv),
        ("__rtruediv__", c_rtruediv),
        ("__pow__", c_pow),
        ("__rpow__", c_rpow),
        ("__neg__", c_neg),
        ("__pos__", c_pos),
        ("__abs__", c_abs),
        ("__bool__", c_bool),
        ("__eq__", c_eq),
        ("__ne__", c_ne),
        ("__hash__", c_hash),
        ("__repr__", c_repr),
        ("__str__", c_repr),
        ("__format__", c_format),
        ("__complex__", c_complex),
        ("__getnewargs__", c_getnewargs),
        ("conjugate", c_conjugate),
    ];
    for &(n, f) in methods {
        super::types::add_raw_method(vm, t, n, f);
    }
}

/// `x ** y` for floats whose result is complex (a negative base, a fractional
/// exponent), as CPython's float power defers to complex.
pub fn float_pow_complex(vm: &mut Vm, x: f64, y: f64) -> PyResult<Value> {
    let r = op_pow(vm, Complex::new(x, 0.0), Complex::new(y, 0.0))?;
    Ok(new_complex(vm, r))
}
