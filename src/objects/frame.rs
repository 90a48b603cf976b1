//! Frame objects (`sys._getframe()`, `frame.f_back`): a running frame's code, its
//! namespaces, its current line and its caller, as native objects. While the frame
//! runs, `f_lineno` and `f_locals` read it as it is now, as CPython's do; once it has
//! returned, they give what it was when the object was made.
//!
//! Traceback objects (`exc.__traceback__`, `tb_next`): one per frame an exception
//! passed through, outermost first, made on demand from the exception's record of
//! (code, pc) pairs. Their `tb_frame` knows its code and line; the frames were gone
//! before anyone asked, so its namespaces are None.

use super::native::{self, NativeData};
use super::ObjKind;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub struct FrameObj {
    /// Where the frame is in `Vm::frames`, and its registers: while the entry at
    /// `index` has these registers and this code, it is the frame, still running.
    index: usize,
    regs: *mut Value,
    code: Value,
    globals: Value,
    /// The namespace `f_locals` gives: a dict, or the mapping of a class body or `exec`.
    locals: Value,
    lineno: u32,
    /// The calling frame's object, or None.
    back: Value,
}

impl NativeData for FrameObj {
    fn trace(&self, f: &mut dyn FnMut(Value)) {
        f(self.code);
        f(self.globals);
        f(self.locals);
        f(self.back);
    }
}

/// The frame object of the frame `depth` calls below the innermost one (0: the frame
/// that called the native function now running), with its callers.
pub fn getframe(vm: &mut Vm, depth: usize) -> PyResult<Value> {
    let n = vm.frames.len();
    if depth >= n {
        return Err(vm.value_error("call stack is not deep enough"));
    }
    let t = frame_type(vm);
    // outermost first, so each object can point at its caller's; no safepoint runs
    // in this loop, so the objects made so far need no rooting
    let mut back = Value::NONE;
    for i in 0..n - depth {
        let f = &vm.frames[i];
        let (code, globals, regs) = (f.code, f.globals, f.regs);
        let lineno = current_line(f);
        let locals = frame_locals(vm, i)?;
        back = native::new_object(vm, t, FrameObj { index: i, regs, code, globals, locals, lineno, back });
    }
    Ok(back)
}

/// The line frame `f` is running (its pc is past the instruction running).
fn current_line(f: &crate::vm::Frame) -> u32 {
    f.code.as_code().map_or(0, |c| c.line_for(f.pc.saturating_sub(1)))
}

impl FrameObj {
    /// The frame's index in `Vm::frames` while it is still running.
    fn live_index(&self, vm: &Vm) -> Option<usize> {
        vm.frames.get(self.index).filter(|f| f.regs == self.regs && f.code == self.code).map(|_| self.index)
    }
}

/// What `f_locals` shows for frame number `i`: a class body's (or `exec`'s) namespace,
/// the module's globals, or a new dict of a function's bound locals.
pub fn frame_locals(vm: &mut Vm, i: usize) -> PyResult<Value> {
    let f = &vm.frames[i];
    if !f.locals.is_null() {
        return Ok(f.locals);
    }
    if is_module_level(f.code) {
        return Ok(f.globals);
    }
    let bound = bound_locals(vm, i);
    let d = vm.new_dict();
    for (k, v) in bound {
        super::ops::dict_set_str(vm, d, k, v);
    }
    Ok(d)
}

/// True for the code of a module (or of `exec`'d source), whose locals are its globals.
fn is_module_level(code: Value) -> bool {
    code.as_code().is_some_and(|c| c.name.as_str() == Some("<module>"))
}

/// The named locals of frame number `i` that are bound, with their values (a cell's
/// contents for the variables shared with nested functions), in register order.
fn bound_locals(vm: &Vm, i: usize) -> Vec<(Value, Value)> {
    let f = &vm.frames[i];
    let Some(code) = f.code.as_code() else { return Vec::new() };
    let nlocals = code.nlocals as usize;
    // cell registers: those the function makes cells in, and its free variables
    let mut is_cell = vec![false; nlocals];
    for pc in 0..code.instrs.len() {
        let ins = code.instr(pc);
        if ins.op() == crate::bytecode::opcodes::Op::MakeCell && ins.a() < nlocals {
            is_cell[ins.a()] = true;
        }
    }
    let nfree = (code.nfree as usize).min(nlocals);
    is_cell[nlocals - nfree..].iter_mut().for_each(|c| *c = true);
    let mut out = Vec::new();
    for (r, &name) in code.varnames.iter().enumerate().take(nlocals) {
        // SAFETY: frame `i` is live and has `nregs >= nlocals` registers at `regs`.
        let v = unsafe { *f.regs.add(r) };
        let v = match v.kind() {
            Some(ObjKind::Cell(c)) if is_cell[r] => c.get(),
            _ => v,
        };
        if !v.is_null() && v != Value::UNBOUND {
            out.push((name, v));
        }
    }
    out
}

/// A frame object for a frame that has already returned, of which only the code and
/// the line are known (a traceback's frame).
fn detached_frame(vm: &mut Vm, code: Value, lineno: u32) -> Value {
    let t = frame_type(vm);
    let data = FrameObj { index: usize::MAX, regs: std::ptr::null_mut(), code, globals: Value::NONE, locals: Value::NONE, lineno, back: Value::NONE };
    native::new_object(vm, t, data)
}

pub struct TracebackObj {
    exc: Value,
    /// Position of this entry among the exception's frames, outermost first.
    index: usize,
}

impl NativeData for TracebackObj {
    fn trace(&self, f: &mut dyn FnMut(Value)) {
        f(self.exc);
    }
}

/// `exc.__traceback__`: the traceback object of the outermost frame the exception
/// passed through, or None.
pub fn traceback_of(vm: &mut Vm, exc: Value) -> Value {
    match exc.as_exc() {
        Some(e) if !e.traceback.borrow().is_empty() => traceback_at(vm, exc, 0),
        _ => Value::NONE,
    }
}

fn traceback_at(vm: &mut Vm, exc: Value, index: usize) -> Value {
    let t = traceback_type(vm);
    native::new_object(vm, t, TracebackObj { exc, index })
}

/// The frames (code, pc) from a traceback object's entry inwards, or all of an
/// exception's; innermost first, as exceptions record them.
pub fn frames_from(v: Value) -> Option<Vec<(Value, u32)>> {
    if let Some(e) = v.as_exc() {
        return Some(e.traceback.borrow().clone());
    }
    let tb = native::data::<TracebackObj>(v)?;
    let all = tb.exc.as_exc()?.traceback.borrow().clone();
    Some(all[..all.len().saturating_sub(tb.index)].to_vec())
}

/// The entry's (code, pc).
fn tb_entry(tb: &TracebackObj) -> Option<(Value, u32)> {
    let all = tb.exc.as_exc()?.traceback.borrow();
    let n = all.len();
    n.checked_sub(tb.index + 1).map(|i| all[i])
}

fn tb_this<'a>(vm: &mut Vm, a: &[Value]) -> PyResult<&'a TracebackObj> {
    native::expect::<TracebackObj>(vm, a.first().copied().unwrap_or(Value::NONE), "traceback", "__get__")
}

fn tb_line(tb: &TracebackObj) -> u32 {
    tb_entry(tb).and_then(|(c, pc)| c.as_code().map(|c| c.line_for(pc as usize))).unwrap_or(0)
}

/// The `traceback` type, made on first use.
fn traceback_type(vm: &mut Vm) -> Value {
    if !vm.module_state.traceback_type.is_null() {
        return vm.module_state.traceback_type;
    }
    let t = native::new_type(vm, "traceback", "builtins", Value::NULL, None, &[]);
    native::add_getter(vm, t, "tb_lineno", |vm, a, _| Ok(Value::small_int(tb_line(tb_this(vm, a)?) as i64)));
    native::add_getter(vm, t, "tb_lasti", |vm, a, _| Ok(Value::small_int(tb_entry(tb_this(vm, a)?).map_or(0, |(_, pc)| pc as i64 * 2))));
    native::add_getter(vm, t, "tb_next", |vm, a, _| {
        let tb = tb_this(vm, a)?;
        let n = tb.exc.as_exc().map_or(0, |e| e.traceback.borrow().len());
        Ok(if tb.index + 1 < n { traceback_at(vm, tb.exc, tb.index + 1) } else { Value::NONE })
    });
    native::add_getter(vm, t, "tb_frame", |vm, a, _| {
        let tb = tb_this(vm, a)?;
        let line = tb_line(tb);
        let code = tb_entry(tb).map_or(Value::NONE, |(c, _)| c);
        Ok(detached_frame(vm, code, line))
    });
    vm.module_state.traceback_type = t;
    t
}

/// The `frame` type, made on first use.
fn frame_type(vm: &mut Vm) -> Value {
    if !vm.module_state.frame_type.is_null() {
        return vm.module_state.frame_type;
    }
    let t = native::new_type(vm, "frame", "builtins", Value::NULL, None, &[("__repr__", frame_repr)]);
    native::add_getter(vm, t, "f_code", |vm, a, _| Ok(this(vm, a)?.code));
    native::add_getter(vm, t, "f_globals", |vm, a, _| Ok(this(vm, a)?.globals));
    native::add_getter(vm, t, "f_locals", |vm, a, _| {
        let f = this(vm, a)?;
        match f.live_index(vm) {
            Some(i) => frame_locals(vm, i),
            None => Ok(f.locals),
        }
    });
    native::add_getter(vm, t, "f_lineno", |vm, a, _| {
        let f = this(vm, a)?;
        let line = f.live_index(vm).map_or(f.lineno, |i| current_line(&vm.frames[i]));
        Ok(Value::small_int(line as i64))
    });
    native::add_getter(vm, t, "f_back", |vm, a, _| Ok(this(vm, a)?.back));
    native::add_getter(vm, t, "f_builtins", |vm, _a, _| Ok(vm.builtins));
    vm.module_state.frame_type = t;
    t
}

fn this<'a>(vm: &mut Vm, a: &[Value]) -> PyResult<&'a FrameObj> {
    native::expect::<FrameObj>(vm, a.first().copied().unwrap_or(Value::NONE), "frame", "__get__")
}

fn frame_repr(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let f = native::expect::<FrameObj>(vm, a.first().copied().unwrap_or(Value::NONE), "frame", "__repr__")?;
    let (file, name) = match f.code.as_code() {
        Some(c) => (c.filename.to_string(), c.name.as_str().unwrap_or("?").to_string()),
        None => (String::from("?"), String::from("?")),
    };
    let line = f.live_index(vm).map_or(f.lineno, |i| current_line(&vm.frames[i]));
    let addr = a[0].obj_ptr() as usize;
    let s = format!("<frame at {:#x}, file '{}', line {}, code {}>", addr, file, line, name);
    Ok(vm.new_string(s))
}
