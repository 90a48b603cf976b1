//! Module objects: a namespace dict (the globals of the module's code) with
//! attribute access, `__getattr__` (PEP 562), and CPython's repr and messages.

use super::ObjKind;
use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};
use std::cell::Cell;

/// Where a module came from, for its repr when it has no `__file__`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ModuleOrigin {
    /// Created by `ModuleType(name)` or loaded from a file (`from '...'` when it has
    /// a `__file__`).
    Plain,
    /// Implemented in Rust (`sys`, `os`...): `(built-in)`.
    BuiltIn,
    /// Python source shipped inside the binary: `(frozen)`.
    Frozen,
    /// A folder without `__init__.py` (an implicit namespace package).
    Namespace,
}

pub struct ModuleObj {
    /// The module's namespace, which its code runs with as globals.
    pub dict: Value,
    /// The body is still running (CPython's `__spec__._initializing`): attribute
    /// errors then name a circular import as the likely cause.
    pub initializing: Cell<bool>,
    pub origin: ModuleOrigin,
    /// For a native module: the attributes built on first access.
    pub lazy: Option<&'static LazyAttrs>,
    /// Which of `lazy.names` have been built (bit i for name i): each is built once,
    /// so one the program deleted stays deleted.
    pub lazy_built: Cell<u32>,
}

/// A native module's attributes that are costly to build (a struct sequence, an
/// object of a class written in Python): each is built on first access, after which
/// it lives in the namespace. Reading the module's `__dict__` (`vars()`, `from m
/// import *`) builds them all first, so the namespace looks as CPython's does.
pub struct LazyAttrs {
    /// The names, at most 32.
    pub names: &'static [&'static str],
    /// Builds the attribute of that name.
    pub build: fn(&mut Vm, &str) -> PyResult<Value>,
}

impl Value {
    #[inline]
    pub fn as_module<'a>(self) -> Option<&'a ModuleObj> {
        match self.kind() {
            Some(ObjKind::Module(m)) => Some(m),
            _ => None,
        }
    }
}

/// A new module named `name` with a fresh namespace holding `__name__` and the
/// attributes every module has (`__doc__`, `__package__`, `__loader__`, `__spec__`).
pub fn new_module(vm: &mut Vm, name: &str, origin: ModuleOrigin) -> Value {
    new_module_with(vm, name, origin, None)
}

/// `new_module` for a native module with attributes built on first access.
pub fn new_module_with(vm: &mut Vm, name: &str, origin: ModuleOrigin, lazy: Option<&'static LazyAttrs>) -> Value {
    let dict = vm.new_dict();
    let n = vm.new_str(name);
    set_entry(vm, dict, "__name__", n);
    set_entry(vm, dict, "__doc__", Value::NONE);
    set_entry(vm, dict, "__package__", Value::NONE);
    set_entry(vm, dict, "__loader__", Value::NONE);
    set_entry(vm, dict, "__spec__", Value::NONE);
    vm.alloc(ObjKind::Module(ModuleObj { dict, initializing: Cell::new(false), origin, lazy, lazy_built: Cell::new(0) }))
}

/// `namespace[name] = v` for an identifier `name`.
pub fn set_entry(vm: &mut Vm, dict: Value, name: &str, v: Value) {
    let k = vm.intern(name);
    super::ops::dict_set_str(vm, dict, k, v);
}

/// `namespace[name]` for an identifier `name`, if present.
pub fn get_entry(vm: &mut Vm, dict: Value, name: &str) -> Option<Value> {
    let k = vm.intern(name);
    let h = k.as_strobj().map(|s| s.hash()).unwrap_or(0);
    dict.as_dict().and_then(|d| d.borrow().get(h, k))
}

/// The module's `__name__` as text, if it is a str.
pub fn module_name(vm: &mut Vm, m: &ModuleObj) -> Option<String> {
    get_entry(vm, m.dict, "__name__").and_then(|v| v.as_str().map(str::to_string))
}

/// `module.attr` from the module's own namespace (or its `__dict__`), if there.
#[inline]
pub fn own_attr(m: &ModuleObj, name: Value) -> Option<Value> {
    let h = name.as_strobj().map(|s| s.hash()).unwrap_or(0);
    if let Some(v) = m.dict.as_dict().and_then(|d| d.borrow().get(h, name)) {
        return Some(v);
    }
    // a module with unbuilt attributes gives its __dict__ in `getattr_missing`
    (m.lazy.is_none() && name.as_str() == Some("__dict__")).then_some(m.dict)
}

/// Builds the module's lazy attribute number `i` into its namespace, unless built
/// before.
fn build_lazy(vm: &mut Vm, m: &ModuleObj, lazy: &LazyAttrs, i: usize) -> PyResult<Option<Value>> {
    if m.lazy_built.get() & (1 << i) != 0 {
        return Ok(None);
    }
    let v = (lazy.build)(vm, lazy.names[i])?;
    m.lazy_built.set(m.lazy_built.get() | (1 << i));
    let k = vm.intern(lazy.names[i]);
    super::ops::dict_set_str(vm, m.dict, k, v);
    Ok(Some(v))
}

/// The end of a failed `module.attr` lookup: the module's `__getattr__` (PEP 562) if
/// it has one, else CPython's AttributeError.
#[cold]
pub fn getattr_missing(vm: &mut Vm, m: &ModuleObj, name: Value) -> PyResult<Value> {
    if let (Some(lazy), Some(n)) = (m.lazy, name.as_str()) {
        if n == "__dict__" {
            for i in 0..lazy.names.len() {
                build_lazy(vm, m, lazy, i)?;
            }
            return Ok(m.dict);
        }
        if let Some(i) = lazy.names.iter().position(|x| *x == n) {
            if let Some(v) = build_lazy(vm, m, lazy, i)? {
                return Ok(v);
            }
        }
    }
    if let Some(hook) = get_entry(vm, m.dict, "__getattr__") {
        return vm.call(hook, &[name]);
    }
    Err(no_attribute(vm, m, name))
}

/// CPython's AttributeError for a missing module attribute.
#[cold]
pub fn no_attribute(vm: &mut Vm, m: &ModuleObj, name: Value) -> PyErr {
    let n = name.as_str().unwrap_or("?").to_string();
    match module_name(vm, m) {
        Some(mn) if m.initializing.get() => {
            vm.attr_error(format!("partially initialized module '{}' has no attribute '{}' (most likely due to a circular import)", mn, n))
        }
        Some(mn) => vm.attr_error(format!("module '{}' has no attribute '{}'", mn, n)),
        None => vm.attr_error(format!("module has no attribute '{}'", n)),
    }
}

/// `module.attr = v`.
pub fn setattr(vm: &mut Vm, m: &ModuleObj, name: Value, v: Value) -> PyResult<()> {
    if name.as_str() == Some("__dict__") {
        return Err(vm.attr_error("readonly attribute"));
    }
    super::ops::dict_set(vm, m.dict, name, v)
}

/// `del module.attr`.
pub fn delattr(vm: &mut Vm, m: &ModuleObj, name: Value) -> PyResult<()> {
    let h = super::ops::hash(vm, name)?;
    if m.dict.as_dict().and_then(|d| d.borrow_mut().remove(h, name)).is_some() {
        return Ok(());
    }
    let n = name.as_str().unwrap_or("?").to_string();
    Err(vm.attr_error(format!("'module' object has no attribute '{}'", n)))
}

/// repr(module), as CPython 3.11 prints it.
pub fn repr(vm: &mut Vm, m: &ModuleObj) -> PyResult<String> {
    let name = match get_entry(vm, m.dict, "__name__") {
        Some(n) => super::repr::repr(vm, n)?,
        None => "'?'".to_string(),
    };
    if let Some(f) = get_entry(vm, m.dict, "__file__").filter(|f| !f.is_none()) {
        if m.origin == ModuleOrigin::Plain || m.origin == ModuleOrigin::Namespace {
            let f = super::repr::repr(vm, f)?;
            return Ok(format!("<module {} from {}>", name, f));
        }
    }
    Ok(match m.origin {
        ModuleOrigin::BuiltIn => format!("<module {} (built-in)>", name),
        ModuleOrigin::Frozen => format!("<module {} (frozen)>", name),
        ModuleOrigin::Namespace => format!("<module {} (namespace)>", name),
        ModuleOrigin::Plain => format!("<module {}>", name),
    })
}

/// `ModuleType(name, doc=None)`.
pub fn module_ctor(vm: &mut Vm, _t: Value, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let args = crate::builtins::args::bind(vm, "module", a, kw, &["name", "doc"], 1)?;
    if args[0].as_str().is_none() {
        let t = vm.type_name(args[0]);
        return Err(vm.type_error(format!("module() argument 'name' must be str, not {}", t)));
    }
    let name = args[0].as_str().unwrap_or("").to_string();
    let m = new_module(vm, &name, ModuleOrigin::Plain);
    if !args[1].is_null() {
        if let Some(mo) = m.as_module() {
            set_entry(vm, mo.dict, "__doc__", args[1]);
        }
    }
    Ok(m)
}
