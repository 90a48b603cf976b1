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
    if source.contains('\0') {
        let (line, _) = line_col(source, source.find('\0').unwrap_or(0));
        return Err(CompileError { msg: "source code cannot contain null bytes".into(), filename: filename.to_string(), line, col: 0, text: None });
    }
    // a UTF-8 byte-order mark at the start is allowed, as CPython's utf-8-sig reading does
    let source = source.strip_prefix('\u{feff}').unwrap_or(source);
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
        T::Eof => eof_message(source),
        T::Lexical(le) => {
            let s = le.to_string();
            if s == "unexpected EOF while parsing" {
                eof_message(source)
            } else if s.contains("indent") || s.contains("Indent") {
                if s.contains("unindent") {
                    "unindent does not match any outer indentation level".to_string()
                } else {
                    "unexpected indent".to_string()
                }
            } else if s.contains("nesting") {
                // a closing bracket with no opener
                match source.get(offset..).and_then(|r| r.chars().next()) {
                    Some(c @ (')' | ']' | '}')) => format!("unmatched '{}'", c),
                    _ => "unmatched ')'".to_string(),
                }
            } else if s.contains("EOL while scanning string literal") {
                format!("unterminated string literal (detected at line {})", line_col(source, offset.saturating_sub(1)).0)
            } else if s.contains("EOF while scanning triple-quoted string") {
                format!("unterminated triple-quoted string literal (detected at line {})", source.lines().count().max(1))
            } else if let Some(c) = s.strip_prefix("Got unexpected token ").and_then(|t| t.chars().next()) {
                if c.is_control() || c == '\u{feff}' || c == '\u{a0}' {
                    format!("invalid non-printable character U+{:04X}", c as u32)
                } else {
                    "invalid character".to_string()
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

/// The innermost bracket still open at the end of the source, which CPython reports on
/// EOF ("'(' was never closed").
/// CPython's message for source that ends too early.
fn eof_message(source: &str) -> String {
    match scan_unclosed(source) {
        Unclosed::Bracket(b) => format!("'{}' was never closed", b),
        Unclosed::TripleQuote => format!("unterminated triple-quoted string literal (detected at line {})", source.lines().count().max(1)),
        Unclosed::Nothing => "unexpected EOF while parsing".to_string(),
    }
}

enum Unclosed {
    Nothing,
    Bracket(char),
    TripleQuote,
}

fn scan_unclosed(source: &str) -> Unclosed {
    let mut stack = Vec::new();
    let b = source.as_bytes();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'#' => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
            }
            q @ (b'\'' | b'"') => {
                let triple = b.get(i + 1) == Some(&q) && b.get(i + 2) == Some(&q);
                i += if triple { 3 } else { 1 };
                while i < b.len() {
                    if b[i] == b'\\' {
                        i += 2;
                        continue;
                    }
                    if triple {
                        if b[i] == q && b.get(i + 1) == Some(&q) && b.get(i + 2) == Some(&q) {
                            i += 2;
                            break;
                        }
                        if i + 1 >= b.len() {
                            return Unclosed::TripleQuote;
                        }
                    } else if b[i] == q || b[i] == b'\n' {
                        break;
                    }
                    i += 1;
                }
            }
            c @ (b'(' | b'[' | b'{') => stack.push(c as char),
            b')' | b']' | b'}' => {
                stack.pop();
            }
            _ => {}
        }
        i += 1;
    }
    match stack.last() {
        Some(&c) => Unclosed::Bracket(c),
        None => Unclosed::Nothing,
    }
}

pub fn line_col(source: &str, offset: usize) -> (u32, u32) {
    let before = source.get(..offset).unwrap_or(source);
    let line = before.matches('\n').count() as u32 + 1;
    let col = before.rfind('\n').map(|i| offset - i).unwrap_or(offset + 1) as u32;
    (line, col)
}
