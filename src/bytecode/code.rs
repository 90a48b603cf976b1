//! Code objects: the compiled form of a module, function or class body.

use crate::value::Value;
use std::cell::Cell;
use std::rc::Rc;

/// Where an instruction comes from: lines are 1-based, columns are 0-based UTF-8 byte
/// offsets within their line (CPython's co_positions).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Pos {
    pub line: u32,
    pub end_line: u32,
    pub col: u32,
    pub end_col: u32,
}

/// A protected range of instructions and where its exceptions go.
#[derive(Clone, Copy, Debug)]
pub struct ExcEntry {
    pub start: u32,
    pub end: u32,
    pub target: u32,
    /// Register that receives the exception object.
    pub reg: u16,
}

/// Inline cache of one `LoadGlobal` site. A hit needs the globals' key-set version (and,
/// for a builtin, the builtins' version) to be unchanged; then `index` is the entry.
#[derive(Clone, Copy, Default)]
pub struct GlobalCache {
    pub globals_version: u64,
    pub builtins_version: u64,
    pub index: u32,
    pub in_builtins: bool,
}

/// The adaptive state of one instruction, kept beside it (`Code::caches[pc]`), as
/// CPython keeps inline cache entries after each instruction.
///
/// A generic instruction counts down `counter` and tries to specialize at zero; a
/// failed try or a deoptimization doubles the wait (`backoff` is the exponent). The
/// specialized forms that need more than their operand types keep their key (a type)
/// and value (the looked-up method) here.
pub struct InlineCache {
    pub counter: Cell<u16>,
    pub backoff: Cell<u16>,
    /// A second key (the class epoch for instance attribute forms); fits the padding.
    pub aux: Cell<u32>,
    pub key: Cell<u64>,
    pub value: Cell<Value>,
}

/// Executions of a generic instruction before its first specialization attempt.
pub const WARMUP: u16 = 1;

impl InlineCache {
    fn new() -> InlineCache {
        InlineCache { counter: Cell::new(WARMUP), backoff: Cell::new(0), aux: Cell::new(0), key: Cell::new(0), value: Cell::new(Value::NULL) }
    }
    /// Waits exponentially longer after each miss: 31, 63, ... up to 65535 executions.
    pub fn back_off(&self) {
        let b = (self.backoff.get() + 1).min(12);
        self.backoff.set(b);
        self.counter.set(((1u32 << (b + 4)) - 1) as u16);
    }
}

pub const FLAG_VARARGS: u32 = 1;
pub const FLAG_VARKW: u32 = 2;
/// Calling the function makes a generator instead of running the body.
pub const FLAG_GENERATOR: u32 = 4;
/// An `async def`: calling it makes a coroutine (a generator of type `coroutine`).
pub const FLAG_COROUTINE: u32 = 8;
/// An `async def` containing `yield`: calling it makes an async generator (with
/// FLAG_GENERATOR, without FLAG_COROUTINE).
pub const FLAG_ASYNC_GENERATOR: u32 = 16;

pub struct Code {
    /// Instruction words; cells because specialization rewrites them in place.
    pub instrs: Box<[Cell<u64>]>,
    /// One adaptive cache per instruction word.
    pub caches: Box<[InlineCache]>,
    pub consts: Vec<Value>,
    /// Interned identifiers used by name operands (globals, attributes, methods).
    pub names: Vec<Value>,
    /// Registers in all: locals, then the constant registers, then temporaries.
    pub nregs: u32,
    /// Values of the registers from `nlocals` on, put in place when a frame is created;
    /// instructions read these constants straight from registers.
    pub const_regs: Box<[Value]>,
    /// Registers 0..nlocals hold named locals; parameters come first, the free
    /// variables (cells from the function's closure) last.
    pub nlocals: u32,
    /// How many of the locals are free variables, filled from the closure at entry.
    pub nfree: u32,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: u32,
    /// Names of the local registers, as str values.
    pub varnames: Vec<Value>,
    /// (first pc, position) runs, sorted by pc.
    pub lines: Vec<(u32, Pos)>,
    pub exc_table: Vec<ExcEntry>,
    pub name: Value,
    pub qualname: Value,
    /// The docstring (the body's first statement, when a string), else None.
    pub doc: Value,
    pub filename: Rc<str>,
    pub firstlineno: u32,
    pub global_caches: Box<[Cell<GlobalCache>]>,
    /// The function calls zero-argument `super()` or reads `__class__`.
    pub needs_class: bool,
    /// For such a function defined in a class body: the class, set when the class is
    /// created (CPython's `__class__` cell); NULL until then.
    pub class_ref: Cell<Value>,
}

impl Code {
    /// Instruction cells and their fresh caches for freshly compiled (or loaded) words.
    pub fn make_instrs(words: Vec<u64>) -> (Box<[Cell<u64>]>, Box<[InlineCache]>) {
        let caches = words.iter().map(|_| InlineCache::new()).collect();
        (words.into_iter().map(Cell::new).collect(), caches)
    }

    /// The instruction at `pc`.
    #[inline(always)]
    pub fn instr(&self, pc: usize) -> crate::bytecode::opcodes::Instr {
        crate::bytecode::opcodes::Instr(self.instrs[pc].get())
    }

    pub fn heap_size(&self) -> usize {
        self.instrs.len() * (8 + std::mem::size_of::<InlineCache>())
            + (self.consts.len() + self.names.len()) * 8
            + self.lines.len() * 20
            + self.global_caches.len() * 24
    }

    /// First constant register.
    #[inline(always)]
    pub fn const_base(&self) -> usize {
        self.nlocals as usize
    }

    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        f(self.class_ref.get());
        for &v in self.const_regs.iter() {
            f(v);
        }
        for &v in &self.consts {
            f(v);
        }
        for &v in &self.varnames {
            f(v);
        }
        for &v in &self.names {
            f(v);
        }
        f(self.name);
        f(self.qualname);
        f(self.doc);
        for c in self.caches.iter() {
            let v = c.value.get();
            if !v.is_null() {
                f(v);
            }
        }
    }

    /// Source line of the instruction at `pc`.
    pub fn line_for(&self, pc: usize) -> u32 {
        self.pos_for(pc).map(|p| p.line).unwrap_or(self.firstlineno)
    }

    /// Source position of the instruction at `pc`.
    pub fn pos_for(&self, pc: usize) -> Option<Pos> {
        let pc = pc as u32;
        match self.lines.binary_search_by(|&(p, _)| p.cmp(&pc)) {
            Ok(i) => Some(self.lines[i].1),
            Err(0) => None,
            Err(i) => Some(self.lines[i - 1].1),
        }
    }

    /// The handler covering the instruction at `pc`, if any.
    pub fn handler_for(&self, pc: usize) -> Option<ExcEntry> {
        let pc = pc as u32;
        self.exc_table.iter().find(|e| e.start <= pc && pc < e.end).copied()
    }

    /// First register of the free variables.
    #[inline(always)]
    pub fn free_start(&self) -> usize {
        (self.nlocals - self.nfree) as usize
    }
    pub fn is_generator(&self) -> bool {
        self.flags & FLAG_GENERATOR != 0
    }
    pub fn has_varargs(&self) -> bool {
        self.flags & FLAG_VARARGS != 0
    }
    pub fn has_varkw(&self) -> bool {
        self.flags & FLAG_VARKW != 0
    }
    /// Number of parameter registers (positional, keyword-only, *args, **kwargs).
    pub fn total_params(&self) -> usize {
        (self.argcount + self.kwonlyargcount) as usize + self.has_varargs() as usize + self.has_varkw() as usize
    }
}
