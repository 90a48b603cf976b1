//! The interactive interpreter: `pvm` with no script when standard input is a
//! terminal, and `pvm -i` (after a script, or reading standard input even when it is
//! a pipe), as `python3` and `python3 -i`.
//!
//! Each statement is compiled as soon as it is complete (`compiler::compile_interactive`,
//! CPython's 'single' mode), run in the session's globals, and its expression
//! statements echo their value through `builtins::display_hook`. A traceback or a
//! SyntaxError is printed and the session goes on; end of input or an uncaught
//! SystemExit ends it.
//!
//! Input: when standard input and output are both terminals, lines are read with
//! `rustyline` (line editing, history kept in `~/.pvm_history`, Tab indents or
//! completes names); otherwise they are read as they come, with the prompts written
//! to standard error, as CPython does without readline.

use crate::compiler::{self, Interactive};
use crate::value::Value;
use crate::vm::{interrupt, traceback, PyErr, Vm};
use std::collections::VecDeque;
use std::io::{IsTerminal, Write};

/// How a session ended.
pub enum Exit {
    /// End of input: exit status 0.
    Eof,
    /// An uncaught SystemExit, which the caller turns into the exit status as it does
    /// for a script.
    SystemExit(PyErr),
}

/// Runs an interactive session in a fresh `__main__` namespace. `banner` prints
/// the version lines first (CPython prints them unless `-q` is given).
pub fn run(vm: &mut Vm, banner: bool) -> Exit {
    let globals = crate::modules::import::new_main_module(vm, None);
    let mark = vm.roots.len();
    vm.roots.push(globals);
    if banner {
        eprintln!("Python 3.11 (pvm {}) on {}", env!("CARGO_PKG_VERSION"), platform());
        eprintln!("Type \"exit()\" or Ctrl-D (i.e. EOF) to exit.");
    }
    let exit = interact(vm, globals);
    vm.roots.truncate(mark);
    exit
}

/// `pvm -i script` (or `-i -c code`): runs the program as `__main__`, reports how it
/// ended (a SystemExit too, as CPython does under `-i`), then goes on interactively
/// in its globals.
pub fn run_then_interact(vm: &mut Vm, source: &str, filename: &str) -> Exit {
    vm.sources.insert(std::rc::Rc::from(filename), std::rc::Rc::from(source));
    let file = (!filename.starts_with('<')).then_some(filename);
    let globals = crate::modules::import::new_main_module(vm, file);
    let mark = vm.roots.len();
    vm.roots.push(globals);
    match compiler::compile_module(vm, source, filename) {
        Err(e) => eprint!("{}", traceback::format_syntax_error(&e)),
        Ok(code) => {
            vm.roots.push(code);
            let result = vm.run_code(code, globals);
            vm.roots.pop();
            after_run(vm);
            if let Err(e) = result {
                report_exception(vm, e);
            }
        }
    }
    let exit = interact(vm, globals);
    vm.roots.truncate(mark);
    exit
}

/// `sys.platform`.
fn platform() -> &'static str {
    match std::env::consts::OS {
        "macos" => "darwin",
        os => os,
    }
}

/// The read-compile-run loop over `globals` (rooted by the caller).
fn interact(vm: &mut Vm, globals: Value) -> Exit {
    let mut input = Input::open();
    // the lines of the statement being typed, each with its newline
    let mut source = String::new();
    let exit = loop {
        vm.flush_out();
        let prompt = if source.is_empty() { ">>> " } else { "... " };
        input.offer_names(vm, globals);
        let at_eof = match input.read_line(prompt) {
            Line::Text(text) => {
                source.push_str(&text);
                source.push('\n');
                false
            }
            Line::Eof => {
                input.end_prompt_line();
                if source.is_empty() {
                    break Exit::Eof;
                }
                true
            }
            Line::Interrupted => {
                input.end_prompt_line();
                eprintln!("KeyboardInterrupt");
                source.clear();
                continue;
            }
            Line::Undecodable(bytes) => {
                source.clear();
                let reason = match crate::objects::codecs::decode(vm, &bytes, "utf-8", "strict") {
                    Err(e) => crate::objects::repr::str_of(vm, e.0).unwrap_or_default(),
                    Ok(_) => "invalid utf-8".to_string(),
                };
                eprint!("  File \"<stdin>\", line 0\n    \nSyntaxError: (unicode error) {}\n", reason);
                continue;
            }
        };
        match compiler::compile_interactive(vm, &source, "<stdin>", at_eof) {
            Interactive::Incomplete => {}
            Interactive::Empty => source.clear(),
            Interactive::Error(e, width) => {
                source.clear();
                eprint!("{}", traceback::format_syntax_error_spanning(&e, width));
            }
            Interactive::Ready(code) => {
                source.clear();
                if let Some(exit) = run_statement(vm, code, globals) {
                    break Exit::SystemExit(exit);
                }
            }
        }
    };
    vm.flush_out();
    input.save_history();
    exit
}

/// Runs one compiled statement; prints its traceback if it raised. Returns the
/// SystemExit that ends the session, if one did.
fn run_statement(vm: &mut Vm, code: Value, globals: Value) -> Option<PyErr> {
    // a Ctrl-C typed while nothing ran belongs to the prompt, not to this statement
    interrupt::clear();
    vm.roots.push(code);
    let result = vm.run_code(code, globals);
    vm.roots.pop();
    after_run(vm);
    match result {
        Ok(_) => None,
        Err(e) if vm.is_instance(e.0, vm.types.system_exit) => Some(e),
        Err(e) => {
            report_exception(vm, e);
            None
        }
    }
}

/// State a statement that raised may leave behind, reset before the next prompt.
fn after_run(vm: &mut Vm) {
    vm.flush_out();
    if vm.frames.is_empty() {
        vm.handled = Value::NONE;
        vm.repr_stack.clear();
        vm.repr_depth = 0;
    }
}

fn report_exception(vm: &mut Vm, e: PyErr) {
    vm.roots.push(e.0);
    let report = traceback::format_exception(vm, e.0);
    vm.roots.pop();
    vm.flush_out();
    eprint!("{}", report);
}

/// What reading a line gave.
enum Line {
    /// A line, without its newline.
    Text(String),
    /// End of input (Ctrl-D).
    Eof,
    /// Ctrl-C at the prompt.
    Interrupted,
    /// A line that is not UTF-8 (reported as CPython's tokenizer does).
    Undecodable(Vec<u8>),
}

/// Where lines come from: the line editor on a terminal, else standard input as is.
enum Input {
    Editor(Box<Editor>),
    Plain(PlainInput),
}

impl Input {
    fn open() -> Input {
        if std::io::stdin().is_terminal() && std::io::stdout().is_terminal() {
            if let Some(editor) = Editor::open() {
                return Input::Editor(Box::new(editor));
            }
        }
        Input::Plain(PlainInput::default())
    }

    fn read_line(&mut self, prompt: &str) -> Line {
        match self {
            Input::Editor(e) => e.read_line(prompt),
            Input::Plain(p) => p.read_line(prompt),
        }
    }

    /// Ends the prompt's line after Ctrl-C or Ctrl-D, as CPython does (on standard
    /// error with the prompts; the line editor has ended it already).
    fn end_prompt_line(&mut self) {
        if let Input::Plain(_) = self {
            let _ = std::io::stderr().write_all(b"\n");
        }
    }

    /// Lets Tab complete the names the session has now.
    fn offer_names(&mut self, vm: &Vm, globals: Value) {
        if let Input::Editor(e) = self {
            e.offer_names(vm, globals);
        }
    }

    fn save_history(&mut self) {
        if let Input::Editor(e) = self {
            e.save_history();
        }
    }
}

/// Lines read from standard input without line editing, the prompts on standard
/// error. Reads the file descriptor itself, since a Ctrl-C must end a read that
/// waits (the standard library retries reads a signal interrupts).
#[derive(Default)]
struct PlainInput {
    buffered: Vec<u8>,
    at_eof: bool,
}

impl PlainInput {
    fn read_line(&mut self, prompt: &str) -> Line {
        {
            let mut err = std::io::stderr().lock();
            let _ = err.write_all(prompt.as_bytes());
            let _ = err.flush();
        }
        loop {
            if let Some(end) = self.buffered.iter().position(|&b| b == b'\n') {
                let mut line: Vec<u8> = self.buffered.drain(..=end).collect();
                line.pop();
                return Self::decode(line);
            }
            if self.at_eof {
                if self.buffered.is_empty() {
                    return Line::Eof;
                }
                // a last line without its newline
                let line = std::mem::take(&mut self.buffered);
                return Self::decode(line);
            }
            let mut chunk = [0u8; 4096];
            // SAFETY: reads at most chunk.len() bytes into a local buffer of that size.
            let n = unsafe { libc::read(0, chunk.as_mut_ptr() as *mut libc::c_void, chunk.len()) };
            if n > 0 {
                self.buffered.extend_from_slice(&chunk[..n as usize]);
            } else if n == 0 {
                self.at_eof = true;
            } else if std::io::Error::last_os_error().kind() == std::io::ErrorKind::Interrupted {
                if interrupt::pending() {
                    interrupt::clear();
                    self.buffered.clear();
                    return Line::Interrupted;
                }
            } else {
                self.at_eof = true;
            }
        }
    }

    fn decode(mut line: Vec<u8>) -> Line {
        if line.last() == Some(&b'\r') {
            line.pop();
        }
        match String::from_utf8(line) {
            Ok(s) => Line::Text(s),
            Err(e) => Line::Undecodable(e.into_bytes()),
        }
    }
}

/// The line editor, and the lines of a multi-line paste not handed out yet.
struct Editor {
    editor: rustyline::Editor<Completion, rustyline::history::DefaultHistory>,
    queued: VecDeque<String>,
    history_file: Option<std::path::PathBuf>,
}

impl Editor {
    fn open() -> Option<Editor> {
        let config = rustyline::Config::builder().auto_add_history(true).max_history_size(1000).ok()?.completion_type(rustyline::CompletionType::List).build();
        let mut editor = rustyline::Editor::with_config(config).ok()?;
        editor.set_helper(Some(Completion::default()));
        let history_file = std::env::var_os("HOME").filter(|h| !h.is_empty()).map(|h| std::path::PathBuf::from(h).join(".pvm_history"));
        if let Some(path) = &history_file {
            let _ = editor.load_history(path);
        }
        Some(Editor { editor, queued: VecDeque::new(), history_file })
    }

    fn read_line(&mut self, prompt: &str) -> Line {
        if let Some(line) = self.queued.pop_front() {
            return Line::Text(line);
        }
        use rustyline::error::ReadlineError;
        match self.editor.readline(prompt) {
            Ok(text) => {
                // a paste may bring several lines at once: they are taken one by one,
                // as if typed
                let mut lines = text.split('\n').map(|l| l.strip_suffix('\r').unwrap_or(l).to_string());
                let first = lines.next().unwrap_or_default();
                self.queued.extend(lines);
                Line::Text(first)
            }
            Err(ReadlineError::Interrupted) => Line::Interrupted,
            Err(ReadlineError::Eof) => Line::Eof,
            Err(_) if interrupt::pending() => {
                interrupt::clear();
                Line::Interrupted
            }
            // the terminal went away
            Err(_) => Line::Eof,
        }
    }

    fn offer_names(&mut self, vm: &Vm, globals: Value) {
        let mut names: Vec<String> = KEYWORDS.iter().map(|k| k.to_string()).collect();
        for d in [globals, vm.builtins] {
            if let Some(d) = d.as_dict() {
                names.extend(d.borrow().iter().filter_map(|(k, _)| k.as_str().map(str::to_string)));
            }
        }
        names.sort();
        names.dedup();
        if let Some(h) = self.editor.helper_mut() {
            h.names = names;
        }
    }

    fn save_history(&mut self) {
        if let Some(path) = &self.history_file {
            let _ = self.editor.save_history(path);
        }
    }
}

const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for",
    "from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
];

/// Tab at the start of a line indents; after a name's first letters it completes
/// the name from the keywords, the session's globals and the builtins.
#[derive(Default)]
struct Completion {
    names: Vec<String>,
}

impl rustyline::completion::Completer for Completion {
    type Candidate = String;

    fn complete(&self, line: &str, pos: usize, _ctx: &rustyline::Context<'_>) -> rustyline::Result<(usize, Vec<String>)> {
        let before = line.get(..pos).unwrap_or(line);
        if before.trim().is_empty() {
            return Ok((pos, vec!["    ".to_string()]));
        }
        let start = before.char_indices().rev().take_while(|(_, c)| c.is_alphanumeric() || *c == '_').last().map(|(i, _)| i).unwrap_or(pos);
        let word = &before[start..];
        if word.is_empty() || word.starts_with(|c: char| c.is_ascii_digit()) || before[..start].ends_with('.') {
            return Ok((pos, Vec::new()));
        }
        let found = self.names.iter().filter(|n| n.starts_with(word)).cloned().collect();
        Ok((start, found))
    }
}

impl rustyline::hint::Hinter for Completion {
    type Hint = String;
}

impl rustyline::highlight::Highlighter for Completion {}

impl rustyline::validate::Validator for Completion {}

impl rustyline::Helper for Completion {}
