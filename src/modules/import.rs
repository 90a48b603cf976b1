//! The import statement, with the observable behaviour of CPython 3.11's
//! `importlib._bootstrap`: `sys.modules` first; a dotted name imports its parents
//! first and searches the parent package's `__path__`; top-level names are searched
//! among the native modules, then along `sys.path` (a folder with `__init__.py` is a
//! package, `name.py` a module, a folder without `__init__.py` a namespace package),
//! then among the Python-source standard modules. A module is in `sys.modules` while
//! its body runs (so circular imports see it partially initialised) and is removed
//! again when its body raises.

use super::{native_module, source_module, ModuleInit};
use crate::objects::exception::{self, set_fields};
use crate::objects::module::{self, get_entry, set_entry, ModuleOrigin};
use crate::objects::{ops, ObjKind};
use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};
use std::path::{Path, PathBuf};

/// How a module found by the search is to be made.
enum Spec {
    Native(ModuleInit),
    /// A source file; for a package, `package_dir` is its folder (its `__path__`).
    Source {
        file: PathBuf,
        package_dir: Option<PathBuf>,
    },
    /// Python source shipped in the binary.
    Frozen(&'static str),
    /// Folders of that name without `__init__.py`, along the search path.
    Namespace(Vec<PathBuf>),
}

// ------------------------------------------------------------------ sys.modules

/// `sys.modules[name]`, if present.
pub fn sys_modules_get(vm: &mut Vm, name: &str) -> Option<Value> {
    let k = vm.intern(name);
    let h = k.as_strobj().map(|s| s.hash()).unwrap_or(0);
    vm.module_state.modules.as_dict().and_then(|d| d.borrow().get(h, k))
}

/// `sys.modules[name] = m`.
pub fn sys_modules_set(vm: &mut Vm, name: &str, m: Value) {
    let k = vm.intern(name);
    let d = vm.module_state.modules;
    ops::dict_set_str(vm, d, k, m);
}

fn sys_modules_remove(vm: &mut Vm, name: &str) {
    let k = vm.intern(name);
    let h = k.as_strobj().map(|s| s.hash()).unwrap_or(0);
    if let Some(d) = vm.module_state.modules.as_dict() {
        d.borrow_mut().remove(h, k);
    }
}

// ------------------------------------------------------------------ errors

#[cold]
fn not_found(vm: &mut Vm, msg: &str, name: &str) -> PyErr {
    let c = vm.types.module_not_found_error;
    exception::import_error(vm, c, msg, Some(name), None)
}

#[cold]
fn import_error(vm: &mut Vm, msg: &str) -> PyErr {
    let c = vm.types.import_error;
    exception::import_error(vm, c, msg, None, None)
}

/// The SyntaxError (or IndentationError, TabError, RecursionError) exception for a
/// module that does not compile, with CPython's fields.
#[cold]
pub fn syntax_error(vm: &mut Vm, e: &crate::compiler::CompileError) -> PyErr {
    if e.kind == crate::compiler::ErrorKind::Recursion {
        let c = vm.types.recursion_error;
        return vm.err(c, &e.msg);
    }
    let name = if e.msg.starts_with("inconsistent use of tabs") {
        "TabError"
    } else if e.msg.contains("indent") {
        "IndentationError"
    } else {
        "SyntaxError"
    };
    let cls = vm.types.exceptions.iter().find(|x| x.0 == name).map(|x| x.1).unwrap_or(vm.types.syntax_error);
    let msg = vm.new_str(&e.msg);
    let filename = vm.new_str(&e.filename);
    let lineno = Value::small_int(e.line as i64);
    let offset = Value::small_int(e.col as i64);
    let text = match &e.text {
        Some(t) => vm.new_string(format!("{}\n", t)),
        None => Value::NONE,
    };
    let loc = vm.new_tuple(vec![filename, lineno, offset, text, lineno, offset]);
    let exc = vm.new_exc_args(cls, vec![msg, loc]);
    set_fields(
        vm,
        exc,
        &[("msg", msg), ("filename", filename), ("lineno", lineno), ("offset", offset), ("text", text), ("end_lineno", lineno), ("end_offset", offset)],
    );
    PyErr(exc)
}

// ------------------------------------------------------------------ the import statement

/// `__import__(name, globals, fromlist=fromlist, level=level)`: what `ImportName`
/// evaluates. With no fromlist the result is the top-level package of `name`.
pub fn import_name(vm: &mut Vm, name: Value, globals: Value, fromlist: Value, level: usize) -> PyResult<Value> {
    let name_s = match name.as_str() {
        Some(s) => s.to_string(),
        None => {
            let t = vm.type_name(name);
            return Err(vm.type_error(format!("module name must be str, not {}", t)));
        }
    };
    let resolved = if level > 0 {
        resolve_relative(vm, &name_s, globals, level)?
    } else {
        if name_s.is_empty() {
            return Err(vm.value_error("Empty module name"));
        }
        name_s.clone()
    };
    let m = gcd_import(vm, &resolved)?;
    let no_fromlist = fromlist.is_none() || fromlist.is_null() || fromlist.as_tuple().is_some_and(|t| t.is_empty());
    if no_fromlist {
        let top = name_s.split('.').next().unwrap_or("");
        if level == 0 {
            return gcd_import(vm, top);
        }
        if name_s.is_empty() {
            return Ok(m);
        }
        // `from ..a.b import` with no names (only `import` statements reach here with
        // a level through __import__): the module `cut_off` names above `m`
        let cut_off = name_s.len() - top.len();
        let full = m.as_module().and_then(|mo| module::module_name(vm, mo)).unwrap_or_default();
        let keep = full.len().saturating_sub(cut_off);
        let parent = full.get(..keep).unwrap_or("").to_string();
        return match sys_modules_get(vm, &parent) {
            Some(p) => Ok(p),
            None => Err(vm.key_error_str(&parent)),
        };
    }
    if m.as_module().is_some_and(|mo| get_entry(vm, mo.dict, "__path__").is_some()) {
        vm.roots.push(m);
        let r = handle_fromlist(vm, m, fromlist, false);
        vm.roots.pop();
        r?;
    }
    Ok(m)
}

/// The absolute name of a relative import `level` dots up from the importing
/// module's package.
fn resolve_relative(vm: &mut Vm, name: &str, globals: Value, level: usize) -> PyResult<String> {
    let package = get_entry(vm, globals, "__package__").filter(|p| !p.is_none());
    let package = match package {
        Some(p) => match p.as_str() {
            Some(s) => s.to_string(),
            None => return Err(vm.type_error("package must be a string")),
        },
        None => {
            // no __package__: the module's own name, less its last part unless it is
            // a package
            let n = get_entry(vm, globals, "__name__").and_then(|v| v.as_str().map(str::to_string));
            match n {
                Some(n) if get_entry(vm, globals, "__path__").is_some() => n,
                Some(n) => n.rsplit_once('.').map(|(p, _)| p.to_string()).unwrap_or_default(),
                None => return Err(vm.key_error_str("'__name__' not in globals")),
            }
        }
    };
    if package.is_empty() {
        return Err(import_error(vm, "attempted relative import with no known parent package"));
    }
    let bits: Vec<&str> = package.rsplitn(level, '.').collect();
    if bits.len() < level {
        return Err(import_error(vm, "attempted relative import beyond top-level package"));
    }
    let base = bits.last().copied().unwrap_or("");
    Ok(if name.is_empty() { base.to_string() } else { format!("{}.{}", base, name) })
}

/// The module `name` (absolute), imported if it is not in `sys.modules` yet.
pub fn gcd_import(vm: &mut Vm, name: &str) -> PyResult<Value> {
    if let Some(m) = sys_modules_get(vm, name) {
        if m.is_none() {
            return Err(not_found(vm, &format!("import of {} halted; None in sys.modules", name), name));
        }
        return Ok(m);
    }
    find_and_load(vm, name)
}

fn find_and_load(vm: &mut Vm, name: &str) -> PyResult<Value> {
    let mut search: Option<Value> = None;
    let mut parent_module = Value::NULL;
    let (parent, child) = match name.rsplit_once('.') {
        Some((p, c)) => (Some(p), c),
        None => (None, name),
    };
    if let Some(parent) = parent {
        if sys_modules_get(vm, parent).is_none() {
            gcd_import(vm, parent)?;
        }
        // importing the parent may have imported this module too
        if let Some(m) = sys_modules_get(vm, name) {
            return Ok(m);
        }
        let Some(pm) = sys_modules_get(vm, parent) else {
            return Err(not_found(vm, &format!("No module named '{}'", name), name));
        };
        let path_key = vm.intern("__path__");
        let path = match crate::objects::attr::getattr(vm, pm, path_key) {
            Ok(p) => p,
            Err(e) if vm.is_instance(e.0, vm.types.attribute_error) => {
                return Err(not_found(vm, &format!("No module named '{}'; '{}' is not a package", name, parent), name));
            }
            Err(e) => return Err(e),
        };
        search = Some(path);
        parent_module = pm;
    }
    let mark = vm.roots.len();
    vm.roots.push(parent_module);
    if let Some(p) = search {
        vm.roots.push(p);
    }
    let r = (|| {
        let spec = match find_spec(vm, name, child, search)? {
            Some(s) => s,
            None => return Err(not_found(vm, &format!("No module named '{}'", name), name)),
        };
        let m = load(vm, name, spec)?;
        if !parent_module.is_null() {
            vm.roots.push(m);
            let k = vm.intern(child);
            // as CPython, a parent that refuses the attribute only loses it
            let r = crate::objects::attr::setattr(vm, parent_module, k, m);
            vm.roots.pop();
            if let Err(e) = r {
                if !vm.is_instance(e.0, vm.types.attribute_error) {
                    return Err(e);
                }
            }
        }
        Ok(m)
    })();
    vm.roots.truncate(mark);
    r
}

/// The folders to search: a package's `__path__`, or `sys.path` for a top-level name.
fn search_dirs(vm: &mut Vm, path: Option<Value>) -> PyResult<Vec<PathBuf>> {
    let list = path.unwrap_or(vm.module_state.path);
    let items: Vec<Value> = match list.as_list() {
        Some(l) => l.borrow().clone(),
        None => match list.as_tuple() {
            Some(t) => t.to_vec(),
            None => crate::objects::iter::collect(vm, list)?,
        },
    };
    Ok(items
        .iter()
        .filter_map(|v| v.as_str())
        .map(|s| {
            // '' is the current folder; found files get absolute names, as in CPython
            let p = if s.is_empty() { Path::new(".") } else { Path::new(s) };
            std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf())
        })
        .collect())
}

fn find_spec(vm: &mut Vm, name: &str, tail: &str, path: Option<Value>) -> PyResult<Option<Spec>> {
    if path.is_none() {
        if let Some(init) = native_module(name) {
            return Ok(Some(Spec::Native(init)));
        }
    }
    let dirs = search_dirs(vm, path)?;
    let mut namespace = Vec::new();
    for dir in dirs {
        let base = dir.join(tail);
        if base.is_dir() {
            let init = base.join("__init__.py");
            if init.is_file() {
                return Ok(Some(Spec::Source { file: init, package_dir: Some(base) }));
            }
            namespace.push(base);
        }
        let file = dir.join(format!("{}.py", tail));
        if file.is_file() {
            return Ok(Some(Spec::Source { file, package_dir: None }));
        }
    }
    // a submodule of a shipped package (`collections.abc`) is searched by its full name
    if path.is_none() || name.contains('.') {
        if let Some(src) = source_module(name) {
            return Ok(Some(Spec::Frozen(src)));
        }
    }
    if !namespace.is_empty() {
        return Ok(Some(Spec::Namespace(namespace)));
    }
    Ok(None)
}

fn path_str(p: &Path) -> String {
    p.display().to_string()
}

/// Makes the module a spec describes, runs its body, and returns it.
fn load(vm: &mut Vm, name: &str, spec: Spec) -> PyResult<Value> {
    let parent = name.rsplit_once('.').map(|(p, _)| p).unwrap_or("");
    match spec {
        Spec::Native(init) => {
            let m = init(vm, name)?;
            sys_modules_set(vm, name, m);
            Ok(m)
        }
        Spec::Namespace(dirs) => {
            let m = module::new_module(vm, name, ModuleOrigin::Namespace);
            let d = m.as_module().map(|mo| mo.dict).unwrap_or(Value::NULL);
            let pkg = vm.new_str(name);
            set_entry(vm, d, "__package__", pkg);
            let items: Vec<Value> = dirs.iter().map(|p| vm.new_string(path_str(p))).collect();
            let l = vm.new_list(items);
            set_entry(vm, d, "__path__", l);
            sys_modules_set(vm, name, m);
            Ok(m)
        }
        Spec::Frozen(source) => {
            let m = module::new_module(vm, name, ModuleOrigin::Frozen);
            let d = m.as_module().map(|mo| mo.dict).unwrap_or(Value::NULL);
            let is_package = super::source_module_is_package(name);
            let pkg = vm.new_str(if is_package { name } else { parent });
            set_entry(vm, d, "__package__", pkg);
            if is_package {
                // its submodules are shipped too: nothing to search on disk
                let l = vm.new_list(Vec::new());
                set_entry(vm, d, "__path__", l);
            }
            let b = vm.builtins;
            set_entry(vm, d, "__builtins__", b);
            exec_new_module(vm, name, m, |vm| shipped_code(vm, name, source))
        }
        Spec::Source { file, package_dir } => {
            let m = module::new_module(vm, name, ModuleOrigin::Plain);
            let d = m.as_module().map(|mo| mo.dict).unwrap_or(Value::NULL);
            let pkg = vm.new_str(if package_dir.is_some() { name } else { parent });
            set_entry(vm, d, "__package__", pkg);
            if let Some(dir) = &package_dir {
                let s = vm.new_string(path_str(dir));
                let l = vm.new_list(vec![s]);
                set_entry(vm, d, "__path__", l);
            }
            let f = vm.new_string(path_str(&file));
            set_entry(vm, d, "__file__", f);
            let cached = vm.new_string(path_str(&super::cache::cache_path(&file)));
            set_entry(vm, d, "__cached__", cached);
            let b = vm.builtins;
            set_entry(vm, d, "__builtins__", b);
            exec_new_module(vm, name, m, |vm| source_code(vm, &file))
        }
    }
}

/// Registers module `m` as `name`, gets its code and runs it in the module's
/// namespace. A module whose body fails is removed from `sys.modules` again.
fn exec_new_module(vm: &mut Vm, name: &str, m: Value, get_code: impl FnOnce(&mut Vm) -> PyResult<Value>) -> PyResult<Value> {
    sys_modules_set(vm, name, m);
    let mark = vm.roots.len();
    vm.roots.push(m);
    let mo = match m.as_module() {
        Some(mo) => mo,
        None => return Ok(m),
    };
    mo.initializing.set(true);
    let r = (|| {
        let code = get_code(vm)?;
        vm.roots.push(code);
        run_module_code(vm, code, mo.dict)
    })();
    mo.initializing.set(false);
    vm.roots.truncate(mark);
    match r {
        Ok(()) => match sys_modules_get(vm, name) {
            // the body may have put another object in its place
            Some(x) => Ok(x),
            None => Err(import_error(vm, &format!("Loaded module {} not found in sys.modules", name))),
        },
        Err(e) => {
            sys_modules_remove(vm, name);
            Err(e)
        }
    }
}

/// Runs a module's code object in its namespace, after setting `__doc__` from it.
pub fn run_module_code(vm: &mut Vm, code: Value, globals: Value) -> PyResult<()> {
    if let Some(doc) = code.as_code().map(|c| c.doc).filter(|d| !d.is_none()) {
        set_entry(vm, globals, "__doc__", doc);
    }
    vm.exec_module_code(code, globals).map(|_| ())
}

/// The code a cache read found, reported under `PVM_CACHE_TRACE=1` as a hit or a miss.
fn cache_outcome(vm: &Vm, filename: &str, r: Result<Value, &'static str>) -> Option<Value> {
    let trace = vm.module_state.cache_trace;
    match r {
        Ok(code) => {
            if trace {
                eprintln!("pvm-cache: hit {}", filename);
            }
            Some(code)
        }
        Err(why) => {
            if trace {
                eprintln!("pvm-cache: miss {} ({})", filename, why);
            }
            None
        }
    }
}

/// The code of a standard-library module shipped as source in the binary: from its
/// cache file when valid (`cache::shipped_cache_path`), else compiled and cached.
fn shipped_code(vm: &mut Vm, name: &str, source: &str) -> PyResult<Value> {
    let filename = format!("<frozen {}>", name);
    let use_cache = !vm.module_state.no_cache;
    if use_cache {
        let r = super::cache::read_shipped(vm, name, source, &filename);
        if let Some(code) = cache_outcome(vm, &filename, r) {
            return Ok(code);
        }
    }
    let code = crate::compiler::compile_module(vm, source, &filename).map_err(|e| syntax_error(vm, &e))?;
    if use_cache && !vm.module_state.dont_write_bytecode {
        super::cache::write_shipped(vm, code, name, source);
    }
    Ok(code)
}

/// The code of a source file: from the bytecode cache when it is valid for the
/// file, else compiled (and then cached, unless writing is off).
pub fn source_code(vm: &mut Vm, file: &Path) -> PyResult<Value> {
    let filename = path_str(file);
    let meta = match std::fs::metadata(file) {
        Ok(m) => m,
        Err(e) => {
            let f = vm.new_str(&filename);
            return Err(exception::io_error(vm, &e, Some(f)));
        }
    };
    let use_cache = !vm.module_state.no_cache;
    if use_cache {
        let r = super::cache::read(vm, file, &meta, &filename);
        if let Some(code) = cache_outcome(vm, &filename, r) {
            return Ok(code);
        }
    }
    let bytes = match std::fs::read(file) {
        Ok(b) => b,
        Err(e) => {
            let f = vm.new_str(&filename);
            return Err(exception::io_error(vm, &e, Some(f)));
        }
    };
    let source = decode_source(vm, bytes, &filename)?;
    let code = crate::compiler::compile_module(vm, &source, &filename).map_err(|e| syntax_error(vm, &e))?;
    if use_cache && !vm.module_state.dont_write_bytecode {
        super::cache::write(vm, code, file, &meta);
    }
    Ok(code)
}

/// Source bytes as text: UTF-8 (a BOM is allowed), else CPython's SyntaxError.
pub fn decode_source(vm: &mut Vm, bytes: Vec<u8>, filename: &str) -> PyResult<String> {
    match String::from_utf8(bytes) {
        Ok(s) => Ok(s),
        Err(e) => {
            let pos = e.utf8_error().valid_up_to();
            let b = e.as_bytes();
            let line = b[..pos].iter().filter(|&&c| c == b'\n').count() as u32 + 1;
            let err = crate::compiler::CompileError {
                kind: crate::compiler::ErrorKind::Syntax,
                msg: format!(
                    "(unicode error) 'utf-8' codec can't decode byte 0x{:02x} in position {}: invalid start byte",
                    b.get(pos).copied().unwrap_or(0),
                    pos
                ),
                filename: filename.to_string(),
                line,
                col: 0,
                text: None,
            };
            Err(syntax_error(vm, &err))
        }
    }
}

// ------------------------------------------------------------------ from-imports

/// `from package import a, b`: the names not yet attributes of the package are
/// imported as its submodules; `*` does the same for the names in `__all__`.
fn handle_fromlist(vm: &mut Vm, m: Value, fromlist: Value, recursive: bool) -> PyResult<()> {
    let items = crate::objects::iter::collect(vm, fromlist)?;
    let mark = vm.roots.len();
    vm.roots.extend_from_slice(&items);
    let r = (|| {
        for &x in &items {
            let Some(xs) = x.as_str() else {
                let t = vm.type_name(x);
                let wher = if recursive {
                    let mn = m.as_module().and_then(|mo| module::module_name(vm, mo)).unwrap_or_default();
                    format!("{}.__all__", mn)
                } else {
                    "``from list''".to_string()
                };
                return Err(vm.type_error(format!("Item in {} must be str, not {}", wher, t)));
            };
            if xs == "*" {
                if !recursive {
                    let all_key = vm.intern("__all__");
                    if let Some(all) = try_getattr(vm, m, all_key)? {
                        vm.roots.push(all);
                        let r = handle_fromlist(vm, m, all, true);
                        vm.roots.pop();
                        r?;
                    }
                }
                continue;
            }
            if try_getattr(vm, m, x)?.is_some() {
                continue;
            }
            let mn = m.as_module().and_then(|mo| module::module_name(vm, mo)).unwrap_or_default();
            let from_name = format!("{}.{}", mn, xs);
            if let Err(e) = gcd_import(vm, &from_name) {
                // a missing submodule is left for the name lookup to report
                let missing = vm.is_instance(e.0, vm.types.module_not_found_error)
                    && e.0.as_exc().and_then(|ex| exception::builtin_field(vm, ex, "name")).and_then(|n| n.as_str().map(str::to_string)).as_deref()
                        == Some(from_name.as_str())
                    && sys_modules_get(vm, &from_name).is_none_or(|v| !v.is_none());
                if !missing {
                    return Err(e);
                }
            }
        }
        Ok(())
    })();
    vm.roots.truncate(mark);
    r
}

/// getattr(obj, name), or None when that raises AttributeError.
fn try_getattr(vm: &mut Vm, obj: Value, name: Value) -> PyResult<Option<Value>> {
    match crate::objects::attr::getattr(vm, obj, name) {
        Ok(v) => Ok(Some(v)),
        Err(e) if vm.is_instance(e.0, vm.types.attribute_error) => Ok(None),
        Err(e) => Err(e),
    }
}

/// `from m import name` (`ImportFrom`): the attribute, else the submodule
/// `m.name` when it is in `sys.modules` (a circular import of a package's
/// submodule), else CPython's ImportError.
pub fn import_from(vm: &mut Vm, m: Value, name: Value) -> PyResult<Value> {
    if let Some(v) = try_getattr(vm, m, name)? {
        return Ok(v);
    }
    let name_key = vm.intern("__name__");
    let pkgname = try_getattr(vm, m, name_key)?.and_then(|v| v.as_str().map(str::to_string));
    let n = name.as_str().unwrap_or("?").to_string();
    if let Some(p) = &pkgname {
        if let Some(sub) = sys_modules_get(vm, &format!("{}.{}", p, n)) {
            return Ok(sub);
        }
    }
    let shown = pkgname.clone().unwrap_or_else(|| "<unknown module name>".to_string());
    let file = m.as_module().and_then(|mo| get_entry(vm, mo.dict, "__file__")).and_then(|f| f.as_str().map(str::to_string));
    let (nr, sr) = (ops_repr(&n), ops_repr(&shown));
    let c = vm.types.import_error;
    Err(match file {
        None => exception::import_error(vm, c, &format!("cannot import name {} from {} (unknown location)", nr, sr), pkgname.as_deref(), None),
        Some(path) => {
            let initializing = m.as_module().is_some_and(|mo| mo.initializing.get());
            let msg = if initializing {
                format!("cannot import name {} from partially initialized module {} (most likely due to a circular import) ({})", nr, sr, path)
            } else {
                format!("cannot import name {} from {} ({})", nr, sr, path)
            };
            exception::import_error(vm, c, &msg, pkgname.as_deref(), Some(&path))
        }
    })
}

fn ops_repr(s: &str) -> String {
    crate::objects::strops::repr(s)
}

/// `from m import *` (`ImportStar`): binds in `globals` the names in `m.__all__`, or
/// else every name in its namespace not starting with an underscore.
pub fn import_star(vm: &mut Vm, m: Value, globals: Value) -> PyResult<()> {
    let all_key = vm.intern("__all__");
    let (names, from_all) = match try_getattr(vm, m, all_key)? {
        Some(all) => {
            vm.roots.push(all);
            let r = crate::objects::iter::collect(vm, all);
            vm.roots.pop();
            (r?, true)
        }
        None => {
            let dict_key = vm.intern("__dict__");
            let Some(d) = try_getattr(vm, m, dict_key)? else {
                return Err(import_error(vm, "from-import-* object has no __dict__ and no __all__"));
            };
            let keys = match d.as_dict() {
                Some(dd) => dd.borrow().keys(),
                None => crate::objects::iter::collect(vm, d)?,
            };
            (keys, false)
        }
    };
    let mark = vm.roots.len();
    vm.roots.extend_from_slice(&names);
    let r = (|| {
        for &k in &names {
            let Some(ks) = k.as_str() else {
                let t = vm.type_name(k);
                let mn = m.as_module().and_then(|mo| module::module_name(vm, mo)).unwrap_or_else(|| "?".into());
                let what = if from_all { "Item in" } else { "Key in" };
                let field = if from_all { "__all__" } else { "__dict__" };
                return Err(vm.type_error(format!("{} {}.{} must be str, not {}", what, mn, field, t)));
            };
            if !from_all && ks.starts_with('_') {
                continue;
            }
            let v = crate::objects::attr::getattr(vm, m, k)?;
            let key = vm.intern(ks);
            ops::dict_set_str(vm, globals, key, v);
        }
        Ok(())
    })();
    vm.roots.truncate(mark);
    r
}

// ------------------------------------------------------------------ importlib

/// `importlib`: `import_module`, `reload`, `invalidate_caches`.
pub fn init_importlib(vm: &mut Vm, name: &str) -> PyResult<Value> {
    let (m, d) = super::new_native_module(vm, name);
    super::add_functions(
        vm,
        d,
        &[("import_module", importlib_import_module), ("reload", importlib_reload), ("invalidate_caches", importlib_invalidate_caches)],
    );
    Ok(m)
}

/// `importlib.import_module(name, package=None)`: the module itself (not its
/// top-level package); a relative name needs `package`.
fn importlib_import_module(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let args = crate::builtins::args::bind_py(vm, "import_module", a, kw, &["name", "package"], 2, 1)?;
    let Some(name) = args[0].as_str().map(str::to_string) else {
        let t = vm.type_name(args[0]);
        return Err(vm.type_error(format!("module name must be str, not {}", t)));
    };
    let level = name.len() - name.trim_start_matches('.').len();
    if level == 0 {
        if name.is_empty() {
            return Err(vm.value_error("Empty module name"));
        }
        return gcd_import(vm, &name);
    }
    let package = if args[1].is_null() { Value::NONE } else { args[1] };
    let Some(pkg) = package.as_str().map(str::to_string) else {
        let msg = format!("the 'package' argument is required to perform a relative import for {}", ops_repr(&name));
        return Err(vm.type_error(msg));
    };
    let globals = vm.new_dict();
    vm.roots.push(globals);
    let p = vm.new_string(pkg);
    set_entry(vm, globals, "__package__", p);
    let r = resolve_relative(vm, &name[level..], globals, level);
    vm.roots.pop();
    let resolved = r?;
    gcd_import(vm, &resolved)
}

/// `importlib.reload(module)`: runs the module's (current) source again in its
/// namespace.
fn importlib_reload(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let args = crate::builtins::args::bind_py(vm, "reload", a, kw, &["module"], 1, 1)?;
    let m = args[0];
    let Some(mo) = m.as_module() else {
        return Err(vm.type_error("reload() argument must be a module"));
    };
    let name = module::module_name(vm, mo).unwrap_or_default();
    if sys_modules_get(vm, &name) != Some(m) {
        let c = vm.types.module_not_found_error;
        return Err(exception::import_error(vm, c, &format!("module {} not in sys.modules", name), Some(&name), None));
    }
    let (parent, tail) = match name.rsplit_once('.') {
        Some((p, t)) => (Some(p.to_string()), t.to_string()),
        None => (None, name.clone()),
    };
    let mut search = None;
    if let Some(p) = &parent {
        let Some(pm) = sys_modules_get(vm, p) else {
            return Err(import_error(vm, &format!("parent {} not in sys.modules", ops_repr(p))));
        };
        let path_key = vm.intern("__path__");
        search = try_getattr(vm, pm, path_key)?;
    }
    if let Some(s) = search {
        vm.roots.push(s);
    }
    let spec = find_spec(vm, &name, &tail, search);
    if search.is_some() {
        vm.roots.pop();
    }
    match spec? {
        Some(Spec::Source { file, .. }) => {
            let code = source_code(vm, &file)?;
            vm.roots.push(code);
            let r = run_module_code(vm, code, mo.dict);
            vm.roots.pop();
            r?;
        }
        Some(Spec::Frozen(source)) => {
            let code = crate::compiler::compile_module(vm, source, &format!("<frozen {}>", name)).map_err(|e| syntax_error(vm, &e))?;
            vm.roots.push(code);
            let r = run_module_code(vm, code, mo.dict);
            vm.roots.pop();
            r?;
        }
        Some(_) => {}
        None => return Err(not_found(vm, &format!("spec not found for the module {}", ops_repr(&name)), &name)),
    }
    Ok(sys_modules_get(vm, &name).unwrap_or(m))
}

fn importlib_invalidate_caches(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::builtins::args::no_kwargs(vm, "invalidate_caches", kw)?;
    crate::builtins::args::arity(vm, "invalidate_caches", a, 0, 0)?;
    Ok(Value::NONE)
}

// ------------------------------------------------------------------ __main__

/// The `__main__` module of a program, registered in `sys.modules`; `file` is the
/// script's path (None for `-c` and standard input). Returns its namespace.
pub fn new_main_module(vm: &mut Vm, file: Option<&str>) -> Value {
    // `-c` and standard input: CPython's __main__ then reports itself built in
    let origin = if file.is_some() { ModuleOrigin::Plain } else { ModuleOrigin::BuiltIn };
    let m = module::new_module(vm, "__main__", origin);
    let d = m.as_module().map(|mo| mo.dict).unwrap_or(Value::NULL);
    let ann = vm.new_dict();
    set_entry(vm, d, "__annotations__", ann);
    let b = match gcd_import(vm, "builtins") {
        Ok(b) => b,
        Err(_) => vm.builtins,
    };
    set_entry(vm, d, "__builtins__", b);
    if let Some(f) = file {
        let fv = vm.new_str(f);
        set_entry(vm, d, "__file__", fv);
        set_entry(vm, d, "__cached__", Value::NONE);
    }
    sys_modules_set(vm, "__main__", m);
    d
}

/// `pvm -m name`: finds module `name` (importing its parent packages; a package
/// runs its `__main__` submodule) and returns its file and its code, to be run as
/// `__main__`. The error text is what pvm prints before exiting with status 1.
pub fn find_main_module(vm: &mut Vm, name: &str) -> Result<(PathBuf, String, Value), MainModuleError> {
    if name.starts_with('.') {
        return Err(MainModuleError::Message("Relative module names not supported".to_string()));
    }
    let mut name = name.to_string();
    for _ in 0..2 {
        let (parent, child) = match name.rsplit_once('.') {
            Some((p, c)) => (Some(p.to_string()), c.to_string()),
            None => (None, name.clone()),
        };
        let mut search = None;
        if let Some(p) = &parent {
            let pm = gcd_import(vm, p).map_err(MainModuleError::Exception)?;
            let path_key = vm.intern("__path__");
            match try_getattr(vm, pm, path_key).map_err(MainModuleError::Exception)? {
                Some(path) => search = Some(path),
                None => return Err(MainModuleError::Message(format!("No module named {}; '{}' is not a package", name, p))),
            }
        }
        if let Some(s) = search {
            vm.roots.push(s);
        }
        let spec = find_spec(vm, &name, &child, search);
        if search.is_some() {
            vm.roots.pop();
        }
        match spec.map_err(MainModuleError::Exception)? {
            Some(Spec::Source { package_dir: Some(_), .. }) | Some(Spec::Namespace(_)) => {
                if name.ends_with(".__main__") {
                    break;
                }
                // a package runs its __main__ submodule, after its __init__
                gcd_import(vm, &name).map_err(MainModuleError::Exception)?;
                name = format!("{}.__main__", name);
                continue;
            }
            Some(Spec::Source { file, package_dir: None }) => {
                let code = source_code(vm, &file).map_err(MainModuleError::Exception)?;
                let package = parent.unwrap_or_default();
                return Ok((file, package, code));
            }
            Some(Spec::Native(_)) | Some(Spec::Frozen(_)) => {
                return Err(MainModuleError::Message(format!("No code object available for {}", name)));
            }
            None => break,
        }
    }
    match name.strip_suffix(".__main__") {
        Some(pkg) => Err(MainModuleError::Message(format!("No module named {}; '{}' is a package and cannot be directly executed", name, pkg))),
        None => Err(MainModuleError::Message(format!("No module named {}", name))),
    }
}

/// `pvm -m name`: runs module `name` as `__main__`, with `sys.argv[0]` its file.
/// The outer error is the text pvm prints (after `pvm: `) when there is no such
/// module to run.
pub fn run_module_as_main(vm: &mut Vm, name: &str) -> Result<Result<(), crate::vm::RunError>, String> {
    use crate::vm::RunError;
    let (file, package, code) = match find_main_module(vm, name) {
        Ok(x) => x,
        Err(MainModuleError::Message(m)) => return Err(m),
        Err(MainModuleError::Exception(e)) => return Ok(Err(RunError::Exception(e))),
    };
    vm.roots.push(code);
    let filename = path_str(&file);
    let argv0 = vm.new_str(&filename);
    if let Some(l) = vm.module_state.argv.as_list() {
        let mut l = l.borrow_mut();
        match l.first_mut() {
            Some(first) => *first = argv0,
            None => l.push(argv0),
        }
    }
    let argv = vm.module_state.argv;
    vm.write_barrier(argv, argv0);
    let globals = new_main_module(vm, Some(&filename));
    let pkg = vm.new_string(package);
    set_entry(vm, globals, "__package__", pkg);
    let cached = vm.new_string(path_str(&super::cache::cache_path(&file)));
    set_entry(vm, globals, "__cached__", cached);
    let r = run_module_code(vm, code, globals);
    vm.roots.pop();
    Ok(r.map_err(RunError::Exception))
}

pub enum MainModuleError {
    /// Printed as `pvm: <message>`.
    Message(String),
    /// Raised while importing a parent package.
    Exception(PyErr),
}

impl Vm {
    /// Runs module-level code in `globals` on a new entry frame above the running
    /// ones (a module body run by an import).
    pub fn exec_module_code(&mut self, code: Value, globals: Value) -> PyResult<Value> {
        if self.native_depth + self.frames.len() >= self.recursion_limit + 50 || self.native_depth > 200 {
            return Err(self.recursion_error());
        }
        let nregs = match code.as_code() {
            Some(c) => c.nregs as usize,
            None => return Err(self.type_error("module code is not a code object")),
        };
        let top = self.frame_top();
        if top + nregs + 2 >= crate::vm::STACK_SLOTS {
            return Err(self.recursion_error());
        }
        self.set_slot(top, Value::NONE);
        if let Some(c) = code.as_code() {
            self.init_registers(c, top + 1, 0);
        }
        let dst = self.slot_ptr(top);
        let mut f = crate::vm::Frame::new(self, code, globals, top + 1, nregs, dst);
        f.flags = crate::vm::FRAME_ENTRY;
        self.frames.push(f);
        self.native_depth += 1;
        let r = crate::vm::dispatch::run(self);
        self.native_depth -= 1;
        r
    }

    /// A KeyError carrying a str key.
    #[cold]
    pub fn key_error_str(&mut self, key: &str) -> PyErr {
        let k = self.new_str(key);
        self.key_error(k)
    }
}

/// `True` when `v` is a module object.
pub fn is_module(v: Value) -> bool {
    matches!(v.kind(), Some(ObjKind::Module(_)))
}
