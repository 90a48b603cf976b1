//! Argument parsing for native functions: positional and keyword arguments matched to
//! parameter names, with CPython-style messages.

use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};

/// Matches `args` (positional, then keyword values named by `kwnames`) to `names`.
/// Missing optional parameters come back as NULL. `min` is the number required.
/// Errors are worded as CPython's for functions written in C (argument clinic).
pub fn bind(vm: &mut Vm, fname: &str, args: &[Value], kwnames: &[Value], names: &[&str], min: usize) -> PyResult<Vec<Value>> {
    let npos = args.len() - kwnames.len();
    let mut out = vec![Value::NULL; names.len()];
    // a method's receiver is not counted in the messages
    let skip = (names.first() == Some(&"self")) as usize;
    if !kwnames.is_empty() && args.len() > names.len() {
        let (most, given) = (names.len() - skip, args.len() - skip);
        let keyword = if npos <= skip { "keyword " } else { "" };
        return Err(vm.type_error(format!("{}() takes at most {} {}argument{} ({} given)", fname, most, keyword, if most == 1 { "" } else { "s" }, given)));
    }
    if npos > names.len() {
        let (most, given) = (names.len() - skip, npos - skip);
        if most == 1 && min == 1 + skip {
            return Err(vm.type_error(format!("{}() takes exactly one argument ({} given)", fname, given)));
        }
        return Err(vm.type_error(format!("{}() takes at most {} argument{} ({} given)", fname, most, if most == 1 { "" } else { "s" }, given)));
    }
    out[..npos].copy_from_slice(&args[..npos]);
    for (j, k) in kwnames.iter().enumerate() {
        let kn = k.as_str().unwrap_or("");
        match names.iter().position(|n| *n == kn) {
            Some(p) => {
                if !out[p].is_null() {
                    return Err(vm.type_error(format!("argument for {}() given by name ('{}') and position ({})", fname, kn, p + 1)));
                }
                out[p] = args[npos + j];
            }
            None => return Err(vm.type_error(format!("'{}' is an invalid keyword argument for {}()", kn, fname))),
        }
    }
    for (i, v) in out.iter().enumerate().take(min) {
        if v.is_null() {
            if min == 1 && names.len() == 1 {
                return Err(vm.type_error(format!("{}() takes exactly one argument (0 given)", fname)));
            }
            return Err(vm.type_error(format!("{}() missing required argument '{}' (pos {})", fname, names[i], i + 1)));
        }
    }
    Ok(out)
}

/// `bind` for a native function standing for one CPython writes in Python (`os.path`'s,
/// `os.getenv`...): the same matching, with the messages of a Python function's
/// call. The first `npos` names are positional-or-keyword, the rest keyword-only.
pub fn bind_py(vm: &mut Vm, fname: &str, args: &[Value], kwnames: &[Value], names: &[&str], npos: usize, min: usize) -> PyResult<Vec<Value>> {
    let given = args.len() - kwnames.len();
    if given > npos {
        let plural = |k: usize| if k == 1 { "" } else { "s" };
        let takes =
            if min == npos { format!("{} positional argument{}", npos, plural(npos)) } else { format!("from {} to {} positional arguments", min, npos) };
        let was = if given == 1 { "was" } else { "were" };
        return Err(vm.type_error(format!("{}() takes {} but {} {} given", fname, takes, given, was)));
    }
    let mut out = vec![Value::NULL; names.len()];
    out[..given].copy_from_slice(&args[..given]);
    for (j, k) in kwnames.iter().enumerate() {
        let kn = k.as_str().unwrap_or("");
        match names.iter().position(|n| *n == kn) {
            Some(p) if !out[p].is_null() => return Err(vm.type_error(format!("{}() got multiple values for argument '{}'", fname, kn))),
            Some(p) => out[p] = args[given + j],
            None => return Err(vm.type_error(format!("{}() got an unexpected keyword argument '{}'", fname, kn))),
        }
    }
    let missing: Vec<String> = (0..min).filter(|&i| out[i].is_null()).map(|i| names[i].to_string()).collect();
    if !missing.is_empty() {
        let s = if missing.len() == 1 { "" } else { "s" };
        return Err(vm.type_error(format!(
            "{}() missing {} required positional argument{}: {}",
            fname,
            missing.len(),
            s,
            crate::vm::call::name_list(&missing)
        )));
    }
    Ok(out)
}

/// Rejects keyword arguments for functions that take none.
#[inline]
pub fn no_kwargs(vm: &mut Vm, fname: &str, kwnames: &[Value]) -> PyResult<()> {
    if !kwnames.is_empty() {
        return Err(no_kwargs_error(vm, fname));
    }
    Ok(())
}

#[cold]
#[inline(never)]
fn no_kwargs_error(vm: &mut Vm, fname: &str) -> PyErr {
    vm.type_error(format!("{}() takes no keyword arguments", fname))
}

/// Checks a positional count range, with CPython's "expected at most/least" wording.
/// Inlined: every native function checks its count first, and it is nearly always right.
#[inline]
pub fn arity(vm: &mut Vm, fname: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    if args.len() >= min && args.len() <= max {
        return Ok(());
    }
    Err(arity_error(vm, fname, args.len(), min, max))
}

#[cold]
#[inline(never)]
fn arity_error(vm: &mut Vm, fname: &str, n: usize, min: usize, max: usize) -> PyErr {
    if min == 1 && max == 1 && n != 1 {
        return vm.type_error(format!("{}() takes exactly one argument ({} given)", fname, n));
    }
    if n < min {
        if min == max {
            return vm.type_error(format!("{}() takes exactly {} argument{} ({} given)", fname, min, if min == 1 { "" } else { "s" }, n));
        }
        return vm.type_error(format!("{} expected at least {} argument{}, got {}", fname, min, if min == 1 { "" } else { "s" }, n));
    }
    // n > max
    if min == max {
        if max == 0 {
            return vm.type_error(format!("{}() takes no arguments ({} given)", fname, n));
        }
        return vm.type_error(format!("{}() takes exactly {} argument{} ({} given)", fname, max, if max == 1 { "" } else { "s" }, n));
    }
    vm.type_error(format!("{} expected at most {} argument{}, got {}", fname, max, if max == 1 { "" } else { "s" }, n))
}

/// A positional count check worded as CPython's `_PyArg_CheckPositional`: "f
/// expected 2 arguments, got 1" also when the count is exact.
pub fn check_positional(vm: &mut Vm, fname: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    let n = args.len();
    if n >= min && n <= max {
        return Ok(());
    }
    let (bound, what) = if n < min { (min, if min == max { "" } else { "at least " }) } else { (max, if min == max { "" } else { "at most " }) };
    Err(vm.type_error(format!("{} expected {}{} argument{}, got {}", fname, what, bound, if bound == 1 { "" } else { "s" }, n)))
}

/// An integer argument as i64 (ints and bools), with the usual TypeError otherwise.
pub fn int_arg(vm: &mut Vm, v: Value) -> PyResult<i64> {
    match crate::objects::int::as_num(v) {
        Some(crate::objects::int::Num::Small(i)) => Ok(i),
        Some(crate::objects::int::Num::Big(_)) => Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
        _ => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!("'{}' object cannot be interpreted as an integer", t)))
        }
    }
}

/// A str argument.
pub fn str_arg<'a>(vm: &mut Vm, fname: &str, v: Value) -> PyResult<&'a str> {
    match crate::objects::subclass::str_like(v) {
        Some(s) => Ok(s),
        None => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!("{}() argument must be str, not {}", fname, t)))
        }
    }
}

/// Argument count check for method `ty.name`; `a` includes the receiver, `min`/`max`
/// do not. Messages follow CPython's for each calling convention.
#[inline]
pub fn method_arity(vm: &mut Vm, ty: &str, name: &str, a: &[Value], min: usize, max: usize) -> PyResult<()> {
    let n = a.len().saturating_sub(1);
    if n >= min && n <= max {
        return Ok(());
    }
    Err(method_arity_error(vm, ty, name, n, min, max))
}

#[cold]
fn method_arity_error(vm: &mut Vm, ty: &str, short: &str, n: usize, min: usize, max: usize) -> crate::vm::PyErr {
    let qualname = format!("{}.{}", ty, short);
    let plural = |k: usize| if k == 1 { "" } else { "s" };
    let msg = if max == 0 {
        format!("{}() takes no arguments ({} given)", qualname, n)
    } else if min == 1 && max == 1 {
        format!("{}() takes exactly one argument ({} given)", qualname, n)
    } else if n < min {
        format!("{} expected at least {} argument{}, got {}", short, min, plural(min), n)
    } else {
        format!("{} expected at most {} argument{}, got {}", short, max, plural(max), n)
    };
    vm.type_error(msg)
}

/// CPython's error for a method of builtin type `ty` called on something else.
#[cold]
pub fn bad_receiver(vm: &mut Vm, ty: &str, name: &str, recv: Option<Value>) -> crate::vm::PyErr {
    match recv {
        Some(r) => {
            let tn = vm.type_name(r);
            vm.type_error(format!("descriptor '{}' for '{}' objects doesn't apply to a '{}' object", name, ty, tn))
        }
        None => vm.type_error(format!("unbound method {}.{}() needs an argument", ty, name)),
    }
}
