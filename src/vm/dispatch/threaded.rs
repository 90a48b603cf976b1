//! The `threaded` backend: one handler function per opcode, reached through a table.
//!
//! Each handler runs its instruction (the same `Cx` method the switch backend inlines)
//! and then fetches the next opcode and calls its handler in tail position, passing
//! the hot state in argument registers. LLVM turns those calls into jumps (sibling-call
//! optimisation, as in the stitch interpreter) when it can; Rust does not guarantee it.
//! So that correctness never depends on it, a handler returns to the trampoline in
//! `run` instead whenever control goes backwards or changes frame: a chain of handlers
//! then only ever covers a forward run of one function's code, and even without the
//! optimisation the Rust stack stays bounded however long the program runs.

use crate::bytecode::code::{Code, InlineCache};
use crate::bytecode::opcodes::{Instr, Op};
use crate::value::Value;
use crate::vm::interp::{self, Cx, Stop};
use crate::vm::{PyResult, Vm};

/// A handler: the VM, the frame's registers, its instruction words and caches, its
/// code object, and the pc of the instruction to run. Returns `SUSPEND` or `FINISH`.
type Handler = extern "C" fn(&mut Vm, *mut Value, *const u64, *const InlineCache, *const Code, usize) -> u32;

/// Back to the trampoline, which reloads the state from the top frame.
const SUSPEND: u32 = 0;
/// The run is over; its result is in `Vm::run_result`.
const FINISH: u32 = 1;

#[inline(always)]
fn table<const S: bool>() -> &'static [Handler; 256] {
    if S {
        &TABLE_COUNTING
    } else {
        &TABLE
    }
}

/// Calls the handler of the instruction at `cx.pc`.
#[inline(always)]
fn next<const S: bool>(cx: Cx<'_, S>) -> u32 {
    // SAFETY: pc stays inside `instrs` (see the switch backend).
    let op = unsafe { *cx.instrs.add(cx.pc) } as u8;
    table::<S>()[op as usize](cx.vm, cx.regs, cx.instrs, cx.caches, cx.code, cx.pc)
}

#[cold]
#[inline(never)]
fn suspend<const S: bool>(mut cx: Cx<'_, S>) -> u32 {
    cx.save_pc();
    SUSPEND
}

#[cold]
#[inline(never)]
fn stopped(vm: &mut Vm, pc: usize, stop: Stop) -> u32 {
    match interp::stop(vm, pc, stop) {
        Some(result) => {
            vm.run_result = Some(result);
            FINISH
        }
        None => SUSPEND,
    }
}

macro_rules! gen_threaded {
    ($(($name:ident, $family:ident, $layout:literal, $doc:literal)),* $(,)?) => {
        #[allow(non_snake_case)]
        mod handlers {
            use super::*;
            $(
                pub extern "C" fn $name<const S: bool>(
                    vm: &mut Vm,
                    regs: *mut Value,
                    instrs: *const u64,
                    caches: *const InlineCache,
                    code: *const Code,
                    pc: usize,
                ) -> u32 {
                    // SAFETY: pc indexes an instruction of `instrs`, whose length is far
                    // below usize::MAX. Saying so lets LLVM see that a straight-line
                    // handler always moves forwards.
                    let mut cx = Cx::<S> { vm, regs, instrs, caches, code, pc: unsafe { pc.unchecked_add(1) } };
                    // SAFETY: as in `next`, which fetched this word's opcode.
                    let ins = Instr(unsafe { *instrs.add(pc) });
                    if S {
                        cx.vm.stats.count(ins.op_byte());
                    }
                    match cx.$name(ins) {
                        Ok(()) if cx.pc > pc && cx.regs == regs => next::<S>(cx),
                        Ok(()) => suspend(cx),
                        Err(stop) => stopped(cx.vm, cx.pc, stop),
                    }
                }
            )*
        }

        const fn make_table<const S: bool>() -> [Handler; 256] {
            let mut t = [invalid as Handler; 256];
            $(t[Op::$name as usize] = handlers::$name::<S> as Handler;)*
            t
        }
    };
}
crate::for_each_op!(gen_threaded);

static TABLE: [Handler; 256] = make_table::<false>();
static TABLE_COUNTING: [Handler; 256] = make_table::<true>();

extern "C" fn invalid(vm: &mut Vm, _regs: *mut Value, instrs: *const u64, _caches: *const InlineCache, _code: *const Code, pc: usize) -> u32 {
    // SAFETY: as in `next`.
    let ins = Instr(unsafe { *instrs.add(pc) });
    let stop = super::invalid_opcode(vm, ins);
    stopped(vm, pc + 1, stop)
}

/// Runs the top frame until the run's entry frame returns or an exception leaves it.
pub fn run<const S: bool>(vm: &mut Vm) -> PyResult<Value> {
    loop {
        let cx = Cx::<S>::load(vm);
        if next::<S>(cx) == FINISH {
            return vm.run_result.take().unwrap_or(Ok(Value::NONE));
        }
    }
}
