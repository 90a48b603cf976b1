//! The `switch` backend: one loop around one `match` on the opcode byte, which LLVM
//! lowers to a jump table. Every arm inlines its handler from `interp.rs`.

use crate::bytecode::opcodes::Instr;
use crate::value::Value;
use crate::vm::interp::{self, Cx};
use crate::vm::{PyResult, Vm};

macro_rules! gen_switch {
    ($(($name:ident, $family:ident, $layout:literal, $doc:literal)),* $(,)?) => {
        /// The opcode bytes as constants, so the loop can match on the raw byte.
        #[allow(non_upper_case_globals)]
        mod byte {
            use crate::bytecode::opcodes::Op;
            $(pub const $name: u8 = Op::$name as u8;)*
        }

        /// Runs the top frame until the run's entry frame returns or an exception
        /// leaves it. `S` selects the counting variant (`--stats`).
        pub fn run<const S: bool>(vm: &mut Vm) -> PyResult<Value> {
            let mut cx = Cx::<S>::load(vm);
            loop {
                // SAFETY: every code object ends in a return, and jumps target valid
                // pcs, so pc stays inside `instrs`.
                let ins = Instr(unsafe { *cx.instrs.add(cx.pc) });
                cx.pc += 1;
                if S {
                    cx.vm.stats.count(ins.op_byte());
                }
                let step = match ins.op_byte() {
                    $(byte::$name => cx.$name(ins),)*
                    _ => Err(super::invalid_opcode(cx.vm, ins)),
                };
                if let Err(stop) = step {
                    // the entry frame returned or yielded (a generator resumed by
                    // native code yields once per run)
                    if let interp::Stop::Exit(v) = stop {
                        return Ok(v);
                    }
                    match interp::stop(cx.vm, cx.pc, stop) {
                        Some(result) => return result,
                        None => cx.reload(),
                    }
                }
            }
        }
    };
}
crate::for_each_op!(gen_switch);
