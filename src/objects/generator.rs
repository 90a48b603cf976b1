//! Generator objects: a suspended frame kept in the generator itself, and the
//! `send`/`throw`/`close` protocol.
//!
//! A generator owns its frame's registers. Resuming it pushes a frame whose register
//! pointer is that buffer, so `yield` and resumption move nothing but the program
//! counter; calls made from such a frame copy their argument window to the main stack
//! (`Cx::window`). `yield from` is a `Send`/`Yield` loop in the generator's code; while
//! suspended in one, the generator's delegate is the `Send` instruction's iterator
//! register, which `throw` and `close` forward to as CPython does.

use super::ObjKind;
use crate::bytecode::opcodes::{Instr, Op};
use crate::value::Value;
use crate::vm::{Frame, PyErr, PyResult, Vm, STACK_SLOTS};
use std::cell::{Cell, RefCell};

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum GenState {
    /// Made by the call; the body has not started.
    Created,
    Suspended,
    Running,
    /// Returned or raised: it yields nothing more.
    Finished,
}

pub struct GenObj {
    /// Made by an `async def`: a coroutine, driven by `await` or `send`.
    pub is_coroutine: bool,
    /// Made by an `async def` containing `yield`: an async generator, driven by the
    /// awaitables its `asend`/`athrow`/`aclose`/`__anext__` make.
    pub is_async_gen: bool,
    /// An async generator with one of those awaitables in progress.
    pub running_async: Cell<bool>,
    pub code: Value,
    pub globals: Value,
    pub name: Cell<Value>,
    pub qualname: Cell<Value>,
    /// The frame's registers. The box is replaced (emptied) only when the generator
    /// finishes, never while its frame runs, so a running frame's pointer stays valid.
    pub regs: RefCell<Box<[Cell<Value>]>>,
    /// Where the frame resumes.
    pub pc: Cell<usize>,
    /// The register of the `yield` it is suspended at: the value sent in goes there.
    pub yield_dst: Cell<u32>,
    /// The code's register count (the length of `regs` until the generator finishes).
    pub nregs: usize,
    pub state: Cell<GenState>,
    /// The exception being handled inside the generator while it is suspended in an
    /// except clause, and the resumer's one while it runs (swapped at each switch).
    pub handled: Cell<Value>,
    /// Listed in `Vm::dirty_generators` since the last collection.
    pub dirty: Cell<bool>,
}

impl GenObj {
    /// A generator made by a plain `def`: iterable, and what `yield from` takes.
    #[inline]
    pub fn is_plain(&self) -> bool {
        !self.is_coroutine && !self.is_async_gen
    }

    /// "generator", "coroutine" or "async generator", as messages name it.
    pub fn kind_name(&self) -> &'static str {
        if self.is_async_gen {
            "async generator"
        } else if self.is_coroutine {
            "coroutine"
        } else {
            "generator"
        }
    }

    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        f(self.code);
        f(self.globals);
        f(self.name.get());
        f(self.qualname.get());
        f(self.handled.get());
        for r in self.regs.borrow().iter() {
            f(r.get());
        }
    }

    /// Pointer to the first register.
    pub fn regs_ptr(&self) -> *mut Value {
        self.regs.borrow().as_ptr() as *mut Value
    }

    /// Frees the registers: a finished generator keeps nothing alive.
    pub fn finish(&self) {
        self.state.set(GenState::Finished);
        *self.regs.borrow_mut() = Box::new([]);
        self.handled.set(Value::NONE);
    }
}

/// What a resumption ended with.
pub enum Resumed {
    Yielded(Value),
    Returned(Value),
}

/// Makes the generator for a call of generator function `func` whose frame (arguments
/// bound, other registers initialized) is in the `nregs` main-stack slots at `at`.
pub fn new_generator(vm: &mut Vm, func: &super::Function, at: usize) -> Value {
    let code = func.code.as_code().expect("function code");
    let regs: Box<[Cell<Value>]> = (0..code.nregs as usize).map(|i| Cell::new(vm.slot(at + i))).collect();
    vm.alloc(ObjKind::Generator(Box::new(GenObj {
        is_coroutine: code.flags & crate::bytecode::code::FLAG_COROUTINE != 0,
        is_async_gen: code.flags & crate::bytecode::code::FLAG_ASYNC_GENERATOR != 0,
        running_async: Cell::new(false),
        code: func.code,
        globals: func.globals,
        name: Cell::new(func.name.get()),
        qualname: Cell::new(func.qualname.get()),
        regs: RefCell::new(regs),
        pc: Cell::new(0),
        yield_dst: Cell::new(0),
        nregs: code.nregs as usize,
        state: Cell::new(GenState::Created),
        handled: Cell::new(Value::NONE),
        dirty: Cell::new(false),
    })))
}

impl Value {
    #[inline]
    pub fn as_generator<'a>(self) -> Option<&'a GenObj> {
        match self.kind() {
            Some(ObjKind::Generator(g)) => Some(g),
            _ => None,
        }
    }
}

/// How the suspended frame continues.
enum Input {
    /// The value of the `yield` expression it stopped at.
    Send(Value),
    /// An exception raised at that `yield`.
    Throw(Value),
    /// Registers already set; continue at the saved pc.
    Continue,
}

/// Runs the generator until it yields, returns or raises.
fn resume(vm: &mut Vm, gen: Value, input: Input) -> PyResult<Resumed> {
    let g = match gen.as_generator() {
        Some(g) => g,
        None => return Err(vm.type_error("not a generator")),
    };
    match g.state.get() {
        GenState::Running => return Err(vm.value_error("generator already executing")),
        GenState::Finished => {
            return match input {
                Input::Throw(e) => Err(PyErr(e)),
                _ if g.is_coroutine => Err(vm.runtime_error("cannot reuse already awaited coroutine")),
                _ => Ok(Resumed::Returned(Value::NONE)),
            }
        }
        GenState::Created => match input {
            Input::Send(v) if !v.is_none() => {
                let kind = g.kind_name();
                return Err(vm.type_error(format!("can't send non-None value to a just-started {}", kind)));
            }
            Input::Throw(e) => {
                // the body never ran: the exception comes out of its first line
                g.finish();
                return Err(PyErr(e));
            }
            _ => {}
        },
        GenState::Suspended => {}
    }
    let top = resume_slot(vm, g)?;
    // slot `top` receives what the frame yields or returns
    vm.set_slot(top, Value::NONE);
    let regs = g.regs_ptr();
    if let Input::Send(v) = input {
        if g.state.get() == GenState::Suspended {
            // SAFETY: the yield's destination register is an operand of its code, below
            // nregs, inside the generator's register buffer.
            unsafe { *regs.add(g.yield_dst.get() as usize) = v };
        }
    }
    enter_as_entry_frame(vm, gen, g, regs, top);
    let r = match input {
        Input::Throw(e) => {
            let depth = vm.frames.len() - 1;
            match crate::vm::traceback::unwind(vm, PyErr(e), depth, false) {
                Ok(()) => crate::vm::dispatch::run(vm),
                Err(e) => Err(e),
            }
        }
        _ => crate::vm::dispatch::run(vm),
    };
    vm.native_depth -= 1;
    match r {
        Ok(v) => Ok(if g.state.get() == GenState::Suspended { Resumed::Yielded(v) } else { Resumed::Returned(v) }),
        Err(e) => Err(e),
    }
}

/// Resumes generator `gen` as a frame called by the running frame, whose `ForIter` or
/// `Send` instruction waits for it: a yield or return writes to `ret_dst` and the
/// interpreter goes on in the caller (see `Cx::Yield` and `Cx::do_return`), so the
/// loop costs no native re-entry. `sent` is the value of the suspended yield;
/// `caller_pc` is where the caller's frame goes on (saved in it here). False when the
/// generator cannot be resumed this way (running, finished or not one); the caller
/// then takes the general path, which raises the right error.
#[inline(always)]
pub fn push_resumed(vm: &mut Vm, gen: Value, sent: Value, ret_dst: *mut Value, caller_pc: usize) -> PyResult<bool> {
    let g = match gen.as_generator() {
        Some(g) => g,
        None => return Ok(false),
    };
    let state = g.state.get();
    if state != GenState::Suspended && (state != GenState::Created || !sent.is_none()) {
        return Ok(false);
    }
    let depth = vm.frames.len();
    let top = match vm.frames.last_mut() {
        Some(caller) => {
            caller.pc = caller_pc;
            caller.top
        }
        None => return Ok(false),
    };
    // the frame's calls copy their windows from `top` on (`Cx::window`)
    if top + 1 + g.nregs >= STACK_SLOTS || depth >= vm.recursion_limit {
        return Err(resume_too_deep(vm));
    }
    let regs = g.regs_ptr();
    if state == GenState::Suspended {
        // SAFETY: `yield_dst` is the register operand of the yield the generator is
        // suspended at, below nregs, inside the register buffer.
        unsafe { *regs.add(g.yield_dst.get() as usize) = sent };
    }
    g.state.set(GenState::Running);
    let caller_handled = vm.handled;
    vm.handled = g.handled.get();
    g.handled.set(caller_handled);
    vm.frames.push(Frame {
        code: g.code,
        globals: g.globals,
        locals: Value::NULL,
        init_self: Value::NULL,
        regs,
        base: top,
        top,
        pc: g.pc.get(),
        ret_dst,
        gen,
        flags: 0,
    });
    Ok(true)
}

#[cold]
#[inline(never)]
fn resume_too_deep(vm: &mut Vm) -> PyErr {
    vm.recursion_error()
}

/// The frame of generator `gen` stopped at a `yield` whose destination register is
/// `yield_dst`, to go on at `pc`: it has left the frame stack, and the resumer's
/// handled exception comes back. Called by the `Yield` instruction.
#[inline(always)]
pub fn suspend(vm: &mut Vm, gen: Value, pc: usize, yield_dst: usize) {
    if let Some(g) = gen.as_generator() {
        g.pc.set(pc);
        g.yield_dst.set(yield_dst as u32);
        g.state.set(GenState::Suspended);
        let inner = vm.handled;
        vm.handled = g.handled.get();
        g.handled.set(inner);
        // Registers are written without barriers while the frame runs, so an old
        // generator may now hold young values: the next minor collection rescans it.
        if !g.dirty.get() && vm.heap.is_old(gen) {
            mark_dirty(vm, gen, g);
        }
    }
}

#[cold]
#[inline(never)]
fn mark_dirty(vm: &mut Vm, gen: Value, g: &GenObj) {
    g.dirty.set(true);
    vm.dirty_generators.push(gen);
}

/// How a consumer took an item (`drive`, `iter::for_each_item`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Take {
    /// Taken; the next one, please.
    More,
    /// Taken; no more (`any` found a true item...).
    Stop,
    /// Only when called with `native` set: taking it would run Python code (a special
    /// method, a key function); call again with `native` clear.
    Defer,
}

/// A native consumer of a generator's values (`drive`): a closure, type-erased so the
/// `Yield` instruction can call it.
pub struct Sink {
    data: *mut (),
    call: unsafe fn(*mut (), &mut Vm, Value, bool) -> PyResult<Take>,
    /// What the closure raised: the run ends, and `drive` raises it.
    error: Option<PyErr>,
}

/// # Safety
/// `data` points at a live `F` no one else is using.
unsafe fn call_sink<F: FnMut(&mut Vm, Value, bool) -> PyResult<Take>>(data: *mut (), vm: &mut Vm, v: Value, native: bool) -> PyResult<Take> {
    // SAFETY: by this function's contract.
    unsafe { (*(data as *mut F))(vm, v, native) }
}

/// Runs generator `gen` (which the caller roots), giving each value it yields to
/// `sink` until it returns or `sink` stops. The generator's frame runs in one
/// interpreter run, and each yield calls `sink` from the `Yield` instruction
/// (`Cx::yield_to_sink`), so a native consumer (`sum`, `max`, `list`...) costs no
/// re-entry of the interpreter per item. `sink(vm, item, native)` is first called with
/// `native` set, the generator's frame still running: it takes the item if that runs
/// no Python code, else answers `Defer`; then it is called again with the generator
/// suspended as after any yield, so its Python code may inspect or resume it.
pub fn drive<F: FnMut(&mut Vm, Value, bool) -> PyResult<Take>>(vm: &mut Vm, gen: Value, mut sink: F) -> PyResult<()> {
    let g = match gen.as_generator() {
        Some(g) if g.is_plain() && matches!(g.state.get(), GenState::Created | GenState::Suspended) => g,
        _ => {
            // running, finished or a coroutine: `next` raises or ends as it should
            while let Some(x) = next(vm, gen)? {
                if sink(vm, x, false)? == Take::Stop {
                    break;
                }
            }
            return Ok(());
        }
    };
    let top = resume_slot(vm, g)?;
    vm.set_slot(top, Value::NONE);
    let f = Frame {
        code: g.code,
        globals: g.globals,
        locals: Value::NULL,
        init_self: Value::NULL,
        regs: std::ptr::null_mut(),
        base: top + 1,
        top: top + 1,
        pc: 0,
        ret_dst: vm.slot_ptr(top),
        gen,
        flags: crate::vm::FRAME_ENTRY | crate::vm::FRAME_SINK,
    };
    repush(vm, &f);
    vm.gen_sinks.push(Sink { data: &mut sink as *mut F as *mut (), call: call_sink::<F>, error: None });
    vm.native_depth += 1;
    let r = crate::vm::dispatch::run(vm);
    vm.native_depth -= 1;
    let done = vm.gen_sinks.pop();
    if let Some(e) = done.and_then(|s| s.error) {
        return Err(e);
    }
    r.map(|_| ())
}

/// Pushes again the frame `f` of a generator `drive` runs, suspended at a yield (whose
/// value is None) or not started. False when the generator is no longer suspended:
/// the sink's Python code ran it to its end.
pub fn repush(vm: &mut Vm, f: &Frame) -> bool {
    let g = match f.gen.as_generator() {
        Some(g) => g,
        None => return false,
    };
    let state = g.state.get();
    if state != GenState::Suspended && state != GenState::Created {
        return false;
    }
    let regs = g.regs_ptr();
    if state == GenState::Suspended {
        // SAFETY: as in `push_resumed`.
        unsafe { *regs.add(g.yield_dst.get() as usize) = Value::NONE };
    }
    g.state.set(GenState::Running);
    let caller_handled = vm.handled;
    vm.handled = g.handled.get();
    g.handled.set(caller_handled);
    vm.frames.push(Frame { regs, pc: g.pc.get(), ..*f });
    true
}

/// A generator `drive` runs yielded `v`: gives it to the innermost sink (see `drive`
/// for `native`). An error the sink raises is kept for `drive`, and stops the run.
pub fn feed_sink(vm: &mut Vm, v: Value, native: bool) -> Take {
    let (data, call) = match vm.gen_sinks.last() {
        Some(s) => (s.data, s.call),
        None => return Take::Stop,
    };
    // SAFETY: the entry was pushed by `drive`, whose closure outlives its run, and
    // sinks nest with the runs: the innermost one belongs to the innermost run.
    match unsafe { call(data, vm, v, native) } {
        Ok(take) => take,
        Err(e) => {
            if let Some(s) = vm.gen_sinks.last_mut() {
                s.error = Some(e);
            }
            Take::Stop
        }
    }
}

/// The generator's frame returned or an exception left it.
pub fn finished(vm: &mut Vm, f: &Frame) {
    if let Some(g) = f.gen.as_generator() {
        vm.handled = g.handled.get();
        g.finish();
    }
}

/// The delegate of a generator suspended in a `yield from`: (iterator, result
/// register, exit pc) from its `Send` instruction.
fn delegate(g: &GenObj) -> Option<(Value, usize, usize)> {
    if g.state.get() != GenState::Suspended {
        return None;
    }
    let code = g.code.as_code()?;
    let pc = g.pc.get();
    if pc < 3 {
        return None;
    }
    let y = code.instr(pc - 1);
    if y.op() != Op::Yield || y.c() != 1 {
        return None;
    }
    let send = code.instr(pc - 3);
    if send.op() != Op::Send {
        return None;
    }
    let exit = Instr(code.instrs[pc - 2].get()).bx();
    let it = g.regs.borrow().get(send.b())?.get();
    Some((it, send.a(), exit))
}

/// `gi_yieldfrom`: the iterator a generator suspended in `yield from` delegates to.
pub fn delegate_of(g: &GenObj) -> Option<Value> {
    delegate(g).map(|(it, _, _)| it)
}

/// `next(gen)` for native iteration: Some(value), or None once it has returned.
pub fn next(vm: &mut Vm, gen: Value) -> PyResult<Option<Value>> {
    if let Some(g) = gen.as_generator() {
        if g.state.get() == GenState::Suspended {
            return next_suspended(vm, gen, g);
        }
    }
    match resume(vm, gen, Input::Send(Value::NONE))? {
        Resumed::Yielded(v) => Ok(Some(v)),
        Resumed::Returned(_) => Ok(None),
    }
}

/// `next` of a suspended generator: `resume` with nothing but what that case needs
/// (native consumers such as `zip` and `map` step generators this way per item).
#[inline]
fn next_suspended(vm: &mut Vm, gen: Value, g: &GenObj) -> PyResult<Option<Value>> {
    let top = resume_slot(vm, g)?;
    vm.set_slot(top, Value::NONE);
    let regs = g.regs_ptr();
    // SAFETY: as in `resume`.
    unsafe { *regs.add(g.yield_dst.get() as usize) = Value::NONE };
    enter_as_entry_frame(vm, gen, g, regs, top);
    let r = crate::vm::dispatch::run(vm);
    vm.native_depth -= 1;
    let v = r?;
    Ok((g.state.get() == GenState::Suspended).then_some(v))
}

/// `gen.send(v)`, with the return value raised as StopIteration(value).
pub fn send(vm: &mut Vm, gen: Value, v: Value) -> PyResult<Value> {
    match resume(vm, gen, Input::Send(v))? {
        Resumed::Yielded(v) => Ok(v),
        Resumed::Returned(r) => Err(stop_iteration(vm, r)),
    }
}

/// Sends into any iterator, as `yield from` does: a generator directly, else
/// `next(it)` for None and `it.send(v)` otherwise.
pub fn send_to(vm: &mut Vm, it: Value, v: Value) -> PyResult<Resumed> {
    if it.as_generator().is_some() {
        return resume(vm, it, Input::Send(v));
    }
    if awaitable_of(it).is_some() {
        return await_step(vm, it, AwaitInput::Send(v));
    }
    let r = if v.is_none() {
        if super::class::has_user_class(it) {
            // its StopIteration's value is the value of the `yield from`
            match super::class::call_special(vm, it, "__next__", &[]) {
                Ok(Some(x)) => Ok(x),
                Ok(None) => {
                    let t = vm.type_name(it);
                    Err(vm.type_error(format!("'{}' object is not an iterator", t)))
                }
                Err(e) => Err(e),
            }
        } else {
            match super::iter::next(vm, it) {
                Ok(Some(x)) => return Ok(Resumed::Yielded(x)),
                Ok(None) => return Ok(Resumed::Returned(Value::NONE)),
                Err(e) => Err(e),
            }
        }
    } else {
        let name = vm.intern("send");
        match super::attr::getattr(vm, it, name) {
            Ok(m) => vm.call(m, &[v]),
            Err(e) => Err(e),
        }
    };
    match r {
        Ok(x) => Ok(Resumed::Yielded(x)),
        Err(e) if vm.is_instance(e.0, vm.types.stop_iteration) => Ok(Resumed::Returned(stop_value(e.0))),
        Err(e) => Err(e),
    }
}

/// The value a StopIteration carries.
pub fn stop_value(e: Value) -> Value {
    e.as_exc().and_then(|x| x.args.get().as_tuple().and_then(|t| t.first().copied())).unwrap_or(Value::NONE)
}

/// StopIteration for a generator's return value (none for None).
pub fn stop_iteration(vm: &mut Vm, r: Value) -> PyErr {
    super::exception::new_stop_iteration(vm, if r.is_none() { None } else { Some(r) })
}

/// `gen.throw(exc)`: raises `exc` where the generator is suspended, forwarding it to
/// the delegate of a `yield from` first.
pub fn throw(vm: &mut Vm, gen: Value, exc: Value) -> PyResult<Resumed> {
    let g = match gen.as_generator() {
        Some(g) => g,
        None => return Err(vm.type_error("not a generator")),
    };
    if let Some((d, res_reg, exit)) = delegate(g) {
        let ge = vm.types.generator_exit;
        let outcome: PyResult<Resumed> = if vm.is_instance(exc, ge) {
            // the delegate is closed, then the exception is raised here
            match close_iter(vm, d) {
                Ok(()) => return resume(vm, gen, Input::Throw(exc)),
                Err(e) => return resume(vm, gen, Input::Throw(e.0)),
            }
        } else if d.as_generator().is_some() {
            vm.roots.push(d);
            let r = throw(vm, d, exc);
            vm.roots.pop();
            r
        } else {
            let name = vm.intern("throw");
            match super::attr::getattr(vm, d, name) {
                Ok(m) => match vm.call(m, &[exc]) {
                    Ok(v) => Ok(Resumed::Yielded(v)),
                    Err(e) if vm.is_instance(e.0, vm.types.stop_iteration) => Ok(Resumed::Returned(stop_value(e.0))),
                    Err(e) => Err(e),
                },
                Err(_) => return resume(vm, gen, Input::Throw(exc)),
            }
        };
        return match outcome {
            Ok(Resumed::Yielded(v)) => Ok(Resumed::Yielded(v)),
            Ok(Resumed::Returned(v)) => {
                // the delegate finished: the yield from's value is v, and on we go
                if let Some(cell) = g.regs.borrow().get(res_reg) {
                    cell.set(v);
                }
                g.pc.set(exit);
                resume(vm, gen, Input::Continue)
            }
            Err(e) => resume(vm, gen, Input::Throw(e.0)),
        };
    }
    resume(vm, gen, Input::Throw(exc))
}

/// Closes any iterator that has a `close` method (generators directly).
fn close_iter(vm: &mut Vm, it: Value) -> PyResult<()> {
    if it.as_generator().is_some() {
        return close(vm, it);
    }
    let name = vm.intern("close");
    if let Ok(m) = super::attr::getattr(vm, it, name) {
        vm.call(m, &[])?;
    }
    Ok(())
}

/// `gen.close()`: GeneratorExit raised where it is suspended; yielding again is an error.
pub fn close(vm: &mut Vm, gen: Value) -> PyResult<()> {
    let g = match gen.as_generator() {
        Some(g) => g,
        None => return Ok(()),
    };
    match g.state.get() {
        GenState::Created | GenState::Finished => {
            g.finish();
            return Ok(());
        }
        GenState::Running => return Err(vm.value_error("generator already executing")),
        GenState::Suspended => {}
    }
    let ge = vm.types.generator_exit;
    let exc = vm.new_exc_args(ge, Vec::new());
    match throw(vm, gen, exc) {
        Ok(Resumed::Yielded(_)) => Err(vm.runtime_error("generator ignored GeneratorExit")),
        Ok(Resumed::Returned(_)) => Ok(()),
        Err(e) if vm.is_instance(e.0, ge) || vm.is_instance(e.0, vm.types.stop_iteration) => Ok(()),
        Err(e) => Err(e),
    }
}

/// The exception `gen.throw(typ[, val])` raises: an instance, or a class called with
/// the value.
pub fn throw_arg(vm: &mut Vm, typ: Value, val: Option<Value>) -> PyResult<Value> {
    if typ.as_exc().is_some() {
        if val.is_some_and(|v| !v.is_none()) {
            return Err(vm.type_error("instance exception may not have a separate value"));
        }
        return Ok(typ);
    }
    match typ.as_type() {
        Some(t) if t.is_subtype_of(vm.types.base_exception) => {
            let args: Vec<Value> = match val {
                Some(v) if v.as_exc().is_some() => return Ok(v),
                Some(v) if v.is_none() => Vec::new(),
                Some(v) => match v.as_tuple() {
                    Some(t) => t.to_vec(),
                    None => vec![v],
                },
                None => Vec::new(),
            };
            crate::vm::call::call_native_or_type(vm, typ, &args, &[])
        }
        _ => {
            let t = vm.type_name(typ);
            Err(vm.type_error(format!("exceptions must be classes or instances deriving from BaseException, not {}", t)))
        }
    }
}

// ---------------------------------------------------------------- methods

fn this(vm: &mut Vm, a: &[Value], what: &str) -> PyResult<Value> {
    match a.first() {
        Some(&g) if g.as_generator().is_some() => Ok(g),
        _ => Err(vm.type_error(format!("descriptor '{}' requires a 'generator' object", what))),
    }
}

pub fn gen_send(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let g = this(vm, a, "send")?;
    if a.len() != 2 {
        return Err(vm.type_error(format!("generator.send() takes exactly one argument ({} given)", a.len() - 1)));
    }
    send(vm, g, a[1])
}

pub fn gen_next(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let g = this(vm, a, "__next__")?;
    match resume(vm, g, Input::Send(Value::NONE))? {
        Resumed::Yielded(v) => Ok(v),
        Resumed::Returned(r) => Err(stop_iteration(vm, r)),
    }
}

pub fn gen_iter(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    this(vm, a, "__iter__")
}

pub fn gen_throw(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let g = this(vm, a, "throw")?;
    if a.len() < 2 || a.len() > 4 {
        return Err(vm.type_error(format!("throw expected at least 1 argument, got {}", a.len().saturating_sub(1))));
    }
    let exc = throw_arg(vm, a[1], a.get(2).copied())?;
    match throw(vm, g, exc)? {
        Resumed::Yielded(v) => Ok(v),
        Resumed::Returned(r) => Err(stop_iteration(vm, r)),
    }
}

pub fn gen_close(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let g = this(vm, a, "close")?;
    close(vm, g)?;
    Ok(Value::NONE)
}

// ---------------------------------------------------------------- coroutines

/// `coro.__await__()`: an iterator over the coroutine's steps (`coroutine_wrapper`).
pub fn coro_await(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let c = this(vm, a, "__await__")?;
    Ok(new_awaitable(vm, AwaitKind::Wrapper, c, Value::NONE))
}

/// What `await o` iterates: a coroutine itself, else the iterator `o.__await__()` returns.
pub fn get_awaitable(vm: &mut Vm, o: Value) -> PyResult<Value> {
    if awaitable_of(o).is_some_and(|(kind, ..)| kind != AwaitKind::Wrapper) {
        return Ok(o);
    }
    if let Some(g) = o.as_generator() {
        if g.is_coroutine {
            if g.state.get() == GenState::Running {
                return Err(vm.runtime_error("coroutine is being awaited already"));
            }
            return Ok(o);
        }
    }
    if super::class::has_user_class(o) {
        if let Some(it) = super::class::call_special(vm, o, "__await__", &[])? {
            if it.as_generator().is_some_and(|g| g.is_coroutine) {
                return Err(vm.type_error("__await__() returned a coroutine"));
            }
            if !super::iter::is_iterator(vm, it) {
                let t = vm.type_name(it);
                return Err(vm.type_error(format!("__await__() returned non-iterator of type '{}'", t)));
            }
            return Ok(it);
        }
    }
    let t = vm.type_name(o);
    Err(vm.type_error(format!("object {} can't be used in 'await' expression", t)))
}

/// `async for`'s iterator: `o.__aiter__()`.
pub fn get_aiter(vm: &mut Vm, o: Value) -> PyResult<Value> {
    if o.as_generator().is_some_and(|g| g.is_async_gen) {
        return Ok(o);
    }
    if super::class::has_user_class(o) {
        if let Some(it) = super::class::call_special(vm, o, "__aiter__", &[])? {
            return Ok(it);
        }
    }
    let t = vm.type_name(o);
    Err(vm.type_error(format!("'async for' requires an object with __aiter__ method, got {}", t)))
}

/// The awaitable of one `async for` step: `it.__anext__()`, made awaitable.
pub fn get_anext(vm: &mut Vm, it: Value) -> PyResult<Value> {
    if it.as_generator().is_some_and(|g| g.is_async_gen) {
        return Ok(new_awaitable(vm, AwaitKind::ASend, it, Value::NONE));
    }
    if super::class::has_user_class(it) {
        if let Some(aw) = super::class::call_special(vm, it, "__anext__", &[])? {
            vm.roots.push(aw);
            let r = get_awaitable(vm, aw);
            vm.roots.pop();
            return match r {
                Ok(x) => Ok(x),
                Err(_) => {
                    let t = vm.type_name(aw);
                    Err(vm.type_error(format!("'async for' received an invalid object from __anext__: {}", t)))
                }
            };
        }
    }
    let t = vm.type_name(it);
    Err(vm.type_error(format!("'async for' requires an iterator with __anext__ method, got {}", t)))
}

// ---------------------------------------------------------------- native awaitables

/// What a native awaitable (`IterState::Await`) does with the coroutine or async
/// generator it drives.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum AwaitKind {
    /// `coro.__await__()`: the coroutine's steps, as an iterator.
    Wrapper,
    /// `agen.asend(v)` and `agen.__anext__()`: the async generator runs to its next
    /// `yield`, whose value is the result.
    ASend,
    /// `agen.athrow(...)`: an exception raised where the async generator is suspended.
    AThrow,
    /// `agen.aclose()`: GeneratorExit raised there; a value yielded back is an error.
    AClose,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum AwaitState {
    /// Made, not stepped yet.
    Init,
    /// Stepped: the generator is suspended in an `await` of its own.
    Iter,
    /// Finished: stepping it again is an error.
    Done,
}

/// A native awaitable over a coroutine or an async generator `gen`; `arg` is the value
/// `asend` sends first, or the exception `athrow` throws first.
pub struct Awaitable {
    pub kind: AwaitKind,
    pub gen: Value,
    pub arg: Value,
    pub state: AwaitState,
}

/// What goes into a native awaitable's step.
pub enum AwaitInput {
    Send(Value),
    Throw(Value),
}

pub fn new_awaitable(vm: &mut Vm, kind: AwaitKind, gen: Value, arg: Value) -> Value {
    super::iter::new_iter(vm, super::IterState::Await(Awaitable { kind, gen, arg, state: AwaitState::Init }))
}

/// The native awaitable `v` is, if it is one: (kind, generator, argument, state).
pub fn awaitable_of(v: Value) -> Option<(AwaitKind, Value, Value, AwaitState)> {
    match v.kind() {
        Some(ObjKind::Iter(c)) => match &*c.try_borrow().ok()? {
            super::IterState::Await(a) => Some((a.kind, a.gen, a.arg, a.state)),
            _ => None,
        },
        _ => None,
    }
}

fn set_await_state(aw: Value, state: AwaitState) {
    if let Some(ObjKind::Iter(c)) = aw.kind() {
        if let Ok(mut st) = c.try_borrow_mut() {
            if let super::IterState::Await(a) = &mut *st {
                a.state = state;
            }
        }
    }
}

/// Whether async generator `gen`, suspended, stopped at a yield of an `await` inside
/// it (whose value passes through to the event loop) rather than at a `yield` of its
/// own body (whose value is the result of the awaitable stepping it).
fn suspended_in_await(g: &GenObj) -> bool {
    if g.state.get() != GenState::Suspended {
        return false;
    }
    let pc = g.pc.get();
    match g.code.as_code() {
        Some(code) if pc >= 1 && pc <= code.instrs.len() => {
            let y = code.instr(pc - 1);
            y.op() == Op::Yield && y.c() == 1
        }
        _ => false,
    }
}

/// One step of native awaitable `aw`: Yielded(v) is a value passing through to
/// whoever drives the `await` (an event loop), Returned(v) the awaitable's result.
pub fn await_step(vm: &mut Vm, aw: Value, input: AwaitInput) -> PyResult<Resumed> {
    let (kind, gen, arg, state) = match awaitable_of(aw) {
        Some(x) => x,
        None => return Err(vm.type_error("not an awaitable")),
    };
    let g = match gen.as_generator() {
        Some(g) => g,
        None => return Err(vm.type_error("not an awaitable")),
    };
    if kind == AwaitKind::Wrapper {
        return match input {
            AwaitInput::Send(v) => resume(vm, gen, Input::Send(v)),
            AwaitInput::Throw(e) => throw(vm, gen, e),
        };
    }
    let what = match kind {
        AwaitKind::ASend => "__anext__()/asend()",
        _ => "aclose()/athrow()",
    };
    if state == AwaitState::Done {
        return Err(vm.runtime_error(format!("cannot reuse already awaited {}", what)));
    }
    let r = if state == AwaitState::Init {
        if g.running_async.get() {
            let op = match kind {
                AwaitKind::ASend => "anext",
                AwaitKind::AThrow => "athrow",
                _ => "aclose",
            };
            return Err(vm.runtime_error(format!("{}(): asynchronous generator is already running", op)));
        }
        if let AwaitInput::Send(v) = input {
            if !v.is_none() {
                return Err(vm.runtime_error("can't send non-None value to a just-started coroutine"));
            }
        }
        match kind {
            AwaitKind::ASend => {
                set_await_state(aw, AwaitState::Iter);
                g.running_async.set(true);
                match input {
                    AwaitInput::Send(_) => resume(vm, gen, Input::Send(arg)),
                    AwaitInput::Throw(e) => throw(vm, gen, e),
                }
            }
            _ => {
                // nothing to throw into once it has finished (or, for aclose, before it
                // has started)
                let st = g.state.get();
                if st == GenState::Finished || (kind == AwaitKind::AClose && st == GenState::Created) {
                    g.finish();
                    set_await_state(aw, AwaitState::Done);
                    return match kind {
                        AwaitKind::AClose => Ok(Resumed::Returned(Value::NONE)),
                        _ => Err(stop_async_iteration(vm)),
                    };
                }
                set_await_state(aw, AwaitState::Iter);
                g.running_async.set(true);
                let exc = match input {
                    AwaitInput::Throw(e) => e,
                    AwaitInput::Send(_) if kind == AwaitKind::AClose => {
                        let ge = vm.types.generator_exit;
                        vm.new_exc_args(ge, Vec::new())
                    }
                    AwaitInput::Send(_) => arg,
                };
                vm.roots.push(exc);
                let r = throw(vm, gen, exc);
                vm.roots.pop();
                r
            }
        }
    } else {
        match input {
            AwaitInput::Send(v) => resume(vm, gen, Input::Send(v)),
            AwaitInput::Throw(e) => throw(vm, gen, e),
        }
    };
    let out = match r {
        Ok(Resumed::Yielded(v)) if suspended_in_await(g) => return Ok(Resumed::Yielded(v)),
        Ok(Resumed::Yielded(v)) => match kind {
            AwaitKind::AClose => Err(vm.runtime_error("async generator ignored GeneratorExit")),
            _ => Ok(Resumed::Returned(v)),
        },
        Ok(Resumed::Returned(_)) => match kind {
            AwaitKind::AClose => Ok(Resumed::Returned(Value::NONE)),
            _ => Err(stop_async_iteration(vm)),
        },
        Err(e) if kind == AwaitKind::AClose && (vm.is_instance(e.0, vm.types.generator_exit) || vm.is_instance(e.0, vm.types.stop_async_iteration)) => {
            Ok(Resumed::Returned(Value::NONE))
        }
        Err(e) => Err(e),
    };
    set_await_state(aw, AwaitState::Done);
    g.running_async.set(false);
    out
}

fn stop_async_iteration(vm: &mut Vm) -> PyErr {
    let c = vm.types.stop_async_iteration;
    PyErr(vm.new_exc_args(c, Vec::new()))
}

fn this_awaitable(vm: &mut Vm, a: &[Value], what: &str) -> PyResult<Value> {
    match a.first() {
        Some(&aw) if awaitable_of(aw).is_some() => Ok(aw),
        _ => Err(vm.type_error(format!("descriptor '{}' requires an awaitable", what))),
    }
}

/// `aw.send(v)`: the next value passing through, or StopIteration(result).
pub fn aw_send(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let aw = this_awaitable(vm, a, "send")?;
    if a.len() != 2 {
        return Err(vm.type_error(format!("send() takes exactly one argument ({} given)", a.len() - 1)));
    }
    match await_step(vm, aw, AwaitInput::Send(a[1]))? {
        Resumed::Yielded(v) => Ok(v),
        Resumed::Returned(r) => Err(stop_iteration(vm, r)),
    }
}

pub fn aw_next(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let aw = this_awaitable(vm, a, "__next__")?;
    match await_step(vm, aw, AwaitInput::Send(Value::NONE))? {
        Resumed::Yielded(v) => Ok(v),
        Resumed::Returned(r) => Err(stop_iteration(vm, r)),
    }
}

pub fn aw_throw(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let aw = this_awaitable(vm, a, "throw")?;
    if a.len() < 2 || a.len() > 4 {
        return Err(vm.type_error(format!("throw expected at least 1 argument, got {}", a.len().saturating_sub(1))));
    }
    let exc = throw_arg(vm, a[1], a.get(2).copied())?;
    match await_step(vm, aw, AwaitInput::Throw(exc))? {
        Resumed::Yielded(v) => Ok(v),
        Resumed::Returned(r) => Err(stop_iteration(vm, r)),
    }
}

pub fn aw_close(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let aw = this_awaitable(vm, a, "close")?;
    if let Some((kind, gen, _, state)) = awaitable_of(aw) {
        if kind == AwaitKind::Wrapper {
            close(vm, gen)?;
            return Ok(Value::NONE);
        }
        if state == AwaitState::Iter {
            if let Some(g) = gen.as_generator() {
                g.running_async.set(false);
            }
        }
        set_await_state(aw, AwaitState::Done);
    }
    Ok(Value::NONE)
}

/// `asend(...).__await__()`, `__iter__()`: the awaitable itself.
pub fn aw_self(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    this_awaitable(vm, a, "__await__")
}

// ---------------------------------------------------------------- async generators

fn this_agen(vm: &mut Vm, a: &[Value], what: &str) -> PyResult<Value> {
    match a.first() {
        Some(&g) if g.as_generator().is_some_and(|g| g.is_async_gen) => Ok(g),
        _ => Err(vm.type_error(format!("descriptor '{}' requires a 'async_generator' object", what))),
    }
}

pub fn agen_aiter(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    this_agen(vm, a, "__aiter__")
}

pub fn agen_anext(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let g = this_agen(vm, a, "__anext__")?;
    Ok(new_awaitable(vm, AwaitKind::ASend, g, Value::NONE))
}

pub fn agen_asend(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let g = this_agen(vm, a, "asend")?;
    if a.len() != 2 {
        return Err(vm.type_error(format!("async_generator.asend() takes exactly one argument ({} given)", a.len() - 1)));
    }
    Ok(new_awaitable(vm, AwaitKind::ASend, g, a[1]))
}

pub fn agen_athrow(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let g = this_agen(vm, a, "athrow")?;
    if a.len() < 2 || a.len() > 4 {
        return Err(vm.type_error(format!("athrow expected at least 1 argument, got {}", a.len().saturating_sub(1))));
    }
    let exc = throw_arg(vm, a[1], a.get(2).copied())?;
    Ok(new_awaitable(vm, AwaitKind::AThrow, g, exc))
}

pub fn agen_aclose(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let g = this_agen(vm, a, "aclose")?;
    Ok(new_awaitable(vm, AwaitKind::AClose, g, Value::NONE))
}

/// Marks generator `g` running, swaps its handled-exception state with the caller's,
/// and pushes its frame as the entry frame of a native run whose result goes to
/// main-stack slot `top`. The frame roots the generator while it runs; the caller
/// roots it before and after.
fn enter_as_entry_frame(vm: &mut Vm, gen: Value, g: &GenObj, regs: *mut Value, top: usize) {
    g.state.set(GenState::Running);
    let caller_handled = vm.handled;
    vm.handled = g.handled.get();
    g.handled.set(caller_handled);
    vm.frames.push(Frame {
        code: g.code,
        globals: g.globals,
        locals: Value::NULL,
        init_self: Value::NULL,
        regs,
        base: top + 1,
        top: top + 1,
        pc: g.pc.get(),
        ret_dst: vm.slot_ptr(top),
        gen,
        flags: crate::vm::FRAME_ENTRY,
    });
    vm.native_depth += 1;
}

/// The main-stack slot a resumed generator's entry frame returns into (its frame goes
/// above it), or RecursionError when the native nesting or the stack has no room left.
#[inline(always)]
fn resume_slot(vm: &mut Vm, g: &GenObj) -> PyResult<usize> {
    if vm.native_depth + vm.frames.len() >= vm.recursion_limit + 50 || vm.native_depth > 200 {
        return Err(resume_too_deep(vm));
    }
    let top = vm.frame_top();
    if top + 2 + g.nregs >= STACK_SLOTS {
        return Err(resume_too_deep(vm));
    }
    Ok(top)
}
