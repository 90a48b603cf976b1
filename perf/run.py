#!/usr/bin/env python3
"""Benchmark runner: PVM vs CPython.

Runs every perf/*.py program (or only those named on the command line) under
the PVM binary and under python3, alternating the two interpreters run by run,
and reports median wall-clock times.  Each PVM run's stdout is compared with
python3's; mismatches and error exits are flagged in the table.

Results are printed and written to perf/RESULTS.md.

Usage:
    python3 perf/run.py                       # all programs, 5 runs each
    python3 perf/run.py fib nbody.py          # only these programs
    python3 perf/run.py --runs 3 --startup    # also measure startup time
    python3 perf/run.py --startup-only        # only the startup table
    python3 perf/run.py --pvm target/debug/pvm

Exit status: 0 if every PVM run succeeded with matching output, 1 otherwise.
"""

import argparse
import datetime
import math
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time

PERF_DIR = os.path.dirname(os.path.abspath(__file__))
REPO_DIR = os.path.dirname(PERF_DIR)
SELF_NAME = os.path.basename(os.path.abspath(__file__))
STARTUP_RUNS = 30


def parse_args():
    p = argparse.ArgumentParser(description="Run PVM vs python3 benchmarks.")
    p.add_argument("programs", nargs="*",
                   help="benchmark names or paths (default: every perf/*.py)")
    p.add_argument("--pvm", default=os.path.join(REPO_DIR, "target", "release", "pvm"),
                   help="path to the pvm binary (default: target/release/pvm)")
    p.add_argument("--python", default="python3",
                   help="reference interpreter (default: python3)")
    p.add_argument("--runs", type=int, default=5,
                   help="runs per interpreter per program (default: 5)")
    p.add_argument("--timeout", type=float, default=120.0,
                   help="per-run timeout in seconds (default: 120)")
    p.add_argument("--startup", action="store_true",
                   help="also measure `-c pass` startup time (median of 30 runs)")
    p.add_argument("--startup-only", action="store_true",
                   help="only measure startup time, skip the programs")
    p.add_argument("--output", default=os.path.join(PERF_DIR, "RESULTS.md"),
                   help="markdown file to write (default: perf/RESULTS.md)")
    args = p.parse_args()
    if args.runs < 1:
        p.error("--runs must be >= 1")
    if args.startup_only:
        args.startup = True
    return args


# ---------------------------------------------------------------- machine info

def cmd_output(argv):
    try:
        r = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                           stdin=subprocess.DEVNULL, timeout=30)
        return r.stdout.decode("utf-8", "replace").strip()
    except (OSError, subprocess.SubprocessError):
        return ""


def cpu_model():
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.lower().startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def machine_info(args):
    nproc = cmd_output(["nproc"]) or str(os.cpu_count() or "?")
    arch = cmd_output(["uname", "-m"]) or platform.machine()
    pyver = cmd_output([args.python, "--version"]) or "unknown"
    commit = cmd_output(["git", "-C", REPO_DIR, "rev-parse", "--short", "HEAD"])
    if not commit or " " in commit:
        commit = "(no commit)"
    return {
        "machine": f"{cpu_model()}, nproc={nproc}, {arch}",
        "date": datetime.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M:%S %Z"),
        "python": pyver,
        "pvm": (os.path.relpath(args.pvm, REPO_DIR)
                if os.path.isabs(args.pvm) and args.pvm.startswith(REPO_DIR + os.sep)
                else args.pvm),
        "commit": commit,
    }


# ---------------------------------------------------------------- running

class RunResult:
    __slots__ = ("seconds", "status", "stdout", "stderr", "timed_out", "error")

    def __init__(self, seconds, status, stdout, stderr, timed_out=False, error=None):
        self.seconds = seconds
        self.status = status
        self.stdout = stdout
        self.stderr = stderr
        self.timed_out = timed_out
        self.error = error

    def ok(self):
        return self.error is None and not self.timed_out and self.status == 0

    def describe(self):
        if self.error is not None:
            return f"cannot run: {self.error}"
        if self.timed_out:
            return f"timeout after {self.seconds:.1f}s"
        if self.status < 0:
            what = f"killed by signal {-self.status}"
        else:
            what = f"exit status {self.status}"
        last = self.stderr.decode("utf-8", "replace").strip().splitlines()
        if last:
            what += ": " + last[-1].strip()[:100]
        return what


def run_once(argv, timeout):
    start = time.perf_counter()
    try:
        proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                stdin=subprocess.DEVNULL, cwd=PERF_DIR)
    except OSError as e:
        return RunResult(0.0, None, b"", b"", error=str(e))
    try:
        out, err = proc.communicate(timeout=timeout)
        elapsed = time.perf_counter() - start
        return RunResult(elapsed, proc.returncode, out, err)
    except subprocess.TimeoutExpired:
        proc.kill()
        out, err = proc.communicate()
        return RunResult(time.perf_counter() - start, proc.returncode, out, err, timed_out=True)


def first_difference(expected, actual):
    exp_lines = expected.decode("utf-8", "replace").splitlines()
    act_lines = actual.decode("utf-8", "replace").splitlines()
    for i in range(max(len(exp_lines), len(act_lines))):
        e = exp_lines[i] if i < len(exp_lines) else "<missing>"
        a = act_lines[i] if i < len(act_lines) else "<missing>"
        if e != a:
            return f"line {i + 1}: python3={e[:100]!r} pvm={a[:100]!r}"
    return "outputs differ (trailing whitespace/newlines)"


def tail(data, n=5):
    lines = data.decode("utf-8", "replace").rstrip().splitlines()
    return "\n".join("      " + l[:160] for l in lines[-n:])


def bench_program(path, args):
    """Returns a dict describing the program's results."""
    name = os.path.splitext(os.path.basename(path))[0]
    py_times = []
    pvm_times = []
    py_ref = None
    py_problem = None
    pvm_problem = None
    mismatch = None
    for i in range(args.runs):
        # Alternate which interpreter goes first so drift affects both equally.
        order = ("py", "pvm") if i % 2 == 0 else ("pvm", "py")
        for which in order:
            if which == "py":
                if py_problem is not None:
                    continue
                r = run_once([args.python, path], args.timeout)
                if not r.ok():
                    py_problem = r.describe()
                    sys.stderr.write(f"  !! python3 failed on {name}: {py_problem}\n{tail(r.stderr)}\n")
                    continue
                if py_ref is None:
                    py_ref = r.stdout
                elif r.stdout != py_ref:
                    sys.stderr.write(f"  !! python3 output of {name} is not deterministic\n")
                py_times.append(r.seconds)
            else:
                if pvm_problem is not None:
                    continue  # don't keep re-running a failing program
                r = run_once([args.pvm, path], args.timeout)
                if not r.ok():
                    pvm_problem = r.describe()
                    sys.stderr.write(f"  !! pvm FAILED on {name}: {pvm_problem}\n{tail(r.stderr)}\n")
                    continue
                pvm_times.append(r.seconds)
                # Run 0 is python3-first, so py_ref is set unless python3 failed.
                if py_ref is not None and r.stdout != py_ref and mismatch is None:
                    mismatch = first_difference(py_ref, r.stdout)
                    sys.stderr.write(f"  !! pvm OUTPUT MISMATCH on {name}: {mismatch}\n")
    return {
        "name": name,
        "py_times": py_times,
        "pvm_times": pvm_times,
        "py_problem": py_problem,
        "pvm_problem": pvm_problem,
        "mismatch": mismatch,
    }


def measure_startup(args):
    res = {}
    for label in ("python3", "pvm"):
        res[label] = {"times": [], "problem": None}
    for i in range(STARTUP_RUNS):
        order = ("python3", "pvm") if i % 2 == 0 else ("pvm", "python3")
        for label in order:
            entry = res[label]
            if entry["problem"] is not None:
                continue
            argv = [args.python if label == "python3" else args.pvm, "-c", "pass"]
            r = run_once(argv, 30.0)
            if not r.ok():
                entry["problem"] = r.describe()
                sys.stderr.write(f"  !! {label} -c pass failed: {entry['problem']}\n{tail(r.stderr)}\n")
                continue
            entry["times"].append(r.seconds * 1000.0)
    return res


# ---------------------------------------------------------------- reporting

def fmt_s(x):
    return f"{x:.3f}"


def build_report(info, args, results, startup):
    lines = []
    lines.append("# PVM performance results")
    lines.append("")
    lines.append(f"- Machine: {info['machine']}")
    lines.append(f"- Date: {info['date']}")
    lines.append(f"- Reference: {info['python']}")
    lines.append(f"- PVM binary: `{info['pvm']}` (repo commit {info['commit']})")
    if results is not None:
        lines.append(f"- Runs: {args.runs} per interpreter per program, interleaved; "
                     f"wall-clock medians")
    lines.append("")
    problems = 0
    if results is not None:
        lines.append("Speedup = python3 median / pvm median (> 1 means pvm is faster). "
                     "Output compares pvm's stdout with python3's.")
        lines.append("")
        lines.append("| program | python3 median (s) | pvm median (s) | speedup (python3/pvm) | output |")
        lines.append("|---|---:|---:|---:|---|")
        speedups = []
        for r in results:
            py_med = statistics.median(r["py_times"]) if r["py_times"] else None
            pvm_med = statistics.median(r["pvm_times"]) if r["pvm_times"] else None
            py_cell = fmt_s(py_med) if py_med is not None else "n/a"
            if r["pvm_problem"] is not None:
                pvm_cell = "**FAIL**"
                speed_cell = "-"
                out_cell = f"**FAIL**: {r['pvm_problem']}".replace("|", "\\|")
                problems += 1
            else:
                pvm_cell = fmt_s(pvm_med) if pvm_med is not None else "n/a"
                if py_med is not None and pvm_med:
                    sp = py_med / pvm_med
                    speed_cell = f"{sp:.2f}x"
                else:
                    sp = None
                    speed_cell = "-"
                if r["py_problem"] is not None:
                    out_cell = f"python3 failed: {r['py_problem']}"
                elif r["mismatch"] is not None:
                    out_cell = f"**MISMATCH** ({r['mismatch']})".replace("|", "\\|")
                    problems += 1
                else:
                    out_cell = "ok"
                    if sp is not None:
                        speedups.append(sp)
            lines.append(f"| {r['name']} | {py_cell} | {pvm_cell} | {speed_cell} | {out_cell} |")
        if speedups:
            gm = math.exp(sum(math.log(s) for s in speedups) / len(speedups))
            gm_cell = f"**{gm:.2f}x**"
        else:
            gm_cell = "-"
        lines.append(f"| **geometric mean** ({len(speedups)} of {len(results)} with matching output) "
                     f"| | | {gm_cell} | |")
        lines.append("")
    if startup is not None:
        lines.append(f"Startup time (`-c pass`, median of {STARTUP_RUNS} runs):")
        lines.append("")
        lines.append("| interpreter | median (ms) | min (ms) |")
        lines.append("|---|---:|---:|")
        for label in ("python3", "pvm"):
            e = startup[label]
            if e["problem"] is not None:
                lines.append(f"| {label} | **FAIL** ({e['problem']}) | |")
                if label == "pvm":
                    problems += 1
            else:
                lines.append(f"| {label} | {statistics.median(e['times']):.2f} | {min(e['times']):.2f} |")
        lines.append("")
    return "\n".join(lines), problems


def find_programs(names):
    if not names:
        progs = sorted(f for f in os.listdir(PERF_DIR)
                       if f.endswith(".py") and f != SELF_NAME)
        return [os.path.join(PERF_DIR, f) for f in progs]
    out = []
    for n in names:
        cands = [n, n + ".py", os.path.join(PERF_DIR, n), os.path.join(PERF_DIR, n + ".py")]
        for c in cands:
            if os.path.isfile(c):
                out.append(os.path.abspath(c))
                break
        else:
            sys.exit(f"run.py: no such benchmark: {n}")
    return out


def main():
    args = parse_args()
    args.pvm = os.path.abspath(args.pvm) if os.sep in args.pvm else args.pvm
    info = machine_info(args)
    if shutil.which(args.pvm) is None:
        sys.stderr.write(f"run.py: WARNING: pvm binary {args.pvm} not found or not executable; "
                         f"all pvm runs will FAIL\n")
    results = None
    if not args.startup_only:
        programs = find_programs(args.programs)
        results = []
        for path in programs:
            name = os.path.basename(path)
            sys.stderr.write(f"running {name} ({args.runs} runs each)...\n")
            results.append(bench_program(path, args))
    startup = None
    if args.startup:
        sys.stderr.write(f"measuring startup ({STARTUP_RUNS} runs each)...\n")
        startup = measure_startup(args)
    report, problems = build_report(info, args, results, startup)
    print(report)
    try:
        with open(args.output, "w") as f:
            f.write(report + "\n")
        sys.stderr.write(f"wrote {args.output}\n")
    except OSError as e:
        sys.stderr.write(f"run.py: cannot write {args.output}: {e}\n")
    if problems:
        banner = "!" * 70
        sys.stderr.write(f"{banner}\n!! {problems} PVM problem(s): failures or output mismatches "
                         f"(see table)\n{banner}\n")
        sys.exit(1)


if __name__ == "__main__":
    main()
