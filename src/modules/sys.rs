//! The `sys` module. Plain attributes are set when it is made; the struct sequences
//! (`version_info`, `flags`, `float_info`, ...) and `implementation` are Python
//! objects built on first access, so `import sys` stays cheap.

use super::{helper_attr, Helper};
use crate::builtins::args::{arity, int_arg, no_kwargs};
use crate::objects::module::{self, set_entry, ModuleOrigin};
use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};

/// The CPython release PVM reports being (`sys.version_info`): the 3.11 line, at the
/// release its behaviour is checked against.
pub const VERSION: (i64, i64, i64) = (3, 11, 7);

/// `sys`, made once per VM.
pub fn init(vm: &mut Vm, name: &str) -> PyResult<Value> {
    if !vm.module_state.sys.is_null() {
        return Ok(vm.module_state.sys);
    }
    let m = module::new_module_with(vm, name, ModuleOrigin::BuiltIn, Some(&LAZY));
    let d = m.as_module().map(|mo| mo.dict).unwrap_or(Value::NULL);
    vm.module_state.sys = m;
    let st = &vm.module_state;
    let (argv, path, modules) = (st.argv, st.path, st.modules);
    set_entry(vm, d, "argv", argv);
    set_entry(vm, d, "path", path);
    set_entry(vm, d, "modules", modules);
    let orig: Vec<Value> = vm.module_state.orig_argv.clone().iter().map(|a| vm.new_str(a)).collect();
    let orig = vm.new_list(orig);
    set_entry(vm, d, "orig_argv", orig);
    for (n, which) in [("stdin", 0u8), ("stdout", 1), ("stderr", 2)] {
        let s = match which {
            0 => super::file::stdin(vm),
            1 => super::file::stdout(vm),
            _ => super::file::stderr(vm),
        };
        set_entry(vm, d, n, s);
        set_entry(vm, d, &format!("__{}__", n), s);
    }
    let (ma, mi, mc) = VERSION;
    let version = vm.new_string(format!("{}.{}.{} (pvm {}) [rustc]", ma, mi, mc, env!("CARGO_PKG_VERSION")));
    set_entry(vm, d, "version", version);
    let hexversion = vm.new_int((ma << 24) | (mi << 16) | (mc << 8) | 0xf0);
    set_entry(vm, d, "hexversion", hexversion);
    let strs: &[(&str, &str)] = &[
        ("platform", std::env::consts::OS),
        ("byteorder", if cfg!(target_endian = "little") { "little" } else { "big" }),
        ("float_repr_style", "short"),
        ("api_version", ""),
    ];
    for &(n, v) in strs {
        if n == "api_version" {
            set_entry(vm, d, n, Value::small_int(1013));
            continue;
        }
        let s = vm.new_str(v);
        set_entry(vm, d, n, s);
    }
    let exe = vm.module_state.executable.clone();
    let exe = vm.new_string(exe);
    set_entry(vm, d, "executable", exe);
    let maxsize = vm.new_int(i64::MAX);
    set_entry(vm, d, "maxsize", maxsize);
    set_entry(vm, d, "maxunicode", Value::small_int(0x10FFFF));
    set_entry(vm, d, "dont_write_bytecode", Value::bool(vm.module_state.dont_write_bytecode));
    let names: Vec<Value> = ["builtins", "sys"].iter().map(|n| vm.new_str(n)).collect();
    let names = vm.new_tuple(names);
    set_entry(vm, d, "builtin_module_names", names);
    let warn = vm.new_list(Vec::new());
    set_entry(vm, d, "warnoptions", warn);
    let prefix = vm.new_str("/usr/local");
    for n in ["prefix", "exec_prefix", "base_prefix", "base_exec_prefix"] {
        set_entry(vm, d, n, prefix);
    }
    super::add_functions(
        vm,
        d,
        &[
            ("exit", sys_exit),
            ("getrecursionlimit", sys_getrecursionlimit),
            ("setrecursionlimit", sys_setrecursionlimit),
            ("exc_info", sys_exc_info),
            ("exception", sys_exception),
            ("getdefaultencoding", sys_getdefaultencoding),
            ("getfilesystemencoding", sys_getdefaultencoding),
            ("intern", sys_intern),
            ("_getframe", sys_getframe),
        ],
    );
    Ok(m)
}

/// The attributes built on first access.
static LAZY: module::LazyAttrs =
    module::LazyAttrs { names: &["version_info", "flags", "float_info", "int_info", "hash_info", "implementation"], build: build_lazy };

fn build_lazy(vm: &mut Vm, name: &str) -> PyResult<Value> {
    let (ma, mi, mc) = VERSION;
    Ok(match name {
        "version_info" => {
            let level = vm.new_str("final");
            let items = [Value::small_int(ma), Value::small_int(mi), Value::small_int(mc), level, Value::small_int(0)];
            struct_seq(vm, "version_info", &["major", "minor", "micro", "releaselevel", "serial"], &items, false)?
        }
        "flags" => {
            let names = [
                "debug",
                "inspect",
                "interactive",
                "optimize",
                "dont_write_bytecode",
                "no_user_site",
                "no_site",
                "ignore_environment",
                "verbose",
                "bytes_warning",
                "quiet",
                "hash_randomization",
                "isolated",
                "dev_mode",
                "utf8_mode",
                "warn_default_encoding",
                "safe_path",
                "int_max_str_digits",
            ];
            let mut items = vec![Value::small_int(0); names.len()];
            items[4] = Value::small_int(vm.module_state.dont_write_bytecode as i64);
            items[13] = Value::FALSE;
            items[16] = Value::FALSE;
            items[17] = Value::small_int(-1);
            struct_seq(vm, "flags", &names, &items, false)?
        }
        "float_info" => {
            let items = [
                Value::float(f64::MAX),
                Value::small_int(f64::MAX_EXP as i64),
                Value::small_int(f64::MAX_10_EXP as i64),
                Value::float(f64::MIN_POSITIVE),
                Value::small_int(f64::MIN_EXP as i64),
                Value::small_int(f64::MIN_10_EXP as i64),
                Value::small_int(f64::DIGITS as i64),
                Value::small_int(f64::MANTISSA_DIGITS as i64),
                Value::float(f64::EPSILON),
                Value::small_int(2),
                Value::small_int(1),
            ];
            let names = ["max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"];
            struct_seq(vm, "float_info", &names, &items, true)?
        }
        "int_info" => {
            let items = [Value::small_int(30), Value::small_int(4), Value::small_int(4300), Value::small_int(640)];
            struct_seq(vm, "int_info", &["bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"], &items, true)?
        }
        "hash_info" => {
            // the numeric hash is CPython's; str and bytes hash by FNV-1a, unseeded
            let modulus = vm.new_int((1 << 61) - 1);
            let algorithm = vm.new_str("fnv");
            let items = [
                Value::small_int(64),
                modulus,
                Value::small_int(314159),
                Value::small_int(0),
                Value::small_int(1000003),
                algorithm,
                Value::small_int(64),
                Value::small_int(0),
                Value::small_int(0),
            ];
            let names = ["width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"];
            struct_seq(vm, "hash_info", &names, &items, true)?
        }
        "implementation" => {
            let (sys, k) = (vm.module_state.sys, vm.intern("version_info"));
            let vi = crate::objects::attr::getattr(vm, sys, k)?;
            vm.roots.push(vi);
            let r = (|| {
                let ns = helper_attr(vm, Helper::StructSeq, "SimpleNamespace")?;
                let pvm = vm.new_str("pvm");
                let tag = vm.new_string(format!("pvm-{}", super::cache::FORMAT_VERSION));
                let hex = vm.new_int((ma << 24) | (mi << 16) | (mc << 8) | 0xf0);
                let names: Vec<Value> = ["name", "cache_tag", "version", "hexversion"].iter().map(|n| vm.intern(n)).collect();
                vm.call_with_kw(ns, &[pvm, tag, vi, hex], &names)
            })();
            vm.roots.pop();
            r?
        }
        _ => return Err(vm.attr_error(format!("module 'sys' has no attribute '{}'", name))),
    })
}

/// A struct sequence `module.name` (a new tuple subclass) holding `items`; programs
/// may call the class to make more only when `creatable`, as in CPython.
/// `items` must not have met a safepoint since they were made (they are rooted here,
/// before any Python code runs).
pub fn struct_seq_in(vm: &mut Vm, module: &str, name: &str, fields: &[&str], items: &[Value], creatable: bool) -> PyResult<Value> {
    let t = vm.new_tuple(items.to_vec());
    let mark = vm.roots.len();
    vm.roots.push(t);
    let r = (|| {
        let make = helper_attr(vm, Helper::StructSeq, "make")?;
        vm.roots.push(make);
        let names: Vec<Value> = fields.iter().map(|f| vm.new_str(f)).collect();
        let names = vm.new_tuple(names);
        vm.roots.push(names);
        let (mv, nv) = (vm.new_str(module), vm.new_str(name));
        vm.roots.push(mv);
        vm.roots.push(nv);
        let cls = vm.call(make, &[mv, nv, names, Value::bool(creatable)])?;
        vm.roots.push(cls);
        let new = helper_attr(vm, Helper::StructSeq, "new")?;
        vm.call(new, &[cls, t])
    })();
    vm.roots.truncate(mark);
    r
}

fn struct_seq(vm: &mut Vm, name: &str, fields: &[&str], items: &[Value], creatable: bool) -> PyResult<Value> {
    struct_seq_in(vm, "sys", name, fields, items, creatable)
}

/// `sys.exit([status])`: raises SystemExit (a tuple status gives its items as args).
fn sys_exit(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(vm, "sys.exit", kw)?;
    arity(vm, "exit", a, 0, 1)?;
    let args = match a.first() {
        None => Vec::new(),
        Some(v) if v.is_none() => Vec::new(),
        Some(v) => match v.as_tuple() {
            Some(t) => t.to_vec(),
            None => vec![*v],
        },
    };
    let c = vm.types.system_exit;
    Err(PyErr(vm.new_exc_args(c, args)))
}

fn sys_getrecursionlimit(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(vm, "sys.getrecursionlimit", kw)?;
    arity(vm, "sys.getrecursionlimit", a, 0, 0)?;
    Ok(vm.new_int(vm.recursion_limit as i64))
}

fn sys_setrecursionlimit(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(vm, "sys.setrecursionlimit", kw)?;
    arity(vm, "sys.setrecursionlimit", a, 1, 1)?;
    if a[0].is_float() {
        return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
    }
    let n = int_arg(vm, a[0])?;
    if n < 1 {
        return Err(vm.value_error("recursion limit must be greater or equal than 1"));
    }
    let depth = vm.frames.len() as i64;
    if n <= depth {
        let c = vm.types.recursion_error;
        return Err(vm.err(c, &format!("cannot set the recursion limit to {} at the recursion depth {}: the limit is too low", n, depth)));
    }
    vm.recursion_limit = n.min(i32::MAX as i64) as usize;
    Ok(Value::NONE)
}

fn sys_exc_info(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(vm, "sys.exc_info", kw)?;
    arity(vm, "sys.exc_info", a, 0, 0)?;
    let h = vm.handled;
    if h.is_none() || h.is_null() {
        return Ok(vm.new_tuple(vec![Value::NONE, Value::NONE, Value::NONE]));
    }
    let t = vm.type_of(h);
    Ok(vm.new_tuple(vec![t, h, Value::NONE]))
}

fn sys_exception(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(vm, "sys.exception", kw)?;
    arity(vm, "sys.exception", a, 0, 0)?;
    let h = vm.handled;
    Ok(if h.is_null() { Value::NONE } else { h })
}

fn sys_getdefaultencoding(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(vm, "sys.getdefaultencoding", kw)?;
    arity(vm, "sys.getdefaultencoding", a, 0, 0)?;
    Ok(vm.new_str("utf-8"))
}

/// `sys._getframe(depth=0)`.
fn sys_getframe(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(vm, "_getframe", kw)?;
    arity(vm, "_getframe", a, 0, 1)?;
    let depth = match a.first() {
        None => 0,
        Some(&d) => int_arg(vm, d)?.max(0) as usize,
    };
    crate::objects::frame::getframe(vm, depth)
}

fn sys_intern(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(vm, "sys.intern", kw)?;
    arity(vm, "sys.intern", a, 1, 1)?;
    match a[0].as_str() {
        Some(s) => {
            let s = s.to_string();
            Ok(vm.intern(&s))
        }
        None => {
            let t = vm.type_name(a[0]);
            Err(vm.type_error(format!("intern() argument must be str, not {}", t)))
        }
    }
}

/// The exit status of an uncaught SystemExit, as CPython computes it: None is 0, an
/// int (or an instance of a subclass) its low byte, anything else is printed to
/// `sys.stderr` and gives 1.
pub fn exit_status(vm: &mut Vm, exc: Value) -> u8 {
    let code_name = vm.intern("code");
    let code = crate::objects::attr::getattr(vm, exc, code_name).unwrap_or(Value::NONE);
    if code.is_none() {
        return 0;
    }
    let plain = crate::objects::subclass::payload_or_self(code);
    if plain.is_any_int() || plain.is_bool() {
        return match crate::objects::int::as_num(plain) {
            Some(crate::objects::int::Num::Small(i)) => (i as i32) as u8,
            _ => 255,
        };
    }
    vm.flush_out();
    vm.roots.push(code);
    // the text and the line end are two writes, as in CPython; a failing str() or
    // write is ignored
    let text = crate::objects::repr::str_of(vm, code).unwrap_or_default();
    write_stderr(vm, &text);
    write_stderr(vm, "\n");
    vm.roots.pop();
    1
}

/// Writes to `sys.stderr`, or to the process's standard error when `sys.stderr` is
/// None, as CPython does for the message of an uncaught SystemExit.
fn write_stderr(vm: &mut Vm, s: &str) {
    let err = super::file::current_stream(vm, "stderr");
    if err.is_none() {
        use std::io::Write;
        let mut e = std::io::stderr().lock();
        let _ = e.write_all(s.as_bytes());
        let _ = e.flush();
        return;
    }
    if !matches!(super::file::write_text_to(vm, err, s), Ok(true)) {
        let _ = super::file::call_write(vm, err, s);
    }
}
