//! Source to register bytecode: parse with `rustpython-parser`, analyse scopes, emit.
pub mod emit;
pub mod symtable;
pub mod unparse;

use crate::value::Value;
use crate::vm::Vm;

/// Which exception a compile-time error is reported as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    /// SyntaxError, or its IndentationError/TabError subclasses (told apart by message).
    Syntax,
    /// RecursionError "maximum recursion depth exceeded during compilation".
    Recursion,
}

/// A compile-time error, reported as a Python SyntaxError (or RecursionError).
#[derive(Debug, Clone)]
pub struct CompileError {
    pub kind: ErrorKind,
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
        return Err(CompileError {
            kind: ErrorKind::Syntax,
            msg: "source code cannot contain null bytes".into(),
            filename: filename.to_string(),
            line,
            col: 0,
            text: None,
        });
    }
    // a UTF-8 byte-order mark at the start is allowed, as CPython's utf-8-sig reading does
    let source = source.strip_prefix('\u{feff}').unwrap_or(source);
    if let (_, Some(at)) = scan_brackets(source) {
        let (line, col) = line_col(source, at);
        let text = source.lines().nth(line as usize - 1).map(|s| s.to_string());
        return Err(CompileError { kind: ErrorKind::Syntax, msg: "too many nested parentheses".into(), filename: filename.to_string(), line, col, text });
    }
    let suite = match <rustpython_parser::ast::Suite as rustpython_parser::Parse>::parse(source, filename) {
        Ok(s) => s,
        Err(e) => return Err(parse_error(source, filename, e)),
    };
    let bump = bumpalo::Bump::new();
    emit::compile_suite(vm, &bump, &suite, source, filename)
}

/// What the interactive prompt does with the lines typed so far.
pub enum Interactive {
    /// Only blank lines and comments: nothing to run.
    Empty,
    /// More lines are needed (the `... ` prompt).
    Incomplete,
    /// A complete statement, compiled: a code object to run in the session's globals.
    Ready(Value),
    /// A syntax error to report; the caret spans `width` characters (CPython marks
    /// a whole token in a few interactive errors).
    Error(CompileError, usize),
}

/// Compiles `source` (the lines typed so far, each ending in a newline) as CPython's
/// interactive prompt does: one statement at a time ('single' mode, so expression
/// statements echo their value), asking for more lines while the parser stops at the
/// end of the input (an open bracket or triple-quoted string, a backslash, a block
/// header) and, after a compound statement, until an empty line. `at_eof` means no
/// more lines will come (Ctrl-D at the `... ` prompt): whatever there is, is final.
pub fn compile_interactive(vm: &mut Vm, source: &str, filename: &str, at_eof: bool) -> Interactive {
    use rustpython_parser::ast::Ranged;
    if source.lines().all(|l| {
        let t = l.trim_start();
        t.is_empty() || t.starts_with('#')
    }) {
        return Interactive::Empty;
    }
    if source.contains('\0') || scan_brackets(source).1.is_some() {
        // compile_module reports these before parsing
        return match compile_module(vm, source, filename) {
            Err(e) => Interactive::Error(e, 1),
            Ok(code) => Interactive::Ready(code),
        };
    }
    // CPython ends a compound statement at a line with nothing at all on it (a line
    // of spaces does not end it)
    let ends_with_empty_line = source.ends_with("\n\n") || source == "\n";
    let suite = match <rustpython_parser::ast::Suite as rustpython_parser::Parse>::parse(source, filename) {
        Ok(suite) => suite,
        Err(e) => {
            let continued = matches!(scan_unclosed(source), Unclosed::Bracket(..) | Unclosed::TripleQuote) || ends_in_backslash(source);
            if stops_at_end(source, &e) && !at_eof && (continued || !ends_with_empty_line) {
                return Interactive::Incomplete;
            }
            let mut err = parse_error(source, filename, e);
            if err.msg.starts_with("expected an indented block") {
                if ends_with_empty_line {
                    // CPython blames the empty line that ended the block
                    err.line = source.lines().count() as u32;
                    err.col = 1;
                    err.text = Some(String::new());
                } else if at_eof {
                    err.col = err.text.as_ref().map(|t| t.chars().count() as u32 + 1).unwrap_or(0);
                }
            }
            return Interactive::Error(err, 1);
        }
    };
    let Some(first) = suite.first() else { return Interactive::Empty };
    if is_compound(first) {
        if let Some(second) = suite.get(1) {
            // a line back at the left margin after a block: 'single' mode takes one
            // statement, and CPython marks the first token of the extra one
            let offset = usize::from(second.range().start());
            let (line, col) = line_col(source, offset);
            let text = source.lines().nth(line as usize - 1).map(|s| s.to_string());
            let width = token_width(source.get(offset..).unwrap_or(""));
            let err = CompileError { kind: ErrorKind::Syntax, msg: "invalid syntax".into(), filename: filename.to_string(), line, col, text };
            return Interactive::Error(err, width);
        }
        if !ends_with_empty_line && !at_eof {
            return Interactive::Incomplete;
        }
    }
    let bump = bumpalo::Bump::new();
    match emit::compile_interactive_suite(vm, &bump, &suite, source, filename) {
        Ok(code) => Interactive::Ready(code),
        Err(e) => Interactive::Error(e, 1),
    }
}

/// The parser stopped because the input ended: it wanted more tokens (the end of a
/// bracket, string or backslash continuation, or an indented block after a header).
fn stops_at_end(source: &str, e: &rustpython_parser::ParseError) -> bool {
    use rustpython_parser::{lexer::LexicalErrorType as L, ParseErrorType as T};
    let at_end = u32::from(e.offset) as usize >= source.trim_end().len();
    match &e.error {
        T::Eof | T::Lexical(L::Eof) => true,
        T::Lexical(L::IndentationError) => at_end,
        T::UnrecognizedToken(_, Some(expected)) => at_end && expected == "Indent",
        _ => false,
    }
}

/// The last line ends in a backslash that joins it to the next (outside a comment).
fn ends_in_backslash(source: &str) -> bool {
    let last = source.strip_suffix('\n').unwrap_or(source).rsplit('\n').next().unwrap_or("");
    last.ends_with('\\') && !last.contains('#')
}

/// Block statements, which the prompt keeps open until an empty line.
fn is_compound(s: &rustpython_parser::ast::Stmt) -> bool {
    use rustpython_parser::ast::Stmt as S;
    matches!(
        s,
        S::If(_)
            | S::For(_)
            | S::AsyncFor(_)
            | S::While(_)
            | S::With(_)
            | S::AsyncWith(_)
            | S::Try(_)
            | S::TryStar(_)
            | S::FunctionDef(_)
            | S::AsyncFunctionDef(_)
            | S::ClassDef(_)
            | S::Match(_)
    )
}

/// Characters of the token `rest` starts with: a name or number, else one character.
fn token_width(rest: &str) -> usize {
    let word = rest.chars().take_while(|c| c.is_alphanumeric() || *c == '_').count();
    word.max(1)
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
            } else if (s.contains("indent") || s.contains("Indent")) && mixed_indentation(source) {
                "inconsistent use of tabs and spaces in indentation".to_string()
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
                unclosed_before(source, offset, line).or_else(|| syntax_hint(source, offset)).unwrap_or_else(|| "invalid syntax".to_string())
            }
        }
        _ => unclosed_before(source, offset, line).unwrap_or_else(|| "invalid syntax".to_string()),
    };
    // CPython points at the bracket that was never closed
    let (line, col) = if msg.ends_with("was never closed") {
        match scan_unclosed(source.get(..offset).unwrap_or(source)) {
            Unclosed::Bracket(_, at) => line_col(source, at),
            _ => match scan_unclosed(source) {
                Unclosed::Bracket(_, at) => line_col(source, at),
                _ => (line, col),
            },
        }
    } else if msg.starts_with("unterminated string literal") {
        // the lexer stops past the end of the line; CPython points at the literal's
        // opening quote (or its prefix) on the line where it was detected
        let detected = line_col(source, offset.saturating_sub(1)).0;
        let text = source.lines().nth(detected.saturating_sub(1) as usize).unwrap_or("");
        (detected, unterminated_literal_col(text).map(|c| c as u32 + 1).unwrap_or(col))
    } else {
        (line, col)
    };
    let text = source.lines().nth(line.saturating_sub(1) as usize).map(|s| s.to_string());
    CompileError { kind: ErrorKind::Syntax, msg, filename: filename.to_string(), line, col, text }
}

/// Byte column of the single-quoted string literal (with its prefix) that `line`
/// leaves open, skipping the literals it closes and any comment.
fn unterminated_literal_col(line: &str) -> Option<usize> {
    let b = line.as_bytes();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'#' => return None,
            q @ (b'\'' | b'"') => {
                let mut start = i;
                while start > 0 && b[start - 1].is_ascii_alphabetic() && i - start < 2 && b"rRbBfFuU".contains(&b[start - 1]) {
                    start -= 1;
                }
                let triple = b.get(i + 1) == Some(&q) && b.get(i + 2) == Some(&q);
                if triple {
                    // a triple-quoted literal reports its own error
                    return None;
                }
                i += 1;
                loop {
                    match b.get(i) {
                        None => return Some(start),
                        Some(b'\\') => i += 2,
                        Some(&c) if c == q => break,
                        Some(_) => i += 1,
                    }
                }
            }
            _ => {}
        }
        i += 1;
    }
    None
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
    Some(CompileError { kind: ErrorKind::Syntax, msg, filename: filename.to_string(), line, col, text: Some(text.to_string()) })
}

/// CPython's TabError test: indentation compared with tab stops of 8 and of 1 must
/// order lines the same way.
fn mixed_indentation(source: &str) -> bool {
    let mut stack: Vec<(usize, usize)> = vec![(0, 0)];
    for l in source.lines() {
        let t = l.trim_start();
        if t.is_empty() || t.starts_with('#') {
            continue;
        }
        let (mut col8, mut col1) = (0usize, 0usize);
        for c in l.chars() {
            match c {
                ' ' => {
                    col8 += 1;
                    col1 += 1;
                }
                '\t' => {
                    col8 = (col8 / 8 + 1) * 8;
                    col1 += 1;
                }
                '\x0c' => {
                    col8 = 0;
                    col1 = 0;
                }
                _ => break,
            }
        }
        let &(top8, top1) = stack.last().unwrap_or(&(0, 0));
        if col8 == top8 {
            if col1 != top1 {
                return true;
            }
        } else if col8 > top8 {
            if col1 <= top1 {
                return true;
            }
            stack.push((col8, col1));
        } else {
            while stack.len() > 1 && col8 < stack.last().map(|p| p.0).unwrap_or(0) {
                stack.pop();
            }
            let &(t8, t1) = stack.last().unwrap_or(&(0, 0));
            if col8 == t8 && col1 != t1 {
                return true;
            }
            if col8 != t8 {
                return false;
            }
        }
    }
    false
}

/// CPython's more specific messages for a few common mistakes at the token at `offset`.
fn syntax_hint(source: &str, offset: usize) -> Option<String> {
    let b = source.as_bytes();
    // `1abc`: a letter glued to a number literal
    if offset > 0 && offset < b.len() && (b[offset].is_ascii_alphabetic() || b[offset] == b'_') && b[offset - 1].is_ascii_digit() {
        let mut i = offset - 1;
        while i > 0 && (b[i - 1].is_ascii_digit() || b[i - 1] == b'_' || b[i - 1] == b'.') {
            i -= 1;
        }
        if i == 0 || !(b[i - 1].is_ascii_alphanumeric() || b[i - 1] == b'_') {
            return Some("invalid decimal literal".to_string());
        }
    }
    let (line, col) = line_col(source, offset);
    let lines: Vec<&str> = source.lines().collect();
    let cur = *lines.get(line as usize - 1)?;
    let indent = |l: &str| l.len() - l.trim_start().len();
    let first_word = |l: &str| l.trim_start().split(|c: char| !c.is_alphanumeric() && c != '_').next().unwrap_or("").to_string();
    // a compound statement header that ends without its colon (the parser stops at the
    // end of the line)
    let header_words = ["if", "elif", "else", "while", "for", "def", "class", "with", "try", "except", "finally"];
    let code = cur.split('#').next().unwrap_or("").trim_end();
    if header_words.contains(&first_word(cur).as_str()) && !code.ends_with(':') && col as usize > code.len() {
        return Some("expected ':'".to_string());
    }
    // a `try:` body followed by something other than except/finally at the same level
    if col as usize == indent(cur) + 1 && !matches!(first_word(cur).as_str(), "except" | "finally") {
        let level = indent(cur);
        for j in (0..line as usize - 1).rev() {
            let l = lines[j];
            if l.trim().is_empty() || l.trim_start().starts_with('#') || indent(l) > level {
                continue;
            }
            if indent(l) == level && first_word(l) == "try" {
                return Some("expected 'except' or 'finally' block".to_string());
            }
            break;
        }
    }
    None
}

/// CPython blames a syntax error on a bracket still open from an earlier line.
fn unclosed_before(source: &str, offset: usize, err_line: u32) -> Option<String> {
    match scan_unclosed(source.get(..offset)?) {
        Unclosed::Bracket(c, at) if line_col(source, at).0 < err_line => Some(format!("'{}' was never closed", c)),
        _ => None,
    }
}

/// CPython's message for source that ends too early.
fn eof_message(source: &str) -> String {
    match scan_unclosed(source) {
        Unclosed::Bracket(b, _) => format!("'{}' was never closed", b),
        Unclosed::TripleQuote => format!("unterminated triple-quoted string literal (detected at line {})", source.lines().count().max(1)),
        Unclosed::Nothing => "unexpected EOF while parsing".to_string(),
    }
}

enum Unclosed {
    Nothing,
    /// The bracket and its byte offset.
    Bracket(char, usize),
    TripleQuote,
}

fn scan_unclosed(source: &str) -> Unclosed {
    scan_brackets(source).0
}

/// CPython's tokenizer refuses more than this many nested brackets.
const MAX_BRACKET_DEPTH: usize = 200;

/// The innermost unclosed bracket (or unterminated triple-quoted string) at the end of
/// `source`, and the offset of the first bracket nested deeper than MAX_BRACKET_DEPTH.
fn scan_brackets(source: &str) -> (Unclosed, Option<usize>) {
    let mut too_deep = None;
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
                            return (Unclosed::TripleQuote, too_deep);
                        }
                    } else if b[i] == q || b[i] == b'\n' {
                        break;
                    }
                    i += 1;
                }
            }
            c @ (b'(' | b'[' | b'{') => {
                stack.push((c as char, i));
                if stack.len() > MAX_BRACKET_DEPTH && too_deep.is_none() {
                    too_deep = Some(i);
                }
            }
            b')' | b']' | b'}' => {
                stack.pop();
            }
            _ => {}
        }
        i += 1;
    }
    let unclosed = match stack.last() {
        Some(&(c, at)) => Unclosed::Bracket(c, at),
        None => Unclosed::Nothing,
    };
    (unclosed, too_deep)
}

pub fn line_col(source: &str, offset: usize) -> (u32, u32) {
    let before = source.get(..offset).unwrap_or(source);
    let line = before.matches('\n').count() as u32 + 1;
    let col = before.rfind('\n').map(|i| offset - i).unwrap_or(offset + 1) as u32;
    (line, col)
}
