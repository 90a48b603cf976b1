//! The `pvm` command line.

use clap::Parser;
use pvm::modules;
use pvm::vm::dispatch::Dispatch;
use pvm::vm::{traceback, RunError, Vm};
use std::io::IsTerminal;
use std::process::ExitCode;

#[global_allocator]
static GLOBAL: pvm::heap::system_alloc::SystemAlloc = pvm::heap::system_alloc::SystemAlloc;

#[derive(Parser, Debug)]
#[command(name = "pvm", version = concat!(env!("CARGO_PKG_VERSION"), " (Python 3.11 compatible)"), about = "PVM: a register-based Python 3 virtual machine")]
struct Cli {
    /// Program passed in as a string
    #[arg(short = 'c', value_name = "CODE")]
    code: Option<String>,
    /// Go on interactively after the script; with no script, read commands from
    /// standard input at a prompt even when it is not a terminal
    #[arg(short = 'i')]
    interactive: bool,
    /// Print no version banner at the interactive prompt
    #[arg(short = 'q')]
    quiet: bool,
    /// Print the compiled register bytecode instead of running
    #[arg(long)]
    dis: bool,
    /// Stop with exit status 3 after this many safepoints (loop back-edges and calls)
    #[arg(long, value_name = "N")]
    max_steps: Option<u64>,
    /// Print execution statistics to stderr after the run: instructions per opcode,
    /// inline-cache hits and misses, specializations, calls and the collector's figures
    #[arg(long)]
    stats: bool,
    /// Dispatch strategy (`--dispatch=help` lists them); default from PVM_DISPATCH, else switch
    #[arg(long, value_name = "NAME")]
    dispatch: Option<String>,
    /// Do not specialize instructions (also set by PVM_NO_SPECIALIZE=1)
    #[arg(long)]
    no_specialize: bool,
    /// Run a module as the script (`__main__`), found on sys.path; the arguments after
    /// it are its sys.argv[1:]
    #[arg(short = 'm', value_name = "MODULE")]
    module: Option<String>,
    /// Do not write the bytecode cache (__pycache__/*.pvc) on import (also
    /// PYTHONDONTWRITEBYTECODE=x)
    #[arg(short = 'B')]
    dont_write_bytecode: bool,
    /// Compile the given files, and the .py files under the given folders, into the
    /// bytecode cache, then exit (as python -m compileall)
    #[arg(long)]
    compile: bool,
    /// Script file, then its arguments
    #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
    args: Vec<String>,
}

/// Stack for the interpreter thread: Python-to-Python calls do not recurse in Rust,
/// but native re-entries (a key function calling back into Python) and deep reprs do.
const THREAD_STACK: usize = 512 << 20;

/// mimalloc's `mi_option_purge_delay` (mimalloc.h, v2 and v3). The collector frees in
/// bursts and the heap regrows right after; returning pages to the OS in between made
/// the kernel re-zero them on every cycle.
const MI_OPTION_PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;
/// mimalloc's `mi_option_arena_eager_commit` (mimalloc.h, v2). Committing the whole
/// arena up front left about 1.9 MiB more resident in every run, with no measurable
/// gain in time; committed on demand, only the pages in use count.
const MI_OPTION_ARENA_EAGER_COMMIT: libmimalloc_sys::mi_option_t = 4;

/// Sets the mimalloc options that must hold before its first allocation, which the
/// Rust runtime makes before `main` (it reserves the arena then).
#[cfg(target_os = "linux")]
extern "C" fn configure_mimalloc_early() {
    // SAFETY: mi_option_set only stores an integer option; this runs from the ELF
    // initialisers, before `main` and before any other thread exists.
    unsafe { libmimalloc_sys::mi_option_set(MI_OPTION_ARENA_EAGER_COMMIT, 0) };
}

#[cfg(target_os = "linux")]
#[used]
#[link_section = ".init_array"]
static CONFIGURE_MIMALLOC_EARLY: extern "C" fn() = configure_mimalloc_early;

fn main() -> ExitCode {
    // SAFETY: mi_option_set only stores an integer option; it is called before any
    // other thread exists.
    unsafe { libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, -1) };
    pvm::heap::system_alloc::configure();
    // A collected heap peaks higher than a reference-counted one, and with transparent
    // huge pages the kernel spent up to half a second per run compacting and zeroing
    // 2 MiB pages for it; 4 KiB pages keep the cost small and steady.
    #[cfg(target_os = "linux")]
    // SAFETY: PR_SET_THP_DISABLE only sets a flag on this process; the extra arguments
    // must be zero.
    unsafe {
        libc::prctl(libc::PR_SET_THP_DISABLE, 1, 0, 0, 0);
    }
    let cli = Cli::parse();
    // Ctrl-C is for the interpreter thread alone (see vm::interrupt)
    pvm::vm::interrupt::block_on_this_thread();
    let handle = std::thread::Builder::new().stack_size(THREAD_STACK).spawn(move || run(cli));
    match handle.map(|h| h.join()) {
        Ok(Ok(code)) => ExitCode::from(code),
        _ => {
            eprintln!("pvm: internal error");
            ExitCode::from(70)
        }
    }
}

fn run(cli: Cli) -> u8 {
    pvm::vm::interrupt::install();
    let dispatch_name = cli.dispatch.clone().or_else(|| std::env::var("PVM_DISPATCH").ok().filter(|s| !s.is_empty()));
    let dispatch = match dispatch_name.as_deref() {
        None => Dispatch::default(),
        Some("help") => {
            for d in Dispatch::ALL {
                println!("{:<10} {}", d.name(), d.description());
            }
            return 0;
        }
        Some(name) => match Dispatch::from_name(name) {
            Some(d) => d,
            None => {
                let names: Vec<&str> = Dispatch::ALL.iter().map(|d| d.name()).collect();
                eprintln!("pvm: unknown dispatch strategy '{}' (choose from: {})", name, names.join(", "));
                return 2;
            }
        },
    };
    let specialize = !cli.no_specialize && !matches!(std::env::var("PVM_NO_SPECIALIZE").as_deref(), Ok(v) if !v.is_empty() && v != "0");
    // as python3: no program and a terminal (or -i) means the interactive prompt
    let prompt_only =
        cli.code.is_none() && cli.module.is_none() && !cli.compile && cli.args.is_empty() && !cli.dis && (cli.interactive || std::io::stdin().is_terminal());
    let mut vm = Vm::new();
    vm.max_steps = cli.max_steps;
    vm.dispatch = dispatch;
    vm.specialize = specialize;
    vm.count_stats = cli.stats;
    vm.module_state.orig_argv = std::env::args().collect();
    if cli.compile {
        modules::configure(&mut vm, &[], None);
        return modules::cache::compile_paths(&mut vm, &cli.args);
    }
    if let Some(name) = &cli.module {
        let mut argv = vec!["-m".to_string()];
        argv.extend(cli.args.iter().cloned());
        let cwd = std::env::current_dir().map(|p| p.display().to_string()).unwrap_or_default();
        modules::configure(&mut vm, &argv, Some(cwd));
        vm.module_state.dont_write_bytecode |= cli.dont_write_bytecode;
        let (status, interrupted) = match modules::import::run_module_as_main(&mut vm, name) {
            Ok(result) => finish(&mut vm, result),
            Err(message) => {
                // what a parent package's __init__ printed comes first
                vm.flush_out();
                eprintln!("pvm: {}", message);
                (1, false)
            }
        };
        if cli.stats {
            eprint!("{}", vm.stats.report(&vm.heap.stats, vm.dispatch.name(), vm.specialize));
        }
        if interrupted {
            return pvm::vm::interrupt::exit_by_sigint();
        }
        return status;
    }
    let (source, filename) = if let Some(c) = &cli.code {
        let mut argv = vec!["-c".to_string()];
        argv.extend(cli.args.iter().cloned());
        modules::configure(&mut vm, &argv, Some(String::new()));
        (c.clone(), "<string>".to_string())
    } else if let Some(path) = cli.args.first() {
        match std::fs::read(path) {
            Ok(bytes) => match String::from_utf8(bytes) {
                // CPython reports the script by its absolute path (os.path.abspath)
                Ok(s) => {
                    modules::configure(&mut vm, &cli.args, Some(modules::script_folder(path)));
                    (s, std::path::absolute(path).map(|p| p.display().to_string()).unwrap_or_else(|_| path.clone()))
                }
                Err(_) => {
                    eprintln!("SyntaxError: Non-UTF-8 code in file {}", path);
                    return 1;
                }
            },
            Err(e) => {
                let abs = std::path::absolute(path).unwrap_or_else(|_| path.into());
                eprintln!("pvm: can't open file '{}': [Errno {}] {}", abs.display(), e.raw_os_error().unwrap_or(2), errno_text(&e));
                return 2;
            }
        }
    } else if prompt_only {
        modules::configure(&mut vm, &[String::new()], Some(String::new()));
        (String::new(), "<stdin>".to_string())
    } else {
        let mut s = String::new();
        if std::io::Read::read_to_string(&mut std::io::stdin(), &mut s).is_err() {
            eprintln!("pvm: cannot read standard input");
            return 2;
        }
        modules::configure(&mut vm, &[String::new()], Some(String::new()));
        (s, "<stdin>".to_string())
    };
    vm.module_state.dont_write_bytecode |= cli.dont_write_bytecode;
    if cli.dis {
        return match pvm::compiler::compile_module(&mut vm, &source, &filename) {
            Ok(code) => {
                let mut out = String::new();
                pvm::bytecode::disasm::disassemble(&mut vm, code, &mut out);
                print!("{}", out);
                0
            }
            Err(e) => {
                eprint!("{}", traceback::format_syntax_error(&e));
                1
            }
        };
    }
    if prompt_only || cli.interactive {
        let exit = if prompt_only { pvm::repl::run(&mut vm, !cli.quiet) } else { pvm::repl::run_then_interact(&mut vm, &source, &filename) };
        let status = match exit {
            pvm::repl::Exit::Eof => 0,
            pvm::repl::Exit::SystemExit(e) => modules::sys::exit_status(&mut vm, e.0),
        };
        vm.flush_out();
        if cli.stats {
            eprint!("{}", vm.stats.report(&vm.heap.stats, vm.dispatch.name(), vm.specialize));
        }
        return status;
    }
    let result = vm.run_source(&source, &filename).map(|_| ());
    let (status, interrupted) = finish(&mut vm, result);
    if cli.stats {
        eprint!("{}", vm.stats.report(&vm.heap.stats, vm.dispatch.name(), vm.specialize));
    }
    if interrupted {
        // as CPython: the shell sees the process killed by SIGINT (status 130)
        return pvm::vm::interrupt::exit_by_sigint();
    }
    status
}

/// The exit status of a run, after reporting how it ended as CPython does, and whether
/// it ended in an uncaught KeyboardInterrupt.
fn finish(vm: &mut Vm, result: Result<(), RunError>) -> (u8, bool) {
    let mut interrupted = false;
    let status = match result {
        Ok(()) => 0,
        Err(RunError::Syntax(e)) => {
            vm.flush_out();
            eprint!("{}", traceback::format_syntax_error(&e));
            1
        }
        Err(RunError::Exception(e)) => {
            vm.flush_out();
            if vm.is_instance(e.0, vm.types.system_exit) {
                modules::sys::exit_status(vm, e.0)
            } else {
                let report = traceback::format_exception(vm, e.0);
                eprint!("{}", report);
                interrupted = vm.is_instance(e.0, vm.types.keyboard_interrupt);
                1
            }
        }
    };
    vm.flush_out();
    (status, interrupted)
}

fn errno_text(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "No such file or directory".into(),
        std::io::ErrorKind::PermissionDenied => "Permission denied".into(),
        _ => {
            let s = e.to_string();
            s.split(" (os error").next().unwrap_or(&s).to_string()
        }
    }
}
