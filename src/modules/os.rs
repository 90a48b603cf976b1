//! The `os` module (files and folders, the environment) and `os.path` (CPython's
//! `posixpath`: pure string operations on paths, plus the queries that stat them),
//! and `errno`.

use crate::builtins::args::{arity, bind, bind_py, no_kwargs};
use crate::objects::module::{self, set_entry, ModuleOrigin};
use crate::objects::{exception, ObjKind};
use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};

/// `os`: also registers `os.path` (the `posixpath` module) in `sys.modules`.
pub fn init(vm: &mut Vm, name: &str) -> PyResult<Value> {
    let m = module::new_module_with(vm, name, ModuleOrigin::Frozen, Some(&LAZY));
    let d = m.as_module().map(|mo| mo.dict).unwrap_or(Value::NULL);
    vm.roots.push(m);
    let r = (|| {
        let strs: &[(&str, &str)] = &[
            ("name", "posix"),
            ("sep", "/"),
            ("extsep", "."),
            ("pathsep", ":"),
            ("linesep", "\n"),
            ("curdir", "."),
            ("pardir", ".."),
            ("devnull", "/dev/null"),
        ];
        for &(n, v) in strs {
            let s = vm.new_str(v);
            set_entry(vm, d, n, s);
        }
        set_entry(vm, d, "altsep", Value::NONE);
        let os_error = vm.types.os_error;
        set_entry(vm, d, "error", os_error);
        super::add_functions(
            vm,
            d,
            &[
                ("getcwd", os_getcwd),
                ("chdir", os_chdir),
                ("listdir", os_listdir),
                ("mkdir", os_mkdir),
                ("makedirs", os_makedirs),
                ("remove", os_remove),
                ("unlink", os_remove),
                ("rmdir", os_rmdir),
                ("rename", os_rename),
                ("replace", os_rename),
                ("getenv", os_getenv),
                ("putenv", os_putenv),
                ("unsetenv", os_unsetenv),
                ("getpid", os_getpid),
                ("cpu_count", os_cpu_count),
                ("fspath", os_fspath),
            ],
        );
        let path = super::import::gcd_import(vm, "posixpath")?;
        set_entry(vm, d, "path", path);
        super::import::sys_modules_set(vm, "os.path", path);
        Ok(m)
    })();
    vm.roots.pop();
    r
}

/// The attributes of `os` built on first access: `environ`, whose class is Python
/// code (`lib/environ.py`) that `import os` need not compile.
static LAZY: module::LazyAttrs = module::LazyAttrs { names: &["environ"], build: build_environ };

fn build_environ(vm: &mut Vm, _name: &str) -> PyResult<Value> {
    let mark = vm.roots.len();
    let data = vm.new_dict();
    vm.roots.push(data);
    let r = (|| {
        for (k, v) in std::env::vars_os() {
            let (k, v) = (vm.new_string(k.to_string_lossy().into_owned()), vm.new_string(v.to_string_lossy().into_owned()));
            crate::objects::ops::dict_set(vm, data, k, v)?;
        }
        let cls = super::helper_attr(vm, super::Helper::Environ, "_Environ")?;
        vm.roots.push(cls);
        let putenv = vm.new_builtin("putenv", os_putenv);
        vm.roots.push(putenv);
        let unsetenv = vm.new_builtin("unsetenv", os_unsetenv);
        vm.roots.push(unsetenv);
        vm.call(cls, &[data, putenv, unsetenv])
    })();
    vm.roots.truncate(mark);
    r
}

/// `posixpath`, which `os.path` is.
pub fn init_path(vm: &mut Vm, _name: &str) -> PyResult<Value> {
    let m = module::new_module(vm, "posixpath", ModuleOrigin::Frozen);
    let d = m.as_module().map(|mo| mo.dict).unwrap_or(Value::NULL);
    let strs: &[(&str, &str)] = &[("sep", "/"), ("extsep", "."), ("pathsep", ":"), ("curdir", "."), ("pardir", ".."), ("devnull", "/dev/null")];
    for &(n, v) in strs {
        let s = vm.new_str(v);
        set_entry(vm, d, n, s);
    }
    set_entry(vm, d, "altsep", Value::NONE);
    super::add_functions(
        vm,
        d,
        &[
            ("join", path_join),
            ("exists", path_exists),
            ("lexists", path_lexists),
            ("isfile", path_isfile),
            ("isdir", path_isdir),
            ("islink", path_islink),
            ("isabs", path_isabs),
            ("getsize", path_getsize),
            ("dirname", path_dirname),
            ("basename", path_basename),
            ("split", path_split),
            ("splitext", path_splitext),
            ("normpath", path_normpath),
            ("abspath", path_abspath),
            ("realpath", path_realpath),
            ("relpath", path_relpath),
            ("expanduser", path_expanduser),
        ],
    );
    Ok(m)
}

/// `errno`: the error numbers CPython's module lists for Linux, and `errorcode`.
pub fn init_errno(vm: &mut Vm, name: &str) -> PyResult<Value> {
    let (m, d) = super::new_native_module(vm, name);
    let codes: &[(&str, i32)] = &[
        ("EPERM", libc::EPERM),
        ("ENOENT", libc::ENOENT),
        ("ESRCH", libc::ESRCH),
        ("EINTR", libc::EINTR),
        ("EIO", libc::EIO),
        ("EBADF", libc::EBADF),
        ("EAGAIN", libc::EAGAIN),
        ("ENOMEM", libc::ENOMEM),
        ("EACCES", libc::EACCES),
        ("EEXIST", libc::EEXIST),
        ("ENOTDIR", libc::ENOTDIR),
        ("EISDIR", libc::EISDIR),
        ("EINVAL", libc::EINVAL),
        ("ENOSPC", libc::ENOSPC),
        ("ESPIPE", libc::ESPIPE),
        ("EROFS", libc::EROFS),
        ("EPIPE", libc::EPIPE),
        ("ENOTEMPTY", libc::ENOTEMPTY),
        ("ETIMEDOUT", libc::ETIMEDOUT),
    ];
    let table = vm.new_dict();
    set_entry(vm, d, "errorcode", table);
    for &(n, c) in codes {
        set_entry(vm, d, n, Value::small_int(c as i64));
        let s = vm.new_str(n);
        crate::objects::ops::dict_set(vm, table, Value::small_int(c as i64), s)?;
    }
    Ok(m)
}

// ------------------------------------------------------------------ arguments

/// A path given as str or bytes, or by an object whose `__fspath__` gives one. Bytes
/// are held as Latin-1 text (one char per byte), so posixpath's string operations
/// serve both kinds, and results are given back in the kind the path came in.
struct PathText {
    text: String,
    bytes: bool,
}

impl PathText {
    /// The path as the OS takes it.
    fn os_path(&self) -> std::path::PathBuf {
        use std::os::unix::ffi::OsStrExt;
        if self.bytes {
            std::ffi::OsStr::from_bytes(&latin1_bytes(&self.text)).into()
        } else {
            self.text.clone().into()
        }
    }

    fn has_nul(&self) -> bool {
        self.text.contains('\0')
    }
}

fn latin1_bytes(text: &str) -> Vec<u8> {
    text.chars().map(|c| c as u32 as u8).collect()
}

/// A path result: str, or bytes when `bytes` (from Latin-1 text).
fn path_value(vm: &mut Vm, text: String, bytes: bool) -> Value {
    if bytes {
        vm.new_bytes(latin1_bytes(&text))
    } else {
        vm.new_string(text)
    }
}

/// The path `open()` takes: a str, bytes or os.PathLike object; None for anything
/// else.
pub fn open_path(vm: &mut Vm, v: Value) -> PyResult<Option<std::path::PathBuf>> {
    Ok(fspath(vm, v)?.map(|p| p.os_path()))
}

/// `os.fspath(v)` as text; None when `v` is no path at all (each caller words that
/// TypeError its own way).
fn fspath(vm: &mut Vm, v: Value) -> PyResult<Option<PathText>> {
    let plain = crate::objects::subclass::payload_or_self(v);
    match plain.kind() {
        Some(ObjKind::Str(s)) => return Ok(Some(PathText { text: s.as_str().to_string(), bytes: false })),
        Some(ObjKind::Bytes(b)) => return Ok(Some(PathText { text: b.as_slice().iter().map(|&c| c as char).collect(), bytes: true })),
        _ => {}
    }
    if !crate::objects::class::has_user_class(v) {
        return Ok(None);
    }
    let Some(r) = crate::objects::class::call_special(vm, v, "__fspath__", &[])? else { return Ok(None) };
    let plain = crate::objects::subclass::payload_or_self(r);
    if !matches!(plain.kind(), Some(ObjKind::Str(_)) | Some(ObjKind::Bytes(_))) {
        let (t, rt) = (vm.type_name(v), vm.type_name(r));
        return Err(vm.type_error(format!("expected {}.__fspath__() to return str or bytes, not {}", t, rt)));
    }
    fspath(vm, plain)
}

/// A path argument of an `os` function. The message names the other kinds CPython's
/// function accepts.
fn path_arg(vm: &mut Vm, fname: &str, v: Value) -> PyResult<PathText> {
    if let Some(p) = fspath(vm, v)? {
        if p.has_nul() {
            // CPython words it by the kind of path
            return Err(vm.value_error(if p.bytes { format!("{}: embedded null character in path", fname) } else { "embedded null byte".to_string() }));
        }
        return Ok(p);
    }
    let t = vm.type_name(v);
    let kinds = match fname {
        "listdir" => "string, bytes, os.PathLike, integer or None",
        "chdir" => "string, bytes, os.PathLike or integer",
        _ => "string, bytes or os.PathLike",
    };
    Err(vm.type_error(format!("{}: path should be {}, not {}", fname, kinds, t)))
}

/// The path argument of an `os.path` function, with posixpath's TypeError.
fn str_path(vm: &mut Vm, v: Value) -> PyResult<PathText> {
    match fspath(vm, v)? {
        Some(p) => Ok(p),
        None => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!("expected str, bytes or os.PathLike object, not {}", t)))
        }
    }
}

/// Whether paths given together are bytes; posixpath refuses a mix.
fn same_kind(vm: &mut Vm, parts: &[&PathText]) -> PyResult<bool> {
    let bytes = parts.first().is_some_and(|p| p.bytes);
    if parts.iter().any(|p| p.bytes != bytes) {
        return Err(vm.type_error("Can't mix strings and bytes in path components"));
    }
    Ok(bytes)
}

#[cold]
fn os_error(vm: &mut Vm, e: &std::io::Error, path: Value) -> PyErr {
    exception::io_error(vm, e, Some(path))
}

// ------------------------------------------------------------------ os

fn os_getcwd(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(vm, "posix.getcwd", kw)?;
    arity(vm, "posix.getcwd", a, 0, 0)?;
    match std::env::current_dir() {
        Ok(p) => Ok(vm.new_string(p.display().to_string())),
        Err(e) => Err(exception::io_error(vm, &e, None)),
    }
}

fn os_chdir(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let args = bind_clinic(vm, "chdir", a, kw, &["path"], 1)?;
    let p = path_arg(vm, "chdir", args[0])?;
    std::env::set_current_dir(p.os_path()).map_err(|e| os_error(vm, &e, args[0]))?;
    Ok(Value::NONE)
}

/// `bind` for an argument-clinic function of `posix` whose parameters all have
/// names (a missing one is "missing required argument", never "takes exactly one").
fn bind_clinic(vm: &mut Vm, fname: &str, a: &[Value], kw: &[Value], names: &[&str], min: usize) -> PyResult<Vec<Value>> {
    if a.len() - kw.len() < min && kw.is_empty() {
        let i = a.len();
        return Err(vm.type_error(format!("{}() missing required argument '{}' (pos {})", fname, names[i], i + 1)));
    }
    bind(vm, fname, a, kw, names, min)
}

fn os_listdir(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let args = bind(vm, "listdir", a, kw, &["path"], 0)?;
    let pv = if args[0].is_null() || args[0].is_none() { vm.new_str(".") } else { args[0] };
    let p = path_arg(vm, "listdir", pv)?;
    let rd = std::fs::read_dir(p.os_path()).map_err(|e| os_error(vm, &e, pv))?;
    let mut names = Vec::new();
    for entry in rd {
        let entry = entry.map_err(|e| os_error(vm, &e, pv))?;
        names.push(entry.file_name());
    }
    let items: Vec<Value> = names
        .into_iter()
        .map(|n| {
            use std::os::unix::ffi::OsStrExt;
            if p.bytes {
                vm.new_bytes(n.as_bytes().to_vec())
            } else {
                vm.new_string(n.to_string_lossy().into_owned())
            }
        })
        .collect();
    Ok(vm.new_list(items))
}

fn os_mkdir(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let args = bind_clinic(vm, "mkdir", a, kw, &["path", "mode", "dir_fd"], 1)?;
    let p = path_arg(vm, "mkdir", args[0])?;
    let mode = if args[1].is_null() { 0o777 } else { crate::builtins::args::int_arg(vm, args[1])? as u32 };
    use std::os::unix::fs::DirBuilderExt;
    std::fs::DirBuilder::new().mode(mode).create(p.os_path()).map_err(|e| os_error(vm, &e, args[0]))?;
    Ok(Value::NONE)
}

fn os_makedirs(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let args = bind_py(vm, "makedirs", a, kw, &["name", "mode", "exist_ok"], 3, 1)?;
    // os.makedirs is Python: it splits the path first (posixpath's TypeError), then
    // calls os.mkdir (its ValueError)
    str_path(vm, args[0])?;
    let p = path_arg(vm, "mkdir", args[0])?.os_path();
    let exist_ok = !args[2].is_null() && crate::objects::ops::truthy(vm, args[2])?;
    if p.is_dir() {
        if exist_ok {
            return Ok(Value::NONE);
        }
        let e = std::io::Error::from_raw_os_error(libc::EEXIST);
        return Err(os_error(vm, &e, args[0]));
    }
    std::fs::create_dir_all(&p).map_err(|e| os_error(vm, &e, args[0]))?;
    Ok(Value::NONE)
}

fn os_remove(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let args = bind_clinic(vm, "remove", a, kw, &["path", "dir_fd"], 1)?;
    let p = path_arg(vm, "remove", args[0])?;
    std::fs::remove_file(p.os_path()).map_err(|e| os_error(vm, &e, args[0]))?;
    Ok(Value::NONE)
}

fn os_rmdir(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let args = bind_clinic(vm, "rmdir", a, kw, &["path", "dir_fd"], 1)?;
    let p = path_arg(vm, "rmdir", args[0])?;
    std::fs::remove_dir(p.os_path()).map_err(|e| os_error(vm, &e, args[0]))?;
    Ok(Value::NONE)
}

fn os_rename(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let args = bind_clinic(vm, "rename", a, kw, &["src", "dst", "src_dir_fd", "dst_dir_fd"], 2)?;
    let (s, d) = (path_arg(vm, "rename", args[0])?, path_arg(vm, "rename", args[1])?);
    if let Err(e) = std::fs::rename(s.os_path(), d.os_path()) {
        let err = os_error(vm, &e, args[0]);
        exception::set_fields(vm, err.0, &[("filename2", args[1])]);
        return Err(err);
    }
    Ok(Value::NONE)
}

fn os_getenv(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let args = bind_py(vm, "getenv", a, kw, &["key", "default"], 2, 1)?;
    let default = if args[1].is_null() { Value::NONE } else { args[1] };
    // os.getenv reads os.environ, as in CPython: what the program set there is seen,
    // and a key that is not a str is os.environ's TypeError
    let os = super::import::gcd_import(vm, "os")?;
    let k = vm.intern("environ");
    let env = crate::objects::attr::getattr(vm, os, k)?;
    vm.roots.push(env);
    let k = vm.intern("get");
    let r = crate::objects::attr::getattr(vm, env, k).and_then(|get| vm.call(get, &[args[0], default]));
    vm.roots.pop();
    r
}

/// A name or value for `putenv`/`unsetenv`: str or bytes, without NUL.
fn env_arg(vm: &mut Vm, v: Value) -> PyResult<String> {
    let s = match v.kind() {
        Some(ObjKind::Str(s)) => s.as_str().to_string(),
        Some(ObjKind::Bytes(b)) => String::from_utf8_lossy(b.as_slice()).into_owned(),
        _ => {
            let t = vm.type_name(v);
            return Err(vm.type_error(format!("expected str, bytes or os.PathLike object, not {}", t)));
        }
    };
    if s.contains('\0') {
        return Err(vm.value_error("embedded null byte"));
    }
    Ok(s)
}

#[cold]
fn invalid_argument(vm: &mut Vm) -> PyErr {
    let e = std::io::Error::from_raw_os_error(libc::EINVAL);
    exception::io_error(vm, &e, None)
}

/// Makes `os.environ` (a snapshot of the environment at its first use, as CPython's
/// is taken at start-up) before `putenv`/`unsetenv` change the environment behind it.
fn snapshot_environ(vm: &mut Vm) -> PyResult<()> {
    let os = super::import::gcd_import(vm, "os")?;
    let k = vm.intern("environ");
    // (an AttributeError means the program deleted os.environ: nothing to keep)
    let _ = crate::objects::attr::getattr(vm, os, k);
    Ok(())
}

/// `os.putenv(name, value)`: sets a variable of the process environment (not
/// `os.environ`, as in CPython).
fn os_putenv(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(vm, "putenv", kw)?;
    if a.len() != 2 {
        return Err(vm.type_error(format!("putenv expected 2 arguments, got {}", a.len())));
    }
    let (name, value) = (env_arg(vm, a[0])?, env_arg(vm, a[1])?);
    if name.contains('=') {
        return Err(vm.value_error("illegal environment variable name"));
    }
    if name.is_empty() {
        return Err(invalid_argument(vm));
    }
    snapshot_environ(vm)?;
    // the name is non-empty and neither it nor the value holds '=' (name) or NUL,
    // which are the cases where set_var panics
    std::env::set_var(name, value);
    Ok(Value::NONE)
}

/// `os.unsetenv(name)`.
fn os_unsetenv(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(vm, "posix.unsetenv", kw)?;
    arity(vm, "posix.unsetenv", a, 1, 1)?;
    let name = env_arg(vm, a[0])?;
    if name.is_empty() || name.contains('=') {
        return Err(invalid_argument(vm));
    }
    snapshot_environ(vm)?;
    std::env::remove_var(name);
    Ok(Value::NONE)
}

fn os_getpid(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(vm, "posix.getpid", kw)?;
    arity(vm, "posix.getpid", a, 0, 0)?;
    Ok(vm.new_int(std::process::id() as i64))
}

fn os_cpu_count(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(vm, "posix.cpu_count", kw)?;
    arity(vm, "posix.cpu_count", a, 0, 0)?;
    Ok(std::thread::available_parallelism().map(|n| Value::small_int(n.get() as i64)).unwrap_or(Value::NONE))
}

fn os_fspath(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let args = bind_clinic(vm, "fspath", a, kw, &["path"], 1)?;
    let v = args[0];
    if matches!(v.kind(), Some(ObjKind::Str(_)) | Some(ObjKind::Bytes(_))) {
        return Ok(v);
    }
    match fspath(vm, v)? {
        Some(p) => Ok(path_value(vm, p.text, p.bytes)),
        None => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!("expected str, bytes or os.PathLike object, not {}", t)))
        }
    }
}

// ------------------------------------------------------------------ os.path

/// posixpath.join.
pub fn join(parts: &[String]) -> String {
    let mut path = parts.first().cloned().unwrap_or_default();
    for b in &parts[1..] {
        if b.starts_with('/') {
            path = b.clone();
        } else if path.is_empty() || path.ends_with('/') {
            path.push_str(b);
        } else {
            path.push('/');
            path.push_str(b);
        }
    }
    path
}

/// posixpath.split: (head, tail), the head without trailing slashes unless it is
/// all slashes.
pub fn split(p: &str) -> (String, String) {
    let i = p.rfind('/').map(|i| i + 1).unwrap_or(0);
    let (head, tail) = p.split_at(i);
    let head = if !head.is_empty() && head.chars().any(|c| c != '/') { head.trim_end_matches('/') } else { head };
    (head.to_string(), tail.to_string())
}

/// posixpath.splitext (genericpath._splitext): a leading run of dots is part of the
/// name, not an extension.
pub fn splitext(p: &str) -> (String, String) {
    let sep = p.rfind('/').map(|i| i as isize).unwrap_or(-1);
    if let Some(dot) = p.rfind('.') {
        if dot as isize > sep {
            let name_start = (sep + 1) as usize;
            if p[name_start..dot].chars().any(|c| c != '.') {
                return (p[..dot].to_string(), p[dot..].to_string());
            }
        }
    }
    (p.to_string(), String::new())
}

/// posixpath.normpath.
pub fn normpath(path: &str) -> String {
    if path.is_empty() {
        return ".".to_string();
    }
    let mut initial = if path.starts_with('/') { 1 } else { 0 };
    if path.starts_with("//") && !path.starts_with("///") {
        initial = 2;
    }
    let mut comps: Vec<&str> = Vec::new();
    for comp in path.split('/') {
        if comp.is_empty() || comp == "." {
            continue;
        }
        if comp != ".." || (initial == 0 && comps.is_empty()) || comps.last() == Some(&"..") {
            comps.push(comp);
        } else if !comps.is_empty() {
            comps.pop();
        }
    }
    let mut out = "/".repeat(initial);
    out.push_str(&comps.join("/"));
    if out.is_empty() {
        ".".to_string()
    } else {
        out
    }
}

/// posixpath.abspath of `p` (text in the path's kind: Latin-1 for bytes).
fn abspath(vm: &mut Vm, p: &str, bytes: bool) -> PyResult<String> {
    if p.starts_with('/') {
        return Ok(normpath(p));
    }
    let cwd = std::env::current_dir().map_err(|e| exception::io_error(vm, &e, None))?;
    let cwd = if bytes {
        use std::os::unix::ffi::OsStrExt;
        cwd.as_os_str().as_bytes().iter().map(|&c| c as char).collect()
    } else {
        cwd.display().to_string()
    };
    Ok(normpath(&join(&[cwd, p.to_string()])))
}

/// The one path argument of an `os.path` function whose CPython parameter is `param`.
fn one_path(vm: &mut Vm, fname: &str, param: &str, a: &[Value], kw: &[Value]) -> PyResult<PathText> {
    let args = bind_py(vm, fname, a, kw, &[param], 1, 1)?;
    str_path(vm, args[0])
}

fn path_join(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    if let Some(k) = kw.first() {
        let k = k.as_str().unwrap_or("?").to_string();
        return Err(vm.type_error(format!("join() got an unexpected keyword argument '{}'", k)));
    }
    if a.is_empty() {
        return Err(vm.type_error("join() missing 1 required positional argument: 'a'"));
    }
    let mut parts = Vec::with_capacity(a.len());
    for (i, &v) in a.iter().enumerate() {
        match fspath(vm, v)? {
            Some(p) => parts.push(p),
            // posixpath.join takes its first argument through os.fspath, and only
            // words the error its own way for the others
            None if i == 0 => return str_path(vm, v).map(|_| Value::NONE),
            None => {
                let t = vm.type_name(v);
                return Err(vm.type_error(format!("join() argument must be str, bytes, or os.PathLike object, not '{}'", t)));
            }
        }
    }
    let bytes = same_kind(vm, &parts.iter().collect::<Vec<_>>())?;
    let texts: Vec<String> = parts.into_iter().map(|p| p.text).collect();
    Ok(path_value(vm, join(&texts), bytes))
}

/// What the stat-based predicates look at: a path, an open descriptor, or a path the
/// OS cannot take (a NUL inside), which exists as nothing.
enum StatTarget {
    Path(std::path::PathBuf),
    Fd(i32),
    /// A path with a NUL inside; true when it was bytes.
    Invalid(bool),
}

/// The argument of `os.stat` (`follow`: descriptors allowed) or `os.lstat`, with their
/// TypeError and OverflowError.
fn stat_target(vm: &mut Vm, v: Value, follow: bool) -> PyResult<StatTarget> {
    if let Some(p) = fspath(vm, v)? {
        return Ok(if p.has_nul() { StatTarget::Invalid(p.bytes) } else { StatTarget::Path(p.os_path()) });
    }
    let int = !v.is_float() && crate::objects::int::as_num(v).is_some_and(|n| !matches!(n, crate::objects::int::Num::Float(_)));
    if follow && int {
        use crate::objects::int::Num;
        let fd = match crate::objects::int::as_num(v) {
            Some(Num::Small(i)) => i,
            Some(Num::Big(b)) if b.sign() == num_bigint::Sign::Minus => i64::MIN,
            _ => i64::MAX,
        };
        if fd > i32::MAX as i64 {
            return Err(vm.overflow_error("fd is greater than maximum"));
        }
        if fd < i32::MIN as i64 {
            return Err(vm.overflow_error("fd is less than minimum"));
        }
        return Ok(StatTarget::Fd(fd as i32));
    }
    let t = vm.type_name(v);
    Err(vm.type_error(if follow {
        format!("stat: path should be string, bytes, os.PathLike or integer, not {}", t)
    } else {
        format!("lstat: path should be string, bytes or os.PathLike, not {}", t)
    }))
}

/// What `stat`/`lstat` says about a target.
struct StatInfo {
    is_file: bool,
    is_dir: bool,
    is_link: bool,
    size: u64,
}

fn stat_info(target: &StatTarget, follow: bool) -> std::io::Result<StatInfo> {
    match target {
        StatTarget::Path(p) => {
            let m = if follow { std::fs::metadata(p)? } else { std::fs::symlink_metadata(p)? };
            Ok(StatInfo { is_file: m.is_file(), is_dir: m.is_dir(), is_link: m.file_type().is_symlink(), size: m.len() })
        }
        StatTarget::Fd(fd) => {
            // SAFETY: fstat only writes the stat buffer it is given, which is a valid,
            // exclusively borrowed local; a descriptor that is not open is EBADF.
            let mut st: libc::stat = unsafe { std::mem::zeroed() };
            if unsafe { libc::fstat(*fd, &mut st) } != 0 {
                return Err(std::io::Error::last_os_error());
            }
            let fmt = st.st_mode & libc::S_IFMT;
            Ok(StatInfo { is_file: fmt == libc::S_IFREG, is_dir: fmt == libc::S_IFDIR, is_link: false, size: st.st_size as u64 })
        }
        StatTarget::Invalid(_) => Err(std::io::Error::from_raw_os_error(libc::EINVAL)),
    }
}

/// The stat-based predicates: False where the OS says nothing is there.
fn stat_pred(vm: &mut Vm, fname: &str, param: &str, a: &[Value], kw: &[Value], follow: bool, f: fn(&StatInfo) -> bool) -> PyResult<Value> {
    let args = bind_py(vm, fname, a, kw, &[param], 1, 1)?;
    let target = stat_target(vm, args[0], follow)?;
    Ok(Value::bool(stat_info(&target, follow).is_ok_and(|i| f(&i))))
}

fn path_exists(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    stat_pred(vm, "exists", "path", a, kw, true, |_| true)
}

fn path_lexists(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    stat_pred(vm, "lexists", "path", a, kw, false, |_| true)
}

fn path_isfile(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    stat_pred(vm, "isfile", "path", a, kw, true, |i| i.is_file)
}

fn path_isdir(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    stat_pred(vm, "isdir", "s", a, kw, true, |i| i.is_dir)
}

fn path_islink(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    stat_pred(vm, "islink", "path", a, kw, false, |i| i.is_link)
}

fn path_isabs(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = one_path(vm, "isabs", "s", a, kw)?;
    Ok(Value::bool(p.text.starts_with('/')))
}

fn path_getsize(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let args = bind_py(vm, "getsize", a, kw, &["filename"], 1, 1)?;
    let target = stat_target(vm, args[0], true)?;
    if let StatTarget::Invalid(bytes) = target {
        return Err(vm.value_error(if bytes { "stat: embedded null character in path" } else { "embedded null byte" }));
    }
    match stat_info(&target, true) {
        Ok(i) => Ok(vm.new_int(i.size as i64)),
        Err(e) => Err(os_error(vm, &e, args[0])),
    }
}

fn path_dirname(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = one_path(vm, "dirname", "p", a, kw)?;
    let (head, _) = split(&p.text);
    Ok(path_value(vm, head, p.bytes))
}

fn path_basename(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = one_path(vm, "basename", "p", a, kw)?;
    let (_, tail) = split(&p.text);
    Ok(path_value(vm, tail, p.bytes))
}

fn path_split(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = one_path(vm, "split", "p", a, kw)?;
    let (h, t) = split(&p.text);
    let (h, t) = (path_value(vm, h, p.bytes), path_value(vm, t, p.bytes));
    Ok(vm.new_tuple(vec![h, t]))
}

fn path_splitext(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = one_path(vm, "splitext", "p", a, kw)?;
    let (r, e) = splitext(&p.text);
    let (r, e) = (path_value(vm, r, p.bytes), path_value(vm, e, p.bytes));
    Ok(vm.new_tuple(vec![r, e]))
}

fn path_normpath(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = one_path(vm, "normpath", "path", a, kw)?;
    Ok(path_value(vm, normpath(&p.text), p.bytes))
}

fn path_abspath(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = one_path(vm, "abspath", "path", a, kw)?;
    let r = abspath(vm, &p.text, p.bytes)?;
    Ok(path_value(vm, r, p.bytes))
}

fn path_realpath(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let args = bind_py(vm, "realpath", a, kw, &["filename", "strict"], 1, 1)?;
    let p = str_path(vm, args[0])?;
    if p.has_nul() {
        return Err(vm.value_error("embedded null byte"));
    }
    let abs = abspath(vm, &p.text, p.bytes)?;
    let abs = PathText { text: abs, bytes: p.bytes }.os_path();
    // the longest existing prefix resolved, the rest appended as is (non-strict)
    let mut existing = abs.clone();
    let mut rest = Vec::new();
    while !existing.exists() {
        match (existing.parent(), existing.file_name()) {
            (Some(parent), Some(name)) => {
                rest.push(name.to_os_string());
                existing = parent.to_path_buf();
            }
            _ => break,
        }
    }
    let mut out = std::fs::canonicalize(&existing).unwrap_or(existing);
    for part in rest.iter().rev() {
        out.push(part);
    }
    use std::os::unix::ffi::OsStrExt;
    Ok(if p.bytes { vm.new_bytes(out.as_os_str().as_bytes().to_vec()) } else { vm.new_string(out.display().to_string()) })
}

fn path_relpath(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let args = bind_py(vm, "relpath", a, kw, &["path", "start"], 2, 1)?;
    // CPython tests for an empty path before looking at its type
    if !crate::objects::ops::truthy(vm, args[0])? {
        return Err(vm.value_error("no path specified"));
    }
    let p = str_path(vm, args[0])?;
    let start = if args[1].is_null() || args[1].is_none() { PathText { text: ".".to_string(), bytes: p.bytes } } else { str_path(vm, args[1])? };
    let bytes = same_kind(vm, &[&p, &start])?;
    let (p, start) = (abspath(vm, &p.text, bytes)?, abspath(vm, &start.text, bytes)?);
    let pl: Vec<&str> = p.split('/').filter(|s| !s.is_empty()).collect();
    let sl: Vec<&str> = start.split('/').filter(|s| !s.is_empty()).collect();
    let common = pl.iter().zip(sl.iter()).take_while(|(a, b)| a == b).count();
    let mut parts: Vec<String> = std::iter::repeat_n("..".to_string(), sl.len() - common).collect();
    parts.extend(pl[common..].iter().map(|s| s.to_string()));
    Ok(path_value(vm, if parts.is_empty() { ".".to_string() } else { parts.join("/") }, bytes))
}

fn path_expanduser(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let args = bind_py(vm, "expanduser", a, kw, &["path"], 1, 1)?;
    let p = str_path(vm, args[0])?;
    if p.text != "~" && !p.text.starts_with("~/") {
        return Ok(path_value(vm, p.text, p.bytes));
    }
    let home = match std::env::var_os("HOME") {
        Some(h) if p.bytes => {
            use std::os::unix::ffi::OsStrExt;
            h.as_bytes().iter().map(|&c| c as char).collect()
        }
        Some(h) => h.to_string_lossy().into_owned(),
        None => "/".to_string(),
    };
    let home = home.trim_end_matches('/');
    let out = format!("{}{}", if home.is_empty() { "/" } else { home }, &p.text[1..]);
    Ok(path_value(vm, out, p.bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn posixpath_string_operations_match_cpython() {
        assert_eq!(join(&["a".into(), "b".into(), "/c".into(), "d".into()]), "/c/d");
        assert_eq!(join(&["a/".into(), "b".into()]), "a/b");
        assert_eq!(split("/usr/lib/"), ("/usr/lib".into(), "".into()));
        assert_eq!(split("//x"), ("//".into(), "x".into()));
        assert_eq!(splitext(".bashrc"), (".bashrc".into(), "".into()));
        assert_eq!(splitext("a/b.tar.gz"), ("a/b.tar".into(), ".gz".into()));
        assert_eq!(splitext("a.d/b"), ("a.d/b".into(), "".into()));
        assert_eq!(splitext("..x"), ("..x".into(), "".into()));
        assert_eq!(normpath("a//b/./../c/"), "a/c");
        assert_eq!(normpath("/../x"), "/x");
        assert_eq!(normpath("../../x"), "../../x");
        assert_eq!(normpath("//a"), "//a");
        assert_eq!(normpath(""), ".");
    }
}
