//! The bytecode cache: an imported module's compiled code, kept in
//! `__pycache__/NAME.pvm-<FORMAT_VERSION>.pvc` beside its source and reused while
//! the source is unchanged.
//!
//! A file is a fixed header and a payload:
//!
//! ```text
//!  0  magic "PVMc"            16  source size (u64)        40  payload length (u64)
//!  4  FORMAT_VERSION (u32)    24  source mtime, s (i64)     48  payload checksum (u64)
//!  8  opcode-table print (u64) 32 source mtime, ns (u32)    56  payload
//!                             36  flags (u32, 0)
//! ```
//!
//! (little-endian). The source is identified by its size and its modification time at
//! full filesystem precision, so an edit within the same second is seen. The opcode
//! table's fingerprint (names and operand layouts) makes a file written by a PVM
//! with another instruction set foreign even if `FORMAT_VERSION` was not bumped.
//!
//! The payload is the code object tree: everything the VM needs (instructions,
//! constants including nested code, names, line and exception tables) and nothing
//! that belongs to one run. Specialized instructions are written as their generic
//! family and inline caches are not written at all; a loaded code object starts cold,
//! exactly like a freshly compiled one. Shared constants are written once and then
//! referred to, so identity within the tree survives (as marshal's references do);
//! a frozenset constant keeps its table layout, so it iterates in the same order.
//!
//! Reading trusts nothing: any truncation, corruption, foreign or stale file makes
//! `read` return None (the module is compiled again and the file replaced), and a
//! decoded code object is checked operand by operand before the interpreter, which
//! indexes registers without bounds checks, may run it. Writes go to a temporary file
//! renamed over the old one, so a reader (another process importing the same module at
//! the same moment) sees the old file or the new one, never half of one. A folder that
//! cannot be written only means no cache.

use crate::bytecode::code::{Code, ExcEntry, GlobalCache, Pos, FLAG_GENERATOR};
use crate::bytecode::opcodes::{BinOp, Instr, Op};
use crate::objects::set::{SetObj, SetTable};
use crate::objects::ObjKind;
use crate::value::Value;
use crate::vm::Vm;
use num_bigint::BigInt;
use std::cell::Cell;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::rc::Rc;

/// The version of the cache format; part of the file name and of the header. Bump
/// it whenever the payload's layout or the meaning of an instruction changes.
pub const FORMAT_VERSION: u32 = 1;

const MAGIC: [u8; 4] = *b"PVMc";
const HEADER_LEN: usize = 56;
/// Deepest nesting of constants (tuples, frozensets, code) a file may have; real code
/// nests far less (each level is a nested function or a constant tuple).
const MAX_DEPTH: usize = 200;

/// Where the cache of `source` lives: `dir/__pycache__/stem.pvm-N.pvc`.
pub fn cache_path(source: &Path) -> PathBuf {
    let dir = source.parent().unwrap_or(Path::new("."));
    let stem = source.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    dir.join("__pycache__").join(format!("{}.pvm-{}.pvc", stem, FORMAT_VERSION))
}

/// A 64-bit hash of bytes, eight at a time: it only has to notice damage.
fn checksum(data: &[u8]) -> u64 {
    const K: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut h: u64 = 0x243F_6A88_85A3_08D3 ^ data.len() as u64;
    let mut chunks = data.chunks_exact(8);
    for c in &mut chunks {
        let w = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
        h = (h ^ w).wrapping_mul(K).rotate_left(29);
    }
    for &b in chunks.remainder() {
        h = (h ^ b as u64).wrapping_mul(K).rotate_left(29);
    }
    h ^ (h >> 32)
}

/// The fingerprint of the code this PVM writes: its instruction set (every opcode's
/// name and operand layout) and the build of the compiler (the size and modification
/// time of the running executable), so a cache written by another build is foreign:
/// a fixed compiler never runs code its buggy predecessor produced.
fn opcode_fingerprint() -> u64 {
    static PRINT: std::sync::OnceLock<u64> = std::sync::OnceLock::new();
    *PRINT.get_or_init(|| {
        use std::os::unix::fs::MetadataExt;
        let mut text = String::new();
        for (name, layout) in Op::NAMES.iter().zip(Op::LAYOUTS.iter()) {
            text.push_str(name);
            text.push(':');
            text.push_str(layout);
            text.push(';');
        }
        if let Some(m) = std::env::current_exe().ok().and_then(|p| std::fs::metadata(p).ok()) {
            text.push_str(&format!("{}:{}.{}", m.len(), m.mtime(), m.mtime_nsec()));
        }
        checksum(text.as_bytes())
    })
}

/// (size, mtime seconds, mtime nanoseconds) of a source file.
fn source_stamp(meta: &std::fs::Metadata) -> (u64, i64, u32) {
    use std::os::unix::fs::MetadataExt;
    (meta.len(), meta.mtime(), meta.mtime_nsec().clamp(0, 999_999_999) as u32)
}

// ------------------------------------------------------------------ reading

/// The cached code of `source` when a valid, current cache file exists; otherwise
/// why not (the caller compiles). `filename` is what the code reports as its file.
pub fn read(vm: &mut Vm, source: &Path, meta: &std::fs::Metadata, filename: &str) -> Result<Value, &'static str> {
    let bytes = std::fs::read(cache_path(source)).map_err(|_| "no cache file")?;
    let payload = check_header(&bytes, source_stamp(meta)).ok_or("stale or foreign cache file")?;
    decode(vm, payload, filename).map_err(|_| "damaged cache file")
}

/// The payload of a cache file whose header matches this PVM and this source.
pub fn check_header(bytes: &[u8], stamp: (u64, i64, u32)) -> Option<&[u8]> {
    let h = bytes.get(..HEADER_LEN)?;
    let u32_at = |i: usize| u32::from_le_bytes([h[i], h[i + 1], h[i + 2], h[i + 3]]);
    let u64_at = |i: usize| u64::from_le_bytes([h[i], h[i + 1], h[i + 2], h[i + 3], h[i + 4], h[i + 5], h[i + 6], h[i + 7]]);
    if h[..4] != MAGIC || u32_at(4) != FORMAT_VERSION || u64_at(8) != opcode_fingerprint() {
        return None;
    }
    if u64_at(16) != stamp.0 || u64_at(24) as i64 != stamp.1 || u32_at(32) != stamp.2 || u32_at(36) != 0 {
        return None;
    }
    let len = usize::try_from(u64_at(40)).ok()?;
    let payload = bytes.get(HEADER_LEN..)?;
    if payload.len() != len || checksum(payload) != u64_at(48) {
        return None;
    }
    Some(payload)
}

/// Why a payload was refused (only ever reported as "no cache").
#[derive(Debug)]
pub struct BadCache;

type R<T> = Result<T, BadCache>;

const T_NONE: u8 = 0;
const T_TRUE: u8 = 1;
const T_FALSE: u8 = 2;
const T_ELLIPSIS: u8 = 3;
const T_NULL: u8 = 4;
const T_UNBOUND: u8 = 5;
const T_NOT_IMPLEMENTED: u8 = 6;
const T_INT: u8 = 10;
const T_BIGINT: u8 = 11;
const T_FLOAT: u8 = 12;
const T_STR: u8 = 13;
const T_INTERNED: u8 = 14;
const T_BYTES: u8 = 15;
const T_TUPLE: u8 = 16;
const T_FROZENSET: u8 = 17;
const T_CODE: u8 = 18;
const T_REF: u8 = 19;

struct Reader<'a, 'v> {
    vm: &'v mut Vm,
    data: &'a [u8],
    pos: usize,
    /// Objects decoded so far, in the order the writer numbered them.
    refs: Vec<Value>,
    filename: Rc<str>,
    depth: usize,
}

impl Reader<'_, '_> {
    fn bytes(&mut self, n: usize) -> R<&[u8]> {
        let end = self.pos.checked_add(n).ok_or(BadCache)?;
        let b = self.data.get(self.pos..end).ok_or(BadCache)?;
        self.pos = end;
        Ok(b)
    }
    fn u8(&mut self) -> R<u8> {
        Ok(self.bytes(1)?[0])
    }
    fn u16(&mut self) -> R<u16> {
        let b = self.bytes(2)?;
        Ok(u16::from_le_bytes([b[0], b[1]]))
    }
    fn u32(&mut self) -> R<u32> {
        let b = self.bytes(4)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }
    fn u64(&mut self) -> R<u64> {
        let b = self.bytes(8)?;
        Ok(u64::from_le_bytes([b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7]]))
    }
    /// A count of items each at least `min_item` bytes long, checked against what is
    /// left, so a damaged count cannot make the reader reserve huge vectors.
    fn count(&mut self, min_item: usize) -> R<usize> {
        let n = self.u32()? as usize;
        if n.saturating_mul(min_item.max(1)) > self.data.len() - self.pos {
            return Err(BadCache);
        }
        Ok(n)
    }
    fn text(&mut self) -> R<String> {
        let n = self.count(1)?;
        let b = self.bytes(n)?;
        std::str::from_utf8(b).map(str::to_string).map_err(|_| BadCache)
    }

    fn value(&mut self) -> R<Value> {
        let tag = self.u8()?;
        let simple = match tag {
            T_NONE => Some(Value::NONE),
            T_TRUE => Some(Value::TRUE),
            T_FALSE => Some(Value::FALSE),
            T_ELLIPSIS => Some(Value::ELLIPSIS),
            T_NULL => Some(Value::NULL),
            T_UNBOUND => Some(Value::UNBOUND),
            T_NOT_IMPLEMENTED => Some(Value::NOT_IMPLEMENTED),
            T_FLOAT => Some(Value::float(f64::from_bits(self.u64()?))),
            T_REF => {
                let i = self.u32()? as usize;
                return self.refs.get(i).copied().ok_or(BadCache);
            }
            _ => None,
        };
        if let Some(v) = simple {
            return Ok(v);
        }
        if self.depth >= MAX_DEPTH {
            return Err(BadCache);
        }
        self.depth += 1;
        let v = self.object(tag);
        self.depth -= 1;
        let v = v?;
        if v.is_obj() {
            self.refs.push(v);
        }
        Ok(v)
    }

    fn object(&mut self, tag: u8) -> R<Value> {
        Ok(match tag {
            T_INT => {
                let i = self.u64()? as i64;
                self.vm.new_int(i)
            }
            T_BIGINT => {
                let n = self.count(1)?;
                let b = BigInt::from_signed_bytes_le(self.bytes(n)?);
                self.vm.new_int_big(b)
            }
            T_STR => {
                let s = self.text()?;
                self.vm.new_string(s)
            }
            T_INTERNED => {
                let s = self.text()?;
                self.vm.intern(&s)
            }
            T_BYTES => {
                let n = self.count(1)?;
                let b = self.bytes(n)?.to_vec();
                self.vm.new_bytes(b)
            }
            T_TUPLE => {
                let n = self.count(1)?;
                let mut items = Vec::with_capacity(n);
                for _ in 0..n {
                    items.push(self.value()?);
                }
                self.vm.new_tuple(items)
            }
            T_FROZENSET => {
                let size = self.u32()? as usize;
                let n = self.count(5)?;
                let mut members = Vec::with_capacity(n);
                for _ in 0..n {
                    let slot = self.u32()? as usize;
                    let v = self.value()?;
                    let h = crate::objects::ops::hash(self.vm, v).map_err(|_| BadCache)?;
                    members.push((slot, h, v));
                }
                // the members where they were; if that is not a table this PVM would
                // build (hashes changed), inserted again in their order instead
                let table = SetTable::from_layout(size, &members).unwrap_or_else(|| {
                    let mut t = SetTable::new();
                    for &(_, h, v) in &members {
                        t.insert_new(h, v);
                    }
                    t
                });
                self.vm.alloc(ObjKind::Set(Box::new(SetObj::from_table(table, true))))
            }
            T_CODE => self.code()?,
            _ => return Err(BadCache),
        })
    }

    fn str_value(&mut self) -> R<Value> {
        let v = self.value()?;
        if v.as_str().is_none() {
            return Err(BadCache);
        }
        Ok(v)
    }

    fn code(&mut self) -> R<Value> {
        let nregs = self.u32()?;
        let nlocals = self.u32()?;
        let nfree = self.u32()?;
        let argcount = self.u32()?;
        let posonlyargcount = self.u32()?;
        let kwonlyargcount = self.u32()?;
        let flags = self.u32()?;
        let firstlineno = self.u32()?;
        let needs_class = match self.u8()? {
            0 => false,
            1 => true,
            _ => return Err(BadCache),
        };
        let n_global_caches = self.count(0)?;
        if n_global_caches > 0xFFFF + 1 {
            return Err(BadCache);
        }
        let name = self.str_value()?;
        let qualname = self.str_value()?;
        let doc = self.value()?;
        let n = self.count(8)?;
        let mut words = Vec::with_capacity(n);
        for _ in 0..n {
            words.push(self.u64()?);
        }
        let n = self.count(1)?;
        let mut consts = Vec::with_capacity(n);
        for _ in 0..n {
            consts.push(self.value()?);
        }
        let n = self.count(1)?;
        let mut names = Vec::with_capacity(n);
        for _ in 0..n {
            names.push(self.str_value()?);
        }
        let n = self.count(1)?;
        let mut const_regs = Vec::with_capacity(n);
        for _ in 0..n {
            const_regs.push(self.value()?);
        }
        let n = self.count(1)?;
        let mut varnames = Vec::with_capacity(n);
        for _ in 0..n {
            varnames.push(self.str_value()?);
        }
        let n = self.count(20)?;
        let mut lines = Vec::with_capacity(n);
        for _ in 0..n {
            let pc = self.u32()?;
            let pos = Pos { line: self.u32()?, end_line: self.u32()?, col: self.u32()?, end_col: self.u32()? };
            lines.push((pc, pos));
        }
        let n = self.count(14)?;
        let mut exc_table = Vec::with_capacity(n);
        for _ in 0..n {
            exc_table.push(ExcEntry { start: self.u32()?, end: self.u32()?, target: self.u32()?, reg: self.u16()? });
        }
        let (instrs, caches) = Code::make_instrs(words);
        let code = Code {
            instrs,
            caches,
            consts,
            names,
            nregs,
            const_regs: const_regs.into_boxed_slice(),
            nlocals,
            nfree,
            argcount,
            posonlyargcount,
            kwonlyargcount,
            flags,
            varnames,
            lines,
            exc_table,
            name,
            qualname,
            doc,
            filename: self.filename.clone(),
            firstlineno,
            global_caches: (0..n_global_caches).map(|_| Cell::new(GlobalCache::default())).collect(),
            needs_class,
            class_ref: Cell::new(Value::NULL),
            poly: Default::default(),
        };
        validate(&code).map_err(|_| BadCache)?;
        Ok(self.vm.new_code(code))
    }
}

/// The code object encoded in `payload`, checked for everything the interpreter
/// relies on. Allocates only (no safepoint can run), so nothing needs rooting.
pub fn decode(vm: &mut Vm, payload: &[u8], filename: &str) -> Result<Value, BadCache> {
    let mut r = Reader { vm, data: payload, pos: 0, refs: Vec::new(), filename: Rc::from(filename), depth: 0 };
    let v = r.value()?;
    if r.pos != payload.len() || v.as_code().is_none() {
        return Err(BadCache);
    }
    Ok(v)
}

/// Why a code object is unsafe to run (a decoded one must pass `validate`).
#[derive(Debug)]
pub struct Invalid(pub String);

fn invalid(msg: String) -> Result<(), Invalid> {
    Err(Invalid(msg))
}

/// Checks everything the interpreter takes on trust: counts consistent, every
/// opcode generic, every operand within its table (registers, constants, names,
/// global caches, jump targets), the register windows of calls and unpacking inside
/// the frame, extension words present, the end unreachable by falling through, and
/// the exception and line tables in range. The compiler's output always passes.
pub fn validate(code: &Code) -> Result<(), Invalid> {
    let n = code.instrs.len();
    let nregs = code.nregs as usize;
    let nlocals = code.nlocals as usize;
    if nregs == 0 || nregs > 0x10000 || nlocals > nregs || nlocals + code.const_regs.len() > nregs {
        return invalid(format!("register counts {} / {} / {}", nregs, nlocals, code.const_regs.len()));
    }
    if code.nfree as usize > nlocals || code.total_params() > nlocals || code.posonlyargcount > code.argcount || code.varnames.len() < nlocals {
        return invalid("parameter counts".into());
    }
    if n == 0 || n > u32::MAX as usize {
        return invalid("no instructions".into());
    }
    let reg = |r: usize| r < nregs;
    let mut pc = 0;
    let mut last_op = Op::Nop;
    while pc < n {
        let ins = Instr(code.instrs[pc].get());
        let Some(op) = Op::from_u8(ins.op_byte()) else {
            return invalid(format!("pc {}: opcode {}", pc, ins.op_byte()));
        };
        if op.is_specialized() || op == Op::ExtraArg {
            return invalid(format!("pc {}: {} where a generic instruction belongs", pc, op.name()));
        }
        let (a, b, c, bx) = (ins.a(), ins.b(), ins.c(), ins.bx());
        // an empty display names no first item: its rB is unused
        let empty_display = c == 0 && matches!(op, Op::BuildList | Op::BuildTuple | Op::BuildSet | Op::BuildString | Op::BuildDict);
        for tok in op.layout().split_whitespace() {
            let ok = match tok {
                "rB" if empty_display => true,
                "rA" => reg(a),
                "rB" => reg(b),
                "rC" => reg(c),
                "kBx" => bx < code.consts.len(),
                "kB" => b < code.consts.len(),
                "kC" => c < code.consts.len(),
                "nB" => b < code.names.len(),
                "nC" => c < code.names.len(),
                "cC" => c < code.global_caches.len(),
                "jBx" => bx < n,
                "+x" => match code.instrs.get(pc + 1).map(|w| Instr(w.get())) {
                    Some(x) => x.op_byte() == Op::ExtraArg as u8 && x.bx() < n,
                    None => false,
                },
                _ => true,
            };
            if !ok {
                return invalid(format!("pc {}: operand {} of {} out of range", pc, tok, op.name()));
            }
        }
        // the register windows some instructions read or write past their operand
        let top = match op {
            Op::BuildList | Op::BuildTuple | Op::BuildSet | Op::BuildString => b + c,
            Op::BuildDict => b + 2 * c,
            Op::BuildSlice => b + if c == 3 { 3 } else { 2 },
            Op::FormatValue => b + if c & 4 != 0 { 2 } else { 1 },
            Op::Call => a + b + 1,
            Op::CallMethod => a + b + 2,
            Op::CallKw => a + b + 1,
            Op::CallEx => a + 3,
            Op::MakeFunction => a + 2 + code.consts.get(bx).and_then(|k| k.as_code()).is_some_and(|k| k.nfree > 0) as usize,
            Op::LoadMethod | Op::LoadSuperMethod | Op::WithEnter | Op::AsyncWithEnter | Op::ImportName => a + 2,
            Op::UnpackSeq => a + c,
            Op::UnpackEx => a + (c & 0xFF) + (c >> 8) + 1,
            Op::MatchArg => b + 3,
            _ => 0,
        };
        if top > nregs {
            return invalid(format!("pc {}: {} reaches register {} of {}", pc, op.name(), top, nregs));
        }
        match op {
            Op::MakeFunction if code.consts[bx].as_code().is_none() => return invalid(format!("pc {}: MakeFunction of a non-code constant", pc)),
            Op::CallKw => match code.consts[c].as_tuple() {
                Some(t) if t.len() <= b && t.iter().all(|k| k.as_str().is_some()) => {}
                _ => return invalid(format!("pc {}: CallKw names", pc)),
            },
            Op::InplaceOp if BinOp::from_u8(c as u8).is_none() || c > 0xFF => return invalid(format!("pc {}: InplaceOp operator {}", pc, c)),
            Op::Yield | Op::Send if code.flags & FLAG_GENERATOR == 0 => return invalid(format!("pc {}: {} outside a generator", pc, op.name())),
            _ => {}
        }
        last_op = op;
        pc += if op.has_extra() { 2 } else { 1 };
    }
    if pc != n || !matches!(last_op, Op::Return | Op::ReturnNone | Op::Jump | Op::Raise | Op::Reraise) {
        return invalid("the code can run past its end".into());
    }
    for e in &code.exc_table {
        if e.start > e.end || e.end as usize > n || e.target as usize >= n || e.reg as usize >= nregs {
            return invalid("exception table entry out of range".into());
        }
    }
    if code.lines.windows(2).any(|w| w[0].0 > w[1].0) || code.lines.iter().any(|l| l.0 as usize >= n) {
        return invalid("line table out of order".into());
    }
    Ok(())
}

// ------------------------------------------------------------------ writing

struct Writer<'v> {
    vm: &'v Vm,
    out: Vec<u8>,
    /// Heap objects written so far and their reference numbers.
    refs: std::collections::HashMap<u64, u32>,
    next_ref: u32,
    /// Nesting of the value being written: deeper than a reader accepts is refused.
    depth: usize,
}

impl Writer<'_> {
    fn u8(&mut self, b: u8) {
        self.out.push(b);
    }
    fn u16(&mut self, v: u16) {
        self.out.extend_from_slice(&v.to_le_bytes());
    }
    fn u32(&mut self, v: u32) {
        self.out.extend_from_slice(&v.to_le_bytes());
    }
    fn u64(&mut self, v: u64) {
        self.out.extend_from_slice(&v.to_le_bytes());
    }
    fn len(&mut self, n: usize) -> Result<(), BadCache> {
        self.u32(u32::try_from(n).map_err(|_| BadCache)?);
        Ok(())
    }
    fn blob(&mut self, b: &[u8]) -> Result<(), BadCache> {
        self.len(b.len())?;
        self.out.extend_from_slice(b);
        Ok(())
    }

    fn value(&mut self, v: Value) -> Result<(), BadCache> {
        let singleton = match v {
            Value::NONE => Some(T_NONE),
            Value::TRUE => Some(T_TRUE),
            Value::FALSE => Some(T_FALSE),
            Value::ELLIPSIS => Some(T_ELLIPSIS),
            Value::NULL => Some(T_NULL),
            Value::UNBOUND => Some(T_UNBOUND),
            Value::NOT_IMPLEMENTED => Some(T_NOT_IMPLEMENTED),
            _ => None,
        };
        if let Some(tag) = singleton {
            self.u8(tag);
            return Ok(());
        }
        if v.is_float() {
            self.u8(T_FLOAT);
            self.u64(v.as_float().to_bits());
            return Ok(());
        }
        if v.is_int() {
            self.u8(T_INT);
            self.u64(v.as_int() as u64);
            return Ok(());
        }
        if let Some(&r) = self.refs.get(&v.0) {
            self.u8(T_REF);
            self.u32(r);
            return Ok(());
        }
        match v.kind() {
            Some(ObjKind::MedInt(i)) => {
                self.u8(T_INT);
                self.u64(*i as u64);
            }
            Some(ObjKind::BigInt(b)) => {
                self.u8(T_BIGINT);
                self.blob(&b.to_signed_bytes_le())?;
            }
            Some(ObjKind::Str(s)) => {
                self.u8(if self.vm.is_interned(v) { T_INTERNED } else { T_STR });
                self.blob(s.as_str().as_bytes())?;
            }
            Some(ObjKind::Bytes(b)) => {
                self.u8(T_BYTES);
                self.blob(b.as_slice())?;
            }
            Some(ObjKind::Tuple(t)) => {
                self.u8(T_TUPLE);
                self.len(t.len())?;
                self.depth += 1;
                let r = if self.depth >= MAX_DEPTH { Err(BadCache) } else { t.iter().try_for_each(|&x| self.value(x)) };
                self.depth -= 1;
                r?;
            }
            Some(ObjKind::Set(s)) if s.frozen => {
                // the table's layout, so the constant iterates as the compiled one did
                let (size, members) = s.table.borrow().layout();
                self.u8(T_FROZENSET);
                self.len(size)?;
                self.len(members.len())?;
                for (slot, x) in members {
                    self.len(slot)?;
                    self.value(x)?;
                }
            }
            Some(ObjKind::Code(c)) => {
                self.u8(T_CODE);
                self.depth += 1;
                let r = if self.depth >= MAX_DEPTH { Err(BadCache) } else { self.code(c) };
                self.depth -= 1;
                r?;
            }
            _ => return Err(BadCache),
        }
        let r = self.next_ref;
        self.next_ref += 1;
        self.refs.insert(v.0, r);
        Ok(())
    }

    fn code(&mut self, c: &Code) -> Result<(), BadCache> {
        for x in [c.nregs, c.nlocals, c.nfree, c.argcount, c.posonlyargcount, c.kwonlyargcount, c.flags, c.firstlineno] {
            self.u32(x);
        }
        self.u8(c.needs_class as u8);
        self.len(c.global_caches.len())?;
        self.value(c.name)?;
        self.value(c.qualname)?;
        self.value(c.doc)?;
        self.len(c.instrs.len())?;
        let mut pc = 0;
        while pc < c.instrs.len() {
            let w = c.instrs[pc].get();
            let op = Op::from_u8(w as u8).ok_or(BadCache)?;
            // a quickened instruction is written as its generic family: the operand
            // fields are the same, only the opcode byte differs
            self.u64((w & !0xFF) | op.family() as u64);
            if op.has_extra() {
                if let Some(x) = c.instrs.get(pc + 1) {
                    self.u64(x.get());
                }
                pc += 1;
            }
            pc += 1;
        }
        self.len(c.consts.len())?;
        for &k in &c.consts {
            self.value(k)?;
        }
        self.len(c.names.len())?;
        for &k in &c.names {
            self.value(k)?;
        }
        self.len(c.const_regs.len())?;
        for &k in c.const_regs.iter() {
            self.value(k)?;
        }
        self.len(c.varnames.len())?;
        for &k in &c.varnames {
            self.value(k)?;
        }
        self.len(c.lines.len())?;
        for &(pc, p) in &c.lines {
            for x in [pc, p.line, p.end_line, p.col, p.end_col] {
                self.u32(x);
            }
        }
        self.len(c.exc_table.len())?;
        for e in &c.exc_table {
            self.u32(e.start);
            self.u32(e.end);
            self.u32(e.target);
            self.u16(e.reg);
        }
        Ok(())
    }
}

/// The payload for a code object (its constants must be of the kinds the compiler
/// makes).
pub fn encode(vm: &Vm, code: Value) -> Result<Vec<u8>, BadCache> {
    let mut w = Writer { vm, out: Vec::with_capacity(4096), refs: std::collections::HashMap::new(), next_ref: 0, depth: 0 };
    w.value(code)?;
    Ok(w.out)
}

/// A whole cache file for `code` compiled from a source with this stamp.
pub fn file_bytes(vm: &Vm, code: Value, meta: &std::fs::Metadata) -> Result<Vec<u8>, BadCache> {
    let payload = encode(vm, code)?;
    let (size, secs, nanos) = source_stamp(meta);
    let mut out = Vec::with_capacity(HEADER_LEN + payload.len());
    out.extend_from_slice(&MAGIC);
    out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
    out.extend_from_slice(&opcode_fingerprint().to_le_bytes());
    out.extend_from_slice(&size.to_le_bytes());
    out.extend_from_slice(&secs.to_le_bytes());
    out.extend_from_slice(&nanos.to_le_bytes());
    out.extend_from_slice(&0u32.to_le_bytes());
    out.extend_from_slice(&(payload.len() as u64).to_le_bytes());
    out.extend_from_slice(&checksum(&payload).to_le_bytes());
    out.extend_from_slice(&payload);
    Ok(out)
}

/// Writes the cache of `source` (best effort: any failure leaves no cache).
pub fn write(vm: &Vm, code: Value, source: &Path, meta: &std::fs::Metadata) {
    let r = write_cache(vm, code, source, meta);
    if vm.module_state.cache_trace {
        match r {
            Ok(p) => eprintln!("pvm-cache: wrote {}", p.display()),
            Err(e) => eprintln!("pvm-cache: cannot write the cache of {}: {}", source.display(), e),
        }
    }
}

/// Writes the cache of `source` atomically: a temporary file in `__pycache__`,
/// renamed over the cache file.
pub fn write_cache(vm: &Vm, code: Value, source: &Path, meta: &std::fs::Metadata) -> std::io::Result<PathBuf> {
    let bytes = file_bytes(vm, code, meta).map_err(|_| std::io::Error::new(std::io::ErrorKind::InvalidData, "constant of a kind the cache cannot hold"))?;
    let target = cache_path(source);
    let dir = target.parent().unwrap_or(Path::new("."));
    match std::fs::create_dir(dir) {
        Ok(()) => {}
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
        Err(e) => return Err(e),
    }
    static COUNTER: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let n = COUNTER.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let name = target.file_name().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    let tmp = dir.join(format!("{}.{}.{}.tmp", name, std::process::id(), n));
    let r = (|| {
        let mut f = std::fs::OpenOptions::new().write(true).create_new(true).open(&tmp)?;
        f.write_all(&bytes)?;
        drop(f);
        std::fs::rename(&tmp, &target)
    })();
    if r.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    r.map(|_| target)
}

// ------------------------------------------------------------------ --compile

/// `pvm --compile PATH...`: writes the cache of every source file named, and of every
/// `.py` file under every folder named, as `python -m compileall` does. Returns the
/// exit status: 1 when a file did not compile or its cache could not be written.
pub fn compile_paths(vm: &mut Vm, paths: &[String]) -> u8 {
    let mut status = 0;
    for p in paths {
        let path = Path::new(p);
        if path.is_dir() {
            compile_dir(vm, path, &mut status);
        } else {
            compile_file(vm, path, &mut status);
        }
    }
    status
}

fn compile_dir(vm: &mut Vm, dir: &Path, status: &mut u8) {
    println!("Listing '{}'...", dir.display());
    let mut entries: Vec<PathBuf> = match std::fs::read_dir(dir) {
        Ok(rd) => rd.filter_map(|e| e.ok()).map(|e| e.path()).collect(),
        Err(e) => {
            eprintln!("Can't list '{}': {}", dir.display(), e);
            *status = 1;
            return;
        }
    };
    entries.sort();
    for e in entries {
        if e.file_name().is_some_and(|n| n == "__pycache__") {
            continue;
        }
        if e.is_dir() && !e.is_symlink() {
            compile_dir(vm, &e, status);
        } else if e.extension().is_some_and(|x| x == "py") {
            compile_file(vm, &e, status);
        }
    }
}

fn compile_file(vm: &mut Vm, path: &Path, status: &mut u8) {
    let abs = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let meta = match std::fs::metadata(&abs) {
        Ok(m) => m,
        Err(e) => {
            eprintln!("Can't stat '{}': {}", path.display(), e);
            *status = 1;
            return;
        }
    };
    let filename = abs.display().to_string();
    if std::fs::read(cache_path(&abs)).ok().is_some_and(|b| check_header(&b, source_stamp(&meta)).is_some()) {
        return;
    }
    println!("Compiling '{}'...", path.display());
    let source = match std::fs::read(&abs).map(String::from_utf8) {
        Ok(Ok(s)) => s,
        Ok(Err(_)) => {
            eprintln!("*** Error compiling '{}'...\nSyntaxError: Non-UTF-8 code in file {}", path.display(), filename);
            *status = 1;
            return;
        }
        Err(e) => {
            eprintln!("Can't read '{}': {}", path.display(), e);
            *status = 1;
            return;
        }
    };
    let code = match crate::compiler::compile_module(vm, &source, &filename) {
        Ok(c) => c,
        Err(e) => {
            eprint!("*** Error compiling '{}'...\n{}", path.display(), crate::vm::traceback::format_syntax_error(&e));
            *status = 1;
            return;
        }
    };
    if let Err(e) = write_cache(vm, code, &abs, &meta) {
        eprintln!("*** Can't write the cache of '{}': {}", path.display(), e);
        *status = 1;
    }
}
