//! The `math` module, with CPython 3.11's results bit for bit: the C library's
//! functions are glibc's own (called through `libm_sys`), and the functions CPython
//! computes itself follow its algorithms: gamma and lgamma (Lanczos), fsum
//! (Shewchuk's exact partials), hypot and dist (scaled, with a correction step),
//! logarithms of big ints, and the special-value rules of pow, fmod, ldexp and modf.

use crate::builtins::args::{arity, bind, no_kwargs};
use crate::objects::int::{self, as_num, Num};
use crate::objects::module::set_entry;
use crate::objects::NativeFn;
use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};
use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

mod lehmer_gcd;

/// glibc's libm, which CPython calls for these functions.
mod libm_sys {
    extern "C" {
        pub fn acos(x: f64) -> f64;
        pub fn acosh(x: f64) -> f64;
        pub fn asin(x: f64) -> f64;
        pub fn asinh(x: f64) -> f64;
        pub fn atan(x: f64) -> f64;
        pub fn atan2(y: f64, x: f64) -> f64;
        pub fn atanh(x: f64) -> f64;
        pub fn cos(x: f64) -> f64;
        pub fn cosh(x: f64) -> f64;
        pub fn erf(x: f64) -> f64;
        pub fn erfc(x: f64) -> f64;
        pub fn exp(x: f64) -> f64;
        pub fn exp2(x: f64) -> f64;
        pub fn expm1(x: f64) -> f64;
        pub fn fmod(x: f64, y: f64) -> f64;
        pub fn frexp(x: f64, e: *mut i32) -> f64;
        pub fn ldexp(x: f64, e: i32) -> f64;
        pub fn log(x: f64) -> f64;
        pub fn log10(x: f64) -> f64;
        pub fn log1p(x: f64) -> f64;
        pub fn log2(x: f64) -> f64;
        pub fn nextafter(x: f64, y: f64) -> f64;
        pub fn pow(x: f64, y: f64) -> f64;
        pub fn remainder(x: f64, y: f64) -> f64;
        pub fn sin(x: f64) -> f64;
        pub fn sinh(x: f64) -> f64;
        pub fn sqrt(x: f64) -> f64;
        pub fn tan(x: f64) -> f64;
        pub fn tanh(x: f64) -> f64;
    }
}

macro_rules! libm1 {
    ($($name:ident),*) => {$(
        fn $name(x: f64) -> f64 {
            // SAFETY: a pure C math function of one double; no pointers, no state
            // beyond errno, which is not read.
            unsafe { libm_sys::$name(x) }
        }
    )*};
}
macro_rules! libm2 {
    ($($name:ident),*) => {$(
        fn $name(x: f64, y: f64) -> f64 {
            // SAFETY: a pure C math function of two doubles; no pointers.
            unsafe { libm_sys::$name(x, y) }
        }
    )*};
}
libm1!(acos, acosh, asin, asinh, atan, atanh, cos, cosh, erf, erfc, exp, exp2, expm1, log, log10, log1p, log2, sin, sinh, sqrt, tan, tanh);
libm2!(atan2, fmod, nextafter, pow, remainder);

/// glibc's cbrt. The Rust runtime links a `cbrt` of its own into the executable,
/// which the linker prefers and which rounds differently, so glibc's is looked up in
/// the loaded C library by name (falling back to the bundled one).
fn cbrt(x: f64) -> f64 {
    type CFn = unsafe extern "C" fn(f64) -> f64;
    static GLIBC_CBRT: std::sync::OnceLock<Option<CFn>> = std::sync::OnceLock::new();
    let f = GLIBC_CBRT.get_or_init(|| {
        // SAFETY: dlsym with a NUL-terminated name; a non-null result is the address
        // of libm's `double cbrt(double)`, which has exactly the type CFn.
        unsafe {
            let p = libc::dlsym(libc::RTLD_DEFAULT, c"cbrt".as_ptr());
            (!p.is_null()).then(|| std::mem::transmute::<*mut libc::c_void, CFn>(p))
        }
    });
    match f {
        // SAFETY: a pure C math function of one double.
        Some(f) => unsafe { f(x) },
        None => x.cbrt(),
    }
}

/// A C errno condition, mapped to Python's exceptions as CPython's `is_error`.
#[derive(Clone, Copy, PartialEq)]
pub enum MathErr {
    Domain,
    Range,
}

#[cold]
pub fn domain_error(vm: &mut Vm) -> PyErr {
    vm.value_error("math domain error")
}
#[cold]
pub fn range_error(vm: &mut Vm) -> PyErr {
    vm.overflow_error("math range error")
}

/// The error for result `r` of a function that set `e`: a range error whose result
/// is small was an underflow, which is not an error.
fn check(vm: &mut Vm, r: f64, e: Option<MathErr>) -> PyResult<Value> {
    match e {
        Some(MathErr::Domain) => Err(domain_error(vm)),
        Some(MathErr::Range) if r.abs() >= 1.5 => Err(range_error(vm)),
        _ => Ok(Value::float(r)),
    }
}

/// A real-number argument as a double (CPython's `PyFloat_AsDouble`).
pub fn real_arg(vm: &mut Vm, v: Value) -> PyResult<f64> {
    if v.is_float() {
        return Ok(v.as_float());
    }
    if let Some(n) = as_num(v) {
        if !crate::objects::class::has_user_class(v) {
            return int::num_to_f64(vm, &n);
        }
    }
    if crate::objects::class::has_user_class(v) {
        if let Some(r) = crate::objects::class::float_of(vm, v)? {
            if let Some(n) = as_num(r) {
                return int::num_to_f64(vm, &n);
            }
        }
        if let Some(n) = as_num(v) {
            return int::num_to_f64(vm, &n);
        }
    }
    let t = vm.type_name(v);
    Err(vm.type_error(format!("must be real number, not {}", t)))
}

/// An integer argument through `__index__`.
fn index_arg(vm: &mut Vm, v: Value) -> PyResult<BigInt> {
    if let Some(b) = int::to_bigint(v).filter(|_| !crate::objects::class::has_user_class(v) || int::is_intlike(v)) {
        return Ok(b);
    }
    if crate::objects::class::has_user_class(v) {
        if let Some(r) = crate::objects::class::index_of(vm, v)? {
            if let Some(b) = int::to_bigint(r) {
                return Ok(b);
            }
        }
    }
    let t = vm.type_name(v);
    Err(vm.type_error(format!("'{}' object cannot be interpreted as an integer", t)))
}

fn one_arg(vm: &mut Vm, name: &str, a: &[Value], kw: &[Value]) -> PyResult<f64> {
    if !kw.is_empty() || a.len() != 1 {
        // the qualified name is only built for the error
        no_kwargs(vm, &format!("math.{}", name), kw)?;
        arity(vm, &format!("math.{}", name), a, 1, 1)?;
    }
    real_arg(vm, a[0])
}

fn two_args(vm: &mut Vm, name: &str, a: &[Value], kw: &[Value]) -> PyResult<(f64, f64)> {
    if !kw.is_empty() {
        no_kwargs(vm, &format!("math.{}", name), kw)?;
    }
    crate::builtins::args::check_positional(vm, name, a, 2, 2)?;
    let x = real_arg(vm, a[0])?;
    let y = real_arg(vm, a[1])?;
    Ok((x, y))
}

/// CPython's `math_1`: a NaN from a non-NaN is a domain error; an infinity from a
/// finite argument is a range error when the function can overflow, else a domain
/// error (a pole).
fn math_1(vm: &mut Vm, name: &str, a: &[Value], kw: &[Value], f: fn(f64) -> f64, can_overflow: bool) -> PyResult<Value> {
    let x = one_arg(vm, name, a, kw)?;
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain_error(vm));
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow { range_error(vm) } else { domain_error(vm) });
    }
    Ok(Value::float(r))
}

/// CPython's `math_2`, the same rules for functions of two arguments.
fn math_2(vm: &mut Vm, name: &str, a: &[Value], kw: &[Value], f: fn(f64, f64) -> f64) -> PyResult<Value> {
    let (x, y) = two_args(vm, name, a, kw)?;
    let r = f(x, y);
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error(vm));
    }
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(range_error(vm));
    }
    Ok(Value::float(r))
}

macro_rules! unary {
    ($($fname:ident = $pyname:literal, $f:expr, $over:expr;)*) => {$(
        fn $fname(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
            math_1(vm, $pyname, a, kw, $f, $over)
        }
    )*};
}

unary! {
    m_acos = "acos", acos, false;
    m_acosh = "acosh", acosh, false;
    m_asin = "asin", asin, false;
    m_asinh = "asinh", asinh, false;
    m_atan = "atan", atan, false;
    m_atanh = "atanh", atanh, false;
    m_cbrt = "cbrt", cbrt, false;
    m_cos = "cos", cos, false;
    m_cosh = "cosh", cosh, true;
    m_exp = "exp", exp, true;
    m_exp2 = "exp2", exp2, true;
    m_expm1 = "expm1", expm1, true;
    m_fabs = "fabs", f64::abs, false;
    m_log1p = "log1p", log1p, false;
    m_sin = "sin", sin, false;
    m_sinh = "sinh", sinh, true;
    m_sqrt = "sqrt", sqrt, false;
    m_tan = "tan", tan, false;
    m_tanh = "tanh", tanh, false;
}

fn m_erf(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let x = one_arg(vm, "erf", a, kw)?;
    Ok(Value::float(erf(x)))
}
fn m_erfc(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let x = one_arg(vm, "erfc", a, kw)?;
    Ok(Value::float(erfc(x)))
}

fn m_atan2(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    math_2(vm, "atan2", a, kw, atan2)
}
fn m_copysign(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    math_2(vm, "copysign", a, kw, f64::copysign)
}
fn m_remainder(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    math_2(vm, "remainder", a, kw, remainder)
}
fn m_nextafter(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (x, y) = two_args(vm, "nextafter", a, kw)?;
    Ok(Value::float(nextafter(x, y)))
}

fn m_fmod(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (x, y) = two_args(vm, "fmod", a, kw)?;
    if y.is_infinite() && x.is_finite() {
        return Ok(Value::float(x));
    }
    let r = fmod(x, y);
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error(vm));
    }
    Ok(Value::float(r))
}

/// `x ** y` with C99's special values decided here, as CPython does.
pub fn real_pow(x: f64, y: f64) -> (f64, Option<MathErr>) {
    if !x.is_finite() || !y.is_finite() {
        let r = if x.is_nan() {
            if y == 0.0 {
                1.0
            } else {
                x
            }
        } else if y.is_nan() {
            if x == 1.0 {
                1.0
            } else {
                y
            }
        } else if x.is_infinite() {
            let odd_y = y.is_finite() && fmod(y.abs(), 2.0) == 1.0;
            if y > 0.0 {
                if odd_y {
                    x
                } else {
                    x.abs()
                }
            } else if y == 0.0 {
                1.0
            } else if odd_y {
                0.0f64.copysign(x)
            } else {
                0.0
            }
        } else if x.abs() == 1.0 {
            1.0
        } else if y > 0.0 && x.abs() > 1.0 {
            y
        } else if y < 0.0 && x.abs() < 1.0 {
            -y
        } else {
            0.0
        };
        return (r, None);
    }
    let r = pow(x, y);
    let e = if r.is_nan() {
        Some(MathErr::Domain)
    } else if r.is_infinite() {
        Some(if x == 0.0 { MathErr::Domain } else { MathErr::Range })
    } else {
        None
    };
    (r, e)
}

fn m_pow(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (x, y) = two_args(vm, "pow", a, kw)?;
    let (r, e) = real_pow(x, y);
    check(vm, r, e)
}

fn m_degrees(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let x = one_arg(vm, "degrees", a, kw)?;
    Ok(Value::float(x * (180.0 / std::f64::consts::PI)))
}
fn m_radians(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let x = one_arg(vm, "radians", a, kw)?;
    Ok(Value::float(x * (std::f64::consts::PI / 180.0)))
}

fn m_isfinite(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let x = one_arg(vm, "isfinite", a, kw)?;
    Ok(Value::bool(x.is_finite()))
}
fn m_isinf(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let x = one_arg(vm, "isinf", a, kw)?;
    Ok(Value::bool(x.is_infinite()))
}
fn m_isnan(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let x = one_arg(vm, "isnan", a, kw)?;
    Ok(Value::bool(x.is_nan()))
}

fn m_isclose(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let npos = a.len() - kw.len();
    if npos > 2 {
        return Err(vm.type_error(format!("isclose() takes exactly 2 positional arguments ({} given)", npos)));
    }
    let p = bind(vm, "isclose", a, kw, &["a", "b", "rel_tol", "abs_tol"], 2)?;
    let x = real_arg(vm, p[0])?;
    let y = real_arg(vm, p[1])?;
    let rel_tol = if p[2].is_null() { 1e-9 } else { real_arg(vm, p[2])? };
    let abs_tol = if p[3].is_null() { 0.0 } else { real_arg(vm, p[3])? };
    Ok(Value::bool(isclose(vm, x, y, rel_tol, abs_tol)?))
}

/// `math.isclose` on doubles (ValueError for negative tolerances).
pub fn isclose(vm: &mut Vm, x: f64, y: f64, rel_tol: f64, abs_tol: f64) -> PyResult<bool> {
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(vm.value_error("tolerances must be non-negative"));
    }
    if x == y {
        return Ok(true);
    }
    if x.is_infinite() || y.is_infinite() {
        return Ok(false);
    }
    let diff = (y - x).abs();
    Ok(diff <= (rel_tol * y).abs() || diff <= (rel_tol * x).abs() || diff <= abs_tol)
}

// ---------------------------------------------------------------- logarithms

/// The C functions CPython's `m_log`, `m_log2`, `m_log10` wrap: zero and negative
/// arguments are errors.
fn log_of(f: fn(f64) -> f64, x: f64) -> (f64, Option<MathErr>) {
    if x.is_finite() {
        if x > 0.0 {
            (f(x), None)
        } else if x == 0.0 {
            (f64::NEG_INFINITY, Some(MathErr::Domain))
        } else {
            (f64::NAN, Some(MathErr::Domain))
        }
    } else if x.is_nan() || x > 0.0 {
        (x, None)
    } else {
        (f64::NAN, Some(MathErr::Domain))
    }
}

/// `(m, e)` with `b == m * 2**e` and 0.5 <= m < 1, `m` correctly rounded (half to even).
fn big_frexp(b: &BigInt) -> (f64, i64) {
    let mag = b.magnitude();
    let bits = mag.bits() as i64;
    if bits <= 53 {
        let f = mag.to_f64().unwrap_or(0.0);
        let (m, e) = frexp(f);
        return (m, e as i64);
    }
    let shift = (bits - 53) as u64;
    let top = mag >> shift;
    let rest = mag - (&top << shift);
    let half = num_bigint::BigUint::one() << (shift - 1);
    let mut m = top.to_u64().unwrap_or(0);
    if rest > half || (rest == half && m & 1 == 1) {
        m += 1;
    }
    let mut e = bits;
    let mut mf = m as f64 / (1u64 << 53) as f64;
    if mf >= 1.0 {
        mf = 0.5;
        e += 1;
    }
    (mf, e)
}

/// CPython's `loghelper`: ints of any size (a huge int through its binary exponent),
/// else the float function.
fn log_helper(vm: &mut Vm, v: Value, f: fn(f64) -> f64) -> PyResult<f64> {
    if !crate::objects::class::has_user_class(v) || int::is_intlike(v) {
        if let Some(b) = int::to_bigint(v).filter(|_| !v.is_float()) {
            if b.sign() != Sign::Plus {
                return Err(domain_error(vm));
            }
            return Ok(match b.to_f64().filter(|f| f.is_finite()) {
                Some(x) => f(x),
                None => {
                    let (m, e) = big_frexp(&b);
                    f(m) + f(2.0) * e as f64
                }
            });
        }
    }
    let x = real_arg(vm, v)?;
    let (r, e) = log_of(f, x);
    if r.is_nan() && !x.is_nan() || r.is_infinite() && x.is_finite() || e.is_some() {
        return Err(domain_error(vm));
    }
    Ok(r)
}

fn m_log(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(vm, "math.log", kw)?;
    if a.is_empty() || a.len() > 2 {
        return Err(vm.type_error("math.log requires 1 to 2 arguments"));
    }
    let num = log_helper(vm, a[0], log)?;
    if a.len() == 1 {
        return Ok(Value::float(num));
    }
    let den = log_helper(vm, a[1], log)?;
    if den == 0.0 {
        return Err(vm.zero_div("float division by zero"));
    }
    Ok(Value::float(num / den))
}
fn m_log2(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(vm, "math.log2", kw)?;
    arity(vm, "math.log2", a, 1, 1)?;
    Ok(Value::float(log_helper(vm, a[0], log2)?))
}
fn m_log10(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(vm, "math.log10", kw)?;
    arity(vm, "math.log10", a, 1, 1)?;
    Ok(Value::float(log_helper(vm, a[0], log10)?))
}

// ---------------------------------------------------------------- gamma

const LANCZOS_G: f64 = 6.024680040776729583740234375;
const LANCZOS_G_MINUS_HALF: f64 = 5.524680040776729583740234375;
const LANCZOS_NUM: [f64; 13] = [
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
];
const LANCZOS_DEN: [f64; 13] =
    [0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0];
const LOG_PI: f64 = 1.144729885849400174143427351353058711647;

/// The Lanczos rational sum, evaluated in the direction that keeps it accurate.
fn lanczos_sum(x: f64) -> f64 {
    let (mut num, mut den) = (0.0, 0.0);
    if x < 5.0 {
        for i in (0..13).rev() {
            num = num * x + LANCZOS_NUM[i];
            den = den * x + LANCZOS_DEN[i];
        }
    } else {
        for i in 0..13 {
            num = num / x + LANCZOS_NUM[i];
            den = den / x + LANCZOS_DEN[i];
        }
    }
    num / den
}

/// sin(pi * x), exact at the integers and half-integers.
fn sinpi(x: f64) -> f64 {
    let y = fmod(x.abs(), 2.0);
    let n = (2.0 * y).round() as i32;
    let pi = std::f64::consts::PI;
    let r = match n {
        0 => sin(pi * y),
        1 => cos(pi * (y - 0.5)),
        2 => sin(pi * (1.0 - y)),
        3 => -cos(pi * (y - 1.5)),
        _ => sin(pi * (y - 2.0)),
    };
    1.0f64.copysign(x) * r
}

pub fn gamma(x: f64) -> (f64, Option<MathErr>) {
    if !x.is_finite() {
        if x.is_nan() || x > 0.0 {
            return (x, None);
        }
        return (f64::NAN, Some(MathErr::Domain));
    }
    if x == 0.0 {
        return (f64::INFINITY.copysign(x), Some(MathErr::Domain));
    }
    if x == x.floor() {
        if x < 0.0 {
            return (f64::NAN, Some(MathErr::Domain));
        }
        if x <= 23.0 {
            let mut f = 1.0f64;
            for i in 2..(x as i64) {
                f *= i as f64;
            }
            return (f, None);
        }
    }
    let absx = x.abs();
    if absx < 1e-20 {
        let r = 1.0 / x;
        return (r, r.is_infinite().then_some(MathErr::Range));
    }
    if absx > 200.0 {
        if x < 0.0 {
            return (0.0 / sinpi(x), None);
        }
        return (f64::INFINITY, Some(MathErr::Range));
    }
    let y = absx + LANCZOS_G_MINUS_HALF;
    // the rounding error of y, to correct the result with
    let z = if absx > LANCZOS_G_MINUS_HALF { (y - absx) - LANCZOS_G_MINUS_HALF } else { (y - LANCZOS_G_MINUS_HALF) - absx };
    let z = z * LANCZOS_G / y;
    let mut r;
    if x < 0.0 {
        r = -std::f64::consts::PI / sinpi(absx) / absx * exp(y) / lanczos_sum(absx);
        r -= z * r;
        if absx < 140.0 {
            r /= pow(y, absx - 0.5);
        } else {
            let sqrtpow = pow(y, absx / 2.0 - 0.25);
            r /= sqrtpow;
            r /= sqrtpow;
        }
    } else {
        r = lanczos_sum(absx) / exp(y);
        r += z * r;
        if absx < 140.0 {
            r *= pow(y, absx - 0.5);
        } else {
            let sqrtpow = pow(y, absx / 2.0 - 0.25);
            r *= sqrtpow;
            r *= sqrtpow;
        }
    }
    (r, r.is_infinite().then_some(MathErr::Range))
}

pub fn lgamma(x: f64) -> (f64, Option<MathErr>) {
    if !x.is_finite() {
        if x.is_nan() {
            return (x, None);
        }
        return (f64::INFINITY, None);
    }
    if x == x.floor() && x <= 2.0 {
        if x <= 0.0 {
            return (f64::INFINITY, Some(MathErr::Domain));
        }
        return (0.0, None);
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return (-log(absx), None);
    }
    let mut r = log(lanczos_sum(absx)) - LANCZOS_G;
    r += (absx - 0.5) * (log(absx + LANCZOS_G - 0.5) - 1.0);
    if x < 0.0 {
        r = LOG_PI - log(sinpi(absx).abs()) - log(absx) - r;
    }
    (r, r.is_infinite().then_some(MathErr::Range))
}

fn m_gamma(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let x = one_arg(vm, "gamma", a, kw)?;
    let (r, e) = gamma(x);
    check(vm, r, e)
}
fn m_lgamma(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let x = one_arg(vm, "lgamma", a, kw)?;
    let (r, e) = lgamma(x);
    check(vm, r, e)
}

// ---------------------------------------------------------------- float parts

/// C's frexp: `x == m * 2**e`, 0.5 <= |m| < 1 (zero, inf and NaN as they are).
pub fn frexp(x: f64) -> (f64, i32) {
    let mut e: i32 = 0;
    // SAFETY: `e` is a live local the function writes the exponent to.
    let m = unsafe { libm_sys::frexp(x, &mut e) };
    (m, e)
}

/// C's ldexp, the exponent clamped to C's int range (beyond it the result is 0 or
/// infinite anyway).
fn ldexp(x: f64, e: i64) -> f64 {
    let e = e.clamp(i32::MIN as i64, i32::MAX as i64) as i32;
    // SAFETY: a pure C math function of a double and an int; no pointers.
    unsafe { libm_sys::ldexp(x, e) }
}

fn m_frexp(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let x = one_arg(vm, "frexp", a, kw)?;
    let (m, e) = frexp(x);
    Ok(vm.new_tuple(vec![Value::float(m), Value::small_int(e as i64)]))
}

fn m_ldexp(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(vm, "math.ldexp", kw)?;
    crate::builtins::args::check_positional(vm, "ldexp", a, 2, 2)?;
    let x = real_arg(vm, a[0])?;
    let e = match as_num(a[1]) {
        Some(Num::Small(i)) => i,
        Some(Num::Big(b)) => {
            if b.is_negative() {
                i64::MIN
            } else {
                i64::MAX
            }
        }
        _ => return Err(vm.type_error("Expected an int as second argument to ldexp.")),
    };
    if x == 0.0 || !x.is_finite() {
        return Ok(Value::float(x));
    }
    if e > i32::MAX as i64 {
        return Err(range_error(vm));
    }
    if e < i32::MIN as i64 {
        return Ok(Value::float(0.0f64.copysign(x)));
    }
    let r = ldexp(x, e);
    if r.is_infinite() {
        return Err(range_error(vm));
    }
    Ok(Value::float(r))
}

fn m_modf(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let x = one_arg(vm, "modf", a, kw)?;
    let (frac, whole) = if x.is_infinite() {
        (0.0f64.copysign(x), x)
    } else if x.is_nan() {
        (x, x)
    } else {
        let w = x.trunc();
        ((x - w).copysign(x), w)
    };
    Ok(vm.new_tuple(vec![Value::float(frac), Value::float(whole)]))
}

fn m_ulp(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let x = one_arg(vm, "ulp", a, kw)?;
    if x.is_nan() {
        return Ok(Value::float(x));
    }
    let x = x.abs();
    if x.is_infinite() {
        return Ok(Value::float(x));
    }
    if x == f64::MAX {
        return Ok(Value::float(x - nextafter(x, 0.0)));
    }
    Ok(Value::float(nextafter(x, f64::INFINITY) - x))
}

// ---------------------------------------------------------------- rounding

/// floor/ceil: exact floats directly, then `__floor__`/`__ceil__`, then the float value.
fn round_with(vm: &mut Vm, name: &str, special: &str, a: &[Value], kw: &[Value], f: fn(f64) -> f64) -> PyResult<Value> {
    if !kw.is_empty() || a.len() != 1 {
        // the qualified name is only built for the error
        no_kwargs(vm, &format!("math.{}", name), kw)?;
        arity(vm, &format!("math.{}", name), a, 1, 1)?;
    }
    let v = a[0];
    if v.is_float() {
        return int::float_to_int(vm, f(v.as_float()));
    }
    if crate::objects::class::has_user_class(v) {
        if let Some(r) = crate::objects::class::call_special(vm, v, special, &[])? {
            return Ok(r);
        }
    }
    if let Some(b) = int::to_bigint(v).filter(|_| int::is_intlike(v)) {
        if crate::objects::class::has_user_class(v) {
            return Ok(vm.new_int_big(b));
        }
        return Ok(if v.is_bool() { Value::small_int((v == Value::TRUE) as i64) } else { v });
    }
    let x = real_arg(vm, v)?;
    int::float_to_int(vm, f(x))
}

fn m_floor(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    round_with(vm, "floor", "__floor__", a, kw, f64::floor)
}
fn m_ceil(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    round_with(vm, "ceil", "__ceil__", a, kw, f64::ceil)
}
fn m_trunc(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(vm, "math.trunc", kw)?;
    arity(vm, "math.trunc", a, 1, 1)?;
    let v = a[0];
    if v.is_float() {
        return int::float_to_int(vm, v.as_float());
    }
    if crate::objects::class::has_user_class(v) {
        if let Some(r) = crate::objects::class::call_special(vm, v, "__trunc__", &[])? {
            return Ok(r);
        }
    }
    match as_num(v) {
        Some(Num::Float(f)) => int::float_to_int(vm, f),
        Some(_) => {
            let b = int::to_bigint(v).unwrap_or_default();
            Ok(vm.new_int_big(b))
        }
        None => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!("type {} doesn't define __trunc__ method", t)))
        }
    }
}

// ---------------------------------------------------------------- sums and norms

/// The items of an iterable, kept on the root stack while the caller works on them.
fn rooted_items(vm: &mut Vm, iterable: Value) -> PyResult<Value> {
    let items = crate::objects::iter::collect(vm, iterable)?;
    Ok(vm.new_list(items))
}

fn m_fsum(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(vm, "math.fsum", kw)?;
    arity(vm, "math.fsum", a, 1, 1)?;
    let it = crate::objects::iter::get_iter(vm, a[0])?;
    vm.roots.push(it);
    let r = fsum_iter(vm, it);
    vm.roots.pop();
    r
}

/// Shewchuk's algorithm: partial sums with no rounding error, rounded once at the end
/// (half to even across partials).
fn fsum_iter(vm: &mut Vm, it: Value) -> PyResult<Value> {
    let mut partials: Vec<f64> = Vec::new();
    let (mut special_sum, mut inf_sum) = (0.0f64, 0.0f64);
    while let Some(item) = crate::objects::iter::next(vm, it)? {
        let mut x = real_arg(vm, item)?;
        let xsave = x;
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        partials.truncate(i);
        if x != 0.0 {
            if !x.is_finite() {
                // an infinity or NaN among the items, or an intermediate overflow
                if xsave.is_finite() {
                    return Err(vm.overflow_error("intermediate overflow in fsum"));
                }
                if xsave.is_infinite() {
                    inf_sum += xsave;
                }
                special_sum += xsave;
                partials.clear();
            } else {
                partials.push(x);
            }
        }
    }
    if special_sum != 0.0 {
        if inf_sum.is_nan() {
            return Err(vm.value_error("-inf + inf in fsum"));
        }
        return Ok(Value::float(special_sum));
    }
    let mut n = partials.len();
    let mut hi = 0.0f64;
    if n > 0 {
        n -= 1;
        hi = partials[n];
        let mut lo = 0.0f64;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = partials[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    Ok(Value::float(hi))
}

/// Veltkamp split for Dekker's exact product.
fn split(x: f64) -> (f64, f64) {
    let t = x * 134217729.0;
    let hi = t - (t - x);
    (hi, x - hi)
}
/// x * y as an unevaluated sum (hi, lo), exactly.
fn exact_mul(x: f64, y: f64) -> (f64, f64) {
    let (xh, xl) = split(x);
    let (yh, yl) = split(y);
    let p = xh * yh;
    let q = xh * yl + xl * yh;
    let z = p + q;
    let zz = p - z + q + xl * yl;
    (z, zz)
}
/// a + b exactly, for |a| >= |b|.
fn fast_sum(a: f64, b: f64) -> (f64, f64) {
    let x = a + b;
    let z = x - a;
    (x, b - z)
}

/// The Euclidean norm of `v` (all finite and at most `max` in size unless `max` is
/// infinite or a NaN was seen), accurate to within an ulp, as CPython's vector_norm.
fn vector_norm(v: &mut [f64], max: f64, found_nan: bool) -> f64 {
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || v.len() <= 1 {
        return max;
    }
    let (_, max_e) = frexp(max);
    if max_e < -1023 {
        // subnormals: scale them up to normals first
        for x in v.iter_mut() {
            *x /= f64::MIN_POSITIVE;
        }
        return f64::MIN_POSITIVE * vector_norm(v, max / f64::MIN_POSITIVE, found_nan);
    }
    let scale = ldexp(1.0, -(max_e as i64));
    let (mut csum, mut frac1, mut frac2) = (1.0f64, 0.0f64, 0.0f64);
    for &x in v.iter() {
        let x = x * scale;
        let (ph, pl) = exact_mul(x, x);
        let (sh, sl) = fast_sum(csum, ph);
        csum = sh;
        frac1 += pl;
        frac2 += sl;
    }
    let mut h = sqrt(csum - 1.0 + (frac1 + frac2));
    let (ph, pl) = exact_mul(-h, h);
    let (sh, sl) = fast_sum(csum, ph);
    csum = sh;
    frac1 += pl;
    frac2 += sl;
    let x = csum - 1.0 + (frac1 + frac2);
    h += x / (2.0 * h);
    h / scale
}

/// A coordinate of hypot or dist: a float or an int (no `__float__`).
fn coordinate(vm: &mut Vm, v: Value) -> PyResult<f64> {
    if v.is_float() {
        return Ok(v.as_float());
    }
    match as_num(v) {
        Some(n) => int::num_to_f64(vm, &n),
        None => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!("must be real number, not {}", t)))
        }
    }
}

fn m_hypot(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(vm, "math.hypot", kw)?;
    let mut v = Vec::with_capacity(a.len());
    let (mut max, mut found_nan) = (0.0f64, false);
    for &x in a {
        let x = coordinate(vm, x)?.abs();
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
        v.push(x);
    }
    Ok(Value::float(vector_norm(&mut v, max, found_nan)))
}

fn m_dist(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(vm, "math.dist", kw)?;
    crate::builtins::args::check_positional(vm, "dist", a, 2, 2)?;
    let mut pts = Vec::new();
    for &p in &a[..2] {
        let l = match rooted_items(vm, p) {
            Ok(l) => l,
            Err(e) => {
                vm.roots.truncate(vm.roots.len() - pts.len());
                return Err(e);
            }
        };
        vm.roots.push(l);
        pts.push(l);
    }
    let r = (|| {
        let p = pts[0].as_list().map(|l| l.borrow().clone()).unwrap_or_default();
        let q = pts[1].as_list().map(|l| l.borrow().clone()).unwrap_or_default();
        if p.len() != q.len() {
            return Err(vm.value_error("both points must have the same number of dimensions"));
        }
        let mut v = Vec::with_capacity(p.len());
        let (mut max, mut found_nan) = (0.0f64, false);
        for (&x, &y) in p.iter().zip(q.iter()) {
            let d = (coordinate(vm, x)? - coordinate(vm, y)?).abs();
            found_nan |= d.is_nan();
            if d > max {
                max = d;
            }
            v.push(d);
        }
        Ok(Value::float(vector_norm(&mut v, max, found_nan)))
    })();
    vm.roots.truncate(vm.roots.len() - pts.len());
    r
}

fn m_prod(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let npos = a.len() - kw.len();
    if npos > 1 {
        return Err(vm.type_error(format!("prod() takes exactly 1 positional argument ({} given)", npos)));
    }
    if npos == 0 {
        return Err(vm.type_error("prod() takes exactly 1 positional argument (0 given)"));
    }
    let p = bind(vm, "prod", a, kw, &["iterable", "start"], 1)?;
    let start = if p[1].is_null() { Value::small_int(1) } else { p[1] };
    let items = rooted_items(vm, p[0])?;
    vm.roots.push(items);
    vm.roots.push(start);
    let r = (|| {
        let mut acc = start;
        let mut i = 0;
        loop {
            let x = match items.as_list().and_then(|l| l.borrow().get(i).copied()) {
                Some(x) => x,
                None => break,
            };
            i += 1;
            acc = crate::objects::ops::binary_op(vm, crate::bytecode::BinOp::Mul, acc, x)?;
            if let Some(slot) = vm.roots.last_mut() {
                *slot = acc;
            }
        }
        Ok(acc)
    })();
    vm.roots.pop();
    vm.roots.pop();
    r
}

// ---------------------------------------------------------------- integers

fn m_factorial(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(vm, "math.factorial", kw)?;
    arity(vm, "math.factorial", a, 1, 1)?;
    let n = index_arg(vm, a[0])?;
    if n.is_negative() {
        return Err(vm.value_error("factorial() not defined for negative values"));
    }
    let n = match n.to_u64() {
        Some(n) if n <= i64::MAX as u64 => n,
        _ => return Err(vm.overflow_error("factorial() argument should not exceed 9223372036854775807")),
    };
    Ok(vm.new_int_big(range_product(1, n)))
}

/// lo * (lo+1) * ... * hi by binary splitting (balanced big-int products).
fn range_product(lo: u64, hi: u64) -> BigInt {
    if lo > hi {
        return BigInt::one();
    }
    if hi - lo < 16 {
        let mut acc = BigInt::one();
        let mut small: u64 = 1;
        for k in lo..=hi {
            match small.checked_mul(k) {
                Some(s) => small = s,
                None => {
                    acc *= small;
                    small = k;
                }
            }
        }
        return acc * small;
    }
    let mid = lo + (hi - lo) / 2;
    range_product(lo, mid) * range_product(mid + 1, hi)
}

fn m_gcd(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(vm, "math.gcd", kw)?;
    let mut g = BigInt::zero();
    for &x in a {
        let b = index_arg(vm, x)?;
        g = lehmer_gcd::gcd(&g, &b);
    }
    Ok(vm.new_int_big(g))
}

fn m_lcm(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(vm, "math.lcm", kw)?;
    let mut l = BigInt::one();
    for &x in a {
        let b = index_arg(vm, x)?;
        l = if l.is_zero() || b.is_zero() { BigInt::zero() } else { l.lcm(&b) };
    }
    Ok(vm.new_int_big(l.abs()))
}

fn m_isqrt(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(vm, "math.isqrt", kw)?;
    arity(vm, "math.isqrt", a, 1, 1)?;
    let n = index_arg(vm, a[0])?;
    if n.is_negative() {
        return Err(vm.value_error("isqrt() argument must be nonnegative"));
    }
    Ok(vm.new_int_big(n.sqrt()))
}

/// n and k of comb/perm, with CPython's errors.
fn n_k(vm: &mut Vm, n: Value, k: Value) -> PyResult<(BigInt, BigInt)> {
    let n = index_arg(vm, n)?;
    let k = index_arg(vm, k)?;
    if n.is_negative() {
        return Err(vm.value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(vm.value_error("k must be a non-negative integer"));
    }
    Ok((n, k))
}

/// n * (n-1) * ... * (n-k+1).
fn falling_product(vm: &mut Vm, n: &BigInt, k: &BigInt) -> PyResult<BigInt> {
    let Some(k) = k.to_u64().filter(|&k| k <= i64::MAX as u64) else {
        return Err(vm.overflow_error("k must not exceed 9223372036854775807"));
    };
    if let Some(n) = n.to_u64() {
        return Ok(range_product(n - k + 1, n));
    }
    let mut acc = BigInt::one();
    let mut f = n.clone();
    for _ in 0..k {
        acc *= &f;
        f -= 1;
    }
    Ok(acc)
}

fn m_perm(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(vm, "math.perm", kw)?;
    crate::builtins::args::check_positional(vm, "perm", a, 1, 2)?;
    if a.len() == 1 || a[1].is_none() {
        return m_factorial(vm, &a[..1], &[]);
    }
    let (n, k) = n_k(vm, a[0], a[1])?;
    if k > n {
        return Ok(Value::small_int(0));
    }
    let r = falling_product(vm, &n, &k)?;
    Ok(vm.new_int_big(r))
}

fn m_comb(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(vm, "math.comb", kw)?;
    crate::builtins::args::check_positional(vm, "comb", a, 2, 2)?;
    let (n, k) = n_k(vm, a[0], a[1])?;
    if k > n {
        return Ok(Value::small_int(0));
    }
    let k = std::cmp::min(k.clone(), &n - &k);
    let num = falling_product(vm, &n, &k)?;
    let kk = k.to_u64().unwrap_or(0);
    let r = num / range_product(1, kk);
    Ok(vm.new_int_big(r))
}

/// `math`.
pub fn init(vm: &mut Vm, name: &str) -> PyResult<Value> {
    let (m, d) = super::new_native_module(vm, name);
    let funcs: &[(&'static str, NativeFn)] = &[
        ("acos", m_acos),
        ("acosh", m_acosh),
        ("asin", m_asin),
        ("asinh", m_asinh),
        ("atan", m_atan),
        ("atan2", m_atan2),
        ("atanh", m_atanh),
        ("cbrt", m_cbrt),
        ("ceil", m_ceil),
        ("comb", m_comb),
        ("copysign", m_copysign),
        ("cos", m_cos),
        ("cosh", m_cosh),
        ("degrees", m_degrees),
        ("dist", m_dist),
        ("erf", m_erf),
        ("erfc", m_erfc),
        ("exp", m_exp),
        ("exp2", m_exp2),
        ("expm1", m_expm1),
        ("fabs", m_fabs),
        ("factorial", m_factorial),
        ("floor", m_floor),
        ("fmod", m_fmod),
        ("frexp", m_frexp),
        ("fsum", m_fsum),
        ("gamma", m_gamma),
        ("gcd", m_gcd),
        ("hypot", m_hypot),
        ("isclose", m_isclose),
        ("isfinite", m_isfinite),
        ("isinf", m_isinf),
        ("isnan", m_isnan),
        ("isqrt", m_isqrt),
        ("lcm", m_lcm),
        ("ldexp", m_ldexp),
        ("lgamma", m_lgamma),
        ("log", m_log),
        ("log10", m_log10),
        ("log1p", m_log1p),
        ("log2", m_log2),
        ("modf", m_modf),
        ("nextafter", m_nextafter),
        ("perm", m_perm),
        ("pow", m_pow),
        ("prod", m_prod),
        ("radians", m_radians),
        ("remainder", m_remainder),
        ("sin", m_sin),
        ("sinh", m_sinh),
        ("sqrt", m_sqrt),
        ("tan", m_tan),
        ("tanh", m_tanh),
        ("trunc", m_trunc),
        ("ulp", m_ulp),
    ];
    super::add_functions(vm, d, funcs);
    let consts = [("pi", std::f64::consts::PI), ("e", std::f64::consts::E), ("tau", std::f64::consts::TAU), ("inf", f64::INFINITY), ("nan", f64::NAN)];
    for (n, x) in consts {
        set_entry(vm, d, n, Value::float(x));
    }
    Ok(m)
}

/// Shared with `cmath`: the C library's functions it needs.
pub mod c {
    pub fn atan2(y: f64, x: f64) -> f64 {
        super::atan2(y, x)
    }
    pub fn log(x: f64) -> f64 {
        super::log(x)
    }
    pub fn exp(x: f64) -> f64 {
        super::exp(x)
    }
    pub fn sqrt(x: f64) -> f64 {
        super::sqrt(x)
    }
    pub fn cos(x: f64) -> f64 {
        super::cos(x)
    }
    pub fn sin(x: f64) -> f64 {
        super::sin(x)
    }
    pub fn cosh(x: f64) -> f64 {
        super::cosh(x)
    }
    pub fn sinh(x: f64) -> f64 {
        super::sinh(x)
    }
    pub fn tanh(x: f64) -> f64 {
        super::tanh(x)
    }
    pub fn tan(x: f64) -> f64 {
        super::tan(x)
    }
    pub fn log1p(x: f64) -> f64 {
        super::log1p(x)
    }
    pub fn hypot(x: f64, y: f64) -> f64 {
        x.hypot(y)
    }
    pub fn frexp(x: f64) -> (f64, i32) {
        super::frexp(x)
    }
    pub fn ldexp(x: f64, e: i64) -> f64 {
        super::ldexp(x, e)
    }
}
