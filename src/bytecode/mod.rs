//! Register bytecode: the opcode table, code objects and the disassembler.
pub mod code;
pub mod disasm;
pub mod opcodes;

pub use code::Code;
pub use opcodes::{BinOp, CmpOp, Instr, Op};
