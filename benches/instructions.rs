//! Instruction counts (iai-callgrind / valgrind's callgrind) of the dispatch strategies.
//!
//! Group `perf`: each perf/*.py program listed below, scaled down to a few tens of millions
//! of instructions, run once under each variant: every dispatch strategy, and the default
//! strategy without specialization. Group `micro`: the inline micro sources from
//! benches/common. Only the program run is counted: creating the `Vm` and reading and
//! scaling the source happen in the setup function, and the `Vm` is dropped afterwards.
//!
//! iai-callgrind's benchmark ids are fixed at compile time, so the programs are listed here;
//! at run time the list is checked against perf/*.py and a note is printed for a program
//! that is missing from it, has no `N = <int>` line (skipped: too slow at full size), or no
//! longer exists (skipped). See benches/README.md.

mod common;

use common::{Size, Variant};
use iai_callgrind::{library_benchmark, library_benchmark_group, main, LibraryBenchmarkConfig};
use pvm::vm::Vm;

/// A program ready to run: the `Vm` it runs on and its scaled source.
pub struct Case {
    vm: Vm,
    source: String,
    filename: String,
}

fn variant(name: &str) -> Variant {
    common::variants().into_iter().find(|v| v.name == name).unwrap_or_else(|| panic!("no variant named {name:?} (see common::variants)"))
}

fn case(program: Option<common::Program>, what: &str, variant_name: &str) -> Option<Case> {
    common::init_process();
    let Some(program) = program else {
        eprintln!("note: {what} does not exist; skipped");
        return None;
    };
    let Some((source, _)) = program.scaled(Size::Callgrind) else {
        eprintln!("note: {} has no top-level `N = <int>` line; skipped (too slow at full size under callgrind)", program.filename);
        return None;
    };
    Some(Case { vm: common::new_vm(variant(variant_name)), source, filename: program.filename })
}

/// Setup of a `perf` bench (not counted).
fn perf_case(program: &str, variant_name: &str) -> Option<Case> {
    case(common::perf_program(program), &format!("perf/{program}.py"), variant_name)
}

/// Setup of a `micro` bench (not counted).
fn micro_case(program: &str, variant_name: &str) -> Option<Case> {
    case(common::micro_program(program), &format!("micro source {program}"), variant_name)
}

/// The counted part: one run of the program. The `Case` is returned so that dropping the
/// `Vm` is not counted.
fn run_case(mut case: Option<Case>) -> Option<Case> {
    if let Some(c) = case.as_mut() {
        common::run(&mut c.vm, &c.source, &c.filename);
    }
    case
}

/// One `#[library_benchmark]` function for one variant, with a `#[bench::PROGRAM]` per program.
macro_rules! variant_bench {
    ($fn_name:ident, $variant:literal, $setup:ident, [$($program:ident),* $(,)?]) => {
        #[library_benchmark]
        $( #[bench::$program(args = (stringify!($program), $variant), setup = $setup)] )*
        fn $fn_name(case: Option<Case>) -> Option<Case> {
            run_case(case)
        }
    };
}

/// `[a, b]` to `&["a", "b"]`.
macro_rules! names {
    ([$($name:ident),* $(,)?]) => {
        &[$(stringify!($name)),*]
    };
}

/// The `perf` and `micro` groups: one bench function per variant, one bench per program.
macro_rules! benches {
    (
        variants: [$($perf_fn:ident, $micro_fn:ident => $variant:literal;)*]
        perf: $perf:tt
        micro: $micro:tt
    ) => {
        $(
            variant_bench!($perf_fn, $variant, perf_case, $perf);
            variant_bench!($micro_fn, $variant, micro_case, $micro);
        )*
        library_benchmark_group!(name = perf; benchmarks = $($perf_fn),*);
        library_benchmark_group!(name = micro; benchmarks = $($micro_fn),*);
        const VARIANTS: &[&str] = &[$($variant),*];
        const PERF: &[&str] = names!($perf);
        const MICRO: &[&str] = names!($micro);
    };
}

// Keep in step with `Dispatch::ALL`, perf/*.py and `common::MICRO`; `config()` prints a
// note at run time for anything left out.
benches! {
    variants: [
        perf_switch, micro_switch => "switch";
        perf_threaded, micro_threaded => "threaded";
        perf_no_specialize, micro_no_specialize => "no-specialize";
    ]
    perf: [
        binary_trees, dict_count, exceptions, fannkuch, fib, float_loop, int_loop, json_like, mandelbrot, matrix, nbody, nqueens, sieve,
        sort_strings, spectral_norm, string_build, unpack_sequence, word_freq,
    ]
    micro: [
        dispatch_loop, call_0, call_1, call_3, method_list_append, method_str_upper, method_dict_get, global_load, list_subscript,
    ]
}

/// The benchmark configuration. Evaluated natively in the bench binary before the runner
/// starts (so what it prints is shown, unlike the output of setup functions): prints notes on
/// what the lists above leave out.
fn config() -> LibraryBenchmarkConfig {
    for v in common::variants() {
        if !VARIANTS.contains(&v.name) {
            eprintln!("note: variant {:?} is not benchmarked here; add it to benches/instructions.rs", v.name);
        }
    }
    for p in common::perf_programs() {
        if !PERF.contains(&p.name.as_str()) {
            eprintln!("note: {} is not benchmarked here; add `{}` to the perf list in benches/instructions.rs", p.filename, p.name);
        } else if p.n.is_none() {
            eprintln!("note: {} has no top-level `N = <int>` line; it is skipped (too slow at full size under callgrind)", p.filename);
        }
    }
    for name in PERF {
        if common::perf_program(name).is_none() {
            eprintln!("note: perf/{name}.py is listed in benches/instructions.rs but does not exist; its benches count nothing");
        }
    }
    for (name, _) in common::MICRO {
        if !MICRO.contains(name) {
            eprintln!("note: micro source {name} is not benchmarked here; add it to the micro list in benches/instructions.rs");
        }
    }
    LibraryBenchmarkConfig::default()
}

main!(config = config(); library_benchmark_groups = perf, micro);
