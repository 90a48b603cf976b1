//! The dispatch loop and each instruction's semantics.
//!
//! Every opcode of `for_each_op!` has one handler method on `Cx` with the opcode's
//! name; the `match` of the loop is generated from the same table, so an opcode
//! without a handler (or a handler without an opcode) does not compile. Handlers take
//! the inline fast paths (small ints, floats, lists) and call out-of-line `#[cold]`
//! object-layer functions for everything else.

#![allow(non_snake_case)]

use super::call::{self, CallOutcome};
use super::{PyErr, PyResult, Vm};
use crate::bytecode::code::Code;
use crate::bytecode::opcodes::{BinOp, CmpOp, Instr, Op};
use crate::objects::{iter, ops, IterState, ObjKind};
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

type Step = Result<(), Stop>;

/// `R[A] := R[B] op R[C]` handlers: each opcode is named after its `BinOp`.
macro_rules! binary_handlers {
    ($($op:ident),*) => {$(
        #[inline(always)]
        fn $op(&mut self, i: Instr) -> Step {
            let (a, b) = (self.r(i.b()), self.r(i.c()));
            self.arith(i, BinOp::$op, a, b)
        }
    )*};
}

/// The comparison handlers and their fused compare-and-branch forms, per `CmpOp`.
macro_rules! compare_handlers {
    ($(($op:ident, $jump:ident)),*) => {$(
        #[inline(always)]
        fn $op(&mut self, i: Instr) -> Step {
            self.cmp_store(i, CmpOp::$op)
        }
        #[inline(always)]
        fn $jump(&mut self, i: Instr) -> Step {
            self.jump_if_not(i, CmpOp::$op)
        }
    )*};
}

/// The hot interpreter state, kept in locals of `run` so it lives in machine registers.
pub struct Cx<'v> {
    pub vm: &'v mut Vm,
    regs: *mut Value,
    instrs: *const u64,
    code: *const Code,
    pc: usize,
    entry_depth: usize,
}

impl<'v> Cx<'v> {
    #[inline(always)]
    fn r(&self, i: usize) -> Value {
        // SAFETY: register operands are below the code's nregs, and frame push checked
        // base + nregs against the stack size.
        unsafe { *self.regs.add(i) }
    }
    #[inline(always)]
    fn set(&mut self, i: usize, v: Value) {
        // SAFETY: as for `r`.
        unsafe { *self.regs.add(i) = v }
    }
    #[inline(always)]
    fn code(&self) -> &'v Code {
        // SAFETY: the code object is referenced by the current frame, which roots it.
        unsafe { &*self.code }
    }
    #[inline(always)]
    fn konst(&self, i: usize) -> Value {
        self.code().consts[i]
    }
    #[inline(always)]
    fn name(&self, i: usize) -> Value {
        self.code().names[i]
    }
    /// Target of the `ExtraArg` word following the current instruction.
    #[inline(always)]
    fn extra_target(&self) -> usize {
        // SAFETY: ops marked `+x` are always emitted with their ExtraArg word.
        Instr(unsafe { *self.instrs.add(self.pc) }).bx()
    }
    #[inline(always)]
    fn base(&self) -> usize {
        self.vm.frames.last().map(|f| f.base).unwrap_or(0)
    }

    /// Re-reads the hot state from the top frame after a call, return or unwind.
    #[inline(always)]
    fn reload(&mut self) {
        let f = match self.vm.frames.last() {
            Some(f) => f,
            None => return,
        };
        let code = f.code.as_code().expect("frame code is a code object");
        self.code = code as *const Code;
        self.instrs = code.instrs.as_ptr();
        self.regs = self.vm.slot_ptr(f.base);
        self.pc = f.pc;
    }

    #[inline(always)]
    fn save_pc(&mut self) {
        if let Some(f) = self.vm.frames.last_mut() {
            f.pc = self.pc;
        }
    }

    #[inline(always)]
    fn safepoint(&mut self) -> Step {
        if self.vm.safepoint_due() {
            self.save_pc();
            self.vm.safepoint_slow()?;
        }
        Ok(())
    }

    // ================================================================= handlers

    #[inline(always)]
    fn Nop(&mut self, _i: Instr) -> Step {
        Ok(())
    }
    #[inline(always)]
    fn Move(&mut self, i: Instr) -> Step {
        let v = self.r(i.b());
        self.set(i.a(), v);
        Ok(())
    }
    #[inline(always)]
    fn CheckBound(&mut self, i: Instr) -> Step {
        if self.r(i.a()).is_unbound() {
            return Err(self.unbound_local(i.a()).into());
        }
        Ok(())
    }
    #[cold]
    fn unbound_local(&mut self, r: usize) -> PyErr {
        let name = self.code().varnames.get(r).and_then(|v| v.as_str()).unwrap_or("?").to_string();
        let c = self.vm.types.unbound_local_error;
        self.vm.err(c, &format!("cannot access local variable '{}' where it is not associated with a value", name))
    }
    #[inline(always)]
    fn LoadConst(&mut self, i: Instr) -> Step {
        let k = self.konst(i.bx());
        self.set(i.a(), k);
        Ok(())
    }
    #[inline(always)]
    fn LoadInt(&mut self, i: Instr) -> Step {
        self.set(i.a(), Value::small_int(i.sbx()));
        Ok(())
    }
    #[inline(always)]
    fn LoadNone(&mut self, i: Instr) -> Step {
        self.set(i.a(), Value::NONE);
        Ok(())
    }
    #[inline(always)]
    fn LoadGlobal(&mut self, i: Instr) -> Step {
        let globals = self.vm.frames.last().map(|f| f.globals).unwrap_or(Value::NONE);
        let cache = &self.code().global_caches[i.c()];
        let c = cache.get();
        if let Some(g) = globals.as_dict() {
            let g = g.borrow();
            if g.version == c.globals_version {
                if !c.in_builtins {
                    let v = g.value_at(c.index as usize);
                    self.set(i.a(), v);
                    return Ok(());
                } else if let Some(b) = self.vm.builtins.as_dict() {
                    let b = b.borrow();
                    if b.version == c.builtins_version {
                        let v = b.value_at(c.index as usize);
                        self.set(i.a(), v);
                        return Ok(());
                    }
                }
            }
        }
        let name = self.name(i.b());
        let v = ops::load_global_slow(self.vm, globals, name, cache)?;
        self.set(i.a(), v);
        Ok(())
    }
    #[inline(always)]
    fn StoreGlobal(&mut self, i: Instr) -> Step {
        let globals = self.vm.frames.last().map(|f| f.globals).unwrap_or(Value::NONE);
        let name = self.name(i.b());
        let v = self.r(i.a());
        ops::dict_set_str(self.vm, globals, name, v);
        Ok(())
    }
    #[inline(always)]
    fn DeleteGlobal(&mut self, i: Instr) -> Step {
        let globals = self.vm.frames.last().map(|f| f.globals).unwrap_or(Value::NONE);
        let name = self.name(i.b());
        ops::delete_global(self.vm, globals, name)?;
        Ok(())
    }
    #[inline(always)]
    fn DeleteFast(&mut self, i: Instr) -> Step {
        if self.r(i.a()).is_unbound() {
            return Err(self.unbound_local(i.a()).into());
        }
        self.set(i.a(), Value::UNBOUND);
        Ok(())
    }

    // ----------------------------------------------------------------- arithmetic

    #[inline(always)]
    fn arith(&mut self, i: Instr, op: BinOp, a: Value, b: Value) -> Step {
        if Value::both_int(a, b) {
            let (x, y) = (a.as_int(), b.as_int());
            let r = match op {
                BinOp::Add => Some(x + y),
                BinOp::Sub => Some(x - y),
                BinOp::Mul => x.checked_mul(y),
                BinOp::BitAnd => Some(x & y),
                BinOp::BitOr => Some(x | y),
                BinOp::BitXor => Some(x ^ y),
                BinOp::RShift if (0..64).contains(&y) => Some(x >> y),
                BinOp::FloorDiv if y != 0 => Some(if (x % y != 0) && ((x < 0) != (y < 0)) { x / y - 1 } else { x / y }),
                BinOp::Mod if y != 0 => Some(((x % y) + y) % y),
                _ => None,
            };
            if let Some(r) = r {
                if let Some(v) = Value::try_int(r) {
                    self.set(i.a(), v);
                    return Ok(());
                }
            }
        } else if a.is_float() && b.is_float() {
            let (x, y) = (a.as_float(), b.as_float());
            let r = match op {
                BinOp::Add => Some(x + y),
                BinOp::Sub => Some(x - y),
                BinOp::Mul => Some(x * y),
                BinOp::TrueDiv if y != 0.0 => Some(x / y),
                _ => None,
            };
            if let Some(r) = r {
                self.set(i.a(), Value::float(r));
                return Ok(());
            }
        }
        let v = ops::binary_op(self.vm, op, a, b)?;
        self.set(i.a(), v);
        Ok(())
    }
    binary_handlers!(Add, Sub, Mul, TrueDiv, FloorDiv, Mod, Pow, LShift, RShift, BitAnd, BitOr, BitXor, MatMul);

    #[inline(always)]
    fn AddImm(&mut self, i: Instr) -> Step {
        let a = self.r(i.b());
        if a.is_int() {
            if let Some(v) = Value::try_int(a.as_int() + i.sc()) {
                self.set(i.a(), v);
                return Ok(());
            }
        }
        self.arith(i, BinOp::Add, a, Value::small_int(i.sc()))
    }
    #[inline(always)]
    fn SubImm(&mut self, i: Instr) -> Step {
        let a = self.r(i.b());
        if a.is_int() {
            if let Some(v) = Value::try_int(a.as_int() - i.sc()) {
                self.set(i.a(), v);
                return Ok(());
            }
        }
        self.arith(i, BinOp::Sub, a, Value::small_int(i.sc()))
    }
    #[inline(always)]
    fn inplace(&mut self, i: Instr, op: BinOp) -> Step {
        let (a, b) = (self.r(i.a()), self.r(i.b()));
        if (Value::both_int(a, b) || (a.is_float() && b.is_float())) && matches!(op, BinOp::Add | BinOp::Sub | BinOp::Mul) {
            let fake = Instr::abc(Op::Add, i.a() as u16, 0, 0);
            return self.arith(fake, op, a, b);
        }
        let v = ops::inplace_op(self.vm, op, a, b)?;
        self.set(i.a(), v);
        Ok(())
    }
    #[inline(always)]
    fn InplaceAdd(&mut self, i: Instr) -> Step {
        self.inplace(i, BinOp::Add)
    }
    #[inline(always)]
    fn InplaceSub(&mut self, i: Instr) -> Step {
        self.inplace(i, BinOp::Sub)
    }
    #[inline(always)]
    fn InplaceOp(&mut self, i: Instr) -> Step {
        let op = BinOp::from_u8(i.c() as u8).unwrap_or(BinOp::Add);
        self.inplace(i, op)
    }
    #[inline(always)]
    fn Neg(&mut self, i: Instr) -> Step {
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
    fn Pos(&mut self, i: Instr) -> Step {
        let a = self.r(i.b());
        let v = ops::unary_pos(self.vm, a)?;
        self.set(i.a(), v);
        Ok(())
    }
    #[inline(always)]
    fn Invert(&mut self, i: Instr) -> Step {
        let a = self.r(i.b());
        let v = ops::unary_invert(self.vm, a)?;
        self.set(i.a(), v);
        Ok(())
    }
    #[inline(always)]
    fn Not(&mut self, i: Instr) -> Step {
        let a = self.r(i.b());
        let t = self.truthy(a)?;
        self.set(i.a(), Value::bool(!t));
        Ok(())
    }

    // ----------------------------------------------------------------- comparisons

    #[inline(always)]
    fn compare(&mut self, op: CmpOp, a: Value, b: Value) -> Result<bool, Stop> {
        if Value::both_int(a, b) {
            let (x, y) = (a.as_int(), b.as_int());
            return Ok(match op {
                CmpOp::Lt => x < y,
                CmpOp::Le => x <= y,
                CmpOp::Eq => x == y,
                CmpOp::Ne => x != y,
                CmpOp::Gt => x > y,
                CmpOp::Ge => x >= y,
            });
        }
        if a.is_float() && b.is_float() {
            let (x, y) = (a.as_float(), b.as_float());
            return Ok(match op {
                CmpOp::Lt => x < y,
                CmpOp::Le => x <= y,
                CmpOp::Eq => x == y,
                CmpOp::Ne => x != y,
                CmpOp::Gt => x > y,
                CmpOp::Ge => x >= y,
            });
        }
        Ok(ops::compare_bool(self.vm, op, a, b)?)
    }
    #[inline(always)]
    fn cmp_store(&mut self, i: Instr, op: CmpOp) -> Step {
        let (a, b) = (self.r(i.b()), self.r(i.c()));
        if Value::both_int(a, b) || (a.is_float() && b.is_float()) {
            let t = self.compare(op, a, b)?;
            self.set(i.a(), Value::bool(t));
            return Ok(());
        }
        let v = ops::compare(self.vm, op, a, b)?;
        self.set(i.a(), v);
        Ok(())
    }
    compare_handlers!((Lt, JumpIfNotLt), (Le, JumpIfNotLe), (Eq, JumpIfNotEq), (Ne, JumpIfNotNe), (Gt, JumpIfNotGt), (Ge, JumpIfNotGe));

    #[inline(always)]
    fn Is(&mut self, i: Instr) -> Step {
        let (a, b) = (self.r(i.b()), self.r(i.c()));
        self.set(i.a(), Value::bool(ops::is_same(a, b)));
        Ok(())
    }
    #[inline(always)]
    fn IsNot(&mut self, i: Instr) -> Step {
        let (a, b) = (self.r(i.b()), self.r(i.c()));
        self.set(i.a(), Value::bool(!ops::is_same(a, b)));
        Ok(())
    }
    #[inline(always)]
    fn In(&mut self, i: Instr) -> Step {
        let (a, b) = (self.r(i.b()), self.r(i.c()));
        let t = ops::contains(self.vm, b, a)?;
        self.set(i.a(), Value::bool(t));
        Ok(())
    }
    #[inline(always)]
    fn NotIn(&mut self, i: Instr) -> Step {
        let (a, b) = (self.r(i.b()), self.r(i.c()));
        let t = ops::contains(self.vm, b, a)?;
        self.set(i.a(), Value::bool(!t));
        Ok(())
    }

    // ----------------------------------------------------------------- jumps

    #[inline(always)]
    fn truthy(&mut self, v: Value) -> Result<bool, Stop> {
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
    fn jump_to(&mut self, target: usize) -> Step {
        let backward = target < self.pc;
        self.pc = target;
        if backward {
            self.safepoint()?;
        }
        Ok(())
    }
    #[inline(always)]
    fn Jump(&mut self, i: Instr) -> Step {
        self.jump_to(i.bx())
    }
    #[inline(always)]
    fn JumpIfFalse(&mut self, i: Instr) -> Step {
        let v = self.r(i.a());
        if !self.truthy(v)? {
            return self.jump_to(i.bx());
        }
        Ok(())
    }
    #[inline(always)]
    fn JumpIfTrue(&mut self, i: Instr) -> Step {
        let v = self.r(i.a());
        if self.truthy(v)? {
            return self.jump_to(i.bx());
        }
        Ok(())
    }
    #[inline(always)]
    fn jump_if_not(&mut self, i: Instr, op: CmpOp) -> Step {
        let (a, b) = (self.r(i.a()), self.r(i.b()));
        if self.compare(op, a, b)? {
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
    fn BuildList(&mut self, i: Instr) -> Step {
        let items = self.reg_slice(i.b(), i.c());
        let v = self.vm.new_list(items);
        self.set(i.a(), v);
        Ok(())
    }
    #[inline(always)]
    fn BuildTuple(&mut self, i: Instr) -> Step {
        let items = self.reg_slice(i.b(), i.c());
        let v = self.vm.new_tuple(items);
        self.set(i.a(), v);
        Ok(())
    }
    #[inline(always)]
    fn BuildDict(&mut self, i: Instr) -> Step {
        let items = self.reg_slice(i.b(), i.c() * 2);
        let v = ops::build_dict(self.vm, &items)?;
        self.set(i.a(), v);
        Ok(())
    }
    #[inline(always)]
    fn BuildSlice(&mut self, i: Instr) -> Step {
        let start = self.r(i.b());
        let stop = self.r(i.b() + 1);
        let step = if i.c() == 3 { self.r(i.b() + 2) } else { Value::NONE };
        let v = self.vm.alloc(ObjKind::Slice(crate::objects::SliceObj { start, stop, step }));
        self.set(i.a(), v);
        Ok(())
    }
    #[inline(always)]
    fn BuildString(&mut self, i: Instr) -> Step {
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
            self.vm.new_str(std::str::from_utf8(&buf[..n]).unwrap_or(""))
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
    fn FormatValue(&mut self, i: Instr) -> Step {
        let v = self.r(i.b());
        let spec = if i.c() & 4 != 0 { Some(self.r(i.b() + 1)) } else { None };
        let out = ops::format_value(self.vm, v, (i.c() & 3) as u8, spec)?;
        self.set(i.a(), out);
        Ok(())
    }
    #[inline(always)]
    fn ListAppend(&mut self, i: Instr) -> Step {
        let (l, v) = (self.r(i.a()), self.r(i.b()));
        if let Some(list) = l.as_list() {
            list.borrow_mut().push(v);
        }
        Ok(())
    }
    #[inline(always)]
    fn ListExtend(&mut self, i: Instr) -> Step {
        let (l, v) = (self.r(i.a()), self.r(i.b()));
        ops::list_extend(self.vm, l, v)?;
        Ok(())
    }
    #[inline(always)]
    fn DictUpdate(&mut self, i: Instr) -> Step {
        let (d, v) = (self.r(i.a()), self.r(i.b()));
        ops::dict_merge(self.vm, d, v)?;
        Ok(())
    }
    #[inline(always)]
    fn ListToTuple(&mut self, i: Instr) -> Step {
        let l = self.r(i.b());
        let items = l.as_list().map(|l| l.borrow().clone()).unwrap_or_default();
        let v = self.vm.new_tuple(items);
        self.set(i.a(), v);
        Ok(())
    }

    // ----------------------------------------------------------------- items and attributes

    #[inline(always)]
    fn GetItem(&mut self, i: Instr) -> Step {
        let (o, k) = (self.r(i.b()), self.r(i.c()));
        if k.is_int() {
            if let Some(l) = o.as_list() {
                let l = l.borrow();
                let idx = k.as_int();
                let idx = if idx < 0 { idx + l.len() as i64 } else { idx };
                if idx >= 0 && (idx as usize) < l.len() {
                    let v = l[idx as usize];
                    drop(l);
                    self.set(i.a(), v);
                    return Ok(());
                }
            }
        }
        let v = ops::getitem(self.vm, o, k)?;
        self.set(i.a(), v);
        Ok(())
    }
    #[inline(always)]
    fn SetItem(&mut self, i: Instr) -> Step {
        let (o, k, v) = (self.r(i.a()), self.r(i.b()), self.r(i.c()));
        if k.is_int() {
            if let Some(l) = o.as_list() {
                let mut l = l.borrow_mut();
                let idx = k.as_int();
                let idx = if idx < 0 { idx + l.len() as i64 } else { idx };
                if idx >= 0 && (idx as usize) < l.len() {
                    l[idx as usize] = v;
                    return Ok(());
                }
            }
        }
        ops::setitem(self.vm, o, k, v)?;
        Ok(())
    }
    #[inline(always)]
    fn DelItem(&mut self, i: Instr) -> Step {
        let (o, k) = (self.r(i.a()), self.r(i.b()));
        ops::delitem(self.vm, o, k)?;
        Ok(())
    }
    #[inline(always)]
    fn GetAttr(&mut self, i: Instr) -> Step {
        let o = self.r(i.b());
        let name = self.name(i.c());
        let v = crate::objects::attr::getattr(self.vm, o, name)?;
        self.set(i.a(), v);
        Ok(())
    }
    #[inline(always)]
    fn SetAttr(&mut self, i: Instr) -> Step {
        let o = self.r(i.a());
        let name = self.name(i.b());
        let v = self.r(i.c());
        crate::objects::attr::setattr(self.vm, o, name, v)?;
        Ok(())
    }
    #[inline(always)]
    fn DelAttr(&mut self, i: Instr) -> Step {
        let o = self.r(i.a());
        let name = self.name(i.b());
        crate::objects::attr::delattr(self.vm, o, name)?;
        Ok(())
    }
    #[inline(always)]
    fn LoadMethod(&mut self, i: Instr) -> Step {
        let o = self.r(i.b());
        let name = self.name(i.c());
        let (m, s) = crate::objects::attr::load_method(self.vm, o, name)?;
        self.set(i.a(), m);
        self.set(i.a() + 1, s);
        Ok(())
    }

    // ----------------------------------------------------------------- calls

    #[inline(always)]
    fn finish_call(&mut self, out: CallOutcome, dst_reg: usize) -> Step {
        match out {
            CallOutcome::Done(v) => {
                self.set(dst_reg, v);
                Ok(())
            }
            CallOutcome::Pushed => {
                self.reload();
                self.safepoint()
            }
        }
    }
    #[inline(always)]
    fn Call(&mut self, i: Instr) -> Step {
        self.save_pc();
        let base = self.base();
        let callee = self.r(i.a());
        let out = call::call_from_regs(self.vm, callee, base + i.a() + 1, i.b(), Value::NULL, base + i.c())?;
        self.finish_call(out, i.c())
    }
    #[inline(always)]
    fn CallMethod(&mut self, i: Instr) -> Step {
        self.save_pc();
        let base = self.base();
        let callee = self.r(i.a());
        let out = if self.r(i.a() + 1).is_null() {
            call::call_from_regs(self.vm, callee, base + i.a() + 2, i.b(), Value::NULL, base + i.c())?
        } else {
            call::call_from_regs(self.vm, callee, base + i.a() + 1, i.b() + 1, Value::NULL, base + i.c())?
        };
        self.finish_call(out, i.c())
    }
    #[inline(always)]
    fn CallKw(&mut self, i: Instr) -> Step {
        self.save_pc();
        let base = self.base();
        let callee = self.r(i.a());
        let kwnames = self.konst(i.c());
        let out = call::call_from_regs(self.vm, callee, base + i.a() + 1, i.b(), kwnames, base + i.a())?;
        self.finish_call(out, i.a())
    }
    #[inline(always)]
    fn CallEx(&mut self, i: Instr) -> Step {
        self.save_pc();
        let base = self.base();
        let callee = self.r(i.a());
        let args = self.r(i.a() + 1);
        let kwargs = if i.b() != 0 { self.r(i.a() + 2) } else { Value::NULL };
        let out = call::call_ex(self.vm, callee, args, kwargs, base + i.a() + 1, base + i.a())?;
        self.finish_call(out, i.a())
    }
    #[inline(always)]
    fn MakeFunction(&mut self, i: Instr) -> Step {
        let code = self.konst(i.bx());
        let defaults = self.r(i.a());
        let kwdefaults = self.r(i.a() + 1);
        let globals = self.vm.frames.last().map(|f| f.globals).unwrap_or(Value::NONE);
        let f = crate::objects::function::make_function(self.vm, code, globals, defaults, kwdefaults);
        self.set(i.a(), f);
        Ok(())
    }
    #[inline(always)]
    fn do_return(&mut self, v: Value) -> Step {
        let f = match self.vm.frames.pop() {
            Some(f) => f,
            None => return Err(Stop::Exit(v)),
        };
        self.vm.set_slot(f.ret_dst, v);
        if f.entry {
            return Err(Stop::Exit(v));
        }
        self.reload();
        Ok(())
    }
    #[inline(always)]
    fn Return(&mut self, i: Instr) -> Step {
        let v = self.r(i.a());
        self.do_return(v)
    }
    #[inline(always)]
    fn ReturnNone(&mut self, _i: Instr) -> Step {
        self.do_return(Value::NONE)
    }

    // ----------------------------------------------------------------- iteration

    #[inline(always)]
    fn GetIter(&mut self, i: Instr) -> Step {
        let o = self.r(i.b());
        let it = iter::get_iter(self.vm, o)?;
        self.set(i.a(), it);
        Ok(())
    }
    #[inline(always)]
    fn ForIter(&mut self, i: Instr) -> Step {
        let it = self.r(i.a());
        if let Some(ObjKind::Iter(st)) = it.kind() {
            let mut st = st.borrow_mut();
            match &mut *st {
                IterState::Range { cur, stop, step } => {
                    let c = *cur;
                    if (*step > 0 && c < *stop) || (*step < 0 && c > *stop) {
                        *cur = c.wrapping_add(*step);
                        drop(st);
                        if let Some(v) = Value::try_int(c) {
                            self.set(i.b(), v);
                            self.pc += 1;
                            return Ok(());
                        }
                        let v = self.vm.new_int(c);
                        self.set(i.b(), v);
                        self.pc += 1;
                        return Ok(());
                    }
                    drop(st);
                    let t = self.extra_target();
                    self.pc = t;
                    return Ok(());
                }
                IterState::Seq { seq, idx } => {
                    if let Some(l) = seq.as_list() {
                        let l = l.borrow();
                        if *idx < l.len() {
                            let v = l[*idx];
                            // Touch an upcoming item's object early: list items are often
                            // scattered objects the loop body reads right away.
                            if let Some(&ahead) = l.get(*idx + 4) {
                                prefetch_obj(ahead);
                            }
                            *idx += 1;
                            drop(l);
                            drop(st);
                            self.set(i.b(), v);
                            self.pc += 1;
                            return Ok(());
                        }
                    }
                }
                _ => {}
            }
        }
        match iter::next(self.vm, it)? {
            Some(v) => {
                self.set(i.b(), v);
                self.pc += 1;
            }
            None => {
                let t = self.extra_target();
                self.pc = t;
            }
        }
        Ok(())
    }
    #[inline(always)]
    fn UnpackSeq(&mut self, i: Instr) -> Step {
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
    fn UnpackEx(&mut self, i: Instr) -> Step {
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
    fn Raise(&mut self, i: Instr) -> Step {
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
                Err(Stop::Error(PyErr(e)))
            }
            _ => {
                let e = crate::objects::exception::make_raisable(self.vm, self.r(i.a()))?;
                crate::objects::exception::set_cause(self.vm, e, self.r(i.b()))?;
                Err(Stop::Error(PyErr(e)))
            }
        }
    }
    #[inline(always)]
    fn Reraise(&mut self, i: Instr) -> Step {
        Err(Stop::Reraise(PyErr(self.r(i.a()))))
    }
    #[inline(always)]
    fn PushExcInfo(&mut self, i: Instr) -> Step {
        let prev = self.vm.handled;
        self.set(i.a(), prev);
        self.vm.handled = self.r(i.b());
        Ok(())
    }
    #[inline(always)]
    fn PopExcInfo(&mut self, i: Instr) -> Step {
        self.vm.handled = self.r(i.a());
        Ok(())
    }
    #[inline(always)]
    fn ExcMatch(&mut self, i: Instr) -> Step {
        let (e, cls) = (self.r(i.b()), self.r(i.c()));
        let m = crate::objects::exception::exc_matches(self.vm, e, cls)?;
        self.set(i.a(), Value::bool(m));
        Ok(())
    }
    #[inline(always)]
    fn LoadAssertionError(&mut self, i: Instr) -> Step {
        let c = self.vm.types.assertion_error;
        self.set(i.a(), c);
        Ok(())
    }
    #[inline(always)]
    fn ExtraArg(&mut self, _i: Instr) -> Step {
        Ok(())
    }
}

use crate::heap::prefetch_value as prefetch_obj;

macro_rules! gen_dispatch {
    ($(($name:ident, $layout:literal, $doc:literal)),* $(,)?) => {
        #[inline(always)]
        fn dispatch(cx: &mut Cx, ins: Instr) -> Step {
            match ins.op() {
                $(Op::$name => cx.$name(ins),)*
            }
        }
    };
}
crate::for_each_op!(gen_dispatch);

/// Runs frames until the frame at index `entry_depth` returns (or an exception leaves it).
pub fn run(vm: &mut Vm, entry_depth: usize) -> PyResult<Value> {
    let mut cx = Cx { vm, regs: std::ptr::null_mut(), instrs: std::ptr::null(), code: std::ptr::null(), pc: 0, entry_depth };
    cx.reload();
    loop {
        // SAFETY: every code object ends in a return, and jumps target valid pcs, so pc
        // stays inside `instrs`.
        let ins = Instr(unsafe { *cx.instrs.add(cx.pc) });
        cx.pc += 1;
        match dispatch(&mut cx, ins) {
            Ok(()) => {}
            Err(stop) => match stop {
                Stop::Exit(v) => return Ok(v),
                Stop::Error(e) => {
                    cx.save_pc();
                    let depth = cx.entry_depth;
                    super::traceback::unwind(cx.vm, e, depth, false)?;
                    cx.reload();
                }
                Stop::Reraise(e) => {
                    cx.save_pc();
                    let depth = cx.entry_depth;
                    super::traceback::unwind(cx.vm, e, depth, true)?;
                    cx.reload();
                }
            },
        }
    }
}

impl Vm {
    /// Spends one step of the `--max-steps` budget; at zero the process stops with status 3.
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
        Ok(())
    }
}
