//! The interactive prompt (`src/repl.rs`) and Ctrl-C.
//!
//! * Transcripts: each `tests/repl/X.in` is fed to `pvm -q -i` through a pipe, and
//!   stdout, stderr (prompts, tracebacks, syntax errors) and the exit status must
//!   equal CPython's for `python3 -q -i` on the same input (`X.out`, `X.err`,
//!   `X.exit`, written by `python3 tests/repl/regen.py`).
//! * A session on a pseudo-terminal, as a person would have it: banner, prompts,
//!   echo, `_`, a multi-line `def`, a traceback, Ctrl-C at the prompt and in a
//!   running loop, Ctrl-D.
//! * SIGINT sent to a script: a KeyboardInterrupt traceback, then death by SIGINT
//!   (a shell's status 130), or an `except KeyboardInterrupt` that catches it.
//!
//! Every child runs under a deadline and is killed past it, so a hang fails the test
//! instead of stalling CI.

use std::io::Read;
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};
use std::os::unix::process::{CommandExt, ExitStatusExt};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

const DEADLINE: Duration = Duration::from_secs(30);

fn pvm() -> &'static str {
    env!("CARGO_BIN_EXE_pvm")
}

fn repl_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests").join("repl")
}

/// A scratch directory of this test process (HOME for the history file, scripts).
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("pvm-repl-test-{}-{}", std::process::id(), name));
    std::fs::create_dir_all(&dir).expect("scratch dir");
    dir
}

/// Lets the child take SIGINT even when the test runner was started with it ignored
/// (a background job), which the child would otherwise inherit.
fn default_sigint(cmd: &mut Command) {
    // SAFETY: between fork and exec only async-signal-safe calls are made.
    unsafe {
        cmd.pre_exec(|| {
            libc::signal(libc::SIGINT, libc::SIG_DFL);
            Ok(())
        });
    }
}

/// Waits for the child until the deadline; kills it past the deadline.
fn wait_with_deadline(child: &mut Child, deadline: Instant) -> Option<ExitStatus> {
    loop {
        match child.try_wait() {
            Ok(Some(status)) => return Some(status),
            Ok(None) if Instant::now() < deadline => std::thread::sleep(Duration::from_millis(10)),
            _ => {
                let _ = child.kill();
                let _ = child.wait();
                return None;
            }
        }
    }
}

/// Reads a pipe to its end on a thread of its own.
fn collect(pipe: impl Read + Send + 'static) -> std::thread::JoinHandle<Vec<u8>> {
    std::thread::spawn(move || {
        let mut pipe = pipe;
        let mut buf = Vec::new();
        let _ = pipe.read_to_end(&mut buf);
        buf
    })
}

// ---------------------------------------------------------------- transcripts

#[test]
fn transcripts_match_cpython() {
    let mut inputs: Vec<PathBuf> = std::fs::read_dir(repl_dir())
        .expect("tests/repl")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "in"))
        .collect();
    inputs.sort();
    assert!(!inputs.is_empty(), "no tests/repl/*.in");
    let mut failures = Vec::new();
    for input in &inputs {
        let stem = input.file_stem().and_then(|s| s.to_str()).unwrap_or("?").to_string();
        let read = |ext: &str| std::fs::read(input.with_extension(ext)).unwrap_or_default();
        let (want_out, want_err) = (read("out"), read("err"));
        let want_exit: i32 = String::from_utf8_lossy(&read("exit")).trim().parse().unwrap_or(0);
        let mut child = Command::new(pvm())
            .args(["-q", "-i"])
            .stdin(std::fs::File::open(input).expect("input"))
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn pvm");
        let out = collect(child.stdout.take().expect("stdout"));
        let err = collect(child.stderr.take().expect("stderr"));
        let status = wait_with_deadline(&mut child, Instant::now() + DEADLINE);
        let (out, err) = (out.join().unwrap_or_default(), err.join().unwrap_or_default());
        let problem = match status {
            None => Some("timed out".to_string()),
            Some(s) if s.code() != Some(want_exit) => Some(format!("exit {:?}, expected {}", s.code(), want_exit)),
            Some(_) if out != want_out => {
                Some(format!("stdout differs:\n--- expected\n{}--- got\n{}", String::from_utf8_lossy(&want_out), String::from_utf8_lossy(&out)))
            }
            Some(_) if err != want_err => {
                Some(format!("stderr differs:\n--- expected\n{}--- got\n{}", String::from_utf8_lossy(&want_err), String::from_utf8_lossy(&err)))
            }
            Some(_) => None,
        };
        if let Some(p) = problem {
            failures.push(format!("{}: {}", stem, p));
        }
    }
    assert!(failures.is_empty(), "{} of {} transcripts differ from CPython's:\n{}", failures.len(), inputs.len(), failures.join("\n"));
}

#[test]
fn invalid_utf8_line_is_a_syntax_error_and_the_session_goes_on() {
    let mut child = Command::new(pvm()).args(["-q", "-i"]).stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().expect("spawn pvm");
    let mut input = b"x = \"\xff\"\n".to_vec();
    input.extend_from_slice("\"\u{e9}t\u{e9}\"\n".as_bytes());
    input.extend_from_slice(&[b'a'; 100_000]);
    input.extend_from_slice(b" = 1\n7\n");
    let mut stdin = child.stdin.take().expect("stdin");
    let writer = std::thread::spawn(move || std::io::Write::write_all(&mut stdin, &input));
    let out = collect(child.stdout.take().expect("stdout"));
    let err = collect(child.stderr.take().expect("stderr"));
    let status = wait_with_deadline(&mut child, Instant::now() + DEADLINE).expect("pvm -i finishes");
    let _ = writer.join();
    let (out, err) =
        (String::from_utf8_lossy(&out.join().unwrap_or_default()).into_owned(), String::from_utf8_lossy(&err.join().unwrap_or_default()).into_owned());
    assert_eq!(status.code(), Some(0), "stderr: {}", err);
    assert!(err.contains("SyntaxError: (unicode error) 'utf-8' codec can't decode byte 0xff in position 5: invalid start byte"), "stderr: {}", err);
    assert_eq!(out, "'\u{e9}t\u{e9}'\n7\n");
}

// ---------------------------------------------------------------- pseudo-terminal

/// `pvm` on a pseudo-terminal that is its controlling terminal, as in a shell.
struct Terminal {
    master: OwnedFd,
    child: Child,
    seen: Vec<u8>,
    /// How much of `seen` earlier expectations consumed.
    cursor: usize,
}

impl Terminal {
    fn start(home: &Path) -> Terminal {
        let (mut master, mut slave) = (-1, -1);
        let size = libc::winsize { ws_row: 24, ws_col: 100, ws_xpixel: 0, ws_ypixel: 0 };
        // SAFETY: openpty stores two new descriptors in the out-parameters; a null name
        // and termios are allowed.
        let rc = unsafe { libc::openpty(&mut master, &mut slave, std::ptr::null_mut(), std::ptr::null(), &size) };
        assert_eq!(rc, 0, "openpty: {}", std::io::Error::last_os_error());
        // SAFETY: both descriptors were just opened by openpty and are owned here alone.
        let (master, slave) = unsafe { (OwnedFd::from_raw_fd(master), OwnedFd::from_raw_fd(slave)) };
        let mut cmd = Command::new(pvm());
        cmd.env("HOME", home).env("TERM", "xterm");
        cmd.stdin(Stdio::from(slave.try_clone().expect("dup pty")));
        cmd.stdout(Stdio::from(slave.try_clone().expect("dup pty")));
        cmd.stderr(Stdio::from(slave));
        // SAFETY: between fork and exec only async-signal-safe calls are made: a new
        // session whose controlling terminal is the pty (so Ctrl-C typed into it sends
        // SIGINT), and SIGINT's default disposition.
        unsafe {
            cmd.pre_exec(|| {
                libc::setsid();
                libc::ioctl(0, libc::TIOCSCTTY as _, 0);
                libc::signal(libc::SIGINT, libc::SIG_DFL);
                Ok(())
            });
        }
        let child = cmd.spawn().expect("spawn pvm on a pty");
        // the parent's copies of the slave go with `cmd`, so the master sees the end
        drop(cmd);
        Terminal { master, child, seen: Vec::new(), cursor: 0 }
    }

    fn send(&mut self, bytes: &[u8]) {
        // SAFETY: writes from a live slice to the master descriptor this struct owns.
        let n = unsafe { libc::write(self.master.as_raw_fd(), bytes.as_ptr() as *const libc::c_void, bytes.len()) };
        assert_eq!(n, bytes.len() as isize, "write to pty");
    }

    fn transcript(&self) -> String {
        String::from_utf8_lossy(&self.seen).into_owned()
    }

    /// Reads until `text` appears after what earlier expectations consumed.
    fn expect(&mut self, text: &str) {
        let deadline = Instant::now() + Duration::from_secs(15);
        loop {
            if let Some(at) = find(&self.seen[self.cursor..], text.as_bytes()) {
                self.cursor += at + text.len();
                return;
            }
            let left = deadline.saturating_duration_since(Instant::now());
            assert!(!left.is_zero(), "timed out waiting for {:?}; the terminal showed:\n{}", text, self.transcript());
            let mut poll = libc::pollfd { fd: self.master.as_raw_fd(), events: libc::POLLIN, revents: 0 };
            // SAFETY: polls one valid pollfd.
            let ready = unsafe { libc::poll(&mut poll, 1, left.as_millis().min(1000) as libc::c_int) };
            if ready <= 0 {
                continue;
            }
            let mut buf = [0u8; 4096];
            // SAFETY: reads into a local buffer of the given size.
            let n = unsafe { libc::read(self.master.as_raw_fd(), buf.as_mut_ptr() as *mut libc::c_void, buf.len()) };
            assert!(n > 0, "the terminal closed while waiting for {:?}; it showed:\n{}", text, self.transcript());
            self.seen.extend_from_slice(&buf[..n as usize]);
        }
    }

    /// What the terminal showed since the mark, for checks on a whole exchange.
    fn since(&self, mark: usize) -> String {
        String::from_utf8_lossy(&self.seen[mark..self.cursor]).into_owned()
    }
}

impl Drop for Terminal {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

#[test]
fn terminal_session() {
    let home = scratch("home");
    let mut t = Terminal::start(&home);
    t.expect("Python 3.11 (pvm ");
    t.expect(">>> ");
    t.send(b"6 * 7\r");
    t.expect("42\r\n");
    t.expect(">>> ");
    t.send(b"_ + 1\r");
    t.expect("43\r\n");

    // a multi-line def: `... ` until the empty line
    t.expect(">>> ");
    t.send(b"def twice(v):\r");
    t.expect("... ");
    t.send(b"    return v * 2\r");
    t.expect("... ");
    t.send(b"\r");
    t.expect(">>> ");
    t.send(b"twice(21)\r");
    t.expect("42\r\n");

    // a traceback does not end the session
    t.expect(">>> ");
    let mark = t.cursor;
    t.send(b"1/0\r");
    t.expect("ZeroDivisionError: division by zero\r\n");
    assert!(t.since(mark).contains("Traceback (most recent call last):\r\n  File \"<stdin>\", line 1, in <module>\r\n"), "{}", t.transcript());
    t.expect(">>> ");
    t.send(b"1 +\r");
    t.expect("SyntaxError: invalid syntax\r\n");

    // Ctrl-C at the prompt, and in the middle of a block
    t.expect(">>> ");
    t.send(b"\x03");
    t.expect("KeyboardInterrupt\r\n");
    t.expect(">>> ");
    t.send(b"if True:\r");
    t.expect("... ");
    t.send(b"\x03");
    t.expect("KeyboardInterrupt\r\n");

    // Ctrl-C while code runs: KeyboardInterrupt in the loop, and the prompt again
    t.expect(">>> ");
    t.send(b"def spin():\r");
    t.expect("... ");
    t.send(b"    print('spinning', flush=True)\r");
    t.expect("... ");
    t.send(b"    while True: pass\r");
    t.expect("... ");
    t.send(b"\r");
    t.expect(">>> ");
    t.send(b"spin()\r");
    t.expect("spinning\r\n");
    std::thread::sleep(Duration::from_millis(100));
    let mark = t.cursor;
    t.send(b"\x03");
    t.expect("KeyboardInterrupt\r\n");
    assert!(t.since(mark).contains("File \"<stdin>\", line 3, in spin\r\n"), "{}", t.transcript());
    t.expect(">>> ");
    t.send(b"'after'\r");
    t.expect("'after'\r\n");

    // Ctrl-D ends the session with status 0
    t.expect(">>> ");
    t.send(b"\x04");
    let status = wait_with_deadline(&mut t.child, Instant::now() + DEADLINE);
    assert_eq!(status.and_then(|s| s.code()), Some(0), "the terminal showed:\n{}", t.transcript());
    let history = std::fs::read_to_string(home.join(".pvm_history")).unwrap_or_default();
    assert!(history.contains("twice(21)"), "history file: {:?}", history);
    let _ = std::fs::remove_dir_all(&home);
}

#[test]
fn terminal_exit_builtin() {
    let home = scratch("exit");
    let mut t = Terminal::start(&home);
    t.expect(">>> ");
    t.send(b"exit\r");
    t.expect("Use exit() or Ctrl-D (i.e. EOF) to exit\r\n");
    t.expect(">>> ");
    t.send(b"exit(5)\r");
    let status = wait_with_deadline(&mut t.child, Instant::now() + DEADLINE);
    assert_eq!(status.and_then(|s| s.code()), Some(5), "the terminal showed:\n{}", t.transcript());
    let _ = std::fs::remove_dir_all(&home);
}

// ---------------------------------------------------------------- SIGINT in scripts

/// Runs `source` as a script, sends SIGINT once it printed its first line; returns
/// the status, stdout and stderr.
fn interrupt_script(name: &str, source: &str) -> (ExitStatus, String, String) {
    let dir = scratch(name);
    let script = dir.join("spin.py");
    std::fs::write(&script, source).expect("write script");
    let mut cmd = Command::new(pvm());
    cmd.arg(&script).stdin(Stdio::null()).stdout(Stdio::piped()).stderr(Stdio::piped());
    default_sigint(&mut cmd);
    let mut child = cmd.spawn().expect("spawn pvm");
    let mut stdout = child.stdout.take().expect("stdout");
    let (tx, rx) = std::sync::mpsc::channel();
    let reader = std::thread::spawn(move || {
        let mut all = Vec::new();
        let mut buf = [0u8; 256];
        let mut told = false;
        while let Ok(n) = stdout.read(&mut buf) {
            if n == 0 {
                break;
            }
            all.extend_from_slice(&buf[..n]);
            if !told && all.contains(&b'\n') {
                told = true;
                let _ = tx.send(());
            }
        }
        all
    });
    let err = collect(child.stderr.take().expect("stderr"));
    let started = rx.recv_timeout(DEADLINE).is_ok();
    if started {
        std::thread::sleep(Duration::from_millis(100));
        // SAFETY: signals our own child, which has not been waited for yet.
        unsafe { libc::kill(child.id() as libc::pid_t, libc::SIGINT) };
    }
    let status = wait_with_deadline(&mut child, Instant::now() + DEADLINE);
    let out = String::from_utf8_lossy(&reader.join().unwrap_or_default()).into_owned();
    let err = String::from_utf8_lossy(&err.join().unwrap_or_default()).into_owned();
    let _ = std::fs::remove_dir_all(&dir);
    assert!(started, "the script never printed its first line; stderr: {}", err);
    (status.unwrap_or_else(|| panic!("pvm did not stop after SIGINT; stdout: {} stderr: {}", out, err)), out, err)
}

#[test]
fn sigint_stops_a_script_with_keyboard_interrupt() {
    let (status, out, err) = interrupt_script("uncaught", "print('start', flush=True)\ndef spin():\n    while True:\n        pass\nspin()\n");
    // CPython dies of SIGINT after the traceback, which a shell reports as status 130
    assert_eq!(status.signal(), Some(libc::SIGINT), "status {:?}; stderr: {}", status, err);
    assert_eq!(out, "start\n");
    assert_eq!(err.lines().last(), Some("KeyboardInterrupt"), "stderr: {}", err);
    assert!(err.contains("line 3, in spin\n    while True:\n"), "stderr: {}", err);
}

#[test]
fn sigint_can_be_caught() {
    let source = "print('start', flush=True)\nn = 0\ntry:\n    while True:\n        n += 1\nexcept KeyboardInterrupt as e:\n    print('caught', type(e).__name__, e.args, n > 0)\nprint('done')\n";
    let (status, out, err) = interrupt_script("caught", source);
    assert_eq!(status.code(), Some(0), "stderr: {}", err);
    assert_eq!(out, "start\ncaught KeyboardInterrupt () True\ndone\n");
}
