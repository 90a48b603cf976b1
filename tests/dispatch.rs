//! Dispatch strategies and adaptive specialization, checked from outside.
//!
//! * A long loop and a deep run of calls finish under the threaded strategy on a small
//!   thread stack: handler chains return to the trampoline at backward jumps and
//!   frame changes, so the Rust stack does not grow with the length of the run, even
//!   where LLVM does not turn the handlers' tail calls into jumps.
//! * Every strategy, with and without specialization, computes the same results.
//! * `--stats` shows specialization and deoptimization happening where the operand
//!   types at a site change.

use pvm::vm::dispatch::Dispatch;
use pvm::Vm;
use std::process::Command;

/// Runs `source` in-process and returns its printed output.
fn run_in_process(source: &str, dispatch: Dispatch, specialize: bool) -> Result<String, String> {
    let mut vm = Vm::new();
    vm.dispatch = dispatch;
    vm.specialize = specialize;
    vm.discard_output = false;
    let r = vm.run_source(source, "<test>");
    let out = String::from_utf8_lossy(&vm.out).into_owned();
    vm.out.clear();
    match r {
        Ok(_) => Ok(out),
        Err(_) => Err(format!("program failed; output so far: {out}")),
    }
}

/// Runs `f` on a thread with a stack of `kib` KiB; a stack overflow aborts the test.
fn on_small_stack<T: Send + 'static>(kib: usize, f: impl FnOnce() -> T + Send + 'static) -> T {
    std::thread::Builder::new().stack_size(kib << 10).spawn(f).expect("spawn").join().expect("thread")
}

const LONG_LOOP: &str = "
i = 0
total = 0
while i < 3000000:
    total += i & 7
    i += 1
for j in range(1000000):
    total -= 1
print(total)
";

const MANY_CALLS: &str = "
def f(n):
    if n < 2:
        return n
    return f(n - 1) + f(n - 2)
print(f(24))
";

#[test]
fn threaded_long_loop_keeps_the_rust_stack_small() {
    // 10 million instructions on a 512 KiB stack: one Rust frame per instruction would
    // need gigabytes.
    for src in [LONG_LOOP, MANY_CALLS] {
        let out = on_small_stack(512, move || run_in_process(src, Dispatch::Threaded, true));
        let expect = on_small_stack(512, move || run_in_process(src, Dispatch::Switch, true));
        assert_eq!(out, expect);
        assert!(out.is_ok());
    }
}

#[test]
fn every_strategy_agrees() {
    let src = "
def g(a, b):
    return a * b + a // (b or 1) - a % 3
acc = 0
for i in range(-50, 50):
    acc += g(i, i - 7) + g(i * 0.5, 2)
    acc += len([i] * 3) + ('x' in 'xyz') + (i in {1: 2})
print(acc)
";
    let reference = run_in_process(src, Dispatch::Switch, false).expect("runs");
    for d in Dispatch::ALL {
        for spec in [true, false] {
            assert_eq!(run_in_process(src, d, spec).as_deref(), Ok(reference.as_str()), "{} specialize={}", d.name(), spec);
        }
    }
}

/// Runs the pvm binary with `--stats` and returns (stdout, stderr).
fn run_stats(args: &[&str], source: &str) -> (String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_pvm")).args(args).arg("--stats").arg("-c").arg(source).output().expect("run pvm");
    (String::from_utf8_lossy(&out.stdout).into_owned(), String::from_utf8_lossy(&out.stderr).into_owned())
}

/// The figures of one family row of the stats report: (hits, misses, generic runs).
fn family_row(report: &str, family: &str) -> (u64, u64, u64) {
    let line = report
        .lines()
        .find(|l| l.split_whitespace().next() == Some(family) && l.contains('%') && !l.ends_with("generic") && !l.ends_with("specialized"))
        .unwrap_or_else(|| panic!("no row for {family} in:\n{report}"));
    let nums: Vec<u64> = line.split_whitespace().skip(1).take(3).map(|n| n.parse().expect("number")).collect();
    (nums[0], nums[1], nums[2])
}

#[test]
fn call_site_deoptimizes_from_ints_to_strs() {
    let src = "
def add(a, b):
    return a + b
t = 0
for i in range(1000):
    t = add(t, i)
s = ''
for i in range(1000):
    s = add(s, 'x')
print(t, len(s))
";
    for d in ["switch", "threaded"] {
        let (out, report) = run_stats(&[&format!("--dispatch={d}")], src);
        assert_eq!(out, "499500 1000\n");
        let (hits, misses, _) = family_row(&report, "Add");
        assert!(hits >= 900, "int specialization should hit: {report}");
        assert!(misses >= 1, "the str calls must deoptimize the int form: {report}");
    }
    // off: no specialized instruction runs at all
    let (out, report) = run_stats(&["--no-specialize"], src);
    assert_eq!(out, "499500 1000\n");
    assert!(report.contains("specializations: 0, deopts: 0"), "{report}");
    assert!(!report.lines().any(|l| l.ends_with("specialized")), "{report}");
}

#[test]
fn rebound_and_recreated_globals_stay_correct() {
    let src = "
g = 1
acc = 0
for i in range(3000):
    acc += g
    if i == 1000:
        g = 10
    if i == 2000:
        del g
        g = 100
print(acc)
";
    let (out, report) = run_stats(&[], src);
    assert_eq!(out, format!("{}\n", 1001 + 1000 * 10 + 999 * 100));
    let (hits, misses, _) = family_row(&report, "LoadGlobal");
    assert!(hits > 2000, "{report}");
    assert!(misses >= 1, "deleting and re-adding a global changes the key version: {report}");
}

#[test]
fn attribute_sites_deoptimize_when_the_class_changes() {
    // One load site and one method site see instances of A, then of B (another class:
    // the sites become polymorphic), then of A again after A gains a property named
    // like the instance attribute (a data descriptor wins over the instance dict) and
    // a new method (the method site refills its ways for the new class epoch).
    let src = "
class A:
    def __init__(self, v):
        self.v = v
    def m(self):
        return 1
class B:
    def __init__(self, v):
        self.w = 0
        self.v = v
    def m(self):
        return 2
def get(o):
    return o.v + o.m()
t = 0
for i in range(600):
    t += get(A(i))
for i in range(600):
    t += get(B(i))
A.v = property(lambda self: -1000, lambda self, x: None)
A.m = lambda self: 5
for i in range(600):
    t += get(A(i))
print(t)
";
    let expected = (0..600).map(|i| i + 1).sum::<i64>() + (0..600).map(|i| i + 2).sum::<i64>() + 600 * (-1000 + 5);
    for d in ["switch", "threaded"] {
        let (out, report) = run_stats(&[&format!("--dispatch={d}")], src);
        assert_eq!(out, format!("{}\n", expected), "{report}");
        let (hits, misses, _) = family_row(&report, "GetAttr");
        assert!(hits >= 1000, "instance attribute loads should hit: {report}");
        // the second class makes the sites polymorphic; the property (a data
        // descriptor, which no instance form accepts) deoptimizes the load
        assert!(misses >= 1, "a changed class must deoptimize: {report}");
        let (hits, _, _) = family_row(&report, "LoadMethod");
        assert!(hits >= 1000, "method loads should hit: {report}");
        for form in ["GetAttrPoly", "LoadMethodPoly"] {
            assert!(report.lines().any(|l| l.split_whitespace().next() == Some(form)), "{form} should run: {report}");
        }
    }
    let (out, _) = run_stats(&["--no-specialize"], src);
    assert_eq!(out, format!("{}\n", expected));
}

#[test]
fn stats_report_has_every_section() {
    let (_, report) = run_stats(&["--dispatch=threaded"], "x = 1\nprint(x)");
    let (_, report2) = run_stats(&[], "l = []\nfor i in range(100):\n    l.append(i)\nprint(sum(l))");
    for r in [&report, &report2] {
        for needle in ["instructions executed:", "instructions per opcode", "inline caches per family", "specializations:", "calls:", "gc:"] {
            assert!(r.contains(needle), "missing {needle} in {r}");
        }
    }
    assert!(report2.contains("LoadMethodCached"), "{report2}");
}
