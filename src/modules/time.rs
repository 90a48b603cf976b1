//! The `time` module: the clocks (wall, monotonic, performance counter, process CPU
//! time, each as float seconds and int nanoseconds) and `sleep`.

use crate::builtins::args::arity;
use crate::objects::int::{as_num, Num};
use crate::objects::NativeFn;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// Nanoseconds of clock `id` (0 if the clock cannot be read, which POSIX rules out
/// for these clocks).
fn clock_ns(id: libc::clockid_t) -> i128 {
    let mut ts = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: `ts` is a live, writable timespec for the call.
    if unsafe { libc::clock_gettime(id, &mut ts) } != 0 {
        return 0;
    }
    ts.tv_sec as i128 * 1_000_000_000 + ts.tv_nsec as i128
}

/// Seconds as CPython converts nanoseconds (exactly when a whole number of seconds).
fn seconds(ns: i128) -> f64 {
    if ns % 1_000_000_000 == 0 {
        (ns / 1_000_000_000) as f64
    } else {
        ns as f64 / 1e9
    }
}

macro_rules! clock_fns {
    ($($secs:ident, $nanos:ident, $name:literal, $clock:expr;)*) => {$(
        fn $secs(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
            no_args(vm, concat!("time.", $name), a, kw)?;
            Ok(Value::float(seconds(clock_ns($clock))))
        }
        fn $nanos(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
            no_args(vm, concat!("time.", $name, "_ns"), a, kw)?;
            Ok(vm.new_int_i128(clock_ns($clock)))
        }
    )*};
}

clock_fns! {
    t_time, t_time_ns, "time", libc::CLOCK_REALTIME;
    t_monotonic, t_monotonic_ns, "monotonic", libc::CLOCK_MONOTONIC;
    t_perf_counter, t_perf_counter_ns, "perf_counter", libc::CLOCK_MONOTONIC;
    t_process_time, t_process_time_ns, "process_time", libc::CLOCK_PROCESS_CPUTIME_ID;
}

fn no_args(vm: &mut Vm, name: &str, a: &[Value], kw: &[Value]) -> PyResult<()> {
    crate::builtins::args::no_kwargs(vm, name, kw)?;
    arity(vm, name, a, 0, 0)
}

/// `time.sleep(secs)`: waits in short steps so that Ctrl-C interrupts it.
fn t_sleep(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::builtins::args::no_kwargs(vm, "time.sleep", kw)?;
    arity(vm, "time.sleep", a, 1, 1)?;
    let ns: i128 = match as_num(a[0]) {
        Some(Num::Float(f)) => {
            if f.is_nan() {
                return Err(vm.value_error("Invalid value NaN (not a number)"));
            }
            let ns = f * 1e9;
            if !(ns >= i64::MIN as f64 && ns < -(i64::MIN as f64)) {
                return Err(vm.overflow_error("timestamp out of range for platform time_t"));
            }
            // rounded toward +inf, as CPython's _PyTime_ROUND_CEILING
            ns.ceil() as i128
        }
        Some(Num::Small(i)) => match i.checked_mul(1_000_000_000) {
            Some(ns) => ns as i128,
            None => return Err(vm.overflow_error("timestamp too large to convert to C _PyTime_t")),
        },
        Some(Num::Big(_)) => return Err(vm.overflow_error("timestamp too large to convert to C _PyTime_t")),
        None => {
            let t = vm.type_name(a[0]);
            return Err(vm.type_error(format!("'{}' object cannot be interpreted as an integer", t)));
        }
    };
    if ns < 0 {
        return Err(vm.value_error("sleep length must be non-negative"));
    }
    let deadline = std::time::Instant::now() + std::time::Duration::from_nanos(ns.min(u64::MAX as i128) as u64);
    loop {
        if crate::vm::interrupt::pending() {
            return Err(vm.keyboard_interrupt());
        }
        let now = std::time::Instant::now();
        if now >= deadline {
            return Ok(Value::NONE);
        }
        std::thread::sleep((deadline - now).min(std::time::Duration::from_millis(50)));
    }
}

/// `time`.
pub fn init(vm: &mut Vm, name: &str) -> PyResult<Value> {
    let (m, d) = super::new_native_module(vm, name);
    let funcs: &[(&'static str, NativeFn)] = &[
        ("time", t_time),
        ("time_ns", t_time_ns),
        ("monotonic", t_monotonic),
        ("monotonic_ns", t_monotonic_ns),
        ("perf_counter", t_perf_counter),
        ("perf_counter_ns", t_perf_counter_ns),
        ("process_time", t_process_time),
        ("process_time_ns", t_process_time_ns),
        ("sleep", t_sleep),
    ];
    super::add_functions(vm, d, funcs);
    Ok(m)
}
