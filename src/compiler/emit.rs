//! The code generator: AST to register instructions.
//!
//! Locals of a function live in fixed registers `0..nlocals` (parameters first);
//! temporaries are allocated above them in stack order, so everything above the
//! current temporary watermark is dead, which is what lets a call place its callee
//! frame on top of the caller's live registers. An operand that is a local names the
//! local's register directly: `a = b + c` is one `Add`.
//!
//! Exception handling uses a table of protected ranges: every emitted instruction
//! records the innermost active handler, and `finish` folds that into ranges.

use super::symtable::{analyze_comprehension, analyze_function, param_names, FunctionScope};
use super::{CompileError, ErrorKind};
use crate::bytecode::code::{Code, ExcEntry, GlobalCache, Pos, FLAG_ASYNC_GENERATOR, FLAG_COROUTINE, FLAG_GENERATOR, FLAG_VARARGS, FLAG_VARKW};
use crate::bytecode::opcodes::{BinOp, Instr, Op};
use crate::objects::ops;
use crate::objects::set::{SetObj, SetTable};
use crate::objects::ObjKind;
use crate::value::Value;
use crate::vm::Vm;
use bumpalo::Bump;
use num_bigint::BigInt;
use num_traits::ToPrimitive;
use rustpython_parser::ast::{self, Constant, Expr, Ranged, Stmt};
use std::cell::Cell;
use std::collections::HashMap;
use std::rc::Rc;

type Reg = u16;
type CResult<T> = Result<T, CompileError>;

const MAX_REGS: usize = 65_000;
/// Operands naming constant registers carry `CONST_REG_BASE + n` until the function is
/// finished; then they are renumbered to sit after its last temporary (`finish`).
const CONST_REG_BASE: usize = 0xC000;
/// Most distinct constants one function keeps in registers; further ones are loaded.
const MAX_CONST_REGS: usize = 0x3000;
const MAX_NESTING: usize = 200;

#[derive(Clone, Copy, PartialEq, Eq)]
struct Label(u32);

#[derive(PartialEq, Eq, Clone, Copy)]
enum ScopeKind {
    Module,
    Function,
    /// A class body: names live in the namespace dict the class is built from.
    Class,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Comp {
    List,
    Set,
    Dict,
    Gen,
}

#[derive(Hash, PartialEq, Eq)]
enum ConstKey {
    Int(BigInt),
    Float(u64),
    Str(String),
    Bytes(Vec<u8>),
    /// The bits of the real and imaginary parts.
    Complex(u64, u64),
    None,
    True,
    False,
    Ellipsis,
}

/// What a `break`, `continue` or `return` must undo on its way out.
/// An exceptional path's registers and cleanup handler (`enter_handled`).
struct HandledPath {
    saved: Reg,
    creg: Reg,
    clbl: Label,
}

enum Block<'a> {
    Loop {
        brk: Label,
        cont: Label,
    },
    /// Inside a try with a finally: leaving runs the finally body.
    Finally {
        body: &'a [Stmt],
        handler_depth: usize,
    },
    /// Inside an except clause (or a finally's exceptional path): leaving restores the
    /// previously handled exception saved in `saved`.
    HandlerBody {
        saved: Reg,
    },
    /// Inside a `with` body: leaving calls the bound `__exit__` in `exit` with Nones.
    WithExit {
        exit: Reg,
        handler_depth: usize,
        is_async: bool,
    },
}

struct FnState<'a> {
    kind: ScopeKind,
    instrs: Vec<u64>,
    lines: Vec<Pos>,
    handler_of: Vec<u32>,
    handlers: Vec<(Label, Reg)>,
    handler_stack: Vec<u32>,
    consts: Vec<Value>,
    const_map: HashMap<ConstKey, u32>,
    names: Vec<Value>,
    name_map: HashMap<String, u32>,
    locals: HashMap<String, Reg>,
    varnames: Vec<String>,
    globals_decl: std::collections::HashSet<String>,
    nlocals: u16,
    next_temp: usize,
    max_reg: usize,
    labels: Vec<u32>,
    fixups: Vec<(usize, Label)>,
    blocks: Vec<Block<'a>>,
    /// Definite assignment of each local register at the current point.
    assigned: Vec<bool>,
    unreachable: bool,
    cur_pos: Pos,
    n_global_caches: u32,
    /// Constants read straight from registers (Lua's RK operands, as registers): their
    /// values, in placeholder order, and the placeholder of each value.
    const_regs: Vec<Value>,
    /// A method that calls zero-argument `super()` (or reads `__class__`).
    needs_class: bool,
    const_reg_of: HashMap<u64, Reg>,
    /// Set when an operand did not fit its 16-bit field; the function is rejected.
    operand_overflow: bool,
    /// Names kept in cells (captured locals and free variables) and their registers.
    derefs: HashMap<String, Reg>,
    /// Free variables, the last locals.
    nfree: u16,
    /// `nonlocal` names of a class body, which stores to the cell, not the namespace.
    nonlocal_decl: std::collections::HashSet<String>,
    is_generator: bool,
    /// An `async def` body, where `await`, `async for` and `async with` are allowed.
    is_async: bool,
    /// An `async def` body containing `yield`: an async generator.
    is_async_gen: bool,
    /// The function's docstring, or None.
    doc: Value,
}

pub struct Emitter<'a, 'v> {
    vm: &'v mut Vm,
    /// Scratch arena for AST nodes the compiler synthesizes (lambda bodies).
    bump: &'a Bump,
    source: &'a str,
    filename: Rc<str>,
    line_starts: Vec<u32>,
    f: FnState<'a>,
    depth: usize,
    qualname_prefix: Vec<String>,
    /// The names each enclosing scope offers to nested functions as free variables
    /// (a function's locals and its own free variables; nothing for a class), innermost last.
    enclosing_locals: Vec<std::collections::HashSet<String>>,
    /// Input typed at the interactive prompt: module-level expression statements
    /// (including those inside `if`, `for`, ... blocks) echo their value.
    interactive: bool,
    /// `from __future__ import annotations` (PEP 563): annotations are stored as
    /// their source text instead of being evaluated.
    future_annotations: bool,
}

pub fn compile_suite(vm: &mut Vm, bump: &Bump, suite: &[Stmt], source: &str, filename: &str) -> CResult<Value> {
    compile_module_suite(vm, bump, suite, source, filename, false)
}

/// `compile_suite` for input typed at the interactive prompt (CPython's 'single'
/// mode): expression statements outside functions and classes echo their value.
pub fn compile_interactive_suite(vm: &mut Vm, bump: &Bump, suite: &[Stmt], source: &str, filename: &str) -> CResult<Value> {
    compile_module_suite(vm, bump, suite, source, filename, true)
}

fn compile_module_suite(vm: &mut Vm, bump: &Bump, suite: &[Stmt], source: &str, filename: &str, interactive: bool) -> CResult<Value> {
    let mut line_starts = vec![0u32];
    for (i, b) in source.bytes().enumerate() {
        if b == b'\n' {
            line_starts.push(i as u32 + 1);
        }
    }
    let mut e = Emitter {
        vm,
        bump,
        source,
        filename: Rc::from(filename),
        line_starts,
        f: FnState::new(ScopeKind::Module),
        depth: 0,
        qualname_prefix: Vec::new(),
        enclosing_locals: Vec::new(),
        interactive,
        future_annotations: false,
    };
    e.f.cur_pos = Pos { line: 1, end_line: 1, col: 0, end_col: 0 };
    // the module's docstring becomes its `__doc__` (set by whoever runs the code)
    let has_doc = matches!(suite.first(), Some(Stmt::Expr(x)) if matches!(&*x.value, Expr::Constant(ast::ExprConstant { value: Constant::Str(_), .. })));
    if let Some(Stmt::Expr(x)) = suite.first() {
        if let Expr::Constant(ast::ExprConstant { value: Constant::Str(doc), .. }) = &*x.value {
            e.f.doc = e.vm.new_str(doc);
        }
    }
    // `from __future__` imports may follow only the docstring and each other
    let mut leading = true;
    for s in &suite[has_doc as usize..] {
        let future = matches!(s, Stmt::ImportFrom(i) if i.module.as_ref().is_some_and(|m| m.as_str() == "__future__") && i.level.as_ref().map_or(true, |l| l.to_u32() == 0));
        if future && !leading {
            return Err(e.err_at(s.range(), "from __future__ imports must occur at the beginning of the file"));
        }
        leading &= future;
        if leading {
            if let Stmt::ImportFrom(i) = s {
                e.future_annotations |= i.names.iter().any(|a| a.name.as_str() == "annotations");
            }
        }
    }
    // SETUP_ANNOTATIONS: a module with annotated names collects them in `__annotations__`
    if has_annotations(suite) {
        let t = e.temp()?;
        e.emit(Op::BuildDict, t as usize, t as usize, 0);
        e.store_name("__annotations__", t);
        e.f.next_temp -= 1;
    }
    for s in suite {
        e.stmt(s)?;
    }
    e.emit(Op::ReturnNone, 0, 0, 0);
    let f = std::mem::replace(&mut e.f, FnState::new(ScopeKind::Module));
    e.finish(f, "<module>", "<module>", 1, 0, 0, 0, 0)
}

impl<'a> FnState<'a> {
    fn new(kind: ScopeKind) -> FnState<'a> {
        FnState {
            kind,
            instrs: Vec::new(),
            lines: Vec::new(),
            handler_of: Vec::new(),
            handlers: Vec::new(),
            handler_stack: Vec::new(),
            consts: Vec::new(),
            const_map: HashMap::new(),
            names: Vec::new(),
            name_map: HashMap::new(),
            locals: HashMap::new(),
            varnames: Vec::new(),
            globals_decl: Default::default(),
            nlocals: 0,
            next_temp: 0,
            max_reg: 0,
            labels: Vec::new(),
            fixups: Vec::new(),
            blocks: Vec::new(),
            assigned: Vec::new(),
            unreachable: false,
            cur_pos: Pos { line: 1, end_line: 1, col: 0, end_col: 0 },
            n_global_caches: 0,
            const_regs: Vec::new(),
            needs_class: false,
            const_reg_of: HashMap::new(),
            operand_overflow: false,
            derefs: HashMap::new(),
            nfree: 0,
            nonlocal_decl: Default::default(),
            is_generator: false,
            is_async: false,
            is_async_gen: false,
            doc: Value::NONE,
        }
    }
}

fn op_for(op: &ast::Operator) -> BinOp {
    use ast::Operator as O;
    match op {
        O::Add => BinOp::Add,
        O::Sub => BinOp::Sub,
        O::Mult => BinOp::Mul,
        O::MatMult => BinOp::MatMul,
        O::Div => BinOp::TrueDiv,
        O::Mod => BinOp::Mod,
        O::Pow => BinOp::Pow,
        O::LShift => BinOp::LShift,
        O::RShift => BinOp::RShift,
        O::BitOr => BinOp::BitOr,
        O::BitXor => BinOp::BitXor,
        O::BitAnd => BinOp::BitAnd,
        O::FloorDiv => BinOp::FloorDiv,
    }
}

/// The value of a constant expression, folded as CPython's AST optimizer folds
/// negative numbers and tuples of constants.
fn const_of(e: &Expr) -> Option<Constant> {
    match e {
        Expr::Constant(c) if !matches!(c.value, Constant::Bytes(_) | Constant::Complex { .. }) => Some(c.value.clone()),
        Expr::Tuple(t) => t.elts.iter().map(const_of).collect::<Option<Vec<_>>>().map(Constant::Tuple),
        Expr::UnaryOp(u) if matches!(u.op, ast::UnaryOp::USub) => match const_of(&u.operand)? {
            Constant::Int(i) => Some(Constant::Int(-i)),
            Constant::Float(f) => Some(Constant::Float(-f)),
            _ => None,
        },
        _ => None,
    }
}

fn cmp_opcode(op: &ast::CmpOp) -> Op {
    use ast::CmpOp as C;
    match op {
        C::Eq => Op::Eq,
        C::NotEq => Op::Ne,
        C::Lt => Op::Lt,
        C::LtE => Op::Le,
        C::Gt => Op::Gt,
        C::GtE => Op::Ge,
        C::Is => Op::Is,
        C::IsNot => Op::IsNot,
        C::In => Op::In,
        C::NotIn => Op::NotIn,
    }
}

fn fused_jump_not(op: &ast::CmpOp) -> Option<Op> {
    use ast::CmpOp as C;
    Some(match op {
        C::Lt => Op::JumpIfNotLt,
        C::LtE => Op::JumpIfNotLe,
        C::Gt => Op::JumpIfNotGt,
        C::GtE => Op::JumpIfNotGe,
        C::Eq => Op::JumpIfNotEq,
        C::NotEq => Op::JumpIfNotNe,
        C::Is => Op::JumpIfNotIs,
        C::IsNot => Op::JumpIfIs,
        _ => return None,
    })
}

fn small_int_const(e: &Expr) -> Option<i64> {
    if let Expr::Constant(c) = e {
        if let Constant::Int(i) = &c.value {
            return i.to_i64().filter(|v| (-32768..=32767).contains(v));
        }
    }
    None
}

impl<'a, 'v> Emitter<'a, 'v> {
    // ---------------------------------------------------------------- errors, lines

    fn line_of(&self, offset: u32) -> u32 {
        match self.line_starts.binary_search(&offset) {
            Ok(i) => i as u32 + 1,
            Err(i) => i as u32,
        }
    }

    /// The position of a source range, as CPython records it for instructions.
    fn pos_of(&self, range: rustpython_parser::text_size::TextRange) -> Pos {
        let (start, end) = (u32::from(range.start()), u32::from(range.end()));
        let line = self.line_of(start);
        let end_line = self.line_of(end.max(start));
        let line_start = |l: u32| self.line_starts.get(l as usize - 1).copied().unwrap_or(0);
        Pos { line, end_line, col: start - line_start(line), end_col: end.max(start) - line_start(end_line) }
    }

    /// A decimal int literal longer than the int/str digit limit is a SyntaxError in CPython.
    fn check_int_literal(&self, range: rustpython_parser::text_size::TextRange) -> CResult<()> {
        let text = self.source.get(usize::from(range.start())..usize::from(range.end())).unwrap_or("");
        let lower = text.to_ascii_lowercase();
        if lower.starts_with("0x") || lower.starts_with("0o") || lower.starts_with("0b") {
            return Ok(());
        }
        let digits = text.chars().filter(|c| c.is_ascii_digit()).count();
        if digits > crate::objects::int::MAX_STR_DIGITS {
            return Err(self.err_at(
                range,
                format!(
                    "Exceeds the limit (4300 digits) for integer string conversion: value has {} digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.",
                    digits
                ),
            ));
        }
        Ok(())
    }

    /// Position of a statement's own instructions: a compound statement's header only
    /// (its body sets positions of its own).
    fn stmt_pos(&self, s: &Stmt) -> Pos {
        let p = self.pos_of(s.range());
        match s {
            Stmt::If(_) | Stmt::While(_) | Stmt::For(_) | Stmt::Try(_) | Stmt::FunctionDef(_) | Stmt::ClassDef(_) | Stmt::With(_) => {
                Pos { end_line: p.line, end_col: p.col, ..p }
            }
            _ => p,
        }
    }

    fn err_at(&self, range: rustpython_parser::text_size::TextRange, msg: impl Into<String>) -> CompileError {
        let off = u32::from(range.start());
        let line = self.line_of(off);
        let col = off - self.line_starts.get(line as usize - 1).copied().unwrap_or(0) + 1;
        CompileError {
            kind: ErrorKind::Syntax,
            msg: msg.into(),
            filename: self.filename.to_string(),
            line,
            col,
            text: self.source.lines().nth(line as usize - 1).map(|s| s.to_string()),
        }
    }

    // ---------------------------------------------------------------- emission

    fn emit_word(&mut self, w: u64) -> usize {
        let pc = self.f.instrs.len();
        self.f.instrs.push(w);
        self.f.lines.push(self.f.cur_pos);
        self.f.handler_of.push(self.f.handler_stack.last().copied().unwrap_or(u32::MAX));
        pc
    }

    fn emit(&mut self, op: Op, a: usize, b: usize, c: usize) -> usize {
        self.f.unreachable = false;
        if a > 0xFFFF || b > 0xFFFF || c > 0xFFFF {
            self.f.operand_overflow = true;
        }
        self.emit_word(Instr::abc(op, a as u16, b as u16, c as u16).0)
    }

    fn emit_bx(&mut self, op: Op, a: usize, bx: u32) -> usize {
        self.f.unreachable = false;
        if a > 0xFFFF {
            self.f.operand_overflow = true;
        }
        self.emit_word(Instr::abx(op, a as u16, bx).0)
    }

    fn emit_jump(&mut self, op: Op, a: usize, target: Label) {
        let pc = self.emit_bx(op, a, 0);
        self.f.fixups.push((pc, target));
    }

    /// An op with an `ExtraArg` word holding a jump target.
    fn emit_with_target(&mut self, op: Op, a: usize, b: usize, target: Label) {
        self.emit(op, a, b, 0);
        let pc = self.emit_word(Instr::abx(Op::ExtraArg, 0, 0).0);
        self.f.fixups.push((pc, target));
    }

    fn new_label(&mut self) -> Label {
        self.f.labels.push(u32::MAX);
        Label(self.f.labels.len() as u32 - 1)
    }

    fn bind(&mut self, l: Label) {
        self.f.labels[l.0 as usize] = self.f.instrs.len() as u32;
        self.f.unreachable = false;
    }

    fn temp(&mut self) -> CResult<Reg> {
        let r = self.f.next_temp;
        self.f.next_temp += 1;
        if self.f.next_temp > self.f.max_reg {
            self.f.max_reg = self.f.next_temp;
        }
        if r >= MAX_REGS.min(CONST_REG_BASE) {
            return Err(CompileError {
                kind: ErrorKind::Syntax,
                msg: "too many registers needed by one function".into(),
                filename: self.filename.to_string(),
                line: self.f.cur_pos.line,
                col: 1,
                text: None,
            });
        }
        Ok(r as Reg)
    }

    fn temps(&mut self, n: usize) -> CResult<Reg> {
        let first = self.f.next_temp;
        for _ in 0..n {
            self.temp()?;
        }
        Ok(first as Reg)
    }

    fn add_const_keyed(&mut self, key: Option<ConstKey>, v: Value) -> u32 {
        if let Some(k) = &key {
            if let Some(&i) = self.f.const_map.get(k) {
                return i;
            }
        }
        let i = self.f.consts.len() as u32;
        self.f.consts.push(v);
        if let Some(k) = key {
            self.f.const_map.insert(k, i);
        }
        i
    }

    /// Index of an identifier in the names table (the operand of name instructions).
    fn name_const(&mut self, name: &str) -> u32 {
        if let Some(&i) = self.f.name_map.get(name) {
            return i;
        }
        let v = self.vm.intern(name);
        let i = self.f.names.len() as u32;
        self.f.names.push(v);
        self.f.name_map.insert(name.to_string(), i);
        i
    }

    /// An identifier as a str constant (for LoadConst).
    fn str_const(&mut self, name: &str) -> u32 {
        let v = self.vm.intern(name);
        self.add_const_keyed(Some(ConstKey::Str(name.to_string())), v)
    }

    fn constant(&mut self, c: &Constant) -> CResult<u32> {
        Ok(match c {
            Constant::None => self.add_const_keyed(Some(ConstKey::None), Value::NONE),
            Constant::Bool(true) => self.add_const_keyed(Some(ConstKey::True), Value::TRUE),
            Constant::Bool(false) => self.add_const_keyed(Some(ConstKey::False), Value::FALSE),
            Constant::Ellipsis => self.add_const_keyed(Some(ConstKey::Ellipsis), Value::ELLIPSIS),
            Constant::Int(i) => {
                let v = self.vm.new_int_big(i.clone());
                self.add_const_keyed(Some(ConstKey::Int(i.clone())), v)
            }
            Constant::Float(f) => self.add_const_keyed(Some(ConstKey::Float(f.to_bits())), Value::float(*f)),
            Constant::Str(s) => {
                let v = self.vm.new_str(s);
                self.add_const_keyed(Some(ConstKey::Str(s.clone())), v)
            }
            Constant::Tuple(items) => {
                let mut vals = Vec::new();
                for it in items {
                    let k = self.constant(it)?;
                    vals.push(self.f.consts[k as usize]);
                }
                let t = self.vm.new_tuple(vals);
                self.add_const_keyed(None, t)
            }
            Constant::Bytes(b) => {
                let v = self.vm.new_bytes(b.clone());
                self.add_const_keyed(Some(ConstKey::Bytes(b.clone())), v)
            }
            Constant::Complex { real, imag } => {
                let v = crate::objects::complex::new_complex(self.vm, crate::objects::complex::Complex::new(*real, *imag));
                self.add_const_keyed(Some(ConstKey::Complex(real.to_bits(), imag.to_bits())), v)
            }
        })
    }

    // ---------------------------------------------------------------- names

    fn local_reg(&self, name: &str) -> Option<Reg> {
        if self.f.kind == ScopeKind::Function {
            self.f.locals.get(name).copied()
        } else {
            None
        }
    }

    /// Register holding local `r`, checked for being bound unless that is known.
    fn use_local(&mut self, r: Reg) {
        if !self.f.assigned[r as usize] {
            self.emit(Op::CheckBound, r as usize, 0, 0);
            self.f.assigned[r as usize] = true;
        }
    }

    /// The cell register a store to `name` goes to: always in a function; in a class
    /// body only for a `nonlocal` name (others go to the namespace).
    fn deref_store(&self, name: &str) -> Option<Reg> {
        let r = *self.f.derefs.get(name)?;
        (self.f.kind != ScopeKind::Class || self.f.nonlocal_decl.contains(name)).then_some(r)
    }

    fn store_name(&mut self, name: &str, src: Reg) {
        if let Some(r) = self.local_reg(name) {
            if r != src {
                self.emit(Op::Move, r as usize, src as usize, 0);
            }
            self.f.assigned[r as usize] = true;
        } else if let Some(r) = self.deref_store(name) {
            self.emit(Op::StoreDeref, r as usize, src as usize, 0);
        } else if self.f.kind == ScopeKind::Class && !self.f.globals_decl.contains(name) {
            let k = self.name_const(name);
            self.emit(Op::StoreName, src as usize, k as usize, 0);
        } else {
            let k = self.name_const(name);
            self.emit(Op::StoreGlobal, src as usize, k as usize, 0);
        }
    }

    // ---------------------------------------------------------------- expressions

    /// Compiles `e` and returns a register holding its value: a local's own register
    /// when `e` is a local name, otherwise a fresh temporary.
    fn expr_reg(&mut self, e: &Expr) -> CResult<Reg> {
        if let Expr::Name(n) = e {
            if let Some(r) = self.local_reg(n.id.as_str()) {
                // a failed bound check points at the name itself
                let saved = self.f.cur_pos;
                self.f.cur_pos = self.pos_of(n.range);
                self.use_local(r);
                self.f.cur_pos = saved;
                return Ok(r);
            }
        }
        if let Expr::Constant(c) = e {
            if let Some(r) = self.const_reg(c)? {
                return Ok(r);
            }
        }
        let t = self.temp()?;
        self.expr_into(e, t)?;
        Ok(t)
    }

    /// The register holding constant `c` for the whole call, when `c` is an immutable
    /// scalar: the frame is created with it in place, so no instruction loads it.
    fn const_reg(&mut self, c: &ast::ExprConstant) -> CResult<Option<Reg>> {
        let v = match &c.value {
            Constant::None => Value::NONE,
            Constant::Bool(b) => Value::bool(*b),
            Constant::Int(i) => {
                if i.bits() > 14_000 {
                    self.check_int_literal(c.range)?;
                }
                match i.to_i32() {
                    Some(x) => Value::small_int(x as i64),
                    None => {
                        let k = self.constant(&c.value)?;
                        self.f.consts[k as usize]
                    }
                }
            }
            Constant::Float(_) | Constant::Str(_) => {
                let k = self.constant(&c.value)?;
                self.f.consts[k as usize]
            }
            _ => return Ok(None),
        };
        if let Some(&r) = self.f.const_reg_of.get(&v.0) {
            return Ok(Some(r));
        }
        if self.f.const_regs.len() >= MAX_CONST_REGS {
            return Ok(None);
        }
        let r = (CONST_REG_BASE + self.f.const_regs.len()) as Reg;
        self.f.const_regs.push(v);
        self.f.const_reg_of.insert(v.0, r);
        Ok(Some(r))
    }

    /// Keeps the temporaries up to `r` allocated (constant registers need nothing).
    fn keep_alive(&mut self, r: Reg) {
        if (r as usize) < CONST_REG_BASE {
            self.f.next_temp = self.f.next_temp.max(r as usize + 1);
        }
    }

    /// Compiles `e` into a fresh temporary (never a local's register).
    fn expr_temp(&mut self, e: &Expr) -> CResult<Reg> {
        let t = self.temp()?;
        self.expr_into(e, t)?;
        Ok(t)
    }

    /// True when compiling `e` into `dst` writes `dst` only once, after reading all operands,
    /// so a local may be its own destination.
    fn single_write(e: &Expr) -> bool {
        !matches!(e, Expr::BoolOp(_) | Expr::IfExp(_) | Expr::NamedExpr(_)) && !matches!(e, Expr::Compare(c) if c.ops.len() > 1)
    }

    fn expr_into(&mut self, e: &Expr, dst: Reg) -> CResult<()> {
        self.depth += 1;
        if self.depth > MAX_NESTING {
            self.depth -= 1;
            let mut err = self.err_at(e.range(), "maximum recursion depth exceeded during compilation");
            err.kind = ErrorKind::Recursion;
            return Err(err);
        }
        let saved_pos = self.f.cur_pos;
        self.f.cur_pos = self.pos_of(e.range());
        let mark = self.f.next_temp;
        let r = self.expr_into_inner(e, dst);
        self.f.next_temp = mark;
        self.f.cur_pos = saved_pos;
        self.depth -= 1;
        r
    }

    fn expr_into_inner(&mut self, e: &Expr, dst: Reg) -> CResult<()> {
        let d = dst as usize;
        match e {
            Expr::Constant(c) => {
                if let Constant::Int(i) = &c.value {
                    if i.bits() > 14_000 {
                        self.check_int_literal(c.range)?;
                    }
                    if let Some(v) = i.to_i32() {
                        self.emit_bx(Op::LoadInt, d, v as u32);
                        return Ok(());
                    }
                }
                if let Constant::None = c.value {
                    self.emit(Op::LoadNone, d, 0, 0);
                    return Ok(());
                }
                let k = self.constant(&c.value)?;
                self.emit_bx(Op::LoadConst, d, k);
            }
            Expr::Name(n) => {
                let name = n.id.as_str();
                if let Some(r) = self.local_reg(name) {
                    self.use_local(r);
                    if r != dst {
                        self.emit(Op::Move, d, r as usize, 0);
                    }
                } else if let Some(&r) = self.f.derefs.get(name) {
                    if self.f.kind == ScopeKind::Class {
                        let k = self.name_const(name);
                        self.emit(Op::LoadClassDeref, d, k as usize, r as usize);
                    } else {
                        self.emit(Op::LoadDeref, d, r as usize, 0);
                    }
                } else if self.f.kind == ScopeKind::Class && !self.f.globals_decl.contains(name) {
                    let k = self.name_const(name);
                    self.emit(Op::LoadName, d, k as usize, 0);
                } else {
                    let k = self.name_const(name);
                    let c = self.f.n_global_caches;
                    self.f.n_global_caches += 1;
                    self.emit(Op::LoadGlobal, d, k as usize, c as usize);
                }
            }
            Expr::BinOp(b) => {
                let op = op_for(&b.op);
                let l = self.expr_reg(&b.left)?;
                if matches!(op, BinOp::Add | BinOp::Sub) {
                    if let Some(imm) = small_int_const(&b.right) {
                        let o = if op == BinOp::Add { Op::AddImm } else { Op::SubImm };
                        self.emit(o, d, l as usize, imm as i16 as u16 as usize);
                        return Ok(());
                    }
                }
                let r = self.expr_reg(&b.right)?;
                self.emit(op.opcode(), d, l as usize, r as usize);
            }
            Expr::UnaryOp(u) => {
                use ast::UnaryOp as U;
                if let (U::USub, Expr::Constant(c)) = (&u.op, &*u.operand) {
                    let folded = match &c.value {
                        Constant::Int(i) => Some(Constant::Int(-i.clone())),
                        Constant::Float(f) => Some(Constant::Float(-f)),
                        _ => None,
                    };
                    if let Some(fc) = folded {
                        let k = Expr::Constant(ast::ExprConstant { range: c.range, value: fc, kind: None });
                        return self.expr_into_inner(&k, dst);
                    }
                }
                let r = self.expr_reg(&u.operand)?;
                let op = match u.op {
                    U::Invert => Op::Invert,
                    U::Not => Op::Not,
                    U::UAdd => Op::Pos,
                    U::USub => Op::Neg,
                };
                self.emit(op, d, r as usize, 0);
            }
            Expr::BoolOp(b) => {
                let end = self.new_label();
                let is_and = matches!(b.op, ast::BoolOp::And);
                let n = b.values.len();
                for (i, v) in b.values.iter().enumerate() {
                    self.expr_into(v, dst)?;
                    if i + 1 < n {
                        self.emit_jump(if is_and { Op::JumpIfFalse } else { Op::JumpIfTrue }, d, end);
                    }
                }
                self.bind(end);
            }
            Expr::Compare(c) => {
                if c.ops.len() == 1 {
                    let l = self.expr_reg(&c.left)?;
                    let r = self.in_operand_reg(&c.ops[0], &c.comparators[0])?;
                    self.emit(cmp_opcode(&c.ops[0]), d, l as usize, r as usize);
                } else {
                    let end = self.new_label();
                    let mut left = self.expr_reg(&c.left)?;
                    let n = c.ops.len();
                    for (i, (op, right)) in c.ops.iter().zip(c.comparators.iter()).enumerate() {
                        let r = if i + 1 == n {
                            let t = self.temp()?;
                            match self.in_operand_const(op, right)? {
                                Some(k) => {
                                    self.emit_bx(Op::LoadConst, t as usize, k);
                                }
                                None => self.expr_into(right, t)?,
                            }
                            t
                        } else {
                            self.expr_temp(right)?
                        };
                        // keep the right operand alive for the next comparison
                        self.keep_alive(r);
                        self.emit(cmp_opcode(op), d, left as usize, r as usize);
                        if i + 1 < n {
                            self.emit_jump(Op::JumpIfFalse, d, end);
                        }
                        left = r;
                    }
                    self.bind(end);
                }
            }
            Expr::IfExp(i) => {
                let else_l = self.new_label();
                let end = self.new_label();
                self.cond_jump(&i.test, false, else_l)?;
                self.expr_into(&i.body, dst)?;
                self.emit_jump(Op::Jump, 0, end);
                self.bind(else_l);
                self.expr_into(&i.orelse, dst)?;
                self.bind(end);
            }
            Expr::Call(c) => self.call(c, dst)?,
            Expr::Attribute(a) => {
                let obj = self.expr_reg(&a.value)?;
                let k = self.name_const(a.attr.as_str());
                self.emit(Op::GetAttr, d, obj as usize, k as usize);
            }
            Expr::Subscript(s) => {
                let obj = self.expr_reg(&s.value)?;
                let idx = self.expr_reg(&s.slice)?;
                self.emit(Op::GetItem, d, obj as usize, idx as usize);
            }
            Expr::Slice(s) => {
                let base = self.temps(if s.step.is_some() { 3 } else { 2 })?;
                for (i, part) in [&s.lower, &s.upper, &s.step].into_iter().enumerate() {
                    if i == 2 && s.step.is_none() {
                        break;
                    }
                    match part {
                        Some(x) => self.expr_into(x, base + i as Reg)?,
                        None => {
                            self.emit(Op::LoadNone, base as usize + i, 0, 0);
                        }
                    }
                }
                self.emit(Op::BuildSlice, d, base as usize, if s.step.is_some() { 3 } else { 2 });
            }
            Expr::List(l) => self.build_seq(&l.elts, dst, false)?,
            Expr::Tuple(t) => {
                if !t.elts.is_empty() && t.elts.iter().all(|x| matches!(x, Expr::Constant(_))) {
                    let items: Vec<Constant> = t.elts.iter().filter_map(|x| if let Expr::Constant(c) = x { Some(c.value.clone()) } else { None }).collect();
                    let k = self.constant(&Constant::Tuple(items))?;
                    self.emit_bx(Op::LoadConst, d, k);
                } else {
                    self.build_seq(&t.elts, dst, true)?
                }
            }
            Expr::Dict(dct) => {
                let has_unpack = dct.keys.iter().any(|k| k.is_none());
                if !has_unpack && dct.keys.len() <= 64 {
                    let n = dct.keys.len();
                    let base = self.temps(n * 2)?;
                    for (i, (k, v)) in dct.keys.iter().zip(dct.values.iter()).enumerate() {
                        if let Some(k) = k {
                            self.expr_into(k, base + 2 * i as Reg)?;
                        }
                        self.expr_into(v, base + 2 * i as Reg + 1)?;
                    }
                    self.emit(Op::BuildDict, d, base as usize, n);
                } else {
                    let acc = self.temp()?;
                    self.emit(Op::BuildDict, acc as usize, 0, 0);
                    for (k, v) in dct.keys.iter().zip(dct.values.iter()) {
                        let m = self.f.next_temp;
                        match k {
                            Some(k) => {
                                let kr = self.expr_temp(k)?;
                                let vr = self.expr_reg(v)?;
                                self.emit(Op::SetItem, acc as usize, kr as usize, vr as usize);
                            }
                            None => {
                                let vr = self.expr_reg(v)?;
                                self.emit(Op::DictUpdate, acc as usize, vr as usize, 0);
                            }
                        }
                        self.f.next_temp = m;
                    }
                    self.emit(Op::Move, d, acc as usize, 0);
                }
            }
            Expr::JoinedStr(j) => {
                let n = j.values.len();
                if n == 0 {
                    let k = self.constant(&Constant::Str(String::new()))?;
                    self.emit_bx(Op::LoadConst, d, k);
                    return Ok(());
                }
                let base = self.temps(n)?;
                for (i, part) in j.values.iter().enumerate() {
                    self.fstring_part(part, base + i as Reg)?;
                }
                if n == 1 {
                    self.emit(Op::Move, d, base as usize, 0);
                } else {
                    self.emit(Op::BuildString, d, base as usize, n);
                }
            }
            Expr::FormattedValue(_) => self.fstring_part(e, dst)?,
            Expr::NamedExpr(n) => {
                self.expr_into(&n.value, dst)?;
                self.assign_to(&n.target, dst)?;
            }
            Expr::Lambda(l) => {
                let body: &'a [Stmt] = self.bump.alloc(vec![Stmt::Return(ast::StmtReturn { range: l.range, value: Some(l.body.clone()) })]);
                self.make_function("<lambda>", &l.args, None, body, l.range, dst, false)?;
            }
            Expr::Starred(s) => return Err(self.err_at(s.range, "can't use starred expression here")),
            Expr::Set(x) => self.build_set(&x.elts, dst)?,
            Expr::ListComp(x) => self.comprehension(Comp::List, &x.generators, &[&x.elt], x.range, dst)?,
            Expr::SetComp(x) => self.comprehension(Comp::Set, &x.generators, &[&x.elt], x.range, dst)?,
            Expr::DictComp(x) => self.comprehension(Comp::Dict, &x.generators, &[&x.key, &x.value], x.range, dst)?,
            Expr::GeneratorExp(x) => self.comprehension(Comp::Gen, &x.generators, &[&x.elt], x.range, dst)?,
            Expr::Await(x) => {
                if !self.f.is_async {
                    let msg = if self.f.kind == ScopeKind::Function { "'await' outside async function" } else { "'await' outside function" };
                    return Err(self.err_at(x.range, msg));
                }
                let v = self.expr_reg(&x.value)?;
                self.await_into(v, dst)?;
            }
            Expr::Yield(y) => {
                if self.f.kind != ScopeKind::Function {
                    return Err(self.err_at(y.range, "'yield' outside function"));
                }
                let v = match &y.value {
                    Some(v) => self.expr_reg(v)?,
                    None => {
                        let t = self.temp()?;
                        self.emit(Op::LoadNone, t as usize, 0, 0);
                        t
                    }
                };
                self.emit(Op::Yield, d, v as usize, 0);
            }
            Expr::YieldFrom(y) => {
                if self.f.kind != ScopeKind::Function {
                    return Err(self.err_at(y.range, "'yield' outside function"));
                }
                if self.f.is_async {
                    return Err(self.err_at(y.range, "'yield from' inside async function"));
                }
                let it = self.temp()?;
                let src = self.expr_reg(&y.value)?;
                self.emit(Op::GetYieldFromIter, it as usize, src as usize, 0);
                self.yield_from(it, dst)?;
            }
        }
        Ok(())
    }

    fn fstring_part(&mut self, part: &Expr, dst: Reg) -> CResult<()> {
        match part {
            Expr::FormattedValue(fv) => {
                let base = self.temps(2)?;
                self.expr_into(&fv.value, base)?;
                let conv = match fv.conversion {
                    ast::ConversionFlag::None => 0,
                    ast::ConversionFlag::Str => 1,
                    ast::ConversionFlag::Repr => 2,
                    ast::ConversionFlag::Ascii => 3,
                };
                let mut c = conv;
                if let Some(spec) = &fv.format_spec {
                    self.expr_into(spec, base + 1)?;
                    c |= 4;
                }
                self.emit(Op::FormatValue, dst as usize, base as usize, c);
                Ok(())
            }
            other => self.expr_into(other, dst),
        }
    }

    fn build_seq(&mut self, elts: &[Expr], dst: Reg, tuple: bool) -> CResult<()> {
        let d = dst as usize;
        // Long displays are built element by element so they need O(1) registers.
        if elts.len() <= 64 && !elts.iter().any(|e| matches!(e, Expr::Starred(_))) {
            let n = elts.len();
            let base = self.temps(n)?;
            for (i, el) in elts.iter().enumerate() {
                self.expr_into(el, base + i as Reg)?;
            }
            self.emit(if tuple { Op::BuildTuple } else { Op::BuildList }, d, base as usize, n);
            return Ok(());
        }
        let acc = self.temp()?;
        self.list_with_starred(elts, acc)?;
        if tuple {
            self.emit(Op::ListToTuple, d, acc as usize, 0);
        } else {
            self.emit(Op::Move, d, acc as usize, 0);
        }
        Ok(())
    }

    fn build_set(&mut self, elts: &[Expr], dst: Reg) -> CResult<()> {
        let d = dst as usize;
        if elts.len() > 2 {
            if let Some(k) = self.frozenset_const(elts)? {
                // CPython folds the display into a frozenset constant merged into an
                // empty set, which lays the table out unlike adding items one by one
                let t = self.temp()?;
                self.emit(Op::BuildSet, d, 0, 0);
                self.emit_bx(Op::LoadConst, t as usize, k);
                self.emit(Op::SetUpdate, d, t as usize, 0);
                return Ok(());
            }
        }
        // Long displays are built element by element so they need O(1) registers.
        if elts.len() <= 30 && !elts.iter().any(|e| matches!(e, Expr::Starred(_))) {
            let n = elts.len();
            let base = self.temps(n)?;
            for (i, el) in elts.iter().enumerate() {
                self.expr_into(el, base + i as Reg)?;
            }
            self.emit(Op::BuildSet, d, base as usize, n);
            return Ok(());
        }
        let acc = self.temp()?;
        self.emit(Op::BuildSet, acc as usize, 0, 0);
        for el in elts {
            let m = self.f.next_temp;
            match el {
                Expr::Starred(s) => {
                    let r = self.expr_reg(&s.value)?;
                    self.emit(Op::SetUpdate, acc as usize, r as usize, 0);
                }
                other => {
                    let r = self.expr_reg(other)?;
                    self.emit(Op::SetAdd, acc as usize, r as usize, 0);
                }
            }
            self.f.next_temp = m;
        }
        self.emit(Op::Move, d, acc as usize, 0);
        Ok(())
    }

    /// The frozenset constant of a display whose items are all constants, or None.
    fn frozenset_const(&mut self, elts: &[Expr]) -> CResult<Option<u32>> {
        let Some(items) = elts.iter().map(const_of).collect::<Option<Vec<Constant>>>() else {
            return Ok(None);
        };
        let mut table = SetTable::new();
        for c in &items {
            let k = self.constant(c)?;
            let v = self.f.consts[k as usize];
            // constants hash without running Python code and cannot fail
            match ops::hash(self.vm, v) {
                Ok(h) => {
                    table.insert_new(h, v);
                }
                Err(_) => return Ok(None),
            }
        }
        // CPython's compiler then rebuilds each frozenset constant from its members in
        // table order (merge_consts_recursive), which can move colliding keys
        let fs = self.vm.alloc(ObjKind::Set(Box::new(SetObj::from_table(table.rebuilt(), true))));
        Ok(Some(self.add_const_keyed(None, fs)))
    }

    /// The frozenset constant CPython's optimizer turns a constant set display into
    /// where only its members matter: the right operand of `in`, a loop's iterable.
    fn folded_set(&mut self, e: &Expr) -> CResult<Option<u32>> {
        match e {
            Expr::Set(s) => self.frozenset_const(&s.elts),
            _ => Ok(None),
        }
    }

    /// Compiles the iterable of a `for` or a comprehension into `dst`.
    fn iterable_into(&mut self, e: &Expr, dst: Reg) -> CResult<()> {
        match self.folded_set(e)? {
            Some(k) => {
                self.emit_bx(Op::LoadConst, dst as usize, k);
                Ok(())
            }
            None => self.expr_into(e, dst),
        }
    }

    /// The folded constant for the right operand of `in` / `not in`.
    fn in_operand_const(&mut self, op: &ast::CmpOp, e: &Expr) -> CResult<Option<u32>> {
        if matches!(op, ast::CmpOp::In | ast::CmpOp::NotIn) {
            return self.folded_set(e);
        }
        Ok(None)
    }

    fn in_operand_reg(&mut self, op: &ast::CmpOp, e: &Expr) -> CResult<Reg> {
        match self.in_operand_const(op, e)? {
            Some(k) => {
                let t = self.temp()?;
                self.emit_bx(Op::LoadConst, t as usize, k);
                Ok(t)
            }
            None => self.expr_reg(e),
        }
    }

    /// The positional arguments of a call with `*` as a tuple in register `t`.
    fn positional_tuple(&mut self, args: &[Expr], t: Reg) -> CResult<()> {
        self.list_with_starred(args, t)?;
        self.emit(Op::ListToTuple, t as usize, t as usize, 0);
        Ok(())
    }

    /// A list of `elts` in register `acc`, each `*x` among them spliced in.
    fn list_with_starred(&mut self, elts: &[Expr], acc: Reg) -> CResult<()> {
        self.emit(Op::BuildList, acc as usize, 0, 0);
        for el in elts {
            let m = self.f.next_temp;
            match el {
                Expr::Starred(s) => {
                    let r = self.expr_reg(&s.value)?;
                    self.emit(Op::ListExtend, acc as usize, r as usize, 0);
                }
                other => {
                    let r = self.expr_reg(other)?;
                    self.emit(Op::ListAppend, acc as usize, r as usize, 0);
                }
            }
            self.f.next_temp = m;
        }
        Ok(())
    }

    fn call(&mut self, c: &ast::ExprCall, dst: Reg) -> CResult<()> {
        let d = dst as usize;
        let has_star = c.args.iter().any(|a| matches!(a, Expr::Starred(_)));
        let has_dstar = c.keywords.iter().any(|k| k.arg.is_none());
        if has_star || has_dstar {
            let base = self.temps(3)?;
            self.expr_into(&c.func, base)?;
            // positional arguments as a tuple; `f(*x)` alone passes x itself, which
            // CallEx checks and converts (its errors name the callee, as CPython's)
            if let [Expr::Starred(s)] = &c.args[..] {
                self.expr_into(&s.value, base + 1)?;
            } else {
                self.positional_tuple(&c.args, base + 1)?;
            }
            let has_kw = !c.keywords.is_empty();
            if has_kw {
                self.emit(Op::BuildDict, base as usize + 2, 0, 0);
                // after a `**`, a keyword may repeat one: DictMerge checks
                let mut merging = false;
                for k in &c.keywords {
                    let m = self.f.next_temp;
                    match &k.arg {
                        Some(name) => {
                            let kc = self.str_const(name.as_str());
                            let target = if merging {
                                let t = self.temp()?;
                                self.emit(Op::BuildDict, t as usize, 0, 0);
                                t
                            } else {
                                base + 2
                            };
                            let kr = self.temp()?;
                            self.emit_bx(Op::LoadConst, kr as usize, kc);
                            let vr = self.expr_reg(&k.value)?;
                            self.emit(Op::SetItem, target as usize, kr as usize, vr as usize);
                            if merging {
                                self.emit(Op::DictMerge, base as usize + 2, target as usize, base as usize);
                            }
                        }
                        None => {
                            let vr = self.expr_reg(&k.value)?;
                            self.emit(Op::DictMerge, base as usize + 2, vr as usize, base as usize);
                            merging = true;
                        }
                    }
                    self.f.next_temp = m;
                }
            }
            self.emit(Op::CallEx, base as usize, has_kw as usize, 0);
            if base != dst {
                self.emit(Op::Move, d, base as usize, 0);
            }
            return Ok(());
        }
        let nargs = c.args.len() + c.keywords.len();
        if c.keywords.is_empty() {
            if let Expr::Attribute(attr) = &*c.func {
                // obj.method(args): no bound-method object is created
                let base = self.temps(2 + nargs)?;
                let k = self.name_const(attr.attr.as_str());
                if self.is_zero_arg_super_call(&attr.value) {
                    // super().method(args): the global `super`, then one instruction
                    // for the call and the lookup, with no super object once warm
                    // (CPython 3.12's LOAD_SUPER_ATTR)
                    let s = self.temp()?;
                    if let Expr::Call(sc) = &*attr.value {
                        self.expr_into(&sc.func, s)?;
                    }
                    let saved = self.f.cur_pos;
                    self.f.cur_pos = self.pos_of(attr.range);
                    self.emit(Op::LoadSuperMethod, base as usize, s as usize, k as usize);
                    self.f.cur_pos = saved;
                } else {
                    let obj = self.expr_reg(&attr.value)?;
                    // a failed lookup points at `obj.name`, as CPython's LOAD_METHOD does
                    let saved = self.f.cur_pos;
                    self.f.cur_pos = self.pos_of(attr.range);
                    self.emit(Op::LoadMethod, base as usize, obj as usize, k as usize);
                    self.f.cur_pos = saved;
                }
                for (i, a) in c.args.iter().enumerate() {
                    self.expr_into(a, base + 2 + i as Reg)?;
                }
                self.f.cur_pos = self.pos_of(c.range);
                self.emit(Op::CallMethod, base as usize, nargs, d);
                return Ok(());
            }
        }
        let base = self.temps(1 + nargs)?;
        self.expr_into(&c.func, base)?;
        self.call_args_into(&c.args, &c.keywords, base + 1)?;
        self.f.cur_pos = self.pos_of(c.range);
        self.emit_call(base, nargs, &c.keywords, dst)
    }

    /// `super()` with no arguments, where `super` is a global name (in a function
    /// that neither binds it nor gets it from an enclosing one).
    fn is_zero_arg_super_call(&self, e: &Expr) -> bool {
        match e {
            Expr::Call(c) => {
                c.args.is_empty()
                    && c.keywords.is_empty()
                    && matches!(&*c.func, Expr::Name(n) if n.id.as_str() == "super")
                    && self.f.kind == ScopeKind::Function
                    && self.local_reg("super").is_none()
                    && !self.f.derefs.contains_key("super")
            }
            _ => false,
        }
    }

    /// Positional then keyword argument values into registers `at..`.
    fn call_args_into(&mut self, args: &[Expr], keywords: &[ast::Keyword], at: Reg) -> CResult<()> {
        for (i, a) in args.iter().enumerate() {
            self.expr_into(a, at + i as Reg)?;
        }
        for (i, k) in keywords.iter().enumerate() {
            self.expr_into(&k.value, at + (args.len() + i) as Reg)?;
        }
        Ok(())
    }

    /// `R[dst] := R[base](R[base + 1], ...)`, the last `keywords.len()` arguments named.
    fn emit_call(&mut self, base: Reg, nargs: usize, keywords: &[ast::Keyword], dst: Reg) -> CResult<()> {
        if keywords.is_empty() {
            self.emit(Op::Call, base as usize, nargs, dst as usize);
            return Ok(());
        }
        let names: Vec<Value> = keywords.iter().map(|k| self.vm.intern(k.arg.as_ref().map(|a| a.as_str()).unwrap_or(""))).collect();
        let mut seen = std::collections::HashSet::new();
        for k in keywords {
            if let Some(a) = &k.arg {
                if !seen.insert(a.as_str()) {
                    return Err(self.err_at(k.range, format!("keyword argument repeated: {}", a.as_str())));
                }
            }
        }
        let t = self.vm.new_tuple(names);
        let kc = self.add_const_keyed(None, t);
        self.emit(Op::CallKw, base as usize, nargs, kc as usize);
        if base != dst {
            self.emit(Op::Move, dst as usize, base as usize, 0);
        }
        Ok(())
    }

    /// Jumps to `target` when `e`'s truth equals `when`; falls through otherwise.
    fn cond_jump(&mut self, e: &Expr, when: bool, target: Label) -> CResult<()> {
        let mark = self.f.next_temp;
        let saved_pos = self.f.cur_pos;
        self.f.cur_pos = self.pos_of(e.range());
        let r = self.cond_jump_inner(e, when, target);
        self.f.cur_pos = saved_pos;
        self.f.next_temp = mark;
        r
    }

    fn cond_jump_inner(&mut self, e: &Expr, when: bool, target: Label) -> CResult<()> {
        match e {
            Expr::UnaryOp(u) if matches!(u.op, ast::UnaryOp::Not) => return self.cond_jump(&u.operand, !when, target),
            Expr::BoolOp(b) => {
                let is_and = matches!(b.op, ast::BoolOp::And);
                let n = b.values.len();
                if is_and != when {
                    // `a and b` jumping when false (or `a or b` jumping when true): any operand decides.
                    for v in &b.values {
                        self.cond_jump(v, when, target)?;
                    }
                } else {
                    let skip = self.new_label();
                    for (i, v) in b.values.iter().enumerate() {
                        if i + 1 < n {
                            self.cond_jump(v, !when, skip)?;
                        } else {
                            self.cond_jump(v, when, target)?;
                        }
                    }
                    self.bind(skip);
                }
                return Ok(());
            }
            Expr::Compare(c) if c.ops.iter().all(|op| fused_jump_not(op).is_some()) => {
                // compare-and-branch per link of the chain: `if "0" <= ch <= "9":`
                // makes no bools; each middle operand is evaluated once, into a
                // temporary as in the value form (a later operand may rebind it)
                let skip = self.new_label();
                let fail = if when { skip } else { target };
                let n = c.ops.len();
                let mut left = self.expr_reg(&c.left)?;
                for (k, (op, right)) in c.ops.iter().zip(c.comparators.iter()).enumerate() {
                    // nothing after a plain name can rebind it when only names and
                    // constants follow
                    let stable = matches!(right, Expr::Name(_)) && c.comparators[k + 1..].iter().all(|e| matches!(e, Expr::Name(_) | Expr::Constant(_)));
                    let r = if k + 1 == n || stable { self.expr_reg(right)? } else { self.expr_temp(right)? };
                    self.keep_alive(r);
                    let fop = fused_jump_not(op).unwrap_or(Op::JumpIfNotEq);
                    self.emit_with_target(fop, left as usize, r as usize, fail);
                    left = r;
                }
                if when {
                    self.emit_jump(Op::Jump, 0, target);
                }
                self.bind(skip);
                return Ok(());
            }
            Expr::Constant(c) => {
                let truth = match &c.value {
                    Constant::Bool(b) => Some(*b),
                    Constant::None => Some(false),
                    Constant::Int(i) => Some(i.to_i64() != Some(0)),
                    _ => None,
                };
                if let Some(t) = truth {
                    if t == when {
                        self.emit_jump(Op::Jump, 0, target);
                    }
                    return Ok(());
                }
            }
            _ => {}
        }
        let r = self.expr_reg(e)?;
        self.emit_jump(if when { Op::JumpIfTrue } else { Op::JumpIfFalse }, r as usize, target);
        Ok(())
    }

    // ---------------------------------------------------------------- assignment

    /// Stores the value in `src` to a target expression.
    fn assign_to(&mut self, target: &Expr, src: Reg) -> CResult<()> {
        let mark = self.f.next_temp;
        let r = self.assign_to_inner(target, src);
        self.f.next_temp = mark;
        r
    }

    fn assign_to_inner(&mut self, target: &Expr, src: Reg) -> CResult<()> {
        match target {
            Expr::Name(n) => self.store_name(n.id.as_str(), src),
            Expr::Attribute(a) => {
                let obj = self.expr_reg(&a.value)?;
                let k = self.name_const(a.attr.as_str());
                self.emit(Op::SetAttr, obj as usize, k as usize, src as usize);
            }
            Expr::Subscript(s) => {
                let obj = self.expr_reg(&s.value)?;
                let idx = self.expr_reg(&s.slice)?;
                self.emit(Op::SetItem, obj as usize, idx as usize, src as usize);
            }
            Expr::Tuple(t) => self.unpack(&t.elts, src)?,
            Expr::List(t) => self.unpack(&t.elts, src)?,
            Expr::Starred(s) => return Err(self.err_at(s.range, "starred assignment target must be in a list or tuple")),
            other => return Err(self.err_at(other.range(), "cannot assign to expression")),
        }
        Ok(())
    }

    fn unpack(&mut self, elts: &[Expr], src: Reg) -> CResult<()> {
        let star = elts.iter().position(|e| matches!(e, Expr::Starred(_)));
        let n = elts.len();
        // `a, b = ...` onto locals in consecutive registers: unpack straight into them
        // (UnpackSeq reads its source before writing, and writes only once it has all)
        if star.is_none() && n > 1 {
            let regs: Vec<Option<Reg>> = elts.iter().map(|e| if let Expr::Name(x) = e { self.local_reg(x.id.as_str()) } else { None }).collect();
            if let Some(Some(first)) = regs.first() {
                let first = *first;
                if regs.iter().enumerate().all(|(i, r)| *r == Some(first + i as Reg)) {
                    self.emit(Op::UnpackSeq, first as usize, src as usize, n);
                    for i in 0..n {
                        self.f.assigned[first as usize + i] = true;
                    }
                    return Ok(());
                }
            }
        }
        let base = self.temps(n)?;
        match star {
            None => {
                self.emit(Op::UnpackSeq, base as usize, src as usize, n);
            }
            Some(i) => {
                if elts.iter().filter(|e| matches!(e, Expr::Starred(_))).count() > 1 {
                    return Err(self.err_at(elts[i].range(), "multiple starred expressions in assignment"));
                }
                let after = n - i - 1;
                if i > 255 || after > 255 {
                    return Err(self.err_at(elts[i].range(), "too many expressions in star-unpacking assignment"));
                }
                self.emit(Op::UnpackEx, base as usize, src as usize, i | (after << 8));
            }
        }
        for (i, el) in elts.iter().enumerate() {
            let t = if let Expr::Starred(s) = el { &*s.value } else { el };
            self.assign_to(t, base + i as Reg)?;
        }
        Ok(())
    }

    fn delete(&mut self, target: &Expr) -> CResult<()> {
        let mark = self.f.next_temp;
        match target {
            Expr::Name(n) => {
                if let Some(r) = self.local_reg(n.id.as_str()) {
                    self.emit(Op::DeleteFast, r as usize, 0, 0);
                    self.f.assigned[r as usize] = false;
                } else if let Some(r) = self.deref_store(n.id.as_str()) {
                    self.emit(Op::DeleteDeref, r as usize, 0, 0);
                } else if self.f.kind == ScopeKind::Class && !self.f.globals_decl.contains(n.id.as_str()) {
                    let k = self.name_const(n.id.as_str());
                    self.emit(Op::DeleteName, 0, k as usize, 0);
                } else {
                    let k = self.name_const(n.id.as_str());
                    self.emit(Op::DeleteGlobal, 0, k as usize, 0);
                }
            }
            Expr::Attribute(a) => {
                let obj = self.expr_reg(&a.value)?;
                let k = self.name_const(a.attr.as_str());
                self.emit(Op::DelAttr, obj as usize, k as usize, 0);
            }
            Expr::Subscript(s) => {
                let obj = self.expr_reg(&s.value)?;
                let idx = self.expr_reg(&s.slice)?;
                self.emit(Op::DelItem, obj as usize, idx as usize, 0);
            }
            Expr::Tuple(t) => {
                for e in &t.elts {
                    self.delete(e)?;
                }
            }
            Expr::List(t) => {
                for e in &t.elts {
                    self.delete(e)?;
                }
            }
            other => return Err(self.err_at(other.range(), "cannot delete expression")),
        }
        self.f.next_temp = mark;
        Ok(())
    }

    // ---------------------------------------------------------------- statements

    fn block(&mut self, body: &'a [Stmt]) -> CResult<()> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn stmt(&mut self, s: &'a Stmt) -> CResult<()> {
        self.f.cur_pos = self.stmt_pos(s);
        let mark = self.f.next_temp;
        self.depth += 1;
        if self.depth > MAX_NESTING {
            return Err(self.err_at(s.range(), "too many statically nested blocks"));
        }
        let r = self.stmt_inner(s);
        self.depth -= 1;
        self.f.next_temp = mark;
        r
    }

    fn stmt_inner(&mut self, s: &'a Stmt) -> CResult<()> {
        match s {
            Stmt::Expr(e) => {
                let t = self.expr_temp(&e.value)?;
                if self.interactive && self.f.kind == ScopeKind::Module {
                    self.emit(Op::PrintExpr, t as usize, 0, 0);
                }
            }
            Stmt::Pass(_) => {}
            Stmt::Assign(a) => {
                if a.targets.len() == 1 {
                    if let Expr::Name(n) = &a.targets[0] {
                        if let Some(r) = self.local_reg(n.id.as_str()) {
                            if Self::single_write(&a.value) {
                                self.expr_into(&a.value, r)?;
                            } else {
                                let t = self.expr_temp(&a.value)?;
                                self.emit(Op::Move, r as usize, t as usize, 0);
                            }
                            self.f.assigned[r as usize] = true;
                            return Ok(());
                        }
                    }
                }
                let v = self.expr_reg(&a.value)?;
                // keep the value's register alive while the targets are computed
                self.keep_alive(v);
                for t in &a.targets {
                    self.assign_to(t, v)?;
                }
            }
            Stmt::AnnAssign(a) => {
                if let Some(v) = &a.value {
                    let r = self.expr_reg(v)?;
                    self.keep_alive(r);
                    self.assign_to(&a.target, r)?;
                }
                self.store_annotation(a)?;
            }
            Stmt::AugAssign(a) => self.aug_assign(a)?,
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.delete(t)?;
                }
            }
            Stmt::If(i) => {
                let else_l = self.new_label();
                let end = self.new_label();
                self.cond_jump(&i.test, false, else_l)?;
                let before = self.f.assigned.clone();
                self.block(&i.body)?;
                let then_state = self.branch_state();
                self.f.assigned = before;
                if i.orelse.is_empty() {
                    self.bind(else_l);
                } else {
                    self.emit_jump(Op::Jump, 0, end);
                    self.f.unreachable = then_state.1;
                    self.bind(else_l);
                    self.block(&i.orelse)?;
                }
                let else_state = self.branch_state();
                self.merge(then_state, else_state);
                self.bind(end);
            }
            Stmt::While(w) => {
                // the back-edge is a safepoint, where a Ctrl-C is raised: CPython
                // places it on the `while` line
                let header_pos = self.f.cur_pos;
                let top = self.new_label();
                let brk = self.new_label();
                let else_l = self.new_label();
                let entry = self.loop_entry_state(&w.body);
                self.bind(top);
                self.cond_jump(&w.test, false, else_l)?;
                self.f.blocks.push(Block::Loop { brk, cont: top });
                self.block(&w.body)?;
                self.f.blocks.pop();
                self.f.cur_pos = header_pos;
                self.emit_jump(Op::Jump, 0, top);
                self.bind(else_l);
                self.f.assigned = entry.clone();
                self.block(&w.orelse)?;
                self.bind(brk);
                self.f.assigned = entry;
            }
            Stmt::For(f) => {
                let it = self.temp()?;
                self.iterable_into(&f.iter, it)?;
                self.keep_alive(it);
                self.emit(Op::GetIter, it as usize, it as usize, 0);
                let top = self.new_label();
                let brk = self.new_label();
                let else_l = self.new_label();
                let entry = self.loop_entry_state(&f.body);
                self.bind(top);
                self.for_iter_into(it, &f.target, else_l)?;
                self.f.blocks.push(Block::Loop { brk, cont: top });
                self.block(&f.body)?;
                self.f.blocks.pop();
                // the back-edge (a safepoint, where a Ctrl-C is raised) takes the
                // position of the body's last instruction, as CPython's does
                if let Some(&last) = self.f.lines.last() {
                    self.f.cur_pos = last;
                }
                self.emit_jump(Op::Jump, 0, top);
                self.bind(else_l);
                self.f.assigned = entry.clone();
                self.block(&f.orelse)?;
                self.bind(brk);
                self.f.assigned = entry;
            }
            Stmt::Break(b) => {
                let (brk, depth) = self.find_loop().ok_or_else(|| self.err_at(b.range, "'break' outside loop"))?;
                self.unwind_blocks(depth)?;
                self.emit_jump(Op::Jump, 0, brk.0);
                self.f.unreachable = true;
            }
            Stmt::Continue(c) => {
                let (lbls, depth) = self.find_loop().ok_or_else(|| self.err_at(c.range, "'continue' not properly in loop"))?;
                self.unwind_blocks(depth)?;
                self.emit_jump(Op::Jump, 0, lbls.1);
                self.f.unreachable = true;
            }
            Stmt::Return(r) => {
                if self.f.kind != ScopeKind::Function {
                    return Err(self.err_at(r.range, "'return' outside function"));
                }
                if self.f.is_async_gen && r.value.is_some() {
                    return Err(self.err_at(r.range, "'return' with value in async generator"));
                }
                let has_cleanup = self.f.blocks.iter().any(|b| !matches!(b, Block::Loop { .. }));
                match &r.value {
                    None => {
                        self.unwind_blocks(0)?;
                        self.emit(Op::ReturnNone, 0, 0, 0);
                    }
                    Some(v) => {
                        let reg = if has_cleanup { self.expr_temp(v)? } else { self.expr_reg(v)? };
                        self.keep_alive(reg);
                        self.unwind_blocks(0)?;
                        self.emit(Op::Return, reg as usize, 0, 0);
                    }
                }
                self.f.unreachable = true;
            }
            Stmt::Raise(r) => {
                match (&r.exc, &r.cause) {
                    (None, _) => {
                        self.emit(Op::Raise, 0, 0, 0);
                    }
                    (Some(e), None) => {
                        let x = self.expr_reg(e)?;
                        self.emit(Op::Raise, x as usize, 0, 1);
                    }
                    (Some(e), Some(c)) => {
                        let x = self.expr_temp(e)?;
                        self.keep_alive(x);
                        let y = self.expr_reg(c)?;
                        self.emit(Op::Raise, x as usize, y as usize, 2);
                    }
                }
                self.f.unreachable = true;
            }
            Stmt::Assert(a) => {
                let ok = self.new_label();
                self.cond_jump(&a.test, true, ok)?;
                // CPython reports a failed comparison at the comparison, anything else at
                // the whole statement
                if matches!(&*a.test, Expr::Compare(_)) {
                    self.f.cur_pos = self.pos_of(a.test.range());
                }
                let t = self.temps(2)?;
                self.emit(Op::LoadAssertionError, t as usize, 0, 0);
                if let Some(m) = &a.msg {
                    self.expr_into(m, t + 1)?;
                    self.emit(Op::Call, t as usize, 1, t as usize);
                }
                self.emit(Op::Raise, t as usize, 0, 1);
                self.bind(ok);
            }
            Stmt::Global(g) => {
                if self.f.kind != ScopeKind::Module {
                    for n in &g.names {
                        self.f.globals_decl.insert(n.to_string());
                    }
                }
            }
            Stmt::Nonlocal(n) => {
                if self.f.kind == ScopeKind::Module {
                    return Err(self.err_at(n.range, "nonlocal declaration not allowed at module level"));
                }
            }
            Stmt::FunctionDef(fd) => self.function_def(fd.name.as_str(), &fd.decorator_list, &fd.args, fd.returns.as_deref(), &fd.body, fd.range, false)?,
            Stmt::AsyncFunctionDef(fd) => self.function_def(fd.name.as_str(), &fd.decorator_list, &fd.args, fd.returns.as_deref(), &fd.body, fd.range, true)?,
            Stmt::Try(t) => self.try_stmt(t)?,
            Stmt::ClassDef(c) => self.class_def(c)?,
            Stmt::With(w) => self.with_stmt(&w.items, &w.body, false)?,
            Stmt::Import(i) => self.import(i)?,
            Stmt::ImportFrom(i) => self.import_from(i)?,
            Stmt::Match(m) => self.match_stmt(m)?,
            Stmt::AsyncFor(x) => {
                if !self.f.is_async {
                    return Err(self.err_at(x.range, "'async for' outside async function"));
                }
                self.async_for(x)?;
            }
            Stmt::AsyncWith(x) => {
                if !self.f.is_async {
                    return Err(self.err_at(x.range, "'async with' outside async function"));
                }
                self.with_stmt(&x.items, &x.body, true)?;
            }
            Stmt::TryStar(x) => return Err(self.err_at(x.range, "except* is not supported yet")),
            Stmt::TypeAlias(x) => return Err(self.err_at(x.range, "invalid syntax")),
        }
        Ok(())
    }

    /// `import a.b.c [as d], ...`: `ImportName` gives the top-level package `a`, bound
    /// to `a`; with `as`, `ImportFrom` walks down to `c` first (CPython 3.11 does the
    /// same, so a submodule still being imported in a cycle is found in sys.modules).
    fn import(&mut self, i: &ast::StmtImport) -> CResult<()> {
        for alias in &i.names {
            let t = self.temps(2)?;
            let full = alias.name.as_str();
            let k = self.name_const(full);
            self.emit(Op::LoadNone, t as usize + 1, 0, 0);
            self.emit(Op::ImportName, t as usize, k as usize, 0);
            match &alias.asname {
                Some(asname) => {
                    for part in full.split('.').skip(1) {
                        let kp = self.name_const(part);
                        self.emit(Op::ImportFrom, t as usize, t as usize, kp as usize);
                    }
                    self.store_name(asname.as_str(), t);
                }
                None => {
                    let top = full.split('.').next().unwrap_or(full);
                    self.store_name(top, t);
                }
            }
            self.f.next_temp -= 2;
        }
        Ok(())
    }

    /// `from [.]*m import x [as y], ...` and `from m import *`.
    fn import_from(&mut self, i: &ast::StmtImportFrom) -> CResult<()> {
        let level = i.level.as_ref().map(|l| l.to_u32()).unwrap_or(0) as usize;
        let module = i.module.as_ref().map(|m| m.as_str()).unwrap_or("");
        let star = i.names.iter().any(|a| a.name.as_str() == "*");
        if star && self.f.kind != ScopeKind::Module {
            return Err(self.err_at(i.range, "import * only allowed at module level"));
        }
        if module == "__future__" && level == 0 {
            if self.f.kind != ScopeKind::Module {
                return Err(self.err_at(i.range, "from __future__ imports must occur at the beginning of the file"));
            }
            for a in &i.names {
                let n = a.name.as_str();
                if n == "braces" {
                    return Err(self.err_at(i.range, "not a chance"));
                }
                if !crate::modules::FUTURE_FEATURES.contains(&n) {
                    return Err(self.err_at(i.range, format!("future feature {} is not defined", n)));
                }
            }
        }
        let names: Vec<Value> = i.names.iter().map(|a| self.vm.intern(a.name.as_str())).collect();
        let fromlist = self.vm.new_tuple(names);
        let kc = self.add_const_keyed(None, fromlist);
        let t = self.temps(2)?;
        self.emit_bx(Op::LoadConst, t as usize + 1, kc);
        let k = self.name_const(module);
        self.emit(Op::ImportName, t as usize, k as usize, level);
        if star {
            self.emit(Op::ImportStar, t as usize, 0, 0);
            return Ok(());
        }
        let u = self.temp()?;
        for alias in &i.names {
            let kn = self.name_const(alias.name.as_str());
            self.emit(Op::ImportFrom, u as usize, t as usize, kn as usize);
            let target = alias.asname.as_ref().unwrap_or(&alias.name);
            self.store_name(target.as_str(), u);
        }
        Ok(())
    }

    fn aug_assign(&mut self, a: &ast::StmtAugAssign) -> CResult<()> {
        let op = op_for(&a.op);
        let emit_inplace = |this: &mut Self, dst: Reg, rhs: &Expr| -> CResult<()> {
            let r = this.expr_reg(rhs)?;
            match op {
                BinOp::Add => this.emit(Op::InplaceAdd, dst as usize, r as usize, 0),
                BinOp::Sub => this.emit(Op::InplaceSub, dst as usize, r as usize, 0),
                _ => this.emit(Op::InplaceOp, dst as usize, r as usize, op as usize),
            };
            Ok(())
        };
        match &*a.target {
            Expr::Name(n) => {
                if let Some(r) = self.local_reg(n.id.as_str()) {
                    self.use_local(r);
                    emit_inplace(self, r, &a.value)?;
                } else {
                    let t = self.expr_temp(&a.target)?;
                    self.keep_alive(t);
                    emit_inplace(self, t, &a.value)?;
                    self.store_name(n.id.as_str(), t);
                }
            }
            Expr::Attribute(at) => {
                let obj = self.expr_reg(&at.value)?;
                self.keep_alive(obj);
                let k = self.name_const(at.attr.as_str());
                let t = self.temp()?;
                self.emit(Op::GetAttr, t as usize, obj as usize, k as usize);
                emit_inplace(self, t, &a.value)?;
                self.emit(Op::SetAttr, obj as usize, k as usize, t as usize);
            }
            Expr::Subscript(s) => {
                let obj = self.expr_reg(&s.value)?;
                self.keep_alive(obj);
                let idx = self.expr_reg(&s.slice)?;
                self.keep_alive(idx);
                let t = self.temp()?;
                self.emit(Op::GetItem, t as usize, obj as usize, idx as usize);
                emit_inplace(self, t, &a.value)?;
                self.emit(Op::SetItem, obj as usize, idx as usize, t as usize);
            }
            other => return Err(self.err_at(other.range(), "'expression' is an illegal expression for augmented assignment")),
        }
        Ok(())
    }

    fn try_stmt(&mut self, t: &'a ast::StmtTry) -> CResult<()> {
        let has_finally = !t.finalbody.is_empty();
        let end = self.new_label();
        let entry_state = self.f.assigned.clone();
        // --- finally protection around everything else
        let fin_handler = if has_finally {
            let reg = self.temp()?;
            let lbl = self.new_label();
            let id = self.f.handlers.len() as u32;
            self.f.handlers.push((lbl, reg));
            let depth = self.f.handler_stack.len();
            self.f.handler_stack.push(id);
            self.f.blocks.push(Block::Finally { body: &t.finalbody, handler_depth: depth });
            Some((reg, lbl))
        } else {
            None
        };
        let after_try = self.new_label();
        if t.handlers.is_empty() {
            self.block(&t.body)?;
            self.block(&t.orelse)?;
        } else {
            let exc = self.temp()?;
            let saved = self.temp()?;
            let h_lbl = self.new_label();
            let hid = self.f.handlers.len() as u32;
            self.f.handlers.push((h_lbl, exc));
            self.f.handler_stack.push(hid);
            self.block(&t.body)?;
            self.f.handler_stack.pop();
            self.block(&t.orelse)?;
            let body_state = self.branch_state();
            self.emit_jump(Op::Jump, 0, after_try);
            // --- the handlers
            self.bind(h_lbl);
            self.f.assigned = self.loop_entry_state_from(&entry_state, &t.body);
            let handler_entry = self.f.assigned.clone();
            self.emit(Op::PushExcInfo, saved as usize, exc as usize, 0);
            let cleanup_reg = self.temp()?;
            let cleanup_lbl = self.new_label();
            let cid = self.f.handlers.len() as u32;
            self.f.handlers.push((cleanup_lbl, cleanup_reg));
            self.f.handler_stack.push(cid);
            let mut states = vec![body_state];
            for h in &t.handlers {
                let ast::ExceptHandler::ExceptHandler(h) = h;
                let p = self.pos_of(h.range);
                self.f.cur_pos = Pos { end_line: p.line, end_col: p.col, ..p };
                let next = self.new_label();
                self.f.assigned = handler_entry.clone();
                if let Some(ty) = &h.type_ {
                    let m = self.f.next_temp;
                    let tr = self.expr_reg(ty)?;
                    let flag = self.temp()?;
                    self.emit(Op::ExcMatch, flag as usize, exc as usize, tr as usize);
                    self.emit_jump(Op::JumpIfFalse, flag as usize, next);
                    self.f.next_temp = m;
                }
                if let Some(name) = &h.name {
                    self.store_name(name.as_str(), exc);
                }
                self.f.blocks.push(Block::HandlerBody { saved });
                self.block(&h.body)?;
                self.f.blocks.pop();
                if let Some(name) = &h.name {
                    let n = Expr::Name(ast::ExprName { range: h.range, id: ast::Identifier::new(name.as_str()), ctx: ast::ExprContext::Del });
                    // `except E as e` unbinds e at the end of the clause, as CPython does
                    let none = self.temp()?;
                    self.emit(Op::LoadNone, none as usize, 0, 0);
                    self.store_name(name.as_str(), none);
                    self.f.next_temp -= 1;
                    self.delete(&n)?;
                }
                self.emit(Op::PopExcInfo, saved as usize, 0, 0);
                states.push(self.branch_state());
                self.emit_jump(Op::Jump, 0, after_try);
                self.bind(next);
            }
            // no clause matched
            self.emit(Op::Reraise, exc as usize, 0, 0);
            self.f.handler_stack.pop();
            self.bind(cleanup_lbl);
            self.emit(Op::PopExcInfo, saved as usize, 0, 0);
            self.emit(Op::Reraise, cleanup_reg as usize, 0, 0);
            // merge definite assignment of the paths reaching after_try
            self.merge_states(states);
        }
        self.bind(after_try);
        if let Some((reg, lbl)) = fin_handler {
            self.f.blocks.pop();
            self.f.handler_stack.pop();
            self.block(&t.finalbody)?;
            let after_normal = self.f.assigned.clone();
            self.emit_jump(Op::Jump, 0, end);
            // exceptional path: run the finally body with the exception as handled, re-raise
            self.bind(lbl);
            self.f.assigned = self.loop_entry_state_from(&entry_state, &t.body);
            let handled = self.enter_handled(reg)?;
            let saved = handled.saved;
            self.f.blocks.push(Block::HandlerBody { saved });
            self.block(&t.finalbody)?;
            self.f.blocks.pop();
            self.emit(Op::PopExcInfo, saved as usize, 0, 0);
            self.emit(Op::Reraise, reg as usize, 0, 0);
            self.leave_handled(handled);
            self.f.assigned = after_normal;
        }
        self.bind(end);
        Ok(())
    }

    /// Starts an exceptional path for the exception in `exc`: it becomes the handled
    /// exception (the previous one saved in a new register), under a handler that
    /// restores the previous one and re-raises whatever escapes the path.
    fn enter_handled(&mut self, exc: Reg) -> CResult<HandledPath> {
        let saved = self.temp()?;
        self.emit(Op::PushExcInfo, saved as usize, exc as usize, 0);
        let creg = self.temp()?;
        let clbl = self.new_label();
        let cid = self.f.handlers.len() as u32;
        self.f.handlers.push((clbl, creg));
        self.f.handler_stack.push(cid);
        Ok(HandledPath { saved, creg, clbl })
    }

    /// Ends the path `enter_handled` started; emits its cleanup handler.
    fn leave_handled(&mut self, h: HandledPath) {
        self.f.handler_stack.pop();
        self.bind(h.clbl);
        self.emit(Op::PopExcInfo, h.saved as usize, 0, 0);
        self.emit(Op::Reraise, h.creg as usize, 0, 0);
    }

    /// `with a as x, b: body` is `with a as x: (with b: body)`. `__exit__` runs with
    /// Nones when the body finishes or leaves by return/break/continue, and with the
    /// exception when one escapes; a true result swallows it.
    fn with_stmt(&mut self, items: &'a [ast::WithItem], body: &'a [Stmt], is_async: bool) -> CResult<()> {
        let item = match items.first() {
            Some(i) => i,
            None => return self.block(body),
        };
        let mark = self.f.next_temp;
        let p = self.pos_of(item.context_expr.range());
        let m = self.temp()?;
        self.expr_into(&item.context_expr, m)?;
        // R[ex] := bound __exit__, R[ex + 1] := __enter__()
        let ex = self.temps(2)?;
        self.f.cur_pos = p;
        if is_async {
            self.emit(Op::AsyncWithEnter, ex as usize, m as usize, 0);
            self.await_into(ex + 1, ex + 1)?;
        } else {
            self.emit(Op::WithEnter, ex as usize, m as usize, 0);
        }
        let h = self.temp()?;
        let h_lbl = self.new_label();
        let hid = self.f.handlers.len() as u32;
        self.f.handlers.push((h_lbl, h));
        let depth = self.f.handler_stack.len();
        self.f.handler_stack.push(hid);
        self.f.blocks.push(Block::WithExit { exit: ex, handler_depth: depth, is_async });
        let entry_state = self.f.assigned.clone();
        if let Some(target) = &item.optional_vars {
            self.assign_to(target, ex + 1)?;
        }
        self.with_stmt(&items[1..], body, is_async)?;
        self.f.blocks.pop();
        self.f.handler_stack.pop();
        let end = self.new_label();
        let normal_state = self.branch_state();
        let t = self.temp()?;
        if !self.f.unreachable {
            self.f.cur_pos = p;
            self.emit(Op::LoadNone, t as usize, 0, 0);
            self.emit_with_exit(t, ex, is_async)?;
            self.emit_jump(Op::Jump, 0, end);
        }
        // an exception left the body: __exit__(type, value, traceback) decides
        self.bind(h_lbl);
        self.f.unreachable = false;
        self.f.assigned = self.loop_entry_state_from(&entry_state, body);
        let exc_state = self.f.assigned.clone();
        let handled = self.enter_handled(h)?;
        let saved = handled.saved;
        self.f.cur_pos = p;
        self.emit(Op::Move, t as usize, h as usize, 0);
        self.emit_with_exit(t, ex, is_async)?;
        let swallowed = self.new_label();
        self.emit_jump(Op::JumpIfTrue, t as usize, swallowed);
        self.emit(Op::PopExcInfo, saved as usize, 0, 0);
        self.emit(Op::Reraise, h as usize, 0, 0);
        self.bind(swallowed);
        self.emit(Op::PopExcInfo, saved as usize, 0, 0);
        self.emit_jump(Op::Jump, 0, end);
        self.leave_handled(handled);
        self.bind(end);
        self.f.unreachable = false;
        self.merge(normal_state, (exc_state, false));
        self.f.next_temp = mark;
        Ok(())
    }

    /// `R[t] := exit(...)` for the exception in `t` (or None), awaited for `async with`.
    fn emit_with_exit(&mut self, t: Reg, exit: Reg, is_async: bool) -> CResult<()> {
        if is_async {
            self.emit(Op::AsyncWithExit, t as usize, exit as usize, 0);
            self.await_into(t, t)
        } else {
            self.emit(Op::WithExit, t as usize, exit as usize, 0);
            Ok(())
        }
    }

    /// `dst := await R[src]`.
    fn await_into(&mut self, src: Reg, dst: Reg) -> CResult<()> {
        let mark = self.f.next_temp;
        let it = self.temp()?;
        self.emit(Op::GetAwaitable, it as usize, src as usize, 0);
        self.yield_from(it, dst)?;
        self.f.next_temp = mark;
        Ok(())
    }

    /// `async for target in iter: body else: orelse`: each step awaits
    /// `__anext__()`; StopAsyncIteration from it ends the loop (`EndAsyncFor`).
    fn async_for(&mut self, f: &'a ast::StmtAsyncFor) -> CResult<()> {
        let it = self.expr_temp(&f.iter)?;
        self.keep_alive(it);
        self.emit(Op::GetAIter, it as usize, it as usize, 0);
        let top = self.new_label();
        let brk = self.new_label();
        let else_l = self.new_label();
        let stop_l = self.new_label();
        let entry = self.loop_entry_state(&f.body);
        self.bind(top);
        let h = self.temp()?;
        let hid = self.f.handlers.len() as u32;
        self.f.handlers.push((stop_l, h));
        self.f.handler_stack.push(hid);
        let aw = self.temp()?;
        self.emit(Op::GetANext, aw as usize, it as usize, 0);
        let v = self.temp()?;
        self.yield_from(aw, v)?;
        self.f.handler_stack.pop();
        self.assign_to(&f.target, v)?;
        self.f.blocks.push(Block::Loop { brk, cont: top });
        self.block(&f.body)?;
        self.f.blocks.pop();
        self.emit_jump(Op::Jump, 0, top);
        self.bind(stop_l);
        self.f.unreachable = false;
        self.emit(Op::EndAsyncFor, h as usize, 0, 0);
        self.emit_jump(Op::Jump, 0, else_l);
        self.bind(else_l);
        self.f.assigned = entry.clone();
        self.block(&f.orelse)?;
        self.bind(brk);
        self.f.assigned = entry;
        Ok(())
    }

    /// `def` or `async def`: decorators evaluated before the defaults, applied
    /// innermost first.
    fn function_def(
        &mut self,
        name: &str,
        decorators: &'a [Expr],
        args: &'a ast::Arguments,
        returns: Option<&Expr>,
        body: &'a [Stmt],
        range: rustpython_parser::text_size::TextRange,
        is_async: bool,
    ) -> CResult<()> {
        let t = self.temp()?;
        let ndec = decorators.len();
        let decs = self.temps(ndec)?;
        for (i, d) in decorators.iter().enumerate() {
            self.expr_into(d, decs + i as Reg)?;
        }
        self.make_function(name, args, returns, body, range, t, is_async)?;
        self.apply_decorators(decs, ndec, t)?;
        self.store_name(name, t);
        Ok(())
    }

    /// Definite assignment where several branches meet: a local is bound if every
    /// reachable branch bound it.
    fn merge_states(&mut self, states: Vec<(Vec<bool>, bool)>) {
        let mut merged: Option<Vec<bool>> = None;
        for (st, unreachable) in states {
            if unreachable {
                continue;
            }
            merged = Some(match merged {
                None => st,
                Some(m) => m.iter().zip(st.iter()).map(|(a, b)| *a && *b).collect(),
            });
        }
        self.f.assigned = merged.unwrap_or_else(|| vec![true; self.f.assigned.len()]);
    }

    /// (state, unreachable) at the end of a branch.
    fn branch_state(&self) -> (Vec<bool>, bool) {
        (self.f.assigned.clone(), self.f.unreachable)
    }

    fn merge(&mut self, a: (Vec<bool>, bool), b: (Vec<bool>, bool)) {
        self.f.assigned = match (a.1, b.1) {
            (true, true) => a.0,
            (true, false) => b.0,
            (false, true) => a.0,
            (false, false) => a.0.iter().zip(b.0.iter()).map(|(x, y)| *x && *y).collect(),
        };
        self.f.unreachable = a.1 && b.1;
    }

    /// Definite assignment at a loop head: whatever the body may delete is unknown there.
    fn loop_entry_state(&self, body: &[Stmt]) -> Vec<bool> {
        let cur = self.f.assigned.clone();
        self.loop_entry_state_from(&cur, body)
    }

    fn loop_entry_state_from(&self, base: &[bool], body: &[Stmt]) -> Vec<bool> {
        let mut st = base.to_vec();
        let mut deleted = Vec::new();
        collect_deletes(body, &mut deleted);
        for n in deleted {
            if let Some(r) = self.local_reg(&n) {
                st[r as usize] = false;
            }
        }
        st
    }

    fn find_loop(&self) -> Option<((Label, Label), usize)> {
        for (i, b) in self.f.blocks.iter().enumerate().rev() {
            if let Block::Loop { brk, cont } = b {
                return Some(((*brk, *cont), i + 1));
            }
        }
        None
    }

    /// Emits the cleanup of every block above `depth`, innermost first, for a jump out.
    fn unwind_blocks(&mut self, depth: usize) -> CResult<()> {
        let mut i = self.f.blocks.len();
        while i > depth {
            i -= 1;
            match &self.f.blocks[i] {
                Block::Loop { .. } => {}
                Block::HandlerBody { saved } => {
                    let s = *saved as usize;
                    self.emit(Op::PopExcInfo, s, 0, 0);
                }
                Block::WithExit { exit, handler_depth, is_async } => {
                    let (exit, hd, is_async) = (*exit, *handler_depth, *is_async);
                    let saved_blocks: Vec<Block<'a>> = self.f.blocks.drain(i..).collect();
                    let saved_handlers: Vec<u32> = self.f.handler_stack.drain(hd..).collect();
                    let t = self.temp()?;
                    self.emit(Op::LoadNone, t as usize, 0, 0);
                    self.emit_with_exit(t, exit, is_async)?;
                    self.f.next_temp -= 1;
                    self.f.handler_stack.extend(saved_handlers);
                    self.f.blocks.extend(saved_blocks);
                }
                Block::Finally { body, handler_depth } => {
                    let body: &'a [Stmt] = body;
                    let hd = *handler_depth;
                    let saved_blocks: Vec<Block<'a>> = self.f.blocks.drain(i..).collect();
                    let saved_handlers: Vec<u32> = self.f.handler_stack.drain(hd..).collect();
                    let saved_assigned = self.f.assigned.clone();
                    self.block(body)?;
                    self.f.assigned = saved_assigned;
                    self.f.handler_stack.extend(saved_handlers);
                    self.f.blocks.extend(saved_blocks);
                }
            }
        }
        Ok(())
    }

    /// `ForIter` from iterator `it` into `target`, leaving for `exit` when exhausted; a
    /// plain local loop variable is the instruction's own destination.
    fn for_iter_into(&mut self, it: Reg, target: &Expr, exit: Label) -> CResult<()> {
        let simple_local = match target {
            Expr::Name(n) => self.local_reg(n.id.as_str()),
            _ => None,
        };
        match simple_local {
            Some(r) => {
                self.emit_with_target(Op::ForIter, it as usize, r as usize, exit);
                self.f.assigned[r as usize] = true;
            }
            None => {
                let v = self.temp()?;
                self.emit_with_target(Op::ForIter, it as usize, v as usize, exit);
                self.assign_to(target, v)?;
            }
        }
        Ok(())
    }

    // ---------------------------------------------------------------- match

    /// An op with three operands and an `ExtraArg` word holding a jump target.
    fn emit_abc_with_target(&mut self, op: Op, a: usize, b: usize, c: usize, target: Label) {
        self.emit(op, a, b, c);
        let pc = self.emit_word(Instr::abx(Op::ExtraArg, 0, 0).0);
        self.f.fixups.push((pc, target));
    }

    /// `match subject:` tries each case in turn: its pattern's tests jump to the next
    /// case on failure; the names a pattern captures are bound once it has matched,
    /// before its guard, as CPython does.
    fn match_stmt(&mut self, m: &'a ast::StmtMatch) -> CResult<()> {
        let subj = self.expr_temp(&m.subject)?;
        self.keep_alive(subj);
        let end = self.new_label();
        let entry_state = self.f.assigned.clone();
        let mut states = Vec::new();
        for (ci, case) in m.cases.iter().enumerate() {
            if ci + 1 < m.cases.len() && case.guard.is_none() {
                if let Some((msg, range)) = irrefutable(&case.pattern) {
                    return Err(self.err_at(range, msg));
                }
            }
            let fail = self.new_label();
            let mark = self.f.next_temp;
            let mut caps = Vec::new();
            self.f.cur_pos = self.pos_of(case.pattern.range());
            self.compile_pattern(&case.pattern, subj, fail, &mut caps)?;
            for (name, r) in &caps {
                self.store_name(name, *r);
            }
            if let Some(g) = &case.guard {
                self.cond_jump(g, false, fail)?;
            }
            self.f.next_temp = mark;
            self.block(&case.body)?;
            states.push(self.branch_state());
            if !self.f.unreachable {
                self.emit_jump(Op::Jump, 0, end);
            }
            self.bind(fail);
            self.f.assigned = entry_state.clone();
        }
        states.push((entry_state, false));
        self.bind(end);
        self.merge_states(states);
        Ok(())
    }

    /// Emits the tests of pattern `p` against the value in `subj`, jumping to `fail`
    /// when it does not match; the names it captures and the registers holding their
    /// values are added to `caps`.
    fn compile_pattern(&mut self, p: &ast::Pattern, subj: Reg, fail: Label, caps: &mut Vec<(String, Reg)>) -> CResult<()> {
        use ast::Pattern as P;
        self.depth += 1;
        if self.depth > MAX_NESTING {
            self.depth -= 1;
            let mut err = self.err_at(p.range(), "maximum recursion depth exceeded during compilation");
            err.kind = ErrorKind::Recursion;
            return Err(err);
        }
        let r = (|| -> CResult<()> {
            match p {
                P::MatchValue(v) => {
                    let x = self.expr_reg(&v.value)?;
                    self.keep_alive(x);
                    self.emit_with_target(Op::JumpIfNotEq, subj as usize, x as usize, fail);
                }
                P::MatchSingleton(s) => {
                    let c = self.temp()?;
                    let k = self.constant(&s.value)?;
                    self.emit_bx(Op::LoadConst, c as usize, k);
                    self.emit(Op::Is, c as usize, subj as usize, c as usize);
                    self.emit_jump(Op::JumpIfFalse, c as usize, fail);
                }
                P::MatchAs(a) => {
                    if let Some(sub) = &a.pattern {
                        self.compile_pattern(sub, subj, fail, caps)?;
                    }
                    if let Some(n) = &a.name {
                        self.capture(caps, n.as_str(), subj, a.range)?;
                    }
                }
                P::MatchStar(s) => return Err(self.err_at(s.range, "can't use starred name here")),
                P::MatchOr(o) => self.or_pattern(o, subj, fail, caps)?,
                P::MatchSequence(s) => self.sequence_pattern(s, subj, fail, caps)?,
                P::MatchMapping(m) => self.mapping_pattern(m, subj, fail, caps)?,
                P::MatchClass(c) => self.class_pattern(c, subj, fail, caps)?,
            }
            Ok(())
        })();
        self.depth -= 1;
        r
    }

    fn capture(&mut self, caps: &mut Vec<(String, Reg)>, name: &str, r: Reg, range: rustpython_parser::text_size::TextRange) -> CResult<()> {
        if caps.iter().any(|(n, _)| n == name) {
            return Err(self.err_at(range, format!("multiple assignments to name '{}' in pattern", name)));
        }
        // a register of its own: the subject register may be reused by later tests
        let t = self.temp()?;
        self.emit(Op::Move, t as usize, r as usize, 0);
        caps.push((name.to_string(), t));
        Ok(())
    }

    fn or_pattern(&mut self, o: &ast::PatternMatchOr, subj: Reg, fail: Label, caps: &mut Vec<(String, Reg)>) -> CResult<()> {
        let success = self.new_label();
        let mut shared: Option<Vec<(String, Reg)>> = None;
        let n = o.patterns.len();
        for (i, alt) in o.patterns.iter().enumerate() {
            let alt_fail = if i + 1 == n { fail } else { self.new_label() };
            let mut alt_caps = Vec::new();
            self.compile_pattern(alt, subj, alt_fail, &mut alt_caps)?;
            let names = match &shared {
                Some(s) => s.clone(),
                None => {
                    let mut s = Vec::new();
                    for (name, _) in &alt_caps {
                        let t = self.temp()?;
                        s.push((name.clone(), t));
                    }
                    shared = Some(s.clone());
                    s
                }
            };
            let mut mine: Vec<&str> = alt_caps.iter().map(|(n, _)| n.as_str()).collect();
            let mut want: Vec<&str> = names.iter().map(|(n, _)| n.as_str()).collect();
            mine.sort();
            want.sort();
            if mine != want {
                return Err(self.err_at(alt.range(), "alternative patterns bind different names"));
            }
            for (name, r) in &alt_caps {
                if let Some((_, t)) = names.iter().find(|(n, _)| n == name) {
                    self.emit(Op::Move, *t as usize, *r as usize, 0);
                }
            }
            self.emit_jump(Op::Jump, 0, success);
            if i + 1 < n {
                self.bind(alt_fail);
            }
        }
        self.bind(success);
        for (name, t) in shared.unwrap_or_default() {
            if caps.iter().any(|(n, _)| *n == name) {
                return Err(self.err_at(o.range, format!("multiple assignments to name '{}' in pattern", name)));
            }
            caps.push((name, t));
        }
        Ok(())
    }

    fn sequence_pattern(&mut self, s: &ast::PatternMatchSequence, subj: Reg, fail: Label, caps: &mut Vec<(String, Reg)>) -> CResult<()> {
        let t = self.temp()?;
        self.emit(Op::MatchSeq, t as usize, subj as usize, 0);
        self.emit_jump(Op::JumpIfFalse, t as usize, fail);
        let n = s.patterns.len();
        let stars: Vec<usize> = s.patterns.iter().enumerate().filter(|(_, p)| matches!(p, ast::Pattern::MatchStar(_))).map(|(i, _)| i).collect();
        if stars.len() > 1 {
            return Err(self.err_at(s.range, "multiple starred names in sequence pattern"));
        }
        let star = stars.first().copied();
        let want = if star.is_some() { n - 1 } else { n };
        self.emit(Op::GetLen, t as usize, subj as usize, 0);
        let k = self.temp()?;
        self.emit_bx(Op::LoadInt, k as usize, want as u32);
        let op = if star.is_some() { Op::JumpIfNotGe } else { Op::JumpIfNotEq };
        self.emit_with_target(op, t as usize, k as usize, fail);
        if n == 0 {
            return Ok(());
        }
        let items = self.temps(n)?;
        match star {
            None => self.emit(Op::UnpackSeq, items as usize, subj as usize, n),
            Some(si) => self.emit(Op::UnpackEx, items as usize, subj as usize, si | ((n - 1 - si) << 8)),
        };
        for (i, p) in s.patterns.iter().enumerate() {
            match p {
                ast::Pattern::MatchStar(st) => {
                    if let Some(name) = &st.name {
                        self.capture(caps, name.as_str(), items + i as Reg, st.range)?;
                    }
                }
                _ => self.compile_pattern(p, items + i as Reg, fail, caps)?,
            }
        }
        Ok(())
    }

    fn mapping_pattern(&mut self, m: &ast::PatternMatchMapping, subj: Reg, fail: Label, caps: &mut Vec<(String, Reg)>) -> CResult<()> {
        let t = self.temp()?;
        self.emit(Op::MatchMap, t as usize, subj as usize, 0);
        self.emit_jump(Op::JumpIfFalse, t as usize, fail);
        let nk = m.keys.len();
        let keys = self.temps(nk)?;
        for (i, k) in m.keys.iter().enumerate() {
            self.expr_into(k, keys + i as Reg)?;
        }
        for (i, p) in m.patterns.iter().enumerate() {
            let k = keys + i as Reg;
            self.emit(Op::In, t as usize, k as usize, subj as usize);
            self.emit_jump(Op::JumpIfFalse, t as usize, fail);
            let v = self.temp()?;
            self.emit(Op::GetItem, v as usize, subj as usize, k as usize);
            self.compile_pattern(p, v, fail, caps)?;
        }
        if let Some(rest) = &m.rest {
            let tup = self.temp()?;
            self.emit(Op::BuildTuple, tup as usize, keys as usize, nk);
            let r = self.temp()?;
            self.emit(Op::DictWithout, r as usize, subj as usize, tup as usize);
            self.capture(caps, rest.as_str(), r, m.range)?;
        }
        Ok(())
    }

    fn class_pattern(&mut self, c: &ast::PatternMatchClass, subj: Reg, fail: Label, caps: &mut Vec<(String, Reg)>) -> CResult<()> {
        // MatchArg reads the subject, the class and the keyword sub-patterns' names
        // (to report an attribute matched twice) from consecutive registers
        let base = self.temps(3)?;
        self.emit(Op::Move, base as usize, subj as usize, 0);
        self.expr_into(&c.cls, base + 1)?;
        if !c.patterns.is_empty() && !c.kwd_attrs.is_empty() {
            let names: Vec<Value> = c.kwd_attrs.iter().map(|a| self.vm.intern(a.as_str())).collect();
            let t = self.vm.new_tuple(names);
            let k = self.add_const_keyed(None, t);
            self.emit_bx(Op::LoadConst, base as usize + 2, k);
        } else {
            self.emit(Op::LoadNone, base as usize + 2, 0, 0);
        }
        let t = self.temp()?;
        self.emit(Op::MatchClass, t as usize, base as usize, base as usize + 1);
        self.emit_jump(Op::JumpIfFalse, t as usize, fail);
        let n = c.patterns.len();
        if n > 255 {
            return Err(self.err_at(c.range, "too many sub-patterns in class pattern"));
        }
        for (i, p) in c.patterns.iter().enumerate() {
            let v = self.temp()?;
            self.emit_abc_with_target(Op::MatchArg, v as usize, base as usize, i | (n << 8), fail);
            self.compile_pattern(p, v, fail, caps)?;
        }
        for (attr, p) in c.kwd_attrs.iter().zip(c.kwd_patterns.iter()) {
            let v = self.temp()?;
            let k = self.name_const(attr.as_str());
            self.emit_abc_with_target(Op::MatchKw, v as usize, base as usize, k as usize, fail);
            self.compile_pattern(p, v, fail, caps)?;
        }
        Ok(())
    }

    // ---------------------------------------------------------------- generators

    /// `dst := yield from it`: send what the resumer sends into `it` and yield what it
    /// yields, until it returns; `Yield`'s C = 1 marks the delegation for throw/close.
    fn yield_from(&mut self, it: Reg, dst: Reg) -> CResult<()> {
        let sent = self.temp()?;
        let res = self.temp()?;
        self.emit(Op::LoadNone, sent as usize, 0, 0);
        let top = self.new_label();
        let exit = self.new_label();
        self.bind(top);
        self.emit(Op::Send, res as usize, it as usize, sent as usize);
        let pc = self.emit_word(Instr::abx(Op::ExtraArg, 0, 0).0);
        self.f.fixups.push((pc, exit));
        self.emit(Op::Yield, sent as usize, res as usize, 1);
        self.emit_jump(Op::Jump, 0, top);
        self.bind(exit);
        if res != dst {
            self.emit(Op::Move, dst as usize, res as usize, 0);
        }
        Ok(())
    }

    /// A comprehension, compiled as CPython 3.11 does: a nested function (its own
    /// scope, so the loop variables do not leak) called at once with an iterator over
    /// the first iterable, which is evaluated here.
    fn comprehension(
        &mut self,
        kind: Comp,
        generators: &[ast::Comprehension],
        elts: &[&Expr],
        range: rustpython_parser::text_size::TextRange,
        dst: Reg,
    ) -> CResult<()> {
        // `async for` clauses, or an `await` anywhere in it, make it asynchronous: a
        // coroutine the caller awaits, or (a generator expression) an async generator
        let is_async = comprehension_is_async(generators, elts);
        if is_async && kind != Comp::Gen && !self.f.is_async {
            return Err(self.err_at(range, "asynchronous comprehension outside of an asynchronous function"));
        }
        let name = match kind {
            Comp::List => "<listcomp>",
            Comp::Set => "<setcomp>",
            Comp::Dict => "<dictcomp>",
            Comp::Gen => "<genexpr>",
        };
        let base = self.temps(3)?;
        self.emit(Op::LoadNone, base as usize, 0, 0);
        self.emit(Op::LoadNone, base as usize + 1, 0, 0);
        let code = self.compile_comprehension(kind, name, generators, elts, range, is_async)?;
        self.emit_make_function(code, base)?;
        let arg = base + 1;
        self.iterable_into(&generators[0].iter, arg)?;
        let get_iter = if generators[0].is_async { Op::GetAIter } else { Op::GetIter };
        self.emit(get_iter, arg as usize, arg as usize, 0);
        self.f.cur_pos = self.pos_of(range);
        self.emit(Op::Call, base as usize, 1, dst as usize);
        if is_async && kind != Comp::Gen {
            self.await_into(dst, dst)?;
        }
        Ok(())
    }

    fn compile_comprehension(
        &mut self,
        kind: Comp,
        name: &str,
        generators: &[ast::Comprehension],
        elts: &[&Expr],
        range: rustpython_parser::text_size::TextRange,
        is_async: bool,
    ) -> CResult<Value> {
        let mut scope = analyze_comprehension(generators, elts);
        // a `:=` target with no enclosing function to bind it is a global
        for t in scope.walrus.clone() {
            if !self.enclosing_locals.iter().any(|l| l.contains(&t)) {
                scope.nonlocals.remove(&t);
                scope.globals.insert(t);
            }
        }
        let mut f = self.function_state(&scope, 1, range)?;
        f.is_generator = kind == Comp::Gen;
        f.is_async = is_async;
        f.is_async_gen = is_async && kind == Comp::Gen;
        let first_line = self.line_of(u32::from(range.start()));
        f.cur_pos = self.pos_of(range);
        let qualname = self.qualname_for(name);
        let offered = f.varnames.iter().cloned().collect();
        let (inner, result) = self.in_scope(f, format!("{}.<locals>", name), offered, |e| {
            e.make_cells();
            let acc = match kind {
                Comp::List => {
                    let t = e.temp()?;
                    e.emit(Op::BuildList, t as usize, 0, 0);
                    Some(t)
                }
                Comp::Set => {
                    let t = e.temp()?;
                    e.emit(Op::BuildSet, t as usize, 0, 0);
                    Some(t)
                }
                Comp::Dict => {
                    let t = e.temp()?;
                    e.emit(Op::BuildDict, t as usize, 0, 0);
                    Some(t)
                }
                Comp::Gen => None,
            };
            e.comprehension_loop(kind, generators, 0, elts, acc)?;
            e.f.cur_pos = e.pos_of(range);
            match acc {
                Some(t) => e.emit(Op::Return, t as usize, 0, 0),
                None => e.emit(Op::ReturnNone, 0, 0, 0),
            };
            Ok(())
        });
        result?;
        let flags = match (is_async, kind == Comp::Gen) {
            (true, true) => FLAG_GENERATOR | FLAG_ASYNC_GENERATOR,
            (true, false) => FLAG_GENERATOR | FLAG_COROUTINE,
            (false, true) => FLAG_GENERATOR,
            (false, false) => 0,
        };
        self.finish(inner, name, &qualname, first_line, 1, 0, 0, flags)
    }

    /// The `for` clause `level` and everything inside it.
    fn comprehension_loop(&mut self, kind: Comp, generators: &[ast::Comprehension], level: usize, elts: &[&Expr], acc: Option<Reg>) -> CResult<()> {
        let g = &generators[level];
        let it = if level == 0 {
            0
        } else {
            let t = self.temp()?;
            self.iterable_into(&g.iter, t)?;
            self.keep_alive(t);
            self.emit(if g.is_async { Op::GetAIter } else { Op::GetIter }, t as usize, t as usize, 0);
            t
        };
        let top = self.new_label();
        let exit = self.new_label();
        self.bind(top);
        self.f.cur_pos = self.pos_of(g.iter.range());
        // an `async for` clause awaits `__anext__()`, whose StopAsyncIteration ends it
        let stop = if g.is_async {
            let stop_l = self.new_label();
            let h = self.temp()?;
            self.keep_alive(h);
            let hid = self.f.handlers.len() as u32;
            self.f.handlers.push((stop_l, h));
            self.f.handler_stack.push(hid);
            let aw = self.temp()?;
            self.emit(Op::GetANext, aw as usize, it as usize, 0);
            let v = self.temp()?;
            self.yield_from(aw, v)?;
            self.f.handler_stack.pop();
            self.assign_to(&g.target, v)?;
            Some((stop_l, h))
        } else {
            self.for_iter_into(it, &g.target, exit)?;
            None
        };
        for cond in &g.ifs {
            self.cond_jump(cond, false, top)?;
        }
        let mut back_edge_emitted = false;
        if level + 1 < generators.len() {
            self.comprehension_loop(kind, generators, level + 1, elts, acc)?;
        } else {
            match (kind, acc) {
                (Comp::List, Some(l)) => {
                    // the innermost loop's append is its back edge too
                    let x = self.expr_reg(elts[0])?;
                    self.emit_with_target(Op::ListAppendJump, l as usize, x as usize, top);
                    back_edge_emitted = true;
                }
                (Comp::Set, Some(l)) => {
                    let x = self.expr_reg(elts[0])?;
                    self.emit(Op::SetAdd, l as usize, x as usize, 0);
                }
                (Comp::Dict, Some(d)) => {
                    let k = self.expr_reg(elts[0])?;
                    self.keep_alive(k);
                    let x = self.expr_reg(elts[1])?;
                    self.emit(Op::SetItem, d as usize, k as usize, x as usize);
                }
                _ => {
                    let x = self.expr_reg(elts[0])?;
                    let sent = self.temp()?;
                    self.emit(Op::Yield, sent as usize, x as usize, 0);
                }
            }
        }
        if !back_edge_emitted {
            self.emit_jump(Op::Jump, 0, top);
        }
        if let Some((stop_l, h)) = stop {
            self.bind(stop_l);
            self.f.unreachable = false;
            self.emit(Op::EndAsyncFor, h as usize, 0, 0);
        }
        self.bind(exit);
        Ok(())
    }

    // ---------------------------------------------------------------- functions

    fn make_function(
        &mut self,
        name: &str,
        args: &ast::Arguments,
        returns: Option<&Expr>,
        body: &'a [Stmt],
        range: rustpython_parser::text_size::TextRange,
        dst: Reg,
        is_async: bool,
    ) -> CResult<()> {
        // defaults, evaluated in the enclosing scope
        let base = self.temps(3)?;
        let pos_defaults: Vec<&Expr> = args.posonlyargs.iter().chain(args.args.iter()).filter_map(|a| a.default.as_deref()).collect();
        if pos_defaults.is_empty() {
            self.emit(Op::LoadNone, base as usize, 0, 0);
        } else {
            let t = self.temps(pos_defaults.len())?;
            for (i, d) in pos_defaults.iter().enumerate() {
                self.expr_into(d, t + i as Reg)?;
            }
            self.emit(Op::BuildTuple, base as usize, t as usize, pos_defaults.len());
            self.f.next_temp = t as usize;
        }
        let kw_defaults: Vec<(&str, &Expr)> = args.kwonlyargs.iter().filter_map(|a| a.default.as_deref().map(|d| (a.def.arg.as_str(), d))).collect();
        if kw_defaults.is_empty() {
            self.emit(Op::LoadNone, base as usize + 1, 0, 0);
        } else {
            let t = self.temps(kw_defaults.len() * 2)?;
            for (i, (n, d)) in kw_defaults.iter().enumerate() {
                let k = self.str_const(n);
                self.emit_bx(Op::LoadConst, t as usize + 2 * i, k);
                self.expr_into(d, t + 2 * i as Reg + 1)?;
            }
            self.emit(Op::BuildDict, base as usize + 1, t as usize, kw_defaults.len());
            self.f.next_temp = t as usize;
        }
        let code = self.compile_function(name, args, body, range, is_async)?;
        self.emit_make_function(code, base)?;
        self.set_function_annotations(args, returns, base)?;
        if base != dst {
            self.emit(Op::Move, dst as usize, base as usize, 0);
        }
        Ok(())
    }

    /// The value of annotation `ann` into `dst`: evaluated, or under
    /// `from __future__ import annotations` its unparsed text.
    fn annotation_into(&mut self, ann: &Expr, dst: Reg) -> CResult<()> {
        if self.future_annotations {
            let vm = &mut *self.vm;
            let text = super::unparse::unparse(ann, self.source, &mut |s: &str| {
                let v = vm.new_str(s);
                crate::objects::repr::repr(vm, v).unwrap_or_default()
            });
            let k = self.str_const(&text);
            self.emit_bx(Op::LoadConst, dst as usize, k);
            Ok(())
        } else {
            self.expr_into(ann, dst)
        }
    }

    /// `x: ann [= v]` after the assignment: at module and class level a simple name's
    /// annotation goes into `__annotations__`; another target's annotation is only
    /// evaluated; in a function it is not evaluated at all (as CPython does).
    fn store_annotation(&mut self, a: &ast::StmtAnnAssign) -> CResult<()> {
        if self.f.kind == ScopeKind::Function {
            return Ok(());
        }
        let mark = self.f.next_temp;
        match &*a.target {
            Expr::Name(n) if a.simple => {
                let t = self.temps(3)?;
                self.annotation_into(&a.annotation, t)?;
                let k = self.name_const("__annotations__");
                if self.f.kind == ScopeKind::Class {
                    self.emit(Op::LoadName, t as usize + 1, k as usize, 0);
                } else {
                    let c = self.f.n_global_caches;
                    self.f.n_global_caches += 1;
                    self.emit(Op::LoadGlobal, t as usize + 1, k as usize, c as usize);
                }
                let key = self.str_const(n.id.as_str());
                self.emit_bx(Op::LoadConst, t as usize + 2, key);
                self.emit(Op::SetItem, t as usize + 1, t as usize + 2, t as usize);
            }
            _ if !self.future_annotations => {
                let t = self.temp()?;
                self.expr_into(&a.annotation, t)?;
            }
            _ => {}
        }
        self.f.next_temp = mark;
        Ok(())
    }

    /// Sets `__annotations__` on the function just made in `func` when its parameters
    /// or return are annotated (CPython evaluates them as the `def` runs).
    fn set_function_annotations(&mut self, args: &ast::Arguments, returns: Option<&Expr>, func: Reg) -> CResult<()> {
        let params = args
            .posonlyargs
            .iter()
            .chain(args.args.iter())
            .map(|a| &a.def)
            .chain(args.vararg.as_deref())
            .chain(args.kwonlyargs.iter().map(|a| &a.def))
            .chain(args.kwarg.as_deref());
        let mut anns: Vec<(&str, &Expr)> = params.filter_map(|p| p.annotation.as_deref().map(|an| (p.arg.as_str(), an))).collect();
        if let Some(r) = returns {
            anns.push(("return", r));
        }
        if anns.is_empty() {
            return Ok(());
        }
        let mark = self.f.next_temp;
        let t = self.temps(anns.len() * 2 + 1)?;
        for (i, (n, an)) in anns.iter().enumerate() {
            let k = self.str_const(n);
            self.emit_bx(Op::LoadConst, t as usize + 1 + 2 * i, k);
            self.annotation_into(an, t + 2 * i as Reg + 2)?;
        }
        self.emit(Op::BuildDict, t as usize, t as usize + 1, anns.len());
        let k = self.name_const("__annotations__");
        self.emit(Op::SetAttr, func as usize, k as usize, t as usize);
        self.f.next_temp = mark;
        Ok(())
    }

    /// `MakeFunction` of the compiled `code` at `base` (its defaults already in `base`
    /// and `base + 1`), with the tuple of the cells it captures in `base + 2`.
    fn emit_make_function(&mut self, code: Value, base: Reg) -> CResult<()> {
        let free: Vec<String> = match code.as_code() {
            Some(c) => c.varnames[c.free_start()..].iter().map(|v| v.as_str().unwrap_or("").to_string()).collect(),
            None => Vec::new(),
        };
        if !free.is_empty() {
            let mark = self.f.next_temp;
            let t = self.temps(free.len())?;
            for (i, n) in free.iter().enumerate() {
                // the analysis only makes a name free where an enclosing scope holds its cell
                let r = self.f.derefs.get(n).copied().ok_or_else(|| self.err_at_pos(&format!("internal error: no cell for free variable '{}'", n)))?;
                self.emit(Op::Move, t as usize + i, r as usize, 0);
            }
            self.emit(Op::BuildTuple, base as usize + 2, t as usize, free.len());
            self.f.next_temp = mark;
        }
        let k = self.add_const_keyed(None, code);
        self.emit_bx(Op::MakeFunction, base as usize, k);
        Ok(())
    }

    fn err_at_pos(&self, msg: &str) -> CompileError {
        CompileError {
            kind: ErrorKind::Syntax,
            msg: msg.to_string(),
            filename: self.filename.to_string(),
            line: self.f.cur_pos.line,
            col: self.f.cur_pos.col + 1,
            text: None,
        }
    }

    /// Applies the decorators in registers `decs..decs + ndec` to the value in `t`,
    /// innermost (last written) first.
    fn apply_decorators(&mut self, decs: Reg, ndec: usize, t: Reg) -> CResult<()> {
        for i in (0..ndec).rev() {
            let call = self.temps(2)?;
            self.emit(Op::Move, call as usize, decs as usize + i, 0);
            self.emit(Op::Move, call as usize + 1, t as usize, 0);
            self.emit(Op::Call, call as usize, 1, t as usize);
            self.f.next_temp -= 2;
        }
        Ok(())
    }

    /// The free variables of a new scope, in CPython's order (sorted): the names it
    /// (or a scope nested in it) needs that an enclosing function binds. A `nonlocal`
    /// name no enclosing function binds is a SyntaxError.
    fn free_vars(&self, scope: &FunctionScope, range: rustpython_parser::text_size::TextRange) -> CResult<Vec<String>> {
        for n in &scope.nonlocals {
            if !self.enclosing_locals.iter().any(|l| l.contains(n)) {
                let at = scope.nonlocal_at.get(n).copied().unwrap_or(range);
                return Err(self.err_at(at, format!("no binding for nonlocal '{}' found", n)));
            }
        }
        let mut free: Vec<String> = scope.free_candidates().into_iter().filter(|n| self.enclosing_locals.iter().any(|l| l.contains(n))).collect();
        free.sort();
        Ok(free)
    }

    /// Compiles `body` into the fresh function state `f` (a nested code object), with
    /// `prefix` added to the qualified-name path and `locals` as the new scope's
    /// locals for the closure check; returns the finished state and the result.
    fn in_scope(
        &mut self,
        f: FnState<'a>,
        prefix: String,
        locals: std::collections::HashSet<String>,
        body: impl FnOnce(&mut Self) -> CResult<()>,
    ) -> (FnState<'a>, CResult<()>) {
        let outer = std::mem::replace(&mut self.f, f);
        self.qualname_prefix.push(prefix);
        self.enclosing_locals.push(locals);
        let result = body(self);
        self.qualname_prefix.pop();
        self.enclosing_locals.pop();
        (std::mem::replace(&mut self.f, outer), result)
    }

    /// The qualified name of `name` defined in the current scope.
    fn qualname_for(&self, name: &str) -> String {
        let mut q = self.qualname_prefix.join(".");
        if !q.is_empty() {
            q.push('.');
        }
        q.push_str(name);
        q
    }

    /// `class Name(bases, **keywords): body`, as CPython compiles it: the body becomes a
    /// function run once with a fresh namespace dict, and the class builder
    /// (`__build_class__`) makes the class from that namespace.
    fn class_def(&mut self, c: &'a ast::StmtClassDef) -> CResult<()> {
        if let Some(s) = c.bases.iter().find(|b| matches!(b, Expr::Starred(_))) {
            return Err(self.err_at(s.range(), "starred base classes are not supported yet"));
        }
        if let Some(k) = c.keywords.iter().find(|k| k.arg.is_none()) {
            return Err(self.err_at(k.range, "** in a class statement is not supported yet"));
        }
        let t = self.temp()?;
        let ndec = c.decorator_list.len();
        let decs = self.temps(ndec)?;
        for (i, d) in c.decorator_list.iter().enumerate() {
            self.expr_into(d, decs + i as Reg)?;
        }
        let nargs = 2 + c.bases.len() + c.keywords.len();
        let base = self.temps(1 + nargs.max(2))?;
        self.emit(Op::LoadBuildClass, base as usize, 0, 0);
        // the body function: no defaults
        self.emit(Op::LoadNone, base as usize + 1, 0, 0);
        self.emit(Op::LoadNone, base as usize + 2, 0, 0);
        let code = self.compile_class_body(c.name.as_str(), &c.body, c.range)?;
        self.emit_make_function(code, base + 1)?;
        let kn = self.str_const(c.name.as_str());
        self.emit_bx(Op::LoadConst, base as usize + 2, kn);
        self.call_args_into(&c.bases, &c.keywords, base + 3)?;
        self.f.cur_pos = self.pos_of(c.range);
        self.emit_call(base, nargs, &c.keywords, t)?;
        self.f.next_temp = base as usize;
        self.apply_decorators(decs, ndec, t)?;
        self.store_name(c.name.as_str(), t);
        Ok(())
    }

    fn compile_class_body(&mut self, name: &str, body: &'a [Stmt], range: rustpython_parser::text_size::TextRange) -> CResult<Value> {
        let scope = analyze_function(&[], body);
        let free = self.free_vars(&scope, range)?;
        let mut f = FnState::new(ScopeKind::Class);
        f.globals_decl = scope.globals.clone();
        f.nonlocal_decl = scope.nonlocals.clone();
        // the class body's registers are its free variables' cells
        for (i, n) in free.iter().enumerate() {
            f.derefs.insert(n.clone(), i as Reg);
            f.varnames.push(n.clone());
        }
        f.nlocals = free.len() as u16;
        f.nfree = free.len() as u16;
        f.next_temp = free.len();
        f.max_reg = free.len();
        f.assigned = vec![true; free.len()];
        let first_line = self.line_of(u32::from(range.start()));
        f.cur_pos = Pos { line: first_line, end_line: first_line, col: 0, end_col: 0 };
        let qualname = self.qualname_for(name);
        // class-level names are not visible inside methods, but its free variables
        // pass through to them
        let (inner, result) = self.in_scope(f, name.to_string(), free.iter().cloned().collect(), |e| {
            // __module__ and __qualname__ first, as CPython's class bodies do
            let t = e.temp()?;
            let k = e.name_const("__name__");
            let c = e.f.n_global_caches;
            e.f.n_global_caches += 1;
            e.emit(Op::LoadGlobal, t as usize, k as usize, c as usize);
            e.store_name("__module__", t);
            let q = e.str_const(&qualname);
            e.emit_bx(Op::LoadConst, t as usize, q);
            e.store_name("__qualname__", t);
            if let Some(Stmt::Expr(x)) = body.first() {
                if let Expr::Constant(ast::ExprConstant { value: Constant::Str(doc), .. }) = &*x.value {
                    let d = e.str_const(doc);
                    e.emit_bx(Op::LoadConst, t as usize, d);
                    e.store_name("__doc__", t);
                }
            }
            if has_annotations(body) {
                e.emit(Op::BuildDict, t as usize, t as usize, 0);
                e.store_name("__annotations__", t);
            }
            e.f.next_temp -= 1;
            for s in body {
                e.stmt(s)?;
            }
            e.emit(Op::ReturnNone, 0, 0, 0);
            Ok(())
        });
        result?;
        self.finish(inner, name, &qualname, first_line, 0, 0, 0, 0)
    }

    fn compile_function(
        &mut self,
        name: &str,
        args: &ast::Arguments,
        body: &'a [Stmt],
        range: rustpython_parser::text_size::TextRange,
        is_async: bool,
    ) -> CResult<Value> {
        let params = param_names(args);
        {
            let mut seen = std::collections::HashSet::new();
            for p in &params {
                if !seen.insert(p.as_str()) {
                    return Err(self.err_at(range, format!("duplicate argument '{}' in function definition", p)));
                }
            }
        }
        let scope = analyze_function(&params, body);
        let mut f = self.function_state(&scope, params.len(), range)?;
        let async_gen = is_async && scope.has_yield;
        f.is_async = is_async;
        f.is_async_gen = async_gen;
        if let Some(Stmt::Expr(x)) = body.first() {
            if let Expr::Constant(ast::ExprConstant { value: Constant::Str(doc), .. }) = &*x.value {
                f.doc = self.vm.new_str(doc);
            }
        }
        // zero-argument super() in a method finds its class through the code object
        f.needs_class = self.f.kind == ScopeKind::Class && (scope.used.contains("super") || scope.used.contains("__class__"));
        let first_line = self.line_of(u32::from(range.start()));
        f.cur_pos = Pos { line: first_line, end_line: first_line, col: 0, end_col: 0 };
        let qualname = self.qualname_for(name);
        let offered = f.varnames.iter().cloned().collect();
        let (inner, result) = self.in_scope(f, format!("{}.<locals>", name), offered, |e| {
            e.make_cells();
            for s in body {
                e.stmt(s)?;
            }
            if !e.f.unreachable || e.f.instrs.is_empty() {
                e.emit(Op::ReturnNone, 0, 0, 0);
            }
            Ok(())
        });
        result?;
        let argcount = (args.posonlyargs.len() + args.args.len()) as u32;
        let mut flags = 0;
        if args.vararg.is_some() {
            flags |= FLAG_VARARGS;
        }
        if args.kwarg.is_some() {
            flags |= FLAG_VARKW;
        }
        if inner.is_generator || is_async {
            flags |= FLAG_GENERATOR;
        }
        if is_async {
            flags |= if async_gen { FLAG_ASYNC_GENERATOR } else { FLAG_COROUTINE };
        }
        self.finish(inner, name, &qualname, first_line, argcount, args.posonlyargs.len() as u32, args.kwonlyargs.len() as u32, flags)
    }

    /// The state of a new function scope: registers for its locals (parameters first),
    /// cells for the captured ones, then its free variables.
    fn function_state(&self, scope: &FunctionScope, nparams: usize, range: rustpython_parser::text_size::TextRange) -> CResult<FnState<'a>> {
        let free = self.free_vars(scope, range)?;
        let cells = scope.cells();
        let mut f = FnState::new(ScopeKind::Function);
        for (i, n) in scope.locals.iter().enumerate() {
            if cells.contains(n) {
                f.derefs.insert(n.clone(), i as Reg);
            } else {
                f.locals.insert(n.clone(), i as Reg);
            }
            f.varnames.push(n.clone());
        }
        for (i, n) in free.iter().enumerate() {
            f.derefs.insert(n.clone(), (scope.locals.len() + i) as Reg);
            f.varnames.push(n.clone());
        }
        let nlocals = scope.locals.len() + free.len();
        if nlocals >= MAX_REGS {
            return Err(self.err_at(range, "too many local variables"));
        }
        f.globals_decl = scope.globals.clone();
        f.nlocals = nlocals as u16;
        f.nfree = free.len() as u16;
        f.is_generator = scope.is_generator;
        f.next_temp = nlocals;
        f.max_reg = nlocals;
        f.assigned = vec![false; nlocals];
        for i in 0..nparams {
            f.assigned[i] = true;
        }
        // cells and free variables are checked by the instructions that read them
        for &r in f.derefs.values() {
            f.assigned[r as usize] = true;
        }
        Ok(f)
    }

    /// Turns each captured local's register into its cell, at the top of the body
    /// (a captured parameter's cell starts with the argument).
    fn make_cells(&mut self) {
        let free_start = (self.f.nlocals - self.f.nfree) as Reg;
        let mut regs: Vec<Reg> = self.f.derefs.values().copied().filter(|&r| r < free_start).collect();
        regs.sort();
        for r in regs {
            self.emit(Op::MakeCell, r as usize, 0, 0);
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn finish(
        &mut self,
        mut f: FnState<'a>,
        name: &str,
        qualname: &str,
        firstlineno: u32,
        argcount: u32,
        posonly: u32,
        kwonly: u32,
        flags: u32,
    ) -> CResult<Value> {
        // Constant registers go between the locals and the temporaries: a call's
        // arguments start a callee frame inside the caller's temporaries, so only
        // registers below them survive a call.
        let nconst = f.const_regs.len();
        let nlocals = f.nlocals as usize;
        let nregs = f.max_reg.max(1) + nconst;
        if f.operand_overflow || f.n_global_caches > 0xFFFF || nregs > 0xFFFF {
            return Err(CompileError {
                kind: ErrorKind::Syntax,
                msg: format!("too many constants, names or registers in '{}' for PVM's 16-bit operands", name),
                filename: self.filename.to_string(),
                line: firstlineno,
                col: 1,
                text: None,
            });
        }
        let renumber = |r: usize| -> u16 {
            if r >= CONST_REG_BASE {
                (nlocals + r - CONST_REG_BASE) as u16
            } else if r >= nlocals {
                (r + nconst) as u16
            } else {
                r as u16
            }
        };
        if nconst > 0 {
            let mut pc = 0;
            while pc < f.instrs.len() {
                let w = Instr(f.instrs[pc]);
                let op = w.op();
                let [ra, rb, rc] = op.register_fields();
                if ra || rb || rc {
                    let a = if ra { renumber(w.a()) } else { w.a() as u16 };
                    let b = if rb { renumber(w.b()) } else { w.b() as u16 };
                    let c = if rc { renumber(w.c()) } else { w.c() as u16 };
                    f.instrs[pc] = Instr::abc(op, a, b, c).0 | (w.0 & 0xFF00_0000_0000_0000);
                }
                pc += if op.has_extra() { 2 } else { 1 };
            }
            for h in f.handlers.iter_mut() {
                h.1 = renumber(h.1 as usize) as Reg;
            }
        }
        // resolve jumps
        for &(pc, l) in &f.fixups {
            let target = f.labels[l.0 as usize];
            let w = Instr(f.instrs[pc]);
            f.instrs[pc] = Instr::abx(w.op(), w.a() as u16, target).0;
        }
        // exception table from the per-instruction handler ids
        let mut exc_table = Vec::new();
        let mut pc = 0;
        while pc < f.handler_of.len() {
            let h = f.handler_of[pc];
            let start = pc;
            while pc < f.handler_of.len() && f.handler_of[pc] == h {
                pc += 1;
            }
            if h != u32::MAX {
                let (lbl, reg) = f.handlers[h as usize];
                exc_table.push(ExcEntry { start: start as u32, end: pc as u32, target: f.labels[lbl.0 as usize], reg });
            }
        }
        // line table as runs
        let mut lines: Vec<(u32, Pos)> = Vec::new();
        for (pc, &l) in f.lines.iter().enumerate() {
            if lines.last().map(|&(_, x)| x) != Some(l) {
                lines.push((pc as u32, l));
            }
        }
        let varnames = f.varnames.iter().map(|n| self.vm.intern(n)).collect();
        let (instrs, caches) = Code::make_instrs(f.instrs);
        let code = Code {
            instrs,
            caches,
            consts: f.consts,
            names: f.names,
            nregs: nregs as u32,
            const_regs: f.const_regs.into_boxed_slice(),
            nlocals: f.nlocals as u32,
            argcount,
            posonlyargcount: posonly,
            kwonlyargcount: kwonly,
            flags,
            varnames,
            lines,
            exc_table,
            name: self.vm.intern(name),
            qualname: self.vm.new_str(qualname),
            doc: f.doc,
            filename: self.filename.clone(),
            firstlineno,
            global_caches: (0..f.n_global_caches).map(|_| Cell::new(GlobalCache::default())).collect(),
            needs_class: f.needs_class,
            class_ref: Cell::new(Value::NULL),
            poly: Default::default(),
            nfree: f.nfree as u32,
        };
        Ok(self.vm.new_code(code))
    }
}

/// CPython's SyntaxError for a pattern that always matches, followed by more cases.
fn irrefutable(p: &ast::Pattern) -> Option<(String, rustpython_parser::text_size::TextRange)> {
    match p {
        ast::Pattern::MatchAs(a) if a.pattern.is_none() => Some(match &a.name {
            Some(n) => (format!("name capture '{}' makes remaining patterns unreachable", n), a.range),
            None => ("wildcard makes remaining patterns unreachable".to_string(), a.range),
        }),
        ast::Pattern::MatchOr(o) => o.patterns.iter().find_map(irrefutable),
        _ => None,
    }
}

/// Whether a module or class body annotates a name anywhere outside nested
/// functions and classes (CPython's `find_ann`): it then gets `__annotations__`.
fn has_annotations(body: &[Stmt]) -> bool {
    body.iter().any(|s| match s {
        Stmt::AnnAssign(_) => true,
        Stmt::If(i) => has_annotations(&i.body) || has_annotations(&i.orelse),
        Stmt::For(f) => has_annotations(&f.body) || has_annotations(&f.orelse),
        Stmt::AsyncFor(f) => has_annotations(&f.body) || has_annotations(&f.orelse),
        Stmt::While(w) => has_annotations(&w.body) || has_annotations(&w.orelse),
        Stmt::With(w) => has_annotations(&w.body),
        Stmt::AsyncWith(w) => has_annotations(&w.body),
        Stmt::Try(t) => {
            has_annotations(&t.body)
                || has_annotations(&t.orelse)
                || has_annotations(&t.finalbody)
                || t.handlers.iter().any(|h| match h {
                    ast::ExceptHandler::ExceptHandler(h) => has_annotations(&h.body),
                })
        }
        Stmt::TryStar(t) => {
            has_annotations(&t.body)
                || has_annotations(&t.orelse)
                || has_annotations(&t.finalbody)
                || t.handlers.iter().any(|h| match h {
                    ast::ExceptHandler::ExceptHandler(h) => has_annotations(&h.body),
                })
        }
        Stmt::Match(m) => m.cases.iter().any(|c| has_annotations(&c.body)),
        _ => false,
    })
}

fn collect_deletes(body: &[Stmt], out: &mut Vec<String>) {
    for s in body {
        match s {
            Stmt::Delete(d) => {
                for t in &d.targets {
                    if let Expr::Name(n) = t {
                        out.push(n.id.to_string());
                    }
                }
            }
            Stmt::If(i) => {
                collect_deletes(&i.body, out);
                collect_deletes(&i.orelse, out);
            }
            Stmt::While(w) => {
                collect_deletes(&w.body, out);
                collect_deletes(&w.orelse, out);
            }
            Stmt::For(f) => {
                collect_deletes(&f.body, out);
                collect_deletes(&f.orelse, out);
            }
            Stmt::Try(t) => {
                collect_deletes(&t.body, out);
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    if let Some(n) = &h.name {
                        out.push(n.to_string());
                    }
                    collect_deletes(&h.body, out);
                }
                collect_deletes(&t.orelse, out);
                collect_deletes(&t.finalbody, out);
            }
            Stmt::With(w) => collect_deletes(&w.body, out),
            Stmt::Match(m) => {
                for c in &m.cases {
                    collect_deletes(&c.body, out);
                }
            }
            _ => {}
        }
    }
}

/// Whether a comprehension is asynchronous: an `async for` clause, or an `await` in
/// its element, conditions or inner iterables (nested comprehensions included, lambdas
/// not). The first iterable is evaluated outside it.
fn comprehension_is_async(generators: &[ast::Comprehension], elts: &[&Expr]) -> bool {
    generators.iter().any(|g| g.is_async)
        || elts.iter().any(|e| super::symtable::contains_await(e))
        || generators.iter().enumerate().any(|(i, g)| (i > 0 && super::symtable::contains_await(&g.iter)) || g.ifs.iter().any(super::symtable::contains_await))
}
