//! The module system: finding, loading and caching modules, and the modules PVM
//! provides itself.
//!
//! * `import.rs`: the import statement's semantics (CPython's `importlib._bootstrap`):
//!   `sys.modules`, the search along `sys.path`, packages, relative imports, circular
//!   imports, `from m import *`, and running a script or `-m module` as `__main__`.
//! * `cache.rs`: the bytecode cache (`__pycache__/NAME.pvm-N.pvc`): serializing code
//!   objects, validating what it reads back, atomic writes, `--compile`.
//! * `sys.rs`, `os.rs`: the `sys`, `os` and `os.path` modules, built in Rust.
//! * `file.rs`: file objects (`open()`, `sys.stdin`/`stdout`/`stderr`).
//!
//! **Adding a standard module.** A module written in Rust is a function building the
//! module object, listed in [`NATIVE_MODULES`]; it is found before `sys.path` is
//! searched, like CPython's built-in and frozen modules. A module written in Python
//! is its source text listed in [`SOURCE_MODULES`] (`include_str!` of a file in
//! `src/modules/lib/`); it is found after `sys.path`, like CPython's standard
//! library directory, so a program's own module of the same name wins, as it does
//! under CPython. Nothing is built until a program imports it: start-up pays
//! nothing for modules it does not use.

pub mod array;
pub mod bisect;
pub mod cache;
pub mod cmath;
pub mod collections;
pub mod file;
pub mod gc;
pub mod heapq;
pub mod import;
pub mod itertools;
pub mod json;
pub mod math;
pub mod operator;
pub mod os;
pub mod random;
pub mod re;
pub mod re_syntax;
pub mod stringio;
pub mod r#struct;
pub mod sys;
pub mod time;
pub mod traceback;
pub mod weakref;

use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// Builds a native module; `name` is the name it is imported as.
pub type ModuleInit = fn(vm: &mut Vm, name: &str) -> PyResult<Value>;

/// Modules implemented in Rust: (name, builder).
pub const NATIVE_MODULES: &[(&str, ModuleInit)] = &[
    ("sys", sys::init),
    ("builtins", builtins_module),
    ("os", os::init),
    ("posixpath", os::init_path),
    ("io", file::init_io),
    ("_io", file::init_io),
    ("errno", os::init_errno),
    ("importlib", import::init_importlib),
    ("__future__", future_module),
    ("math", math::init),
    ("time", time::init),
    ("gc", gc::init),
    ("cmath", cmath::init),
    ("_random", random::init),
    ("struct", r#struct::init),
    ("array", array::init),
    ("weakref", weakref::init),
    ("_weakref", weakref::init),
    ("_collections", collections::init),
    ("_heapq", heapq::init),
    ("_bisect", bisect::init),
    ("operator", operator::init),
    ("_operator", operator::init),
    ("_itertools", itertools::init),
    ("_pvm_re", re::init),
    ("_pvm_json", json::init),
    ("_pvm_traceback", traceback::init),
];

/// Modules shipped as Python source: (name, source). Compiled when first imported.
pub const SOURCE_MODULES: &[(&str, &str)] = &[
    ("keyword", include_str!("lib/keyword.py")),
    ("random", include_str!("lib/random.py")),
    ("collections", include_str!("lib/collections.py")),
    ("collections.abc", include_str!("lib/collections_abc.py")),
    ("heapq", include_str!("lib/heapq.py")),
    ("bisect", include_str!("lib/bisect.py")),
    ("itertools", include_str!("lib/itertools.py")),
    ("functools", include_str!("lib/functools.py")),
    ("copy", include_str!("lib/copy.py")),
    ("string", include_str!("lib/string.py")),
    ("re", include_str!("lib/re.py")),
    ("json", include_str!("lib/json.py")),
    ("abc", include_str!("lib/abc.py")),
    ("_collections_abc", include_str!("lib/_collections_abc.py")),
    ("enum", include_str!("lib/enum.py")),
    ("dataclasses", include_str!("lib/dataclasses.py")),
    ("typing", include_str!("lib/typing.py")),
    ("textwrap", include_str!("lib/textwrap.py")),
    ("types", include_str!("lib/types.py")),
    ("_pvm_types", include_str!("lib/_pvm_types.py")),
    ("warnings", include_str!("lib/warnings.py")),
    ("traceback", include_str!("lib/traceback.py")),
    ("contextlib", include_str!("lib/contextlib.py")),
    ("fractions", include_str!("lib/fractions.py")),
];

/// Python source that native modules build some of their objects from: each runs
/// once per VM, when first needed, as a module no program can import by name.
/// Indexed by [`Helper`].
const HELPER_MODULES: [(&str, &str); 2] = [("_pvm_structseq", include_str!("lib/structseq.py")), ("_pvm_environ", include_str!("lib/environ.py"))];

/// The helper modules (`HELPER_MODULES`).
#[derive(Clone, Copy)]
pub enum Helper {
    /// Struct sequences (`sys.version_info`...) and `SimpleNamespace`.
    StructSeq = 0,
    /// `os.environ`'s class and its views.
    Environ = 1,
}

/// The interpreter-wide state of the module system. Every value here is a GC root.
pub struct ModuleState {
    /// `sys.modules`: name to module.
    pub modules: Value,
    /// `sys.path`: the folders searched for modules, in order.
    pub path: Value,
    /// `sys.argv`.
    pub argv: Value,
    /// The `sys` module, once something has asked for it; else NULL.
    pub sys: Value,
    /// The standard streams as file objects, once made; else NULL.
    pub stdin: Value,
    pub stdout: Value,
    pub stderr: Value,
    /// Their binary layers (`sys.stdin.buffer`...), once asked for; else NULL.
    pub std_buffers: [Value; 3],
    /// `-B` / `PYTHONDONTWRITEBYTECODE`: do not write the bytecode cache.
    pub dont_write_bytecode: bool,
    /// Never read nor write the bytecode cache (embedding and tests).
    pub no_cache: bool,
    /// `PVM_CACHE_TRACE=1`: report every cache hit, miss and write on standard error.
    pub cache_trace: bool,
    /// `sys.executable`.
    pub executable: String,
    /// `sys.orig_argv`: the command line as given.
    pub orig_argv: Vec<String>,
    /// The helper modules (`HELPER_MODULES`), each once run; else NULL.
    pub helpers: [Value; 2],
    /// The types of frame and traceback objects (`objects::frame`), once made; else NULL.
    pub frame_type: Value,
    pub traceback_type: Value,
}

impl ModuleState {
    /// The state of a VM nobody has configured: no search path, no arguments.
    pub fn new(heap: &mut crate::heap::Heap) -> ModuleState {
        use crate::objects::{Dict, ObjKind};
        use std::cell::RefCell;
        ModuleState {
            modules: heap.alloc(ObjKind::Dict(RefCell::new(Dict::new()))),
            path: heap.alloc(ObjKind::List(RefCell::new(Vec::new()))),
            argv: heap.alloc(ObjKind::List(RefCell::new(Vec::new()))),
            sys: Value::NULL,
            stdin: Value::NULL,
            stdout: Value::NULL,
            stderr: Value::NULL,
            std_buffers: [Value::NULL; 3],
            dont_write_bytecode: false,
            no_cache: false,
            cache_trace: false,
            executable: String::new(),
            orig_argv: Vec::new(),
            helpers: [Value::NULL; 2],
            frame_type: Value::NULL,
            traceback_type: Value::NULL,
        }
    }

    /// The values the collector must keep alive.
    pub fn roots(&self) -> [Value; 14] {
        let [h0, h1] = self.helpers;
        let [b0, b1, b2] = self.std_buffers;
        [self.modules, self.path, self.argv, self.sys, self.stdin, self.stdout, self.stderr, b0, b1, b2, h0, h1, self.frame_type, self.traceback_type]
    }
}

/// Sets up `sys.argv` and `sys.path` for running a program: `path0` (the script's
/// folder, or the current folder for `-c` and `-m`) first, then `PYTHONPATH`.
pub fn configure(vm: &mut Vm, argv: &[String], path0: Option<String>) {
    let args: Vec<Value> = argv.iter().map(|a| vm.new_str(a)).collect();
    let list = vm.new_list(args);
    vm.module_state.argv = list;
    let mut path = Vec::new();
    if let Some(p) = path0 {
        path.push(p);
    }
    if let Some(pp) = std::env::var("PYTHONPATH").ok().filter(|pp| !pp.is_empty()) {
        // each entry made absolute and normalized, an empty one being the current
        // folder, and duplicates dropped (site.removeduppaths), as CPython does
        let cwd = std::env::current_dir().map(|p| p.display().to_string()).unwrap_or_default();
        let mut entries: Vec<String> = Vec::new();
        for entry in pp.split(':') {
            let abs = os::normpath(&os::join(&[cwd.clone(), entry.to_string()]));
            if !entries.contains(&abs) {
                entries.push(abs);
            }
        }
        path.extend(entries);
    }
    let items: Vec<Value> = path.iter().map(|p| vm.new_str(p)).collect();
    let list = vm.new_list(items);
    vm.module_state.path = list;
    if std::env::var_os("PYTHONDONTWRITEBYTECODE").is_some_and(|v| !v.is_empty()) {
        vm.module_state.dont_write_bytecode = true;
    }
    vm.module_state.cache_trace = std::env::var("PVM_CACHE_TRACE").is_ok_and(|v| v == "1");
    vm.module_state.executable = std::env::current_exe().map(|p| p.display().to_string()).unwrap_or_default();
}

/// `sys.path[0]` for a script: its folder, absolute, with symbolic links resolved as
/// CPython resolves them.
pub fn script_folder(script: &str) -> String {
    let abs = std::path::absolute(script).unwrap_or_else(|_| script.into());
    let dir = abs.parent().map(|p| p.to_path_buf()).unwrap_or_default();
    std::fs::canonicalize(&dir).unwrap_or(dir).display().to_string()
}

/// The helper module `which`, run on first use.
pub fn helper_module(vm: &mut Vm, which: Helper) -> PyResult<Value> {
    let i = which as usize;
    if !vm.module_state.helpers[i].is_null() {
        return Ok(vm.module_state.helpers[i]);
    }
    let (name, source) = HELPER_MODULES[i];
    let m = crate::objects::module::new_module(vm, name, crate::objects::module::ModuleOrigin::Frozen);
    vm.module_state.helpers[i] = m;
    let d = m.as_module().map(|mo| mo.dict).unwrap_or(Value::NULL);
    let code = crate::compiler::compile_module(vm, source, &format!("<frozen {}>", name)).map_err(|e| import::syntax_error(vm, &e))?;
    vm.roots.push(code);
    let r = import::run_module_code(vm, code, d);
    vm.roots.pop();
    if let Err(e) = r {
        vm.module_state.helpers[i] = Value::NULL;
        return Err(e);
    }
    Ok(m)
}

/// Attribute `name` of helper module `which`.
pub fn helper_attr(vm: &mut Vm, which: Helper, name: &str) -> PyResult<Value> {
    let m = helper_module(vm, which)?;
    let k = vm.intern(name);
    crate::objects::attr::getattr(vm, m, k)
}

/// The native module builder for `name`, if PVM has one.
pub fn native_module(name: &str) -> Option<ModuleInit> {
    NATIVE_MODULES.iter().find(|(n, _)| *n == name).map(|(_, f)| *f)
}

/// The source of the Python-source standard module `name`, if PVM ships one.
pub fn source_module(name: &str) -> Option<&'static str> {
    SOURCE_MODULES.iter().find(|(n, _)| *n == name).map(|(_, s)| *s)
}

/// True when Python-source standard module `name` is a package: some shipped module
/// is named `name.something` (`collections` for `collections.abc`).
pub fn source_module_is_package(name: &str) -> bool {
    SOURCE_MODULES.iter().any(|(n, _)| n.len() > name.len() && n.starts_with(name) && n.as_bytes()[name.len()] == b'.')
}

/// A native module: a module object whose namespace the builder fills.
pub fn new_native_module(vm: &mut Vm, name: &str) -> (Value, Value) {
    let m = crate::objects::module::new_module(vm, name, crate::objects::module::ModuleOrigin::BuiltIn);
    let dict = m.as_module().map(|mo| mo.dict).unwrap_or(Value::NULL);
    (m, dict)
}

/// Adds native functions to a module namespace.
pub fn add_functions(vm: &mut Vm, dict: Value, funcs: &[(&'static str, crate::objects::NativeFn)]) {
    for &(name, f) in funcs {
        let fv = vm.new_builtin(name, f);
        crate::objects::module::set_entry(vm, dict, name, fv);
    }
}

/// `builtins`: the namespace every module's code falls back to. The module's
/// namespace is the builtins dict itself, so a change made through it shows everywhere.
fn builtins_module(vm: &mut Vm, _name: &str) -> PyResult<Value> {
    let b = vm.builtins;
    crate::objects::module::set_entry(vm, b, "__doc__", Value::NONE);
    Ok(vm.alloc(crate::objects::ObjKind::Module(crate::objects::module::ModuleObj {
        dict: b,
        initializing: std::cell::Cell::new(false),
        origin: crate::objects::module::ModuleOrigin::BuiltIn,
        lazy: None,
        lazy_built: std::cell::Cell::new(0),
    })))
}

/// The features `from __future__ import ...` accepts (all mandatory or accepted in
/// 3.11; `annotations` is accepted and annotations are not evaluated differently).
pub const FUTURE_FEATURES: &[&str] = &[
    "nested_scopes",
    "generators",
    "division",
    "absolute_import",
    "with_statement",
    "print_function",
    "unicode_literals",
    "barry_as_FLUFL",
    "generator_stop",
    "annotations",
];

/// `__future__`: each feature name bound to a true value, and `all_feature_names`.
fn future_module(vm: &mut Vm, name: &str) -> PyResult<Value> {
    let (m, dict) = new_native_module(vm, name);
    let mut names = Vec::new();
    for f in FUTURE_FEATURES {
        let s = vm.new_str(f);
        names.push(s);
        crate::objects::module::set_entry(vm, dict, f, Value::TRUE);
    }
    let all = vm.new_list(names);
    crate::objects::module::set_entry(vm, dict, "all_feature_names", all);
    Ok(m)
}
