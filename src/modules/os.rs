//! The `os` module (files and folders, the environment) and `os.path` (CPython's
//! `posixpath`: pure string operations on paths, plus the queries that stat them),
//! and `errno`.

use crate::builtins::args::{arity, bind, bind_py, no_kwargs};
use crate::objects::exception;
use crate::objects::module::{self, set_entry, ModuleOrigin};
use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};

/// `os`: also registers `os.path` (the `posixpath` module) in `sys.modules`.
pub fn init(vm: &mut Vm, name: &str) -> PyResult<Value> {
    let m = module::new_module(vm, name, ModuleOrigin::Frozen);
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
        let environ = vm.new_dict();
        set_entry(vm, d, "environ", environ);
        for (k, v) in std::env::vars_os() {
            let (k, v) = (vm.new_string(k.to_string_lossy().into_owned()), vm.new_string(v.to_string_lossy().into_owned()));
            crate::objects::ops::dict_set(vm, environ, k, v)?;
        }
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

/// A path argument: a str (bytes paths are not supported yet). The message names
/// the other kinds CPython's function accepts.
fn path_arg(vm: &mut Vm, fname: &str, v: Value) -> PyResult<String> {
    match v.as_str() {
        Some(s) => Ok(s.to_string()),
        None => {
            let t = vm.type_name(v);
            let kinds = match fname {
                "listdir" => "string, bytes, os.PathLike, integer or None",
                "chdir" => "string, bytes, os.PathLike or integer",
                _ => "string, bytes or os.PathLike",
            };
            Err(vm.type_error(format!("{}: path should be {}, not {}", fname, kinds, t)))
        }
    }
}

/// The str argument of an `os.path` function, with posixpath's TypeError (`join`
/// checks its arguments itself; the others go through `os.fspath`).
fn str_path(vm: &mut Vm, fname: &str, v: Value) -> PyResult<String> {
    match v.as_str() {
        Some(s) => Ok(s.to_string()),
        None => {
            let t = vm.type_name(v);
            if fname == "join" {
                return Err(vm.type_error(format!("join() argument must be str, bytes, or os.PathLike object, not '{}'", t)));
            }
            Err(vm.type_error(format!("expected str, bytes or os.PathLike object, not {}", t)))
        }
    }
}

#[cold]
fn os_error(vm: &mut Vm, e: &std::io::Error, path: Value) -> PyErr {
    exception::io_error(vm, e, Some(path))
}

// ------------------------------------------------------------------ os

fn os_getcwd(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(vm, "getcwd", kw)?;
    arity(vm, "getcwd", a, 0, 0)?;
    match std::env::current_dir() {
        Ok(p) => Ok(vm.new_string(p.display().to_string())),
        Err(e) => Err(exception::io_error(vm, &e, None)),
    }
}

fn os_chdir(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let args = bind(vm, "chdir", a, kw, &["path"], 1)?;
    let p = path_arg(vm, "chdir", args[0])?;
    std::env::set_current_dir(&p).map_err(|e| os_error(vm, &e, args[0]))?;
    Ok(Value::NONE)
}

fn os_listdir(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let args = bind(vm, "listdir", a, kw, &["path"], 0)?;
    let pv = if args[0].is_null() || args[0].is_none() { vm.new_str(".") } else { args[0] };
    let p = path_arg(vm, "listdir", pv)?;
    let rd = std::fs::read_dir(&p).map_err(|e| os_error(vm, &e, pv))?;
    let mut names = Vec::new();
    for entry in rd {
        let entry = entry.map_err(|e| os_error(vm, &e, pv))?;
        names.push(entry.file_name().to_string_lossy().into_owned());
    }
    let items: Vec<Value> = names.into_iter().map(|n| vm.new_string(n)).collect();
    Ok(vm.new_list(items))
}

fn os_mkdir(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let args = bind(vm, "mkdir", a, kw, &["path", "mode", "dir_fd"], 1)?;
    let p = path_arg(vm, "mkdir", args[0])?;
    let mode = if args[1].is_null() { 0o777 } else { crate::builtins::args::int_arg(vm, args[1])? as u32 };
    use std::os::unix::fs::DirBuilderExt;
    std::fs::DirBuilder::new().mode(mode).create(&p).map_err(|e| os_error(vm, &e, args[0]))?;
    Ok(Value::NONE)
}

fn os_makedirs(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let args = bind_py(vm, "makedirs", a, kw, &["name", "mode", "exist_ok"], 1)?;
    let p = path_arg(vm, "makedirs", args[0])?;
    let exist_ok = !args[2].is_null() && crate::objects::ops::truthy(vm, args[2])?;
    if std::path::Path::new(&p).is_dir() {
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
    let args = bind(vm, "remove", a, kw, &["path", "dir_fd"], 1)?;
    let p = path_arg(vm, "remove", args[0])?;
    std::fs::remove_file(&p).map_err(|e| os_error(vm, &e, args[0]))?;
    Ok(Value::NONE)
}

fn os_rmdir(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let args = bind(vm, "rmdir", a, kw, &["path", "dir_fd"], 1)?;
    let p = path_arg(vm, "rmdir", args[0])?;
    std::fs::remove_dir(&p).map_err(|e| os_error(vm, &e, args[0]))?;
    Ok(Value::NONE)
}

fn os_rename(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let args = bind(vm, "rename", a, kw, &["src", "dst"], 2)?;
    let (s, d) = (path_arg(vm, "rename", args[0])?, path_arg(vm, "rename", args[1])?);
    if let Err(e) = std::fs::rename(&s, &d) {
        let err = os_error(vm, &e, args[0]);
        exception::set_fields(vm, err.0, &[("filename2", args[1])]);
        return Err(err);
    }
    Ok(Value::NONE)
}

fn os_getenv(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let args = bind_py(vm, "getenv", a, kw, &["key", "default"], 1)?;
    if args[0].as_str().is_none() {
        let t = vm.type_name(args[0]);
        return Err(vm.type_error(format!("str expected, not {}", t)));
    }
    let default = if args[1].is_null() { Value::NONE } else { args[1] };
    // os.getenv reads os.environ, so what the program set there is seen
    let os = super::import::gcd_import(vm, "os")?;
    let k = vm.intern("environ");
    let env = crate::objects::attr::getattr(vm, os, k)?;
    Ok(crate::objects::ops::dict_get(vm, env, args[0])?.unwrap_or(default))
}

fn os_getpid(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(vm, "getpid", kw)?;
    arity(vm, "getpid", a, 0, 0)?;
    Ok(vm.new_int(std::process::id() as i64))
}

fn os_cpu_count(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(vm, "cpu_count", kw)?;
    arity(vm, "cpu_count", a, 0, 0)?;
    Ok(std::thread::available_parallelism().map(|n| Value::small_int(n.get() as i64)).unwrap_or(Value::NONE))
}

fn os_fspath(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let args = bind(vm, "fspath", a, kw, &["path"], 1)?;
    if args[0].as_str().is_some() || matches!(args[0].kind(), Some(crate::objects::ObjKind::Bytes(_))) {
        return Ok(args[0]);
    }
    let t = vm.type_name(args[0]);
    Err(vm.type_error(format!("expected str, bytes or os.PathLike object, not {}", t)))
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

fn abspath(vm: &mut Vm, p: &str) -> PyResult<String> {
    if p.starts_with('/') {
        return Ok(normpath(p));
    }
    let cwd = std::env::current_dir().map_err(|e| exception::io_error(vm, &e, None))?;
    Ok(normpath(&join(&[cwd.display().to_string(), p.to_string()])))
}

fn one_path(vm: &mut Vm, fname: &str, a: &[Value], kw: &[Value]) -> PyResult<String> {
    no_kwargs(vm, fname, kw)?;
    crate::builtins::args::arity(vm, fname, a, 1, 1)?;
    str_path(vm, fname, a[0])
}

fn path_join(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(vm, "join", kw)?;
    if a.is_empty() {
        return Err(vm.type_error("join() missing 1 required positional argument: 'a'"));
    }
    let mut parts = Vec::with_capacity(a.len());
    for &v in a {
        parts.push(str_path(vm, "join", v)?);
    }
    Ok(vm.new_string(join(&parts)))
}

/// The stat-based predicates take anything and answer False for what is not a path.
fn stat_pred(vm: &mut Vm, fname: &str, a: &[Value], kw: &[Value], f: fn(&std::path::Path) -> bool) -> PyResult<Value> {
    no_kwargs(vm, fname, kw)?;
    crate::builtins::args::arity(vm, fname, a, 1, 1)?;
    Ok(Value::bool(a[0].as_str().is_some_and(|p| f(std::path::Path::new(p)))))
}

fn path_exists(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    stat_pred(vm, "exists", a, kw, |p| p.exists())
}

fn path_lexists(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    stat_pred(vm, "lexists", a, kw, |p| p.symlink_metadata().is_ok())
}

fn path_isfile(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    stat_pred(vm, "isfile", a, kw, |p| p.is_file())
}

fn path_isdir(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    stat_pred(vm, "isdir", a, kw, |p| p.is_dir())
}

fn path_islink(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    stat_pred(vm, "islink", a, kw, |p| p.is_symlink())
}

fn path_isabs(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = one_path(vm, "isabs", a, kw)?;
    Ok(Value::bool(p.starts_with('/')))
}

fn path_getsize(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = one_path(vm, "getsize", a, kw)?;
    match std::fs::metadata(&p) {
        Ok(m) => Ok(vm.new_int(m.len() as i64)),
        Err(e) => Err(os_error(vm, &e, a[0])),
    }
}

fn path_dirname(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = one_path(vm, "dirname", a, kw)?;
    let (head, _) = split(&p);
    Ok(vm.new_string(head))
}

fn path_basename(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = one_path(vm, "basename", a, kw)?;
    let (_, tail) = split(&p);
    Ok(vm.new_string(tail))
}

fn path_split(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = one_path(vm, "split", a, kw)?;
    let (h, t) = split(&p);
    let (h, t) = (vm.new_string(h), vm.new_string(t));
    Ok(vm.new_tuple(vec![h, t]))
}

fn path_splitext(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = one_path(vm, "splitext", a, kw)?;
    let (r, e) = splitext(&p);
    let (r, e) = (vm.new_string(r), vm.new_string(e));
    Ok(vm.new_tuple(vec![r, e]))
}

fn path_normpath(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = one_path(vm, "normpath", a, kw)?;
    Ok(vm.new_string(normpath(&p)))
}

fn path_abspath(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = one_path(vm, "abspath", a, kw)?;
    let r = abspath(vm, &p)?;
    Ok(vm.new_string(r))
}

fn path_realpath(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let args = bind_py(vm, "realpath", a, kw, &["filename", "strict"], 1)?;
    let p = str_path(vm, "realpath", args[0])?;
    let abs = abspath(vm, &p)?;
    // the longest existing prefix resolved, the rest appended as is (non-strict)
    let path = std::path::Path::new(&abs);
    let mut existing = path.to_path_buf();
    let mut rest = Vec::new();
    while !existing.exists() {
        match (existing.parent(), existing.file_name()) {
            (Some(parent), Some(name)) => {
                rest.push(name.to_string_lossy().into_owned());
                existing = parent.to_path_buf();
            }
            _ => break,
        }
    }
    let mut out = std::fs::canonicalize(&existing).map(|p| p.display().to_string()).unwrap_or_else(|_| existing.display().to_string());
    for part in rest.iter().rev() {
        out = join(&[out, part.clone()]);
    }
    Ok(vm.new_string(out))
}

fn path_relpath(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let args = bind_py(vm, "relpath", a, kw, &["path", "start"], 1)?;
    let p = str_path(vm, "relpath", args[0])?;
    if p.is_empty() {
        return Err(vm.value_error("no path specified"));
    }
    let start = if args[1].is_null() || args[1].is_none() { ".".to_string() } else { str_path(vm, "relpath", args[1])? };
    let (p, start) = (abspath(vm, &p)?, abspath(vm, &start)?);
    let pl: Vec<&str> = p.split('/').filter(|s| !s.is_empty()).collect();
    let sl: Vec<&str> = start.split('/').filter(|s| !s.is_empty()).collect();
    let common = pl.iter().zip(sl.iter()).take_while(|(a, b)| a == b).count();
    let mut parts: Vec<String> = std::iter::repeat_n("..".to_string(), sl.len() - common).collect();
    parts.extend(pl[common..].iter().map(|s| s.to_string()));
    Ok(vm.new_string(if parts.is_empty() { ".".to_string() } else { parts.join("/") }))
}

fn path_expanduser(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = one_path(vm, "expanduser", a, kw)?;
    if p != "~" && !p.starts_with("~/") {
        return Ok(a[0]);
    }
    let home = std::env::var("HOME").unwrap_or_else(|_| "/".to_string());
    let home = home.trim_end_matches('/');
    let out = format!("{}{}", if home.is_empty() { "/" } else { home }, &p[1..]);
    Ok(vm.new_string(out))
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
