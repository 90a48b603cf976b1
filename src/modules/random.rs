//! `_random`: the Mersenne Twister (MT19937) behind `random.Random`, bit-for-bit the
//! generator CPython 3.11 uses, so a seed gives the same sequences. `random.py`
//! (`lib/random.py`) builds the distributions on it in Python, as CPython does.
//!
//! The module also offers `random.py` the few numeric helpers it needs while PVM has no
//! `math` module (`_log`, `_exp`, `_sqrt`, `_cos`, `_sin`, `_acos`, `_floor`, `_ceil`),
//! `_index` (operator.index), `_sha512` and `_urandom`.

use crate::builtins::args;
use crate::modules::{add_functions, new_native_module};
use crate::objects::int::{as_num, to_bigint, Num};
use crate::objects::module::set_entry;
use crate::objects::native::{self, NativeData};
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use num_bigint::{BigInt, Sign};
use std::cell::RefCell;

const N: usize = 624;
const M: usize = 397;
const MATRIX_A: u32 = 0x9908_b0df;
const UPPER_MASK: u32 = 0x8000_0000;
const LOWER_MASK: u32 = 0x7fff_ffff;

/// The generator's state: 624 words and the index of the next one to temper.
pub struct Mt19937 {
    state: [u32; N],
    index: usize,
}

impl Mt19937 {
    fn new() -> Mt19937 {
        let mut g = Mt19937 { state: [0; N], index: N + 1 };
        g.init_genrand(5489);
        g
    }

    fn init_genrand(&mut self, seed: u32) {
        self.state[0] = seed;
        for i in 1..N {
            let prev = self.state[i - 1];
            self.state[i] = 1_812_433_253u32.wrapping_mul(prev ^ (prev >> 30)).wrapping_add(i as u32);
        }
        self.index = N;
    }

    /// Seeds from a key of 32-bit words (the absolute value of an int seed, least
    /// significant word first), the reference implementation's `init_by_array`.
    fn init_by_array(&mut self, key: &[u32]) {
        self.init_genrand(19_650_218);
        let mt = &mut self.state;
        let (mut i, mut j) = (1usize, 0usize);
        let keylen = key.len().max(1);
        for _ in 0..N.max(keylen) {
            let prev = mt[i - 1];
            let k = key.get(j).copied().unwrap_or(0);
            mt[i] = (mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_664_525)).wrapping_add(k).wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if j >= keylen {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let prev = mt[i - 1];
            mt[i] = (mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_566_083_941)).wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x8000_0000;
        self.index = N;
    }

    /// Regenerates all 624 words at once.
    fn twist(&mut self) {
        let mt = &mut self.state;
        let mix = |a: u32, b: u32, far: u32| {
            let y = (a & UPPER_MASK) | (b & LOWER_MASK);
            far ^ (y >> 1) ^ if y & 1 != 0 { MATRIX_A } else { 0 }
        };
        for k in 0..N - M {
            mt[k] = mix(mt[k], mt[k + 1], mt[k + M]);
        }
        for k in N - M..N - 1 {
            mt[k] = mix(mt[k], mt[k + 1], mt[k + M - N]);
        }
        mt[N - 1] = mix(mt[N - 1], mt[0], mt[M - 1]);
        self.index = 0;
    }

    #[inline]
    fn next_u32(&mut self) -> u32 {
        if self.index >= N {
            self.twist();
        }
        let mut y = self.state[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    /// A float in [0, 1) with 53 random bits, as CPython's `random_random`.
    #[inline]
    fn next_f64(&mut self) -> f64 {
        let a = (self.next_u32() >> 5) as f64;
        let b = (self.next_u32() >> 6) as f64;
        (a * 67_108_864.0 + b) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// `k` random bits as 32-bit words, least significant first; the last word takes
    /// the top bits of its draw when fewer than 32 remain.
    fn bits_words(&mut self, mut k: u64) -> Vec<u32> {
        let mut words = Vec::with_capacity(k.div_ceil(32) as usize);
        while k > 0 {
            let mut r = self.next_u32();
            if k < 32 {
                r >>= 32 - k;
            }
            words.push(r);
            k = k.saturating_sub(32);
        }
        words
    }

    /// An int below `n` (n > 0) drawn as CPython's `_randbelow_with_getrandbits`:
    /// `n.bit_length()` bits, again until the draw is below `n`.
    fn below_u64(&mut self, n: u64) -> u64 {
        let k = 64 - n.leading_zeros() as u64;
        loop {
            let r = if k <= 32 {
                (self.next_u32() >> (32 - k)) as u64
            } else {
                let lo = self.next_u32() as u64;
                let hi = (self.next_u32() >> (64 - k)) as u64;
                lo | (hi << 32)
            };
            if r < n {
                return r;
            }
        }
    }
}

/// A `_random.Random` object's payload.
pub struct RandomState {
    mt: RefCell<Mt19937>,
}

impl NativeData for RandomState {
    fn trace(&self, _f: &mut dyn FnMut(Value)) {}
    fn extra_size(&self) -> usize {
        std::mem::size_of::<Mt19937>()
    }
}

/// Most random bits one call makes (2 GiB of them): beyond, MemoryError rather than
/// an allocation the process cannot survive.
const MAX_BITS: i64 = 1 << 34;

#[cold]
fn memory_error(vm: &mut Vm) -> crate::vm::PyErr {
    let c = vm.types.memory_error;
    crate::vm::PyErr(vm.new_exc_args(c, vec![]))
}

/// The receiver of a method call (None when there is none, which `state` rejects).
fn receiver(a: &[Value]) -> Value {
    a.first().copied().unwrap_or(Value::NONE)
}

fn state<'a>(vm: &mut Vm, v: Value, method: &str) -> PyResult<&'a RandomState> {
    native::expect::<RandomState>(vm, v, "_random.Random", method)
}

/// The key words of an int seed: its absolute value, 32 bits at a time.
fn int_key(b: &BigInt) -> Vec<u32> {
    let (_, mut words) = b.to_u32_digits();
    if words.is_empty() {
        words.push(0);
    }
    words
}

/// Fills `buf` from the operating system's entropy source.
fn os_entropy(vm: &mut Vm, buf: &mut [u8]) -> PyResult<()> {
    use std::io::Read;
    match std::fs::File::open("/dev/urandom").and_then(|mut f| f.read_exact(buf)) {
        Ok(()) => Ok(()),
        Err(e) => {
            let c = vm.types.os_error;
            Err(vm.err(c, &format!("cannot read /dev/urandom: {}", e)))
        }
    }
}

/// `seed(arg)`: None reads entropy; an int seeds by its absolute value; anything else
/// by its hash taken as an unsigned 64-bit number (CPython's `random_seed`).
fn seed_with(vm: &mut Vm, st: &RandomState, arg: Value) -> PyResult<()> {
    let key = if arg.is_null() || arg.is_none() {
        let mut buf = [0u8; N * 4];
        os_entropy(vm, &mut buf)?;
        buf.chunks_exact(4).map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]])).collect()
    } else if let Some(b) = to_bigint(arg) {
        int_key(&b)
    } else {
        let h = crate::objects::ops::hash(vm, arg)? as u64;
        int_key(&BigInt::from(h))
    };
    st.mt.borrow_mut().init_by_array(&key);
    Ok(())
}

fn random_new(vm: &mut Vm, cls: Value, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("Random() takes no keyword arguments"));
    }
    if a.len() > 1 {
        return Err(vm.type_error(format!("Random() expected at most 1 argument, got {}", a.len())));
    }
    let st = RandomState { mt: RefCell::new(Mt19937::new()) };
    seed_with(vm, &st, a.first().copied().unwrap_or(Value::NULL))?;
    Ok(native::new_object(vm, cls, st))
}

fn m_random(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    if a.len() != 1 || !kw.is_empty() {
        args::no_kwargs(vm, "random", kw)?;
        args::method_arity(vm, "Random", "random", a, 0, 0)?;
    }
    let st = state(vm, receiver(a), "random")?;
    let f = st.mt.borrow_mut().next_f64();
    Ok(Value::float(f))
}

fn m_seed(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    args::no_kwargs(vm, "seed", kw)?;
    args::method_arity(vm, "Random", "seed", a, 0, 1)?;
    let st = state(vm, receiver(a), "seed")?;
    seed_with(vm, st, a.get(1).copied().unwrap_or(Value::NULL))?;
    Ok(Value::NONE)
}

fn m_getrandbits(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    args::no_kwargs(vm, "getrandbits", kw)?;
    args::method_arity(vm, "Random", "getrandbits", a, 1, 1)?;
    let st = state(vm, receiver(a), "getrandbits")?;
    let k = crate::builtins::as_index(vm, a[1])?;
    if k < 0 {
        return Err(vm.value_error("number of bits must be non-negative"));
    }
    if k > MAX_BITS {
        return Err(memory_error(vm));
    }
    if k <= 32 {
        let r = if k == 0 { 0 } else { st.mt.borrow_mut().next_u32() >> (32 - k) };
        return Ok(Value::small_int(r as i64));
    }
    let words = st.mt.borrow_mut().bits_words(k as u64);
    if words.len() <= 2 {
        let lo = words[0] as u64 | (words.get(1).copied().unwrap_or(0) as u64) << 32;
        return Ok(vm.new_int_i128(lo as i128));
    }
    Ok(vm.new_int_big(BigInt::from_slice(Sign::Plus, &words)))
}

/// `randbytes(n)`: the little-endian bytes of `getrandbits(8 * n)`, made directly.
fn m_randbytes(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    args::no_kwargs(vm, "randbytes", kw)?;
    args::method_arity(vm, "Random", "randbytes", a, 1, 1)?;
    let st = state(vm, receiver(a), "randbytes")?;
    let n = crate::builtins::as_index(vm, a[1])?;
    if n < 0 {
        return Err(vm.value_error("negative argument not allowed"));
    }
    if n > MAX_BITS / 8 {
        return Err(memory_error(vm));
    }
    let words = st.mt.borrow_mut().bits_words(n as u64 * 8);
    let mut out: Vec<u8> = words.iter().flat_map(|w| w.to_le_bytes()).collect();
    out.truncate(n as usize);
    Ok(vm.new_bytes(out))
}

/// `_randbelow(n)` for n > 0 (CPython's `_randbelow_with_getrandbits`, natively).
fn m_randbelow(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    args::no_kwargs(vm, "_randbelow", kw)?;
    args::method_arity(vm, "Random", "_randbelow", a, 1, 1)?;
    let st = state(vm, receiver(a), "_randbelow")?;
    match as_num(a[1]) {
        Some(Num::Small(n)) if n > 0 => {
            let r = st.mt.borrow_mut().below_u64(n as u64);
            Ok(vm.new_int(r as i64))
        }
        Some(Num::Small(_)) => Err(vm.value_error("_randbelow() needs a positive bound")),
        Some(Num::Big(b)) => {
            let b = b.clone();
            if b.sign() != Sign::Plus {
                return Err(vm.value_error("_randbelow() needs a positive bound"));
            }
            let k = b.bits();
            loop {
                let words = st.mt.borrow_mut().bits_words(k);
                let r = BigInt::from_slice(Sign::Plus, &words);
                if r < b {
                    return Ok(vm.new_int_big(r));
                }
            }
        }
        _ => {
            let t = vm.type_name(a[1]);
            Err(vm.type_error(format!("'{}' object cannot be interpreted as an integer", t)))
        }
    }
}

/// `getstate()`: the 624 words and the index, as a tuple of 625 ints.
fn m_getstate(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    args::no_kwargs(vm, "getstate", kw)?;
    args::method_arity(vm, "Random", "getstate", a, 0, 0)?;
    let st = state(vm, receiver(a), "getstate")?;
    let mt = st.mt.borrow();
    let mut items: Vec<Value> = mt.state.iter().map(|&w| Value::small_int(w as i64)).collect();
    items.push(Value::small_int(mt.index as i64));
    drop(mt);
    Ok(vm.new_tuple(items))
}

fn m_setstate(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    args::no_kwargs(vm, "setstate", kw)?;
    args::method_arity(vm, "Random", "setstate", a, 1, 1)?;
    let st = state(vm, receiver(a), "setstate")?;
    let Some(items) = a[1].as_tuple() else {
        return Err(vm.type_error("state vector must be a tuple"));
    };
    if items.len() != N + 1 {
        return Err(vm.value_error("state vector is the wrong size"));
    }
    let mut words = [0u32; N];
    for (w, &v) in words.iter_mut().zip(items) {
        *w = unsigned_long(vm, v)? as u32;
    }
    let index = match as_num(items[N]) {
        Some(Num::Small(i)) => i,
        Some(Num::Big(_)) => return Err(vm.overflow_error("Python int too large to convert to C long")),
        _ => {
            let t = vm.type_name(items[N]);
            return Err(vm.type_error(format!("'{}' object cannot be interpreted as an integer", t)));
        }
    };
    if !(0..=N as i64).contains(&index) {
        return Err(vm.value_error("invalid state"));
    }
    let mut mt = st.mt.borrow_mut();
    mt.state = words;
    mt.index = index as usize;
    Ok(Value::NONE)
}

/// A state word as C's `PyLong_AsUnsignedLong` reads it.
fn unsigned_long(vm: &mut Vm, v: Value) -> PyResult<u64> {
    match as_num(v) {
        Some(Num::Small(i)) if i >= 0 => Ok(i as u64),
        Some(Num::Small(_)) => Err(vm.overflow_error("can't convert negative value to unsigned int")),
        Some(Num::Big(b)) => match u64::try_from(b) {
            Ok(x) => Ok(x),
            Err(_) if b.sign() == Sign::Minus => Err(vm.overflow_error("can't convert negative value to unsigned int")),
            Err(_) => Err(vm.overflow_error("Python int too large to convert to C unsigned long")),
        },
        _ => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!("'{}' object cannot be interpreted as an integer", t)))
        }
    }
}

// ---------------------------------------------------------------- helpers for random.py

/// A float argument as `math` functions read it.
fn float_arg(vm: &mut Vm, a: &[Value], fname: &str) -> PyResult<f64> {
    args::arity(vm, fname, a, 1, 1)?;
    match as_num(a[0]) {
        Some(n) => crate::objects::int::num_to_f64(vm, &n),
        None => {
            let t = vm.type_name(a[0]);
            Err(vm.type_error(format!("must be real number, not {}", t)))
        }
    }
}

#[cold]
fn math_domain(vm: &mut Vm) -> crate::vm::PyErr {
    vm.value_error("math domain error")
}

fn h_log(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let x = float_arg(vm, a, "log")?;
    if x <= 0.0 || x.is_nan() {
        return if x.is_nan() { Ok(Value::float(x)) } else { Err(math_domain(vm)) };
    }
    Ok(Value::float(x.ln()))
}

fn h_exp(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let x = float_arg(vm, a, "exp")?;
    let r = x.exp();
    if r.is_infinite() && x.is_finite() {
        return Err(vm.overflow_error("math range error"));
    }
    Ok(Value::float(r))
}

fn h_sqrt(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let x = float_arg(vm, a, "sqrt")?;
    if x < 0.0 {
        return Err(math_domain(vm));
    }
    Ok(Value::float(x.sqrt()))
}

fn h_cos(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let x = float_arg(vm, a, "cos")?;
    if x.is_infinite() {
        return Err(math_domain(vm));
    }
    Ok(Value::float(x.cos()))
}

fn h_sin(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let x = float_arg(vm, a, "sin")?;
    if x.is_infinite() {
        return Err(math_domain(vm));
    }
    Ok(Value::float(x.sin()))
}

fn h_acos(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let x = float_arg(vm, a, "acos")?;
    if !(-1.0..=1.0).contains(&x) {
        return Err(math_domain(vm));
    }
    Ok(Value::float(x.acos()))
}

fn h_floor(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    if a.len() == 1 && to_bigint(a[0]).is_some() {
        return Ok(a[0]);
    }
    let x = float_arg(vm, a, "floor")?;
    crate::objects::int::float_to_int(vm, x.floor())
}

fn h_ceil(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    if a.len() == 1 && to_bigint(a[0]).is_some() {
        return Ok(a[0]);
    }
    let x = float_arg(vm, a, "ceil")?;
    crate::objects::int::float_to_int(vm, x.ceil())
}

/// operator.index: an int as itself (a bool as its int), else `__index__`.
fn h_index(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    args::arity(vm, "index", a, 1, 1)?;
    let v = a[0];
    if v.is_bool() {
        return Ok(Value::small_int((v == Value::TRUE) as i64));
    }
    if let Some(b) = to_bigint(v) {
        return if v.is_int() { Ok(v) } else { Ok(vm.new_int_big(b)) };
    }
    if let Some(r) = crate::objects::class::call_special(vm, v, "__index__", &[])? {
        if to_bigint(r).is_some() {
            return Ok(r);
        }
        let t = vm.type_name(r);
        return Err(vm.type_error(format!("__index__ returned non-int (type {})", t)));
    }
    let t = vm.type_name(v);
    Err(vm.type_error(format!("'{}' object cannot be interpreted as an integer", t)))
}

fn h_sha512(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    use sha2::Digest;
    args::arity(vm, "_sha512", a, 1, 1)?;
    let Some(data) = crate::objects::bytes::bytes_like(a[0]) else {
        return Err(vm.type_error("_sha512() needs a bytes-like object"));
    };
    let digest = sha2::Sha512::digest(&data);
    Ok(vm.new_bytes(digest.to_vec()))
}

fn h_urandom(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    args::arity(vm, "_urandom", a, 1, 1)?;
    let n = crate::builtins::as_index(vm, a[0])?;
    if n < 0 {
        return Err(vm.value_error("negative argument not allowed"));
    }
    if n > MAX_BITS / 8 {
        return Err(memory_error(vm));
    }
    let mut buf = vec![0u8; n as usize];
    os_entropy(vm, &mut buf)?;
    Ok(vm.new_bytes(buf))
}

pub fn init(vm: &mut Vm, name: &str) -> PyResult<Value> {
    let (m, d) = new_native_module(vm, name);
    let t = native::new_type(
        vm,
        "Random",
        "_random",
        Value::NULL,
        Some(random_new),
        &[
            ("random", m_random),
            ("seed", m_seed),
            ("getrandbits", m_getrandbits),
            ("randbytes", m_randbytes),
            ("_randbelow", m_randbelow),
            ("getstate", m_getstate),
            ("setstate", m_setstate),
        ],
    );
    set_entry(vm, d, "Random", t);
    add_functions(
        vm,
        d,
        &[
            ("_log", h_log),
            ("_exp", h_exp),
            ("_sqrt", h_sqrt),
            ("_cos", h_cos),
            ("_sin", h_sin),
            ("_acos", h_acos),
            ("_floor", h_floor),
            ("_ceil", h_ceil),
            ("_index", h_index),
            ("_sha512", h_sha512),
            ("_urandom", h_urandom),
        ],
    );
    Ok(m)
}
