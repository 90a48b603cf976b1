//! The instruction set: the single source of truth for every opcode.
//!
//! `for_each_op!` lists each opcode once with its operand layout and a one-line
//! statement of its semantics. The `Op` enum, the operand formats used by the decoder
//! and the disassembler, the statistics names and the dispatch loop are all generated
//! from it, so none of them can drift from the others.
//!
//! Instruction words are 64 bits: `op:8 | A:16 | B:16 | C:16 | unused:8`.
//! `Bx` is B and C together (32 bits, unsigned; `sBx` signed). An opcode marked `+x`
//! is followed by one `ExtraArg` word whose Bx widens it (jump targets of fused
//! compare-and-branch and of ForIter), the way Lua uses OP_EXTRAARG.
//!
//! Operand kinds in the layout strings: `r` register, `k` constant, `n` name (a str
//! constant), `i` signed immediate, `u` count, `j` jump target, `c` inline-cache slot,
//! `+x` an extra word holding a jump target.

#[macro_export]
macro_rules! for_each_op {
    ($m:ident) => {
        $m! {
            (Nop,          "",            "no operation"),
            (Move,         "rA rB",       "R[A] := R[B]"),
            (CheckBound,   "rA",          "raise UnboundLocalError if R[A] is unbound"),
            (LoadConst,    "rA kBx",      "R[A] := K[Bx]"),
            (LoadInt,      "rA iBx",      "R[A] := sBx"),
            (LoadNone,     "rA",          "R[A] := None"),
            (LoadGlobal,   "rA nB cC",    "R[A] := globals[K[B]] or builtins[K[B]], through global cache C"),
            (StoreGlobal,  "rA nB",       "globals[K[B]] := R[A]"),
            (DeleteGlobal, "nB",          "del globals[K[B]]"),
            (DeleteFast,   "rA",          "R[A] := unbound (UnboundLocalError if already unbound)"),
            (Add,          "rA rB rC",    "R[A] := R[B] + R[C]"),
            (Sub,          "rA rB rC",    "R[A] := R[B] - R[C]"),
            (Mul,          "rA rB rC",    "R[A] := R[B] * R[C]"),
            (TrueDiv,      "rA rB rC",    "R[A] := R[B] / R[C]"),
            (FloorDiv,     "rA rB rC",    "R[A] := R[B] // R[C]"),
            (Mod,          "rA rB rC",    "R[A] := R[B] % R[C]"),
            (Pow,          "rA rB rC",    "R[A] := R[B] ** R[C]"),
            (LShift,       "rA rB rC",    "R[A] := R[B] << R[C]"),
            (RShift,       "rA rB rC",    "R[A] := R[B] >> R[C]"),
            (BitAnd,       "rA rB rC",    "R[A] := R[B] & R[C]"),
            (BitOr,        "rA rB rC",    "R[A] := R[B] | R[C]"),
            (BitXor,       "rA rB rC",    "R[A] := R[B] ^ R[C]"),
            (MatMul,       "rA rB rC",    "R[A] := R[B] @ R[C]"),
            (AddImm,       "rA rB iC",    "R[A] := R[B] + sC"),
            (SubImm,       "rA rB iC",    "R[A] := R[B] - sC"),
            (InplaceAdd,   "rA rB",       "R[A] += R[B]"),
            (InplaceSub,   "rA rB",       "R[A] -= R[B]"),
            (InplaceOp,    "rA rB uC",    "R[A] op= R[B], where C names the binary operator"),
            (Neg,          "rA rB",       "R[A] := -R[B]"),
            (Pos,          "rA rB",       "R[A] := +R[B]"),
            (Invert,       "rA rB",       "R[A] := ~R[B]"),
            (Not,          "rA rB",       "R[A] := not R[B]"),
            (Lt,           "rA rB rC",    "R[A] := R[B] < R[C]"),
            (Le,           "rA rB rC",    "R[A] := R[B] <= R[C]"),
            (Eq,           "rA rB rC",    "R[A] := R[B] == R[C]"),
            (Ne,           "rA rB rC",    "R[A] := R[B] != R[C]"),
            (Gt,           "rA rB rC",    "R[A] := R[B] > R[C]"),
            (Ge,           "rA rB rC",    "R[A] := R[B] >= R[C]"),
            (Is,           "rA rB rC",    "R[A] := R[B] is R[C]"),
            (IsNot,        "rA rB rC",    "R[A] := R[B] is not R[C]"),
            (In,           "rA rB rC",    "R[A] := R[B] in R[C]"),
            (NotIn,        "rA rB rC",    "R[A] := R[B] not in R[C]"),
            (Jump,         "jBx",         "pc := Bx"),
            (JumpIfFalse,  "rA jBx",      "if not R[A]: pc := Bx"),
            (JumpIfTrue,   "rA jBx",      "if R[A]: pc := Bx"),
            (JumpIfNotLt,  "rA rB +x",    "if not R[A] < R[B]: pc := X"),
            (JumpIfNotLe,  "rA rB +x",    "if not R[A] <= R[B]: pc := X"),
            (JumpIfNotGt,  "rA rB +x",    "if not R[A] > R[B]: pc := X"),
            (JumpIfNotGe,  "rA rB +x",    "if not R[A] >= R[B]: pc := X"),
            (JumpIfNotEq,  "rA rB +x",    "if not R[A] == R[B]: pc := X"),
            (JumpIfNotNe,  "rA rB +x",    "if not R[A] != R[B]: pc := X"),
            (BuildList,    "rA rB uC",    "R[A] := [R[B], ..., R[B+C-1]]"),
            (BuildTuple,   "rA rB uC",    "R[A] := (R[B], ..., R[B+C-1])"),
            (BuildDict,    "rA rB uC",    "R[A] := {R[B]: R[B+1], ...} with C pairs"),
            (BuildSlice,   "rA rB uC",    "R[A] := slice(R[B], R[B+1], R[B+2] if C == 3)"),
            (BuildString,  "rA rB uC",    "R[A] := R[B] + ... + R[B+C-1] (all str)"),
            (FormatValue,  "rA rB uC",    "R[A] := format(conv(R[B]), R[B+1] if C & 4); conv by C & 3: none, str, repr, ascii"),
            (ListAppend,   "rA rB",       "R[A].append(R[B])"),
            (ListExtend,   "rA rB",       "R[A].extend(R[B])"),
            (DictUpdate,   "rA rB",       "R[A].update(R[B])"),
            (ListToTuple,  "rA rB",       "R[A] := tuple(R[B])"),
            (GetItem,      "rA rB rC",    "R[A] := R[B][R[C]]"),
            (SetItem,      "rA rB rC",    "R[A][R[B]] := R[C]"),
            (DelItem,      "rA rB",       "del R[A][R[B]]"),
            (GetAttr,      "rA rB nC",    "R[A] := R[B].K[C]"),
            (SetAttr,      "rA nB rC",    "R[A].K[B] := R[C]"),
            (DelAttr,      "rA nB",       "del R[A].K[B]"),
            (LoadMethod,   "rA rB nC",    "R[A], R[A+1] := method K[C] of R[B] and R[B], or (R[B].K[C], NULL)"),
            (Call,         "rA uB rC",    "R[C] := R[A](R[A+1], ..., R[A+B])"),
            (CallMethod,   "rA uB rC",    "R[C] := R[A](R[A+1] unless NULL, R[A+2], ..., R[A+B+1])"),
            (CallKw,       "rA uB kC",    "R[A] := R[A](R[A+1], ..., R[A+B]); the last len(K[C]) arguments are named by K[C]"),
            (CallEx,       "rA uB",       "R[A] := R[A](*R[A+1], **R[A+2] if B)"),
            (MakeFunction, "rA kBx",      "R[A] := function(code K[Bx], defaults R[A], kwdefaults R[A+1])"),
            (Return,       "rA",          "return R[A]"),
            (ReturnNone,   "",            "return None"),
            (GetIter,      "rA rB",       "R[A] := iter(R[B])"),
            (ForIter,      "rA rB +x",    "R[B] := next(R[A]); when exhausted pc := X"),
            (UnpackSeq,    "rA rB uC",    "R[A], ..., R[A+C-1] := R[B] (exactly C items)"),
            (UnpackEx,     "rA rB uC",    "R[A..] := R[B] with a starred list: C = before | after << 8"),
            (Raise,        "rA rB uC",    "C=0: re-raise the handled exception; C=1: raise R[A]; C=2: raise R[A] from R[B]"),
            (Reraise,      "rA",          "raise R[A] again, keeping its traceback"),
            (PushExcInfo,  "rA rB",       "R[A] := handled exception; handled := R[B]"),
            (PopExcInfo,   "rA",          "handled exception := R[A]"),
            (ExcMatch,     "rA rB rC",    "R[A] := exception R[B] is an instance of class (or tuple) R[C]"),
            (LoadAssertionError, "rA",    "R[A] := AssertionError"),
            (ExtraArg,     "jBx",         "operand word of the instruction before"),
        }
    };
}

macro_rules! define_opcodes {
    ($(($name:ident, $layout:literal, $doc:literal)),* $(,)?) => {
        /// Every opcode; the discriminant is the low byte of the instruction word.
        #[derive(Clone, Copy, PartialEq, Eq, Debug)]
        #[repr(u8)]
        pub enum Op { $($name),* }

        impl Op {
            pub const COUNT: usize = [$(Op::$name),*].len();
            pub const ALL: [Op; Op::COUNT] = [$(Op::$name),*];
            pub const NAMES: [&'static str; Op::COUNT] = [$(stringify!($name)),*];
            pub const LAYOUTS: [&'static str; Op::COUNT] = [$($layout),*];
            pub const DOCS: [&'static str; Op::COUNT] = [$($doc),*];

            #[inline(always)]
            pub fn name(self) -> &'static str { Op::NAMES[self as usize] }
            #[inline(always)]
            pub fn layout(self) -> &'static str { Op::LAYOUTS[self as usize] }
            /// Whether an `ExtraArg` word follows this instruction.
            pub fn has_extra(self) -> bool { self.layout().ends_with("+x") }
            pub fn from_u8(b: u8) -> Option<Op> {
                if (b as usize) < Op::COUNT { Some(Op::ALL[b as usize]) } else { None }
            }
        }
    };
}

for_each_op!(define_opcodes);

/// One 64-bit instruction word.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
pub struct Instr(pub u64);

impl Instr {
    #[inline(always)]
    pub fn abc(op: Op, a: u16, b: u16, c: u16) -> Instr {
        Instr(op as u64 | (a as u64) << 8 | (b as u64) << 24 | (c as u64) << 40)
    }
    #[inline(always)]
    pub fn abx(op: Op, a: u16, bx: u32) -> Instr {
        Instr(op as u64 | (a as u64) << 8 | (bx as u64) << 24)
    }
    #[inline(always)]
    pub fn op_byte(self) -> u8 {
        self.0 as u8
    }
    #[inline(always)]
    pub fn op(self) -> Op {
        // Code is only built by the compiler or loaded through a validating decoder, so the
        // byte is a valid opcode; fall back to Nop rather than trusting it blindly.
        Op::from_u8(self.op_byte()).unwrap_or(Op::Nop)
    }
    #[inline(always)]
    pub fn a(self) -> usize {
        ((self.0 >> 8) & 0xFFFF) as usize
    }
    #[inline(always)]
    pub fn b(self) -> usize {
        ((self.0 >> 24) & 0xFFFF) as usize
    }
    #[inline(always)]
    pub fn c(self) -> usize {
        ((self.0 >> 40) & 0xFFFF) as usize
    }
    #[inline(always)]
    pub fn sc(self) -> i64 {
        ((self.0 >> 40) & 0xFFFF) as u16 as i16 as i64
    }
    #[inline(always)]
    pub fn bx(self) -> usize {
        ((self.0 >> 24) & 0xFFFF_FFFF) as usize
    }
    #[inline(always)]
    pub fn sbx(self) -> i64 {
        ((self.0 >> 24) & 0xFFFF_FFFF) as u32 as i32 as i64
    }
}

/// The binary operators, in the order `InplaceOp`'s C operand and the generic
/// arithmetic code use.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[repr(u8)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    TrueDiv,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    BitAnd,
    BitOr,
    BitXor,
    MatMul,
}

impl BinOp {
    pub const ALL: [BinOp; 13] = [
        BinOp::Add,
        BinOp::Sub,
        BinOp::Mul,
        BinOp::TrueDiv,
        BinOp::FloorDiv,
        BinOp::Mod,
        BinOp::Pow,
        BinOp::LShift,
        BinOp::RShift,
        BinOp::BitAnd,
        BinOp::BitOr,
        BinOp::BitXor,
        BinOp::MatMul,
    ];
    pub fn symbol(self) -> &'static str {
        ["+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "@"][self as usize]
    }
    pub fn from_u8(b: u8) -> Option<BinOp> {
        BinOp::ALL.get(b as usize).copied()
    }
    /// The opcode computing `R[A] := R[B] op R[C]`.
    pub fn opcode(self) -> Op {
        match self {
            BinOp::Add => Op::Add,
            BinOp::Sub => Op::Sub,
            BinOp::Mul => Op::Mul,
            BinOp::TrueDiv => Op::TrueDiv,
            BinOp::FloorDiv => Op::FloorDiv,
            BinOp::Mod => Op::Mod,
            BinOp::Pow => Op::Pow,
            BinOp::LShift => Op::LShift,
            BinOp::RShift => Op::RShift,
            BinOp::BitAnd => Op::BitAnd,
            BinOp::BitOr => Op::BitOr,
            BinOp::BitXor => Op::BitXor,
            BinOp::MatMul => Op::MatMul,
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum CmpOp {
    Lt,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
}

impl CmpOp {
    pub fn symbol(self) -> &'static str {
        match self {
            CmpOp::Lt => "<",
            CmpOp::Le => "<=",
            CmpOp::Eq => "==",
            CmpOp::Ne => "!=",
            CmpOp::Gt => ">",
            CmpOp::Ge => ">=",
        }
    }
    pub fn swapped(self) -> CmpOp {
        match self {
            CmpOp::Lt => CmpOp::Gt,
            CmpOp::Le => CmpOp::Ge,
            CmpOp::Gt => CmpOp::Lt,
            CmpOp::Ge => CmpOp::Le,
            c => c,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn operands_round_trip() {
        let i = Instr::abc(Op::Add, 0xFFFF, 0x1234, 0xBEEF);
        assert_eq!(i.op(), Op::Add);
        assert_eq!((i.a(), i.b(), i.c()), (0xFFFF, 0x1234, 0xBEEF));
        let j = Instr::abx(Op::LoadInt, 7, (-5i32) as u32);
        assert_eq!(j.sbx(), -5);
        assert_eq!(j.a(), 7);
        let k = Instr::abc(Op::AddImm, 1, 2, (-3i16) as u16);
        assert_eq!(k.sc(), -3);
    }

    #[test]
    fn table_is_consistent() {
        for (i, op) in Op::ALL.iter().enumerate() {
            assert_eq!(*op as usize, i);
            assert_eq!(Op::from_u8(i as u8), Some(*op));
        }
        assert!(Op::ForIter.has_extra() && !Op::Add.has_extra());
    }
}
