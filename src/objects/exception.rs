//! Exception instances: args, traceback entries, context and cause, and the raise rules.

use super::ObjKind;
use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};
use std::cell::{Cell, RefCell};

pub struct ExcObj {
    pub class: Value,
    pub args: Cell<Value>,
    /// (code object, pc) of each frame the exception passed through, innermost first.
    pub traceback: RefCell<Vec<(Value, u32)>>,
    pub context: Cell<Value>,
    pub cause: Cell<Value>,
    pub suppress_context: Cell<bool>,
    /// `__dict__`, created when an attribute is first set (user exception classes).
    pub dict: Cell<Value>,
}

impl ExcObj {
    pub fn new(class: Value, args: Value) -> ExcObj {
        ExcObj {
            class,
            args: Cell::new(args),
            traceback: RefCell::new(Vec::new()),
            context: Cell::new(Value::NONE),
            cause: Cell::new(Value::NONE),
            suppress_context: Cell::new(false),
            dict: Cell::new(Value::NULL),
        }
    }

    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        f(self.class);
        f(self.args.get());
        f(self.context.get());
        f(self.cause.get());
        f(self.dict.get());
        for &(c, _) in self.traceback.borrow().iter() {
            f(c);
        }
    }

    /// The single str argument, if that is what the exception carries.
    pub fn message(&self) -> Option<String> {
        let a = self.args.get();
        let t = a.as_tuple()?;
        if t.len() == 1 {
            t[0].as_str().map(|s| s.to_string())
        } else {
            None
        }
    }

    pub fn class_name(&self) -> String {
        self.class.as_type().map(|t| t.name.clone()).unwrap_or_default()
    }
}

/// Constructor shared by every exception class: `E(*args)`.
pub fn exc_ctor(vm: &mut Vm, cls: Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    if !kwnames.is_empty() {
        let n = cls.as_type().map(|t| t.name.clone()).unwrap_or_default();
        return Err(vm.type_error(format!("{}() takes no keyword arguments", n)));
    }
    Ok(vm.new_exc_args(cls, args.to_vec()))
}

/// str(e): '' for no args, str(arg) for one, str(args) for more; KeyError uses repr.
pub fn exc_str(vm: &mut Vm, e: &ExcObj) -> PyResult<String> {
    let args: Vec<Value> = e.args.get().as_tuple().map(|t| t.to_vec()).unwrap_or_default();
    if args.len() == 5 {
        if let Some(t) = e.class.as_type() {
            let decode = t.is_subtype_of(vm.types.unicode_decode_error);
            if decode || t.is_subtype_of(vm.types.unicode_encode_error) {
                if let Some(s) = super::codecs::unicode_error_str(decode, &args) {
                    return Ok(s);
                }
            }
        }
    }
    match args.len() {
        0 => Ok(String::new()),
        1 => {
            if e.class.as_type().map(|t| t.is_subtype_of(vm.types.key_error)).unwrap_or(false) {
                super::repr::repr(vm, args[0])
            } else {
                super::repr::str_of(vm, args[0])
            }
        }
        _ => super::repr::repr(vm, e.args.get()),
    }
}

/// The exception object `raise x` raises: an instance as is, a class instantiated.
pub fn make_raisable(vm: &mut Vm, x: Value) -> PyResult<Value> {
    if x.as_exc().is_some() {
        return Ok(x);
    }
    if let Some(t) = x.as_type() {
        if t.is_exception.get() || t.is_subtype_of(vm.types.base_exception) {
            let e = super::types::call_type(vm, x, &[], &[])?;
            if e.as_exc().is_some() {
                return Ok(e);
            }
        }
    }
    Err(vm.type_error("exceptions must derive from BaseException"))
}

/// `raise e from c`.
pub fn set_cause(vm: &mut Vm, e: Value, cause: Value) -> PyResult<()> {
    let c = if cause.is_none() {
        Value::NONE
    } else {
        match make_raisable(vm, cause) {
            Ok(c) => c,
            Err(_) => return Err(vm.type_error("exception causes must derive from BaseException")),
        }
    };
    if let Some(ex) = e.as_exc() {
        ex.cause.set(c);
        ex.suppress_context.set(true);
        vm.write_barrier(e, c);
    }
    Ok(())
}

/// `except cls:` matching, with a class or a tuple of classes.
pub fn exc_matches(vm: &mut Vm, e: Value, cls: Value) -> PyResult<bool> {
    if let Some(t) = cls.as_tuple() {
        for &c in t.iter() {
            if exc_matches(vm, e, c)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    match cls.as_type() {
        Some(t) if t.is_subtype_of(vm.types.base_exception) => Ok(vm.is_instance(e, cls)),
        _ => Err(vm.type_error("catching classes that do not inherit from BaseException is not allowed")),
    }
}

/// Sets `__context__` on a newly raised exception from the one being handled.
pub fn set_context(vm: &mut Vm, e: Value) {
    let h = vm.handled;
    if h.is_none() || h == e {
        return;
    }
    if let Some(ex) = e.as_exc() {
        // avoid a cycle: if e is already in h's context chain, cut it there
        let mut cur = h;
        let mut steps = 0;
        while let Some(c) = cur.as_exc() {
            let next = c.context.get();
            if next == e {
                c.context.set(Value::NONE);
                break;
            }
            cur = next;
            steps += 1;
            if steps > 10_000 {
                break;
            }
        }
        ex.context.set(h);
        vm.write_barrier(e, h);
    }
}

pub fn new_stop_iteration(vm: &mut Vm, value: Option<Value>) -> PyErr {
    let c = vm.types.stop_iteration;
    PyErr(vm.new_exc_args(c, value.into_iter().collect()))
}

pub fn is_exception_value(v: Value) -> bool {
    matches!(v.kind(), Some(ObjKind::Exception(_)))
}
