//! The process as a program sees it, where the behaviour suite (stdin closed, only the
//! last stderr line compared) cannot look: `input()` and `sys.stdin` on piped input,
//! the whole of standard error for `sys.exit`, `sys.argv` and `sys.path` per way of
//! starting, and `PYTHONPATH`. The expected texts are what CPython 3.11 prints for
//! the same programs and input.

use std::io::Write;
use std::process::{Command, Stdio};

const PVM: &str = env!("CARGO_BIN_EXE_pvm");

fn run_with_input(args: &[&str], input: &str) -> (String, String, Option<i32>) {
    let mut child =
        Command::new(PVM).args(args).env_remove("PYTHONPATH").stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().expect("spawn pvm");
    child.stdin.take().expect("stdin").write_all(input.as_bytes()).expect("write stdin");
    let out = child.wait_with_output().expect("wait");
    (String::from_utf8_lossy(&out.stdout).into_owned(), String::from_utf8_lossy(&out.stderr).into_owned(), out.status.code())
}

#[test]
fn input_reads_lines_of_standard_input() {
    let prog = "a = input('first? ')\nb = input()\nprint(repr(a), repr(b))\nprint(sys.stdin.readline(), end='')\nprint([l for l in sys.stdin])\ntry:\n    input('more? ')\nexcept EOFError as e:\n    print('EOF:', e)\n";
    let prog = format!("import sys\n{}", prog);
    let (out, err, code) = run_with_input(&["-c", &prog], "one\ntwo\r\nthree\nfour\nfive");
    assert_eq!(code, Some(0), "{}", err);
    assert_eq!(out, "first? 'one' 'two\\r'\nthree\n['four\\n', 'five']\nmore? EOF: EOF when reading a line\n");
}

#[test]
fn sys_stdin_reads_sizes_lines_and_the_rest() {
    let prog =
        "import sys\nprint(repr(sys.stdin.readline(2)), repr(sys.stdin.read(5)), sys.stdin.readlines(), repr(sys.stdin.read()), repr(sys.stdin.readline()))";
    let (out, err, code) = run_with_input(&["-c", prog], "one\ntwo\nthree\nfour");
    assert_eq!(code, Some(0), "{}", err);
    assert_eq!(out, "'on' 'e\\ntwo' ['\\n', 'three\\n', 'four'] '' ''\n");
    let prog = "import sys\nfor line in sys.stdin:\n    print('got', repr(line))\nprint(sys.stdin.closed, sys.stdin.buffer.read())";
    let (out, _, _) = run_with_input(&["-c", prog], "a\nb\n");
    assert_eq!(out, "got 'a\\n'\ngot 'b\\n'\nFalse b''\n");
}

#[test]
fn sys_stdin_read_takes_everything() {
    let (out, _, code) = run_with_input(&["-c", "import sys\ndata = sys.stdin.read()\nprint(len(data), repr(data[-3:]))"], "x\r\ny\rz\n");
    assert_eq!(code, Some(0));
    assert_eq!(out, "7 '\\rz\\n'\n");
}

#[test]
fn exit_statuses_and_messages() {
    let cases: &[(&str, Option<i32>, &str)] = &[
        ("import sys; sys.exit('fatal: giving up')", Some(1), "fatal: giving up\n"),
        ("import sys; sys.exit(7)", Some(7), ""),
        ("import sys; sys.exit(None)", Some(0), ""),
        ("import sys; sys.exit(True)", Some(1), ""),
        ("import sys; sys.exit(-1)", Some(255), ""),
        ("import sys; sys.exit(2.5)", Some(1), "2.5\n"),
        ("raise SystemExit(1, 2)", Some(1), "(1, 2)\n"),
        ("exit(4)", Some(4), ""),
        ("e = SystemExit(9)\ne.code = 'changed'\nraise e", Some(1), "changed\n"),
        ("import sys; sys.exit(256 + 3)", Some(3), ""),
        ("import sys; sys.exit(2 ** 70)", Some(255), ""),
        ("class I(int): pass\nimport sys; sys.exit(I(9))", Some(9), ""),
        ("class F(float): pass\nimport sys; sys.exit(F(9))", Some(1), "9.0\n"),
        ("import sys; sys.stderr = None; sys.exit('to fd 2')", Some(1), "to fd 2\n"),
        ("import sys; del sys.stderr; sys.exit('to fd 2')", Some(1), "to fd 2\n"),
        ("import sys; sys.exit([1, 'x'])", Some(1), "[1, 'x']\n"),
    ];
    for (prog, code, err) in cases {
        let (_, stderr, status) = run_with_input(&["-c", prog], "");
        assert_eq!((status, stderr.as_str()), (*code, *err), "{}", prog);
    }
}

#[test]
fn argv_and_path_for_each_way_of_starting() {
    let (out, _, _) = run_with_input(&["-c", "import sys; print(sys.argv, repr(sys.path[0]))", "a", "b"], "");
    assert_eq!(out, "['-c', 'a', 'b'] ''\n");
    let (out, _, _) = run_with_input(&[], "import sys; print(sys.argv, repr(sys.path[0]))");
    assert_eq!(out, "[''] ''\n");
    let dir = std::env::temp_dir().join(format!("pvm-process-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("lib")).expect("mkdir");
    std::fs::write(dir.join("lib").join("found.py"), "WHERE = 'on PYTHONPATH'\n").expect("write");
    std::fs::write(dir.join("s.py"), "import sys, found\nprint(sys.argv[1:], sys.path[0] == sys.argv[2], found.WHERE, sys.path[1] == sys.argv[3])\n")
        .expect("write");
    let real = std::fs::canonicalize(&dir).expect("canonical").display().to_string();
    let lib = dir.join("lib").display().to_string();
    let out = Command::new(PVM).arg(dir.join("s.py")).args(["x", &real, &lib]).env("PYTHONPATH", &lib).output().expect("run");
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        format!("['x', '{}', '{}'] True on PYTHONPATH True\n", real, lib),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn pythonpath_entries_are_absolute_normalized_and_unique() {
    let dir = std::env::temp_dir().join(format!("pvm-pythonpath-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("lib")).expect("mkdir");
    std::fs::write(dir.join("lib").join("found.py"), "WHERE = 'lib'\n").expect("write");
    let cwd = dir.display().to_string();
    let prog = "import sys, found\nprint(found.WHERE)\nfor p in sys.path[1:]: print(p)";
    let cases: &[(&str, Vec<String>)] = &[
        // an empty entry is the current folder; relative entries are made absolute
        // and normalized; an entry seen before is dropped
        ("lib::lib/../lib/:/x/./y/../z://w", vec![format!("{cwd}/lib"), cwd.clone(), "/x/z".to_string(), "//w".to_string()]),
        ("lib:", vec![format!("{cwd}/lib"), cwd.clone()]),
        (":lib", vec![cwd.clone(), format!("{cwd}/lib")]),
    ];
    for (pp, expected) in cases {
        let out = Command::new(PVM).args(["-c", prog]).current_dir(&dir).env("PYTHONPATH", pp).output().expect("run");
        let mut want = String::from("lib\n");
        for e in expected {
            want.push_str(e);
            want.push('\n');
        }
        assert_eq!(String::from_utf8_lossy(&out.stdout), want, "PYTHONPATH={} {}", pp, String::from_utf8_lossy(&out.stderr));
    }
    // an empty PYTHONPATH adds nothing
    let out = Command::new(PVM).args(["-c", "import sys; print(sys.path)"]).current_dir(&dir).env("PYTHONPATH", "").output().expect("run");
    assert_eq!(String::from_utf8_lossy(&out.stdout), "['']\n");
    let _ = std::fs::remove_dir_all(&dir);
}
