//! Exception propagation through frames, and printing tracebacks as CPython does.

use super::{PyErr, PyResult, Vm};
use crate::objects::exception::set_context;
use crate::value::Value;
use std::fmt::Write;

/// Finds a handler for `exc` raised at the top frame's current instruction, popping
/// frames until one handles it. Ok(()) means execution continues at the handler (the
/// exception is in the handler's register); Err means the exception left the frame at
/// `entry_depth`. A re-raise adds no traceback entry for the frame that re-raises.
pub fn unwind(vm: &mut Vm, exc: PyErr, entry_depth: usize, reraise: bool) -> PyResult<()> {
    let e = exc.0;
    if !reraise {
        set_context(vm, e);
    }
    let mut first = true;
    loop {
        let depth = match vm.frames.len().checked_sub(1) {
            Some(d) => d,
            None => return Err(exc),
        };
        let (code_v, pc, base) = {
            let f = &vm.frames[depth];
            (f.code, f.pc.saturating_sub(1), f.base)
        };
        if !(first && reraise) {
            if let Some(ex) = e.as_exc() {
                ex.traceback.borrow_mut().push((code_v, pc as u32));
            }
        }
        first = false;
        if let Some(h) = code_v.as_code().and_then(|c| c.handler_for(pc)) {
            vm.set_slot(base + h.reg as usize, e);
            vm.frames[depth].pc = h.target as usize;
            return Ok(());
        }
        let popped = vm.frames.pop();
        if depth <= entry_depth || popped.map(|f| f.entry).unwrap_or(true) {
            return Err(exc);
        }
    }
}

fn source_line(vm: &Vm, filename: &str, line: u32) -> Option<String> {
    let src = vm.sources.get(filename)?;
    src.lines().nth(line.checked_sub(1)? as usize).map(|l| l.trim().to_string())
}

fn format_one(vm: &mut Vm, e: Value, out: &mut String) {
    let ex = match e.as_exc() {
        Some(x) => x,
        None => return,
    };
    let tb = ex.traceback.borrow().clone();
    if !tb.is_empty() {
        out.push_str("Traceback (most recent call last):\n");
        for &(code_v, pc) in tb.iter().rev() {
            if let Some(c) = code_v.as_code() {
                let line = c.line_for(pc as usize);
                let _ = writeln!(out, "  File \"{}\", line {}, in {}", c.filename, line, c.name.as_str().unwrap_or("?"));
                if let Some(src) = source_line(vm, &c.filename, line) {
                    if !src.is_empty() {
                        let _ = writeln!(out, "    {}", src);
                    }
                }
            }
        }
    }
    let name = ex.class_name();
    let msg = crate::objects::exception::exc_str(vm, ex).unwrap_or_else(|_| "<exception str() failed>".into());
    if msg.is_empty() {
        let _ = writeln!(out, "{}", name);
    } else {
        let _ = writeln!(out, "{}: {}", name, msg);
    }
}

/// The full report for an uncaught exception, chained causes and contexts first.
pub fn format_exception(vm: &mut Vm, e: Value) -> String {
    let mut chain = vec![e];
    let mut cur = e;
    while let Some(ex) = cur.as_exc() {
        let next = if !ex.cause.get().is_none() {
            ex.cause.get()
        } else if !ex.suppress_context.get() && !ex.context.get().is_none() {
            ex.context.get()
        } else {
            break;
        };
        if chain.contains(&next) || chain.len() > 100 {
            break;
        }
        chain.push(next);
        cur = next;
    }
    let mut out = String::new();
    for i in (0..chain.len()).rev() {
        format_one(vm, chain[i], &mut out);
        if i > 0 {
            let newer = chain[i - 1].as_exc();
            let by_cause = newer.map(|n| !n.cause.get().is_none()).unwrap_or(false);
            if by_cause {
                out.push_str("\nThe above exception was the direct cause of the following exception:\n\n");
            } else {
                out.push_str("\nDuring handling of the above exception, another exception occurred:\n\n");
            }
        }
    }
    out
}

/// CPython's report of a SyntaxError.
pub fn format_syntax_error(err: &crate::compiler::CompileError) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "  File \"{}\", line {}", err.filename, err.line);
    if let Some(text) = &err.text {
        let trimmed = text.trim_start();
        let indent = text.len() - trimmed.len();
        let _ = writeln!(out, "    {}", trimmed.trim_end());
        let col = (err.col as usize).saturating_sub(1).saturating_sub(indent);
        let _ = writeln!(out, "    {}^", " ".repeat(col.min(trimmed.len())));
    }
    let _ = writeln!(out, "SyntaxError: {}", err.msg);
    out
}
