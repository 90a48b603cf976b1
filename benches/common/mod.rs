//! Code shared by the `dispatch` (criterion) and `instructions` (iai-callgrind) benches:
//! finding the perf programs, scaling their problem size down, the inline micro-benchmark
//! sources, and running a program in-process on a fresh `Vm`.
#![allow(dead_code)] // each bench uses a different part of this module

use pvm::vm::dispatch::Dispatch;
use pvm::vm::{traceback, RunError, Vm};
use std::path::{Path, PathBuf};

/// How big a run should be.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Size {
    /// For criterion: one run takes roughly 20–100 ms (in-process, warm).
    Criterion,
    /// For callgrind: a few tens of millions of instructions (valgrind runs ~50x slower).
    Callgrind,
}

impl Size {
    /// How much less work than the full-size program a scaled run does. Full-size perf
    /// programs take 0.3–2 s; micro sources are written at criterion size.
    fn work_divisor(self, kind: Kind) -> f64 {
        match (kind, self) {
            (Kind::Perf, Size::Criterion) => 5.0,
            (Kind::Perf, Size::Callgrind) => 300.0,
            (Kind::Micro, Size::Criterion) => 1.0,
            (Kind::Micro, Size::Callgrind) => 20.0,
        }
    }
}

/// Where a program comes from.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Kind {
    /// perf/*.py
    Perf,
    /// `MICRO`, below
    Micro,
}

/// How a program's work grows with its `N`, used to pick the scaled-down `N`.
#[derive(Clone, Copy, Debug)]
pub enum Growth {
    /// work ~ N^p
    Power(f64),
    /// work ~ b^N
    Exp(f64),
    /// work ~ N!
    Factorial,
}

impl Growth {
    fn log_work(self, n: u64) -> f64 {
        let x = n as f64;
        match self {
            Growth::Power(p) => p * x.ln(),
            Growth::Exp(b) => x * b.ln(),
            Growth::Factorial => (1..=n).map(|k| (k as f64).ln()).sum(),
        }
    }
}

/// Per-program growth of the work with `N`, and a factor on the work divisor for programs
/// whose full size runs much longer or shorter than the others. Programs not listed are
/// taken as linear, factor 1.
const GROWTH: &[(&str, Growth, f64)] = &[
    ("binary_trees", Growth::Exp(2.0), 1.0),
    ("dict_count", Growth::Power(1.0), 2.0),
    ("fannkuch", Growth::Factorial, 1.0),
    ("fib", Growth::Exp(1.618), 1.0),
    ("float_loop", Growth::Power(2.0), 1.0),
    ("mandelbrot", Growth::Power(2.0), 1.0),
    ("matrix", Growth::Power(3.0), 1.0),
    ("nqueens", Growth::Exp(5.0), 1.0),
    ("sort_strings", Growth::Power(1.1), 1.0),
    ("spectral_norm", Growth::Power(2.0), 1.0),
    ("string_build", Growth::Power(1.0), 2.0),
    ("unpack_sequence", Growth::Power(1.0), 2.0),
    ("word_freq", Growth::Power(1.0), 2.0),
];

/// The `N` that does `divisor` times less work than `n` for program `name` (at least 1).
pub fn scale_n(name: &str, n: u64, divisor: f64) -> u64 {
    let (growth, factor) = GROWTH.iter().find(|(p, _, _)| *p == name).map(|&(_, g, f)| (g, f)).unwrap_or((Growth::Power(1.0), 1.0));
    if n <= 1 || divisor * factor <= 1.0 {
        return n;
    }
    let target = growth.log_work(n) - (divisor * factor).ln();
    // the largest m in [1, n] with work(m) <= work(n) / divisor; work grows with m
    let (mut lo, mut hi) = (1u64, n);
    while lo < hi {
        let mid = lo + (hi - lo).div_ceil(2);
        if growth.log_work(mid) <= target + 1e-9 {
            lo = mid;
        } else {
            hi = mid - 1;
        }
    }
    lo
}

/// The value on the program's one top-level `N = <digits>` line, with the line's index.
pub fn find_n(source: &str) -> Option<(usize, u64)> {
    source.lines().enumerate().find_map(|(i, line)| {
        let rest = line.strip_prefix("N = ")?;
        let digits: String = rest.chars().take_while(|c| c.is_ascii_digit()).collect();
        if digits.is_empty() {
            return None;
        }
        let tail = rest[digits.len()..].trim_start();
        if !(tail.is_empty() || tail.starts_with('#')) {
            return None;
        }
        digits.parse().ok().map(|n| (i, n))
    })
}

/// `source` with its `N = ...` line replaced by `N = n`.
pub fn with_n(source: &str, line_index: usize, n: u64) -> String {
    let mut out = String::with_capacity(source.len() + 8);
    for (i, line) in source.lines().enumerate() {
        if i == line_index {
            out.push_str(&format!("N = {n}  # scaled down for benches"));
        } else {
            out.push_str(line);
        }
        out.push('\n');
    }
    out
}

/// A benchmark program: one of perf/*.py or an inline micro source.
#[derive(Clone, Debug)]
pub struct Program {
    /// File stem, e.g. `fib`.
    pub name: String,
    /// The filename given to the VM (shown in tracebacks).
    pub filename: String,
    /// The full-size source.
    pub source: String,
    /// The `N` line, if the program has one: (line index, full-size N).
    pub n: Option<(usize, u64)>,
    /// perf program or micro source (they scale differently).
    pub kind: Kind,
}

impl Program {
    fn new(kind: Kind, name: &str, filename: String, source: String) -> Program {
        let n = find_n(&source);
        Program { name: name.to_string(), filename, source, n, kind }
    }

    /// The source scaled to `size`, and the `N` used; `None` if the program has no `N` line.
    pub fn scaled(&self, size: Size) -> Option<(String, u64)> {
        let (line, n) = self.n?;
        let m = scale_n(&self.name, n, size.work_divisor(self.kind));
        Some((with_n(&self.source, line, m), m))
    }
}

/// perf/, next to Cargo.toml.
pub fn perf_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("perf")
}

/// Files in perf/ that are tools, not benchmark programs.
const NOT_PROGRAMS: &[&str] = &["run"];

/// Every perf/*.py program, sorted by name, read now (at bench run time).
pub fn perf_programs() -> Vec<Program> {
    let dir = perf_dir();
    let mut paths: Vec<PathBuf> = match std::fs::read_dir(&dir) {
        Ok(rd) => rd.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.extension().is_some_and(|x| x == "py")).collect(),
        Err(e) => panic!("cannot list {}: {e}", dir.display()),
    };
    paths.sort();
    paths
        .into_iter()
        .filter_map(|path| {
            let name = path.file_stem()?.to_str()?.to_string();
            if NOT_PROGRAMS.contains(&name.as_str()) || name.starts_with('_') {
                return None;
            }
            let source = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
            Some(Program::new(Kind::Perf, &name, format!("perf/{name}.py"), source))
        })
        .collect()
}

/// One perf program by name (`None` if perf/NAME.py does not exist).
pub fn perf_program(name: &str) -> Option<Program> {
    let path = perf_dir().join(format!("{name}.py"));
    let source = std::fs::read_to_string(path).ok()?;
    Some(Program::new(Kind::Perf, name, format!("perf/{name}.py"), source))
}

/// Micro-benchmarks: (name, source). Each has an `N = ...` line sized for criterion (scaled
/// further for callgrind like the perf programs) and prints one result line, which matches
/// python3's output. Only features PVM has today: functions, loops, lists, dicts, str methods.
// TODO(classes): instance attribute load/store and method-call benches come with classes.
pub const MICRO: &[(&str, &str)] = &[
    (
        "dispatch_loop",
        // the smallest loop: compare, add, jump
        "N = 5000000

def run(n):
    i = 0
    while i < n:
        i += 1
    return i

print(run(N))
",
    ),
    (
        "call_0",
        "N = 1000000

def f():
    return 1

def run(n):
    t = 0
    i = 0
    while i < n:
        t += f()
        i += 1
    return t

print(run(N))
",
    ),
    (
        "call_1",
        "N = 1500000

def f(a):
    return a

def run(n):
    t = 0
    i = 0
    while i < n:
        t += f(i)
        i += 1
    return t

print(run(N))
",
    ),
    (
        "call_3",
        "N = 1000000

def f(a, b, c):
    return a + b - c

def run(n):
    t = 0
    i = 0
    while i < n:
        t += f(i, 2, 1)
        i += 1
    return t

print(run(N))
",
    ),
    (
        "method_list_append",
        // bound-method call on a builtin: l.append(x), list cleared every 1000 items
        "N = 1000000

def run(n):
    l = []
    t = 0
    i = 0
    while i < n:
        l.append(i)
        if len(l) == 1000:
            t += l[-1]
            l.clear()
        i += 1
    return t + len(l)

print(run(N))
",
    ),
    (
        "method_str_upper",
        "N = 400000

def run(n):
    s = 'hello'
    t = 0
    i = 0
    while i < n:
        t += len(s.upper())
        i += 1
    return t

print(run(N))
",
    ),
    (
        "method_dict_get",
        "N = 1000000

def run(n):
    d = {0: 1, 1: 2, 2: 3, 3: 4, 4: 5, 5: 6, 6: 7}
    t = 0
    i = 0
    while i < n:
        t += d.get(i & 7, 0)
        i += 1
    return t

print(run(N))
",
    ),
    (
        "global_load",
        // module globals and a builtin (len) read inside a function
        "N = 1000000
A = 3
B = [1, 2, 3]

def run(n):
    t = 0
    i = 0
    while i < n:
        t += A + len(B)
        i += 1
    return t

print(run(N))
",
    ),
    (
        "list_subscript",
        // indexed loads and stores on a list
        "N = 750000

def run(n):
    l = [0] * 64
    t = 0
    i = 0
    while i < n:
        j = i & 63
        l[j] = l[j] + i
        t += l[63 - j]
        i += 1
    return t

print(run(N))
",
    ),
];

/// The micro sources as programs.
pub fn micro_programs() -> Vec<Program> {
    MICRO.iter().map(|(name, src)| Program::new(Kind::Micro, name, format!("<micro:{name}>"), src.to_string())).collect()
}

/// One micro source by name.
pub fn micro_program(name: &str) -> Option<Program> {
    MICRO.iter().find(|(n, _)| *n == name).map(|(n, src)| Program::new(Kind::Micro, n, format!("<micro:{n}>"), src.to_string()))
}

/// A way to run programs: a dispatch strategy, with or without specialization.
#[derive(Clone, Copy, Debug)]
pub struct Variant {
    pub name: &'static str,
    pub dispatch: Dispatch,
    pub specialize: bool,
}

/// Every dispatch strategy (specializing), then the default strategy without specialization.
pub fn variants() -> Vec<Variant> {
    let mut v: Vec<Variant> = Dispatch::ALL.iter().map(|&d| Variant { name: d.name(), dispatch: d, specialize: true }).collect();
    v.push(Variant { name: "no-specialize", dispatch: Dispatch::default(), specialize: false });
    v
}

/// A fresh VM configured for `variant`, with output discarded.
pub fn new_vm(variant: Variant) -> Vm {
    let mut vm = Vm::new();
    vm.dispatch = variant.dispatch;
    vm.specialize = variant.specialize;
    vm.discard_output = true;
    vm
}

/// Runs `source` on `vm`; panics with the Python traceback if the program fails.
pub fn run(vm: &mut Vm, source: &str, filename: &str) {
    match vm.run_source(source, filename) {
        Ok(_) => {}
        Err(RunError::Syntax(e)) => panic!("{filename} does not compile:\n{}", traceback::format_syntax_error(&e)),
        Err(RunError::Exception(e)) => {
            let report = traceback::format_exception(vm, e.0);
            panic!("{filename} failed (dispatch {}, specialize {}):\n{report}", vm.dispatch.name(), vm.specialize)
        }
    }
}

/// Process set-up that the `pvm` binary does in `main` (mimalloc purge delay, no transparent
/// huge pages), so in-process runs allocate like the binary. Idempotent.
pub fn init_process() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        // mi_option_purge_delay, as in src/main.rs
        // SAFETY: sets an integer option before the benchmark threads allocate from it.
        unsafe { libmimalloc_sys::mi_option_set(15, -1) };
        #[cfg(target_os = "linux")]
        // SAFETY: PR_SET_THP_DISABLE only sets a flag on this process; extra arguments are zero.
        unsafe {
            libc::prctl(libc::PR_SET_THP_DISABLE, 1, 0, 0, 0);
        }
    });
}

// The `pvm` binary allocates with mimalloc; so do the benches.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;
