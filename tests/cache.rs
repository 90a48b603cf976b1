//! The bytecode cache (`__pycache__/NAME.pvm-N.pvc`), which CPython cannot serve as
//! an oracle for: written once and reused, invalidated by an edit within the same
//! second, damaged files and unwritable folders never stopping a program, `-B`,
//! concurrent writers, `--compile`, `-m`; and in-process, every test program's code
//! surviving a round trip and the reader surviving any bytes.
//!
//! The child processes run with `PVM_CACHE_TRACE=1`, which reports each cache hit,
//! miss and write on standard error, and without `PYTHONDONTWRITEBYTECODE`.

use std::fs;
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

const PVM: &str = env!("CARGO_BIN_EXE_pvm");

/// A fresh, empty scratch folder for one test.
fn scratch(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("pvm-cache-{}-{}", name, std::process::id()));
    let _ = fs::remove_dir_all(&d);
    fs::create_dir_all(&d).expect("scratch folder");
    d
}

fn write(dir: &Path, rel: &str, text: &str) {
    let p = dir.join(rel);
    if let Some(parent) = p.parent() {
        fs::create_dir_all(parent).expect("folder");
    }
    fs::write(p, text).expect("write");
}

fn pvm(dir: &Path, args: &[&str]) -> Output {
    Command::new(PVM)
        .args(args)
        .current_dir(dir)
        .env_remove("PYTHONDONTWRITEBYTECODE")
        .env_remove("PYTHONPATH")
        .env("PVM_CACHE_TRACE", "1")
        .stdin(Stdio::null())
        .output()
        .expect("run pvm")
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// Runs `main.py` in `dir`, expecting success and `expected` on stdout; returns stderr.
fn run_main(dir: &Path, expected: &str) -> String {
    let out = pvm(dir, &["main.py"]);
    let (stdout, stderr) = (text(&out.stdout), text(&out.stderr));
    assert_eq!(stdout, expected, "stderr: {}", stderr);
    assert!(out.status.success(), "status {:?}, stderr: {}", out.status, stderr);
    stderr
}

fn cache_file(dir: &Path, module: &str) -> PathBuf {
    dir.join("__pycache__").join(format!("{}.pvm-{}.pvc", module, pvm::modules::cache::FORMAT_VERSION))
}

#[test]
fn cache_is_written_once_and_reused() {
    let d = scratch("reuse");
    write(&d, "main.py", "import mod\nprint(mod.X, mod.f(2))\n");
    write(&d, "mod.py", "X = 41 + 1\ndef f(n):\n    return [i * n for i in range(3)]\n");
    let first = run_main(&d, "42 [0, 2, 4]\n");
    assert!(first.contains("pvm-cache: miss") && first.contains("pvm-cache: wrote"), "{}", first);
    let pvc = cache_file(&d, "mod");
    let m1 = fs::metadata(&pvc).expect("the cache file is written");
    // the script itself is not cached, as in CPython
    assert!(!cache_file(&d, "main").exists());
    for _ in 0..3 {
        let again = run_main(&d, "42 [0, 2, 4]\n");
        assert!(again.contains("pvm-cache: hit") && !again.contains("wrote"), "{}", again);
        let m2 = fs::metadata(&pvc).expect("cache file");
        assert_eq!((m1.ino(), m1.mtime(), m1.mtime_nsec()), (m2.ino(), m2.mtime(), m2.mtime_nsec()), "the cache file was rewritten");
    }
    let _ = fs::remove_dir_all(&d);
}

#[test]
fn complex_constants_survive_the_cache() {
    let d = scratch("complex");
    write(&d, "main.py", "import mod\nprint(mod.Z, mod.f())\n");
    write(&d, "mod.py", "Z = (1+2j, -0j, 1j, 1e300j, 1j)\ndef f():\n    return 2.5j * 2\n");
    let expected = "((1+2j), (-0-0j), 1j, 1e+300j, 1j) 5j\n";
    let first = run_main(&d, expected);
    assert!(first.contains("pvm-cache: wrote"), "{}", first);
    let again = run_main(&d, expected);
    assert!(again.contains("pvm-cache: hit"), "{}", again);
    let _ = fs::remove_dir_all(&d);
}

#[test]
fn an_edit_within_the_same_second_is_seen() {
    let d = scratch("same-second");
    write(&d, "main.py", "import mod\nprint(mod.X)\n");
    let src = d.join("mod.py");
    for attempt in 0..20 {
        fs::write(&src, "X = 1\n").expect("write");
        let before = fs::metadata(&src).expect("stat");
        run_main(&d, "1\n");
        // same size, new content, and a modification time in the same second (but
        // not the same nanosecond: the kernel's clock is coarser than that)
        let mut after = before.clone();
        for _ in 0..50 {
            fs::write(&src, "X = 2\n").expect("write");
            after = fs::metadata(&src).expect("stat");
            if (after.mtime(), after.mtime_nsec()) != (before.mtime(), before.mtime_nsec()) {
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(2));
        }
        if after.mtime() != before.mtime() || after.mtime_nsec() == before.mtime_nsec() {
            assert!(attempt < 19, "could not edit the file within one second");
            continue;
        }
        assert_eq!(after.len(), before.len());
        let err = run_main(&d, "2\n");
        assert!(err.contains("pvm-cache: miss") && err.contains("wrote"), "{}", err);
        run_main(&d, "2\n");
        break;
    }
    let _ = fs::remove_dir_all(&d);
}

#[test]
fn damaged_cache_files_are_replaced() {
    let d = scratch("damaged");
    write(&d, "main.py", "import mod\nprint(mod.total(10))\n");
    write(&d, "mod.py", "def total(n):\n    s = 0\n    for i in range(n):\n        s += i * i\n    return s\n");
    run_main(&d, "285\n");
    let pvc = cache_file(&d, "mod");
    let good = fs::read(&pvc).expect("cache file");
    let mut damages: Vec<(&str, Vec<u8>)> = vec![
        ("empty", Vec::new()),
        ("header only", good[..56].to_vec()),
        ("truncated", good[..good.len() / 2].to_vec()),
        ("one byte short", good[..good.len() - 1].to_vec()),
        ("trailing garbage", [good.clone(), b"xyz".to_vec()].concat()),
        ("garbage", (0..good.len()).map(|i| (i * 31 % 251) as u8).collect()),
        ("not a cache", b"print('I am not bytecode')\n".to_vec()),
    ];
    let mut magic = good.clone();
    magic[0] ^= 0xFF;
    damages.push(("wrong magic", magic));
    let mut version = good.clone();
    version[4] = version[4].wrapping_add(1);
    damages.push(("wrong format version", version));
    let mut flipped = good.clone();
    let mid = 56 + (good.len() - 56) / 2;
    flipped[mid] ^= 0x40;
    damages.push(("a payload byte flipped", flipped));
    let mut stamp = good.clone();
    stamp[24] ^= 1;
    damages.push(("another source's stamp", stamp));
    for (what, bytes) in damages {
        fs::write(&pvc, &bytes).expect("damage");
        let err = run_main(&d, "285\n");
        assert!(err.contains("pvm-cache: miss") && err.contains("wrote"), "{}: {}", what, err);
        assert_eq!(fs::read(&pvc).expect("replaced"), good, "{}: the cache was not replaced by a good one", what);
        let err = run_main(&d, "285\n");
        assert!(err.contains("pvm-cache: hit"), "{}: {}", what, err);
    }
    let _ = fs::remove_dir_all(&d);
}

#[test]
fn an_unwritable_pycache_never_stops_a_program() {
    // a file where the folder should be (fails for every user, root included)
    let d = scratch("unwritable");
    write(&d, "main.py", "import mod\nprint(mod.X)\n");
    write(&d, "mod.py", "X = 'fine'\n");
    write(&d, "__pycache__", "not a folder\n");
    let err = run_main(&d, "fine\n");
    assert!(err.contains("cannot write"), "{}", err);
    run_main(&d, "fine\n");
    fs::remove_file(d.join("__pycache__")).expect("remove");
    // read-only folders (only refused to users other than root)
    fs::create_dir(d.join("__pycache__")).expect("mkdir");
    fs::set_permissions(d.join("__pycache__"), fs::Permissions::from_mode(0o555)).expect("chmod");
    run_main(&d, "fine\n");
    run_main(&d, "fine\n");
    fs::set_permissions(d.join("__pycache__"), fs::Permissions::from_mode(0o755)).expect("chmod");
    let _ = fs::remove_dir_all(d.join("__pycache__"));
    fs::set_permissions(&d, fs::Permissions::from_mode(0o555)).expect("chmod");
    run_main(&d, "fine\n");
    fs::set_permissions(&d, fs::Permissions::from_mode(0o755)).expect("chmod");
    let _ = fs::remove_dir_all(&d);
}

#[test]
fn dash_b_and_the_environment_turn_writing_off() {
    let d = scratch("dont-write");
    write(&d, "main.py", "import mod, sys\nprint(mod.X, sys.dont_write_bytecode, sys.flags.dont_write_bytecode)\n");
    write(&d, "mod.py", "X = 7\n");
    let out = pvm(&d, &["-B", "main.py"]);
    assert_eq!(text(&out.stdout), "7 True 1\n");
    assert!(!d.join("__pycache__").exists(), "-B wrote a cache");
    let out = Command::new(PVM).arg("main.py").current_dir(&d).env("PYTHONDONTWRITEBYTECODE", "1").env("PVM_CACHE_TRACE", "1").output().expect("run pvm");
    assert_eq!(text(&out.stdout), "7 True 1\n");
    assert!(!d.join("__pycache__").exists(), "PYTHONDONTWRITEBYTECODE wrote a cache");
    // writing off still reads a cache that is there, as CPython does
    run_main(&d, "7 False 0\n");
    let out = pvm(&d, &["-B", "main.py"]);
    assert!(text(&out.stderr).contains("pvm-cache: hit"));
    let _ = fs::remove_dir_all(&d);
}

/// A module large enough that writing its cache takes a while.
fn big_module(n: usize, salt: usize) -> String {
    let mut s = String::new();
    for i in 0..n {
        s.push_str(&format!("def f{i}(x):\n    y = x * {i} + {salt}\n    return [y, '{i}', ({i}, 'k{i}'), {{'a': y}}]\n\n"));
    }
    s.push_str("TOTAL = sum(f0(1)[0] + f0(2)[0] for _ in range(3))\n");
    s.push_str(&format!("LAST = f{}(1)\n", n - 1));
    s
}

#[test]
fn processes_importing_at_once_never_read_half_written_files() {
    let d = scratch("concurrent");
    write(&d, "main.py", "import big\nprint(big.TOTAL, big.LAST)\n");
    for round in 0..4 {
        write(&d, "big.py", &big_module(1500, round));
        let expected = format!("{} [{}, '1499', (1499, 'k1499'), {{'a': {}}}]\n", 3 * (round + round), 1499 + round, 1499 + round);
        let children: Vec<_> = (0..8)
            .map(|_| {
                Command::new(PVM)
                    .arg("main.py")
                    .current_dir(&d)
                    .env_remove("PYTHONDONTWRITEBYTECODE")
                    .stdout(Stdio::piped())
                    .stderr(Stdio::piped())
                    .spawn()
                    .expect("spawn")
            })
            .collect();
        for c in children {
            let out = c.wait_with_output().expect("wait");
            assert!(out.status.success(), "round {}: {}", round, text(&out.stderr));
            assert_eq!(text(&out.stdout), expected, "round {}", round);
        }
        run_main(&d, &expected);
    }
    let leftovers: Vec<_> = fs::read_dir(d.join("__pycache__")).expect("pycache").filter_map(|e| e.ok()).map(|e| e.file_name()).collect();
    assert_eq!(leftovers.len(), 1, "temporary files left behind: {:?}", leftovers);
    let _ = fs::remove_dir_all(&d);
}

#[test]
fn compile_writes_caches_ahead_of_time() {
    let d = scratch("compile");
    write(&d, "main.py", "import a, pkg.b\nprint(a.A, pkg.b.B)\n");
    write(&d, "a.py", "A = 'a'\n");
    write(&d, "pkg/__init__.py", "");
    write(&d, "pkg/b.py", "B = 'b'\n");
    write(&d, "broken/bad.py", "def f(:\n");
    let out = pvm(&d, &["--compile", "."]);
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "a file that does not compile fails the run");
    assert!(stdout.contains("Compiling './a.py'...") && stdout.contains("Listing './pkg'..."), "{}", stdout);
    assert!(text(&out.stderr).contains("SyntaxError"), "{}", text(&out.stderr));
    assert!(cache_file(&d, "a").exists() && cache_file(&d.join("pkg"), "b").exists() && cache_file(&d.join("pkg"), "__init__").exists());
    assert!(cache_file(&d, "main").exists(), "--compile compiles every file named");
    let err = run_main(&d, "a b\n");
    assert!(err.contains("pvm-cache: hit") && !err.contains("miss"), "{}", err);
    // up-to-date files are not compiled again
    fs::remove_dir_all(d.join("broken")).expect("rm");
    let out = pvm(&d, &["--compile", "a.py", "pkg"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(!text(&out.stdout).contains("Compiling"), "{}", text(&out.stdout));
    let _ = fs::remove_dir_all(&d);
}

#[test]
fn dash_m_runs_a_module_as_main() {
    let d = scratch("dash-m");
    write(&d, "tool.py", "import sys, os\nprint(__name__, os.path.basename(sys.argv[0]), sys.argv[1:], __package__ == '')\n");
    write(&d, "pkg/__init__.py", "print('pkg init')\n");
    write(&d, "pkg/__main__.py", "import sys, os\nprint('pkg main', __name__, __package__, sys.argv[1:], os.path.relpath(sys.argv[0]))\n");
    write(&d, "pkg/cli.py", "from . import helper\nprint(__name__, __package__, helper.H)\n");
    write(&d, "pkg/helper.py", "H = 'helped'\n");
    write(&d, "failing.py", "raise ValueError('from -m')\n");
    let out = pvm(&d, &["-m", "tool", "x", "-y"]);
    assert_eq!(text(&out.stdout), "__main__ tool.py ['x', '-y'] True\n", "{}", text(&out.stderr));
    let out = pvm(&d, &["-m", "pkg", "arg"]);
    assert_eq!(text(&out.stdout), "pkg init\npkg main __main__ pkg ['arg'] pkg/__main__.py\n", "{}", text(&out.stderr));
    let out = pvm(&d, &["-m", "pkg.cli"]);
    assert_eq!(text(&out.stdout), "pkg init\n__main__ pkg helped\n", "{}", text(&out.stderr));
    let out = pvm(&d, &["-m", "nosuch"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("No module named nosuch"), "{}", text(&out.stderr));
    // a parent package is imported (its output comes first) before the module is missed
    let out = pvm(&d, &["-m", "pkg.nosuch"]);
    assert_eq!((out.status.code(), text(&out.stdout)), (Some(1), "pkg init\n".to_string()));
    assert_eq!(text(&out.stderr).lines().last(), Some("pvm: No module named pkg.nosuch"), "{}", text(&out.stderr));
    let out = pvm(&d, &["-m", "pkg.helper.x"]);
    assert_eq!(out.status.code(), Some(1));
    let out = pvm(&d, &["-m", ".helper"]);
    assert_eq!((out.status.code(), text(&out.stderr)), (Some(1), "pvm: Relative module names not supported\n".to_string()));
    let out = pvm(&d, &["-m", "failing"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).trim_end().ends_with("ValueError: from -m"), "{}", text(&out.stderr));
    let _ = fs::remove_dir_all(&d);
}

// ------------------------------------------------------------------ in process

fn test_programs() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut out = Vec::new();
    let mut stack = vec![root.join("tests/py"), root.join("perf")];
    while let Some(dir) = stack.pop() {
        for e in fs::read_dir(&dir).into_iter().flatten().flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "py") {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

#[test]
fn every_test_program_round_trips_through_the_format() {
    let mut vm = pvm::Vm::new();
    let mut checked = 0;
    for p in test_programs() {
        let Ok(source) = fs::read_to_string(&p) else { continue };
        let name = p.display().to_string();
        let Ok(code) = pvm::compiler::compile_module(&mut vm, &source, &name) else { continue };
        let bytes = pvm::modules::cache::encode(&vm, code).unwrap_or_else(|_| panic!("{}: cannot encode", name));
        let back = pvm::modules::cache::decode(&mut vm, &bytes, &name).unwrap_or_else(|_| panic!("{}: its own encoding does not decode", name));
        let again = pvm::modules::cache::encode(&vm, back).expect("re-encode");
        assert!(bytes == again, "{}: decoding and encoding again changed the bytes", name);
        checked += 1;
    }
    assert!(checked > 200, "only {} programs checked", checked);
}

/// xorshift64, for reproducible damage.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

#[test]
fn the_reader_survives_any_bytes() {
    let mut vm = pvm::Vm::new();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut payloads = Vec::new();
    for name in ["tests/py/import_basic/main.py", "perf/json_like.py", "tests/py/closures_basic.py", "tests/py/generators_basic.py"] {
        let Ok(source) = fs::read_to_string(root.join(name)) else { continue };
        if let Ok(code) = pvm::compiler::compile_module(&mut vm, &source, name) {
            payloads.push(pvm::modules::cache::encode(&vm, code).expect("encode"));
        }
    }
    assert!(!payloads.is_empty());
    let mut rng = Rng(0x5EED_CAFE_F00D_1234);
    let mut accepted = 0;
    for payload in &payloads {
        // every truncation
        for len in 0..payload.len() {
            assert!(pvm::modules::cache::decode(&mut vm, &payload[..len], "<t>").is_err(), "a truncated payload ({} of {} bytes) decoded", len, payload.len());
        }
        // damaged bytes (the checksum is bypassed: this is what validation must catch)
        for _ in 0..3000 {
            let mut b = payload.clone();
            for _ in 0..1 + rng.below(6) {
                let i = rng.below(b.len());
                b[i] = match rng.below(4) {
                    0 => b[i] ^ (1 << rng.below(8)),
                    1 => 0xFF,
                    2 => 0,
                    _ => rng.next() as u8,
                };
            }
            if pvm::modules::cache::decode(&mut vm, &b, "<t>").is_ok() {
                accepted += 1;
            }
        }
    }
    // pure noise, and noise behind a plausible start
    for _ in 0..3000 {
        let n = rng.below(400);
        let mut b: Vec<u8> = (0..n).map(|_| rng.next() as u8).collect();
        if n > 0 && rng.below(2) == 0 {
            b[0] = 18;
        }
        let _ = pvm::modules::cache::decode(&mut vm, &b, "<t>");
        let _ = pvm::modules::cache::check_header(&b, (0, 0, 0));
    }
    // whatever was accepted passed validation; most damage must be refused
    assert!(accepted < 3000 * payloads.len() / 2, "{} damaged payloads accepted", accepted);
}

/// Expected (stdout, exit status, last stderr line) of a behaviour program.
fn expectation(py: &Path) -> Option<(Vec<u8>, i32, Option<String>)> {
    let stdout = fs::read(py.with_extension("out")).ok()?;
    let Ok(err) = fs::read_to_string(py.with_extension("err")) else { return Some((stdout, 0, None)) };
    let exit = err.lines().find_map(|l| l.strip_prefix("exit:")).and_then(|x| x.trim().parse().ok())?;
    let last = err.lines().find_map(|l| l.strip_prefix("stderr: ")).map(str::to_string);
    Some((stdout, exit, last))
}

#[test]
fn cached_code_runs_like_freshly_compiled_code() {
    // every single-file behaviour program, compiled ahead of time and then run from
    // its cache as a module (`pvm -m`), must still match CPython's output
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/py");
    let d = scratch("all-programs");
    let mut programs = Vec::new();
    for e in fs::read_dir(&root).expect("tests/py").flatten() {
        let p = e.path();
        if p.extension().is_some_and(|x| x == "py") {
            let Some(exp) = expectation(&p) else { continue };
            if exp.2.as_deref().is_some_and(|l| l.starts_with("SyntaxError") || l.starts_with("IndentationError") || l.starts_with("TabError")) {
                continue;
            }
            let name = p.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
            fs::copy(&p, d.join(p.file_name().expect("name"))).expect("copy");
            programs.push((name, exp));
        }
    }
    let out = pvm(&d, &["--compile", "."]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    programs.sort_by(|a, b| a.0.cmp(&b.0));
    let mut failures = Vec::new();
    for (name, (stdout, exit, last)) in &programs {
        let out = Command::new(PVM)
            .args(["-m", name])
            .current_dir(&d)
            .env_remove("PYTHONDONTWRITEBYTECODE")
            .env("PVM_CACHE_TRACE", "1")
            .stdin(Stdio::null())
            .output()
            .expect("run");
        let stderr = text(&out.stderr);
        if !stderr.contains("pvm-cache: hit") {
            failures.push(format!("{}: not run from the cache", name));
        }
        if out.stdout != *stdout {
            failures.push(format!("{}: stdout differs", name));
        }
        if out.status.code() != Some(*exit) {
            failures.push(format!("{}: exit {:?}, expected {}", name, out.status.code(), exit));
        }
        if let Some(l) = last {
            let got = stderr.lines().rev().find(|l| !l.trim().is_empty() && !l.starts_with("pvm-cache: ")).unwrap_or("");
            if got != l {
                failures.push(format!("{}: last stderr line {:?}, expected {:?}", name, got, l));
            }
        }
    }
    assert!(programs.len() > 200);
    assert!(failures.is_empty(), "{} failures:\n{}", failures.len(), failures.join("\n"));
    let _ = fs::remove_dir_all(&d);
}

#[test]
fn quickened_code_is_written_in_its_generic_form() {
    let source = "def f(n):\n    t = 0.0\n    s = ''\n    for i in range(n):\n        t += i * 2.5\n        s += 'x'\n        d = {'k': i}\n        t += d['k'] + len(s)\n    return t\nR = f(200)\n";
    let mut vm = pvm::Vm::new();
    let fresh = pvm::compiler::compile_module(&mut vm, source, "<quick>").expect("compiles");
    let fresh_bytes = pvm::modules::cache::encode(&vm, fresh).expect("encode");
    let run = pvm::compiler::compile_module(&mut vm, source, "<quick>").expect("compiles");
    vm.roots.push(run);
    let globals = vm.new_dict();
    vm.roots.push(globals);
    assert!(vm.run_code(run, globals).is_ok());
    // the function's code (a constant of the module) now holds specialized instructions
    let f_code = run.as_code().expect("code").consts.iter().copied().find(|c| c.as_code().is_some()).expect("function code");
    let specialized = f_code.as_code().expect("code").instrs.iter().filter(|w| pvm::bytecode::opcodes::Instr(w.get()).op().is_specialized()).count();
    assert!(specialized > 3, "the run specialized only {} instructions", specialized);
    let run_bytes = pvm::modules::cache::encode(&vm, run).expect("encode");
    assert!(run_bytes == fresh_bytes, "a run changed what the cache would hold");
}

/// Standard-library modules shipped as source inside the binary (`import keyword`)
/// are cached too, in `$PVM_CACHE_DIR` (there is no source folder): written on the
/// first import, reused after, and a damaged file is replaced.
#[test]
fn shipped_modules_are_cached_in_the_cache_folder() {
    let dir = scratch("shipped");
    let cache_dir = dir.join("cache");
    write(&dir, "main.py", "import keyword\nprint(keyword.iskeyword('if'), keyword.iskeyword('x'))\n");
    let run = || {
        let out = Command::new(PVM)
            .arg("main.py")
            .current_dir(&dir)
            .env_remove("PYTHONDONTWRITEBYTECODE")
            .env("PVM_CACHE_DIR", &cache_dir)
            .env("PVM_CACHE_TRACE", "1")
            .stdin(Stdio::null())
            .output()
            .expect("run pvm");
        assert_eq!(text(&out.stdout), "True False\n", "stderr: {}", text(&out.stderr));
        text(&out.stderr)
    };
    let file = cache_dir.join(format!("keyword.pvm-{}.pvc", pvm::modules::cache::FORMAT_VERSION));
    let first = run();
    assert!(first.contains("miss <frozen keyword>") && first.contains("wrote"), "{}", first);
    assert!(file.exists(), "{}", first);
    let second = run();
    assert!(second.contains("hit <frozen keyword>") && !second.contains("wrote"), "{}", second);
    fs::write(&file, b"PVMc not a cache file").expect("damage");
    let third = run();
    assert!(third.contains("stale or foreign") && third.contains("wrote"), "{}", third);
    assert!(run().contains("hit <frozen keyword>"));
}
