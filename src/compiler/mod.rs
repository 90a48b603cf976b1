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
    if let Some(err) = missing_block(source, filename, offset) {
        return err;
    }
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
/// IndentationError "expected an indented block after ..." when the parser stopped at
/// the first token after a compound statement's header that is not indented under it
/// (or at the end of the source right after such a header).
fn missing_block(source: &str, filename: &str, offset: usize) -> Option<CompileError> {
    let lines: Vec<&str> = source.lines().collect();
    let indent_of = |l: &str| l.len() - l.trim_start().len();
    let meaningful = |l: &str| {
        let t = l.trim();
        !t.is_empty() && !t.starts_with('#')
    };
    let at_eof = source.get(offset..).map_or(true, |rest| rest.trim().is_empty());
    let (err_line, err_col) = line_col(source, offset);
    let search_end = if at_eof { lines.len() } else { (err_line as usize).saturating_sub(1) };
    if !at_eof {
        let cur = lines.get(err_line as usize - 1)?;
        // the offending token must start its line
        if err_col as usize != indent_of(cur) + 1 {
            return None;
        }
    }
    let j = (0..search_end).rev().find(|&j| meaningful(lines[j]))?;
    let header = lines[j];
    let code = header.split('#').next().unwrap_or("").trim_end();
    if !code.ends_with(':') {
        return None;
    }
    if !at_eof && indent_of(lines[err_line as usize - 1]) > indent_of(header) {
        return None;
    }
    let word = code.trim_start().trim_start_matches("async ").split(|c: char| !c.is_alphanumeric() && c != '_').next().unwrap_or("");
    let what = match word {
        "if" | "elif" | "else" | "for" | "while" | "try" | "except" | "finally" | "with" => format!("'{}' statement", word),
        "def" => "function definition".to_string(),
        "class" => "class definition".to_string(),
        _ => return None,
    };
    let msg = format!("expected an indented block after {} on line {}", what, j + 1);
    let (line, col, text) = if at_eof { (j as u32 + 1, 0, header) } else { (err_line, err_col, lines[err_line as usize - 1]) };
    Some(CompileError { msg, filename: filename.to_string(), line, col, text: Some(text.to_string()) })
}

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
