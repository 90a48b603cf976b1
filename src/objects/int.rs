//! int and float arithmetic beyond the interpreter's inline fast paths: big-int
//! promotion and demotion, Python's floor division and modulo signs, powers, shifts,
//! and int/float mixing with CPython's error messages.

use crate::bytecode::opcodes::BinOp;
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

/// A numeric operand, with bool treated as int.
pub enum Num<'a> {
    Small(i64),
    Big(&'a BigInt),
    Float(f64),
}

/// `Small` covers every int that fits an i64 (inline or `MedInt`); `Big` is only
/// used beyond that, so the two never hold equal values. Instances of subclasses of
/// int and float count as their values.
pub fn as_num<'a>(v: Value) -> Option<Num<'a>> {
    if v.is_int() {
        Some(Num::Small(v.as_int()))
    } else if v.is_float() {
        Some(Num::Float(v.as_float()))
    } else if v == Value::TRUE {
        Some(Num::Small(1))
    } else if v == Value::FALSE {
        Some(Num::Small(0))
    } else {
        match v.kind() {
            Some(super::ObjKind::MedInt(i)) => Some(Num::Small(*i)),
            Some(super::ObjKind::BigInt(b)) => Some(Num::Big(b)),
            // an instance of a subclass of int or float is that number (callers try the
            // special methods its class defines first)
            Some(super::ObjKind::Instance(i)) => payload_num(i.payload),
            _ => None,
        }
    }
}

/// `as_num` of the builtin value an instance wraps (never itself an instance), out of
/// line so that `as_num` stays small enough to inline.
#[cold]
#[inline(never)]
fn payload_num<'a>(p: Value) -> Option<Num<'a>> {
    if p.is_null() {
        return None;
    }
    if p.is_int() {
        return Some(Num::Small(p.as_int()));
    }
    if p.is_float() {
        return Some(Num::Float(p.as_float()));
    }
    match p.kind() {
        Some(super::ObjKind::MedInt(i)) => Some(Num::Small(*i)),
        Some(super::ObjKind::BigInt(b)) => Some(Num::Big(b)),
        _ => None,
    }
}

/// The int value of an int or bool.
pub fn to_bigint(v: Value) -> Option<BigInt> {
    match as_num(v)? {
        Num::Small(i) => Some(BigInt::from(i)),
        Num::Big(b) => Some(b.clone()),
        Num::Float(_) => None,
    }
}

/// An int or bool as i64, None if not an int or too big.
pub fn to_i64(v: Value) -> Option<i64> {
    match as_num(v)? {
        Num::Small(i) => Some(i),
        Num::Big(b) => b.to_i64(),
        Num::Float(_) => None,
    }
}

pub fn is_intlike(v: Value) -> bool {
    matches!(as_num(v), Some(Num::Small(_)) | Some(Num::Big(_)))
}

pub fn big_to_f64(vm: &mut Vm, b: &BigInt) -> PyResult<f64> {
    match b.to_f64() {
        Some(f) if f.is_finite() => Ok(f),
        _ => Err(vm.overflow_error("int too large to convert to float")),
    }
}

pub fn num_to_f64(vm: &mut Vm, n: &Num) -> PyResult<f64> {
    match n {
        Num::Small(i) => Ok(*i as f64),
        Num::Big(b) => big_to_f64(vm, b),
        Num::Float(f) => Ok(*f),
    }
}

/// `a op b` for two ints (either representation). None means "not defined for ints"
/// (only MatMul).
pub fn int_binop(vm: &mut Vm, op: BinOp, a: &Num, b: &Num) -> PyResult<Option<Value>> {
    // i64 fast path with overflow checks
    if let (Num::Small(x), Num::Small(y)) = (a, b) {
        let (x, y) = (*x, *y);
        let r: Option<i64> = match op {
            BinOp::Add => x.checked_add(y),
            BinOp::Sub => x.checked_sub(y),
            BinOp::Mul => x.checked_mul(y),
            BinOp::BitAnd => Some(x & y),
            BinOp::BitOr => Some(x | y),
            BinOp::BitXor => Some(x ^ y),
            BinOp::RShift if y >= 0 => Some(if y >= 64 {
                if x < 0 {
                    -1
                } else {
                    0
                }
            } else {
                x >> y
            }),
            BinOp::LShift if (0..63).contains(&y) => {
                let r = x.wrapping_shl(y as u32);
                // exact when shifting back gives x (no bits or sign lost)
                if (r >> y) == x {
                    Some(r)
                } else {
                    None
                }
            }
            BinOp::FloorDiv | BinOp::Mod => {
                if y == 0 {
                    return Err(zero_div_int(vm, op));
                }
                if x == i64::MIN && y == -1 {
                    // the quotient overflows i64: take the big-int path below
                    None
                } else if op == BinOp::FloorDiv {
                    Some(Integer::div_floor(&x, &y))
                } else {
                    Some(Integer::mod_floor(&x, &y))
                }
            }
            _ => None,
        };
        if let Some(r) = r {
            return Ok(Some(vm.new_int(r)));
        }
    }
    let x = match a {
        Num::Small(i) => BigInt::from(*i),
        Num::Big(b) => (*b).clone(),
        Num::Float(_) => return Ok(None),
    };
    let y = match b {
        Num::Small(i) => BigInt::from(*i),
        Num::Big(b) => (*b).clone(),
        Num::Float(_) => return Ok(None),
    };
    if vm.max_steps.is_some() {
        // under --max-steps a big-int operation costs steps by its size, so a program
        // whose numbers grow without bound stops at the limit like a long loop
        let (lx, ly) = (x.bits() / 64 + 1, y.bits() / 64 + 1);
        let work = if matches!(op, BinOp::Mul | BinOp::FloorDiv | BinOp::Mod) { lx.saturating_mul(ly) } else { lx.max(ly) };
        vm.charge_steps(work / 64);
    }
    let r = match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::BitAnd => x & y,
        BinOp::BitOr => x | y,
        BinOp::BitXor => x ^ y,
        BinOp::FloorDiv | BinOp::Mod => {
            if y.is_zero() {
                return Err(zero_div_int(vm, op));
            }
            if op == BinOp::FloorDiv {
                Integer::div_floor(&x, &y)
            } else {
                Integer::mod_floor(&x, &y)
            }
        }
        BinOp::TrueDiv => {
            if y.is_zero() {
                return Err(vm.zero_div("division by zero"));
            }
            return Ok(Some(Value::float(int_true_div(vm, &x, &y)?)));
        }
        BinOp::Pow => return int_pow(vm, &x, &y).map(Some),
        BinOp::LShift => {
            if y.is_negative() {
                return Err(vm.value_error("negative shift count"));
            }
            if x.is_zero() {
                return Ok(Some(Value::small_int(0)));
            }
            let s = match y.to_u64() {
                Some(s) if s <= (1 << 32) => s,
                _ => return Err(vm.overflow_error("too many digits in integer")),
            };
            x << s as usize
        }
        BinOp::RShift => {
            if y.is_negative() {
                return Err(vm.value_error("negative shift count"));
            }
            match y.to_u64() {
                Some(s) if s < (1 << 32) => {
                    // arithmetic shift: floor division by 2**s
                    if x.is_negative() {
                        let d = BigInt::one() << s as usize;
                        x.div_floor(&d)
                    } else {
                        x >> s as usize
                    }
                }
                _ => {
                    if x.is_negative() {
                        BigInt::from(-1)
                    } else {
                        BigInt::zero()
                    }
                }
            }
        }
        BinOp::MatMul => return Ok(None),
    };
    Ok(Some(vm.new_int_big(r)))
}

fn zero_div_int(vm: &mut Vm, op: BinOp) -> crate::vm::PyErr {
    if op == BinOp::Mod {
        vm.zero_div("integer modulo by zero")
    } else {
        vm.zero_div("integer division or modulo by zero")
    }
}

/// Correctly rounded int / int when both fit in a double exactly; otherwise scaled.
fn int_true_div(vm: &mut Vm, x: &BigInt, y: &BigInt) -> PyResult<f64> {
    if let (Some(a), Some(b)) = (x.to_i64(), y.to_i64()) {
        if a.unsigned_abs() < (1 << 53) && b.unsigned_abs() < (1 << 53) {
            return Ok(a as f64 / b as f64);
        }
    }
    // Scale so the quotient has 64+ significant bits, then divide exactly and convert.
    let xb = x.bits() as i64;
    let yb = y.bits() as i64;
    let shift = 66 - (xb - yb);
    let (num, den) = if shift > 0 { (x << shift as usize, y.clone()) } else { (x.clone(), y << (-shift) as usize) };
    let q = &num / &den;
    let qf = q.to_f64().unwrap_or(f64::INFINITY);
    let r = qf * 2f64.powi(-(shift as i32).clamp(-2000, 2000));
    let r = if shift.abs() > 2000 {
        if shift > 0 {
            0.0
        } else {
            f64::INFINITY
        }
    } else {
        r
    };
    if r.is_infinite() {
        return Err(vm.overflow_error("integer division result too large for a float"));
    }
    Ok(r)
}

pub fn int_pow(vm: &mut Vm, x: &BigInt, y: &BigInt) -> PyResult<Value> {
    if y.is_negative() {
        let xf = big_to_f64(vm, x)?;
        let yf = big_to_f64(vm, y)?;
        if xf == 0.0 {
            return Err(vm.zero_div("0.0 cannot be raised to a negative power"));
        }
        return float_pow(vm, xf, yf);
    }
    let e = match y.to_u64() {
        Some(e) => e,
        None => {
            if x.is_zero() || x.is_one() {
                return Ok(vm.new_int_big(x.clone()));
            }
            return Err(vm.overflow_error("exponent too large"));
        }
    };
    if x.bits() as u128 * e as u128 > 64 * 1024 * 1024 * 8 {
        return Err(vm.overflow_error("exponent too large"));
    }
    Ok(vm.new_int_big(num_traits::pow::pow(x.clone(), e as usize)))
}

pub fn float_pow(vm: &mut Vm, x: f64, y: f64) -> PyResult<Value> {
    if x == 0.0 && y < 0.0 {
        return Err(vm.zero_div("0.0 cannot be raised to a negative power"));
    }
    if x < 0.0 && x.is_finite() && y.is_finite() && y.fract() != 0.0 {
        return super::complex::float_pow_complex(vm, x, y);
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        let c = vm.types.overflow_error;
        let code = Value::small_int(34);
        let msg = vm.new_str("Numerical result out of range");
        return Err(crate::vm::PyErr(vm.new_exc_args(c, vec![code, msg])));
    }
    Ok(Value::float(r))
}

/// Python's float floor division and modulo (CPython's float_divmod).
pub fn float_divmod(x: f64, y: f64) -> (f64, f64) {
    let mut m = x % y;
    let mut div = (x - m) / y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m += y;
            div -= 1.0;
        }
    } else {
        m = 0f64.copysign(y);
    }
    let fd = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0f64.copysign(x / y)
    };
    (fd, m)
}

pub fn float_binop(vm: &mut Vm, op: BinOp, x: f64, y: f64) -> PyResult<Option<Value>> {
    let r = match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::TrueDiv => {
            if y == 0.0 {
                return Err(vm.zero_div("float division by zero"));
            }
            x / y
        }
        BinOp::FloorDiv => {
            if y == 0.0 {
                return Err(vm.zero_div("float floor division by zero"));
            }
            float_divmod(x, y).0
        }
        BinOp::Mod => {
            if y == 0.0 {
                return Err(vm.zero_div("float modulo"));
            }
            float_divmod(x, y).1
        }
        BinOp::Pow => return float_pow(vm, x, y).map(Some),
        _ => return Ok(None),
    };
    Ok(Some(Value::float(r)))
}

/// Exact comparison of an int with a float.
pub fn cmp_int_float(i: &BigInt, f: f64) -> Option<std::cmp::Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 { std::cmp::Ordering::Less } else { std::cmp::Ordering::Greater });
    }
    let fi = f.trunc();
    let fb = num_bigint::BigInt::from(fi as i128);
    let fb = if fi.abs() < 1e38 { fb } else { big_from_f64(fi) };
    match i.cmp(&fb) {
        std::cmp::Ordering::Equal => {
            let frac = f - fi;
            Some(if frac > 0.0 {
                std::cmp::Ordering::Less
            } else if frac < 0.0 {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            })
        }
        o => Some(o),
    }
}

/// The integer value of a finite, integral float.
pub fn big_from_f64(f: f64) -> BigInt {
    if f.abs() < 9.0e18 {
        return BigInt::from(f as i64);
    }
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7FF) as i64 - 1075;
    let mant = (bits & ((1u64 << 52) - 1)) | (1u64 << 52);
    let m = BigInt::from(mant);
    let v = if exp >= 0 { m << exp as usize } else { m >> (-exp) as usize };
    if f < 0.0 {
        -v
    } else {
        v
    }
}

/// int(x) for a float: truncation with CPython's errors.
pub fn float_to_int(vm: &mut Vm, f: f64) -> PyResult<Value> {
    if f.is_nan() {
        return Err(vm.value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(vm.overflow_error("cannot convert float infinity to integer"));
    }
    let t = f.trunc();
    if t.abs() < 1e15 {
        return Ok(vm.new_int(t as i64));
    }
    Ok(vm.new_int_big(big_from_f64(t)))
}

/// CPython's default limit on decimal digits in int <-> str conversions
/// (sys.get_int_max_str_digits()).
pub const MAX_STR_DIGITS: usize = 4300;

/// ValueError when converting `b` to decimal would exceed the digit limit.
pub fn check_str_digits(vm: &mut Vm, b: &BigInt) -> PyResult<()> {
    // 3.3219... bits per decimal digit; only numbers near the limit need an exact count
    let bits = b.bits() as f64;
    let estimate = (bits * std::f64::consts::LOG10_2).floor() as usize + 1;
    let too_many = if estimate > MAX_STR_DIGITS + 1 {
        true
    } else if estimate + 1 < MAX_STR_DIGITS {
        false
    } else {
        b.magnitude().to_string().len() > MAX_STR_DIGITS
    };
    if too_many {
        return Err(vm.value_error("Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"));
    }
    Ok(())
}
