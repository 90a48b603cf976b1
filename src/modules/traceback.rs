//! `_pvm_traceback`: the pieces `lib/traceback.py` builds CPython's `traceback`
//! functions from, formatted by the same code that reports uncaught exceptions
//! (`vm::traceback`), so both print the same text, carets included.

use crate::builtins::args::{arity, int_arg, no_kwargs};
use crate::objects::function::NativeFn;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub fn init(vm: &mut Vm, name: &str) -> PyResult<Value> {
    let (m, d) = super::new_native_module(vm, name);
    let funcs: &[(&'static str, NativeFn)] =
        &[("format_tb", tb_format_tb), ("format_exception_only", tb_format_exception_only), ("extract", tb_extract), ("source_line", tb_source_line)];
    super::add_functions(vm, d, funcs);
    Ok(m)
}

/// The frames of an exception or traceback object, innermost first.
fn frames(vm: &mut Vm, v: Value) -> PyResult<Vec<(Value, u32)>> {
    if v.is_none() {
        return Ok(Vec::new());
    }
    match crate::objects::frame::frames_from(v) {
        Some(f) => Ok(f),
        None => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("expected an exception or a traceback, not '{}'", tn)))
        }
    }
}

fn limit_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<i64>> {
    match v {
        None => Ok(None),
        Some(v) if v.is_none() => Ok(None),
        Some(&v) => int_arg(vm, v).map(Some),
    }
}

/// `format_tb(exc_or_tb, limit=None)`: one str per frame entry.
fn tb_format_tb(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(vm, "format_tb", kw)?;
    arity(vm, "format_tb", a, 1, 2)?;
    let fr = frames(vm, a[0])?;
    let limit = limit_arg(vm, a.get(1))?;
    let entries = crate::vm::traceback::format_entries(vm, &fr, limit);
    let items = entries.iter().map(|e| vm.new_str(e)).collect();
    Ok(vm.new_list(items))
}

/// `format_exception_only(exc)`: the report's last lines, as one str.
fn tb_format_exception_only(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(vm, "format_exception_only", kw)?;
    arity(vm, "format_exception_only", a, 1, 1)?;
    let s = crate::vm::traceback::format_exception_only(vm, a[0]);
    Ok(vm.new_string(s))
}

/// `extract(exc_or_tb, limit=None)`: (filename, lineno, name, stripped line or None)
/// per frame, outermost first.
fn tb_extract(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(vm, "extract", kw)?;
    arity(vm, "extract", a, 1, 2)?;
    let fr = frames(vm, a[0])?;
    let limit = limit_arg(vm, a.get(1))?;
    let mut out = Vec::new();
    for (code_v, pc) in crate::vm::traceback::limited(&fr, limit) {
        let Some(c) = code_v.as_code() else { continue };
        let line = c.line_for(pc as usize);
        let (filename, name) = (c.filename.clone(), c.name);
        let text = crate::vm::traceback::source_line(vm, &filename, line);
        let text = match text {
            Some(t) => vm.new_str(t.trim()),
            None => Value::NONE,
        };
        let f = vm.new_str(&filename);
        let item = vm.new_tuple(vec![f, Value::small_int(line as i64), name, text]);
        vm.roots.push(item);
        out.push(item);
    }
    let n = out.len();
    let l = vm.new_list(out);
    vm.roots.truncate(vm.roots.len() - n);
    Ok(l)
}

/// `source_line(filename, lineno)`: the line's text with its indentation, or ''.
fn tb_source_line(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(vm, "source_line", kw)?;
    arity(vm, "source_line", a, 2, 2)?;
    let filename = a[0].as_str().unwrap_or("").to_string();
    let line = int_arg(vm, a[1])?;
    let text = u32::try_from(line).ok().and_then(|l| crate::vm::traceback::source_line(vm, &filename, l)).unwrap_or_default();
    Ok(vm.new_string(text))
}
