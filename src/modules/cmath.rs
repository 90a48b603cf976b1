//! The `cmath` module (the basic functions): square root, exponential, logarithms,
//! polar coordinates, the trigonometric and hyperbolic functions, classification and
//! `isclose`, with CPython 3.11's algorithms (scaling against overflow and underflow)
//! and C99 Annex G's values for infinite and NaN parts.

use super::math::{c, domain_error, range_error};
use crate::builtins::args::{arity, bind, no_kwargs};
use crate::objects::complex::{self, Complex};
use crate::objects::module::set_entry;
use crate::objects::NativeFn;
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use std::f64::consts::{E, LN_10, LN_2, PI};

const INF: f64 = f64::INFINITY;
const N: f64 = f64::NAN;
const P: f64 = PI;
const P12: f64 = PI / 2.0;
const P14: f64 = PI / 4.0;
const P34: f64 = 0.75 * PI;
/// A table entry for finite parts, which are never looked up.
const U: f64 = f64::NAN;

/// The largest value whose doubling and hypot cannot overflow.
const LARGE_DOUBLE: f64 = f64::MAX / 4.0;
const MANT_DIG: i64 = 53;

fn log_large_double() -> f64 {
    c::log(LARGE_DOUBLE)
}

/// An errno condition of a complex function.
type Errno = Option<super::math::MathErr>;
const EDOM: Errno = Some(super::math::MathErr::Domain);
const ERANGE: Errno = Some(super::math::MathErr::Range);

/// Annex G's values, by the class of the real part (row) and of the imaginary part
/// (column): -inf, negative, -0, +0, positive, +inf, nan.
type Table = [[(f64, f64); 7]; 7];

fn class(x: f64) -> usize {
    if x.is_nan() {
        6
    } else if x.is_infinite() {
        if x > 0.0 {
            5
        } else {
            0
        }
    } else if x != 0.0 {
        if x.is_sign_positive() {
            4
        } else {
            1
        }
    } else if x.is_sign_positive() {
        3
    } else {
        2
    }
}

fn special(t: &Table, z: Complex) -> Complex {
    let (re, im) = t[class(z.re)][class(z.im)];
    Complex::new(re, im)
}

fn finite(z: Complex) -> bool {
    z.re.is_finite() && z.im.is_finite()
}

const SQRT_SPECIAL: Table = [
    [(INF, -INF), (0.0, -INF), (0.0, -INF), (0.0, INF), (0.0, INF), (INF, INF), (N, INF)],
    [(INF, -INF), (U, U), (U, U), (U, U), (U, U), (INF, INF), (N, N)],
    [(INF, -INF), (U, U), (0.0, -0.0), (0.0, 0.0), (U, U), (INF, INF), (N, N)],
    [(INF, -INF), (U, U), (0.0, -0.0), (0.0, 0.0), (U, U), (INF, INF), (N, N)],
    [(INF, -INF), (U, U), (U, U), (U, U), (U, U), (INF, INF), (N, N)],
    [(INF, -INF), (INF, -0.0), (INF, -0.0), (INF, 0.0), (INF, 0.0), (INF, INF), (INF, N)],
    [(INF, -INF), (N, N), (N, N), (N, N), (N, N), (INF, INF), (N, N)],
];
const EXP_SPECIAL: Table = [
    [(0.0, 0.0), (U, U), (0.0, -0.0), (0.0, 0.0), (U, U), (0.0, 0.0), (0.0, 0.0)],
    [(N, N), (U, U), (U, U), (U, U), (U, U), (N, N), (N, N)],
    [(N, N), (U, U), (1.0, -0.0), (1.0, 0.0), (U, U), (N, N), (N, N)],
    [(N, N), (U, U), (1.0, -0.0), (1.0, 0.0), (U, U), (N, N), (N, N)],
    [(N, N), (U, U), (U, U), (U, U), (U, U), (N, N), (N, N)],
    [(INF, N), (U, U), (INF, -0.0), (INF, 0.0), (U, U), (INF, N), (INF, N)],
    [(N, N), (N, N), (N, -0.0), (N, 0.0), (N, N), (N, N), (N, N)],
];
const LOG_SPECIAL: Table = [
    [(INF, -P34), (INF, -P), (INF, -P), (INF, P), (INF, P), (INF, P34), (INF, N)],
    [(INF, -P12), (U, U), (U, U), (U, U), (U, U), (INF, P12), (N, N)],
    [(INF, -P12), (U, U), (-INF, -P), (-INF, P), (U, U), (INF, P12), (N, N)],
    [(INF, -P12), (U, U), (-INF, -0.0), (-INF, 0.0), (U, U), (INF, P12), (N, N)],
    [(INF, -P12), (U, U), (U, U), (U, U), (U, U), (INF, P12), (N, N)],
    [(INF, -P14), (INF, -0.0), (INF, -0.0), (INF, 0.0), (INF, 0.0), (INF, P14), (INF, N)],
    [(INF, N), (N, N), (N, N), (N, N), (N, N), (INF, N), (N, N)],
];
const COSH_SPECIAL: Table = [
    [(INF, N), (U, U), (INF, 0.0), (INF, -0.0), (U, U), (INF, N), (INF, N)],
    [(N, N), (U, U), (U, U), (U, U), (U, U), (N, N), (N, N)],
    [(N, 0.0), (U, U), (1.0, 0.0), (1.0, -0.0), (U, U), (N, 0.0), (N, 0.0)],
    [(N, 0.0), (U, U), (1.0, -0.0), (1.0, 0.0), (U, U), (N, 0.0), (N, 0.0)],
    [(N, N), (U, U), (U, U), (U, U), (U, U), (N, N), (N, N)],
    [(INF, N), (U, U), (INF, -0.0), (INF, 0.0), (U, U), (INF, N), (INF, N)],
    [(N, N), (N, N), (N, 0.0), (N, 0.0), (N, N), (N, N), (N, N)],
];
const SINH_SPECIAL: Table = [
    [(INF, N), (U, U), (-INF, -0.0), (-INF, 0.0), (U, U), (INF, N), (INF, N)],
    [(N, N), (U, U), (U, U), (U, U), (U, U), (N, N), (N, N)],
    [(0.0, N), (U, U), (-0.0, -0.0), (-0.0, 0.0), (U, U), (0.0, N), (0.0, N)],
    [(0.0, N), (U, U), (0.0, -0.0), (0.0, 0.0), (U, U), (0.0, N), (0.0, N)],
    [(N, N), (U, U), (U, U), (U, U), (U, U), (N, N), (N, N)],
    [(INF, N), (U, U), (INF, -0.0), (INF, 0.0), (U, U), (INF, N), (INF, N)],
    [(N, N), (N, N), (N, -0.0), (N, 0.0), (N, N), (N, N), (N, N)],
];
const TANH_SPECIAL: Table = [
    [(-1.0, 0.0), (U, U), (-1.0, -0.0), (-1.0, 0.0), (U, U), (-1.0, 0.0), (-1.0, 0.0)],
    [(N, N), (U, U), (U, U), (U, U), (U, U), (N, N), (N, N)],
    [(N, N), (U, U), (-0.0, -0.0), (-0.0, 0.0), (U, U), (N, N), (N, N)],
    [(N, N), (U, U), (0.0, -0.0), (0.0, 0.0), (U, U), (N, N), (N, N)],
    [(N, N), (U, U), (U, U), (U, U), (U, U), (N, N), (N, N)],
    [(1.0, 0.0), (U, U), (1.0, -0.0), (1.0, 0.0), (U, U), (1.0, 0.0), (1.0, 0.0)],
    [(N, N), (N, N), (N, -0.0), (N, 0.0), (N, N), (N, N), (N, N)],
];
const RECT_SPECIAL: Table = [
    [(INF, N), (U, U), (-INF, 0.0), (-INF, -0.0), (U, U), (INF, N), (INF, N)],
    [(N, N), (U, U), (U, U), (U, U), (U, U), (N, N), (N, N)],
    [(0.0, 0.0), (U, U), (-0.0, 0.0), (-0.0, -0.0), (U, U), (0.0, 0.0), (0.0, 0.0)],
    [(0.0, 0.0), (U, U), (0.0, -0.0), (0.0, 0.0), (U, U), (0.0, 0.0), (0.0, 0.0)],
    [(N, N), (U, U), (U, U), (U, U), (U, U), (N, N), (N, N)],
    [(INF, N), (U, U), (INF, -0.0), (INF, 0.0), (U, U), (INF, N), (INF, N)],
    [(N, N), (N, N), (N, 0.0), (N, 0.0), (N, N), (N, N), (N, N)],
];

// ---------------------------------------------------------------- the functions

pub fn sqrt(z: Complex) -> (Complex, Errno) {
    if !finite(z) {
        return (special(&SQRT_SPECIAL, z), None);
    }
    if z.re == 0.0 && z.im == 0.0 {
        return (Complex::new(0.0, z.im), None);
    }
    let (mut ax, ay) = (z.re.abs(), z.im.abs());
    let s = if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        // hypot(ax, ay) may be subnormal: scale up by 2**53 first, down by 2**27 after
        ax = c::ldexp(ax, 53);
        c::ldexp(c::sqrt(ax + c::hypot(ax, c::ldexp(ay, 53))), -27)
    } else {
        ax /= 8.0;
        2.0 * c::sqrt(ax + c::hypot(ax, ay / 8.0))
    };
    let d = ay / (2.0 * s);
    if z.re >= 0.0 {
        (Complex::new(s, d.copysign(z.im)), None)
    } else {
        (Complex::new(d, s.copysign(z.im)), None)
    }
}

pub fn exp(z: Complex) -> (Complex, Errno) {
    if !finite(z) {
        let r = if z.re.is_infinite() && z.im.is_finite() && z.im != 0.0 {
            if z.re > 0.0 {
                Complex::new(INF.copysign(c::cos(z.im)), INF.copysign(c::sin(z.im)))
            } else {
                Complex::new(0.0f64.copysign(c::cos(z.im)), 0.0f64.copysign(c::sin(z.im)))
            }
        } else {
            special(&EXP_SPECIAL, z)
        };
        let e = if z.im.is_infinite() && (z.re.is_finite() || (z.re.is_infinite() && z.re > 0.0)) { EDOM } else { None };
        return (r, e);
    }
    let r = if z.re > log_large_double() {
        let l = c::exp(z.re - 1.0);
        Complex::new(l * c::cos(z.im) * E, l * c::sin(z.im) * E)
    } else {
        let l = c::exp(z.re);
        Complex::new(l * c::cos(z.im), l * c::sin(z.im))
    };
    overflow_check(r)
}

fn overflow_check(r: Complex) -> (Complex, Errno) {
    let e = if r.re.is_infinite() || r.im.is_infinite() { ERANGE } else { None };
    (r, e)
}

pub fn log(z: Complex) -> (Complex, Errno) {
    if !finite(z) {
        return (special(&LOG_SPECIAL, z), None);
    }
    let (ax, ay) = (z.re.abs(), z.im.abs());
    let re = if ax > LARGE_DOUBLE || ay > LARGE_DOUBLE {
        c::log(c::hypot(ax / 2.0, ay / 2.0)) + LN_2
    } else if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        if ax > 0.0 || ay > 0.0 {
            // hypot(ax, ay) may be subnormal
            c::log(c::hypot(c::ldexp(ax, MANT_DIG), c::ldexp(ay, MANT_DIG))) - MANT_DIG as f64 * LN_2
        } else {
            return (Complex::new(-INF, c::atan2(z.im, z.re)), EDOM);
        }
    } else {
        let h = c::hypot(ax, ay);
        if (0.71..=1.73).contains(&h) {
            let (am, an) = if ax > ay { (ax, ay) } else { (ay, ax) };
            c::log1p((am - 1.0) * (am + 1.0) + an * an) / 2.0
        } else {
            c::log(h)
        }
    };
    (Complex::new(re, c::atan2(z.im, z.re)), None)
}

pub fn cosh(z: Complex) -> (Complex, Errno) {
    if !finite(z) {
        let r = if z.re.is_infinite() && z.im.is_finite() && z.im != 0.0 {
            if z.re > 0.0 {
                Complex::new(INF.copysign(c::cos(z.im)), INF.copysign(c::sin(z.im)))
            } else {
                Complex::new(INF.copysign(c::cos(z.im)), -INF.copysign(c::sin(z.im)))
            }
        } else {
            special(&COSH_SPECIAL, z)
        };
        let e = if z.im.is_infinite() && !z.re.is_nan() { EDOM } else { None };
        return (r, e);
    }
    let r = if z.re.abs() > log_large_double() {
        let x1 = z.re - 1.0f64.copysign(z.re);
        Complex::new(c::cos(z.im) * c::cosh(x1) * E, c::sin(z.im) * c::sinh(x1) * E)
    } else {
        Complex::new(c::cos(z.im) * c::cosh(z.re), c::sin(z.im) * c::sinh(z.re))
    };
    overflow_check(r)
}

pub fn sinh(z: Complex) -> (Complex, Errno) {
    if !finite(z) {
        let r = if z.re.is_infinite() && z.im.is_finite() && z.im != 0.0 {
            if z.re > 0.0 {
                Complex::new(INF.copysign(c::cos(z.im)), INF.copysign(c::sin(z.im)))
            } else {
                Complex::new(-INF.copysign(c::cos(z.im)), INF.copysign(c::sin(z.im)))
            }
        } else {
            special(&SINH_SPECIAL, z)
        };
        let e = if z.im.is_infinite() && !z.re.is_nan() { EDOM } else { None };
        return (r, e);
    }
    let r = if z.re.abs() > log_large_double() {
        let x1 = z.re - 1.0f64.copysign(z.re);
        Complex::new(c::cos(z.im) * c::sinh(x1) * E, c::sin(z.im) * c::cosh(x1) * E)
    } else {
        Complex::new(c::cos(z.im) * c::sinh(z.re), c::sin(z.im) * c::cosh(z.re))
    };
    overflow_check(r)
}

pub fn tanh(z: Complex) -> (Complex, Errno) {
    if !finite(z) {
        let r = if z.re.is_infinite() && z.im.is_finite() && z.im != 0.0 {
            let im = 0.0f64.copysign(2.0 * c::sin(z.im) * c::cos(z.im));
            Complex::new(if z.re > 0.0 { 1.0 } else { -1.0 }, im)
        } else {
            special(&TANH_SPECIAL, z)
        };
        let e = if z.im.is_infinite() && z.re.is_finite() { EDOM } else { None };
        return (r, e);
    }
    if z.re.abs() > log_large_double() {
        let im = 4.0 * c::sin(z.im) * c::cos(z.im) * c::exp(-2.0 * z.re.abs());
        return (Complex::new(1.0f64.copysign(z.re), im), None);
    }
    let tx = c::tanh(z.re);
    let ty = c::tan(z.im);
    let cx = 1.0 / c::cosh(z.re);
    let txty = tx * ty;
    let denom = 1.0 + txty * txty;
    (Complex::new(tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx), None)
}

/// sin(z) = -i sinh(iz), cos(z) = cosh(iz), tan(z) = -i tanh(iz).
fn times_i(z: Complex) -> Complex {
    Complex::new(-z.im, z.re)
}
fn times_minus_i((r, e): (Complex, Errno)) -> (Complex, Errno) {
    (Complex::new(r.im, -r.re), e)
}
pub fn sin(z: Complex) -> (Complex, Errno) {
    times_minus_i(sinh(times_i(z)))
}
pub fn cos(z: Complex) -> (Complex, Errno) {
    cosh(times_i(z))
}
pub fn tan(z: Complex) -> (Complex, Errno) {
    times_minus_i(tanh(times_i(z)))
}

pub fn rect(r: f64, phi: f64) -> (Complex, Errno) {
    if !r.is_finite() || !phi.is_finite() {
        let z = if r.is_infinite() && phi.is_finite() && phi != 0.0 {
            let (cr, ci) = (INF.copysign(c::cos(phi)), INF.copysign(c::sin(phi)));
            if r > 0.0 {
                Complex::new(cr, ci)
            } else {
                Complex::new(-cr, -ci)
            }
        } else {
            special(&RECT_SPECIAL, Complex::new(r, phi))
        };
        let e = if r != 0.0 && !r.is_nan() && phi.is_infinite() { EDOM } else { None };
        return (z, e);
    }
    if phi == 0.0 {
        return (Complex::new(r, r * phi), None);
    }
    (Complex::new(r * c::cos(phi), r * c::sin(phi)), None)
}

// ---------------------------------------------------------------- Python wrappers

/// An argument as a complex number: a complex, `__complex__`, or a real number.
fn complex_arg(vm: &mut Vm, v: Value) -> PyResult<Complex> {
    if let Some(z) = complex::as_complex(v) {
        return Ok(z);
    }
    if crate::objects::class::has_user_class(v) {
        if let Some(r) = crate::objects::class::call_special(vm, v, "__complex__", &[])? {
            return match complex::as_complex(r) {
                Some(z) => Ok(z),
                None => {
                    let t = vm.type_name(r);
                    Err(vm.type_error(format!("__complex__ returned non-complex (type {})", t)))
                }
            };
        }
    }
    Ok(Complex::new(super::math::real_arg(vm, v)?, 0.0))
}

fn result(vm: &mut Vm, (z, e): (Complex, Errno)) -> PyResult<Value> {
    match e {
        Some(super::math::MathErr::Domain) => Err(domain_error(vm)),
        Some(super::math::MathErr::Range) => Err(range_error(vm)),
        None => Ok(complex::new_complex(vm, z)),
    }
}

fn one(vm: &mut Vm, name: &str, a: &[Value], kw: &[Value]) -> PyResult<Complex> {
    if !kw.is_empty() || a.len() != 1 {
        // the qualified name is only built for the error
        no_kwargs(vm, &format!("cmath.{}", name), kw)?;
        arity(vm, &format!("cmath.{}", name), a, 1, 1)?;
    }
    complex_arg(vm, a[0])
}

macro_rules! unary {
    ($($fname:ident = $pyname:literal, $f:expr;)*) => {$(
        fn $fname(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
            let z = one(vm, $pyname, a, kw)?;
            result(vm, $f(z))
        }
    )*};
}

unary! {
    cm_sqrt = "sqrt", sqrt;
    cm_exp = "exp", exp;
    cm_sin = "sin", sin;
    cm_cos = "cos", cos;
    cm_tan = "tan", tan;
    cm_sinh = "sinh", sinh;
    cm_cosh = "cosh", cosh;
    cm_tanh = "tanh", tanh;
}

fn cm_log(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(vm, "log", kw)?;
    crate::builtins::args::check_positional(vm, "log", a, 1, 2)?;
    let x = complex_arg(vm, a[0])?;
    let base = if a.len() == 2 { Some(complex_arg(vm, a[1])?) } else { None };
    let (mut r, mut e) = log(x);
    if let Some(b) = base {
        // as in CPython, the base's logarithm resets errno: log(0, 2) is (-inf+nanj)
        let (lb, eb) = log(b);
        e = eb;
        match complex::quot(r, lb) {
            Ok(q) => r = q,
            Err(_) => e = e.or(EDOM),
        }
    }
    result(vm, (r, e))
}

fn cm_log10(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let z = one(vm, "log10", a, kw)?;
    let (r, e) = log(z);
    result(vm, (Complex::new(r.re / LN_10, r.im / LN_10), e))
}

fn cm_phase(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let z = one(vm, "phase", a, kw)?;
    let phi = c::atan2(z.im, z.re);
    if phi == 0.0 && z.im != 0.0 && z.im.is_finite() && z.re.is_finite() {
        // the C library reports the underflow (ERANGE), which CPython raises
        return Err(range_error(vm));
    }
    Ok(Value::float(phi))
}

fn cm_polar(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let z = one(vm, "polar", a, kw)?;
    let phi = c::atan2(z.im, z.re);
    let Some(r) = complex::abs(z) else {
        return Err(range_error(vm));
    };
    Ok(vm.new_tuple(vec![Value::float(r), Value::float(phi)]))
}

fn cm_rect(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(vm, "rect", kw)?;
    crate::builtins::args::check_positional(vm, "rect", a, 2, 2)?;
    let r = super::math::real_arg(vm, a[0])?;
    let phi = super::math::real_arg(vm, a[1])?;
    result(vm, rect(r, phi))
}

fn classify(vm: &mut Vm, name: &str, a: &[Value], kw: &[Value], f: fn(Complex) -> bool) -> PyResult<Value> {
    let z = one(vm, name, a, kw)?;
    Ok(Value::bool(f(z)))
}
fn cm_isnan(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    classify(vm, "isnan", a, kw, |z| z.re.is_nan() || z.im.is_nan())
}
fn cm_isinf(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    classify(vm, "isinf", a, kw, |z| z.re.is_infinite() || z.im.is_infinite())
}
fn cm_isfinite(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    classify(vm, "isfinite", a, kw, finite)
}

fn cm_isclose(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let npos = a.len() - kw.len();
    if npos > 2 {
        return Err(vm.type_error(format!("isclose() takes exactly 2 positional arguments ({} given)", npos)));
    }
    let p = bind(vm, "isclose", a, kw, &["a", "b", "rel_tol", "abs_tol"], 2)?;
    let x = complex_arg(vm, p[0])?;
    let y = complex_arg(vm, p[1])?;
    let rel_tol = if p[2].is_null() { 1e-9 } else { super::math::real_arg(vm, p[2])? };
    let abs_tol = if p[3].is_null() { 0.0 } else { super::math::real_arg(vm, p[3])? };
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(vm.value_error("tolerances must be non-negative"));
    }
    if x == y {
        return Ok(Value::TRUE);
    }
    if x.re.is_infinite() || x.im.is_infinite() || y.re.is_infinite() || y.im.is_infinite() {
        return Ok(Value::FALSE);
    }
    let abs_or_inf = |z: Complex| complex::abs(z).unwrap_or(INF);
    let diff = abs_or_inf(Complex::new(x.re - y.re, x.im - y.im));
    Ok(Value::bool(diff <= rel_tol * abs_or_inf(y) || diff <= rel_tol * abs_or_inf(x) || diff <= abs_tol))
}

/// `cmath`.
pub fn init(vm: &mut Vm, name: &str) -> PyResult<Value> {
    let (m, d) = super::new_native_module(vm, name);
    let funcs: &[(&'static str, NativeFn)] = &[
        ("sqrt", cm_sqrt),
        ("exp", cm_exp),
        ("log", cm_log),
        ("log10", cm_log10),
        ("phase", cm_phase),
        ("polar", cm_polar),
        ("rect", cm_rect),
        ("isclose", cm_isclose),
        ("isnan", cm_isnan),
        ("isinf", cm_isinf),
        ("isfinite", cm_isfinite),
        ("sin", cm_sin),
        ("cos", cm_cos),
        ("tan", cm_tan),
        ("sinh", cm_sinh),
        ("cosh", cm_cosh),
        ("tanh", cm_tanh),
    ];
    super::add_functions(vm, d, funcs);
    for (n, x) in [("pi", PI), ("e", E), ("tau", std::f64::consts::TAU), ("inf", INF), ("nan", N)] {
        set_entry(vm, d, n, Value::float(x));
    }
    for (n, im) in [("infj", INF), ("nanj", N)] {
        let z = complex::new_complex(vm, Complex::new(0.0, im));
        set_entry(vm, d, n, z);
    }
    Ok(m)
}
