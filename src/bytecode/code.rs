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

/// Ways of a polymorphic cache: sites that see instances of up to this many shapes
/// (a method called on tasks of four classes) stay specialized.
pub const POLY_WAYS: usize = 4;

/// The shape of an unused way. Never an instance's: shapes are numbered up from 0 in
/// a table that would need hundreds of GiB to reach it, and dict-mode instances have
/// `shape::DICT_MODE` (u32::MAX).
pub const POLY_EMPTY: u32 = u32::MAX - 1;

/// `PolyWay::slot` of a way whose `value` is the answer itself (a method, a class
/// attribute) rather than the index of an instance slot.
pub const POLY_VALUE: u32 = u32::MAX;

/// Flag of `PolyWay::slot` in a read's way: the attribute is a class attribute, in the
/// entry of that index (the low bits) in the class dict `value`.
pub const POLY_CLASS_ENTRY: u32 = 1 << 31;

/// One way of a polymorphic cache: for instances of `shape`, the attribute is in slot
/// `slot`, in a class dict entry (`POLY_CLASS_ENTRY`), or (`POLY_VALUE`) is `value`; a
/// store form keeps the next shape of an attribute-adding store in `value`.
#[derive(Clone, Copy)]
pub struct PolyWay {
    pub shape: u32,
    pub slot: u32,
    pub value: Value,
}

impl PolyWay {
    pub const EMPTY: PolyWay = PolyWay { shape: POLY_EMPTY, slot: 0, value: Value::NULL };
}

/// The ways of one polymorphic instruction, valid while the class epoch is the one in
/// the instruction's `InlineCache::aux`. One cache line.
#[repr(align(64))]
pub struct PolyCache {
    pub ways: [Cell<PolyWay>; POLY_WAYS],
}

impl PolyCache {
    pub fn clear(&self) {
        for w in &self.ways {
            w.set(PolyWay::EMPTY);
        }
    }
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
    /// The polymorphic caches of the instructions that went polymorphic, by pc, made
    /// on demand (most code has none). Boxed, so each stays where it is while the code
    /// lives: a polymorphic instruction keeps its cache's address in `InlineCache::key`.
    pub poly: std::cell::RefCell<Vec<(u32, Box<PolyCache>)>>,
}

impl Code {
    /// Instruction cells and their fresh caches for freshly compiled (or loaded) words.
    pub fn make_instrs(words: Vec<u64>) -> (Box<[Cell<u64>]>, Box<[InlineCache]>) {
        let caches = words.iter().map(|_| InlineCache::new()).collect();
        (words.into_iter().map(Cell::new).collect(), caches)
    }

    /// The polymorphic cache of the instruction at `pc`, made empty on first use.
    pub fn poly_cache(&self, pc: usize) -> *const PolyCache {
        let mut poly = self.poly.borrow_mut();
        if let Some((_, c)) = poly.iter().find(|(p, _)| *p as usize == pc) {
            return &**c as *const PolyCache;
        }
        let c = Box::new(PolyCache { ways: [const { Cell::new(PolyWay::EMPTY) }; POLY_WAYS] });
        let ptr = &*c as *const PolyCache;
        poly.push((pc as u32, c));
        ptr
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
            + self.poly.borrow().len() * std::mem::size_of::<PolyCache>()
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
        for (_, p) in self.poly.borrow().iter() {
            for w in &p.ways {
                let v = w.get().value;
                if !v.is_null() {
                    f(v);
                }
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
