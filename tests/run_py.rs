//! Behaviour test suite: runs every `tests/py/*.py` through the `pvm` binary
//! and compares the result with the CPython-generated expectations next to it
//! (`X.out` = exact stdout, optional `X.err` = `exit: N` + `stderr: <last line>`,
//! both produced by `python3 tests/regen.py`).
//!
//! Run with `cargo test --release --test run_py`.
//!
//! * `PVM_TEST_FILTER=substr` runs only programs whose file name contains
//!   `substr` (several substrings may be given separated by commas).
//! * The environment is passed through unchanged to the `pvm` child processes
//!   (e.g. `PVM_GC_STRESS=1`, `PVM_DISPATCH=...`).
//! * Each program gets 60 s; programs run on 2 worker threads.
//!
//! A folder `tests/py/NAME/` holding a `main.py` is one multi-file program (packages,
//! circular and relative imports): `main.py` runs with the folder as its current
//! directory, and its expectations are `NAME/main.out` / `NAME/main.err`.
//!
//! Rules: stdout must match byte for byte; the exit status must equal the one in
//! `X.err` (0 when there is no `X.err`); when `X.err` exists the last non-empty
//! stderr line must equal its `stderr:` line, except for SyntaxError-family
//! expectations, where only the exception type name (text before the first
//! `:`) is compared.

use std::fs;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

const TIMEOUT: Duration = Duration::from_secs(60);
const WORKERS: usize = 2;
const HINT_CHARS: usize = 120;

/// Expected outcome of one program, read from its `.out` / `.err` files.
struct Expected {
    stdout: Vec<u8>,
    exit: i32,
    stderr_last: Option<String>,
}

/// What actually happened when PVM ran the program.
struct Actual {
    stdout: Vec<u8>,
    stderr: Vec<u8>,
    status: Option<ExitStatus>,
    timed_out: bool,
    elapsed: Duration,
}

fn py_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests").join("py")
}

/// Write straight to the process's stdout so the lines are visible even though
/// libtest captures `print!` output of passing tests.
fn say(line: &str) {
    let out = std::io::stdout();
    let mut lock = out.lock();
    let _ = writeln!(lock, "{}", line);
    let _ = lock.flush();
}

fn truncate(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(max).collect();
        t.push_str("...");
        t
    }
}

fn last_nonempty_line(bytes: &[u8]) -> String {
    let text = String::from_utf8_lossy(bytes);
    text.lines().rev().find(|l| !l.trim().is_empty()).map(|l| l.trim_end_matches(['\r', '\n']).to_string()).unwrap_or_default()
}

/// Exception type name of a traceback's last line: the text before the first ':'.
fn exc_type_name(line: &str) -> &str {
    match line.find(':') {
        Some(i) => line[..i].trim(),
        None => line.trim(),
    }
}

fn is_syntax_error_type(name: &str) -> bool {
    matches!(name, "SyntaxError" | "IndentationError" | "TabError")
}

fn load_expected(dir: &Path, stem: &str) -> Result<Expected, String> {
    let out_path = dir.join(format!("{stem}.out"));
    let stdout = fs::read(&out_path).map_err(|e| format!("cannot read {} ({e}); run `python3 tests/regen.py`", out_path.display()))?;
    let err_path = dir.join(format!("{stem}.err"));
    if !err_path.exists() {
        return Ok(Expected { stdout, exit: 0, stderr_last: None });
    }
    let text = fs::read_to_string(&err_path).map_err(|e| format!("cannot read {} ({e})", err_path.display()))?;
    let mut exit = None;
    let mut stderr_last = None;
    for line in text.lines() {
        if let Some(rest) = line.strip_prefix("exit:") {
            exit = rest.trim().parse::<i32>().ok();
        } else if let Some(rest) = line.strip_prefix("stderr:") {
            let rest = rest.strip_prefix(' ').unwrap_or(rest);
            stderr_last = Some(rest.trim_end_matches('\r').to_string());
        }
    }
    let exit = exit.ok_or_else(|| format!("{}: missing or bad `exit: N` line", err_path.display()))?;
    Ok(Expected { stdout, exit, stderr_last })
}

fn spawn_reader<R: Read + Send + 'static>(mut r: R) -> thread::JoinHandle<Vec<u8>> {
    thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = r.read_to_end(&mut buf);
        buf
    })
}

fn wait_with_timeout(child: &mut Child, timeout: Duration) -> (Option<ExitStatus>, bool) {
    let start = Instant::now();
    let mut sleep = Duration::from_millis(1);
    loop {
        match child.try_wait() {
            Ok(Some(status)) => return (Some(status), false),
            Ok(None) => {}
            Err(_) => return (None, false),
        }
        if start.elapsed() >= timeout {
            let _ = child.kill();
            let status = child.wait().ok();
            return (status, true);
        }
        thread::sleep(sleep);
        sleep = (sleep * 2).min(Duration::from_millis(20));
    }
}

fn run_program(bin: &Path, dir: &Path, file_name: &str) -> Result<Actual, String> {
    let start = Instant::now();
    let mut child = Command::new(bin)
        .arg(file_name)
        .current_dir(dir)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot spawn {}: {e}", bin.display()))?;
    let out_reader = spawn_reader(child.stdout.take().expect("piped stdout"));
    let err_reader = spawn_reader(child.stderr.take().expect("piped stderr"));
    let (status, timed_out) = wait_with_timeout(&mut child, TIMEOUT);
    let stdout = out_reader.join().unwrap_or_default();
    let stderr = err_reader.join().unwrap_or_default();
    Ok(Actual { stdout, stderr, status, timed_out, elapsed: start.elapsed() })
}

/// First differing line of two outputs, as a short human-readable hint.
fn stdout_diff_hint(expected: &[u8], got: &[u8]) -> String {
    let e = String::from_utf8_lossy(expected);
    let g = String::from_utf8_lossy(got);
    // Lines keep their '\n' so a missing or extra final newline is visible.
    let el: Vec<&str> = e.split_inclusive('\n').collect();
    let gl: Vec<&str> = g.split_inclusive('\n').collect();
    let n = el.len().max(gl.len());
    for i in 0..n {
        let a = el.get(i).copied();
        let b = gl.get(i).copied();
        if a != b {
            let show = |x: Option<&str>| match x {
                Some(s) => format!("{:?}", truncate(s, HINT_CHARS)),
                None => "<EOF>".to_string(),
            };
            return format!("stdout differs at line {}: expected {} got {}", i + 1, show(a), show(b));
        }
    }
    // Same lines after lossy decoding: the difference is in invalid UTF-8 bytes.
    format!("stdout differs (bytes; expected {} bytes, got {} bytes)", expected.len(), got.len())
}

/// Compare one program's run with its expectation; `Ok(())` means pass.
/// `file_name` is `X.py`, or `NAME/main.py` for a folder program.
fn check(bin: &Path, dir: &Path, file_name: &str) -> Result<(), String> {
    let sub;
    let (dir, file_name) = match file_name.rsplit_once('/') {
        Some((folder, file)) => {
            sub = dir.join(folder);
            (sub.as_path(), file)
        }
        None => (dir, file_name),
    };
    let stem = file_name.trim_end_matches(".py");
    let exp = load_expected(dir, stem)?;
    let act = run_program(bin, dir, file_name)?;
    let got_last = last_nonempty_line(&act.stderr);
    if act.timed_out {
        return Err(format!("timed out after {}s (killed); stderr: {:?}", TIMEOUT.as_secs(), truncate(&got_last, HINT_CHARS)));
    }
    let mut problems: Vec<String> = Vec::new();
    match act.status.and_then(|s| s.code()) {
        Some(code) if code == exp.exit => {}
        Some(code) => problems.push(format!("exit status expected {} got {} (last stderr line: {:?})", exp.exit, code, truncate(&got_last, HINT_CHARS))),
        None => problems.push(format!(
            "exit status expected {} got {} (last stderr line: {:?})",
            exp.exit,
            act.status.map(|s| s.to_string()).unwrap_or_else(|| "<unknown>".into()),
            truncate(&got_last, HINT_CHARS)
        )),
    }
    if act.stdout != exp.stdout {
        problems.push(stdout_diff_hint(&exp.stdout, &act.stdout));
    }
    if let Some(want) = &exp.stderr_last {
        let want_type = exc_type_name(want);
        let ok = if is_syntax_error_type(want_type) { exc_type_name(&got_last) == want_type } else { got_last == *want };
        if !ok {
            problems.push(format!("last stderr line expected {:?} got {:?}", truncate(want, HINT_CHARS), truncate(&got_last, HINT_CHARS)));
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(format!("{} [{:.1}s]", problems.join("; "), act.elapsed.as_secs_f64()))
    }
}

fn collect_programs(dir: &Path) -> Vec<String> {
    let filters: Vec<String> =
        std::env::var("PVM_TEST_FILTER").ok().map(|f| f.split(',').map(|s| s.trim().to_string()).filter(|s| !s.is_empty()).collect()).unwrap_or_default();
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .filter_map(|entry| entry.ok())
        .filter_map(|entry| {
            let name = entry.file_name().to_string_lossy().into_owned();
            if entry.path().join("main.py").is_file() {
                Some(format!("{name}/main.py"))
            } else {
                name.ends_with(".py").then_some(name)
            }
        })
        .filter(|n| filters.is_empty() || filters.iter().any(|f| n.contains(f.as_str())))
        .collect();
    names.sort();
    names
}

#[test]
fn py_suite() {
    let bin = PathBuf::from(env!("CARGO_BIN_EXE_pvm"));
    let dir = py_dir();
    let names = Arc::new(collect_programs(&dir));
    if names.is_empty() {
        say("py-suite: warning: no programs selected (check PVM_TEST_FILTER)");
    }
    let next = Arc::new(AtomicUsize::new(0));
    let results: Arc<Mutex<Vec<(String, Result<(), String>)>>> = Arc::new(Mutex::new(Vec::new()));

    let mut workers = Vec::new();
    for _ in 0..WORKERS {
        let names = Arc::clone(&names);
        let next = Arc::clone(&next);
        let results = Arc::clone(&results);
        let bin = bin.clone();
        let dir = dir.clone();
        workers.push(thread::spawn(move || loop {
            let i = next.fetch_add(1, Ordering::SeqCst);
            if i >= names.len() {
                break;
            }
            let name = &names[i];
            let outcome = check(&bin, &dir, name);
            if let Err(msg) = &outcome {
                say(&format!("FAIL {name}: {msg}"));
            }
            results.lock().unwrap().push((name.clone(), outcome));
        }));
    }
    for w in workers {
        w.join().expect("worker thread panicked");
    }

    let mut results = Arc::try_unwrap(results).ok().expect("workers finished").into_inner().unwrap();
    results.sort_by(|a, b| a.0.cmp(&b.0));
    let failed: Vec<&String> = results.iter().filter(|(_, r)| r.is_err()).map(|(n, _)| n).collect();
    let passed = results.len() - failed.len();
    if !failed.is_empty() {
        let list: Vec<&str> = failed.iter().map(|s| s.as_str()).collect();
        say(&format!("failed programs: {}", list.join(" ")));
    }
    say(&format!("py-suite: {} passed, {} failed", passed, failed.len()));
    assert_eq!(failed.len(), 0, "{} behaviour test program(s) failed", failed.len());
}
