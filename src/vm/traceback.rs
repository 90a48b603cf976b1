//! Exception propagation through frames, and printing tracebacks as CPython does.

use super::{PyErr, PyResult, Vm};
use crate::objects::exception::set_context;
use crate::value::Value;
use std::fmt::Write;

/// Finds a handler for `exc` raised at the top frame's current instruction, popping
/// frames until one handles it. Ok(()) means execution continues at the handler (the
/// exception is in the handler's register); Err means the exception left the frame at
/// `entry_depth`. A re-raise adds no traceback entry for the frame that re-raises.
pub fn unwind(vm: &mut Vm, mut exc: PyErr, entry_depth: usize, reraise: bool) -> PyResult<()> {
    let mut e = exc.0;
    // CPython chains an exception to the one being handled when it is raised, not
    // while it propagates: an exception that already passed through a Python frame
    // (it comes back from a call into Python, such as a with-statement's __exit__)
    // keeps the context it got there, even if that code changed it afterwards. A
    // `raise` statement sets the context itself (`Raise`), so re-raising an old
    // exception object chains it anew.
    if !reraise && e.as_exc().map(|x| x.traceback.borrow().is_empty()).unwrap_or(true) {
        set_context(vm, e);
    }
    let mut first = true;
    loop {
        let depth = match vm.frames.len().checked_sub(1) {
            Some(d) => d,
            None => return Err(exc),
        };
        let (code_v, pc, regs) = {
            let f = &vm.frames[depth];
            (f.code, f.pc.saturating_sub(1), f.regs)
        };
        if !(first && reraise) {
            if let Some(ex) = e.as_exc() {
                ex.traceback.borrow_mut().push((code_v, pc as u32));
                vm.write_barrier(e, code_v);
            }
        }
        first = false;
        if let Some(h) = code_v.as_code().and_then(|c| c.handler_for(pc)) {
            // SAFETY: handler registers are below the code's nregs, inside the frame's
            // registers.
            unsafe { *regs.add(h.reg as usize) = e };
            vm.frames[depth].pc = h.target as usize;
            return Ok(());
        }
        let popped = vm.frames.pop();
        if let Some(f) = popped.as_ref().filter(|f| !f.gen.is_null()) {
            crate::objects::generator::finished(vm, f);
            // PEP 479: a StopIteration leaving a generator would end the loop driving
            // it without a trace, so it becomes a RuntimeError
            let kind = f.gen.as_generator().map(|g| (g.kind_name(), g.is_async_gen)).unwrap_or(("generator", false));
            if vm.is_instance(e, vm.types.stop_iteration) || (kind.1 && vm.is_instance(e, vm.types.stop_async_iteration)) {
                e = generator_raised_stop_iteration(vm, e, f.code, f.pc.saturating_sub(1), kind.0);
                exc = PyErr(e);
            }
        }
        if depth <= entry_depth || popped.map(|f| f.is_entry()).unwrap_or(true) {
            return Err(exc);
        }
    }
}

#[cold]
fn generator_raised_stop_iteration(vm: &mut Vm, stop: Value, code: Value, pc: usize, kind: &str) -> Value {
    let c = vm.types.runtime_error;
    let what = if vm.is_instance(stop, vm.types.stop_async_iteration) { "StopAsyncIteration" } else { "StopIteration" };
    let e = vm.new_exc(c, &format!("{} raised {}", kind, what));
    if let Some(ex) = e.as_exc() {
        ex.cause.set(stop);
        ex.context.set(stop);
        ex.suppress_context.set(true);
        ex.traceback.borrow_mut().push((code, pc as u32));
    }
    e
}

/// The raw text of a source line (with its indentation, without the newline). Like
/// CPython's linecache, a file that is not loaded yet (an imported module whose code
/// came from the bytecode cache) is read now; pseudo-files such as `<string>` have no
/// lines.
pub fn source_line(vm: &mut Vm, filename: &str, line: u32) -> Option<String> {
    if filename.starts_with('<') {
        return None;
    }
    if !vm.sources.contains_key(filename) {
        let text = std::fs::read(filename).ok().map(|b| String::from_utf8_lossy(&b).into_owned()).unwrap_or_default();
        vm.sources.insert(std::rc::Rc::from(filename), std::rc::Rc::from(text));
    }
    let src = vm.sources.get(filename)?;
    src.lines().nth(line.checked_sub(1)? as usize).map(|l| l.to_string())
}

/// Character index of a UTF-8 byte offset within `s` (clamped).
fn char_offset(s: &str, byte: usize) -> usize {
    let byte = byte.min(s.len());
    let mut b = byte;
    while b > 0 && !s.is_char_boundary(b) {
        b -= 1;
    }
    s[..b].chars().count()
}

/// Where the `~`/`^` split goes for a binary operation or a subscript, in characters of
/// `segment`, found by parsing the segment as CPython 3.11 does; None for anything else.
fn caret_anchors(segment: &str) -> Option<(usize, usize)> {
    use rustpython_parser::ast::{Expr, Ranged, Stmt};
    let suite = <rustpython_parser::ast::Suite as rustpython_parser::Parse>::parse(segment, "<segment>").ok()?;
    if suite.len() != 1 {
        return None;
    }
    let expr = match &suite[0] {
        Stmt::Expr(e) => &*e.value,
        _ => return None,
    };
    let chars: Vec<char> = segment.chars().collect();
    let at = |i: usize| chars.get(i).copied();
    match expr {
        Expr::BinOp(b) => {
            // the first operator character after the left operand, skipping whitespace and
            // the closing parentheses of a parenthesized left operand (CPython's C version)
            let from = char_offset(segment, usize::from(b.left.range().end()));
            let to = char_offset(segment, usize::from(b.right.range().start()));
            let mut found = None;
            let mut i = from;
            while i < to {
                let c = at(i)?;
                if !c.is_whitespace() {
                    let mut right = i + 1;
                    if i + 1 < to && !at(i + 1).map(char::is_whitespace).unwrap_or(true) {
                        right += 1;
                    }
                    found = Some((i, right));
                    if !(c == ')' && i + 1 < to) {
                        break;
                    }
                }
                i += 1;
            }
            found
        }
        Expr::Subscript(s) => {
            let mut left = char_offset(segment, usize::from(s.value.range().end()));
            let mut right = char_offset(segment, usize::from(s.slice.range().end()) + 1);
            while let Some(c) = at(left) {
                if c == '[' {
                    break;
                }
                left += 1;
            }
            while let Some(c) = at(right) {
                if c == ']' {
                    break;
                }
                right += 1;
            }
            if right < chars.len() {
                right += 1;
            }
            Some((left, right))
        }
        _ => None,
    }
}

/// CPython 3.11's marker line under a traceback's source line (`~~~^^^`), if any.
fn caret_line(raw: &str, pos: crate::bytecode::code::Pos) -> Option<String> {
    let stripped = raw.trim();
    if stripped.is_empty() {
        return None;
    }
    let indent = raw.chars().count() - raw.trim_start().chars().count();
    let start = char_offset(raw, pos.col as usize);
    let mut end = char_offset(raw, pos.end_col as usize);
    let mut anchors = None;
    if pos.line == pos.end_line {
        let segment: String = raw.chars().skip(start).take(end.saturating_sub(start)).collect();
        anchors = caret_anchors(&segment);
    } else {
        end = raw.trim_end().chars().count();
    }
    if end <= start {
        return None;
    }
    let width = end - start;
    let shows = width < stripped.chars().count() || anchors.map(|(l, r)| r > l).unwrap_or(false);
    if !shows || start < indent {
        return None;
    }
    let mut out = String::from("    ");
    out.push_str(&" ".repeat(start - indent));
    match anchors {
        Some((l, r)) => {
            let (l, r) = (l.min(width), r.min(width).max(l.min(width)));
            out.push_str(&"~".repeat(l));
            out.push_str(&"^".repeat(r - l));
            out.push_str(&"~".repeat(width - r));
        }
        None => out.push_str(&"^".repeat(width)),
    }
    Some(out)
}

fn format_one(vm: &mut Vm, e: Value, out: &mut String) {
    let Some(ex) = e.as_exc() else { return };
    let tb = ex.traceback.borrow().clone();
    if !tb.is_empty() {
        out.push_str("Traceback (most recent call last):\n");
        for entry in format_entries(vm, &tb, None) {
            out.push_str(&entry);
        }
    }
    out.push_str(&format_exception_only(vm, e));
}

/// The frames of a traceback (`(code, pc)`, innermost first), outermost first, at most
/// `limit` of them (the outermost ones; a negative limit keeps the innermost ones).
pub fn limited(tb: &[(Value, u32)], limit: Option<i64>) -> Vec<(Value, u32)> {
    let mut frames: Vec<(Value, u32)> = tb.iter().rev().copied().collect();
    match limit {
        Some(n) if n >= 0 => frames.truncate(n as usize),
        Some(n) => {
            let keep = n.unsigned_abs() as usize;
            if frames.len() > keep {
                frames.drain(..frames.len() - keep);
            }
        }
        None => {}
    }
    frames
}

/// The report's entry for each frame of `tb` (innermost first), as CPython's
/// `traceback.format_tb` gives them: file, line and function, the source line and its
/// carets. A run of identical entries (same file, line and function) shows its first
/// three, then one "[Previous line repeated N more times]" entry.
pub fn format_entries(vm: &mut Vm, tb: &[(Value, u32)], limit: Option<i64>) -> Vec<String> {
    let mut entries = Vec::new();
    let mut last: Option<(std::rc::Rc<str>, u32, Value)> = None;
    let mut repeats = 0usize;
    let flush_repeats = |entries: &mut Vec<String>, repeats: usize| {
        if repeats > 3 {
            let n = repeats - 3;
            entries.push(format!("  [Previous line repeated {} more time{}]\n", n, if n == 1 { "" } else { "s" }));
        }
    };
    for (code_v, pc) in limited(tb, limit) {
        let Some(c) = code_v.as_code() else { continue };
        let line = c.line_for(pc as usize);
        let key = (c.filename.clone(), line, c.name);
        if last.as_ref() == Some(&key) {
            repeats += 1;
        } else {
            flush_repeats(&mut entries, repeats);
            repeats = 1;
            last = Some(key);
        }
        if repeats > 3 {
            continue;
        }
        let mut out = String::new();
        let _ = writeln!(out, "  File \"{}\", line {}, in {}", c.filename, line, c.name.as_str().unwrap_or("?"));
        if let Some(raw) = source_line(vm, &c.filename, line) {
            if !raw.trim().is_empty() {
                let _ = writeln!(out, "    {}", raw.trim());
                if let Some(carets) = c.pos_for(pc as usize).and_then(|p| caret_line(&raw, p)) {
                    let _ = writeln!(out, "{}", carets);
                }
            }
        }
        entries.push(out);
    }
    flush_repeats(&mut entries, repeats);
    entries
}

/// The last lines of an exception's report: `Kind: message` (a SyntaxError's location
/// first), as CPython's `traceback.format_exception_only` gives them.
pub fn format_exception_only(vm: &mut Vm, e: Value) -> String {
    let Some(ex) = e.as_exc() else { return String::new() };
    let name = ex
        .class
        .as_type()
        .map(|t| if t.module == "builtins" || t.module == "__main__" { t.qualname.clone() } else { format!("{}.{}", t.module, t.qualname) })
        .unwrap_or_default();
    if let Some(text) = syntax_error_location(vm, ex) {
        // a SyntaxError raised by an import shows where the error is, then its bare
        // message
        return text;
    }
    let msg = crate::objects::repr::str_of(vm, e).unwrap_or_else(|_| "<exception str() failed>".into());
    if msg.is_empty() {
        format!("{}\n", name)
    } else {
        format!("{}: {}\n", name, msg)
    }
}

/// The end of the report of a SyntaxError exception that knows its location: the
/// file, line, source text and caret, and the kind with the bare message.
fn syntax_error_location(vm: &mut Vm, ex: &crate::objects::ExcObj) -> Option<String> {
    if !ex.class.as_type().is_some_and(|t| t.is_subtype_of(vm.types.syntax_error)) {
        return None;
    }
    let field = |vm: &mut Vm, n: &str| crate::objects::exception::builtin_field(vm, ex, n).filter(|v| !v.is_none());
    let msg = field(vm, "msg")?.as_str()?.to_string();
    let filename = field(vm, "filename").and_then(|f| f.as_str().map(str::to_string)).unwrap_or_else(|| "<string>".into());
    let line = field(vm, "lineno").filter(|l| l.is_int()).map(|l| l.as_int() as u32).unwrap_or(0);
    let col = field(vm, "offset").filter(|c| c.is_int()).map(|c| c.as_int().max(0) as u32).unwrap_or(0);
    let text = field(vm, "text").and_then(|t| t.as_str().map(|s| s.trim_end_matches('\n').to_string()));
    let err = crate::compiler::CompileError { kind: crate::compiler::ErrorKind::Syntax, msg, filename, line, col, text };
    let report = format_syntax_error(&err);
    // the kind is the exception's own class, whatever the message suggests
    let name = ex.class.as_type().map(|t| t.name.clone()).unwrap_or_default();
    let (location, last) = report.trim_end_matches('\n').rsplit_once('\n').unwrap_or(("", report.as_str()));
    let bare = last.split_once(": ").map(|(_, m)| m).unwrap_or(last);
    let mut out = String::new();
    if !location.is_empty() {
        out.push_str(location);
        out.push('\n');
    }
    let _ = writeln!(out, "{}: {}", name, bare);
    Some(out)
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
    format_syntax_error_spanning(err, 1)
}

/// `format_syntax_error` with a caret `width` characters wide.
pub fn format_syntax_error_spanning(err: &crate::compiler::CompileError, width: usize) -> String {
    let mut out = String::new();
    if err.kind == crate::compiler::ErrorKind::Recursion {
        let _ = writeln!(out, "RecursionError: {}", err.msg);
        return out;
    }
    let _ = writeln!(out, "  File \"{}\", line {}", err.filename, err.line);
    let indentation = err.msg.contains("indent");
    if let Some(text) = &err.text {
        let trimmed = text.trim_start();
        let indent = text.len() - trimmed.len();
        let _ = writeln!(out, "    {}", trimmed.trim_end());
        // CPython shows no caret for unexpected indentation, nor where it has no column
        if !(err.msg.contains("unexpected indent") || err.msg.contains("unindent") || err.col == 0) {
            let col = (err.col as usize).saturating_sub(1).saturating_sub(indent);
            let _ = writeln!(out, "    {}{}", " ".repeat(col.min(trimmed.len())), "^".repeat(width.max(1)));
        }
    }
    // CPython raises IndentationError (a SyntaxError subclass) for indentation problems
    let kind = if err.msg.starts_with("inconsistent use of tabs") {
        "TabError"
    } else if indentation {
        "IndentationError"
    } else {
        "SyntaxError"
    };
    let _ = writeln!(out, "{}: {}", kind, err.msg);
    out
}
