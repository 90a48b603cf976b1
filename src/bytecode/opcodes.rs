//! The instruction set: the single source of truth for every opcode.
//!
//! `for_each_op!` lists each opcode once with its family (the generic instruction a
//! specialized form belongs to), its operand layout and a one-line statement of its
//! semantics. The `Op` enum, the operand formats used by the decoder
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
            (Nop,          Nop,                 "",            "no operation"),
            (Move,         Move,                "rA rB",       "R[A] := R[B]"),
            (CheckBound,   CheckBound,          "rA",          "raise UnboundLocalError if R[A] is unbound"),
            (LoadConst,    LoadConst,           "rA kBx",      "R[A] := K[Bx]"),
            (LoadInt,      LoadInt,             "rA iBx",      "R[A] := sBx"),
            (LoadNone,     LoadNone,            "rA",          "R[A] := None"),
            (LoadGlobal,   LoadGlobal,          "rA nB cC",    "R[A] := globals[K[B]] or builtins[K[B]], through global cache C"),
            (StoreGlobal,  StoreGlobal,         "rA nB",       "globals[K[B]] := R[A]"),
            (DeleteGlobal, DeleteGlobal,        "nB",          "del globals[K[B]]"),
            (DeleteFast,   DeleteFast,          "rA",          "R[A] := unbound (UnboundLocalError if already unbound)"),
            (Add,          Add,                 "rA rB rC",    "R[A] := R[B] + R[C]"),
            (Sub,          Sub,                 "rA rB rC",    "R[A] := R[B] - R[C]"),
            (Mul,          Mul,                 "rA rB rC",    "R[A] := R[B] * R[C]"),
            (TrueDiv,      TrueDiv,             "rA rB rC",    "R[A] := R[B] / R[C]"),
            (FloorDiv,     FloorDiv,            "rA rB rC",    "R[A] := R[B] // R[C]"),
            (Mod,          Mod,                 "rA rB rC",    "R[A] := R[B] % R[C]"),
            (Pow,          Pow,                 "rA rB rC",    "R[A] := R[B] ** R[C]"),
            (LShift,       LShift,              "rA rB rC",    "R[A] := R[B] << R[C]"),
            (RShift,       RShift,              "rA rB rC",    "R[A] := R[B] >> R[C]"),
            (BitAnd,       BitAnd,              "rA rB rC",    "R[A] := R[B] & R[C]"),
            (BitOr,        BitOr,               "rA rB rC",    "R[A] := R[B] | R[C]"),
            (BitXor,       BitXor,              "rA rB rC",    "R[A] := R[B] ^ R[C]"),
            (MatMul,       MatMul,              "rA rB rC",    "R[A] := R[B] @ R[C]"),
            (AddImm,       AddImm,              "rA rB iC",    "R[A] := R[B] + sC"),
            (SubImm,       SubImm,              "rA rB iC",    "R[A] := R[B] - sC"),
            (InplaceAdd,   InplaceAdd,          "rA rB",       "R[A] += R[B]"),
            (InplaceSub,   InplaceSub,          "rA rB",       "R[A] -= R[B]"),
            (InplaceOp,    InplaceOp,           "rA rB uC",    "R[A] op= R[B], where C names the binary operator"),
            (Neg,          Neg,                 "rA rB",       "R[A] := -R[B]"),
            (Pos,          Pos,                 "rA rB",       "R[A] := +R[B]"),
            (Invert,       Invert,              "rA rB",       "R[A] := ~R[B]"),
            (Not,          Not,                 "rA rB",       "R[A] := not R[B]"),
            (Lt,           Lt,                  "rA rB rC",    "R[A] := R[B] < R[C]"),
            (Le,           Le,                  "rA rB rC",    "R[A] := R[B] <= R[C]"),
            (Eq,           Eq,                  "rA rB rC",    "R[A] := R[B] == R[C]"),
            (Ne,           Ne,                  "rA rB rC",    "R[A] := R[B] != R[C]"),
            (Gt,           Gt,                  "rA rB rC",    "R[A] := R[B] > R[C]"),
            (Ge,           Ge,                  "rA rB rC",    "R[A] := R[B] >= R[C]"),
            (Is,           Is,                  "rA rB rC",    "R[A] := R[B] is R[C]"),
            (IsNot,        IsNot,               "rA rB rC",    "R[A] := R[B] is not R[C]"),
            (In,           In,                  "rA rB rC",    "R[A] := R[B] in R[C]"),
            (NotIn,        NotIn,               "rA rB rC",    "R[A] := R[B] not in R[C]"),
            (Jump,         Jump,                "jBx",         "pc := Bx"),
            (JumpIfFalse,  JumpIfFalse,         "rA jBx",      "if not R[A]: pc := Bx"),
            (JumpIfTrue,   JumpIfTrue,          "rA jBx",      "if R[A]: pc := Bx"),
            (JumpIfNotLt,  JumpIfNotLt,         "rA rB +x",    "if not R[A] < R[B]: pc := X"),
            (JumpIfNotLe,  JumpIfNotLe,         "rA rB +x",    "if not R[A] <= R[B]: pc := X"),
            (JumpIfNotGt,  JumpIfNotGt,         "rA rB +x",    "if not R[A] > R[B]: pc := X"),
            (JumpIfNotGe,  JumpIfNotGe,         "rA rB +x",    "if not R[A] >= R[B]: pc := X"),
            (JumpIfNotEq,  JumpIfNotEq,         "rA rB +x",    "if not R[A] == R[B]: pc := X"),
            (JumpIfNotNe,  JumpIfNotNe,         "rA rB +x",    "if not R[A] != R[B]: pc := X"),
            (JumpIfNotIs,  JumpIfNotIs,         "rA rB +x",    "if R[A] is not R[B]: pc := X"),
            (JumpIfIs,     JumpIfIs,            "rA rB +x",    "if R[A] is R[B]: pc := X"),
            (BuildList,    BuildList,           "rA rB uC",    "R[A] := [R[B], ..., R[B+C-1]]"),
            (BuildTuple,   BuildTuple,          "rA rB uC",    "R[A] := (R[B], ..., R[B+C-1])"),
            (BuildDict,    BuildDict,           "rA rB uC",    "R[A] := {R[B]: R[B+1], ...} with C pairs"),
            (BuildSlice,   BuildSlice,          "rA rB uC",    "R[A] := slice(R[B], R[B+1], R[B+2] if C == 3)"),
            (BuildString,  BuildString,         "rA rB uC",    "R[A] := R[B] + ... + R[B+C-1] (all str)"),
            (FormatValue,  FormatValue,         "rA rB uC",    "R[A] := format(conv(R[B]), R[B+1] if C & 4); conv by C & 3: none, str, repr, ascii"),
            (ListAppend,   ListAppend,          "rA rB",       "R[A].append(R[B])"),
            (ListExtend,   ListExtend,          "rA rB",       "R[A].extend(R[B])"),
            (ListAppendJump, ListAppendJump,    "rA rB +x",    "R[A].append(R[B]); pc := X (the back edge of a list comprehension's loop, a safepoint)"),
            (DictUpdate,   DictUpdate,          "rA rB",       "R[A].update(R[B])"),
            (DictMerge,    DictMerge,           "rA rB rC",    "R[A].update(R[B]) for a ** argument of a call of R[C]: a key R[A] already has is an error, as is a non-mapping"),
            (ListToTuple,  ListToTuple,         "rA rB",       "R[A] := tuple(R[B])"),
            (BuildSet,     BuildSet,            "rA rB uC",    "R[A] := {R[B], ..., R[B+C-1]}"),
            (SetAdd,       SetAdd,              "rA rB",       "R[A].add(R[B])"),
            (SetUpdate,    SetUpdate,           "rA rB",       "R[A].update(R[B])"),
            (GetItem,      GetItem,             "rA rB rC",    "R[A] := R[B][R[C]]"),
            (SetItem,      SetItem,             "rA rB rC",    "R[A][R[B]] := R[C]"),
            (DelItem,      DelItem,             "rA rB",       "del R[A][R[B]]"),
            (GetAttr,      GetAttr,             "rA rB nC",    "R[A] := R[B].K[C]"),
            (SetAttr,      SetAttr,             "rA nB rC",    "R[A].K[B] := R[C]"),
            (DelAttr,      DelAttr,             "rA nB",       "del R[A].K[B]"),
            (LoadMethod,   LoadMethod,          "rA rB nC",    "R[A], R[A+1] := method K[C] of R[B] and R[B], or (R[B].K[C], NULL)"),
            (LoadSuperMethod, LoadSuperMethod,  "rA rB nC", "R[A], R[A+1] := method K[C] of R[B]() as LoadMethod gives it; R[B] holds the global `super` of a `super().name(...)` call"),
            (Call,         Call,                "rA uB rC",    "R[C] := R[A](R[A+1], ..., R[A+B])"),
            (CallMethod,   CallMethod,          "rA uB rC",    "R[C] := R[A](R[A+1] unless NULL, R[A+2], ..., R[A+B+1])"),
            (CallKw,       CallKw,              "rA uB kC",    "R[A] := R[A](R[A+1], ..., R[A+B]); the last len(K[C]) arguments are named by K[C]"),
            (CallEx,       CallEx,              "rA uB",       "R[A] := R[A](*R[A+1], **R[A+2] if B)"),
            (MakeFunction, MakeFunction,        "rA kBx",      "R[A] := function(code K[Bx], defaults R[A], kwdefaults R[A+1])"),
            (Return,       Return,              "rA",          "return R[A]"),
            (ReturnNone,   ReturnNone,          "",            "return None"),
            (GetIter,      GetIter,             "rA rB",       "R[A] := iter(R[B])"),
            (ForIter,      ForIter,             "rA rB +x",    "R[B] := next(R[A]); when exhausted pc := X"),
            (UnpackSeq,    UnpackSeq,           "rA rB uC",    "R[A], ..., R[A+C-1] := R[B] (exactly C items)"),
            (UnpackEx,     UnpackEx,            "rA rB uC",    "R[A..] := R[B] with a starred list: C = before | after << 8"),
            (Raise,        Raise,               "rA rB uC",    "C=0: re-raise the handled exception; C=1: raise R[A]; C=2: raise R[A] from R[B]"),
            (Reraise,      Reraise,             "rA",          "raise R[A] again, keeping its traceback"),
            (PushExcInfo,  PushExcInfo,         "rA rB",       "R[A] := handled exception; handled := R[B]"),
            (PopExcInfo,   PopExcInfo,          "rA",          "handled exception := R[A]"),
            (ExcMatch,     ExcMatch,            "rA rB rC",    "R[A] := exception R[B] is an instance of class (or tuple) R[C]"),
            (LoadAssertionError, LoadAssertionError,  "rA",    "R[A] := AssertionError"),
            (PrintExpr,    PrintExpr,           "rA",          "sys.displayhook(R[A]): echo an expression statement typed at the interactive prompt"),
            (LoadName,     LoadName,            "rA nB",       "R[A] := class namespace[K[B]], else globals[K[B]], else builtins[K[B]]"),
            (StoreName,    StoreName,           "rA nB",       "class namespace[K[B]] := R[A]"),
            (DeleteName,   DeleteName,          "nB",          "del class namespace[K[B]]"),
            (LoadBuildClass, LoadBuildClass,    "rA",          "R[A] := the class builder, builtins' __build_class__"),
            (WithEnter,    WithEnter,           "rA rB",       "R[A] := R[B].__exit__ (bound); R[A+1] := R[B].__enter__()"),
            (WithExit,     WithExit,            "rA rB",       "R[A] := bool(R[B](type(e), e, e.__traceback__)) for the exception e in R[A], or R[B](None, None, None) when R[A] is None"),
            (MakeCell,     MakeCell,            "rA",          "R[A] := cell(R[A]), an empty cell when R[A] is unbound"),
            (LoadDeref,    LoadDeref,           "rA rB",       "R[A] := contents of cell R[B] (NameError when empty)"),
            (StoreDeref,   StoreDeref,          "rA rB",       "contents of cell R[A] := R[B]"),
            (DeleteDeref,  DeleteDeref,         "rA",          "empty cell R[A] (NameError when already empty)"),
            (LoadClassDeref, LoadClassDeref,    "rA nB rC",    "R[A] := class namespace[K[B]], else contents of cell R[C]"),
            (Yield,        Yield,               "rA rB uC",    "suspend the generator, giving R[B] to its resumer; R[A] := the value sent on resumption (C=1: the yield of a yield from)"),
            (Send,         Send,                "rA rB rC +x", "R[A] := R[B].send(R[C]), or next(R[B]) when R[C] is None; when R[B] returns v: R[A] := v, pc := X"),
            (GetYieldFromIter, GetYieldFromIter, "rA rB",      "R[A] := R[B] when a generator, else iter(R[B])"),
            (GetAwaitable, GetAwaitable,        "rA rB",       "R[A] := R[B] when a coroutine, else R[B].__await__()"),
            (GetAIter,     GetAIter,            "rA rB",       "R[A] := R[B].__aiter__()"),
            (GetANext,     GetANext,            "rA rB",       "R[A] := awaitable of R[B].__anext__()"),
            (EndAsyncFor,  EndAsyncFor,         "rA",          "fall through when R[A] is a StopAsyncIteration (the async for is over), else re-raise it"),
            (AsyncWithEnter, AsyncWithEnter,    "rA rB",       "R[A] := R[B].__aexit__ (bound); R[A+1] := R[B].__aenter__(), to be awaited"),
            (AsyncWithExit, AsyncWithExit,      "rA rB",       "R[A] := R[B](type(e), e, e.__traceback__) for the exception e in R[A], or R[B](None, None, None) when R[A] is None, to be awaited"),
            (MatchSeq,     MatchSeq,            "rA rB",       "R[A] := R[B] is a sequence a sequence pattern can match"),
            (MatchMap,     MatchMap,            "rA rB",       "R[A] := R[B] is a mapping"),
            (GetLen,       GetLen,              "rA rB",       "R[A] := len(R[B])"),
            (MatchClass,   MatchClass,          "rA rB rC",    "R[A] := isinstance(R[B], R[C]) for a class pattern (TypeError unless R[C] is a class)"),
            (MatchArg,     MatchArg,            "rA rB uC +x", "R[A] := attribute __match_args__[C & 255] of R[B] under class R[B+1] (C >> 8 sub-patterns in all; R[B+2] the keyword sub-patterns' names or None); when missing pc := X"),
            (MatchKw,      MatchKw,             "rA rB nC +x", "R[A] := R[B].K[C]; when it has no such attribute pc := X"),
            (DictWithout,  DictWithout,         "rA rB rC",    "R[A] := a dict of R[B]'s items except the keys in tuple R[C]"),
            (ImportName,   ImportName,          "rA nB uC",    "R[A] := import module K[B] at relative level C with fromlist R[A+1] (a tuple of names, or None: then the top-level package)"),
            (ImportFrom,   ImportFrom,          "rA rB nC",    "R[A] := name K[C] of module R[B], else its submodule K[C] (ImportError when neither)"),
            (ImportStar,   ImportStar,          "rA",          "bind in the globals every public name of module R[A] (its __all__, else the names not starting with _)"),
            (ExtraArg,     ExtraArg,            "jBx",         "operand word of the instruction before"),

            // ---- specialized forms: rewritten in place from their generic family (the
            // second column) once warm; each guards its operand types and deoptimizes
            // back to the family on a miss.
            (AddInt,        Add,         "rA rB rC",    "R[A] := R[B] + R[C]; ints"),
            (AddFloat,      Add,         "rA rB rC",    "R[A] := R[B] + R[C]; floats, or a float and an int"),
            (SubInt,        Sub,         "rA rB rC",    "R[A] := R[B] - R[C]; ints"),
            (SubFloat,      Sub,         "rA rB rC",    "R[A] := R[B] - R[C]; floats, or a float and an int"),
            (MulInt,        Mul,         "rA rB rC",    "R[A] := R[B] * R[C]; ints"),
            (MulFloat,      Mul,         "rA rB rC",    "R[A] := R[B] * R[C]; floats, or a float and an int"),
            (TrueDivFloat,  TrueDiv,     "rA rB rC",    "R[A] := R[B] / R[C]; floats or small ints"),
            (FloorDivInt,   FloorDiv,    "rA rB rC",    "R[A] := R[B] // R[C]; ints"),
            (ModInt,        Mod,         "rA rB rC",    "R[A] := R[B] % R[C]; ints"),
            (BitAndInt,     BitAnd,      "rA rB rC",    "R[A] := R[B] & R[C]; ints"),
            (BitOrInt,      BitOr,       "rA rB rC",    "R[A] := R[B] | R[C]; ints"),
            (BitXorInt,     BitXor,      "rA rB rC",    "R[A] := R[B] ^ R[C]; ints"),
            (LShiftInt,     LShift,      "rA rB rC",    "R[A] := R[B] << R[C]; ints"),
            (RShiftInt,     RShift,      "rA rB rC",    "R[A] := R[B] >> R[C]; ints"),
            (InplaceAddInt, InplaceAdd,  "rA rB",       "R[A] += R[B]; ints"),
            (InplaceAddFloat, InplaceAdd, "rA rB",      "R[A] += R[B]; floats, or a float and an int"),
            (InplaceSubInt, InplaceSub,  "rA rB",       "R[A] -= R[B]; ints"),
            (InplaceSubFloat, InplaceSub, "rA rB",      "R[A] -= R[B]; floats, or a float and an int"),
            (LtInt,         Lt,          "rA rB rC",    "R[A] := R[B] < R[C]; ints"),
            (LeInt,         Le,          "rA rB rC",    "R[A] := R[B] <= R[C]; ints"),
            (EqInt,         Eq,          "rA rB rC",    "R[A] := R[B] == R[C]; ints"),
            (NeInt,         Ne,          "rA rB rC",    "R[A] := R[B] != R[C]; ints"),
            (GtInt,         Gt,          "rA rB rC",    "R[A] := R[B] > R[C]; ints"),
            (GeInt,         Ge,          "rA rB rC",    "R[A] := R[B] >= R[C]; ints"),
            (LtFloat,       Lt,          "rA rB rC",    "R[A] := R[B] < R[C]; floats or small ints"),
            (LeFloat,       Le,          "rA rB rC",    "R[A] := R[B] <= R[C]; floats or small ints"),
            (EqFloat,       Eq,          "rA rB rC",    "R[A] := R[B] == R[C]; floats or small ints"),
            (NeFloat,       Ne,          "rA rB rC",    "R[A] := R[B] != R[C]; floats or small ints"),
            (GtFloat,       Gt,          "rA rB rC",    "R[A] := R[B] > R[C]; floats or small ints"),
            (GeFloat,       Ge,          "rA rB rC",    "R[A] := R[B] >= R[C]; floats or small ints"),
            (JumpIfNotLtInt, JumpIfNotLt, "rA rB +x",   "if not R[A] < R[B]: pc := X; ints"),
            (JumpIfNotLeInt, JumpIfNotLe, "rA rB +x",   "if not R[A] <= R[B]: pc := X; ints"),
            (JumpIfNotGtInt, JumpIfNotGt, "rA rB +x",   "if not R[A] > R[B]: pc := X; ints"),
            (JumpIfNotGeInt, JumpIfNotGe, "rA rB +x",   "if not R[A] >= R[B]: pc := X; ints"),
            (JumpIfNotEqInt, JumpIfNotEq, "rA rB +x",   "if not R[A] == R[B]: pc := X; ints"),
            (JumpIfNotNeInt, JumpIfNotNe, "rA rB +x",   "if not R[A] != R[B]: pc := X; ints"),
            (JumpIfNotLtFloat, JumpIfNotLt, "rA rB +x", "if not R[A] < R[B]: pc := X; floats or small ints"),
            (JumpIfNotLeFloat, JumpIfNotLe, "rA rB +x", "if not R[A] <= R[B]: pc := X; floats or small ints"),
            (JumpIfNotGtFloat, JumpIfNotGt, "rA rB +x", "if not R[A] > R[B]: pc := X; floats or small ints"),
            (JumpIfNotGeFloat, JumpIfNotGe, "rA rB +x", "if not R[A] >= R[B]: pc := X; floats or small ints"),
            (JumpIfNotEqFloat, JumpIfNotEq, "rA rB +x", "if not R[A] == R[B]: pc := X; floats or small ints"),
            (JumpIfNotNeFloat, JumpIfNotNe, "rA rB +x", "if not R[A] != R[B]: pc := X; floats or small ints"),
            (LtStr,         Lt,          "rA rB rC",    "R[A] := R[B] < R[C]; strs"),
            (LeStr,         Le,          "rA rB rC",    "R[A] := R[B] <= R[C]; strs"),
            (EqStr,         Eq,          "rA rB rC",    "R[A] := R[B] == R[C]; strs"),
            (NeStr,         Ne,          "rA rB rC",    "R[A] := R[B] != R[C]; strs"),
            (GtStr,         Gt,          "rA rB rC",    "R[A] := R[B] > R[C]; strs"),
            (GeStr,         Ge,          "rA rB rC",    "R[A] := R[B] >= R[C]; strs"),
            (JumpIfNotLtStr, JumpIfNotLt, "rA rB +x",   "if not R[A] < R[B]: pc := X; strs"),
            (JumpIfNotLeStr, JumpIfNotLe, "rA rB +x",   "if not R[A] <= R[B]: pc := X; strs"),
            (JumpIfNotGtStr, JumpIfNotGt, "rA rB +x",   "if not R[A] > R[B]: pc := X; strs"),
            (JumpIfNotGeStr, JumpIfNotGe, "rA rB +x",   "if not R[A] >= R[B]: pc := X; strs"),
            (JumpIfNotEqStr, JumpIfNotEq, "rA rB +x",   "if not R[A] == R[B]: pc := X; strs"),
            (JumpIfNotNeStr, JumpIfNotNe, "rA rB +x",   "if not R[A] != R[B]: pc := X; strs"),
            (AddStr,        Add,         "rA rB rC",    "R[A] := R[B] + R[C]; strs"),
            (InplaceAddStr, InplaceAdd,  "rA rB",       "R[A] += R[B]; strs"),
            (CallNative,    Call,        "rA uB rC",    "R[C] := R[A](R[A+1], ..., R[A+B]); a builtin function"),
            (CallMethodNative, CallMethod, "rA uB rC",  "as CallMethod; a builtin method with its receiver in R[A+1]"),
            (GetItemList,   GetItem,     "rA rB rC",    "R[A] := R[B][R[C]]; list and int"),
            (GetItemTuple,  GetItem,     "rA rB rC",    "R[A] := R[B][R[C]]; tuple and int"),
            (GetItemDict,   GetItem,     "rA rB rC",    "R[A] := R[B][R[C]]; dict"),
            (SetItemList,   SetItem,     "rA rB rC",    "R[A][R[B]] := R[C]; list and int"),
            (SetItemDict,   SetItem,     "rA rB rC",    "R[A][R[B]] := R[C]; dict"),
            (LoadGlobalModule, LoadGlobal, "rA nB cC",  "R[A] := globals[K[B]]; entry cached by the globals' key version"),
            (LoadGlobalBuiltin, LoadGlobal, "rA nB cC", "R[A] := builtins[K[B]]; entry cached by both key versions"),
            (LoadMethodCached, LoadMethod, "rA rB nC",  "R[A], R[A+1] := method K[C] of R[B], R[B]; method cached by the receiver's type"),
            (CallPyExact,   Call,        "rA uB rC",    "R[C] := R[A](R[A+1], ..., R[A+B]); a Python function taking exactly B positional args"),
            (GetAttrInstance, GetAttr,   "rA rB nC",    "R[A] := R[B].K[C]; an instance attribute its class does not define (cache: shape, class epoch, slot)"),
            (SetAttrInstance, SetAttr,   "rA nB rC",    "R[A].K[B] := R[C]; an existing instance attribute its class does not define (cache: shape, class epoch, slot)"),
            (SetAttrInstanceAdd, SetAttr, "rA nB rC",   "R[A].K[B] := R[C]; a new instance attribute: append a slot (cache: shape, class epoch, next shape)"),
            (LoadMethodInstance, LoadMethod, "rA rB nC", "R[A], R[A+1] := method K[C] of R[B], R[B]; a function of the instance's class the instance does not shadow (cache: shape, class epoch, function)"),
            (GetAttrPoly,   GetAttr,     "rA rB nC",    "R[A] := R[B].K[C]; instances of up to four shapes, each with a slot or a plain class attribute (cache: class epoch, polymorphic ways)"),
            (SetAttrPoly,   SetAttr,     "rA nB rC",    "R[A].K[B] := R[C]; instances of up to four shapes, each storing to a slot or adding one (cache: class epoch, polymorphic ways)"),
            (LoadMethodPoly, LoadMethod, "rA rB nC",    "R[A], R[A+1] := method K[C] of R[B], R[B]; instances of up to four shapes, a function of the class for each (cache: class epoch, polymorphic ways)"),
            (CallClass,     Call,        "rA uB rC",    "R[C] := R[A](R[A+1], ..., R[A+B]); a class whose instances are plain: a new instance, its Python __init__ (taking exactly the arguments) run as a frame (cache: class, class epoch, __init__ or NULL for none)"),
            (AddInstance,   Add,         "rA rB rC",    "R[A] := R[B] + R[C]; R[B] an instance whose class defines __add__ in Python, run as a frame (cache: class, class epoch, the function)"),
            (SubInstance,   Sub,         "rA rB rC",    "R[A] := R[B] - R[C]; R[B] an instance whose class defines __sub__ in Python, run as a frame (cache: class, class epoch, the function)"),
            (MulInstance,   Mul,         "rA rB rC",    "R[A] := R[B] * R[C]; R[B] an instance whose class defines __mul__ in Python, run as a frame (cache: class, class epoch, the function)"),
            (TrueDivInstance, TrueDiv,   "rA rB rC",    "R[A] := R[B] / R[C]; R[B] an instance whose class defines __truediv__ in Python, run as a frame (cache: class, class epoch, the function)"),
            (LoadSuperMethodCached, LoadSuperMethod, "rA rB nC", "R[A], R[A+1] := function K[C] after the method's class in the MRO of R[0]'s class, R[0]; R[B] the builtin super, R[0] a plain instance (cache: R[0]'s shape, class epoch, the function)"),
            (LoadSuperMethodPoly, LoadSuperMethod, "rA rB nC", "as LoadSuperMethodCached, for instances of up to four shapes (cache: class epoch, polymorphic ways)"),
            (CallMethodPyExact, CallMethod, "rA uB rC", "as CallMethod; a Python function taking exactly its positional args"),
            (GetAttrModule, GetAttr,     "rA rB nC",    "R[A] := R[B].K[C]; an attribute in a module's namespace (cache: the namespace's key version, entry index)"),
            (LoadMethodModule, LoadMethod, "rA rB nC",  "R[A], R[A+1] := R[B].K[C], NULL; a function in a module's namespace (cache: the namespace's key version, entry index)"),
            (ForIterRange,  ForIter,     "rA rB +x",    "R[B] := next(R[A]); a range iterator"),
            (ForIterList,   ForIter,     "rA rB +x",    "R[B] := next(R[A]); a list iterator"),
            (ForIterTuple,  ForIter,     "rA rB +x",    "R[B] := next(R[A]); a tuple iterator"),
            (ForIterStr,    ForIter,     "rA rB +x",    "R[B] := next(R[A]); a str iterator"),
            (ForIterSet,    ForIter,     "rA rB +x",    "R[B] := next(R[A]); a set iterator"),
            (ForIterGen,    ForIter,     "rA rB +x",    "R[B] := next(R[A]); a generator, resumed as a frame of this loop (no native re-entry)"),
            (ForIterPair,   ForIter,     "rA rB +x",    "R[B] := next(R[A]), unpacked by the UnpackSeq of 2 that follows; an enumerate over a list or tuple, or a dict's items: the pair goes straight to the UnpackSeq's registers, which is skipped"),
            (ForIterDict,   ForIter,     "rA rB +x",    "R[B] := next(R[A]); a dict keys or values iterator"),
            (InDict,        In,          "rA rB rC",    "R[A] := R[B] in R[C]; a dict"),
            (InStr,         In,          "rA rB rC",    "R[A] := R[B] in R[C]; str in str"),
            (NotInDict,     NotIn,       "rA rB rC",    "R[A] := R[B] not in R[C]; a dict"),
            (NotInStr,      NotIn,       "rA rB rC",    "R[A] := R[B] not in R[C]; str in str"),
            (InSet,         In,          "rA rB rC",    "R[A] := R[B] in R[C]; a set or frozenset"),
            (NotInSet,      NotIn,       "rA rB rC",    "R[A] := R[B] not in R[C]; a set or frozenset"),
        }
    };
}

macro_rules! define_opcodes {
    ($(($name:ident, $family:ident, $layout:literal, $doc:literal)),* $(,)?) => {
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
            /// The generic instruction each opcode belongs to (itself when it is generic):
            /// where a specialized form deoptimizes to, and the family statistics group by.
            pub const FAMILY: [Op; Op::COUNT] = [$(Op::$family),*];

            #[inline(always)]
            pub fn name(self) -> &'static str { Op::NAMES[self as usize] }
            #[inline(always)]
            pub fn layout(self) -> &'static str { Op::LAYOUTS[self as usize] }
            #[inline(always)]
            pub fn family(self) -> Op { Op::FAMILY[self as usize] }
            pub fn is_specialized(self) -> bool { self.family() != self }
            /// Which of the A, B and C fields name a single register (`r` operands).
            pub fn register_fields(self) -> [bool; 3] {
                let mut f = [false; 3];
                for tok in self.layout().split_whitespace() {
                    match tok {
                        "rA" => f[0] = true,
                        "rB" => f[1] = true,
                        "rC" => f[2] = true,
                        _ => {}
                    }
                }
                f
            }
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
    /// The operator of a binary instruction's family (`Add` for `AddInt`...).
    pub fn of_family(op: Op) -> Option<BinOp> {
        BinOp::ALL.iter().copied().find(|b| b.opcode() == op.family())
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
