//! Function objects (Python code plus its globals and defaults) and native functions.

use crate::value::Value;
use crate::vm::{PyResult, Vm};
use std::cell::Cell;

/// A native function: positional args, then keyword values named by `kwnames`.
pub type NativeFn = fn(&mut Vm, &[Value], &[Value]) -> PyResult<Value>;

pub struct Function {
    pub code: Value,
    pub globals: Value,
    /// Writable attributes, as in CPython (decorators copy them onto wrappers).
    pub name: Cell<Value>,
    pub qualname: Cell<Value>,
    pub doc: Cell<Value>,
    /// Tuple of positional defaults, or None.
    pub defaults: Cell<Value>,
    /// Dict of keyword-only defaults, or None.
    pub kwdefaults: Cell<Value>,
    /// Arbitrary attributes (`f.x = 1`), a dict created on first use, or NULL.
    pub dict: std::cell::Cell<Value>,
    /// The cells of the free variables, a tuple in the code's order, or NULL.
    pub closure: Value,
}

impl Function {
    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        f(self.code);
        f(self.globals);
        f(self.name.get());
        f(self.qualname.get());
        f(self.doc.get());
        f(self.defaults.get());
        f(self.kwdefaults.get());
        f(self.dict.get());
        f(self.closure);
    }
}

pub struct BuiltinFn {
    pub name: &'static str,
    pub func: NativeFn,
    /// The receiver of a bound builtin method, or NULL.
    pub self_: Value,
    /// For a method of a builtin type whose instances subclasses can wrap (list, dict,
    /// str, int, ...): that type. A receiver that is an instance of a subclass of it is
    /// replaced by the builtin value it wraps before the call (`objects::subclass`), so
    /// the method acts on the real list or str. NULL for everything else.
    pub owner: Value,
}

pub fn make_function(vm: &mut Vm, code: Value, globals: Value, defaults: Value, kwdefaults: Value, closure: Value) -> Value {
    let (name, qualname, doc) = code.as_code().map(|c| (c.name, c.qualname, c.doc)).unwrap_or((Value::NONE, Value::NONE, Value::NONE));
    vm.alloc(super::ObjKind::Function(Box::new(Function {
        code,
        globals,
        name: Cell::new(name),
        qualname: Cell::new(qualname),
        doc: Cell::new(doc),
        defaults: Cell::new(defaults),
        kwdefaults: Cell::new(kwdefaults),
        dict: std::cell::Cell::new(Value::NULL),
        closure,
    })))
}
