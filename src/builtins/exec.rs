//! `exec(source, globals)`: runs Python source text in a namespace, as a module's
//! code runs in its dict. Standard modules written in Python (dataclasses,
//! namedtuple-like builders) make functions with real signatures this way.

use super::args::bind;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// `exec(source, globals=None, locals=None)`.
pub fn b_exec(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = bind(vm, "exec", a, kw, &["source", "globals", "locals"], 1)?;
    let given = |i: usize| !p[i].is_null() && !p[i].is_none();
    let globals = if given(1) { p[1] } else { vm.frames.last().map(|f| f.globals).unwrap_or(Value::NONE) };
    if globals.as_dict().is_none() {
        let t = vm.type_name(globals);
        return Err(vm.type_error(format!("exec() globals must be a dict, not {}", t)));
    }
    if given(2) && p[2] != globals {
        return Err(not_supported(vm, "exec() with a locals mapping other than its globals"));
    }
    let source = match p[0].as_str() {
        Some(s) => s.to_string(),
        None if p[0].as_code().is_some() => return Err(not_supported(vm, "exec() of a code object")),
        None => return Err(vm.type_error("exec() arg 1 must be a string, bytes or code object")),
    };
    // as CPython: a namespace without `__builtins__` gets the builtins module
    let bk = vm.intern("__builtins__");
    if crate::objects::ops::dict_get(vm, globals, bk)?.is_none() {
        let b = crate::modules::import::gcd_import(vm, "builtins")?;
        crate::objects::ops::dict_set_str(vm, globals, bk, b);
    }
    let code = crate::compiler::compile_module(vm, &source, "<string>").map_err(|e| crate::modules::import::syntax_error(vm, &e))?;
    vm.roots.push(code);
    let r = vm.exec_module_code(code, globals);
    vm.roots.pop();
    r.map(|_| Value::NONE)
}

#[cold]
fn not_supported(vm: &mut Vm, what: &str) -> crate::vm::PyErr {
    let c = vm.types.not_implemented_error;
    vm.err(c, &format!("PVM does not support {} yet", what))
}
