//! Wall-clock benchmarks (criterion) of the dispatch strategies.
//!
//! Group `perf`: every perf/*.py program, scaled down to roughly 20–100 ms a run, under each
//! dispatch strategy (`Dispatch::ALL`) and under the default strategy with specialization
//! off (`no-specialize`). Group `micro`: small inline sources isolating one operation.
//! Benchmark ids are `GROUP/PROGRAM/VARIANT`, e.g. `perf/fib/threaded`.
//!
//! Each iteration runs the program on a fresh `Vm` (created outside the timed part) with
//! its output discarded. See benches/README.md.

mod common;

use common::{Program, Size, Variant};
use criterion::{measurement::WallTime, BatchSize, BenchmarkGroup, Criterion, SamplingMode};
use std::time::Duration;

fn bench_program(group: &mut BenchmarkGroup<'_, WallTime>, program: &Program, variants: &[Variant]) {
    let source = match program.scaled(Size::Criterion) {
        Some((source, n)) => {
            if Some(n) != program.n.map(|(_, full)| full) {
                eprintln!("{}: N = {} scaled to {n}", program.filename, program.n.map_or(0, |(_, full)| full));
            }
            source
        }
        None => {
            eprintln!("note: {} has no top-level `N = <int>` line; benchmarking it at full size", program.filename);
            program.source.clone()
        }
    };
    for &variant in variants {
        group.bench_function(format!("{}/{}", program.name, variant.name), |b| {
            b.iter_batched(
                || common::new_vm(variant),
                |mut vm| {
                    common::run(&mut vm, &source, &program.filename);
                    vm // dropped outside the timed part
                },
                BatchSize::PerIteration,
            )
        });
    }
}

fn perf(c: &mut Criterion) {
    let variants = common::variants();
    let mut group = c.benchmark_group("perf");
    // runs take tens of milliseconds: 10 samples of (usually) one iteration each
    group.sample_size(10).sampling_mode(SamplingMode::Flat).warm_up_time(Duration::from_millis(500)).measurement_time(Duration::from_secs(3));
    for program in common::perf_programs() {
        bench_program(&mut group, &program, &variants);
    }
    group.finish();
}

fn micro(c: &mut Criterion) {
    let variants = common::variants();
    let mut group = c.benchmark_group("micro");
    group.sample_size(10).sampling_mode(SamplingMode::Flat).warm_up_time(Duration::from_millis(500)).measurement_time(Duration::from_secs(1));
    for program in common::micro_programs() {
        bench_program(&mut group, &program, &variants);
    }
    group.finish();
}

fn main() {
    common::init_process();
    // Like the `pvm` binary, run on a thread with a large stack (native re-entries recurse).
    let main = std::thread::Builder::new()
        .stack_size(512 << 20)
        .spawn(|| {
            let mut c = Criterion::default().configure_from_args();
            perf(&mut c);
            micro(&mut c);
            c.final_summary();
        })
        .expect("spawn the benchmark thread");
    if main.join().is_err() {
        std::process::exit(101);
    }
}
