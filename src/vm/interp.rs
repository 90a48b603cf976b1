//! Each instruction's semantics, written once.
//!
//! Every opcode of `for_each_op!` has one handler method on `Cx` with the opcode's
//! name; the dispatch backends in `dispatch/` are generated from the same table, so an
//! opcode without a handler (or a handler without an opcode) does not compile, and
//! the backends cannot drift apart.
//!
//! Generic instructions (PEP 659's adaptive forms) count executions in their inline
//! cache and rewrite themselves into a specialized form once warm (`specialize.rs`).
//! A specialized handler is its guards followed by a straight body; on a guard miss it
//! deoptimizes back to its family and runs the generic handler. Slow and rare paths
//! are out-of-line `#[cold]` functions in the object layer.

#![allow(non_snake_case)]

use super::call::{self, CallOutcome};
use super::specialize;
use super::{PyErr, PyResult, Vm};
use crate::bytecode::code::{Code, InlineCache, PolyCache, PolyWay, POLY_CLASS_ENTRY, POLY_VALUE};
use crate::bytecode::opcodes::{BinOp, CmpOp, Instr};
use crate::objects::{iter, ops, set, IterState, ObjKind};
use crate::value::Value;

/// Why the handler did not simply fall through to the next instruction.
pub enum Stop {
    /// An exception raised by this instruction (adds a traceback entry).
    Error(PyErr),
    /// An exception re-raised as is (no new traceback entry).
    Reraise(PyErr),
    /// The entry frame returned this value.
    Exit(Value),
}

impl From<PyErr> for Stop {
    #[inline(always)]
    fn from(e: PyErr) -> Stop {
        Stop::Error(e)
    }
}

pub type Step = Result<(), Stop>;

/// `R[A] := R[B] op R[C]` generic handlers: each opcode is named after its `BinOp`.
macro_rules! binary_handlers {
    ($($op:ident),*) => {$(
        #[inline(always)]
        pub fn $op(&mut self, i: Instr) -> Step {
            self.adapt(i);
            let (a, b) = (self.r(i.b()), self.r(i.c()));
            let v = ops::binary_op(self.vm, BinOp::$op, a, b)?;
            self.set(i.a(), v);
            Ok(())
        }
    )*};
}

/// Specialized arithmetic: `(opcode, family, kind, rust operator)`.
/// `int` forms guard two inline ints; `float` forms guard two numbers, at least one of
/// them a float (inline ints are at most 48 bits, so converting them is exact).
macro_rules! specialized_arith {
    ($(($name:ident, $family:ident, int, $f:expr)),* $(,)?) => {$(
        #[inline(always)]
        pub fn $name(&mut self, i: Instr) -> Step {
            let (a, b) = (self.r(i.b()), self.r(i.c()));
            if !Value::both_int(a, b) {
                self.miss();
                return self.$family(i);
            }
            match ($f)(a.as_int(), b.as_int()).and_then(Value::try_int) {
                Some(v) => self.set(i.a(), v),
                None => {
                    let v = ops::binary_op(self.vm, BinOp::$family, a, b)?;
                    self.set(i.a(), v);
                }
            }
            Ok(())
        }
    )*};
}

macro_rules! specialized_float_arith {
    ($(($name:ident, $family:ident, $op:tt)),* $(,)?) => {$(
        #[inline(always)]
        pub fn $name(&mut self, i: Instr) -> Step {
            let (a, b) = (self.r(i.b()), self.r(i.c()));
            match float_operands(a, b) {
                Some((x, y)) => self.set(i.a(), Value::float(x $op y)),
                None => {
                    self.miss();
                    return self.$family(i);
                }
            }
            Ok(())
        }
    )*};
}

/// In-place `R[A] op= R[B]` specialized forms, for ints and floats.
macro_rules! specialized_inplace {
    ($(($int:ident, $float:ident, $family:ident, $binop:ident, $op:tt, $checked:ident)),* $(,)?) => {$(
        #[inline(always)]
        pub fn $int(&mut self, i: Instr) -> Step {
            let (a, b) = (self.r(i.a()), self.r(i.b()));
            if !Value::both_int(a, b) {
                self.miss();
                return self.$family(i);
            }
            match a.as_int().$checked(b.as_int()).and_then(Value::try_int) {
                Some(v) => self.set(i.a(), v),
                None => {
                    let v = ops::inplace_op(self.vm, BinOp::$binop, a, b)?;
                    self.set(i.a(), v);
                }
            }
            Ok(())
        }
        #[inline(always)]
        pub fn $float(&mut self, i: Instr) -> Step {
            let (a, b) = (self.r(i.a()), self.r(i.b()));
            match float_operands(a, b) {
                Some((x, y)) => self.set(i.a(), Value::float(x $op y)),
                None => {
                    self.miss();
                    return self.$family(i);
                }
            }
            Ok(())
        }
    )*};
}

/// The binary instructions specialized for an instance whose class defines the
/// operator in Python: the method runs as a frame (`Cx::push_binary_method`).
macro_rules! instance_binary {
    ($(($name:ident, $family:ident)),* $(,)?) => {$(
        // out of the dispatch loop, as `CallClass`
        #[inline(never)]
        pub fn $name(&mut self, i: Instr) -> Step {
            let (a, b) = (self.r(i.b()), self.r(i.c()));
            if self.push_binary_method(a, b, i.a())? {
                return Ok(());
            }
            self.miss();
            self.$family(i)
        }
    )*};
}

/// The comparison handlers: generic, fused compare-and-branch, and their int and float
/// specializations, per `CmpOp`.
/// A str comparison. Orderings look at the first bytes before calling memcmp: most
/// orderings (`"0" <= ch`, sorting keys) are decided there.
macro_rules! str_rel {
    ($x:expr, $y:expr, ==) => {
        $x == $y
    };
    ($x:expr, $y:expr, !=) => {
        $x != $y
    };
    ($x:expr, $y:expr, $op:tt) => {
        crate::objects::strops::order($x, $y) $op std::cmp::Ordering::Equal
    };
}

macro_rules! compare_handlers {
    ($(($op:ident, $jump:ident, $op_int:ident, $op_float:ident, $op_str:ident, $jump_int:ident, $jump_float:ident, $jump_str:ident, $rust:tt)),* $(,)?) => {$(
        #[inline(always)]
        pub fn $op_str(&mut self, i: Instr) -> Step {
            let (a, b) = (self.r(i.b()), self.r(i.c()));
            match (a.as_str(), b.as_str()) {
                // UTF-8 byte order is code point order, which is how Python orders strs
                (Some(x), Some(y)) => self.set(i.a(), Value::bool(str_rel!(x, y, $rust))),
                _ => {
                    self.miss();
                    return self.$op(i);
                }
            }
            Ok(())
        }
        #[inline(always)]
        pub fn $jump_str(&mut self, i: Instr) -> Step {
            let (a, b) = (self.r(i.a()), self.r(i.b()));
            match (a.as_str(), b.as_str()) {
                (Some(x), Some(y)) => self.branch_unless(str_rel!(x, y, $rust)),
                _ => {
                    self.miss();
                    self.$jump(i)
                }
            }
        }
        #[inline(always)]
        pub fn $op(&mut self, i: Instr) -> Step {
            self.adapt(i);
            let (a, b) = (self.r(i.b()), self.r(i.c()));
            let v = ops::compare(self.vm, CmpOp::$op, a, b)?;
            self.set(i.a(), v);
            Ok(())
        }
        #[inline(always)]
        pub fn $jump(&mut self, i: Instr) -> Step {
            self.adapt(i);
            let (a, b) = (self.r(i.a()), self.r(i.b()));
            let t = ops::compare_bool(self.vm, CmpOp::$op, a, b)?;
            self.branch_unless(t)
        }
        #[inline(always)]
        pub fn $op_int(&mut self, i: Instr) -> Step {
            let (a, b) = (self.r(i.b()), self.r(i.c()));
            if !Value::both_int(a, b) {
                self.miss();
                return self.$op(i);
            }
            self.set(i.a(), Value::bool(a.as_int() $rust b.as_int()));
            Ok(())
        }
        #[inline(always)]
        pub fn $op_float(&mut self, i: Instr) -> Step {
            let (a, b) = (self.r(i.b()), self.r(i.c()));
            match num_operands(a, b) {
                Some((x, y)) => self.set(i.a(), Value::bool(x $rust y)),
                None => {
                    self.miss();
                    return self.$op(i);
                }
            }
            Ok(())
        }
        #[inline(always)]
        pub fn $jump_int(&mut self, i: Instr) -> Step {
            let (a, b) = (self.r(i.a()), self.r(i.b()));
            if !Value::both_int(a, b) {
                self.miss();
                return self.$jump(i);
            }
            self.branch_unless(a.as_int() $rust b.as_int())
        }
        #[inline(always)]
        pub fn $jump_float(&mut self, i: Instr) -> Step {
            let (a, b) = (self.r(i.a()), self.r(i.b()));
            match num_operands(a, b) {
                Some((x, y)) => self.branch_unless(x $rust y),
                None => {
                    self.miss();
                    self.$jump(i)
                }
            }
        }
    )*};
}

/// Two numbers as floats when at least one is a float and the other a float or an
/// inline int: the operands of the float-specialized arithmetic.
#[inline(always)]
fn float_operands(a: Value, b: Value) -> Option<(f64, f64)> {
    if a.is_float() {
        if b.is_float() {
            return Some((a.as_float(), b.as_float()));
        }
        if b.is_int() {
            return Some((a.as_float(), b.as_int() as f64));
        }
    } else if a.is_int() && b.is_float() {
        return Some((a.as_int() as f64, b.as_float()));
    }
    None
}

/// Two inline ints or floats as floats: exact for comparisons and true division,
/// because inline ints have at most 48 bits.
#[inline(always)]
fn num_operands(a: Value, b: Value) -> Option<(f64, f64)> {
    let x = if a.is_float() {
        a.as_float()
    } else if a.is_int() {
        a.as_int() as f64
    } else {
        return None;
    };
    let y = if b.is_float() {
        b.as_float()
    } else if b.is_int() {
        b.as_int() as f64
    } else {
        return None;
    };
    Some((x, y))
}

/// Reading or deleting an empty cell: a captured local not yet (or no longer) bound.
#[cold]
#[inline(never)]
fn empty_cell(vm: &mut Vm, code: &Code, r: usize) -> PyErr {
    if r >= code.free_start() {
        let name = code.varnames.get(r).and_then(|v| v.as_str()).unwrap_or("?").to_string();
        let c = vm.types.name_error;
        return vm.err(c, &format!("cannot access free variable '{}' where it is not associated with a value in enclosing scope", name));
    }
    unbound_local(vm, code, r)
}

#[cold]
#[inline(never)]
fn unbound_local(vm: &mut Vm, code: &Code, r: usize) -> PyErr {
    let name = code.varnames.get(r).and_then(|v| v.as_str()).unwrap_or("?").to_string();
    let c = vm.types.unbound_local_error;
    vm.err(c, &format!("cannot access local variable '{}' where it is not associated with a value", name))
}

/// Handles a stopped instruction: unwinds to a handler and returns None to go on
/// there, or returns the result of the whole run.
#[cold]
#[inline(never)]
pub fn stop(vm: &mut Vm, pc: usize, stop: Stop) -> Option<PyResult<Value>> {
    let (e, reraise) = match stop {
        // the run's entry frame is gone: the pc to save was its own
        Stop::Exit(v) => return Some(Ok(v)),
        Stop::Error(e) => (e, false),
        Stop::Reraise(e) => (e, true),
    };
    if let Some(f) = vm.frames.last_mut() {
        f.pc = pc;
    }
    let depth = vm.frames.iter().rposition(|f| f.flags & super::FRAME_ENTRY != 0).unwrap_or(0);
    match super::traceback::unwind(vm, e, depth, reraise) {
        Ok(()) => None,
        Err(e) => Some(Err(e)),
    }
}

/// Floor division and modulo of ints as Python defines them (rounding toward minus
/// infinity); None when the divisor is zero.
#[inline(always)]
fn int_floordiv(x: i64, y: i64) -> Option<i64> {
    if y == 0 {
        return None;
    }
    let q = x.wrapping_div(y);
    Some(if (x % y != 0) && ((x < 0) != (y < 0)) { q - 1 } else { q })
}
/// `x << y` when it fits in an i64 (None for negative counts, which raise).
#[inline(always)]
fn int_lshift(x: i64, y: i64) -> Option<i64> {
    if !(0..48).contains(&y) {
        return None;
    }
    let r = x << y;
    (r >> y == x).then_some(r)
}
#[inline(always)]
fn int_mod(x: i64, y: i64) -> Option<i64> {
    if y == 0 {
        return None;
    }
    Some(((x % y) + y) % y)
}

/// The hot interpreter state. The backends keep it in locals (switch) or pass it in
/// argument registers from handler to handler (threaded). `S` selects the counting
/// variant used by `--stats`; with `S = false` every counter compiles away.
pub struct Cx<'v, const S: bool> {
    pub vm: &'v mut Vm,
    pub regs: *mut Value,
    pub instrs: *const u64,
    pub caches: *const InlineCache,
    pub code: *const Code,
    /// Index of the next instruction word; the executing one is at `pc - 1`.
    pub pc: usize,
}

impl<'v, const S: bool> Cx<'v, S> {
    /// The state of the top frame.
    #[inline(always)]
    pub fn load(vm: &'v mut Vm) -> Self {
        let mut cx = Cx { vm, regs: std::ptr::null_mut(), instrs: std::ptr::null(), caches: std::ptr::null(), code: std::ptr::null(), pc: 0 };
        cx.reload();
        cx
    }

    #[inline(always)]
    pub fn r(&self, i: usize) -> Value {
        // SAFETY: register operands are below the code's nregs, and frame push checked
        // base + nregs against the stack size.
        unsafe { *self.regs.add(i) }
    }
    #[inline(always)]
    pub fn set(&mut self, i: usize, v: Value) {
        // SAFETY: as for `r`.
        unsafe { *self.regs.add(i) = v }
    }
    #[inline(always)]
    pub fn code(&self) -> &'v Code {
        // SAFETY: the code object is referenced by the current frame, which roots it.
        unsafe { &*self.code }
    }
    /// The inline cache of the executing instruction.
    #[inline(always)]
    pub fn cache(&self) -> &'v InlineCache {
        // SAFETY: `caches` has one entry per instruction word and pc - 1 is the word
        // being executed.
        unsafe { &*self.caches.add(self.pc - 1) }
    }
    #[inline(always)]
    pub fn konst(&self, i: usize) -> Value {
        self.code().consts[i]
    }
    #[inline(always)]
    pub fn name(&self, i: usize) -> Value {
        self.code().names[i]
    }
    /// Target of the `ExtraArg` word following the current instruction.
    #[inline(always)]
    pub fn extra_target(&self) -> usize {
        // SAFETY: ops marked `+x` are always emitted with their ExtraArg word.
        Instr(unsafe { *self.instrs.add(self.pc) }).bx()
    }
    /// Pointer to register `i` of the current frame.
    #[inline(always)]
    pub fn reg_ptr(&self, i: usize) -> *mut Value {
        // SAFETY: as for `r`.
        unsafe { self.regs.add(i) }
    }
    /// The main-stack slot holding register `first` for a call whose callee, receiver
    /// and arguments are the `count` registers from `first`: the register itself in
    /// an ordinary frame; in a generator's frame, whose registers live in the
    /// generator, a copy at the frame's window, where the callee's frame can start.
    #[inline(always)]
    pub fn window(&mut self, first: usize, count: usize) -> usize {
        match self.vm.frames.last() {
            Some(f) if f.gen.is_null() => f.base + first,
            _ => self.generator_window(first, count),
        }
    }
    #[cold]
    #[inline(never)]
    fn generator_window(&mut self, first: usize, count: usize) -> usize {
        let regs = self.regs;
        let vm = &mut *self.vm;
        let base = match vm.frames.last() {
            Some(f) => f.base,
            None => return 0,
        };
        // SAFETY: `first + count` registers are operands of the executing call, so
        // below the code's nregs; resuming a generator checked that `base + nregs`
        // fits the main stack. The generator's buffer and the main stack are distinct
        // allocations.
        unsafe { std::ptr::copy_nonoverlapping(regs.add(first), vm.slot_ptr(base), count) };
        if let Some(f) = vm.frames.last_mut() {
            f.top = base + count;
        }
        base
    }
    #[inline(always)]
    pub fn globals(&self) -> Value {
        self.vm.frames.last().map(|f| f.globals).unwrap_or(Value::NONE)
    }

    /// Re-reads the hot state from the top frame after a call, return or unwind.
    #[inline(always)]
    pub fn reload(&mut self) {
        let f = match self.vm.frames.last() {
            Some(f) => f,
            None => return,
        };
        let code = match f.code.as_code() {
            Some(c) => c,
            None => return,
        };
        self.code = code as *const Code;
        self.instrs = code.instrs.as_ptr() as *const u64;
        self.caches = code.caches.as_ptr();
        self.regs = f.regs;
        self.pc = f.pc;
    }

    #[inline(always)]
    pub fn save_pc(&mut self) {
        if let Some(f) = self.vm.frames.last_mut() {
            f.pc = self.pc;
        }
    }

    #[inline(always)]
    pub fn safepoint(&mut self) -> Step {
        if self.vm.safepoint_due() {
            self.save_pc();
            self.vm.safepoint_slow()?;
        }
        Ok(())
    }

    /// Adaptive counting of a generic instruction: specializes it once warm.
    #[inline(always)]
    pub fn adapt(&mut self, i: Instr) {
        let c = self.cache();
        let n = c.counter.get();
        if n == 0 {
            specialize::specialize(self.vm, self.code(), self.pc - 1, i, self.regs);
        } else {
            c.counter.set(n - 1);
        }
    }

    /// A specialized instruction's guard failed: back to its generic family.
    #[inline(always)]
    pub fn miss(&mut self) {
        specialize::deopt(self.vm, self.code(), self.pc - 1);
    }

    // ================================================================= handlers

    #[inline(always)]
    pub fn Nop(&mut self, _i: Instr) -> Step {
        Ok(())
    }
    #[inline(always)]
    pub fn Move(&mut self, i: Instr) -> Step {
        let v = self.r(i.b());
        self.set(i.a(), v);
        Ok(())
    }
    #[inline(always)]
    pub fn CheckBound(&mut self, i: Instr) -> Step {
        if self.r(i.a()).is_unbound() {
            return Err(unbound_local(self.vm, self.code(), i.a()).into());
        }
        Ok(())
    }
    #[inline(always)]
    pub fn LoadConst(&mut self, i: Instr) -> Step {
        let k = self.konst(i.bx());
        self.set(i.a(), k);
        Ok(())
    }
    #[inline(always)]
    pub fn LoadInt(&mut self, i: Instr) -> Step {
        self.set(i.a(), Value::small_int(i.sbx()));
        Ok(())
    }
    #[inline(always)]
    pub fn LoadNone(&mut self, i: Instr) -> Step {
        self.set(i.a(), Value::NONE);
        Ok(())
    }
    #[inline(always)]
    pub fn LoadGlobal(&mut self, i: Instr) -> Step {
        let globals = self.globals();
        let name = self.name(i.b());
        let cache = &self.code().global_caches[i.c()];
        let v = ops::load_global_slow(self.vm, globals, name, cache)?;
        self.set(i.a(), v);
        // after the lookup, so the global cache it fills is there to specialize on
        self.adapt(i);
        Ok(())
    }
    #[inline(always)]
    pub fn LoadGlobalModule(&mut self, i: Instr) -> Step {
        let c = self.code().global_caches[i.c()].get();
        if let Some(g) = self.globals().as_dict() {
            let g = g.borrow();
            if g.version == c.globals_version {
                let v = g.value_at(c.index as usize);
                drop(g);
                self.set(i.a(), v);
                return Ok(());
            }
        }
        self.miss();
        self.LoadGlobal(i)
    }
    #[inline(always)]
    pub fn LoadGlobalBuiltin(&mut self, i: Instr) -> Step {
        let c = self.code().global_caches[i.c()].get();
        if let (Some(g), Some(b)) = (self.globals().as_dict(), self.vm.builtins.as_dict()) {
            if g.borrow().version == c.globals_version {
                let b = b.borrow();
                if b.version == c.builtins_version {
                    let v = b.value_at(c.index as usize);
                    drop(b);
                    self.set(i.a(), v);
                    return Ok(());
                }
            }
        }
        self.miss();
        self.LoadGlobal(i)
    }
    /// The namespace dict of the running class body.
    fn class_namespace(&self) -> Value {
        self.vm.frames.last().map(|f| f.locals).unwrap_or(Value::NULL)
    }
    pub fn LoadName(&mut self, i: Instr) -> Step {
        let (ns, globals, name) = (self.class_namespace(), self.globals(), self.name(i.b()));
        let v = ops::load_name(self.vm, ns, globals, name)?;
        self.set(i.a(), v);
        Ok(())
    }
    pub fn StoreName(&mut self, i: Instr) -> Step {
        let (ns, name, v) = (self.class_namespace(), self.name(i.b()), self.r(i.a()));
        ops::dict_set_str(self.vm, ns, name, v);
        Ok(())
    }
    pub fn DeleteName(&mut self, i: Instr) -> Step {
        let (ns, name) = (self.class_namespace(), self.name(i.b()));
        ops::delete_name(self.vm, ns, name)?;
        Ok(())
    }
    // ----------------------------------------------------------------- closures

    #[inline(always)]
    pub fn MakeCell(&mut self, i: Instr) -> Step {
        let v = self.r(i.a());
        let init = if v.is_unbound() { Value::NULL } else { v };
        let c = self.vm.alloc(ObjKind::Cell(std::cell::Cell::new(init)));
        self.set(i.a(), c);
        Ok(())
    }
    #[inline(always)]
    pub fn LoadDeref(&mut self, i: Instr) -> Step {
        if let Some(ObjKind::Cell(c)) = self.r(i.b()).kind() {
            let v = c.get();
            if !v.is_null() {
                self.set(i.a(), v);
                return Ok(());
            }
        }
        Err(empty_cell(self.vm, self.code(), i.b()).into())
    }
    #[inline(always)]
    pub fn StoreDeref(&mut self, i: Instr) -> Step {
        let (cell, v) = (self.r(i.a()), self.r(i.b()));
        if let Some(ObjKind::Cell(c)) = cell.kind() {
            c.set(v);
            self.vm.write_barrier(cell, v);
        }
        Ok(())
    }
    pub fn DeleteDeref(&mut self, i: Instr) -> Step {
        if let Some(ObjKind::Cell(c)) = self.r(i.a()).kind() {
            if !c.get().is_null() {
                c.set(Value::NULL);
                return Ok(());
            }
        }
        Err(empty_cell(self.vm, self.code(), i.a()).into())
    }
    pub fn LoadClassDeref(&mut self, i: Instr) -> Step {
        let (ns, name) = (self.class_namespace(), self.name(i.b()));
        if let Some(d) = ns.as_dict() {
            let h = name.as_strobj().map(|s| s.hash()).unwrap_or(0);
            let found = d.borrow().get(h, name);
            if let Some(v) = found {
                self.set(i.a(), v);
                return Ok(());
            }
        }
        self.LoadDeref(Instr::abc(crate::bytecode::opcodes::Op::LoadDeref, i.a() as u16, i.c() as u16, 0))
    }

    // ----------------------------------------------------------------- generators

    #[inline(always)]
    pub fn Yield(&mut self, i: Instr) -> Step {
        let v = self.r(i.b());
        let (gen, ret_dst, flags) = match self.vm.frames.last() {
            Some(f) => (f.gen, f.ret_dst, f.flags),
            None => return Err(Stop::Exit(v)),
        };
        if flags & super::FRAME_SINK != 0 {
            return self.yield_to_sink(i, v);
        }
        // the frame leaves the stack (frames hold no resources of their own)
        let n = self.vm.frames.len();
        self.vm.frames.truncate(n - 1);
        crate::objects::generator::suspend(self.vm, gen, self.pc, i.a());
        if flags & super::FRAME_ENTRY != 0 {
            // resumed by native code (`next()`, `send`...): the run ends with the value
            return Err(Stop::Exit(v));
        }
        // SAFETY: as for `do_return`.
        unsafe { *ret_dst = v };
        self.reload();
        Ok(())
    }
    /// A yield of a generator `generator::drive` runs: the value goes to its sink, and
    /// the generator goes on in this run. A sink that needs no Python code for it takes
    /// it with the frame in place; otherwise the generator is suspended while it runs.
    #[cold]
    #[inline(never)]
    fn yield_to_sink(&mut self, i: Instr, v: Value) -> Step {
        use crate::objects::generator::{self, Take};
        let taken = generator::feed_sink(self.vm, v, true);
        if taken == Take::More {
            // the value of the yield expression
            self.set(i.a(), Value::NONE);
            return Ok(());
        }
        let f = match self.vm.frames.pop() {
            Some(f) => f,
            None => return Err(Stop::Exit(v)),
        };
        generator::suspend(self.vm, f.gen, self.pc, i.a());
        if taken == Take::Stop || generator::feed_sink(self.vm, v, false) == Take::Stop || !generator::repush(self.vm, &f) {
            return Err(Stop::Exit(Value::NONE));
        }
        self.reload();
        self.safepoint()
    }
    pub fn Send(&mut self, i: Instr) -> Step {
        use crate::objects::generator::{send_to, Resumed};
        let (it, v) = (self.r(i.b()), self.r(i.c()));
        if it.as_generator().is_some() {
            // a delegate generator runs as a frame above this one, like a for loop's
            let dst = self.reg_ptr(i.a());
            if crate::objects::generator::push_resumed(self.vm, it, v, dst, self.pc + 1)? {
                self.reload();
                return self.safepoint();
            }
        }
        self.save_pc();
        if v.is_none() && matches!(it.kind(), Some(ObjKind::Iter(_))) && crate::objects::generator::awaitable_of(it).is_none() {
            // `yield from` a builtin iterator: its next item, directly
            match iter::next(self.vm, it)? {
                Some(x) => {
                    self.set(i.a(), x);
                    self.pc += 1;
                }
                None => {
                    self.set(i.a(), Value::NONE);
                    self.pc = self.extra_target();
                }
            }
            return Ok(());
        }
        match send_to(self.vm, it, v)? {
            Resumed::Yielded(x) => {
                self.set(i.a(), x);
                self.pc += 1;
            }
            Resumed::Returned(x) => {
                self.set(i.a(), x);
                self.pc = self.extra_target();
            }
        }
        Ok(())
    }
    pub fn GetYieldFromIter(&mut self, i: Instr) -> Step {
        let o = self.r(i.b());
        let it = match o.as_generator() {
            Some(g) if g.is_plain() => o,
            Some(g) if g.is_coroutine => return Err(self.vm.type_error("cannot 'yield from' a coroutine object in a non-coroutine generator").into()),
            _ => iter::get_iter(self.vm, o)?,
        };
        self.set(i.a(), it);
        Ok(())
    }

    // ----------------------------------------------------------------- match

    pub fn MatchSeq(&mut self, i: Instr) -> Step {
        let v = self.r(i.b());
        let r = crate::objects::pattern::is_sequence(self.vm, v);
        self.set(i.a(), Value::bool(r));
        Ok(())
    }
    pub fn MatchMap(&mut self, i: Instr) -> Step {
        let v = self.r(i.b());
        self.set(i.a(), Value::bool(crate::objects::pattern::is_mapping(v)));
        Ok(())
    }
    pub fn GetLen(&mut self, i: Instr) -> Step {
        let v = self.r(i.b());
        let n = ops::len(self.vm, v)?;
        let n = self.vm.new_int(n as i64);
        self.set(i.a(), n);
        Ok(())
    }
    pub fn MatchClass(&mut self, i: Instr) -> Step {
        let (s, c) = (self.r(i.b()), self.r(i.c()));
        let r = crate::objects::pattern::is_instance_of_pattern(self.vm, s, c)?;
        self.set(i.a(), Value::bool(r));
        Ok(())
    }
    pub fn MatchArg(&mut self, i: Instr) -> Step {
        let (s, c, kw) = (self.r(i.b()), self.r(i.b() + 1), self.r(i.b() + 2));
        match crate::objects::pattern::positional_attr(self.vm, s, c, i.c() & 255, i.c() >> 8, kw)? {
            Some(v) => {
                self.set(i.a(), v);
                self.pc += 1;
            }
            None => self.pc = self.extra_target(),
        }
        Ok(())
    }
    pub fn MatchKw(&mut self, i: Instr) -> Step {
        let (s, name) = (self.r(i.b()), self.name(i.c()));
        match crate::objects::pattern::keyword_attr(self.vm, s, name)? {
            Some(v) => {
                self.set(i.a(), v);
                self.pc += 1;
            }
            None => self.pc = self.extra_target(),
        }
        Ok(())
    }
    pub fn DictWithout(&mut self, i: Instr) -> Step {
        let (d, keys) = (self.r(i.b()), self.r(i.c()));
        let r = crate::objects::pattern::dict_without(self.vm, d, keys)?;
        self.set(i.a(), r);
        Ok(())
    }

    pub fn GetAwaitable(&mut self, i: Instr) -> Step {
        let o = self.r(i.b());
        let aw = crate::objects::generator::get_awaitable(self.vm, o)?;
        self.set(i.a(), aw);
        Ok(())
    }
    pub fn GetAIter(&mut self, i: Instr) -> Step {
        let o = self.r(i.b());
        let it = crate::objects::generator::get_aiter(self.vm, o)?;
        self.set(i.a(), it);
        Ok(())
    }
    pub fn GetANext(&mut self, i: Instr) -> Step {
        let o = self.r(i.b());
        let aw = crate::objects::generator::get_anext(self.vm, o)?;
        self.set(i.a(), aw);
        Ok(())
    }
    pub fn EndAsyncFor(&mut self, i: Instr) -> Step {
        let e = self.r(i.a());
        if self.vm.is_instance(e, self.vm.types.stop_async_iteration) {
            return Ok(());
        }
        Err(Stop::Reraise(PyErr(e)))
    }
    pub fn AsyncWithEnter(&mut self, i: Instr) -> Step {
        let mgr = self.r(i.b());
        let (exit, aw) = crate::objects::class::enter_context(self.vm, mgr, true)?;
        self.set(i.a(), exit);
        self.set(i.a() + 1, aw);
        Ok(())
    }
    pub fn AsyncWithExit(&mut self, i: Instr) -> Step {
        let (exc, exit) = (self.r(i.a()), self.r(i.b()));
        let aw = crate::objects::class::call_exit(self.vm, exit, exc)?;
        self.set(i.a(), aw);
        Ok(())
    }
    pub fn WithEnter(&mut self, i: Instr) -> Step {
        let mgr = self.r(i.b());
        let (exit, value) = crate::objects::class::with_enter(self.vm, mgr)?;
        self.set(i.a(), exit);
        self.set(i.a() + 1, value);
        Ok(())
    }
    pub fn WithExit(&mut self, i: Instr) -> Step {
        let (exc, exit) = (self.r(i.a()), self.r(i.b()));
        let swallow = crate::objects::class::with_exit(self.vm, exit, exc)?;
        self.set(i.a(), Value::bool(swallow));
        Ok(())
    }
    pub fn LoadBuildClass(&mut self, i: Instr) -> Step {
        let v = self.vm.build_class;
        self.set(i.a(), v);
        Ok(())
    }
    #[inline(always)]
    pub fn StoreGlobal(&mut self, i: Instr) -> Step {
        let globals = self.globals();
        let name = self.name(i.b());
        let v = self.r(i.a());
        ops::dict_set_str(self.vm, globals, name, v);
        Ok(())
    }
    #[inline(always)]
    pub fn DeleteGlobal(&mut self, i: Instr) -> Step {
        let globals = self.globals();
        let name = self.name(i.b());
        ops::delete_global(self.vm, globals, name)?;
        Ok(())
    }
    #[inline(always)]
    pub fn DeleteFast(&mut self, i: Instr) -> Step {
        if self.r(i.a()).is_unbound() {
            return Err(unbound_local(self.vm, self.code(), i.a()).into());
        }
        self.set(i.a(), Value::UNBOUND);
        Ok(())
    }

    // ----------------------------------------------------------------- arithmetic

    binary_handlers!(Add, Sub, Mul, TrueDiv, FloorDiv, Mod, Pow, LShift, RShift, BitAnd, BitOr, BitXor, MatMul);
    specialized_arith!(
        (AddInt, Add, int, |x: i64, y: i64| Some(x + y)),
        (SubInt, Sub, int, |x: i64, y: i64| Some(x - y)),
        (MulInt, Mul, int, |x: i64, y: i64| x.checked_mul(y)),
        (FloorDivInt, FloorDiv, int, int_floordiv),
        (ModInt, Mod, int, int_mod),
        (BitAndInt, BitAnd, int, |x: i64, y: i64| Some(x & y)),
        (BitOrInt, BitOr, int, |x: i64, y: i64| Some(x | y)),
        (BitXorInt, BitXor, int, |x: i64, y: i64| Some(x ^ y)),
        (LShiftInt, LShift, int, int_lshift),
        (RShiftInt, RShift, int, |x: i64, y: i64| (0..64).contains(&y).then(|| x >> y)),
    );
    specialized_float_arith!((AddFloat, Add, +), (SubFloat, Sub, -), (MulFloat, Mul, *));
    #[inline(always)]
    pub fn AddStr(&mut self, i: Instr) -> Step {
        let (a, b) = (self.r(i.b()), self.r(i.c()));
        match (a.as_strobj(), b.as_strobj()) {
            (Some(x), Some(y)) => {
                let v = ops::str_concat(self.vm, a, x, b, y);
                self.set(i.a(), v);
                Ok(())
            }
            _ => {
                self.miss();
                self.Add(i)
            }
        }
    }
    #[inline(always)]
    pub fn InplaceAddStr(&mut self, i: Instr) -> Step {
        let (a, b) = (self.r(i.a()), self.r(i.b()));
        match (a.as_strobj(), b.as_strobj()) {
            (Some(x), Some(y)) => {
                let v = ops::str_concat(self.vm, a, x, b, y);
                self.set(i.a(), v);
                Ok(())
            }
            _ => {
                self.miss();
                self.InplaceAdd(i)
            }
        }
    }
    #[inline(always)]
    pub fn TrueDivFloat(&mut self, i: Instr) -> Step {
        let (a, b) = (self.r(i.b()), self.r(i.c()));
        match num_operands(a, b) {
            Some((x, y)) if y != 0.0 => self.set(i.a(), Value::float(x / y)),
            Some(_) => {
                let v = ops::binary_op(self.vm, BinOp::TrueDiv, a, b)?;
                self.set(i.a(), v);
            }
            None => {
                self.miss();
                return self.TrueDiv(i);
            }
        }
        Ok(())
    }

    instance_binary!((AddInstance, Add), (SubInstance, Sub), (MulInstance, Mul), (TrueDivInstance, TrueDiv));

    #[inline(always)]
    pub fn AddImm(&mut self, i: Instr) -> Step {
        let a = self.r(i.b());
        if a.is_int() {
            if let Some(v) = Value::try_int(a.as_int() + i.sc()) {
                self.set(i.a(), v);
                return Ok(());
            }
        }
        let v = ops::binary_op(self.vm, BinOp::Add, a, Value::small_int(i.sc()))?;
        self.set(i.a(), v);
        Ok(())
    }
    #[inline(always)]
    pub fn SubImm(&mut self, i: Instr) -> Step {
        let a = self.r(i.b());
        if a.is_int() {
            if let Some(v) = Value::try_int(a.as_int() - i.sc()) {
                self.set(i.a(), v);
                return Ok(());
            }
        }
        let v = ops::binary_op(self.vm, BinOp::Sub, a, Value::small_int(i.sc()))?;
        self.set(i.a(), v);
        Ok(())
    }
    #[inline(always)]
    pub fn inplace(&mut self, i: Instr, op: BinOp) -> Step {
        let (a, b) = (self.r(i.a()), self.r(i.b()));
        let v = ops::inplace_op(self.vm, op, a, b)?;
        self.set(i.a(), v);
        Ok(())
    }
    #[inline(always)]
    pub fn InplaceAdd(&mut self, i: Instr) -> Step {
        self.adapt(i);
        self.inplace(i, BinOp::Add)
    }
    #[inline(always)]
    pub fn InplaceSub(&mut self, i: Instr) -> Step {
        self.adapt(i);
        self.inplace(i, BinOp::Sub)
    }
    specialized_inplace!(
        (InplaceAddInt, InplaceAddFloat, InplaceAdd, Add, +, checked_add),
        (InplaceSubInt, InplaceSubFloat, InplaceSub, Sub, -, checked_sub),
    );
    #[inline(always)]
    pub fn InplaceOp(&mut self, i: Instr) -> Step {
        let op = BinOp::from_u8(i.c() as u8).unwrap_or(BinOp::Add);
        self.inplace(i, op)
    }
    #[inline(always)]
    pub fn Neg(&mut self, i: Instr) -> Step {
        let a = self.r(i.b());
        let v = if a.is_int() {
            self.vm.new_int(-a.as_int())
        } else if a.is_float() {
            Value::float(-a.as_float())
        } else {
            ops::unary_neg(self.vm, a)?
        };
        self.set(i.a(), v);
        Ok(())
    }
    #[inline(always)]
    pub fn Pos(&mut self, i: Instr) -> Step {
        let a = self.r(i.b());
        let v = ops::unary_pos(self.vm, a)?;
        self.set(i.a(), v);
        Ok(())
    }
    #[inline(always)]
    pub fn Invert(&mut self, i: Instr) -> Step {
        let a = self.r(i.b());
        let v = ops::unary_invert(self.vm, a)?;
        self.set(i.a(), v);
        Ok(())
    }
    #[inline(always)]
    pub fn Not(&mut self, i: Instr) -> Step {
        let a = self.r(i.b());
        let t = self.truthy(a)?;
        self.set(i.a(), Value::bool(!t));
        Ok(())
    }

    // ----------------------------------------------------------------- comparisons

    compare_handlers!(
        (Lt, JumpIfNotLt, LtInt, LtFloat, LtStr, JumpIfNotLtInt, JumpIfNotLtFloat, JumpIfNotLtStr, <),
        (Le, JumpIfNotLe, LeInt, LeFloat, LeStr, JumpIfNotLeInt, JumpIfNotLeFloat, JumpIfNotLeStr, <=),
        (Eq, JumpIfNotEq, EqInt, EqFloat, EqStr, JumpIfNotEqInt, JumpIfNotEqFloat, JumpIfNotEqStr, ==),
        (Ne, JumpIfNotNe, NeInt, NeFloat, NeStr, JumpIfNotNeInt, JumpIfNotNeFloat, JumpIfNotNeStr, !=),
        (Gt, JumpIfNotGt, GtInt, GtFloat, GtStr, JumpIfNotGtInt, JumpIfNotGtFloat, JumpIfNotGtStr, >),
        (Ge, JumpIfNotGe, GeInt, GeFloat, GeStr, JumpIfNotGeInt, JumpIfNotGeFloat, JumpIfNotGeStr, >=),
    );

    #[inline(always)]
    pub fn Is(&mut self, i: Instr) -> Step {
        let (a, b) = (self.r(i.b()), self.r(i.c()));
        self.set(i.a(), Value::bool(ops::is_same(a, b)));
        Ok(())
    }
    #[inline(always)]
    pub fn IsNot(&mut self, i: Instr) -> Step {
        let (a, b) = (self.r(i.b()), self.r(i.c()));
        self.set(i.a(), Value::bool(!ops::is_same(a, b)));
        Ok(())
    }
    #[inline(always)]
    pub fn JumpIfNotIs(&mut self, i: Instr) -> Step {
        let (a, b) = (self.r(i.a()), self.r(i.b()));
        self.branch_unless(ops::is_same(a, b))
    }
    #[inline(always)]
    pub fn JumpIfIs(&mut self, i: Instr) -> Step {
        let (a, b) = (self.r(i.a()), self.r(i.b()));
        self.branch_unless(!ops::is_same(a, b))
    }
    #[inline(always)]
    pub fn In(&mut self, i: Instr) -> Step {
        self.adapt(i);
        let (a, b) = (self.r(i.b()), self.r(i.c()));
        let t = ops::contains(self.vm, b, a)?;
        self.set(i.a(), Value::bool(t));
        Ok(())
    }
    #[inline(always)]
    pub fn NotIn(&mut self, i: Instr) -> Step {
        self.adapt(i);
        let (a, b) = (self.r(i.b()), self.r(i.c()));
        let t = ops::contains(self.vm, b, a)?;
        self.set(i.a(), Value::bool(!t));
        Ok(())
    }
    /// The end of a specialized `in`/`not in`: the probe's answer (negated for `not
    /// in`), or, when its guard failed (None), a deopt to the generic instruction.
    #[inline(always)]
    fn finish_in(&mut self, i: Instr, r: Option<Result<bool, Stop>>, negate: bool) -> Step {
        match r {
            Some(t) => {
                let t = t?;
                self.set(i.a(), Value::bool(t != negate));
                Ok(())
            }
            None => {
                self.miss();
                if negate {
                    self.NotIn(i)
                } else {
                    self.In(i)
                }
            }
        }
    }
    /// `item in dict`, or None when R[C] is not a dict.
    #[inline(always)]
    fn in_dict(&mut self, i: Instr) -> Option<Result<bool, Stop>> {
        let (a, b) = (self.r(i.b()), self.r(i.c()));
        let d = b.as_dict()?;
        Some(match ops::hash(self.vm, a).and_then(|h| ops::dict_key(self.vm, b, h, a).map(|a| (h, a))) {
            Ok((h, a)) => Ok(d.borrow().get(h, a).is_some()),
            Err(e) => Err(e.into()),
        })
    }
    /// `item in set`, or None when R[C] is not a set or frozenset.
    #[inline(always)]
    fn in_set(&mut self, i: Instr) -> Option<Result<bool, Stop>> {
        let (a, b) = (self.r(i.b()), self.r(i.c()));
        b.as_set()?;
        Some(set::contains(self.vm, b, a).map_err(Into::into))
    }
    #[inline(always)]
    pub fn InSet(&mut self, i: Instr) -> Step {
        let r = self.in_set(i);
        self.finish_in(i, r, false)
    }
    #[inline(always)]
    pub fn NotInSet(&mut self, i: Instr) -> Step {
        let r = self.in_set(i);
        self.finish_in(i, r, true)
    }
    /// `str in str`, or None when either operand is not a str.
    #[inline(always)]
    fn in_str(&self, i: Instr) -> Option<bool> {
        let (a, b) = (self.r(i.b()), self.r(i.c()));
        Some(crate::objects::strops::contains(b.as_str()?, a.as_str()?))
    }
    #[inline(always)]
    pub fn InDict(&mut self, i: Instr) -> Step {
        let r = self.in_dict(i);
        self.finish_in(i, r, false)
    }
    #[inline(always)]
    pub fn NotInDict(&mut self, i: Instr) -> Step {
        let r = self.in_dict(i);
        self.finish_in(i, r, true)
    }
    #[inline(always)]
    pub fn InStr(&mut self, i: Instr) -> Step {
        let r = self.in_str(i).map(Ok);
        self.finish_in(i, r, false)
    }
    #[inline(always)]
    pub fn NotInStr(&mut self, i: Instr) -> Step {
        let r = self.in_str(i).map(Ok);
        self.finish_in(i, r, true)
    }

    // ----------------------------------------------------------------- jumps

    #[inline(always)]
    pub fn truthy(&mut self, v: Value) -> Result<bool, Stop> {
        if v == Value::TRUE {
            return Ok(true);
        }
        if v == Value::FALSE || v == Value::NONE {
            return Ok(false);
        }
        if v.is_int() {
            return Ok(v.as_int() != 0);
        }
        Ok(ops::truthy(self.vm, v)?)
    }
    #[inline(always)]
    pub fn jump_to(&mut self, target: usize) -> Step {
        let from = self.pc;
        self.pc = target;
        if target < from && self.vm.safepoint_due() {
            return self.back_edge_slow(from);
        }
        Ok(())
    }

    /// The slow path of a backward jump's safepoint. A KeyboardInterrupt raised here
    /// belongs to the jump (whose pc `from` is one past), as CPython reports it.
    #[cold]
    #[inline(never)]
    fn back_edge_slow(&mut self, from: usize) -> Step {
        let target = self.pc;
        self.pc = from;
        self.save_pc();
        self.vm.safepoint_slow()?;
        self.pc = target;
        self.save_pc();
        Ok(())
    }
    #[inline(always)]
    pub fn Jump(&mut self, i: Instr) -> Step {
        self.jump_to(i.bx())
    }
    #[inline(always)]
    pub fn JumpIfFalse(&mut self, i: Instr) -> Step {
        let v = self.r(i.a());
        if !self.truthy(v)? {
            return self.jump_to(i.bx());
        }
        Ok(())
    }
    #[inline(always)]
    pub fn JumpIfTrue(&mut self, i: Instr) -> Step {
        let v = self.r(i.a());
        if self.truthy(v)? {
            return self.jump_to(i.bx());
        }
        Ok(())
    }
    /// The end of a fused compare-and-branch: on to the next instruction (past the
    /// ExtraArg word) when the comparison held, else to the ExtraArg's target.
    #[inline(always)]
    fn branch_unless(&mut self, holds: bool) -> Step {
        if holds {
            self.pc += 1;
            Ok(())
        } else {
            let t = self.extra_target();
            self.jump_to(t)
        }
    }

    // ----------------------------------------------------------------- building

    fn reg_slice(&self, start: usize, n: usize) -> Vec<Value> {
        (start..start + n).map(|r| self.r(r)).collect()
    }
    #[inline(always)]
    pub fn BuildList(&mut self, i: Instr) -> Step {
        let items = self.reg_slice(i.b(), i.c());
        let v = self.vm.new_list(items);
        self.set(i.a(), v);
        Ok(())
    }
    #[inline(always)]
    pub fn BuildTuple(&mut self, i: Instr) -> Step {
        let items = self.reg_slice(i.b(), i.c());
        let v = self.vm.new_tuple(items);
        self.set(i.a(), v);
        Ok(())
    }
    #[inline(always)]
    pub fn BuildDict(&mut self, i: Instr) -> Step {
        let items = self.reg_slice(i.b(), i.c() * 2);
        let v = ops::build_dict(self.vm, &items)?;
        self.set(i.a(), v);
        Ok(())
    }
    #[inline(always)]
    pub fn BuildSlice(&mut self, i: Instr) -> Step {
        let start = self.r(i.b());
        let stop = self.r(i.b() + 1);
        let step = if i.c() == 3 { self.r(i.b() + 2) } else { Value::NONE };
        let v = self.vm.alloc(ObjKind::Slice(crate::objects::SliceObj { start, stop, step }));
        self.set(i.a(), v);
        Ok(())
    }
    #[inline(always)]
    pub fn BuildString(&mut self, i: Instr) -> Step {
        let parts = i.b()..i.b() + i.c();
        let total: usize = parts.clone().map(|r| self.r(r).as_str().map_or(0, str::len)).sum();
        let v = if total <= crate::objects::STR_INLINE {
            // short results are assembled on the stack: no intermediate String
            let mut buf = [0u8; crate::objects::STR_INLINE];
            let mut n = 0;
            for r in parts {
                let p = self.r(r).as_str().unwrap_or("").as_bytes();
                buf[n..n + p.len()].copy_from_slice(p);
                n += p.len();
            }
            // SAFETY: the bytes are whole strs back to back, which is valid UTF-8.
            self.vm.new_str(unsafe { std::str::from_utf8_unchecked(&buf[..n]) })
        } else {
            let mut s = String::with_capacity(total);
            for r in parts {
                s.push_str(self.r(r).as_str().unwrap_or(""));
            }
            self.vm.new_string(s)
        };
        self.set(i.a(), v);
        Ok(())
    }
    #[inline(always)]
    pub fn FormatValue(&mut self, i: Instr) -> Step {
        let v = self.r(i.b());
        let spec = if i.c() & 4 != 0 { Some(self.r(i.b() + 1)) } else { None };
        let out = ops::format_value(self.vm, v, (i.c() & 3) as u8, spec)?;
        self.set(i.a(), out);
        Ok(())
    }
    #[inline(always)]
    pub fn ListAppend(&mut self, i: Instr) -> Step {
        self.list_append(i);
        Ok(())
    }
    /// The append of a list comprehension and its loop's back edge, in one dispatch.
    #[inline(always)]
    pub fn ListAppendJump(&mut self, i: Instr) -> Step {
        self.list_append(i);
        let target = self.extra_target();
        self.jump_to(target)
    }
    #[inline(always)]
    fn list_append(&mut self, i: Instr) {
        let (l, v) = (self.r(i.a()), self.r(i.b()));
        if let Some(list) = l.as_list() {
            let mut items = list.borrow_mut();
            let cap = items.capacity();
            items.push(v);
            if items.capacity() != cap {
                // the collector counts a list's buffer from its creation on: tell it
                // about the growth, so a loop building big lists collects in time
                self.vm.heap.heap_bytes += (items.capacity() - cap) * 8;
            }
            drop(items);
            self.vm.write_barrier(l, v);
        }
    }
    #[inline(always)]
    pub fn ListExtend(&mut self, i: Instr) -> Step {
        let (l, v) = (self.r(i.a()), self.r(i.b()));
        ops::list_extend(self.vm, l, v)?;
        Ok(())
    }
    pub fn DictMerge(&mut self, i: Instr) -> Step {
        let (d, v, callee) = (self.r(i.a()), self.r(i.b()), self.r(i.c()));
        call::merge_kwargs(self.vm, d, v, callee)?;
        Ok(())
    }
    #[inline(always)]
    pub fn DictUpdate(&mut self, i: Instr) -> Step {
        let (d, v) = (self.r(i.a()), self.r(i.b()));
        ops::dict_merge(self.vm, d, v)?;
        Ok(())
    }
    #[inline(always)]
    pub fn BuildSet(&mut self, i: Instr) -> Step {
        let items = self.reg_slice(i.b(), i.c());
        let v = set::build(self.vm, &items)?;
        self.set(i.a(), v);
        Ok(())
    }
    #[inline(always)]
    pub fn SetAdd(&mut self, i: Instr) -> Step {
        let (s, v) = (self.r(i.a()), self.r(i.b()));
        if s.as_set().is_some() {
            set::add(self.vm, s, v)?;
        }
        Ok(())
    }
    #[inline(always)]
    pub fn SetUpdate(&mut self, i: Instr) -> Step {
        let (s, v) = (self.r(i.a()), self.r(i.b()));
        if s.as_set().is_some() {
            set::update(self.vm, s, v)?;
        }
        Ok(())
    }
    #[inline(always)]
    pub fn ListToTuple(&mut self, i: Instr) -> Step {
        let l = self.r(i.b());
        let items = l.as_list().map(|l| l.borrow().clone()).unwrap_or_default();
        let v = self.vm.new_tuple(items);
        self.set(i.a(), v);
        Ok(())
    }

    // ----------------------------------------------------------------- items and attributes

    #[inline(always)]
    pub fn GetItem(&mut self, i: Instr) -> Step {
        self.adapt(i);
        let (o, k) = (self.r(i.b()), self.r(i.c()));
        let v = ops::getitem(self.vm, o, k)?;
        self.set(i.a(), v);
        Ok(())
    }
    #[inline(always)]
    pub fn GetItemList(&mut self, i: Instr) -> Step {
        let (o, k) = (self.r(i.b()), self.r(i.c()));
        let (l, idx) = match (o.as_list(), k.is_int()) {
            (Some(l), true) => (l, k.as_int()),
            _ => {
                self.miss();
                return self.GetItem(i);
            }
        };
        let l = l.borrow();
        let idx = if idx < 0 { idx + l.len() as i64 } else { idx };
        if idx >= 0 && (idx as usize) < l.len() {
            let v = l[idx as usize];
            drop(l);
            self.set(i.a(), v);
            return Ok(());
        }
        drop(l);
        let v = ops::getitem(self.vm, o, k)?;
        self.set(i.a(), v);
        Ok(())
    }
    #[inline(always)]
    pub fn GetItemTuple(&mut self, i: Instr) -> Step {
        let (o, k) = (self.r(i.b()), self.r(i.c()));
        let (t, idx) = match (o.as_tuple(), k.is_int()) {
            (Some(t), true) => (t, k.as_int()),
            _ => {
                self.miss();
                return self.GetItem(i);
            }
        };
        let idx = if idx < 0 { idx + t.len() as i64 } else { idx };
        if idx >= 0 && (idx as usize) < t.len() {
            let v = t[idx as usize];
            self.set(i.a(), v);
            return Ok(());
        }
        let v = ops::getitem(self.vm, o, k)?;
        self.set(i.a(), v);
        Ok(())
    }
    #[inline(always)]
    pub fn GetItemDict(&mut self, i: Instr) -> Step {
        let (o, k) = (self.r(i.b()), self.r(i.c()));
        let d = match o.as_dict() {
            Some(d) => d,
            None => {
                self.miss();
                return self.GetItem(i);
            }
        };
        let h = ops::hash(self.vm, k)?;
        let k = ops::dict_key(self.vm, o, h, k)?;
        let found = d.borrow().get(h, k);
        let v = match found {
            Some(v) => v,
            None => ops::getitem(self.vm, o, k)?,
        };
        self.set(i.a(), v);
        Ok(())
    }
    #[inline(always)]
    pub fn SetItem(&mut self, i: Instr) -> Step {
        self.adapt(i);
        let (o, k, v) = (self.r(i.a()), self.r(i.b()), self.r(i.c()));
        ops::setitem(self.vm, o, k, v)?;
        Ok(())
    }
    #[inline(always)]
    pub fn SetItemList(&mut self, i: Instr) -> Step {
        let (o, k, v) = (self.r(i.a()), self.r(i.b()), self.r(i.c()));
        let (l, idx) = match (o.as_list(), k.is_int()) {
            (Some(l), true) => (l, k.as_int()),
            _ => {
                self.miss();
                return self.SetItem(i);
            }
        };
        let mut l = l.borrow_mut();
        let idx = if idx < 0 { idx + l.len() as i64 } else { idx };
        if idx >= 0 && (idx as usize) < l.len() {
            l[idx as usize] = v;
            self.vm.write_barrier(o, v);
            return Ok(());
        }
        drop(l);
        ops::setitem(self.vm, o, k, v)?;
        Ok(())
    }
    #[inline(always)]
    pub fn SetItemDict(&mut self, i: Instr) -> Step {
        let (o, k, v) = (self.r(i.a()), self.r(i.b()), self.r(i.c()));
        let d = match o.as_dict() {
            Some(d) => d,
            None => {
                self.miss();
                return self.SetItem(i);
            }
        };
        let h = ops::hash(self.vm, k)?;
        let k = ops::dict_key(self.vm, o, h, k)?;
        let mut dm = d.borrow_mut();
        let size = dm.heap_size();
        let added = dm.insert(h, k, v);
        if added {
            // as for lists (`ListAppend`): the collector hears of the table's growth
            let grown = dm.heap_size().saturating_sub(size);
            drop(dm);
            self.vm.heap.heap_bytes += grown;
            self.vm.write_barrier(o, k);
        } else {
            drop(dm);
        }
        self.vm.write_barrier(o, v);
        Ok(())
    }
    #[inline(always)]
    pub fn DelItem(&mut self, i: Instr) -> Step {
        let (o, k) = (self.r(i.a()), self.r(i.b()));
        ops::delitem(self.vm, o, k)?;
        Ok(())
    }
    #[inline(always)]
    pub fn GetAttr(&mut self, i: Instr) -> Step {
        self.adapt(i);
        self.get_attr(i)
    }
    /// `GetAttr`'s semantics, without the adaptive counting.
    #[inline(always)]
    fn get_attr(&mut self, i: Instr) -> Step {
        // a getter may look at this frame (`frame.f_lineno`, `sys._getframe(1)`)
        self.save_pc();
        let o = self.r(i.b());
        let name = self.name(i.c());
        let v = crate::objects::attr::getattr(self.vm, o, name)?;
        self.set(i.a(), v);
        Ok(())
    }
    #[inline(always)]
    pub fn SetAttr(&mut self, i: Instr) -> Step {
        self.adapt(i);
        self.set_attr(i)
    }
    #[inline(always)]
    fn set_attr(&mut self, i: Instr) -> Step {
        let o = self.r(i.a());
        let name = self.name(i.b());
        let v = self.r(i.c());
        crate::objects::attr::setattr(self.vm, o, name, v)?;
        Ok(())
    }
    #[inline(always)]
    pub fn DelAttr(&mut self, i: Instr) -> Step {
        let o = self.r(i.a());
        let name = self.name(i.b());
        crate::objects::attr::delattr(self.vm, o, name)?;
        Ok(())
    }
    #[inline(always)]
    pub fn LoadMethod(&mut self, i: Instr) -> Step {
        self.adapt(i);
        self.load_method(i)
    }
    #[inline(always)]
    fn load_method(&mut self, i: Instr) -> Step {
        let o = self.r(i.b());
        let name = self.name(i.c());
        let (m, s) = crate::objects::attr::load_method(self.vm, o, name)?;
        self.set(i.a(), m);
        self.set(i.a() + 1, s);
        Ok(())
    }
    /// The instance in `o` when it has the shape and class epoch cached in `c`.
    #[inline(always)]
    fn cached_instance(&self, o: Value, c: &InlineCache) -> Option<&'v crate::objects::class::InstanceObj> {
        match o.kind() {
            Some(ObjKind::Instance(inst)) if inst.shape.get() as u64 == c.key.get() && c.aux.get() == self.vm.type_epoch => Some(inst),
            _ => None,
        }
    }
    /// A monomorphic instance form missed on `o`: it becomes polymorphic when `o` is
    /// another plain instance, else generic again.
    #[inline(always)]
    fn instance_miss(&mut self, o: Value) {
        if !specialize::widen(self.vm, self.code(), self.pc - 1, o) {
            self.miss();
        }
    }
    /// The way of this polymorphic instruction for `o`'s shape, with the instance.
    #[inline(always)]
    fn poly_way(&self, o: Value) -> Option<(&'v crate::objects::class::InstanceObj, PolyWay)> {
        let c = self.cache();
        match o.kind() {
            Some(ObjKind::Instance(inst)) if c.aux.get() == self.vm.type_epoch => {
                // SAFETY: a polymorphic form's key is the address of its cache, boxed in
                // the running code object, which lives at least as long as this frame.
                let p = unsafe { &*(c.key.get() as *const PolyCache) };
                let s = inst.shape.get();
                p.ways.iter().map(|w| w.get()).find(|w| w.shape == s).map(|w| (inst, w))
            }
            _ => None,
        }
    }
    /// A polymorphic form found no way for `o`: one is added when there is room, else
    /// the instruction becomes generic again.
    #[inline(always)]
    fn poly_miss(&mut self, o: Value) {
        if !specialize::poly_add(self.vm, self.code(), self.pc - 1, o) {
            self.miss();
        }
    }
    #[inline(always)]
    pub fn GetAttrInstance(&mut self, i: Instr) -> Step {
        let o = self.r(i.b());
        let c = self.cache();
        if let Some(inst) = self.cached_instance(o, c) {
            if let Some(&v) = inst.slots.borrow().get(c.value.get().as_int() as usize) {
                self.set(i.a(), v);
                return Ok(());
            }
        }
        self.instance_miss(o);
        self.get_attr(i)
    }
    // Out of the dispatch loop, as a call: inlined, this handler's code took
    // registers from the arithmetic and subscript handlers (int_loop +3%, nbody +2%
    // instructions).
    #[inline(never)]
    pub fn GetAttrPoly(&mut self, i: Instr) -> Step {
        let o = self.r(i.b());
        if let Some((inst, w)) = self.poly_way(o) {
            if w.slot & POLY_CLASS_ENTRY != 0 {
                if let Some(d) = w.value.as_dict() {
                    let v = d.borrow().value_at((w.slot & !POLY_CLASS_ENTRY) as usize);
                    self.set(i.a(), v);
                    return Ok(());
                }
            } else if let Some(&v) = inst.slots.borrow().get(w.slot as usize) {
                self.set(i.a(), v);
                return Ok(());
            }
        }
        self.poly_miss(o);
        self.get_attr(i)
    }
    #[inline(always)]
    pub fn SetAttrInstance(&mut self, i: Instr) -> Step {
        let (o, v) = (self.r(i.a()), self.r(i.c()));
        let c = self.cache();
        if let Some(inst) = self.cached_instance(o, c) {
            if let Some(slot) = inst.slots.borrow_mut().get_mut(c.value.get().as_int() as usize) {
                *slot = v;
                self.vm.write_barrier(o, v);
                return Ok(());
            }
        }
        self.instance_miss(o);
        self.set_attr(i)
    }
    #[inline(always)]
    pub fn SetAttrInstanceAdd(&mut self, i: Instr) -> Step {
        let (o, v) = (self.r(i.a()), self.r(i.c()));
        let c = self.cache();
        if let Some(inst) = self.cached_instance(o, c) {
            crate::objects::class::push_slot(inst, v);
            inst.shape.set(c.value.get().as_int() as u32);
            self.vm.write_barrier(o, v);
            return Ok(());
        }
        self.instance_miss(o);
        self.set_attr(i)
    }
    // Out of the dispatch loop, as a call: inlined, this handler's code took
    // registers from the arithmetic and subscript handlers (int_loop +3%, nbody +2%
    // instructions).
    #[inline(never)]
    pub fn SetAttrPoly(&mut self, i: Instr) -> Step {
        let (o, v) = (self.r(i.a()), self.r(i.c()));
        if let Some((inst, w)) = self.poly_way(o) {
            if w.slot == POLY_VALUE {
                crate::objects::class::push_slot(inst, v);
                inst.shape.set(w.value.as_int() as u32);
                self.vm.write_barrier(o, v);
                return Ok(());
            }
            if let Some(slot) = inst.slots.borrow_mut().get_mut(w.slot as usize) {
                *slot = v;
                self.vm.write_barrier(o, v);
                return Ok(());
            }
        }
        self.poly_miss(o);
        self.set_attr(i)
    }
    #[inline(always)]
    pub fn LoadMethodInstance(&mut self, i: Instr) -> Step {
        let o = self.r(i.b());
        let c = self.cache();
        // the shape says the instance has no attribute of that name
        if self.cached_instance(o, c).is_some() {
            self.set(i.a(), c.value.get());
            self.set(i.a() + 1, o);
            return Ok(());
        }
        self.instance_miss(o);
        self.load_method(i)
    }
    // Out of the dispatch loop, as a call: inlined, this handler's code took
    // registers from the arithmetic and subscript handlers (int_loop +3%, nbody +2%
    // instructions).
    #[inline(never)]
    pub fn LoadMethodPoly(&mut self, i: Instr) -> Step {
        let o = self.r(i.b());
        if let Some((_, w)) = self.poly_way(o) {
            self.set(i.a(), w.value);
            self.set(i.a() + 1, o);
            return Ok(());
        }
        self.poly_miss(o);
        self.load_method(i)
    }
    // Out of the dispatch loop, as a call: inlined, this handler's code took
    // registers from the arithmetic and subscript handlers (int_loop +3%, nbody +2%
    // instructions).
    #[inline(never)]
    pub fn LoadSuperMethod(&mut self, i: Instr) -> Step {
        self.load_super_method(i)?;
        // after the lookup, whose outcome the specialized form caches
        let c = self.cache();
        match c.counter.get() {
            0 => specialize::super_method_form(self.vm, self.code(), self.pc - 1, self.r(i.b()), self.r(0)),
            n => c.counter.set(n - 1),
        }
        Ok(())
    }
    /// `LoadSuperMethod`'s semantics, without the adaptive counting.
    #[inline(never)]
    fn load_super_method(&mut self, i: Instr) -> Step {
        let s = self.r(i.b());
        let name = self.name(i.c());
        self.save_pc();
        // `super()` finds the method's class and first argument in this frame
        let sup = self.vm.call(s, &[])?;
        self.set(i.a() + 1, sup);
        let (m, o) = crate::objects::attr::load_method(self.vm, sup, name)?;
        self.set(i.a(), m);
        self.set(i.a() + 1, o);
        Ok(())
    }
    // In the `super().name` forms, register 0 exists: the code takes an argument.
    // Out of the dispatch loop, as a call: inlined, this handler's code took
    // registers from the arithmetic and subscript handlers (int_loop +3%, nbody +2%
    // instructions).
    #[inline(never)]
    pub fn LoadSuperMethodCached(&mut self, i: Instr) -> Step {
        let first = self.r(0);
        let c = self.cache();
        if self.r(i.b()) == self.vm.super_fn {
            if self.cached_instance(first, c).is_some() {
                self.set(i.a(), c.value.get());
                self.set(i.a() + 1, first);
                return Ok(());
            }
            self.instance_miss(first);
        } else {
            self.miss();
        }
        self.load_super_method(i)
    }
    // Out of the dispatch loop, as a call: inlined, this handler's code took
    // registers from the arithmetic and subscript handlers (int_loop +3%, nbody +2%
    // instructions).
    #[inline(never)]
    pub fn LoadSuperMethodPoly(&mut self, i: Instr) -> Step {
        let first = self.r(0);
        if self.r(i.b()) == self.vm.super_fn {
            if let Some((_, w)) = self.poly_way(first) {
                self.set(i.a(), w.value);
                self.set(i.a() + 1, first);
                return Ok(());
            }
            self.poly_miss(first);
        } else {
            self.miss();
        }
        self.load_super_method(i)
    }
    /// The value of the module attribute cached for this instruction, if `o` is the
    /// module and its namespace has the same keys.
    #[inline(always)]
    fn cached_module_attr(&self, o: Value) -> Option<Value> {
        let c = self.cache();
        let d = o.as_module()?.dict.as_dict()?.borrow();
        (d.version == c.key.get()).then(|| d.value_at(c.aux.get() as usize))
    }
    #[inline(always)]
    pub fn GetAttrModule(&mut self, i: Instr) -> Step {
        match self.cached_module_attr(self.r(i.b())) {
            Some(v) => {
                self.set(i.a(), v);
                Ok(())
            }
            None => {
                self.miss();
                self.GetAttr(i)
            }
        }
    }
    #[inline(always)]
    pub fn LoadMethodModule(&mut self, i: Instr) -> Step {
        match self.cached_module_attr(self.r(i.b())) {
            Some(v) => {
                self.set(i.a(), v);
                self.set(i.a() + 1, Value::NULL);
                Ok(())
            }
            None => {
                self.miss();
                self.LoadMethod(i)
            }
        }
    }
    #[inline(always)]
    pub fn LoadMethodCached(&mut self, i: Instr) -> Step {
        let o = self.r(i.b());
        let c = self.cache();
        if self.vm.type_of(o).0 != c.key.get() {
            self.miss();
            return self.LoadMethod(i);
        }
        self.set(i.a(), c.value.get());
        self.set(i.a() + 1, o);
        Ok(())
    }

    // ----------------------------------------------------------------- calls

    #[inline(always)]
    pub fn finish_call(&mut self, out: CallOutcome, dst_reg: usize) -> Step {
        match out {
            CallOutcome::Done(v) => {
                if S {
                    self.vm.stats.native_calls += 1;
                }
                self.set(dst_reg, v);
                Ok(())
            }
            CallOutcome::Pushed => {
                if S {
                    self.vm.stats.python_calls += 1;
                }
                self.reload();
                self.safepoint()
            }
        }
    }
    #[inline(always)]
    pub fn Call(&mut self, i: Instr) -> Step {
        self.adapt(i);
        self.save_pc();
        let w = self.window(i.a(), i.b() + 1);
        let callee = self.r(i.a());
        let out = call::call_from_regs(self.vm, callee, w + 1, i.b(), Value::NULL, self.reg_ptr(i.c()))?;
        self.finish_call(out, i.c())
    }
    #[inline(always)]
    pub fn CallMethod(&mut self, i: Instr) -> Step {
        self.adapt(i);
        self.save_pc();
        let w = self.window(i.a(), i.b() + 2);
        let callee = self.r(i.a());
        let dst = self.reg_ptr(i.c());
        let out = if self.r(i.a() + 1).is_null() {
            call::call_from_regs(self.vm, callee, w + 2, i.b(), Value::NULL, dst)?
        } else {
            call::call_from_regs(self.vm, callee, w + 1, i.b() + 1, Value::NULL, dst)?
        };
        self.finish_call(out, i.c())
    }
    /// Pushes the frame of a Python function taking exactly `nargs` positional
    /// arguments found at register `args`; false when the callee is anything else.
    #[inline(always)]
    fn push_exact(&mut self, callee: Value, args: usize, nargs: usize, dst: usize) -> Result<bool, Stop> {
        let f = match callee.as_function() {
            Some(f) => f,
            None => return Ok(false),
        };
        let code = match f.code.as_code() {
            Some(c) if c.argcount as usize == nargs && c.kwonlyargcount == 0 && c.flags == 0 => c,
            _ => return Ok(false),
        };
        self.save_pc();
        let w = self.window(args, nargs);
        let ret = self.reg_ptr(dst);
        call::push_frame(self.vm, f, code, w, nargs, ret)?;
        self.finish_call(CallOutcome::Pushed, dst)?;
        Ok(true)
    }
    /// Calls a native function (not a bound one) with `nargs` arguments at register
    /// `args`; false when the callee is anything else.
    #[inline(always)]
    fn call_native(&mut self, callee: Value, args: usize, nargs: usize, dst: usize) -> Result<bool, Stop> {
        let b = match callee.kind() {
            Some(ObjKind::Builtin(b)) if b.self_.is_null() => b,
            _ => return Ok(false),
        };
        self.save_pc();
        let w = self.window(args, nargs);
        let v = call::call_builtin_from_regs(self.vm, b.func, w, nargs)?;
        self.finish_call(CallOutcome::Done(v), dst)?;
        Ok(true)
    }
    #[inline(always)]
    pub fn CallNative(&mut self, i: Instr) -> Step {
        let callee = self.r(i.a());
        if !self.call_native(callee, i.a() + 1, i.b(), i.c())? {
            self.miss();
            return self.Call(i);
        }
        Ok(())
    }
    #[inline(always)]
    pub fn CallMethodNative(&mut self, i: Instr) -> Step {
        let callee = self.r(i.a());
        if self.r(i.a() + 1).is_null() || !self.call_native(callee, i.a() + 1, i.b() + 1, i.c())? {
            self.miss();
            return self.CallMethod(i);
        }
        Ok(())
    }
    #[inline(always)]
    pub fn CallPyExact(&mut self, i: Instr) -> Step {
        let callee = self.r(i.a());
        if !self.push_exact(callee, i.a() + 1, i.b(), i.c())? {
            self.miss();
            return self.Call(i);
        }
        Ok(())
    }
    #[inline(always)]
    pub fn CallMethodPyExact(&mut self, i: Instr) -> Step {
        let callee = self.r(i.a());
        let pushed =
            if self.r(i.a() + 1).is_null() { self.push_exact(callee, i.a() + 2, i.b(), i.c())? } else { self.push_exact(callee, i.a() + 1, i.b() + 1, i.c())? };
        if !pushed {
            self.miss();
            return self.CallMethod(i);
        }
        Ok(())
    }
    // Out of the dispatch loop, as a call: inlined, this handler's code took
    // registers from the arithmetic and subscript handlers (int_loop +3%, nbody +2%
    // instructions).
    #[inline(never)]
    pub fn CallClass(&mut self, i: Instr) -> Step {
        let cls = self.r(i.a());
        let c = self.cache();
        if cls.0 == c.key.get() && c.aux.get() == self.vm.type_epoch {
            if let Some(t) = cls.as_type() {
                let init = c.value.get();
                if init.is_null() {
                    // no __init__ of its own, and (the instruction's B) no arguments
                    let obj = crate::objects::class::new_plain_instance(self.vm, cls, t);
                    self.set(i.c(), obj);
                    return Ok(());
                }
                if let Some(f) = init.as_function() {
                    if let Some(code) = f.code.as_code().filter(|c| c.argcount as usize == i.b() + 1 && c.kwonlyargcount == 0 && c.flags == 0) {
                        return self.push_init(i, cls, t, f, code);
                    }
                }
            }
        }
        self.call_missed(i)
    }
    /// A specialized call's guard failed: the generic call, out of line (it inlines the
    /// whole call protocol, which the dispatch loop need not hold twice more).
    #[inline(never)]
    fn call_missed(&mut self, i: Instr) -> Step {
        self.miss();
        self.Call(i)
    }
    /// `CallClass`'s frame: a new instance of `cls` (type object `t`) in the class's
    /// register, below the arguments, and `__init__` (`f`, whose code is `code`) run
    /// with them. Out of line: the allocation and the frame push dwarf a call, and
    /// the dispatch loop's registers are better spent on the short handlers.
    #[inline(never)]
    fn push_init(&mut self, i: Instr, cls: Value, t: &crate::objects::TypeObj, f: &crate::objects::Function, code: &Code) -> Step {
        self.save_pc();
        let w = self.window(i.a(), i.b() + 1);
        let obj = crate::objects::class::new_plain_instance(self.vm, cls, t);
        self.vm.set_slot(w, obj);
        let ret = self.reg_ptr(i.c());
        call::push_frame(self.vm, f, code, w, i.b() + 1, ret)?;
        if let Some(fr) = self.vm.frames.last_mut() {
            fr.init_self = obj;
        }
        self.finish_call(CallOutcome::Pushed, i.c())
    }
    /// Runs `a.__op__(b)` as a frame when the cache of this `…Instance` instruction
    /// holds for `a` and `b`; false when it does not.
    #[inline(always)]
    fn push_binary_method(&mut self, a: Value, b: Value, dst: usize) -> Result<bool, Stop> {
        let c = self.cache();
        let cls = match a.kind() {
            Some(ObjKind::Instance(inst)) => inst.class,
            _ => return Ok(false),
        };
        if cls.0 != c.key.get() || c.aux.get() != self.vm.type_epoch || !crate::objects::class::forward_first(b, cls) {
            return Ok(false);
        }
        let func = c.value.get();
        let f = match func.as_function() {
            Some(f) => f,
            None => return Ok(false),
        };
        let code = match f.code.as_code() {
            Some(code) if code.argcount == 2 && code.kwonlyargcount == 0 && code.flags == 0 => code,
            _ => return Ok(false),
        };
        self.push_binary_frame(f, code, a, b, dst)
    }
    /// The frame of `push_binary_method`, out of line as `push_init`.
    #[inline(never)]
    fn push_binary_frame(&mut self, f: &crate::objects::Function, code: &Code, a: Value, b: Value, dst: usize) -> Result<bool, Stop> {
        // the operands go above every live frame, where the method's frame starts
        let top = self.vm.frame_top();
        if top + 2 >= super::STACK_SLOTS {
            return Ok(false);
        }
        self.save_pc();
        self.vm.set_slot(top, a);
        self.vm.set_slot(top + 1, b);
        let ret = self.reg_ptr(dst);
        call::push_frame(self.vm, f, code, top, 2, ret)?;
        if let Some(fr) = self.vm.frames.last_mut() {
            fr.flags |= super::FRAME_BINARY;
        }
        self.finish_call(CallOutcome::Pushed, dst)?;
        Ok(true)
    }
    #[inline(always)]
    pub fn CallKw(&mut self, i: Instr) -> Step {
        self.save_pc();
        let w = self.window(i.a(), i.b() + 1);
        let callee = self.r(i.a());
        let kwnames = self.konst(i.c());
        let out = call::call_from_regs(self.vm, callee, w + 1, i.b(), kwnames, self.reg_ptr(i.a()))?;
        self.finish_call(out, i.a())
    }
    #[inline(always)]
    pub fn CallEx(&mut self, i: Instr) -> Step {
        self.save_pc();
        let w = self.window(i.a(), 3);
        let callee = self.r(i.a());
        let args = self.r(i.a() + 1);
        let kwargs = if i.b() != 0 { self.r(i.a() + 2) } else { Value::NULL };
        let out = call::call_ex(self.vm, callee, args, kwargs, w + 1, self.reg_ptr(i.a()))?;
        self.finish_call(out, i.a())
    }
    #[inline(always)]
    pub fn MakeFunction(&mut self, i: Instr) -> Step {
        let code = self.konst(i.bx());
        let defaults = self.r(i.a());
        let kwdefaults = self.r(i.a() + 1);
        let closure = if code.as_code().is_some_and(|c| c.nfree > 0) { self.r(i.a() + 2) } else { Value::NULL };
        let globals = self.globals();
        let f = crate::objects::function::make_function(self.vm, code, globals, defaults, kwdefaults, closure);
        self.set(i.a(), f);
        Ok(())
    }
    #[inline(always)]
    pub fn do_return(&mut self, mut v: Value) -> Step {
        let f = match self.vm.frames.pop() {
            Some(f) => f,
            None => return Err(Stop::Exit(v)),
        };
        if !f.gen.is_null() {
            crate::objects::generator::finished(self.vm, &f);
            if !f.is_entry() {
                return self.generator_returned(f, v);
            }
        }
        if !f.init_self.is_null() {
            v = match init_result(self.vm, f.init_self, v) {
                Ok(x) => x,
                Err(e) => {
                    if f.is_entry() {
                        // a native caller waits for this frame's run: raise from it
                        self.vm.frames.push(f);
                    } else {
                        // raised by the class call in the caller, as in CPython
                        self.reload();
                    }
                    return Err(e.into());
                }
            };
        }
        if f.flags != 0 {
            if f.flags & super::FRAME_ENTRY != 0 {
                if f.flags & super::FRAME_OUTLIVED_GC != 0 && f.gen.is_null() {
                    self.vm.frame_outlived_collection(f.code, f.regs, v);
                }
                // SAFETY: ret_dst points at the native caller's result slot, which
                // outlives this frame.
                unsafe { *f.ret_dst = v };
                return Err(Stop::Exit(v));
            }
            if f.flags & super::FRAME_OUTLIVED_GC != 0 {
                self.vm.frame_outlived_collection(f.code, f.regs, v);
                self.vm.clear_returned_window(&f);
            }
            if f.flags & super::FRAME_BINARY != 0 && v == Value::NOT_IMPLEMENTED {
                return self.binary_not_implemented(f.ret_dst);
            }
        }
        // SAFETY: ret_dst points at a register of the caller's frame (on the main stack
        // or in a generator the caller's frame roots), which outlives this frame.
        unsafe { *f.ret_dst = v };
        self.reload();
        // A returning function often leaves big temporaries behind (`"[" + ", ".join(parts)
        // + "]"` makes three copies of a long text); with the result in the caller's
        // register, this is a safe point to let the collector catch up with them.
        self.safepoint()
    }
    /// `a.__op__(b)`, run as a frame by the caller's binary instruction, returned
    /// NotImplemented (the result was to go to `ret_dst`): the caller's instruction goes on from there, its operands still
    /// in its registers (the method's frame lay above them), and an error is raised
    /// from it.
    #[cold]
    #[inline(never)]
    fn binary_not_implemented(&mut self, ret_dst: *mut Value) -> Step {
        self.reload();
        // SAFETY: the caller saved its pc just past its binary instruction.
        let i = Instr(unsafe { *self.instrs.add(self.pc - 1) });
        let op = match BinOp::of_family(i.op()) {
            Some(op) => op,
            None => return Err(self.vm.runtime_error("binary method frame returned to a non-binary instruction").into()),
        };
        let (a, b) = (self.r(i.b()), self.r(i.c()));
        let v = ops::binary_op_after_forward(self.vm, op, a, b)?;
        // SAFETY: as for `do_return`.
        unsafe { *ret_dst = v };
        self.safepoint()
    }
    /// A generator resumed by a `ForIter` or `Send` of the frame below returned `v`:
    /// the loop is over (its variable keeps the last item), or the `yield from` has
    /// its value; either way the caller goes on at the instruction's exit target.
    #[cold]
    #[inline(never)]
    fn generator_returned(&mut self, f: super::Frame, v: Value) -> Step {
        self.reload();
        // the caller saved its pc just past the instruction's ExtraArg word
        // SAFETY: that instruction and its ExtraArg word are inside the caller's code.
        let waiting = Instr(unsafe { *self.instrs.add(self.pc - 2) });
        if waiting.op() == crate::bytecode::opcodes::Op::Send {
            // SAFETY: as for `do_return`.
            unsafe { *f.ret_dst = v };
        }
        // SAFETY: as above.
        self.pc = Instr(unsafe { *self.instrs.add(self.pc - 1) }).bx();
        Ok(())
    }
    #[inline(always)]
    pub fn Return(&mut self, i: Instr) -> Step {
        let v = self.r(i.a());
        self.do_return(v)
    }
    #[inline(always)]
    pub fn ReturnNone(&mut self, _i: Instr) -> Step {
        self.do_return(Value::NONE)
    }

    // ----------------------------------------------------------------- iteration

    #[inline(always)]
    pub fn GetIter(&mut self, i: Instr) -> Step {
        let o = self.r(i.b());
        let it = iter::get_iter(self.vm, o)?;
        self.set(i.a(), it);
        Ok(())
    }
    /// The end of a loop step: R[B] := v and on into the body, past the ExtraArg word.
    #[inline(always)]
    fn loop_next(&mut self, i: Instr, v: Value) -> Step {
        self.set(i.b(), v);
        self.pc += 1;
        Ok(())
    }
    /// The loop is over: on to the ExtraArg's target.
    #[inline(always)]
    fn loop_exit(&mut self) -> Step {
        self.pc = self.extra_target();
        Ok(())
    }
    #[inline(always)]
    pub fn ForIter(&mut self, i: Instr) -> Step {
        self.adapt(i);
        let it = self.r(i.a());
        match iter::next(self.vm, it)? {
            Some(v) => self.loop_next(i, v),
            None => self.loop_exit(),
        }
    }
    /// A generator driving a `for` loop: its frame is pushed above this one, with the
    /// loop variable as its result register and the loop body as the place to come
    /// back to; its return exits the loop (`do_return`).
    #[inline(always)]
    pub fn ForIterGen(&mut self, i: Instr) -> Step {
        let it = self.r(i.a());
        let dst = self.reg_ptr(i.b());
        // the caller goes on past the ExtraArg word (the loop body) when it yields
        if crate::objects::generator::push_resumed(self.vm, it, Value::NONE, dst, self.pc + 1)? {
            if S {
                self.vm.stats.python_calls += 1;
            }
            self.reload();
            return self.safepoint();
        }
        self.miss();
        self.ForIter(i)
    }
    /// `for a, b in it:` over an iterator of pairs it builds (see `iter::next_pair`):
    /// the pair goes straight to the registers of the UnpackSeq after the ExtraArg
    /// word, and the loop body starts past it.
    #[inline(always)]
    pub fn ForIterPair(&mut self, i: Instr) -> Step {
        let it = self.r(i.a());
        match iter::next_pair(self.vm, it)? {
            Some(Some((a, b))) => {
                // SAFETY: specialization saw an UnpackSeq of R[B] into 2 registers right
                // after the ExtraArg word, and rewrites never change operands.
                let unpack = Instr(unsafe { *self.instrs.add(self.pc + 1) });
                self.set(unpack.a(), a);
                self.set(unpack.a() + 1, b);
                self.pc += 2;
                Ok(())
            }
            Some(None) => self.loop_exit(),
            None => {
                self.miss();
                self.ForIter(i)
            }
        }
    }
    #[inline(always)]
    pub fn ForIterDict(&mut self, i: Instr) -> Step {
        let it = self.r(i.a());
        match iter::next_dict_item(self.vm, it)? {
            Some(Some(v)) => self.loop_next(i, v),
            Some(None) => self.loop_exit(),
            None => {
                self.miss();
                self.ForIter(i)
            }
        }
    }
    #[inline(always)]
    pub fn ForIterRange(&mut self, i: Instr) -> Step {
        let it = self.r(i.a());
        if let Some(ObjKind::Iter(st)) = it.kind() {
            if let IterState::Range { cur, stop, step } = &mut *st.borrow_mut() {
                let c = *cur;
                if (*step > 0 && c < *stop) || (*step < 0 && c > *stop) {
                    *cur = c.saturating_add(*step);
                    let v = match Value::try_int(c) {
                        Some(v) => v,
                        None => self.vm.new_int(c),
                    };
                    return self.loop_next(i, v);
                }
                return self.loop_exit();
            }
        }
        self.miss();
        self.ForIter(i)
    }
    /// The next item of a list or tuple iterator (`Some(None)` when exhausted), or None
    /// when `it` is not iterating a sequence of kind `want_list`.
    #[inline(always)]
    fn seq_next(heap: &mut crate::heap::Heap, it: Value, want_list: bool) -> Option<Option<Value>> {
        let st = match it.kind() {
            Some(ObjKind::Iter(st)) => st,
            _ => return None,
        };
        let mut st = st.borrow_mut();
        let (seq, idx) = match &mut *st {
            IterState::Seq { seq, idx } => (*seq, idx),
            _ => return None,
        };
        if want_list {
            let l = seq.as_list()?.borrow();
            if let Some(&v) = l.get(*idx) {
                // Touch an upcoming item's object early: list items are often scattered
                // objects the loop body reads right away.
                if let Some(&ahead) = l.get(*idx + 4) {
                    prefetch_obj(ahead);
                }
                *idx += 1;
                return Some(Some(v));
            }
        } else if let Some(&v) = seq.as_tuple()?.get(*idx) {
            *idx += 1;
            return Some(Some(v));
        }
        // as CPython's: an exhausted iterator stays exhausted if the list grows again
        *st = IterState::Exhausted;
        // `for x in f():` leaves the sequence to its iterator alone
        heap.note_dropped(seq);
        Some(None)
    }
    #[inline(always)]
    pub fn ForIterList(&mut self, i: Instr) -> Step {
        let it = self.r(i.a());
        match Self::seq_next(&mut self.vm.heap, it, true) {
            Some(Some(v)) => self.loop_next(i, v),
            Some(None) => self.loop_exit(),
            None => {
                self.miss();
                self.ForIter(i)
            }
        }
    }
    #[inline(always)]
    pub fn ForIterStr(&mut self, i: Instr) -> Step {
        let it = self.r(i.a());
        if let Some(ObjKind::Iter(st)) = it.kind() {
            if let IterState::Str { s, byte_pos } = &mut *st.borrow_mut() {
                let text = s.as_str().unwrap_or("");
                let ch = match text.get(*byte_pos..).and_then(|rest| rest.chars().next()) {
                    Some(ch) => ch,
                    None => return self.loop_exit(),
                };
                *byte_pos += ch.len_utf8();
                let v = self.vm.new_char(ch);
                return self.loop_next(i, v);
            }
        }
        self.miss();
        self.ForIter(i)
    }
    #[inline(always)]
    pub fn ForIterSet(&mut self, i: Instr) -> Step {
        let it = self.r(i.a());
        if let Some(ObjKind::Iter(st)) = it.kind() {
            let next = match &mut *st.borrow_mut() {
                IterState::Set { set, pos, used } => {
                    let r = set::iter_next(set, pos, *used);
                    if r.is_err() {
                        *used = usize::MAX;
                    }
                    Some(r)
                }
                _ => None,
            };
            match next {
                Some(Ok(Some(v))) => return self.loop_next(i, v),
                Some(Ok(None)) => return self.loop_exit(),
                Some(Err(_)) => return Err(self.vm.runtime_error(set::CHANGED_SIZE).into()),
                None => {}
            }
        }
        self.miss();
        self.ForIter(i)
    }
    #[inline(always)]
    pub fn ForIterTuple(&mut self, i: Instr) -> Step {
        let it = self.r(i.a());
        match Self::seq_next(&mut self.vm.heap, it, false) {
            Some(Some(v)) => self.loop_next(i, v),
            Some(None) => self.loop_exit(),
            None => {
                self.miss();
                self.ForIter(i)
            }
        }
    }
    #[inline(always)]
    pub fn UnpackSeq(&mut self, i: Instr) -> Step {
        let src = self.r(i.b());
        let n = i.c();
        if let Some(t) = src.as_tuple() {
            if t.len() == n {
                for (k, &v) in t.iter().enumerate() {
                    self.set(i.a() + k, v);
                }
                return Ok(());
            }
        }
        let items = ops::unpack(self.vm, src, n, None)?;
        for (k, v) in items.into_iter().enumerate() {
            self.set(i.a() + k, v);
        }
        Ok(())
    }
    #[inline(always)]
    pub fn UnpackEx(&mut self, i: Instr) -> Step {
        let src = self.r(i.b());
        let before = i.c() & 0xFF;
        let after = i.c() >> 8;
        let items = ops::unpack(self.vm, src, before, Some(after))?;
        for (k, v) in items.into_iter().enumerate() {
            self.set(i.a() + k, v);
        }
        Ok(())
    }

    // ----------------------------------------------------------------- exceptions

    #[inline(always)]
    pub fn Raise(&mut self, i: Instr) -> Step {
        match i.c() {
            0 => {
                let h = self.vm.handled;
                if h.is_none() {
                    let c = self.vm.types.runtime_error;
                    return Err(self.vm.err(c, "No active exception to reraise").into());
                }
                Err(Stop::Reraise(PyErr(h)))
            }
            1 => {
                let e = crate::objects::exception::make_raisable(self.vm, self.r(i.a()))?;
                crate::objects::exception::set_context(self.vm, e);
                Err(Stop::Error(PyErr(e)))
            }
            _ => {
                let e = crate::objects::exception::make_raisable(self.vm, self.r(i.a()))?;
                crate::objects::exception::set_cause(self.vm, e, self.r(i.b()))?;
                crate::objects::exception::set_context(self.vm, e);
                Err(Stop::Error(PyErr(e)))
            }
        }
    }
    #[inline(always)]
    pub fn Reraise(&mut self, i: Instr) -> Step {
        Err(Stop::Reraise(PyErr(self.r(i.a()))))
    }
    #[inline(always)]
    pub fn PushExcInfo(&mut self, i: Instr) -> Step {
        let prev = self.vm.handled;
        self.set(i.a(), prev);
        self.vm.handled = self.r(i.b());
        Ok(())
    }
    #[inline(always)]
    pub fn PopExcInfo(&mut self, i: Instr) -> Step {
        self.vm.handled = self.r(i.a());
        Ok(())
    }
    #[inline(always)]
    pub fn ExcMatch(&mut self, i: Instr) -> Step {
        let (e, cls) = (self.r(i.b()), self.r(i.c()));
        let m = crate::objects::exception::exc_matches(self.vm, e, cls)?;
        self.set(i.a(), Value::bool(m));
        Ok(())
    }
    #[inline(always)]
    pub fn LoadAssertionError(&mut self, i: Instr) -> Step {
        let c = self.vm.types.assertion_error;
        self.set(i.a(), c);
        Ok(())
    }
    /// Only code typed at the interactive prompt has it; the hook itself is cold.
    #[inline(always)]
    pub fn PrintExpr(&mut self, i: Instr) -> Step {
        let v = self.r(i.a());
        crate::builtins::display_hook(self.vm, v)?;
        Ok(())
    }
    #[inline(always)]
    pub fn ExtraArg(&mut self, _i: Instr) -> Step {
        Ok(())
    }

    // ----------------------------------------------------------------- imports

    pub fn ImportName(&mut self, i: Instr) -> Step {
        // the module's body may run: the frame's pc must be current for tracebacks
        self.save_pc();
        let (name, fromlist, globals) = (self.name(i.b()), self.r(i.a() + 1), self.globals());
        let m = crate::modules::import::import_name(self.vm, name, globals, fromlist, i.c())?;
        self.set(i.a(), m);
        Ok(())
    }
    pub fn ImportFrom(&mut self, i: Instr) -> Step {
        self.save_pc();
        let (module, name) = (self.r(i.b()), self.name(i.c()));
        let v = crate::modules::import::import_from(self.vm, module, name)?;
        self.set(i.a(), v);
        Ok(())
    }
    pub fn ImportStar(&mut self, i: Instr) -> Step {
        self.save_pc();
        let (module, globals) = (self.r(i.a()), self.globals());
        crate::modules::import::import_star(self.vm, module, globals)?;
        Ok(())
    }
}

use crate::heap::prefetch_value as prefetch_obj;

impl Vm {
    /// Spends one step of the `--max-steps` budget; at zero the process stops with status 3.
    /// `count_step` for `n` steps at once.
    pub fn charge_steps(&mut self, n: u64) {
        if let Some(left) = self.max_steps {
            if n >= left {
                self.max_steps = Some(0);
                self.count_step();
            } else {
                self.max_steps = Some(left - n);
            }
        }
    }

    pub fn count_step(&mut self) {
        if let Some(n) = self.max_steps {
            if n == 0 {
                self.flush_out();
                eprintln!("pvm: step limit reached");
                std::process::exit(3);
            }
            self.max_steps = Some(n - 1);
        }
    }

    #[inline(always)]
    pub fn safepoint_due(&self) -> bool {
        self.heap.heap_bytes >= self.heap.next_gc_threshold() || self.max_steps.is_some()
    }

    #[cold]
    #[inline(never)]
    pub fn safepoint_slow(&mut self) -> PyResult<()> {
        self.count_step();
        if self.heap.wants_collect() && self.heap.enabled {
            self.collect();
        }
        // Ctrl-C zeroes the collection threshold (`vm::interrupt`), which is what
        // brought this safepoint here
        if super::interrupt::pending() {
            return Err(self.keyboard_interrupt());
        }
        Ok(())
    }
}

/// What a class call returns when its `__init__` frame returns `v`: the instance, or
/// CPython's TypeError for an `__init__` that returned something other than None
/// (raised while the `__init__` frame is still on the stack).
#[cold]
#[inline(never)]
fn init_result(vm: &mut Vm, instance: Value, v: Value) -> PyResult<Value> {
    if v.is_none() {
        return Ok(instance);
    }
    let t = vm.type_name(v);
    Err(vm.type_error(format!("__init__() should return None, not '{}'", t)))
}
