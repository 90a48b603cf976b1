//! Crash fuzzer for the `pvm` binary (std only).
//!
//! Builds a few thousand Python programs and runs each one with
//! `pvm --max-steps 200000`.  Program sources are
//!
//!   (a) random programs from a small typed grammar over the Python subset PVM
//!       supports (module-level functions, ints incl. big ints, floats, str,
//!       list, dict, tuple, if/while/for, try/except/raise, f-strings, builtins);
//!   (b) random mutations of `tests/py/*.py` and `perf/*.py` (read at run time)
//!       and of generated programs: deleted/duplicated/swapped lines, inserted
//!       tokens or characters (including NUL and invalid UTF-8), truncation, ...;
//!   (c) a few stress programs of extreme shape: deep nesting, huge functions,
//!       long literals, many constants (parser/compiler recursion and limits).
//!
//! A program PASSES when the process exits with status 0 (ok), 1 (Python
//! exception), 2 (syntax/usage error) or 3 (step limit) within 10 seconds.  It
//! FAILS on status 101 (Rust panic), death by a signal (abort, stack overflow),
//! any other status, or a timeout.
//!
//! Everything is derived from a seeded xorshift PRNG, so a failure is
//! reproducible from the printed seed and program index.
//!
//! Environment variables:
//!   PVM_FUZZ_COUNT    number of programs (default 3000)
//!   PVM_FUZZ_SEED     base seed, decimal or 0x-hex (default fixed, see DEFAULT_SEED)
//!   PVM_FUZZ_INDEX    run only program number INDEX (to reproduce a failure)
//!   PVM_FUZZ_SECONDS  soft time budget: stop starting programs after this many
//!                     seconds (default 85; 0 = no budget)
//!   PVM_FUZZ_MAX_STEPS  step budget per program (default 200000)
//!   PVM_FUZZ_DUMP     a directory: write the programs there instead of running
//!                     them (e.g. to dry-run the generator under python3)
//!
//! Run:  cargo test --release --test fuzz -- --nocapture

use std::fs;
use std::io::{Read, Seek, SeekFrom};
use std::os::unix::process::ExitStatusExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

const PVM: &str = env!("CARGO_BIN_EXE_pvm");
const DEFAULT_MAX_STEPS: &str = "200000";

/// The step budget per program; `PVM_FUZZ_MAX_STEPS` lowers it for slow modes such as
/// PVM_GC_STRESS=1, where every step is a full collection.
fn max_steps() -> String {
    std::env::var("PVM_FUZZ_MAX_STEPS").unwrap_or_else(|_| DEFAULT_MAX_STEPS.to_string())
}
const TIMEOUT: Duration = Duration::from_secs(10);
const THREADS: usize = 2;
const DEFAULT_COUNT: usize = 3000;
const DEFAULT_SEED: u64 = 0x00C0_FFEE_2024_0001;
const DEFAULT_BUDGET_SECS: u64 = 85;
const MAX_FAILURES_SHOWN: usize = 15;

// ===================================================================== PRNG

/// xorshift64 with a splitmix64-scrambled seed.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Rng {
        let mut z = seed.wrapping_add(0x9E37_79B9_7F4A_7C15);
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^= z >> 31;
        Rng(if z == 0 { 0x2545_F491_4F6C_DD1D } else { z })
    }

    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }

    /// Uniform in 0..n (0 when n == 0).
    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }

    /// Uniform in lo..=hi.
    fn range(&mut self, lo: i64, hi: i64) -> i64 {
        lo + (self.next() % ((hi - lo + 1) as u64)) as i64
    }

    fn chance(&mut self, percent: u32) -> bool {
        (self.next() % 100) < percent as u64
    }

    fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[self.below(xs.len())]
    }

    /// Index chosen with the given relative weights (at least one must be > 0).
    fn weighted(&mut self, ws: &[u32]) -> usize {
        let total: u32 = ws.iter().sum();
        let mut x = (self.next() % total.max(1) as u64) as u32;
        for (i, &w) in ws.iter().enumerate() {
            if x < w {
                return i;
            }
            x -= w;
        }
        ws.len() - 1
    }
}

fn program_seed(base: u64, index: usize) -> u64 {
    base ^ (index as u64 + 1).wrapping_mul(0xD134_2543_DE82_EF95)
}

// ===================================================================== grammar

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Ty {
    Int,
    Float,
    Str,
    Bool,
    ListInt,
    ListStr,
    Dict,  // dict[str, int]
    Tuple, // tuple of ints
}

const TYS: [Ty; 8] = [Ty::Int, Ty::Float, Ty::Str, Ty::Bool, Ty::ListInt, Ty::ListStr, Ty::Dict, Ty::Tuple];

/// Types weighted towards the common scalar ones.
const VAR_TYS: [Ty; 12] = [Ty::Int, Ty::Int, Ty::Int, Ty::Float, Ty::Str, Ty::Str, Ty::Bool, Ty::ListInt, Ty::ListInt, Ty::ListStr, Ty::Dict, Ty::Tuple];

const INTERESTING_INTS: &[&str] = &[
    "0",
    "1",
    "-1",
    "2",
    "7",
    "10",
    "255",
    "256",
    "-5",
    "-6",
    "1023",
    "65535",
    "65536",
    "2147483647",
    "2147483648",
    "-2147483648",
    "4294967295",
    "4294967296",
    "4611686018427387903",
    "4611686018427387904",
    "-4611686018427387904",
    "-4611686018427387905",
    "9223372036854775807",
    "9223372036854775808",
    "-9223372036854775808",
    "-9223372036854775809",
    "18446744073709551615",
    "18446744073709551616",
    "340282366920938463463374607431768211456",
    "(2 ** 62)",
    "(2 ** 63)",
    "(2 ** 64)",
    "(-2 ** 63)",
    "(10 ** 20)",
    "(2 ** 100)",
    "(1 << 70)",
    "(-(1 << 63))",
    "0xff",
    "0o17",
    "0b1011",
    "1_000_000",
    "0x7fffffffffffffff",
    "0XDEAD_BEEF",
];

const INTERESTING_FLOATS: &[&str] = &[
    "0.0",
    "-0.0",
    "0.5",
    "1.5",
    "0.1",
    "0.2",
    "1e-07",
    "1e16",
    "1e22",
    "1e300",
    "-1e300",
    "1.7976931348623157e308",
    "5e-324",
    "2.5e-3",
    "3.141592653589793",
    "2.718281828459045",
    "123456789.125",
    "9007199254740993.0",
    "1e100",
    "-2.5",
    "100.0",
    "1.0",
    "-1.0",
    "float(\"inf\")",
    "float(\"-inf\")",
    "float(\"nan\")",
    "0.30000000000000004",
];

const STR_POOL: &[&str] = &[
    "",
    "a",
    "b",
    "ab",
    "abc",
    "hello",
    "Hello World",
    "  padded  ",
    "x,y,z",
    "a b  c",
    "123",
    "-42",
    "3.5",
    "key",
    "k1",
    "k2",
    "caf\u{e9}",
    "na\u{ef}ve",
    "\u{65e5}\u{672c}\u{8a9e}",
    "\u{1F600}",
    "\u{1F600}x\u{e9}",
    "line1\nline2",
    "tab\there",
    "quote\"s",
    "it's",
    "back\\slash",
    "{}",
    "{x}",
    "%d",
    "AbCdEf",
    "aaa",
    "mississippi",
    "    ",
    "0",
    "True",
    "None",
    "1,2,3",
    "Stra\u{df}e",
];

const KEY_POOL: &[&str] = &["a", "b", "c", "k1", "k2", "key", "x", "", "\u{e9}", "10"];

const STR_ALPHABET: &[&str] = &[
    "a",
    "b",
    "c",
    "x",
    "y",
    "z",
    "A",
    "B",
    " ",
    "0",
    "1",
    "9",
    ",",
    ".",
    "_",
    "-",
    ":",
    "\u{e9}",
    "\u{65e5}",
    "\u{1F600}",
    "'",
    "\"",
    "\\",
    "\n",
    "{",
    "}",
    "%",
];

const INT_MODULI: &[&str] = &["1000000007", "(2 ** 64)", "(10 ** 30)", "(2 ** 100 + 7)", "65536", "(2 ** 61 - 1)", "(-1000003)", "(2 ** 31)"];

const RAISE_EXCS: &[&str] = &["ValueError", "TypeError", "KeyError", "IndexError", "RuntimeError", "Exception", "ZeroDivisionError", "AssertionError"];

const CATCH_EXCS: &[&str] = &[
    "ValueError",
    "TypeError",
    "ZeroDivisionError",
    "IndexError",
    "KeyError",
    "ArithmeticError",
    "LookupError",
    "RuntimeError",
    "AssertionError",
    "OverflowError",
    "(ValueError, TypeError)",
    "(IndexError, KeyError)",
    "NameError",
    "AttributeError",
    "RecursionError",
    "Exception",
];

fn py_str(s: &str) -> String {
    let mut o = String::with_capacity(s.len() + 2);
    o.push('"');
    for c in s.chars() {
        match c {
            '"' => o.push_str("\\\""),
            '\\' => o.push_str("\\\\"),
            '\n' => o.push_str("\\n"),
            '\t' => o.push_str("\\t"),
            '\r' => o.push_str("\\r"),
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                o.push_str(&format!("\\x{:02x}", c as u32));
            }
            c => o.push(c),
        }
    }
    o.push('"');
    o
}

#[derive(Clone)]
struct Var {
    name: String,
    ty: Ty,
}

#[derive(Clone)]
struct Func {
    name: String,
    params: Vec<Ty>,
    /// Number of trailing parameters that have default values.
    defaults: usize,
    ret: Ty,
    recursive: bool,
}

struct Gen {
    r: Rng,
    out: String,
    ind: usize,
    globals: Vec<Var>,
    locals: Vec<Var>,
    in_func: bool,
    writable_globals: Vec<String>,
    loop_vars: Vec<Var>,
    funcs: Vec<Func>,
    cur_func: Option<Func>,
    self_calls: usize,
    loop_depth: usize,
    block_depth: usize,
    in_except: usize,
    in_fstring: bool,
    /// Percentage of expressions generated with a random (likely wrong) type.
    chaos: u32,
    names: usize,
    budget: usize,
}

impl Gen {
    fn new(r: Rng) -> Gen {
        Gen {
            r,
            out: String::new(),
            ind: 0,
            globals: Vec::new(),
            locals: Vec::new(),
            in_func: false,
            writable_globals: Vec::new(),
            loop_vars: Vec::new(),
            funcs: Vec::new(),
            cur_func: None,
            self_calls: 0,
            loop_depth: 0,
            block_depth: 0,
            in_except: 0,
            in_fstring: false,
            chaos: 0,
            names: 0,
            budget: 0,
        }
    }

    fn fresh(&mut self, prefix: &str) -> String {
        self.names += 1;
        format!("{}{}", prefix, self.names)
    }

    fn line(&mut self, s: &str) {
        for _ in 0..self.ind {
            self.out.push_str("    ");
        }
        self.out.push_str(s);
        self.out.push('\n');
    }

    // ------------------------------------------------------------- variables

    fn readable(&self, ty: Ty) -> Vec<String> {
        let mut v = Vec::new();
        for x in self.loop_vars.iter().chain(self.locals.iter()) {
            if x.ty == ty {
                v.push(x.name.clone());
            }
        }
        for x in &self.globals {
            if x.ty == ty {
                v.push(x.name.clone());
            }
        }
        v
    }

    fn writable(&self) -> Vec<Var> {
        if self.in_func {
            let mut v = self.locals.clone();
            for g in &self.globals {
                if self.writable_globals.contains(&g.name) {
                    v.push(g.clone());
                }
            }
            v
        } else {
            self.globals.clone()
        }
    }

    fn writable_of(&self, ty: Ty) -> Vec<Var> {
        self.writable().into_iter().filter(|v| v.ty == ty).collect()
    }

    // ------------------------------------------------------------- literals

    fn small_int(&mut self, lo: i64, hi: i64) -> String {
        let v = self.r.range(lo, hi);
        if v < 0 {
            format!("({})", v)
        } else {
            v.to_string()
        }
    }

    fn int_lit(&mut self) -> String {
        match self.r.below(12) {
            0..=4 => self.small_int(-3, 20),
            5 => self.small_int(-1000, 100000),
            6 => {
                let sh = self.r.below(63) as u32;
                let v = (self.r.next() as i64) >> sh;
                if v < 0 {
                    format!("({})", v)
                } else {
                    v.to_string()
                }
            }
            7 | 8 => self.r.pick(INTERESTING_INTS).to_string(),
            9 => {
                let n = self.r.range(19, 45) as usize;
                let mut s = String::new();
                if self.r.chance(30) {
                    s.push_str("(-");
                }
                s.push(char::from(b'1' + self.r.below(9) as u8));
                for _ in 1..n {
                    s.push(char::from(b'0' + self.r.below(10) as u8));
                }
                if s.starts_with('(') {
                    s.push(')');
                }
                s
            }
            _ => self.small_int(0, 9),
        }
    }

    fn float_lit(&mut self) -> String {
        if self.r.chance(50) {
            let s = self.r.pick(INTERESTING_FLOATS).to_string();
            if s.starts_with('-') {
                format!("({})", s)
            } else {
                s
            }
        } else {
            let a = self.r.range(-100, 1000);
            let b = self.r.range(0, 999);
            if a < 0 {
                format!("({}.{})", a, b)
            } else {
                format!("{}.{}", a, b)
            }
        }
    }

    fn str_lit(&mut self) -> String {
        if self.r.chance(65) {
            py_str(*self.r.pick(STR_POOL))
        } else {
            let n = self.r.below(9);
            let mut s = String::new();
            for _ in 0..n {
                let c: &str = *self.r.pick(STR_ALPHABET);
                s.push_str(c);
            }
            py_str(&s)
        }
    }

    fn key_lit(&mut self) -> String {
        py_str(*self.r.pick(KEY_POOL))
    }

    fn lit(&mut self, ty: Ty) -> String {
        match ty {
            Ty::Int => self.int_lit(),
            Ty::Float => self.float_lit(),
            Ty::Str => self.str_lit(),
            Ty::Bool => self.r.pick(&["True", "False"]).to_string(),
            Ty::ListInt => {
                let n = self.r.below(6);
                let items: Vec<String> = (0..n).map(|_| self.int_lit()).collect();
                format!("[{}]", items.join(", "))
            }
            Ty::ListStr => {
                let n = self.r.below(5);
                let items: Vec<String> = (0..n).map(|_| self.str_lit()).collect();
                format!("[{}]", items.join(", "))
            }
            Ty::Dict => {
                let n = self.r.below(5);
                let items: Vec<String> = (0..n)
                    .map(|_| {
                        let k = self.key_lit();
                        let v = self.int_lit();
                        format!("{}: {}", k, v)
                    })
                    .collect();
                format!("{{{}}}", items.join(", "))
            }
            Ty::Tuple => match self.r.below(4) {
                0 => "()".to_string(),
                1 => format!("({},)", self.int_lit()),
                _ => {
                    let n = self.r.range(2, 5) as usize;
                    let items: Vec<String> = (0..n).map(|_| self.int_lit()).collect();
                    format!("({})", items.join(", "))
                }
            },
        }
    }

    fn leaf(&mut self, ty: Ty) -> String {
        let vs = self.readable(ty);
        if !vs.is_empty() && self.r.chance(60) {
            return self.r.pick(&vs).clone();
        }
        self.lit(ty)
    }

    /// Keeps values from growing without bound when assigned in loops:
    /// ints are reduced modulo a constant, sequences are sliced.
    fn clamp(&mut self, ty: Ty, e: String) -> String {
        match ty {
            Ty::Int if e.contains('*') || e.contains("<<") => {
                let m = self.r.pick(INT_MODULI);
                format!("(({}) % {})", e, m)
            }
            Ty::Str | Ty::ListInt | Ty::ListStr | Ty::Tuple if e.contains('+') || e.contains('*') || e.contains(".join") || e.contains("replace") => {
                let k = self.r.pick(&[8, 20, 50, 100]);
                format!("({})[:{}]", e, k)
            }
            _ => e,
        }
    }

    // ------------------------------------------------------------- expressions

    /// An expression of type `ty` (or, with probability `chaos`%, of a random type).
    fn e(&mut self, ty: Ty, d: u32) -> String {
        if self.chaos > 0 && self.r.chance(self.chaos) {
            let ty = *self.r.pick(&TYS);
            let s = self.e_strict(ty, d);
            // a bare number literal may end up as a method receiver: `(5).upper()`
            if s.starts_with(|c: char| c.is_ascii_digit()) {
                return format!("({})", s);
            }
            return s;
        }
        self.e_strict(ty, d)
    }

    /// An expression whose top level certainly has type `ty`.
    fn e_strict(&mut self, ty: Ty, d: u32) -> String {
        if d == 0 || self.r.chance(25) {
            return self.leaf(ty);
        }
        match ty {
            Ty::Int => self.int_e(d - 1),
            Ty::Float => self.float_e(d - 1),
            Ty::Str => self.str_e(d - 1),
            Ty::Bool => self.bool_e(d - 1),
            Ty::ListInt => self.list_int_e(d - 1),
            Ty::ListStr => self.list_str_e(d - 1),
            Ty::Dict => self.dict_e(d - 1),
            Ty::Tuple => self.tuple_e(d - 1),
        }
    }

    fn any_e(&mut self, d: u32) -> String {
        let ty = *self.r.pick(&TYS);
        self.e(ty, d)
    }

    fn ternary(&mut self, ty: Ty, d: u32) -> String {
        let a = self.e(ty, d);
        let c = self.e(Ty::Bool, d);
        let b = self.e(ty, d);
        format!("({} if {} else {})", a, c, b)
    }

    /// `seq[i]`; half of the time in a form that cannot raise IndexError.
    fn subscript(&mut self, seq: String, fallback: &str, d: u32) -> String {
        if self.r.chance(50) {
            let i = self.r.range(-1, 0);
            format!("({} or {})[{}]", seq, fallback, if i < 0 { "(-1)" } else { "0" })
        } else {
            let i = self.index_e(d);
            format!("{}[{}]", seq, i)
        }
    }

    /// A divisor that is usually not zero.
    fn divisor(&mut self, ty: Ty, d: u32) -> String {
        let e = self.e(ty, d);
        if self.r.chance(60) {
            format!("({} or {})", e, self.r.pick(&["1", "3", "(-2)", "7"]))
        } else {
            e
        }
    }

    fn index_e(&mut self, d: u32) -> String {
        if self.r.chance(85) {
            self.small_int(-2, 2)
        } else {
            self.e(Ty::Int, d)
        }
    }

    fn slice_e(&mut self) -> String {
        let part = |g: &mut Gen| -> String {
            if g.r.chance(35) {
                String::new()
            } else {
                g.small_int(-4, 6)
            }
        };
        let a = part(self);
        let b = part(self);
        match self.r.below(5) {
            0 => {
                let step = *self.r.pick(&[-1i64, 2, -2, 3, 1, 0]);
                let step = if step == 0 && self.chaos == 0 { 1 } else { step };
                format!("[{}:{}:{}]", a, b, if step < 0 { format!("({})", step) } else { step.to_string() })
            }
            1 => "[::-1]".to_string(),
            _ => format!("[{}:{}]", a, b),
        }
    }

    /// A call to a generated function returning `ty`, if one exists.
    fn call_e(&mut self, ty: Ty, d: u32) -> Option<String> {
        let mut cands: Vec<Func> = self.funcs.iter().filter(|f| f.ret == ty).cloned().collect();
        let mut self_call = false;
        if let Some(cf) = &self.cur_func {
            if self.self_calls > 0 && cf.ret == ty && cf.recursive {
                cands = vec![cf.clone()];
                self_call = true;
            }
        }
        if cands.is_empty() {
            return None;
        }
        let f = self.r.pick(&cands).clone();
        if self_call {
            self.self_calls -= 1;
        }
        let nargs = if f.defaults > 0 && self.r.chance(40) { f.params.len() - f.defaults } else { f.params.len() };
        let use_kw = nargs > 0 && self.r.chance(10);
        let mut args = Vec::new();
        for (i, &pt) in f.params.iter().enumerate().take(nargs) {
            let a = if i == 0 && f.recursive {
                if self_call {
                    format!("(a0 - {})", self.r.range(1, 2))
                } else if self.chaos > 0 && self.r.chance(20) {
                    self.e(Ty::Int, d.min(1))
                } else {
                    self.small_int(0, 7)
                }
            } else {
                self.e(pt, d.min(1))
            };
            if use_kw && i + 1 == nargs {
                args.push(format!("a{}={}", i, a));
            } else {
                args.push(a);
            }
        }
        Some(format!("{}({})", f.name, args.join(", ")))
    }

    fn int_e(&mut self, d: u32) -> String {
        match self.r.below(24) {
            0..=5 => {
                let op = *self.r.pick(&["+", "-", "*", "//", "%", "&", "|", "^", "+", "-", "*"]);
                // operands of `*` are never silently sequences (avoids "ab" * 10**9)
                let (a, b) = if op == "*" {
                    (self.e_strict(Ty::Int, d), self.e_strict(Ty::Int, d))
                } else if op == "//" || op == "%" {
                    (self.e(Ty::Int, d), self.divisor(Ty::Int, d))
                } else {
                    (self.e(Ty::Int, d), self.e(Ty::Int, d))
                };
                format!("({} {} {})", a, op, b)
            }
            6 => {
                let a = self.e_strict(Ty::Int, d);
                format!("({} ** {})", a, self.r.range(0, 5))
            }
            7 => {
                let a = self.e(Ty::Int, d);
                format!("({} << {})", a, self.r.range(0, 70))
            }
            8 => {
                let a = self.e(Ty::Int, d);
                let b = if self.r.chance(95) { self.r.range(0, 80).to_string() } else { self.e(Ty::Int, d) };
                format!("({} >> {})", a, b)
            }
            9 => {
                let op = *self.r.pick(&["-", "~", "+", "-"]);
                let a = self.e(Ty::Int, d);
                format!("({}{})", op, a)
            }
            10 => {
                let t = *self.r.pick(&[Ty::Str, Ty::ListInt, Ty::ListStr, Ty::Dict, Ty::Tuple]);
                format!("len({})", self.e(t, d))
            }
            11 => match self.r.below(4) {
                0 => format!("abs({})", self.e(Ty::Int, d)),
                1 => format!("int({})", self.e(Ty::Float, d)),
                2 => format!("int({})", self.r.pick(&["\"42\"", "\"-17\"", "\" 7 \"", "\"0\"", "\"123456789012345678901234567890\"", "\"1_000\"", "\"+5\""])),
                _ => {
                    let (digits, base) = *self.r.pick(&[
                        ("\"ff\"", "16"),
                        ("\"777\"", "8"),
                        ("\"-101\"", "2"),
                        ("\"zz\"", "36"),
                        ("\"0x1F\"", "16"),
                        ("\"0b11\"", "0"),
                        ("\"12\"", "3"),
                        ("\"9\"", "8"),
                    ]);
                    format!("int({}, {})", digits, base)
                }
            },
            12 => {
                let f = *self.r.pick(&["min", "max"]);
                if self.r.chance(30) {
                    format!("{}({})", f, self.e(Ty::ListInt, d))
                } else {
                    let n = self.r.range(2, 3) as usize;
                    let args: Vec<String> = (0..n).map(|_| self.e(Ty::Int, d)).collect();
                    format!("{}({})", f, args.join(", "))
                }
            }
            13 => format!("sum({})", self.e(Ty::ListInt, d)),
            14 => {
                let t = if self.r.chance(70) { Ty::ListInt } else { Ty::Tuple };
                let s = self.e(t, d);
                self.subscript(s, if t == Ty::Tuple { "(0,)" } else { "[0]" }, d)
            }
            15 => {
                let dd = self.e(Ty::Dict, d);
                let k = if self.r.chance(80) { self.key_lit() } else { self.e(Ty::Str, d) };
                if self.r.chance(75) {
                    let dv = self.e(Ty::Int, d);
                    format!("{}.get({}, {})", dd, k, dv)
                } else {
                    format!("{}[{}]", dd, k)
                }
            }
            16 => self.ternary(Ty::Int, d),
            17 => match self.call_e(Ty::Int, d) {
                Some(c) => c,
                None => self.leaf(Ty::Int),
            },
            18 => {
                let s = self.e(Ty::Str, d);
                let m = if self.r.chance(10) { "index" } else { *self.r.pick(&["find", "count", "rfind"]) };
                let a = self.e(Ty::Str, d);
                format!("{}.{}({})", s, m, a)
            }
            19 => {
                let l = self.e(Ty::ListInt, d);
                let m = if self.r.chance(10) { "index" } else { "count" };
                let a = self.e(Ty::Int, d);
                format!("{}.{}({})", l, m, a)
            }
            20 => {
                if self.r.chance(50) {
                    format!("ord({})", py_str(*self.r.pick(&["a", "Z", "0", " ", "\u{e9}", "\u{65e5}", "\u{1F600}"])))
                } else {
                    format!("ord(({})[:1] or \"a\")", self.e(Ty::Str, d))
                }
            }
            21 => {
                if self.r.chance(50) {
                    format!("round({})", self.e(Ty::Float, d))
                } else {
                    format!("len(str({}))", self.e(Ty::Int, d))
                }
            }
            22 => {
                let a = self.e(Ty::Int, d);
                let b = self.divisor(Ty::Int, d);
                format!("divmod({}, {})[{}]", a, b, self.r.below(2))
            }
            _ => {
                let b = self.e(Ty::Bool, d);
                let i = self.e(Ty::Int, d);
                format!("({} + {})", b, i)
            }
        }
    }

    fn float_e(&mut self, d: u32) -> String {
        match self.r.below(15) {
            0..=4 => {
                let op = *self.r.pick(&["+", "-", "*", "/", "+", "*"]);
                let (ta, tb) = *self.r.pick(&[(Ty::Float, Ty::Float), (Ty::Int, Ty::Float), (Ty::Float, Ty::Int)]);
                let a = self.e(ta, d);
                let b = if op == "/" { self.divisor(tb, d) } else { self.e(tb, d) };
                format!("({} {} {})", a, op, b)
            }
            5 => {
                let a = self.e(Ty::Int, d);
                let b = self.divisor(Ty::Int, d);
                format!("({} / {})", a, b)
            }
            6 => {
                let op = *self.r.pick(&["//", "%"]);
                let a = self.e(Ty::Float, d);
                let b = self.divisor(Ty::Float, d);
                format!("({} {} {})", a, op, b)
            }
            7 => {
                let a = self.e(Ty::Float, d);
                let p = self.r.pick(&["2", "0.5", "(-1)", "3", "0.25", "(-0.5)", "1.5", "0"]).to_string();
                format!("({} ** {})", a, p)
            }
            8 => {
                if self.r.chance(60) {
                    format!("float({})", self.e(Ty::Int, d))
                } else {
                    format!("float({})", self.r.pick(&["\"1.5\"", "\"-0.25\"", "\"1e10\"", "\"inf\"", "\"nan\"", "\" 3 \"", "\"1_0.5\""]))
                }
            }
            9 => {
                let f = *self.r.pick(&["abs", "min", "max"]);
                if f == "abs" {
                    format!("abs({})", self.e(Ty::Float, d))
                } else {
                    let a = self.e(Ty::Float, d);
                    let b = self.e(Ty::Float, d);
                    format!("{}({}, {})", f, a, b)
                }
            }
            10 => {
                let a = self.e(Ty::Float, d);
                format!("round({}, {})", a, self.r.range(0, 4))
            }
            11 => format!("(-{})", self.e(Ty::Float, d)),
            12 => self.ternary(Ty::Float, d),
            13 => match self.call_e(Ty::Float, d) {
                Some(c) => c,
                None => self.leaf(Ty::Float),
            },
            _ => {
                let a = self.e(Ty::Float, d);
                let b = self.e(Ty::Int, d);
                format!("({} * {})", a, b)
            }
        }
    }

    fn str_e(&mut self, d: u32) -> String {
        match self.r.below(20) {
            0..=2 => {
                let a = self.e(Ty::Str, d);
                let b = self.e(Ty::Str, d);
                format!("({} + {})", a, b)
            }
            3 => {
                let a = self.e_strict(Ty::Str, d);
                format!("({} * {})", a, self.r.range(-1, 4))
            }
            4 => {
                let f = *self.r.pick(&["str", "repr", "str"]);
                format!("{}({})", f, self.any_e(d))
            }
            5 => {
                let m = *self.r.pick(&["upper", "lower", "strip", "lstrip", "rstrip", "title", "capitalize", "swapcase"]);
                format!("{}.{}()", self.e(Ty::Str, d), m)
            }
            6 => {
                let s = self.e(Ty::Str, d);
                let a = self.e(Ty::Str, d);
                let b = self.str_lit();
                if self.r.chance(30) {
                    format!("{}.replace({}, {}, {})", s, a, b, self.r.range(-1, 3))
                } else {
                    format!("{}.replace({}, {})", s, a, b)
                }
            }
            7 => {
                let sep = self.r.pick(&["\"\"", "\",\"", "\" \"", "\"-\"", "\", \"", "\"\u{e9}\""]).to_string();
                format!("{}.join({})", sep, self.e(Ty::ListStr, d))
            }
            8 => {
                let s = self.e(Ty::Str, d);
                self.subscript(s, "\"?\"", d)
            }
            9 => {
                let s = self.e(Ty::Str, d);
                let sl = self.slice_e();
                format!("{}{}", s, sl)
            }
            10 | 11 if !self.in_fstring => self.fstring(d),
            12 => {
                let c = if self.r.chance(90) {
                    self.r.pick(&["65", "97", "48", "32", "0xe9", "0x65e5", "0x1f600", "10", "126"]).to_string()
                } else {
                    self.e(Ty::Int, d)
                };
                format!("chr({})", c)
            }
            13 => {
                let l = self.e(Ty::ListStr, d);
                self.subscript(l, "[\"\"]", d)
            }
            14 => {
                let s = self.e(Ty::Str, d);
                let m = *self.r.pick(&["zfill", "ljust", "rjust", "center"]);
                format!("{}.{}({})", s, m, self.small_int(-2, 12))
            }
            15 => self.ternary(Ty::Str, d),
            16 => match self.call_e(Ty::Str, d) {
                Some(c) => c,
                None => self.leaf(Ty::Str),
            },
            17 => {
                let f = *self.r.pick(&["hex", "bin", "oct"]);
                format!("{}({})", f, self.e(Ty::Int, d))
            }
            18 => {
                if self.r.chance(50) {
                    let s = self.e(Ty::Str, d);
                    let i = self.e(Ty::Int, d);
                    format!("(\"%s:%d\" % ({}, {}))", s, i)
                } else {
                    format!("str({})", self.e(Ty::Float, d))
                }
            }
            _ => {
                let s = self.e(Ty::Str, d);
                format!("{}.split({})[0]", s, self.r.pick(&["\",\"", "\" \"", "\"a\"", ""]))
            }
        }
    }

    fn fstring(&mut self, d: u32) -> String {
        let mut s = String::from("f'");
        let n = self.r.range(1, 4);
        let was = self.in_fstring;
        self.in_fstring = true;
        for _ in 0..n {
            if self.r.chance(40) {
                let text = *self.r.pick(&["x=", " ", "abc", ": ", "{{", "}}", "\u{e9}", "\\n", "|", "-", "a\\tb"]);
                s.push_str(text);
                continue;
            }
            let ty = *self.r.pick(&TYS);
            let mut ex = self.e(ty, d.min(2));
            // 3.11 f-string expressions may not contain backslashes or the quote char
            if ex.contains('\\') || ex.contains('\'') || ex.contains("f\"") {
                ex = self.small_int(0, 99);
            }
            let spec = match (ty, self.r.below(3)) {
                (_, 0) => String::new(),
                (_, 1) if self.r.chance(50) => "!r".to_string(),
                (Ty::Int, _) => format!(":{}", self.r.pick(&["5", ">6", "<4", "^7", "05", "+", "x", "X", "b", "o", ",", "_", "d", "08b", "#x"])),
                (Ty::Float, _) => format!(":{}", self.r.pick(&[".2f", ".0f", "10.3f", ".3e", "g", ".10g", "+.1f", "%", ",.2f", "e"])),
                (Ty::Str, _) => format!(":{}", self.r.pick(&[">8", "<5", "^9", "*^9", ".3", ""])),
                _ => String::new(),
            };
            s.push_str(&format!("{{({}){}}}", ex, spec));
        }
        self.in_fstring = was;
        s.push('\'');
        s
    }

    fn bool_e(&mut self, d: u32) -> String {
        match self.r.below(16) {
            0..=3 => {
                let t = *self.r.pick(&[Ty::Int, Ty::Int, Ty::Float, Ty::Str, Ty::ListInt, Ty::Tuple]);
                let op = *self.r.pick(&["<", "<=", ">", ">=", "==", "!="]);
                let a = self.e(t, d);
                let b = if t == Ty::Int && self.r.chance(25) { self.e(Ty::Float, d) } else { self.e(t, d) };
                format!("({} {} {})", a, op, b)
            }
            4 => {
                let a = self.e(Ty::Int, d);
                let b = self.e(Ty::Int, d);
                let c = self.e(Ty::Int, d);
                let o1 = *self.r.pick(&["<", "<=", "=="]);
                let o2 = *self.r.pick(&["<", "<=", "!="]);
                format!("({} {} {} {} {})", a, o1, b, o2, c)
            }
            5 => {
                let a = self.any_e(d);
                let b = self.any_e(d);
                let op = *self.r.pick(&["==", "!="]);
                format!("({} {} {})", a, op, b)
            }
            6 => {
                let neg = if self.r.chance(30) { "not in" } else { "in" };
                match self.r.below(4) {
                    0 => {
                        let a = self.e(Ty::Int, d);
                        let b = self.e(Ty::ListInt, d);
                        format!("({} {} {})", a, neg, b)
                    }
                    1 => {
                        let a = self.e(Ty::Str, d);
                        let b = self.e(Ty::Str, d);
                        format!("({} {} {})", a, neg, b)
                    }
                    2 => {
                        let a = self.key_lit();
                        let b = self.e(Ty::Dict, d);
                        format!("({} {} {})", a, neg, b)
                    }
                    _ => {
                        let a = self.e(Ty::Int, d);
                        let b = self.e(Ty::Tuple, d);
                        format!("({} {} {})", a, neg, b)
                    }
                }
            }
            7 => format!("(not {})", self.e(Ty::Bool, d)),
            8 => {
                let op = *self.r.pick(&["and", "or"]);
                let a = self.e(Ty::Bool, d);
                let b = self.e(Ty::Bool, d);
                format!("({} {} {})", a, op, b)
            }
            9 => format!("bool({})", self.any_e(d)),
            10 => {
                let s = self.e(Ty::Str, d);
                match self.r.below(3) {
                    0 => {
                        let m = *self.r.pick(&["startswith", "endswith"]);
                        let a = self.e(Ty::Str, d);
                        format!("{}.{}({})", s, m, a)
                    }
                    _ => {
                        let m = *self.r.pick(&["isdigit", "isalpha", "isupper", "islower", "isspace", "isalnum"]);
                        format!("{}.{}()", s, m)
                    }
                }
            }
            11 => {
                let a = self.any_e(d);
                let op = *self.r.pick(&["is None", "is not None"]);
                format!("({} {})", a, op)
            }
            12 => {
                let a = self.any_e(d);
                let t = *self.r.pick(&["int", "str", "float", "list", "dict", "tuple", "bool"]);
                format!("isinstance({}, {})", a, t)
            }
            13 => {
                let f = *self.r.pick(&["any", "all"]);
                format!("{}({})", f, self.e(Ty::ListInt, d))
            }
            14 => match self.call_e(Ty::Bool, d) {
                Some(c) => c,
                None => self.leaf(Ty::Bool),
            },
            _ => self.ternary(Ty::Bool, d),
        }
    }

    fn list_int_e(&mut self, d: u32) -> String {
        match self.r.below(13) {
            0 => {
                let a = self.r.range(-3, 6);
                let b = self.r.range(-2, 12);
                match self.r.below(3) {
                    0 => format!("list(range({}))", b.max(0)),
                    1 => format!("list(range({}, {}))", a, b),
                    _ => {
                        let st = *self.r.pick(&[1i64, 2, 3, -1, -2]);
                        format!("list(range({}, {}, {}))", b, a, st)
                    }
                }
            }
            1 => {
                let l = self.e(Ty::ListInt, d);
                if self.r.chance(40) {
                    format!("sorted({}, reverse=True)", l)
                } else {
                    format!("sorted({})", l)
                }
            }
            2 => {
                let a = self.e(Ty::ListInt, d);
                let b = self.e(Ty::ListInt, d);
                format!("({} + {})", a, b)
            }
            3 => {
                let a = self.e_strict(Ty::ListInt, d);
                format!("({} * {})", a, self.r.range(-1, 3))
            }
            4 => {
                let a = self.e(Ty::ListInt, d);
                let s = self.slice_e();
                format!("{}{}", a, s)
            }
            5 => format!("list({})", self.e(Ty::Tuple, d)),
            6 => format!("list({}.values())", self.e(Ty::Dict, d)),
            7 => {
                let n = self.r.below(4);
                let items: Vec<String> = (0..n).map(|_| self.e(Ty::Int, d)).collect();
                format!("[{}]", items.join(", "))
            }
            8 => self.ternary(Ty::ListInt, d),
            9 => match self.call_e(Ty::ListInt, d) {
                Some(c) => c,
                None => self.leaf(Ty::ListInt),
            },
            10 => format!("list(reversed({}))", self.e(Ty::ListInt, d)),
            11 => format!("{}.copy()", self.e(Ty::ListInt, d)),
            _ => format!("([{}] * {})", self.e(Ty::Int, d), self.r.range(0, 4)),
        }
    }

    fn list_str_e(&mut self, d: u32) -> String {
        match self.r.below(11) {
            0 => {
                let s = self.e(Ty::Str, d);
                if self.r.chance(50) {
                    format!("{}.split()", s)
                } else {
                    format!("{}.split({})", s, self.r.pick(&["\",\"", "\" \"", "\"a\"", "\", \""]))
                }
            }
            1 => format!("list({})", self.e(Ty::Str, d)),
            2 => format!("sorted({})", self.e(Ty::ListStr, d)),
            3 => {
                let dd = self.e(Ty::Dict, d);
                match self.r.below(3) {
                    0 => format!("list({}.keys())", dd),
                    1 => format!("sorted({})", dd),
                    _ => format!("list({})", dd),
                }
            }
            4 => {
                let a = self.e(Ty::ListStr, d);
                let b = self.e(Ty::ListStr, d);
                format!("({} + {})", a, b)
            }
            5 => {
                let a = self.e(Ty::ListStr, d);
                let s = self.slice_e();
                format!("{}{}", a, s)
            }
            6 => {
                let n = self.r.below(4);
                let items: Vec<String> = (0..n).map(|_| self.e(Ty::Str, d)).collect();
                format!("[{}]", items.join(", "))
            }
            7 => self.ternary(Ty::ListStr, d),
            8 => match self.call_e(Ty::ListStr, d) {
                Some(c) => c,
                None => self.leaf(Ty::ListStr),
            },
            9 => format!("{}.splitlines()", self.e(Ty::Str, d)),
            _ => format!("sorted({}, reverse=True)", self.e(Ty::ListStr, d)),
        }
    }

    fn dict_e(&mut self, d: u32) -> String {
        match self.r.below(7) {
            0 | 1 => {
                let n = self.r.below(4);
                let mut items = Vec::new();
                for _ in 0..n {
                    let k = if self.r.chance(80) { self.key_lit() } else { self.e(Ty::Str, d) };
                    let v = self.e(Ty::Int, d);
                    items.push(format!("{}: {}", k, v));
                }
                format!("{{{}}}", items.join(", "))
            }
            2 => format!("dict({})", self.e(Ty::Dict, d)),
            3 => format!("{}.copy()", self.e(Ty::Dict, d)),
            4 => self.ternary(Ty::Dict, d),
            5 => match self.call_e(Ty::Dict, d) {
                Some(c) => c,
                None => self.leaf(Ty::Dict),
            },
            _ => {
                let k1 = self.key_lit();
                let k2 = self.key_lit();
                let v = self.e(Ty::Int, d);
                format!("dict([({}, {}), ({}, 0)])", k1, v, k2)
            }
        }
    }

    fn tuple_e(&mut self, d: u32) -> String {
        match self.r.below(8) {
            0 => format!("tuple({})", self.e(Ty::ListInt, d)),
            1 => {
                let a = self.e(Ty::Tuple, d);
                let b = self.e(Ty::Tuple, d);
                format!("({} + {})", a, b)
            }
            2 => {
                let a = self.e(Ty::Tuple, d);
                let s = self.slice_e();
                format!("{}{}", a, s)
            }
            3 => {
                if self.r.chance(30) {
                    format!("({},)", self.e(Ty::Int, d))
                } else {
                    let a = self.e(Ty::Int, d);
                    let b = self.e(Ty::Int, d);
                    format!("({}, {})", a, b)
                }
            }
            4 => {
                let a = self.e(Ty::Int, d);
                let b = self.divisor(Ty::Int, d);
                format!("divmod({}, {})", a, b)
            }
            5 => self.ternary(Ty::Tuple, d),
            6 => match self.call_e(Ty::Tuple, d) {
                Some(c) => c,
                None => self.leaf(Ty::Tuple),
            },
            _ => {
                let a = self.e_strict(Ty::Tuple, d);
                format!("({} * {})", a, self.r.range(0, 3))
            }
        }
    }

    // ------------------------------------------------------------- statements

    fn block(&mut self, max: i64) {
        self.ind += 1;
        self.block_depth += 1;
        let n = self.r.range(1, max);
        for _ in 0..n {
            self.stmt();
        }
        self.block_depth -= 1;
        self.ind -= 1;
    }

    fn expr_depth(&mut self) -> u32 {
        *self.r.pick(&[1, 2, 2, 3, 3])
    }

    fn stmt(&mut self) {
        self.budget = self.budget.saturating_sub(1);
        let nest = self.block_depth < 3 && self.budget > 0;
        let loops = nest && self.loop_depth < 2;
        let top = self.block_depth == 0;
        let has_funcs = !self.funcs.is_empty();
        let weights = [
            20,                                      // 0 assign
            if top { 5 } else { 0 },                 // 1 new variable
            8,                                       // 2 augmented assignment
            12,                                      // 3 print
            if nest { 9 } else { 0 },                // 4 if
            if loops { 6 } else { 0 },               // 5 for range
            if loops { 5 } else { 0 },               // 6 for over a collection
            if loops { 3 } else { 0 },               // 7 while
            if nest { 5 } else { 0 },                // 8 try
            10,                                      // 9 mutate list/dict
            if has_funcs { 4 } else { 0 },           // 10 call statement
            1,                                       // 11 raise
            1,                                       // 12 assert
            if self.loop_depth > 0 { 3 } else { 0 }, // 13 break/continue
            if self.in_func { 2 } else { 0 },        // 14 early return
            2,                                       // 15 tuple unpacking
            1,                                       // 16 pass
            if self.in_except > 0 { 1 } else { 0 },  // 17 bare raise
        ];
        match self.r.weighted(&weights) {
            0 => self.assign_stmt(),
            1 => self.new_var_stmt(),
            2 => self.aug_stmt(),
            3 => self.print_stmt(),
            4 => self.if_stmt(),
            5 => self.for_range_stmt(),
            6 => self.for_coll_stmt(),
            7 => self.while_stmt(),
            8 => self.try_stmt(),
            9 => self.mutate_stmt(),
            10 => {
                let ty = *self.r.pick(&TYS);
                let d = self.expr_depth();
                match self.call_e(ty, d) {
                    Some(c) => self.line(&c),
                    None => self.print_stmt(),
                }
            }
            11 => self.raise_stmt(),
            12 => {
                let c = if self.r.chance(60) {
                    // usually true: the static type of a variable
                    let t = *self.r.pick(&TYS);
                    let vs = self.readable(t);
                    let tn = match t {
                        Ty::Int => "int",
                        Ty::Float => "float",
                        Ty::Str => "str",
                        Ty::Bool => "bool",
                        Ty::ListInt | Ty::ListStr => "list",
                        Ty::Dict => "dict",
                        Ty::Tuple => "tuple",
                    };
                    match vs.first() {
                        Some(v) => format!("isinstance({}, {})", v, tn),
                        None => "True".to_string(),
                    }
                } else {
                    self.e(Ty::Bool, 2)
                };
                let m = self.str_lit();
                self.line(&format!("assert {}, {}", c, m));
            }
            13 => {
                let c = self.e(Ty::Bool, 2);
                self.line(&format!("if {}:", c));
                let kw = *self.r.pick(&["break", "continue"]);
                self.ind += 1;
                self.line(kw);
                self.ind -= 1;
            }
            14 => {
                let c = self.e(Ty::Bool, 2);
                self.line(&format!("if {}:", c));
                let ret = self.cur_func.as_ref().map(|f| f.ret).unwrap_or(Ty::Int);
                let d = self.expr_depth();
                let v = self.e(ret, d);
                let v = self.clamp(ret, v);
                self.ind += 1;
                self.line(&format!("return {}", v));
                self.ind -= 1;
            }
            15 => self.unpack_stmt(),
            16 => self.line("pass"),
            _ => self.line("raise"),
        }
    }

    fn assign_stmt(&mut self) {
        let ws = self.writable();
        if ws.is_empty() {
            return self.print_stmt();
        }
        let v = self.r.pick(&ws).clone();
        let d = self.expr_depth();
        let e = self.e(v.ty, d);
        let e = self.clamp(v.ty, e);
        self.line(&format!("{} = {}", v.name, e));
    }

    fn new_var_stmt(&mut self) {
        let ty = *self.r.pick(&VAR_TYS);
        let d = self.expr_depth();
        let e = self.e(ty, d);
        let e = self.clamp(ty, e);
        let name = self.fresh(if self.in_func { "l" } else { "g" });
        self.line(&format!("{} = {}", name, e));
        let var = Var { name, ty };
        if self.in_func {
            self.locals.push(var);
        } else {
            self.globals.push(var);
        }
    }

    fn aug_stmt(&mut self) {
        let ws = self.writable();
        if ws.is_empty() {
            return self.print_stmt();
        }
        let v = self.r.pick(&ws).clone();
        let d = self.expr_depth();
        let line = match v.ty {
            Ty::Int => {
                let op = *self.r.pick(&["+=", "-=", "*=", "//=", "%=", "&=", "|=", "^=", "<<=", ">>="]);
                let rhs = match op {
                    "*=" => self.small_int(-5, 1000),
                    "<<=" | ">>=" => self.r.range(0, 8).to_string(),
                    _ => self.e(Ty::Int, d),
                };
                let rhs = if op == "+=" || op == "-=" { self.clamp(Ty::Int, rhs) } else { rhs };
                format!("{} {} {}", v.name, op, rhs)
            }
            Ty::Float => {
                let op = *self.r.pick(&["+=", "-=", "*=", "/="]);
                format!("{} {} {}", v.name, op, self.e(Ty::Float, d))
            }
            Ty::Str => {
                if self.r.chance(70) {
                    let rhs = if self.r.chance(50) { self.str_lit() } else { format!("str({})", self.e(Ty::Int, 1)) };
                    format!("{} += {}", v.name, rhs)
                } else {
                    format!("{} *= {}", v.name, self.r.range(0, 1))
                }
            }
            Ty::ListInt | Ty::ListStr | Ty::Tuple => {
                if self.r.chance(80) {
                    format!("{} += {}", v.name, self.lit(v.ty))
                } else {
                    format!("{} *= {}", v.name, self.r.range(0, 1))
                }
            }
            Ty::Bool => format!("{} = not {}", v.name, v.name),
            Ty::Dict => format!("{} = dict({})", v.name, v.name),
        };
        self.line(&line);
    }

    fn print_stmt(&mut self) {
        let n = self.r.range(1, 3);
        let mut args = Vec::new();
        for _ in 0..n {
            let d = self.expr_depth();
            args.push(self.any_e(d));
        }
        match self.r.below(10) {
            0 => args.push(format!("sep={}", self.r.pick(&["\"-\"", "\"\"", "\", \""]))),
            1 => args.push(format!("end={}", self.r.pick(&["\"|\\n\"", "\"\\n\\n\"", "\" \\n\""]))),
            _ => {}
        }
        self.line(&format!("print({})", args.join(", ")));
    }

    fn if_stmt(&mut self) {
        let c = self.e(Ty::Bool, 2);
        self.line(&format!("if {}:", c));
        self.block(3);
        let elifs = if self.r.chance(30) { self.r.range(1, 2) } else { 0 };
        for _ in 0..elifs {
            let c = self.e(Ty::Bool, 2);
            self.line(&format!("elif {}:", c));
            self.block(2);
        }
        if self.r.chance(45) {
            self.line("else:");
            self.block(2);
        }
    }

    fn loop_body(&mut self, vars: Vec<Var>) {
        let n = vars.len();
        self.loop_vars.extend(vars);
        self.loop_depth += 1;
        self.block(4);
        self.loop_depth -= 1;
        let keep = self.loop_vars.len() - n;
        self.loop_vars.truncate(keep);
        if self.r.chance(8) {
            self.line("else:");
            self.block(1);
        }
    }

    fn for_range_stmt(&mut self) {
        let name = self.fresh("i");
        let hi = if self.loop_depth == 0 { 7 } else { 4 };
        let r = match self.r.below(6) {
            0 => format!("range({}, {})", self.r.range(-2, 2), self.r.range(-1, hi)),
            1 => format!("range({}, {}, {})", self.r.range(hi / 2, hi), self.r.range(-2, 1), self.r.pick(&["(-1)", "(-2)"])),
            2 => format!("range(0, {}, {})", self.r.range(0, hi * 2), self.r.range(1, 3)),
            _ => format!("range({})", self.r.range(0, hi)),
        };
        self.line(&format!("for {} in {}:", name, r));
        self.loop_body(vec![Var { name, ty: Ty::Int }]);
    }

    fn for_coll_stmt(&mut self) {
        let d = self.r.range(1, 2) as u32;
        // Lists are always iterated over a copy so that mutation inside the body
        // cannot make the loop unbounded (e.g. via aliasing).
        let copy = |g: &mut Gen, e: String| -> String {
            match g.r.below(4) {
                0 => format!("list({})", e),
                1 => format!("({})[:]", e),
                2 => format!("sorted({})", e),
                _ => format!("tuple({})", e),
            }
        };
        match self.r.below(7) {
            0 | 1 => {
                let e = self.e(Ty::ListInt, d);
                let it = copy(self, e);
                let x = self.fresh("x");
                self.line(&format!("for {} in {}:", x, it));
                self.loop_body(vec![Var { name: x, ty: Ty::Int }]);
            }
            2 => {
                let e = self.e(Ty::ListStr, d);
                let it = copy(self, e);
                let x = self.fresh("x");
                self.line(&format!("for {} in {}:", x, it));
                self.loop_body(vec![Var { name: x, ty: Ty::Str }]);
            }
            3 => {
                let e = self.e(Ty::Str, d);
                let x = self.fresh("c");
                self.line(&format!("for {} in {}:", x, e));
                self.loop_body(vec![Var { name: x, ty: Ty::Str }]);
            }
            4 => {
                let e = self.e(Ty::Dict, d);
                let k = self.fresh("k");
                let v = self.fresh("v");
                let it = if self.r.chance(20) { format!("{}.items()", e) } else { format!("list({}.items())", e) };
                self.line(&format!("for {}, {} in {}:", k, v, it));
                self.loop_body(vec![Var { name: k, ty: Ty::Str }, Var { name: v, ty: Ty::Int }]);
            }
            5 => {
                let e = self.e(Ty::Dict, d);
                let k = self.fresh("k");
                let it = if self.r.chance(25) { e } else { format!("list({})", e) };
                self.line(&format!("for {} in {}:", k, it));
                self.loop_body(vec![Var { name: k, ty: Ty::Str }]);
            }
            _ => {
                let (t, et) = *self.r.pick(&[(Ty::ListInt, Ty::Int), (Ty::ListStr, Ty::Str), (Ty::Tuple, Ty::Int)]);
                let e = self.e(t, d);
                let it = copy(self, e);
                let i = self.fresh("n");
                let x = self.fresh("x");
                self.line(&format!("for {}, {} in enumerate({}):", i, x, it));
                self.loop_body(vec![Var { name: i, ty: Ty::Int }, Var { name: x, ty: et }]);
            }
        }
    }

    fn while_stmt(&mut self) {
        let w = self.fresh("w");
        let bound = if self.loop_depth == 0 { self.r.range(0, 8) } else { self.r.range(0, 4) };
        self.line(&format!("{} = 0", w));
        match self.r.below(3) {
            0 => {
                self.line("while True:");
                self.ind += 1;
                self.line(&format!("{} += 1", w));
                self.line(&format!("if {} > {}:", w, bound));
                self.line("    break");
                self.ind -= 1;
            }
            1 => {
                let c = self.e(Ty::Bool, 1);
                self.line(&format!("while {} < {} and {}:", w, bound, c));
                self.ind += 1;
                self.line(&format!("{} += 1", w));
                self.ind -= 1;
            }
            _ => {
                self.line(&format!("while {} < {}:", w, bound));
                self.ind += 1;
                self.line(&format!("{} += 1", w));
                self.ind -= 1;
            }
        }
        self.loop_body(vec![Var { name: w, ty: Ty::Int }]);
    }

    fn try_stmt(&mut self) {
        self.line("try:");
        self.block(3);
        let lo = if self.r.chance(15) { 0 } else { 1 };
        let n = self.r.range(lo, 3);
        let finally = n == 0 || self.r.chance(25);
        for i in 0..n {
            let last = i + 1 == n;
            let exc = if last && self.r.chance(60) { "Exception".to_string() } else { self.r.pick(CATCH_EXCS).to_string() };
            let bare = last && self.r.chance(5);
            if bare {
                self.line("except:");
                self.ind += 1;
                self.line("print(\"caught\")");
                self.ind -= 1;
            } else if self.r.chance(60) {
                let e = self.fresh("e");
                self.line(&format!("except {} as {}:", exc, e));
                self.ind += 1;
                let show = *self.r.pick(&["print(\"caught\", {})", "print(repr({}))", "print(str({}))"]);
                self.line(&show.replace("{}", &e));
                self.ind -= 1;
            } else {
                self.line(&format!("except {}:", exc));
            }
            self.in_except += 1;
            self.block(2);
            self.in_except -= 1;
        }
        if n > 0 && self.r.chance(20) {
            self.line("else:");
            self.block(2);
        }
        if finally {
            self.line("finally:");
            self.block(2);
        }
    }

    fn mutate_stmt(&mut self) {
        let mut cands = Vec::new();
        for t in [Ty::ListInt, Ty::ListStr, Ty::Dict] {
            for v in self.readable(t) {
                cands.push((v, t));
            }
        }
        if cands.is_empty() {
            return self.assign_stmt();
        }
        let (v, t) = self.r.pick(&cands).clone();
        if t == Ty::Dict {
            let k = if self.r.chance(85) { self.key_lit() } else { self.e(Ty::Str, 1) };
            match self.r.below(8) {
                0 | 1 => {
                    let val = self.e(Ty::Int, 2);
                    let val = self.clamp(Ty::Int, val);
                    self.line(&format!("{}[{}] = {}", v, k, val));
                }
                2 => self.line(&format!("{}[{}] = {}.get({}, 0) + 1", v, k, v, k)),
                3 => {
                    if self.r.chance(70) {
                        self.line(&format!("if {} in {}:", k, v));
                        self.ind += 1;
                        self.line(&format!("del {}[{}]", v, k));
                        self.ind -= 1;
                    } else {
                        self.line(&format!("del {}[{}]", v, k));
                    }
                }
                4 => self.line(&format!("{}.pop({}, None)", v, k)),
                5 => {
                    let val = self.int_lit();
                    self.line(&format!("{}.setdefault({}, {})", v, k, val));
                }
                6 => {
                    let lit = self.lit(Ty::Dict);
                    self.line(&format!("{}.update({})", v, lit));
                }
                _ => {
                    if self.r.chance(20) {
                        self.line(&format!("{}.clear()", v));
                    } else {
                        self.line(&format!("if {} in {}:", k, v));
                        self.line(&format!("    {}[{}] += 1", v, k));
                    }
                }
            }
            return;
        }
        let et = if t == Ty::ListInt { Ty::Int } else { Ty::Str };
        match self.r.below(11) {
            0 | 1 | 2 => {
                let x = self.e(et, 2);
                let x = self.clamp(et, x);
                self.line(&format!("{}.append({})", v, x));
            }
            3 => {
                let i = self.small_int(-3, 5);
                let x = self.e(et, 1);
                self.line(&format!("{}.insert({}, {})", v, i, x));
            }
            4 => {
                let lit = self.lit(t);
                self.line(&format!("{}.extend({})", v, lit));
            }
            5 => {
                self.line(&format!("if {}:", v));
                self.ind += 1;
                if self.r.chance(50) {
                    self.line(&format!("{}.pop()", v));
                } else {
                    self.line(&format!("print({}.pop(0))", v));
                }
                self.ind -= 1;
            }
            6 => {
                let m = *self.r.pick(&["sort()", "sort(reverse=True)", "reverse()"]);
                self.line(&format!("{}.{}", v, m));
            }
            7 => {
                let iv = self.r.range(-3, 4);
                let i = if iv < 0 { format!("({})", iv) } else { iv.to_string() };
                let x = self.e(et, 1);
                if self.r.chance(85) {
                    self.line(&format!("if len({}) > {}:", v, iv.abs()));
                    self.ind += 1;
                    self.line(&format!("{}[{}] = {}", v, i, x));
                    self.ind -= 1;
                } else {
                    self.line(&format!("{}[{}] = {}", v, i, x));
                }
            }
            8 => {
                if self.r.chance(50) {
                    let iv = self.r.range(-2, 3);
                    let i = if iv < 0 { format!("({})", iv) } else { iv.to_string() };
                    self.line(&format!("if len({}) > {}:", v, iv.abs()));
                    self.ind += 1;
                    self.line(&format!("del {}[{}]", v, i));
                    self.ind -= 1;
                } else {
                    let s = self.slice_e();
                    self.line(&format!("del {}{}", v, s));
                }
            }
            9 => {
                let x = self.e(et, 1);
                self.line(&format!("if {} in {}:", x, v));
                self.ind += 1;
                self.line(&format!("{}.remove({})", v, x));
                self.ind -= 1;
            }
            _ => {
                let a = self.r.range(0, 3);
                let b = self.r.range(0, 5);
                let lit = self.lit(t);
                self.line(&format!("{}[{}:{}] = {}", v, a, b, lit));
            }
        }
    }

    fn raise_stmt(&mut self) {
        let exc = *self.r.pick(RAISE_EXCS);
        let msg = if self.r.chance(50) { self.str_lit() } else { self.e(Ty::Str, 1) };
        let guarded = self.r.chance(85);
        if guarded {
            let c = self.e(Ty::Bool, 2);
            self.line(&format!("if {}:", c));
            self.ind += 1;
        }
        self.line(&format!("raise {}({})", exc, msg));
        if guarded {
            self.ind -= 1;
        }
    }

    fn unpack_stmt(&mut self) {
        let ws = self.writable();
        match self.r.below(3) {
            0 => {
                // swap two variables of the same type
                if ws.is_empty() {
                    return self.print_stmt();
                }
                let v = self.r.pick(&ws).clone();
                let same: Vec<Var> = ws.into_iter().filter(|w| w.ty == v.ty && w.name != v.name).collect();
                if same.is_empty() {
                    return self.assign_stmt();
                }
                let w = self.r.pick(&same).clone();
                self.line(&format!("{}, {} = {}, {}", v.name, w.name, w.name, v.name));
            }
            _ => {
                let ints = self.writable_of(Ty::Int);
                if ints.len() < 2 {
                    return self.assign_stmt();
                }
                let a = self.r.pick(&ints).clone();
                let b = self.r.pick(&ints).clone();
                if a.name == b.name {
                    return self.assign_stmt();
                }
                let rhs = if self.r.chance(50) {
                    let x = self.e(Ty::Int, 1);
                    let y = self.e(Ty::Int, 1);
                    format!("divmod({}, {})", x, y)
                } else {
                    self.e(Ty::Tuple, 1)
                };
                self.line(&format!("{}, {} = {}", a.name, b.name, rhs));
            }
        }
    }

    // ------------------------------------------------------------- program

    fn function(&mut self) {
        let idx = self.funcs.len();
        let name = format!("f{}", idx);
        let recursive = self.r.chance(30);
        let nparams = if recursive { self.r.range(1, 3) } else { self.r.range(0, 3) } as usize;
        let mut params = Vec::new();
        for i in 0..nparams {
            params.push(if i == 0 && recursive { Ty::Int } else { *self.r.pick(&VAR_TYS) });
        }
        let defaults = if nparams > 1 && self.r.chance(25) { 1 } else { 0 };
        let ret = *self.r.pick(&VAR_TYS);
        let mut ps = Vec::new();
        for (i, &t) in params.iter().enumerate() {
            if i >= nparams - defaults {
                let dv = self.lit(t);
                ps.push(format!("a{}={}", i, dv));
            } else {
                ps.push(format!("a{}", i));
            }
        }
        self.line(&format!("def {}({}):", name, ps.join(", ")));
        self.ind += 1;
        self.in_func = true;
        self.locals = params.iter().enumerate().map(|(i, &ty)| Var { name: format!("a{}", i), ty }).collect();
        self.loop_vars.clear();
        if recursive {
            // the recursion counter must not be reassigned: treat it as read-only
            let a0 = self.locals.remove(0);
            self.loop_vars.push(a0);
        }
        self.writable_globals.clear();
        if !self.globals.is_empty() && self.r.chance(20) {
            let g = self.r.pick(&self.globals.clone()).name.clone();
            self.line(&format!("global {}", g));
            self.writable_globals.push(g);
        }
        let func = Func { name: name.clone(), params: params.clone(), defaults, ret, recursive };
        self.cur_func = Some(func.clone());
        if recursive {
            let lim = self.r.range(0, 1);
            self.line(&format!("if a0 <= {}:", lim));
            let base = self.e(ret, 2);
            let base = self.clamp(ret, base);
            self.ind += 1;
            self.line(&format!("return {}", base));
            self.ind -= 1;
        }
        for _ in 0..self.r.range(0, 3) {
            self.new_var_stmt();
        }
        let n = self.r.range(1, 6);
        for _ in 0..n {
            self.stmt();
        }
        // final return; a recursive function calls itself here (once or twice)
        let d = self.expr_depth();
        let ret_e = if recursive {
            self.self_calls = if self.r.chance(30) { 2 } else { 1 };
            let c1 = self.call_e(ret, 1).unwrap_or_else(|| self.lit(ret));
            let other = if self.self_calls > 0 { self.call_e(ret, 1).unwrap_or_else(|| self.lit(ret)) } else { self.e(ret, 1) };
            self.self_calls = 0;
            match ret {
                Ty::Bool => format!("({} or {})", c1, other),
                Ty::Dict => c1,
                Ty::Float | Ty::Int if self.r.chance(30) => format!("({} - {})", c1, other),
                _ => format!("({} + {})", c1, other),
            }
        } else {
            self.e(ret, d)
        };
        let ret_e = self.clamp(ret, ret_e);
        self.line(&format!("return {}", ret_e));
        self.cur_func = None;
        self.in_func = false;
        self.locals.clear();
        self.loop_vars.clear();
        self.writable_globals.clear();
        self.ind -= 1;
        self.out.push('\n');
        self.funcs.push(func);
    }

    fn deep_recursion(&mut self) {
        let name = self.fresh("deep");
        let n = *self.r.pick(&["10", "500", "900", "5000", "100000"]);
        self.line(&format!("def {}(n):", name));
        self.line("    if n <= 0:");
        self.line("        return 0");
        self.line(&format!("    return {}(n - 1) + 1", name));
        self.line("try:");
        self.line(&format!("    print({}({}))", name, n));
        self.line("except Exception as e:");
        self.line("    print(\"deep recursion:\", repr(e))");
    }

    fn program(mut self, header: &str) -> String {
        self.out.push_str(header);
        self.chaos = *self.r.pick(&[0, 0, 0, 0, 0, 1, 2, 4]);
        self.out.push_str(&format!("# chaos {}%\n", self.chaos));
        self.budget = self.r.range(15, 60) as usize;
        let ng = self.r.range(3, 8);
        for _ in 0..ng {
            let ty = *self.r.pick(&VAR_TYS);
            let e = if self.r.chance(50) { self.lit(ty) } else { self.e(ty, 1) };
            let e = self.clamp(ty, e);
            let name = self.fresh("g");
            self.line(&format!("{} = {}", name, e));
            self.globals.push(Var { name, ty });
        }
        self.out.push('\n');
        let nf = self.r.range(0, 4);
        for _ in 0..nf {
            self.function();
        }
        if self.r.chance(3) {
            self.deep_recursion();
        }
        let ns = self.r.range(5, 18);
        for _ in 0..ns {
            if self.r.chance(45) {
                self.line("try:");
                self.ind += 1;
                self.block_depth += 1; // no new variables: they might stay undefined
                self.stmt();
                self.block_depth -= 1;
                self.ind -= 1;
                self.line("except Exception as err:");
                self.line("    print(\"error:\", err)");
            } else {
                self.stmt();
            }
        }
        let names: Vec<String> = self.globals.iter().map(|g| g.name.clone()).collect();
        self.line(&format!("print({})", names.join(", ")));
        self.out
    }
}

// ===================================================================== mutation

const TOKENS: &[&str] = &[
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    ":",
    ",",
    ".",
    "=",
    "==",
    "+",
    "-",
    "*",
    "**",
    "/",
    "//",
    "%",
    "<<",
    ">>",
    "&",
    "|",
    "^",
    "~",
    "<",
    ">",
    "<=",
    "!=",
    "+=",
    "not ",
    " and ",
    " or ",
    " in ",
    " is ",
    "if ",
    "else",
    "elif ",
    "while ",
    "for ",
    "def ",
    "return ",
    "break",
    "continue",
    "pass",
    "try:",
    "except",
    "finally:",
    "raise ",
    "lambda",
    "yield",
    "class ",
    "import ",
    "global ",
    "del ",
    "assert ",
    "None",
    "True",
    "False",
    "0",
    "1",
    "-1",
    "10**100",
    "2**64",
    "1e308",
    "0.0",
    "\"\"",
    "\"x\"",
    "f\"{",
    "f'{x!r:>{y}}'",
    "'",
    "\"",
    "\"\"\"",
    "\\",
    "#",
    "\n",
    "\n    ",
    "    ",
    "\t",
    ";",
    "@",
    "$",
    "?",
    "...",
    "`",
    "print(",
    "len(",
    "range(",
    "x",
    "[]",
    "{}",
    "()",
    "*args",
    "**kw",
    "a, b = ",
    " if x else ",
    "\\N{",
    "\\x",
    "0x",
    "1_",
    "9999999999999999999999",
    "-0",
    "1j",
    "b'",
    "r'",
    "u'",
    ":=",
    "->",
    "async ",
    "await ",
    "nonlocal ",
    "with ",
    "match ",
    "case ",
    "\u{e9}",
    "\u{1F600}",
];

const NUMBERS: &[&str] = &[
    "0",
    "-1",
    "1",
    "2**63",
    "9223372036854775807",
    "9223372036854775808",
    "-9223372036854775809",
    "4294967296",
    "1e400",
    "10**50",
    "0.0",
    "1_0",
    "0x7fffffffffffffff",
    "99999999999999999999999999",
    "256",
    "257",
    "-5",
    "-6",
    "3",
    "1000000",
    "-0.0",
    "float('nan')",
];

fn split_lines(src: &[u8]) -> Vec<Vec<u8>> {
    let mut lines = Vec::new();
    let mut cur = Vec::new();
    for &b in src {
        cur.push(b);
        if b == b'\n' {
            lines.push(std::mem::take(&mut cur));
        }
    }
    if !cur.is_empty() {
        lines.push(cur);
    }
    lines
}

fn random_char(r: &mut Rng) -> Vec<u8> {
    match r.below(12) {
        0 => vec![0],
        1 => vec![0x80 + r.below(0x80) as u8], // invalid UTF-8
        2 => vec![0xF0, 0x9F],                 // truncated 4-byte sequence
        3 => "\u{e9}".as_bytes().to_vec(),
        4 => b"\r".to_vec(),
        5 => b"\t".to_vec(),
        6 => "\u{feff}".as_bytes().to_vec(),
        _ => vec![32 + r.below(95) as u8],
    }
}

fn mutate(r: &mut Rng, src: &[u8]) -> Vec<u8> {
    let mut lines = split_lines(src);
    let nops = r.range(1, 3);
    for _ in 0..nops {
        if lines.is_empty() {
            lines.push(b"pass\n".to_vec());
        }
        let n = lines.len();
        match r.below(12) {
            0 => {
                lines.remove(r.below(n));
            }
            1 => {
                let i = r.below(n);
                let l = lines[i].clone();
                lines.insert(i, l);
            }
            2 => {
                let (i, j) = (r.below(n), r.below(n));
                lines.swap(i, j);
            }
            3 | 4 => {
                // insert a token at a random byte position of a random line
                let i = r.below(n);
                let pos = r.below(lines[i].len() + 1);
                let tok = r.pick(TOKENS).as_bytes().to_vec();
                lines[i].splice(pos..pos, tok);
            }
            5 => {
                let i = r.below(n);
                let pos = r.below(lines[i].len() + 1);
                let c = random_char(r);
                lines[i].splice(pos..pos, c);
            }
            6 => {
                // truncate the whole program at a random byte
                let mut all: Vec<u8> = lines.concat();
                all.truncate(r.below(all.len() + 1));
                lines = split_lines(&all);
            }
            7 => {
                // replace a number literal with an interesting one
                let i = r.below(n);
                let l = &lines[i];
                let digits: Vec<usize> = (0..l.len()).filter(|&k| l[k].is_ascii_digit()).collect();
                if !digits.is_empty() {
                    let start = *r.pick(&digits);
                    let mut end = start;
                    while end < l.len() && (l[end].is_ascii_alphanumeric() || l[end] == b'.' || l[end] == b'_') {
                        end += 1;
                    }
                    // a huge exponent or shift count makes even CPython hang,
                    // which is not the kind of timeout we are looking for
                    let before: Vec<u8> = l[..start].iter().rev().copied().skip_while(|&b| b == b' ' || b == b'(' || b == b'-').take(4).collect();
                    let risky = before.starts_with(b"**") || before.starts_with(b"<<");
                    let num = if risky { r.pick(&["0", "1", "-1", "63", "64", "100"]).as_bytes().to_vec() } else { r.pick(NUMBERS).as_bytes().to_vec() };
                    lines[i].splice(start..end, num);
                }
            }
            8 => {
                // change the indentation of a line
                let i = r.below(n);
                match r.below(3) {
                    0 => {
                        lines[i].splice(0..0, b"    ".iter().copied());
                    }
                    1 => {
                        let k = lines[i].iter().take_while(|&&b| b == b' ').count().min(4);
                        lines[i].drain(0..k);
                    }
                    _ => {
                        lines[i].insert(0, b'\t');
                    }
                }
            }
            9 => {
                // delete a small byte range
                let i = r.below(n);
                let len = lines[i].len();
                if len > 0 {
                    let a = r.below(len);
                    let b = (a + 1 + r.below(6)).min(len);
                    lines[i].drain(a..b);
                }
            }
            10 => {
                // replace one identifier-ish word with another from the program
                let all: Vec<u8> = lines.concat();
                let words = words_of(&all);
                if words.len() >= 2 {
                    let i = r.below(n);
                    let lw = words_of(&lines[i]);
                    if !lw.is_empty() {
                        let target = r.pick(&lw).clone();
                        let repl = r.pick(&words).clone();
                        if let Some(p) = find_sub(&lines[i], &target) {
                            lines[i].splice(p..p + target.len(), repl);
                        }
                    }
                }
            }
            _ => {
                // move a block of lines elsewhere
                let a = r.below(n);
                let b = (a + 1 + r.below(4)).min(n);
                let chunk: Vec<Vec<u8>> = lines.drain(a..b).collect();
                let at = r.below(lines.len() + 1);
                for (k, l) in chunk.into_iter().enumerate() {
                    lines.insert(at + k, l);
                }
            }
        }
    }
    lines.concat()
}

fn words_of(s: &[u8]) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < s.len() {
        if s[i].is_ascii_alphabetic() || s[i] == b'_' {
            let st = i;
            while i < s.len() && (s[i].is_ascii_alphanumeric() || s[i] == b'_') {
                i += 1;
            }
            if out.len() < 400 {
                out.push(s[st..i].to_vec());
            }
        } else {
            i += 1;
        }
    }
    out
}

fn find_sub(h: &[u8], n: &[u8]) -> Option<usize> {
    if n.is_empty() || n.len() > h.len() {
        return None;
    }
    (0..=h.len() - n.len()).find(|&i| &h[i..i + n.len()] == n)
}

// ===================================================================== programs

enum Source {
    /// Passed with `-c`.
    Code(String),
    /// Written to a temporary file (may contain NUL or invalid UTF-8).
    File(Vec<u8>),
}

struct Program {
    index: usize,
    kind: String,
    source: Source,
}

impl Program {
    fn bytes(&self) -> &[u8] {
        match &self.source {
            Source::Code(s) => s.as_bytes(),
            Source::File(b) => b,
        }
    }
}

fn generate(seed: u64, index: usize) -> String {
    let r = Rng::new(seed);
    let header = format!("# pvm fuzz program (seed {:#x}, index {})\n", seed, index);
    Gen::new(r).program(&header)
}

fn make_program(base_seed: u64, index: usize, corpus: &[(String, Vec<u8>)]) -> Program {
    let seed = program_seed(base_seed, index);
    let mut r = Rng::new(seed ^ 0xA5A5_5A5A_0F0F_F0F0);
    let roll = r.below(100);
    if roll < 2 {
        let (what, src) = stress_program(&mut r);
        return Program { index, kind: format!("stress: {}", what), source: Source::File(src.into_bytes()) };
    }
    if roll < 57 {
        return Program { index, kind: "generated".into(), source: Source::Code(generate(seed, index)) };
    }
    if roll < 88 && !corpus.is_empty() {
        let (name, text) = &corpus[r.below(corpus.len())];
        let m = mutate(&mut r, text);
        return Program { index, kind: format!("mutated {}", name), source: Source::File(m) };
    }
    let g = generate(seed, index);
    let m = mutate(&mut r, g.as_bytes());
    Program { index, kind: "mutated generated program".into(), source: Source::File(m) }
}

/// Programs with extreme shapes: deep nesting (parser/compiler recursion),
/// huge functions and literals (register and constant-index limits).
fn stress_program(r: &mut Rng) -> (String, String) {
    let n = *r.pick(&[30usize, 100, 199, 300, 1000, 5000]);
    let big = *r.pick(&[255usize, 256, 300, 1000, 65536, 70000]);
    let mut s = String::new();
    let what = match r.below(12) {
        0 => {
            s.push_str(&format!("x = {}1{}\nprint(x)\n", "(".repeat(n), ")".repeat(n)));
            format!("{} nested parentheses", n)
        }
        1 => {
            s.push_str(&format!("x = 1{}\nprint(x)\n", " + 1".repeat(n * 4)));
            format!("chain of {} additions", n * 4)
        }
        2 => {
            s.push_str(&format!("x = {}{}\nprint(len(x), x[:1])\n", "[".repeat(n), "]".repeat(n)));
            format!("{} nested lists", n)
        }
        3 => {
            let op = *r.pick(&["-", "not ", "~", "+"]);
            s.push_str(&format!("x = {}1\nprint(x)\n", op.repeat(n)));
            format!("{} nested unary {:?}", n, op)
        }
        4 => {
            let depth = n.min(300);
            for i in 0..depth {
                s.push_str(&format!("{}if {} >= 0:\n", " ".repeat(i), i));
            }
            s.push_str(&format!("{}print('deep')\n", " ".repeat(depth)));
            format!("{} nested ifs", depth)
        }
        5 => {
            let depth = *r.pick(&[5usize, 19, 21, 40]);
            for i in 0..depth {
                s.push_str(&format!("{}for i{} in range(2):\n", " ".repeat(i), i));
            }
            s.push_str(&format!("{}pass\nprint('loops')\n", " ".repeat(depth)));
            format!("{} nested for loops", depth)
        }
        6 => {
            s.push_str("def f():\n");
            for i in 0..big {
                s.push_str(&format!("    v{} = {}\n", i, i));
            }
            s.push_str(&format!("    return v0 + v{}\nprint(f())\n", big - 1));
            format!("function with {} locals", big)
        }
        7 => {
            let params: Vec<String> = (0..big.min(5000)).map(|i| format!("p{}", i)).collect();
            let args: Vec<String> = (0..big.min(5000)).map(|i| i.to_string()).collect();
            s.push_str(&format!("def f({}):\n    return p0 + p{}\n", params.join(", "), params.len() - 1));
            s.push_str(&format!("print(f({}))\n", args.join(", ")));
            s.push_str(&format!("print(max({}))\n", args.join(", ")));
            format!("call with {} arguments", params.len())
        }
        8 => {
            let items: Vec<String> = (0..big).map(|i| format!("{}", i * 7919 % 100003)).collect();
            s.push_str(&format!("x = [{}]\nprint(len(x), sum(x))\n", items.join(", ")));
            let entries: Vec<String> = (0..big.min(20000)).map(|i| format!("\"k{}\": {}.5", i, i)).collect();
            s.push_str(&format!("d = {{{}}}\nprint(len(d))\n", entries.join(", ")));
            format!("literals with {} elements", big)
        }
        9 => {
            // many distinct constants and names in one code object
            for i in 0..big {
                s.push_str(&format!("n{} = {}.25 + {}\n", i % 1000, i, i * 3 + 1_000_000_007));
            }
            s.push_str("print(n0, n999 if 1000 <= 0 else 0)\n");
            format!("{} distinct constants", big)
        }
        10 => {
            let digits = *r.pick(&[100usize, 4300, 4301, 20000]);
            s.push_str(&format!("x = {}\nprint(x % 1000, len(str(x % 10 ** 50)))\n", "7".repeat(digits)));
            s.push_str(&format!("y = \"{}\"\nprint(len(y), y.count(\"ab\"))\n", "ab".repeat(big * 4)));
            format!("{}-digit int literal", digits)
        }
        _ => {
            // a long if/elif chain
            s.push_str("x = 7\n");
            for i in 0..big.min(3000) {
                s.push_str(&format!("{} x == {}:\n    print({})\n", if i == 0 { "if" } else { "elif" }, i * 3, i));
            }
            s.push_str("else:\n    print('none')\n");
            format!("if/elif chain of {}", big.min(3000))
        }
    };
    (what, s)
}

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}

/// A perf program with its top-level `N = <int>` capped at 1000: the sizes are for
/// timing, and a list of millions made in one step (sieve's `[True] * (n + 1)`) makes
/// every safepoint of a `PVM_GC_STRESS=1` run mark millions of items, so that the
/// step budget no longer bounds the time.
fn small_size(src: &[u8]) -> Vec<u8> {
    let text = String::from_utf8_lossy(src);
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        match line.trim_end().strip_prefix("N = ").and_then(|v| v.parse::<u64>().ok()) {
            Some(n) if n > 1000 => out.push_str("N = 1000\n"),
            _ => out.push_str(line),
        }
    }
    out.into_bytes()
}

fn load_corpus() -> Vec<(String, Vec<u8>)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut out = Vec::new();
    for dir in ["tests/py", "perf"] {
        let Ok(rd) = fs::read_dir(root.join(dir)) else {
            continue;
        };
        let mut paths: Vec<PathBuf> = rd
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().map_or(false, |x| x == "py"))
            .filter(|p| p.file_name().map_or(true, |n| n != "run.py"))
            .collect();
        paths.sort();
        for p in paths {
            if let Ok(b) = fs::read(&p) {
                // programs that create and delete files are not mutated: a damaged
                // path could reach real files
                if contains(&b, b"import os") || contains(&b, b"open(") {
                    continue;
                }
                // nor are programs that choose their exit status: a mutated number
                // there is a legitimate status outside 0-3
                if contains(&b, b"exit(") || contains(&b, b"SystemExit") {
                    continue;
                }
                let name = format!("{}/{}", dir, p.file_name().unwrap().to_string_lossy());
                let b = if dir == "perf" { small_size(&b) } else { b };
                out.push((name, b));
            }
        }
    }
    out
}

// ===================================================================== running

enum Outcome {
    Pass(i32),
    Fail(String, String),
}

fn signal_name(sig: i32) -> &'static str {
    match sig {
        4 => "SIGILL",
        6 => "SIGABRT",
        7 => "SIGBUS",
        8 => "SIGFPE",
        9 => "SIGKILL",
        11 => "SIGSEGV",
        _ => "signal",
    }
}

fn stderr_tail(path: &Path) -> String {
    let Ok(mut f) = fs::File::open(path) else {
        return String::new();
    };
    let len = f.metadata().map(|m| m.len()).unwrap_or(0);
    let start = len.saturating_sub(3000);
    let _ = f.seek(SeekFrom::Start(start));
    let mut buf = Vec::new();
    let _ = f.read_to_end(&mut buf);
    String::from_utf8_lossy(&buf).into_owned()
}

fn run_program(prog: &Program, scratch: &Path, worker: usize) -> Outcome {
    let err_path = scratch.join(format!("w{}.stderr", worker));
    let err_file = fs::File::create(&err_path).expect("create stderr file");
    let mut cmd = Command::new(PVM);
    cmd.arg("--max-steps").arg(max_steps());
    match &prog.source {
        Source::Code(s) => {
            cmd.arg("-c").arg(s);
        }
        Source::File(b) => {
            let p = scratch.join(format!("w{}.py", worker));
            fs::write(&p, b).expect("write program file");
            cmd.arg(&p);
        }
    }
    cmd.current_dir(scratch).stdin(Stdio::null()).stdout(Stdio::null()).stderr(Stdio::from(err_file));
    let start = Instant::now();
    let mut child = match cmd.spawn() {
        Ok(c) => c,
        Err(e) => panic!("cannot spawn {}: {}", PVM, e),
    };
    let mut nap = Duration::from_micros(200);
    let status = loop {
        match child.try_wait() {
            Ok(Some(st)) => break st,
            Ok(None) => {
                if start.elapsed() > TIMEOUT {
                    let _ = child.kill();
                    let _ = child.wait();
                    return Outcome::Fail(format!("timeout: still running after {}s (killed)", TIMEOUT.as_secs()), stderr_tail(&err_path));
                }
                std::thread::sleep(nap);
                nap = (nap * 2).min(Duration::from_millis(5));
            }
            Err(e) => panic!("waiting for pvm failed: {}", e),
        }
    };
    if let Some(sig) = status.signal() {
        let core = if status.core_dumped() { ", core dumped" } else { "" };
        return Outcome::Fail(format!("killed by signal {} ({}{})", sig, signal_name(sig), core), stderr_tail(&err_path));
    }
    match status.code() {
        Some(c @ 0..=3) => Outcome::Pass(c),
        Some(101) => Outcome::Fail("Rust panic (exit status 101)".into(), stderr_tail(&err_path)),
        Some(c) => Outcome::Fail(format!("unexpected exit status {}", c), stderr_tail(&err_path)),
        None => Outcome::Fail("no exit status".into(), stderr_tail(&err_path)),
    }
}

fn env_u64(name: &str) -> Option<u64> {
    let v = std::env::var(name).ok()?;
    let v = v.trim();
    let parsed = if let Some(h) = v.strip_prefix("0x").or_else(|| v.strip_prefix("0X")) {
        u64::from_str_radix(&h.replace('_', ""), 16)
    } else {
        v.replace('_', "").parse::<u64>()
    };
    match parsed {
        Ok(x) => Some(x),
        Err(_) => panic!("{}={:?} is not a number", name, v),
    }
}

struct Failure {
    index: usize,
    kind: String,
    reason: String,
    stderr: String,
    source: Vec<u8>,
    saved: Option<PathBuf>,
}

#[test]
fn fuzz() {
    let count = env_u64("PVM_FUZZ_COUNT").map(|x| x as usize).unwrap_or(DEFAULT_COUNT);
    let seed = env_u64("PVM_FUZZ_SEED").unwrap_or(DEFAULT_SEED);
    let only = env_u64("PVM_FUZZ_INDEX").map(|x| x as usize);
    let budget = env_u64("PVM_FUZZ_SECONDS").unwrap_or(DEFAULT_BUDGET_SECS);
    let corpus = load_corpus();
    let indices: Vec<usize> = match only {
        Some(i) => vec![i],
        None => (0..count).collect(),
    };

    println!("fuzz: seed {:#x}, {} programs, {} corpus files for mutation, binary {}", seed, indices.len(), corpus.len(), PVM);

    if let Ok(dir) = std::env::var("PVM_FUZZ_DUMP") {
        let dir = PathBuf::from(dir);
        fs::create_dir_all(&dir).expect("create dump dir");
        for &i in &indices {
            let p = make_program(seed, i, &corpus);
            let suffix = match p.source {
                Source::Code(_) => "gen",
                Source::File(_) if p.kind.starts_with("stress") => "stress",
                Source::File(_) => "mut",
            };
            fs::write(dir.join(format!("{:05}_{}.py", i, suffix)), p.bytes()).expect("write dump");
        }
        println!("fuzz: wrote {} programs to {} (not run)", indices.len(), dir.display());
        return;
    }

    let scratch = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("pvm-fuzz-{}", std::process::id()));
    fs::create_dir_all(&scratch).expect("create scratch dir");
    let fail_dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("fuzz-failures");

    // Spawn cost, for the record.
    let t = Instant::now();
    for _ in 0..5 {
        let _ =
            Command::new(PVM).args(["--max-steps", &max_steps(), "-c", "pass"]).stdout(Stdio::null()).stderr(Stdio::null()).status().expect("cannot run pvm");
    }
    println!("fuzz: `pvm -c pass` takes {:.1} ms", t.elapsed().as_secs_f64() * 200.0);

    let start = Instant::now();
    let deadline = if budget == 0 { None } else { Some(start + Duration::from_secs(budget)) };
    let next = AtomicUsize::new(0);
    let passed = AtomicUsize::new(0);
    let skipped = AtomicUsize::new(0);
    let by_status: [AtomicUsize; 4] = Default::default();
    let failures: Mutex<Vec<Failure>> = Mutex::new(Vec::new());

    std::thread::scope(|s| {
        for w in 0..THREADS {
            let (next, passed, skipped, by_status, failures) = (&next, &passed, &skipped, &by_status, &failures);
            let (indices, corpus, scratch, fail_dir) = (&indices, &corpus, &scratch, &fail_dir);
            s.spawn(move || loop {
                let k = next.fetch_add(1, Ordering::SeqCst);
                if k >= indices.len() {
                    break;
                }
                if deadline.map_or(false, |d| Instant::now() > d) {
                    skipped.fetch_add(1, Ordering::SeqCst);
                    continue;
                }
                let prog = make_program(seed, indices[k], corpus);
                match run_program(&prog, scratch, w) {
                    Outcome::Pass(c) => {
                        passed.fetch_add(1, Ordering::SeqCst);
                        by_status[c as usize].fetch_add(1, Ordering::SeqCst);
                    }
                    Outcome::Fail(reason, stderr) => {
                        let saved = fs::create_dir_all(fail_dir).ok().and_then(|_| {
                            let p = fail_dir.join(format!("seed{:x}-{}.py", seed, prog.index));
                            fs::write(&p, prog.bytes()).ok().map(|_| p)
                        });
                        failures.lock().unwrap().push(Failure {
                            index: prog.index,
                            kind: prog.kind.clone(),
                            reason,
                            stderr,
                            source: prog.bytes().to_vec(),
                            saved,
                        });
                    }
                }
            });
        }
    });
    let _ = fs::remove_dir_all(&scratch);

    let elapsed = start.elapsed().as_secs_f64();
    let mut failures = failures.into_inner().unwrap();
    failures.sort_by_key(|f| f.index);
    for (n, f) in failures.iter().enumerate() {
        if n >= MAX_FAILURES_SHOWN {
            println!("FAIL seed={:#x} index={}: {} [{}]", seed, f.index, f.reason, f.kind);
            continue;
        }
        println!("==================== FAIL seed={:#x} index={} ({})", seed, f.index, f.kind);
        println!("reason: {}", f.reason);
        if let Some(p) = &f.saved {
            println!("saved:  {}  (run: {} --max-steps {} {})", p.display(), PVM, max_steps(), p.display());
        }
        println!("repro:  PVM_FUZZ_SEED={:#x} PVM_FUZZ_INDEX={} cargo test --release --test fuzz -- --nocapture", seed, f.index);
        println!("--- stderr (tail):\n{}", f.stderr.trim_end());
        println!("--- source:\n{}", String::from_utf8_lossy(&f.source).trim_end());
        println!("--- end of source");
    }
    let st: Vec<usize> = by_status.iter().map(|a| a.load(Ordering::SeqCst)).collect();
    let skipped = skipped.load(Ordering::SeqCst);
    println!("fuzz: exit statuses: 0 (ok) {}, 1 (exception) {}, 2 (syntax/usage) {}, 3 (step limit) {}", st[0], st[1], st[2], st[3]);
    if skipped > 0 {
        println!("fuzz: time budget of {}s reached, {} programs not run (set PVM_FUZZ_SECONDS=0 to run all)", budget, skipped);
    }
    println!("fuzz: {:.1}s total", elapsed);
    let passed = passed.load(Ordering::SeqCst);
    println!("fuzz: {} passed, {} failed", passed, failures.len());
    assert!(failures.is_empty(), "{} fuzz programs failed (see above)", failures.len());
}
