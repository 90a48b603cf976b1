//! Source to register bytecode: parse with `rustpython-parser`, analyse scopes, emit.
pub mod emit;
pub mod symtable;

use crate::value::Value;
use crate::vm::Vm;

/// A compile-time error, reported as a Python SyntaxError.
#[derive(Debug, Clone)]
pub struct CompileError {
    pub msg: String,
    pub filename: String,
    pub line: u32,
    pub col: u32,
    pub text: Option<String>,
}

/// Compiles a whole module; the result is a code object value.
pub fn compile_module(vm: &mut Vm, source: &str, filename: &str) -> Result<Value, CompileError> {
    let suite = match <rustpython_parser::ast::Suite as rustpython_parser::Parse>::parse(source, filename) {
        Ok(s) => s,
        Err(e) => return Err(parse_error(source, filename, e)),
    };
    let bump = bumpalo::Bump::new();
    emit::compile_suite(vm, &bump, &suite, source, filename)
}

fn parse_error(source: &str, filename: &str, e: rustpython_parser::ParseError) -> CompileError {
    use rustpython_parser::ParseErrorType as T;
    let offset = u32::from(e.offset) as usize;
    let offset = offset.min(source.len());
    let (line, col) = line_col(source, offset);
    let msg = match &e.error {
        T::Eof => {
            let mut m = "unexpected EOF while parsing".to_string();
            if let Some(b) = first_unclosed_bracket(source) {
                m = format!("'{}' was never closed", b);
            }
            m
        }
        T::Lexical(le) => {
            let s = le.to_string();
            if s.contains("indent") || s.contains("Indent") {
                if s.contains("unindent") {
                    "unindent does not match any outer indentation level".to_string()
                } else {
                    "unexpected indent".to_string()
                }
            } else {
                s
            }
        }
        T::UnrecognizedToken(tok, _) => {
            let t = format!("{}", tok);
            if t.contains("Indent") || t == "" {
                "unexpected indent".to_string()
            } else {
                "invalid syntax".to_string()
            }
        }
        _ => "invalid syntax".to_string(),
    };
    let text = source.lines().nth(line.saturating_sub(1) as usize).map(|s| s.to_string());
    CompileError { msg, filename: filename.to_string(), line, col, text }
}

/// The first bracket that is opened and never closed, as CPython reports on EOF.
fn first_unclosed_bracket(source: &str) -> Option<char> {
    let mut stack = Vec::new();
    let mut chars = source.chars().peekable();
    let mut in_str: Option<char> = None;
    while let Some(c) = chars.next() {
        if let Some(q) = in_str {
            if c == '\\' {
                chars.next();
            } else if c == q {
                in_str = None;
            }
            continue;
        }
        match c {
            '#' => {
                for d in chars.by_ref() {
                    if d == '\n' {
                        break;
                    }
                }
            }
            '\'' | '"' => in_str = Some(c),
            '(' | '[' | '{' => stack.push(c),
            ')' | ']' | '}' => {
                stack.pop();
            }
            _ => {}
        }
    }
    stack.first().copied()
}

pub fn line_col(source: &str, offset: usize) -> (u32, u32) {
    let before = source.get(..offset).unwrap_or(source);
    let line = before.matches('\n').count() as u32 + 1;
    let col = before.rfind('\n').map(|i| offset - i).unwrap_or(offset + 1) as u32;
    (line, col)
}
