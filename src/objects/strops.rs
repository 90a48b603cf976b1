//! Python `str` operations on plain Rust strings.
//!
//! Self-contained (std only): every function takes already-extracted Rust values and
//! implements CPython 3.11 semantics. All indices are *code-point* indices; a fast path
//! using byte offsets is taken whenever the string is ASCII.
//!
//! Nothing here panics on any input: slicing goes through `str::get`, index arithmetic is
//! done in wider integers or with checked/saturating operations.
//!
//! Unicode data: the character-class predicates (`isalpha`, `isdecimal`, `isdigit`,
//! `isnumeric`, `isprintable`, `isidentifier`, case-ignorable, titlecase) use the
//! generated `PROPS` table, which was produced from python3.11's `unicodedata`
//! (Unicode 14.0.0) and is therefore exact. Case mappings use Rust std's tables
//! (a newer Unicode version) corrected by the generated `CASE_OVERRIDES` table so that the
//! results agree with python3.11 for every code point; title-case and case-folding
//! mappings come from the generated `TITLE_MAP` / `FOLD_MAP` tables. The generator
//! (a python3 script plus a tiny Rust dump program) is reproduced in a comment after the
//! tables. During development every code point was checked against python3.11 for all
//! predicates, the case mappings (including context: final sigma, title-case word rule)
//! and repr/ascii, plus ~280k random cases for the other functions.
//!
//! Memory: functions whose output grows with an argument (`center`, `ljust`, `rjust`,
//! `zfill`, `expandtabs`, `replace`) allocate what is asked for. CPython raises
//! `MemoryError`/`OverflowError` for absurd widths; the caller should bound such
//! arguments before calling if it wants that behaviour.

use std::fmt;

/// Error raised by a string operation. The message is exactly CPython's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StrOpError {
    /// `ValueError(msg)`
    Value(String),
    /// `TypeError(msg)` (not produced by this module today; for callers' convenience)
    Type(String),
}

impl fmt::Display for StrOpError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StrOpError::Value(m) => write!(f, "ValueError: {}", m),
            StrOpError::Type(m) => write!(f, "TypeError: {}", m),
        }
    }
}

fn empty_separator() -> StrOpError {
    StrOpError::Value("empty separator".to_string())
}

// ---------------------------------------------------------------------------------------
// Index helpers
// ---------------------------------------------------------------------------------------

#[inline]
fn usize_to_i64(v: usize) -> i64 {
    i64::try_from(v).unwrap_or(i64::MAX)
}

/// Safe substring by byte range (empty on an invalid range).
#[inline]
fn sub(s: &str, a: usize, b: usize) -> &str {
    s.get(a..b).unwrap_or("")
}

/// Safe suffix by byte offset.
#[inline]
fn tail(s: &str, a: usize) -> &str {
    s.get(a..).unwrap_or("")
}

/// Byte offset of code point `i` in a non-ASCII-aware way (clamped to `s.len()`).
#[inline]
fn cp_to_byte(s: &str, ascii: bool, i: usize) -> usize {
    if ascii {
        return i.min(s.len());
    }
    if i == 0 {
        return 0;
    }
    match s.char_indices().nth(i) {
        Some((b, _)) => b,
        None => s.len(),
    }
}

/// Byte range `(b0, b1)` for the code-point range `[st, en)` (clamped; `b0 <= b1`).
fn cp_range(s: &str, ascii: bool, st: usize, en: usize) -> (usize, usize) {
    if en <= st {
        let b = cp_to_byte(s, ascii, st);
        return (b, b);
    }
    if ascii {
        return (st.min(s.len()), en.min(s.len()));
    }
    let b0 = cp_to_byte(s, false, st);
    let rest = tail(s, b0);
    let b1 = b0 + cp_to_byte(rest, false, en - st);
    (b0, b1)
}

/// Number of code points in `s`.
pub fn char_len(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        s.chars().count()
    }
}

/// The code points `[start, stop)` of `s` (clamped to the string; empty if `start >= stop`).
pub fn char_slice(s: &str, start: usize, stop: usize) -> &str {
    if start >= stop {
        return "";
    }
    let (a, b) = cp_range(s, s.is_ascii(), start, stop);
    sub(s, a, b)
}

/// The code point at index `i`, if any.
pub fn char_at(s: &str, i: usize) -> Option<char> {
    if s.is_ascii() {
        s.as_bytes().get(i).map(|&b| b as char)
    } else {
        s.chars().nth(i)
    }
}

/// `s[start:stop:step]` for indices already normalized by `slice.indices(len)`.
///
/// Out-of-range values are tolerated: they are clamped to the range `slice.indices`
/// produces (`[0, len]` for a positive step, `[-1, len - 1]` for a negative one);
/// `step == 0` yields an empty string.
pub fn slice_step(s: &str, start: i64, stop: i64, step: i64) -> String {
    if step == 0 {
        return String::new();
    }
    let ascii = s.is_ascii();
    if step == 1 {
        if stop <= start {
            return String::new();
        }
        let a = usize::try_from(start.max(0)).unwrap_or(usize::MAX);
        let b = usize::try_from(stop.max(0)).unwrap_or(usize::MAX);
        let (x, y) = cp_range(s, ascii, a, b);
        return sub(s, x, y).to_string();
    }
    let chars: Vec<char>;
    let bytes = s.as_bytes();
    let len: i128 = if ascii {
        chars = Vec::new();
        bytes.len() as i128
    } else {
        chars = s.chars().collect();
        chars.len() as i128
    };
    let get = |i: i128| -> Option<char> {
        let i = usize::try_from(i).ok()?;
        if ascii {
            bytes.get(i).map(|&b| b as char)
        } else {
            chars.get(i).copied()
        }
    };
    let step = step as i128;
    let mut out = String::new();
    if step > 0 {
        let mut i = (start as i128).clamp(0, len);
        let stop = (stop as i128).clamp(0, len);
        while i < stop {
            if let Some(c) = get(i) {
                out.push(c);
            }
            i += step;
        }
    } else {
        let mut i = (start as i128).clamp(-1, len - 1);
        let stop = (stop as i128).clamp(-1, len - 1);
        while i > stop {
            if let Some(c) = get(i) {
                out.push(c);
            }
            i += step;
        }
    }
    out
}

/// Python's start/end normalization for `find`/`count`/`startswith`...
///
/// `end` is clamped to `[0, len]`; `start` is clamped below at 0 but NOT above, so it may
/// exceed `len` and `end` (callers treat `start > end` as "no room").
pub fn adjust_indices(len: usize, start: Option<i64>, end: Option<i64>) -> (usize, usize) {
    let n = len as i128;
    let e: i128 = match end {
        None => n,
        Some(e) => {
            let e = e as i128;
            if e > n {
                n
            } else if e < 0 {
                (e + n).max(0)
            } else {
                e
            }
        }
    };
    let s: i128 = match start {
        None => 0,
        Some(s) => {
            let s = s as i128;
            if s < 0 {
                (s + n).max(0)
            } else {
                s
            }
        }
    };
    let to_usize = |v: i128| usize::try_from(v).unwrap_or(usize::MAX);
    (to_usize(s), to_usize(e))
}

/// Shared front half of find/rfind/count/startswith/endswith: returns the haystack
/// `s[st:en]`, the code-point index `st`, whether `s` is ASCII, and `en`.
struct Window<'a> {
    hay: &'a str,
    st: usize,
    en: usize,
    ascii: bool,
}

fn window<'a>(s: &'a str, start: Option<i64>, end: Option<i64>) -> Window<'a> {
    let ascii = s.is_ascii();
    let n = if ascii { s.len() } else { s.chars().count() };
    let (st, en) = adjust_indices(n, start, end);
    let (a, b) = cp_range(s, ascii, st, en);
    Window { hay: sub(s, a, b), st, en, ascii }
}

fn find_impl(s: &str, needle: &str, start: Option<i64>, end: Option<i64>, rev: bool) -> i64 {
    if start.is_none() && end.is_none() {
        // Whole string: no index translation needed except for the result.
        if needle.is_empty() {
            return if rev { usize_to_i64(char_len(s)) } else { 0 };
        }
        let pos = if rev { s.rfind(needle) } else { s.find(needle) };
        return match pos {
            None => -1,
            Some(p) => usize_to_i64(char_len(sub(s, 0, p))),
        };
    }
    let w = window(s, start, end);
    if w.en < w.st {
        return -1;
    }
    let room = w.en - w.st;
    if needle.is_empty() {
        return usize_to_i64(if rev { w.en } else { w.st });
    }
    if needle.len() > w.hay.len() || (w.ascii && !needle.is_ascii()) || room == 0 {
        return -1;
    }
    let pos = if rev { w.hay.rfind(needle) } else { w.hay.find(needle) };
    match pos {
        None => -1,
        Some(p) => {
            let ci = if w.ascii { p } else { sub(w.hay, 0, p).chars().count() };
            usize_to_i64(w.st.saturating_add(ci))
        }
    }
}

/// `s.find(sub, start, end)`: code-point index or -1.
pub fn find(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> i64 {
    find_impl(s, sub, start, end, false)
}

/// `s.rfind(sub, start, end)`: code-point index or -1.
pub fn rfind(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> i64 {
    find_impl(s, sub, start, end, true)
}

/// `s.count(sub, start, end)`: non-overlapping occurrences.
pub fn count(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> usize {
    if start.is_none() && end.is_none() {
        return if sub.is_empty() { char_len(s).saturating_add(1) } else { s.matches(sub).count() };
    }
    let w = window(s, start, end);
    if w.en < w.st {
        return 0;
    }
    if sub.is_empty() {
        return (w.en - w.st).saturating_add(1);
    }
    if sub.len() > w.hay.len() {
        return 0;
    }
    w.hay.matches(sub).count()
}

/// `s.startswith(prefix, start, end)` for a single prefix.
pub fn startswith(s: &str, prefix: &str, start: Option<i64>, end: Option<i64>) -> bool {
    if start.is_none() && end.is_none() {
        return s.starts_with(prefix);
    }
    let w = window(s, start, end);
    w.st <= w.en && w.hay.starts_with(prefix)
}

/// `s.endswith(suffix, start, end)` for a single suffix.
pub fn endswith(s: &str, suffix: &str, start: Option<i64>, end: Option<i64>) -> bool {
    if start.is_none() && end.is_none() {
        return s.ends_with(suffix);
    }
    let w = window(s, start, end);
    w.st <= w.en && w.hay.ends_with(suffix)
}

// ---------------------------------------------------------------------------------------
// Splitting, stripping, replacing
// ---------------------------------------------------------------------------------------

/// Python's `str.isspace()` for one character (bidi class WS/B/S or category Zs).
#[inline]
pub fn is_python_whitespace(c: char) -> bool {
    match c {
        '\t'..='\r' | '\x1c'..='\x20' => true,
        _ if (c as u32) < 0x85 => false,
        '\u{85}' | '\u{a0}' | '\u{1680}' | '\u{2000}'..='\u{200a}' | '\u{2028}' | '\u{2029}' | '\u{202f}' | '\u{205f}' | '\u{3000}' => true,
        _ => false,
    }
}

#[inline]
fn max_splits(maxsplit: i64) -> usize {
    if maxsplit < 0 {
        usize::MAX
    } else {
        usize::try_from(maxsplit).unwrap_or(usize::MAX)
    }
}

/// Python's whitespace among ASCII bytes: space, \t \n \x0b \x0c \r and \x1c-\x1f.
#[inline(always)]
fn is_ascii_python_whitespace(b: u8) -> bool {
    matches!(b, b' ' | b'\t'..=b'\r' | 0x1c..=0x1f)
}

/// `split_whitespace` for ASCII text, byte by byte.
fn split_ascii_whitespace(s: &str, maxsplit: i64) -> Vec<&str> {
    let bytes = s.as_bytes();
    let mut remaining = max_splits(maxsplit);
    let mut res = Vec::new();
    let mut i = 0;
    loop {
        while i < bytes.len() && is_ascii_python_whitespace(bytes[i]) {
            i += 1;
        }
        if i == bytes.len() {
            break;
        }
        if remaining == 0 {
            res.push(tail(s, i));
            break;
        }
        let begin = i;
        while i < bytes.len() && !is_ascii_python_whitespace(bytes[i]) {
            i += 1;
        }
        res.push(sub(s, begin, i));
        remaining -= 1;
    }
    res
}

fn split_whitespace(s: &str, maxsplit: i64) -> Vec<&str> {
    if s.is_ascii() {
        return split_ascii_whitespace(s, maxsplit);
    }
    let mut remaining = max_splits(maxsplit);
    let mut res = Vec::new();
    let mut it = s.char_indices().peekable();
    loop {
        while let Some(&(_, c)) = it.peek() {
            if is_python_whitespace(c) {
                it.next();
            } else {
                break;
            }
        }
        let begin = match it.peek() {
            Some(&(b, _)) => b,
            None => break,
        };
        if remaining == 0 {
            res.push(tail(s, begin));
            break;
        }
        let mut finish = s.len();
        while let Some(&(b, c)) = it.peek() {
            if is_python_whitespace(c) {
                finish = b;
                break;
            }
            it.next();
        }
        res.push(sub(s, begin, finish));
        remaining -= 1;
    }
    res
}

fn rsplit_whitespace(s: &str, maxsplit: i64) -> Vec<&str> {
    let mut remaining = max_splits(maxsplit);
    let mut res = Vec::new();
    let mut it = s.char_indices().rev().peekable();
    loop {
        while let Some(&(_, c)) = it.peek() {
            if is_python_whitespace(c) {
                it.next();
            } else {
                break;
            }
        }
        let finish = match it.peek() {
            Some(&(b, c)) => b + c.len_utf8(),
            None => break,
        };
        if remaining == 0 {
            res.push(sub(s, 0, finish));
            break;
        }
        let mut begin = 0;
        while let Some(&(b, c)) = it.peek() {
            if is_python_whitespace(c) {
                begin = b + c.len_utf8();
                break;
            }
            it.next();
        }
        res.push(sub(s, begin, finish));
        remaining -= 1;
    }
    res.reverse();
    res
}

/// `s.split(sep, maxsplit)`; `sep == None` splits on runs of whitespace.
pub fn split<'a>(s: &'a str, sep: Option<&str>, maxsplit: i64) -> Result<Vec<&'a str>, StrOpError> {
    let sep = match sep {
        None => return Ok(split_whitespace(s, maxsplit)),
        Some(sep) => sep,
    };
    if sep.is_empty() {
        return Err(empty_separator());
    }
    let mut remaining = max_splits(maxsplit);
    let mut res = Vec::new();
    let mut pos = 0;
    while remaining > 0 {
        match tail(s, pos).find(sep) {
            Some(i) => {
                res.push(sub(s, pos, pos + i));
                pos = pos + i + sep.len();
                remaining -= 1;
            }
            None => break,
        }
    }
    res.push(tail(s, pos));
    Ok(res)
}

/// `s.rsplit(sep, maxsplit)`; `sep == None` splits on runs of whitespace.
pub fn rsplit<'a>(s: &'a str, sep: Option<&str>, maxsplit: i64) -> Result<Vec<&'a str>, StrOpError> {
    let sep = match sep {
        None => return Ok(rsplit_whitespace(s, maxsplit)),
        Some(sep) => sep,
    };
    if sep.is_empty() {
        return Err(empty_separator());
    }
    let mut remaining = max_splits(maxsplit);
    let mut res = Vec::new();
    let mut end = s.len();
    while remaining > 0 {
        match sub(s, 0, end).rfind(sep) {
            Some(i) => {
                res.push(sub(s, i + sep.len(), end));
                end = i;
                remaining -= 1;
            }
            None => break,
        }
    }
    res.push(sub(s, 0, end));
    res.reverse();
    Ok(res)
}

/// `s.splitlines(keepends)`.
pub fn splitlines(s: &str, keepends: bool) -> Vec<&str> {
    let mut res = Vec::new();
    let mut line_start = 0;
    let mut it = s.char_indices().peekable();
    while let Some((b, c)) = it.next() {
        let eol_len = match c {
            '\r' => {
                if let Some(&(_, '\n')) = it.peek() {
                    it.next();
                    2
                } else {
                    1
                }
            }
            '\n' | '\x0b' | '\x0c' | '\x1c' | '\x1d' | '\x1e' => 1,
            '\u{85}' => 2,
            '\u{2028}' | '\u{2029}' => 3,
            _ => continue,
        };
        let line_end = if keepends { b + eol_len } else { b };
        res.push(sub(s, line_start, line_end));
        line_start = b + eol_len;
    }
    if line_start < s.len() {
        res.push(tail(s, line_start));
    }
    res
}

/// `s.strip(chars)`; `None` strips Python whitespace.
pub fn strip<'a>(s: &'a str, chars: Option<&str>) -> &'a str {
    match chars {
        None => s.trim_matches(is_python_whitespace),
        Some(set) => s.trim_matches(|c: char| set.contains(c)),
    }
}

/// `s.lstrip(chars)`; `None` strips Python whitespace.
pub fn lstrip<'a>(s: &'a str, chars: Option<&str>) -> &'a str {
    match chars {
        None => s.trim_start_matches(is_python_whitespace),
        Some(set) => s.trim_start_matches(|c: char| set.contains(c)),
    }
}

/// `s.rstrip(chars)`; `None` strips Python whitespace.
pub fn rstrip<'a>(s: &'a str, chars: Option<&str>) -> &'a str {
    match chars {
        None => s.trim_end_matches(is_python_whitespace),
        Some(set) => s.trim_end_matches(|c: char| set.contains(c)),
    }
}

/// `s.replace(old, new, count)`; `count < 0` replaces all. An empty `old` inserts `new`
/// before every code point and at the end, like Python.
pub fn replace(s: &str, old: &str, new: &str, count: i64) -> String {
    if count < 0 {
        s.replace(old, new)
    } else if count == 0 {
        s.to_string()
    } else {
        // Rust's empty pattern matches at every char boundary, exactly like Python.
        s.replacen(old, new, usize::try_from(count).unwrap_or(usize::MAX))
    }
}

/// `s.partition(sep)`.
pub fn partition(s: &str, sep: &str) -> Result<(String, String, String), StrOpError> {
    if sep.is_empty() {
        return Err(empty_separator());
    }
    Ok(match s.find(sep) {
        Some(i) => (sub(s, 0, i).to_string(), sep.to_string(), tail(s, i + sep.len()).to_string()),
        None => (s.to_string(), String::new(), String::new()),
    })
}

/// `s.rpartition(sep)`.
pub fn rpartition(s: &str, sep: &str) -> Result<(String, String, String), StrOpError> {
    if sep.is_empty() {
        return Err(empty_separator());
    }
    Ok(match s.rfind(sep) {
        Some(i) => (sub(s, 0, i).to_string(), sep.to_string(), tail(s, i + sep.len()).to_string()),
        None => (String::new(), String::new(), s.to_string()),
    })
}

// ---------------------------------------------------------------------------------------
// Unicode character data
// ---------------------------------------------------------------------------------------

const P_ALPHA: u32 = 1;
const P_DECIMAL: u32 = 2;
const P_DIGIT: u32 = 4;
const P_NUMERIC: u32 = 8;
const P_PRINTABLE: u32 = 16;
const P_XID_START: u32 = 32; // includes '_'
const P_XID_CONTINUE: u32 = 64;
const P_CASE_IGNORABLE: u32 = 128;
const P_TITLECASE: u32 = 256;

#[inline]
fn props(c: char) -> u32 {
    let cp = c as u32;
    let idx = PROPS.partition_point(|&e| (e >> 10) <= cp);
    match idx.checked_sub(1).and_then(|i| PROPS.get(i)) {
        Some(&e) => e & 0x3ff,
        None => 0,
    }
}

#[inline]
fn case_override(c: char) -> Option<&'static (u32, u8, u32, u32)> {
    let cp = c as u32;
    if cp < CASE_OVERRIDES.first().map_or(0, |e| e.0) {
        return None;
    }
    CASE_OVERRIDES.binary_search_by_key(&cp, |e| e.0).ok().and_then(|i| CASE_OVERRIDES.get(i))
}

fn map_lookup(table: &'static [(u32, &'static str)], c: char) -> Option<&'static str> {
    let cp = c as u32;
    table.binary_search_by_key(&cp, |e| e.0).ok().and_then(|i| table.get(i)).map(|e| e.1)
}

/// Unicode `Uppercase` property (Python's `Py_UNICODE_ISUPPER`).
#[inline]
fn char_is_upper(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_uppercase();
    }
    match case_override(c) {
        Some(o) => o.1 & 1 != 0,
        None => c.is_uppercase(),
    }
}

/// Unicode `Lowercase` property (Python's `Py_UNICODE_ISLOWER`).
#[inline]
fn char_is_lower(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_lowercase();
    }
    match case_override(c) {
        Some(o) => o.1 & 2 != 0,
        None => c.is_lowercase(),
    }
}

/// General category Lt.
#[inline]
fn char_is_titlecase(c: char) -> bool {
    !c.is_ascii() && props(c) & P_TITLECASE != 0
}

/// Unicode `Cased` property.
#[inline]
fn char_is_cased(c: char) -> bool {
    char_is_upper(c) || char_is_lower(c) || char_is_titlecase(c)
}

#[inline]
fn char_is_case_ignorable(c: char) -> bool {
    props(c) & P_CASE_IGNORABLE != 0
}

fn push_upper(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_uppercase());
    } else if let Some(o) = case_override(c) {
        out.push(char::from_u32(o.2).unwrap_or(c));
    } else {
        out.extend(c.to_uppercase());
    }
}

/// Lower-case mapping without the final-sigma context rule.
fn push_lower_plain(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
    } else if let Some(o) = case_override(c) {
        out.push(char::from_u32(o.3).unwrap_or(c));
    } else {
        out.extend(c.to_lowercase());
    }
}

fn push_title(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_uppercase());
    } else if let Some(t) = map_lookup(&TITLE_MAP, c) {
        out.push_str(t);
    } else {
        push_upper(c, out);
    }
}

fn push_fold(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
    } else if let Some(t) = map_lookup(&FOLD_MAP, c) {
        out.push_str(t);
    } else {
        push_lower_plain(c, out);
    }
}

/// Whether the capital sigma at byte offset `at` of `s` is in the Final_Sigma context:
/// preceded by a cased letter and not followed by one (ignoring case-ignorable chars).
fn is_final_sigma(s: &str, at: usize) -> bool {
    let before = sub(s, 0, at);
    match before.chars().rev().find(|&c| !char_is_case_ignorable(c)) {
        Some(c) if char_is_cased(c) => {}
        _ => return false,
    }
    let after = tail(s, at + '\u{3a3}'.len_utf8());
    match after.chars().find(|&c| !char_is_case_ignorable(c)) {
        Some(c) => !char_is_cased(c),
        None => true,
    }
}

/// Lower-case mapping of the char `c` found at byte offset `at` of `s` (context aware).
#[inline]
fn push_lower_at(s: &str, at: usize, c: char, out: &mut String) {
    if c == '\u{3a3}' {
        out.push(if is_final_sigma(s, at) { '\u{3c2}' } else { '\u{3c3}' });
    } else {
        push_lower_plain(c, out);
    }
}

// ---------------------------------------------------------------------------------------
// Case conversion
// ---------------------------------------------------------------------------------------

/// `s.upper()`.
pub fn upper(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_uppercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        push_upper(c, &mut out);
    }
    out
}

/// `s.lower()` (including the final-sigma rule).
pub fn lower(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    for (b, c) in s.char_indices() {
        push_lower_at(s, b, c, &mut out);
    }
    out
}

/// `s.casefold()`.
pub fn casefold(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        push_fold(c, &mut out);
    }
    out
}

/// `s.capitalize()`: first character title-cased, the rest lower-cased.
pub fn capitalize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut it = s.char_indices();
    if let Some((_, c)) = it.next() {
        push_title(c, &mut out);
    }
    if s.is_ascii() {
        out.push_str(&tail(s, 1).to_ascii_lowercase());
        return out;
    }
    for (b, c) in it {
        push_lower_at(s, b, c, &mut out);
    }
    out
}

/// `s.title()`: a character following a cased character is lower-cased, any other
/// character is title-cased.
pub fn title(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut prev_cased = false;
    if s.is_ascii() {
        for &b in s.as_bytes() {
            let c = b as char;
            if prev_cased {
                out.push(c.to_ascii_lowercase());
            } else {
                out.push(c.to_ascii_uppercase());
            }
            prev_cased = c.is_ascii_alphabetic();
        }
        return out;
    }
    for (b, c) in s.char_indices() {
        if prev_cased {
            push_lower_at(s, b, c, &mut out);
        } else {
            push_title(c, &mut out);
        }
        prev_cased = char_is_cased(c);
    }
    out
}

/// `s.swapcase()`.
pub fn swapcase(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    if s.is_ascii() {
        for &b in s.as_bytes() {
            let c = b as char;
            out.push(if c.is_ascii_uppercase() { c.to_ascii_lowercase() } else { c.to_ascii_uppercase() });
        }
        return out;
    }
    for (b, c) in s.char_indices() {
        if char_is_upper(c) {
            push_lower_at(s, b, c, &mut out);
        } else if char_is_lower(c) {
            push_upper(c, &mut out);
        } else {
            out.push(c);
        }
    }
    out
}

// ---------------------------------------------------------------------------------------
// Predicates
// ---------------------------------------------------------------------------------------

/// True if `s` is non-empty and every char satisfies the property mask (any bit).
#[inline]
fn all_props(s: &str, mask: u32, ascii_pred: fn(u8) -> bool) -> bool {
    if s.is_empty() {
        return false;
    }
    if s.is_ascii() {
        return s.bytes().all(ascii_pred);
    }
    s.chars().all(|c| if c.is_ascii() { ascii_pred(c as u8) } else { props(c) & mask != 0 })
}

/// `s.isdigit()`.
pub fn is_digit(s: &str) -> bool {
    all_props(s, P_DIGIT, |b| b.is_ascii_digit())
}

/// `s.isdecimal()`.
pub fn is_decimal(s: &str) -> bool {
    all_props(s, P_DECIMAL, |b| b.is_ascii_digit())
}

/// `s.isnumeric()`.
pub fn is_numeric(s: &str) -> bool {
    all_props(s, P_NUMERIC, |b| b.is_ascii_digit())
}

/// `s.isalpha()`.
pub fn is_alpha(s: &str) -> bool {
    all_props(s, P_ALPHA, |b| b.is_ascii_alphabetic())
}

/// `s.isalnum()`.
pub fn is_alnum(s: &str) -> bool {
    all_props(s, P_ALPHA | P_DECIMAL | P_DIGIT | P_NUMERIC, |b| b.is_ascii_alphanumeric())
}

/// `s.isspace()`.
pub fn is_space(s: &str) -> bool {
    !s.is_empty() && s.chars().all(is_python_whitespace)
}

/// `s.isupper()`: at least one cased char and no lower/title-case chars.
pub fn is_upper(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if char_is_lower(c) || char_is_titlecase(c) {
            return false;
        }
        if char_is_upper(c) {
            cased = true;
        }
    }
    cased
}

/// `s.islower()`: at least one cased char and no upper/title-case chars.
pub fn is_lower(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if char_is_upper(c) || char_is_titlecase(c) {
            return false;
        }
        if char_is_lower(c) {
            cased = true;
        }
    }
    cased
}

/// `s.istitle()`.
pub fn is_title(s: &str) -> bool {
    let mut cased = false;
    let mut prev_cased = false;
    for c in s.chars() {
        if char_is_upper(c) || char_is_titlecase(c) {
            if prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else if char_is_lower(c) {
            if !prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    cased
}

/// `s.isidentifier()` (XID_Start or '_' followed by XID_Continue; no NFKC normalization).
pub fn is_identifier(s: &str) -> bool {
    let mut it = s.chars();
    match it.next() {
        None => return false,
        Some(c) => {
            let ok = if c.is_ascii() { c.is_ascii_alphabetic() || c == '_' } else { props(c) & P_XID_START != 0 };
            if !ok {
                return false;
            }
        }
    }
    it.all(|c| if c.is_ascii() { c.is_ascii_alphanumeric() || c == '_' } else { props(c) & P_XID_CONTINUE != 0 })
}

#[inline]
fn char_is_printable(c: char) -> bool {
    if c.is_ascii() {
        return (' '..='~').contains(&c);
    }
    props(c) & P_PRINTABLE != 0
}

/// `s.isprintable()` (True for the empty string).
pub fn is_printable(s: &str) -> bool {
    s.chars().all(char_is_printable)
}

/// `s.isascii()` (True for the empty string).
pub fn is_ascii_str(s: &str) -> bool {
    s.is_ascii()
}

// ---------------------------------------------------------------------------------------
// Padding and tabs
// ---------------------------------------------------------------------------------------

fn pad(s: &str, left: usize, right: usize, fill: char) -> String {
    let total = s.len().saturating_add(left.saturating_add(right).saturating_mul(fill.len_utf8()));
    let mut out = String::new();
    let _ = out.try_reserve(total);
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(s);
    out.extend(std::iter::repeat_n(fill, right));
    out
}

/// Number of padding code points needed to reach `width`, or None if none.
fn margin(s: &str, width: i64) -> Option<usize> {
    let len = char_len(s) as i128;
    let w = width as i128;
    if w <= len {
        None
    } else {
        usize::try_from(w - len).ok()
    }
}

/// `s.center(width, fill)`.
pub fn center(s: &str, width: i64, fill: char) -> String {
    match margin(s, width) {
        None => s.to_string(),
        Some(marg) => {
            // CPython: left = marg / 2 + (marg & width & 1)
            let left = marg / 2 + (marg & (width as usize) & 1);
            pad(s, left, marg - left, fill)
        }
    }
}

/// `s.ljust(width, fill)`.
pub fn ljust(s: &str, width: i64, fill: char) -> String {
    match margin(s, width) {
        None => s.to_string(),
        Some(marg) => pad(s, 0, marg, fill),
    }
}

/// `s.rjust(width, fill)`.
pub fn rjust(s: &str, width: i64, fill: char) -> String {
    match margin(s, width) {
        None => s.to_string(),
        Some(marg) => pad(s, marg, 0, fill),
    }
}

/// `s.zfill(width)`: pad with '0' on the left, keeping a leading sign in front.
pub fn zfill(s: &str, width: i64) -> String {
    match margin(s, width) {
        None => s.to_string(),
        Some(marg) => match s.as_bytes().first() {
            Some(&sign @ (b'+' | b'-')) => {
                let mut out = pad(tail(s, 1), marg, 0, '0');
                out.insert(0, sign as char);
                out
            }
            _ => pad(s, marg, 0, '0'),
        },
    }
}

/// `s.expandtabs(tabsize)`. A tabsize <= 0 removes tabs.
pub fn expandtabs(s: &str, tabsize: i64) -> String {
    if !s.contains('\t') {
        return s.to_string();
    }
    let tab = u64::try_from(tabsize).unwrap_or(0);
    let mut out = String::with_capacity(s.len());
    let mut col: u64 = 0;
    for c in s.chars() {
        match c {
            '\t' => {
                if tab > 0 {
                    let incr = tab - col % tab;
                    col = col.saturating_add(incr);
                    out.extend(std::iter::repeat_n(' ', usize::try_from(incr).unwrap_or(usize::MAX)));
                }
            }
            '\n' | '\r' => {
                col = 0;
                out.push(c);
            }
            _ => {
                col = col.saturating_add(1);
                out.push(c);
            }
        }
    }
    out
}

// ---------------------------------------------------------------------------------------
// repr / ascii
// ---------------------------------------------------------------------------------------

const HEX: &[u8; 16] = b"0123456789abcdef";

fn push_hex_escape(out: &mut String, cp: u32) {
    let (prefix, digits) = if cp <= 0xff {
        ('x', 2)
    } else if cp <= 0xffff {
        ('u', 4)
    } else {
        ('U', 8)
    };
    out.push('\\');
    out.push(prefix);
    for i in (0..digits).rev() {
        let nib = ((cp >> (4 * i)) & 0xf) as usize;
        out.push(HEX.get(nib).map(|&b| b as char).unwrap_or('0'));
    }
}

fn repr_impl(s: &str, ascii_only: bool) -> String {
    let quote = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            _ if c == quote => {
                out.push('\\');
                out.push(c);
            }
            ' '..='~' => out.push(c),
            _ if c.is_ascii() => push_hex_escape(&mut out, c as u32),
            _ if !ascii_only && char_is_printable(c) => out.push(c),
            _ => push_hex_escape(&mut out, c as u32),
        }
    }
    out.push(quote);
    out
}

/// `repr(s)`.
pub fn repr(s: &str) -> String {
    repr_impl(s, false)
}

/// `ascii(s)`: like `repr` but every non-ASCII character is escaped.
pub fn ascii_repr(s: &str) -> String {
    repr_impl(s, true)
}

// ---------------------------------------------------------------------------------------
// Hashing
// ---------------------------------------------------------------------------------------

/// A 64-bit string hash (FNV-1a over the UTF-8 bytes, followed by a 64-bit finalizer so
/// the low bits are well mixed). Never returns -1 (reserved for errors in CPython).
pub fn hash_str_fnv(s: &str) -> i64 {
    hash_bytes_fnv(s.as_bytes())
}

/// `hash_str_fnv` over raw bytes: a bytes object hashes like the str of the same
/// ASCII text, as in CPython.
pub fn hash_bytes_fnv(data: &[u8]) -> i64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in data {
        h ^= b as u64;
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    // fmix64 (MurmurHash3 finalizer)
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^= h >> 33;
    let v = h as i64;
    if v == -1 {
        -2
    } else {
        v
    }
}

// ---------------------------------------------------------------------------------------
// Generated Unicode tables
// ---------------------------------------------------------------------------------------

// Generated from Unicode 14.0.0 (python3 3.11.7 unicodedata) by gen_tables.py -- do not edit by hand.
/// Property runs: `(first_code_point << 10) | flags`; a run lasts until the next entry.
#[rustfmt::skip]
static PROPS: [u32; 2662] = [
    0x00000000, 0x00008010, 0x00009C90, 0x0000A010, 0x0000B890, 0x0000BC10, 0x0000C05E, 0x0000E890, 0x0000EC10, 0x00010471,
    0x00016C10, 0x00017890, 0x00017C70, 0x00018090, 0x00018471, 0x0001EC10, 0x0001FC00, 0x00028410, 0x0002A090, 0x0002A410,
    0x0002A871, 0x0002AC10, 0x0002B480, 0x0002B810, 0x0002BC90, 0x0002C010, 0x0002C81C, 0x0002D090, 0x0002D471, 0x0002D810,
    0x0002DCD0, 0x0002E090, 0x0002E41C, 0x0002E871, 0x0002EC10, 0x0002F018, 0x0002FC10, 0x00030071, 0x00035C10, 0x00036071,
    0x0003DC10, 0x0003E071, 0x00071571, 0x00071871, 0x00072171, 0x00072471, 0x00072D71, 0x00073071, 0x0007C971, 0x0007CC71,
    0x000AC0F1, 0x000B0890, 0x000B18F1, 0x000B4890, 0x000B80F1, 0x000B9490, 0x000BB0F1, 0x000BB490, 0x000BB8F1, 0x000BBC90,
    0x000C00D0, 0x000DC071, 0x000DD0F1, 0x000DD490, 0x000DD871, 0x000DE000, 0x000DE891, 0x000DEC71, 0x000DF810, 0x000DFC71,
    0x000E0000, 0x000E1090, 0x000E1871, 0x000E1CD0, 0x000E2071, 0x000E2C00, 0x000E3071, 0x000E3400, 0x000E3871, 0x000E8800,
    0x000E8C71, 0x000FD810, 0x000FDC71, 0x00120810, 0x00120CD0, 0x00122090, 0x00122871, 0x0014C000, 0x0014C471, 0x00155C00,
    0x001564F1, 0x00156810, 0x00157C90, 0x00158071, 0x00162410, 0x00162C00, 0x00163410, 0x00164000, 0x001644D0, 0x0016F810,
    0x0016FCD0, 0x00170010, 0x001704D0, 0x00170C10, 0x001710D0, 0x00171810, 0x00171CD0, 0x00172000, 0x00174071, 0x0017AC00,
    0x0017BC71, 0x0017CC10, 0x0017D090, 0x0017D400, 0x00180080, 0x00181810, 0x001840D0, 0x00186C10, 0x00187080, 0x00187410,
    0x00188071, 0x001900F1, 0x00190471, 0x00192CD0, 0x0019805E, 0x0019A810, 0x0019B871, 0x0019C0D0, 0x0019C471, 0x001B5010,
    0x001B5471, 0x001B58D0, 0x001B7480, 0x001B7810, 0x001B7CD0, 0x001B94F1, 0x001B9CD0, 0x001BA410, 0x001BA8D0, 0x001BB871,
    0x001BC05E, 0x001BE871, 0x001BF410, 0x001BFC71, 0x001C0010, 0x001C3800, 0x001C3C80, 0x001C4071, 0x001C44D0, 0x001C4871,
    0x001CC0D0, 0x001D2C00, 0x001D3471, 0x001E98D0, 0x001EC471, 0x001EC800, 0x001F005E, 0x001F2871, 0x001FACD0, 0x001FD0F1,
    0x001FD810, 0x001FE8F1, 0x001FEC00, 0x001FF4D0, 0x001FF810, 0x00200071, 0x002058D0, 0x002068F1, 0x00206CD0, 0x002090F1,
    0x002094D0, 0x0020A0F1, 0x0020A4D0, 0x0020B800, 0x0020C010, 0x0020FC00, 0x00210071, 0x002164D0, 0x00217000, 0x00217810,
    0x00217C00, 0x00218071, 0x0021AC00, 0x0021C071, 0x00222090, 0x00222471, 0x00223C00, 0x00224080, 0x00224800, 0x002260D0,
    0x00228071, 0x002324F1, 0x002328D0, 0x00238880, 0x00238CD0, 0x00240C50, 0x00241071, 0x0024E8D0, 0x0024EC50, 0x0024F0D0,
    0x0024F471, 0x0024F850, 0x002504D0, 0x00252450, 0x002534D0, 0x00253850, 0x00254071, 0x002544D0, 0x00256071, 0x002588D0,
    0x00259010, 0x0025985E, 0x0025C010, 0x0025C4F1, 0x0025C871, 0x002604D0, 0x00260850, 0x00261000, 0x00261471, 0x00263400,
    0x00263C71, 0x00264400, 0x00264C71, 0x0026A400, 0x0026A871, 0x0026C400, 0x0026C871, 0x0026CC00, 0x0026D871, 0x0026E800,
    0x0026F0D0, 0x0026F471, 0x0026F850, 0x002704D0, 0x00271400, 0x00271C50, 0x00272400, 0x00272C50, 0x002734D0, 0x00273871,
    0x00273C00, 0x00275C50, 0x00276000, 0x00277071, 0x00277800, 0x00277C71, 0x002788D0, 0x00279000, 0x0027985E, 0x0027C071,
    0x0027C810, 0x0027D018, 0x0027E810, 0x0027F071, 0x0027F410, 0x0027F8D0, 0x0027FC00, 0x002804D0, 0x00280C50, 0x00281000,
    0x00281471, 0x00282C00, 0x00283C71, 0x00284400, 0x00284C71, 0x0028A400, 0x0028A871, 0x0028C400, 0x0028C871, 0x0028D000,
    0x0028D471, 0x0028DC00, 0x0028E071, 0x0028E800, 0x0028F0D0, 0x0028F400, 0x0028F850, 0x002904D0, 0x00290C00, 0x00291CD0,
    0x00292400, 0x00292CD0, 0x00293800, 0x002944D0, 0x00294800, 0x00296471, 0x00297400, 0x00297871, 0x00297C00, 0x0029985E,
    0x0029C0D0, 0x0029C871, 0x0029D4D0, 0x0029D810, 0x0029DC00, 0x002A04D0, 0x002A0C50, 0x002A1000, 0x002A1471, 0x002A3800,
    0x002A3C71, 0x002A4800, 0x002A4C71, 0x002AA400, 0x002AA871, 0x002AC400, 0x002AC871, 0x002AD000, 0x002AD471, 0x002AE800,
    0x002AF0D0, 0x002AF471, 0x002AF850, 0x002B04D0, 0x002B1800, 0x002B1CD0, 0x002B2450, 0x002B2800, 0x002B2C50, 0x002B34D0,
    0x002B3800, 0x002B4071, 0x002B4400, 0x002B8071, 0x002B88D0, 0x002B9000, 0x002B985E, 0x002BC010, 0x002BC800, 0x002BE471,
    0x002BE8D0, 0x002C0000, 0x002C04D0, 0x002C0850, 0x002C1000, 0x002C1471, 0x002C3400, 0x002C3C71, 0x002C4400, 0x002C4C71,
    0x002CA400, 0x002CA871, 0x002CC400, 0x002CC871, 0x002CD000, 0x002CD471, 0x002CE800, 0x002CF0D0, 0x002CF471, 0x002CF850,
    0x002CFCD0, 0x002D0050, 0x002D04D0, 0x002D1400, 0x002D1C50, 0x002D2400, 0x002D2C50, 0x002D34D0, 0x002D3800, 0x002D54D0,
    0x002D5C50, 0x002D6000, 0x002D7071, 0x002D7800, 0x002D7C71, 0x002D88D0, 0x002D9000, 0x002D985E, 0x002DC010, 0x002DC471,
    0x002DC818, 0x002DE000, 0x002E08D0, 0x002E0C71, 0x002E1000, 0x002E1471, 0x002E2C00, 0x002E3871, 0x002E4400, 0x002E4871,
    0x002E5800, 0x002E6471, 0x002E6C00, 0x002E7071, 0x002E7400, 0x002E7871, 0x002E8000, 0x002E8C71, 0x002E9400, 0x002EA071,
    0x002EAC00, 0x002EB871, 0x002EE800, 0x002EF850, 0x002F00D0, 0x002F0450, 0x002F0C00, 0x002F1850, 0x002F2400, 0x002F2850,
    0x002F34D0, 0x002F3800, 0x002F4071, 0x002F4400, 0x002F5C50, 0x002F6000, 0x002F985E, 0x002FC018, 0x002FCC10, 0x002FEC00,
    0x003000D0, 0x00300450, 0x003010D0, 0x00301471, 0x00303400, 0x00303871, 0x00304400, 0x00304871, 0x0030A400, 0x0030A871,
    0x0030E800, 0x0030F0D0, 0x0030F471, 0x0030F8D0, 0x00310450, 0x00311400, 0x003118D0, 0x00312400, 0x003128D0, 0x00313800,
    0x003154D0, 0x00315C00, 0x00316071, 0x00316C00, 0x00317471, 0x00317800, 0x00318071, 0x003188D0, 0x00319000, 0x0031985E,
    0x0031C000, 0x0031DC10, 0x0031E018, 0x0031FC10, 0x00320071, 0x003204D0, 0x00320850, 0x00321010, 0x00321471, 0x00323400,
    0x00323871, 0x00324400, 0x00324871, 0x0032A400, 0x0032A871, 0x0032D000, 0x0032D471, 0x0032E800, 0x0032F0D0, 0x0032F471,
    0x0032F850, 0x0032FCD0, 0x00330050, 0x00331400, 0x003318D0, 0x00331C50, 0x00332400, 0x00332850, 0x003330D0, 0x00333800,
    0x00335450, 0x00335C00, 0x00337471, 0x00337C00, 0x00338071, 0x003388D0, 0x00339000, 0x0033985E, 0x0033C000, 0x0033C471,
    0x0033CC00, 0x003400D0, 0x00340850, 0x00341071, 0x00343400, 0x00343871, 0x00344400, 0x00344871, 0x0034ECD0, 0x0034F471,
    0x0034F850, 0x003504D0, 0x00351400, 0x00351850, 0x00352400, 0x00352850, 0x003534D0, 0x00353871, 0x00353C10, 0x00354000,
    0x00355071, 0x00355C50, 0x00356018, 0x00357C71, 0x003588D0, 0x00359000, 0x0035985E, 0x0035C018, 0x0035E410, 0x0035E871,
    0x00360000, 0x003604D0, 0x00360850, 0x00361000, 0x00361471, 0x00365C00, 0x00366871, 0x0036C800, 0x0036CC71, 0x0036F000,
    0x0036F471, 0x0036F800, 0x00370071, 0x00371C00, 0x003728D0, 0x00372C00, 0x00373C50, 0x003748D0, 0x00375400, 0x003758D0,
    0x00375C00, 0x00376050, 0x00378000, 0x0037985E, 0x0037C000, 0x0037C850, 0x0037D010, 0x0037D400, 0x00380471, 0x0038C4D0,
    0x0038C871, 0x0038CC51, 0x0038D0D0, 0x0038EC00, 0x0038FC10, 0x00390071, 0x003918F1, 0x00391CD0, 0x00393C10, 0x0039405E,
    0x00396810, 0x00397000, 0x003A0471, 0x003A0C00, 0x003A1071, 0x003A1400, 0x003A1871, 0x003A2C00, 0x003A3071, 0x003A9000,
    0x003A9471, 0x003A9800, 0x003A9C71, 0x003AC4D0, 0x003AC871, 0x003ACC51, 0x003AD0D0, 0x003AF471, 0x003AF800, 0x003B0071,
    0x003B1400, 0x003B18F1, 0x003B1C00, 0x003B20D0, 0x003B3800, 0x003B405E, 0x003B6800, 0x003B7071, 0x003B8000, 0x003C0071,
    0x003C0410, 0x003C60D0, 0x003C6810, 0x003C805E, 0x003CA818, 0x003CD010, 0x003CD4D0, 0x003CD810, 0x003CDCD0, 0x003CE010,
    0x003CE4D0, 0x003CE810, 0x003CF850, 0x003D0071, 0x003D2000, 0x003D2471, 0x003DB400, 0x003DC4D0, 0x003DFC50, 0x003E00D0,
    0x003E1410, 0x003E18D0, 0x003E2071, 0x003E34D0, 0x003E6000, 0x003E64D0, 0x003EF400, 0x003EF810, 0x003F18D0, 0x003F1C10,
    0x003F3400, 0x003F3810, 0x003F6C00, 0x00400071, 0x0040AC50, 0x0040B4D0, 0x0040C450, 0x0040C8D0, 0x0040E050, 0x0040E4D0,
    0x0040EC50, 0x0040F4D0, 0x0040FC71, 0x0041005E, 0x00412810, 0x00414071, 0x00415850, 0x004160D0, 0x00416871, 0x004178D0,
    0x00418471, 0x00418850, 0x00419471, 0x00419C50, 0x0041B871, 0x0041C4D0, 0x0041D471, 0x004208D0, 0x00420C50, 0x004214D0,
    0x00421C50, 0x004234D0, 0x00423871, 0x00423C50, 0x0042405E, 0x00426850, 0x004274D0, 0x00427810, 0x00428071, 0x00431800,
    0x00431C71, 0x00432000, 0x00433471, 0x00433800, 0x00434071, 0x0043EC10, 0x0043F0F1, 0x0043F471, 0x00492400, 0x00492871,
    0x00493800, 0x00494071, 0x00495C00, 0x00496071, 0x00496400, 0x00496871, 0x00497800, 0x00498071, 0x004A2400, 0x004A2871,
    0x004A3800, 0x004A4071, 0x004AC400, 0x004AC871, 0x004AD800, 0x004AE071, 0x004AFC00, 0x004B0071, 0x004B0400, 0x004B0871,
    0x004B1800, 0x004B2071, 0x004B5C00, 0x004B6071, 0x004C4400, 0x004C4871, 0x004C5800, 0x004C6071, 0x004D6C00, 0x004D74D0,
    0x004D8010, 0x004DA45C, 0x004DC818, 0x004DF400, 0x004E0071, 0x004E4010, 0x004E6800, 0x004E8071, 0x004FD800, 0x004FE071,
    0x004FF800, 0x00500010, 0x00500471, 0x0059B410, 0x0059BC71, 0x005A0000, 0x005A0471, 0x005A6C10, 0x005A7400, 0x005A8071,
    0x005BAC10, 0x005BB878, 0x005BC471, 0x005BE400, 0x005C0071, 0x005C48D0, 0x005C5450, 0x005C5800, 0x005C7C71, 0x005CC8D0,
    0x005CD050, 0x005CD410, 0x005CDC00, 0x005D0071, 0x005D48D0, 0x005D5000, 0x005D8071, 0x005DB400, 0x005DB871, 0x005DC400,
    0x005DC8D0, 0x005DD000, 0x005E0071, 0x005ED0D0, 0x005ED850, 0x005EDCD0, 0x005EF850, 0x005F18D0, 0x005F1C50, 0x005F24D0,
    0x005F5010, 0x005F5CF1, 0x005F6010, 0x005F7071, 0x005F74D0, 0x005F7800, 0x005F805E, 0x005FA800, 0x005FC018, 0x005FE800,
    0x00600010, 0x00602CD0, 0x00603880, 0x00603CD0, 0x0060405E, 0x00606800, 0x00608071, 0x00610CF1, 0x00611071, 0x0061E400,
    0x00620071, 0x006214F0, 0x00621C71, 0x0062A4D0, 0x0062A871, 0x0062AC00, 0x0062C071, 0x0063D800, 0x00640071, 0x00647C00,
    0x006480D0, 0x00648C50, 0x00649CD0, 0x0064A450, 0x0064B000, 0x0064C050, 0x0064C8D0, 0x0064CC50, 0x0064E4D0, 0x0064F000,
    0x00650010, 0x00650400, 0x00651010, 0x0065185E, 0x00654071, 0x0065B800, 0x0065C071, 0x0065D400, 0x00660071, 0x0066B000,
    0x0066C071, 0x00672800, 0x0067405E, 0x0067685C, 0x00676C00, 0x00677810, 0x00680071, 0x00685CD0, 0x00686450, 0x00686CD0,
    0x00687000, 0x00687810, 0x00688071, 0x00695450, 0x006958D0, 0x00695C50, 0x006960D0, 0x00697C00, 0x006980D0, 0x00698450,
    0x006988D0, 0x00698C50, 0x006994D0, 0x0069B450, 0x0069CCD0, 0x0069F400, 0x0069FCD0, 0x006A005E, 0x006A2800, 0x006A405E,
    0x006A6800, 0x006A8010, 0x006A9CF1, 0x006AA010, 0x006AB800, 0x006AC0D0, 0x006AF890, 0x006AFCD0, 0x006B3C00, 0x006C00D0,
    0x006C1050, 0x006C1471, 0x006CD0D0, 0x006CD450, 0x006CD8D0, 0x006CEC50, 0x006CF0D0, 0x006CF450, 0x006D08D0, 0x006D0C50,
    0x006D1471, 0x006D3400, 0x006D405E, 0x006D6810, 0x006DACD0, 0x006DD010, 0x006DFC00, 0x006E00D0, 0x006E0850, 0x006E0C71,
    0x006E8450, 0x006E88D0, 0x006E9850, 0x006EA0D0, 0x006EA850, 0x006EACD0, 0x006EB871, 0x006EC05E, 0x006EE871, 0x006F98D0,
    0x006F9C50, 0x006FA0D0, 0x006FA850, 0x006FB4D0, 0x006FB850, 0x006FBCD0, 0x006FC850, 0x006FD000, 0x006FF010, 0x00700071,
    0x00709050, 0x0070B0D0, 0x0070D050, 0x0070D8D0, 0x0070E000, 0x0070EC10, 0x0071005E, 0x00712800, 0x00713471, 0x0071405E,
    0x00716871, 0x0071E0F1, 0x0071F810, 0x00720071, 0x00722400, 0x00724071, 0x0072EC00, 0x0072F471, 0x00730010, 0x00732000,
    0x007340D0, 0x00734C10, 0x007350D0, 0x00738450, 0x007388D0, 0x0073A471, 0x0073B4D0, 0x0073B871, 0x0073D0D0, 0x0073D471,
    0x0073DC50, 0x0073E0D0, 0x0073E871, 0x0073EC00, 0x00740071, 0x0074B0F1, 0x0075AC71, 0x0075E0F1, 0x0075E471, 0x00766CF1,
    0x007700D0, 0x00780071, 0x007C5800, 0x007C6071, 0x007C7800, 0x007C8071, 0x007D1800, 0x007D2071, 0x007D3800, 0x007D4071,
    0x007D6000, 0x007D6471, 0x007D6800, 0x007D6C71, 0x007D7000, 0x007D7471, 0x007D7800, 0x007D7C71, 0x007DF800, 0x007E0071,
    0x007E2171, 0x007E4071, 0x007E6171, 0x007E8071, 0x007EA171, 0x007EC071, 0x007ED400, 0x007ED871, 0x007EF171, 0x007EF490,
    0x007EF871, 0x007EFC90, 0x007F0871, 0x007F1400, 0x007F1871, 0x007F3171, 0x007F3490, 0x007F4071, 0x007F5000, 0x007F5871,
    0x007F7000, 0x007F7490, 0x007F8071, 0x007FB490, 0x007FC000, 0x007FC871, 0x007FD400, 0x007FD871, 0x007FF171, 0x007FF490,
    0x007FFC00, 0x00802C80, 0x00804010, 0x00806090, 0x00806810, 0x00809090, 0x00809410, 0x00809C90, 0x0080A000, 0x0080A880,
    0x0080BC00, 0x0080C010, 0x0080FC50, 0x00810410, 0x00815050, 0x00815410, 0x00817C00, 0x00818080, 0x00819400, 0x00819880,
    0x0081C01C, 0x0081C4F1, 0x0081C800, 0x0081D01C, 0x0081E810, 0x0081FCF1, 0x0082001C, 0x00822810, 0x00823C00, 0x008240F1,
    0x00827400, 0x00828010, 0x00830400, 0x008340D0, 0x00837490, 0x008384D0, 0x00838890, 0x008394D0, 0x0083C400, 0x00840010,
    0x00840871, 0x00840C10, 0x00841C71, 0x00842010, 0x00842871, 0x00845010, 0x00845471, 0x00845810, 0x00846070, 0x00846471,
    0x00847810, 0x00849071, 0x00849410, 0x00849871, 0x00849C10, 0x0084A071, 0x0084A410, 0x0084A871, 0x0084B870, 0x0084BC71,
    0x0084E810, 0x0084F071, 0x00850010, 0x00851471, 0x00852810, 0x00853871, 0x00853C10, 0x00854018, 0x00858078, 0x00860C71,
    0x00861478, 0x00862418, 0x00862810, 0x00863000, 0x00864010, 0x00909C00, 0x00910010, 0x00912C00, 0x0091801C, 0x0091A418,
    0x0091D01C, 0x0091F418, 0x0092201C, 0x00924418, 0x00927010, 0x0093A81C, 0x0093AC18, 0x0093D41C, 0x0093F818, 0x0093FC1C,
    0x00940010, 0x009DD81C, 0x009DFC18, 0x009E001C, 0x009E2418, 0x009E281C, 0x009E4C18, 0x009E5010, 0x00ADD000, 0x00ADD810,
    0x00AE5800, 0x00AE5C10, 0x00B00071, 0x00B1F0F1, 0x00B1F871, 0x00B39410, 0x00B3AC71, 0x00B3BCD0, 0x00B3C871, 0x00B3D000,
    0x00B3E410, 0x00B3F418, 0x00B3F810, 0x00B40071, 0x00B49800, 0x00B49C71, 0x00B4A000, 0x00B4B471, 0x00B4B800, 0x00B4C071,
    0x00B5A000, 0x00B5BCF1, 0x00B5C010, 0x00B5C400, 0x00B5FCD0, 0x00B60071, 0x00B65C00, 0x00B68071, 0x00B69C00, 0x00B6A071,
    0x00B6BC00, 0x00B6C071, 0x00B6DC00, 0x00B6E071, 0x00B6FC00, 0x00B70071, 0x00B71C00, 0x00B72071, 0x00B73C00, 0x00B74071,
    0x00B75C00, 0x00B76071, 0x00B77C00, 0x00B780D0, 0x00B80010, 0x00B8BC91, 0x00B8C010, 0x00B97800, 0x00BA0010, 0x00BA6800,
    0x00BA6C10, 0x00BBD000, 0x00BC0010, 0x00BF5800, 0x00BFC010, 0x00BFF000, 0x00C00410, 0x00C014F1, 0x00C01871, 0x00C01C78,
    0x00C02010, 0x00C08478, 0x00C0A8D0, 0x00C0B850, 0x00C0C010, 0x00C0C4F1, 0x00C0D810, 0x00C0E078, 0x00C0ECF1, 0x00C0F071,
    0x00C0F410, 0x00C10000, 0x00C10471, 0x00C25C00, 0x00C264D0, 0x00C26C90, 0x00C274F1, 0x00C27C71, 0x00C28010, 0x00C28471,
    0x00C3EC10, 0x00C3F0F1, 0x00C3FC71, 0x00C40000, 0x00C41471, 0x00C4C000, 0x00C4C471, 0x00C63C00, 0x00C64010, 0x00C64818,
    0x00C65810, 0x00C68071, 0x00C70010, 0x00C79000, 0x00C7C071, 0x00C80010, 0x00C87C00, 0x00C88018, 0x00C8A810, 0x00C92018,
    0x00C94010, 0x00C94418, 0x00C98010, 0x00CA0018, 0x00CA2810, 0x00CAC418, 0x00CB0010, 0x00D00071, 0x00D01479, 0x00D01871,
    0x00D20C79, 0x00D21071, 0x00E0A879, 0x00E0AC71, 0x00ED3479, 0x00ED3871, 0x01370010, 0x01380079, 0x01380471, 0x01380C79,
    0x01381071, 0x01381C79, 0x01382071, 0x01382479, 0x01382871, 0x01397479, 0x01397871, 0x013A3079, 0x013A3471, 0x013A5079,
    0x013A5471, 0x013A5879, 0x013A5C71, 0x013AFC79, 0x013B0471, 0x013B7C79, 0x013B8071, 0x013BA079, 0x013BA471, 0x013C3479,
    0x013C3871, 0x013DC079, 0x013DC471, 0x01441079, 0x01441471, 0x01451879, 0x01451C71, 0x0145A479, 0x0145A871, 0x0145AC79,
    0x0145B071, 0x0145B479, 0x0145B871, 0x014D0479, 0x014D0871, 0x014D0C79, 0x014D1871, 0x014D3079, 0x014D3471, 0x014F0479,
    0x014F1471, 0x015B6C79, 0x015B7071, 0x0163C479, 0x0163C871, 0x0163E479, 0x0163E871, 0x0179E879, 0x0179EC71, 0x017BF879,
    0x017C0071, 0x017C3079, 0x017C3C71, 0x017C4079, 0x017C4471, 0x018BF879, 0x018BFC71, 0x018D3079, 0x018D3471, 0x019F4879,
    0x019F4C71, 0x01BC1879, 0x01BC1C71, 0x01CE5879, 0x01CE5C71, 0x01D9F879, 0x01D9FC71, 0x02021879, 0x02021C71, 0x0210B079,
    0x0210B471, 0x0232B879, 0x0232BC71, 0x0232CC79, 0x0232D071, 0x0234C079, 0x0234C471, 0x02588479, 0x02588871, 0x02591879,
    0x02591C71, 0x02593079, 0x02593471, 0x0259E079, 0x0259E471, 0x025BD879, 0x025BDC71, 0x028054F1, 0x02805871, 0x02923400,
    0x02924010, 0x02931C00, 0x02934071, 0x0293E0F1, 0x0293F810, 0x02940071, 0x029830F1, 0x02983410, 0x02984071, 0x0298805E,
    0x0298A871, 0x0298B000, 0x02990071, 0x0299BCD0, 0x0299C090, 0x0299CC10, 0x0299D0D0, 0x0299F810, 0x0299FCF1, 0x029A0071,
    0x029A70F1, 0x029A78D0, 0x029A8071, 0x029B9878, 0x029BC0D0, 0x029BC810, 0x029BE000, 0x029C0090, 0x029C5CF1, 0x029C8090,
    0x029C8871, 0x029DC0F1, 0x029DC471, 0x029E20F1, 0x029E2490, 0x029E2C71, 0x029F2C00, 0x029F4071, 0x029F4800, 0x029F4C71,
    0x029F5000, 0x029F5471, 0x029F6800, 0x029FC8F1, 0x029FD471, 0x029FE0F1, 0x029FE871, 0x02A008D0, 0x02A00C71, 0x02A018D0,
    0x02A01C71, 0x02A02CD0, 0x02A03071, 0x02A08C50, 0x02A094D0, 0x02A09C50, 0x02A0A010, 0x02A0B0D0, 0x02A0B400, 0x02A0C018,
    0x02A0D810, 0x02A0E800, 0x02A10071, 0x02A1D010, 0x02A1E000, 0x02A20050, 0x02A20871, 0x02A2D050, 0x02A310D0, 0x02A31800,
    0x02A33810, 0x02A3405E, 0x02A36800, 0x02A380D0, 0x02A3C871, 0x02A3E010, 0x02A3EC71, 0x02A3F010, 0x02A3F471, 0x02A3FCD0,
    0x02A4005E, 0x02A42871, 0x02A498D0, 0x02A4B810, 0x02A4C071, 0x02A51CD0, 0x02A54850, 0x02A55000, 0x02A57C10, 0x02A58071,
    0x02A5F400, 0x02A600D0, 0x02A60C50, 0x02A61071, 0x02A6CCD0, 0x02A6D050, 0x02A6D8D0, 0x02A6E850, 0x02A6F0D0, 0x02A6F850,
    0x02A70410, 0x02A73800, 0x02A73CF1, 0x02A7405E, 0x02A76800, 0x02A77810, 0x02A78071, 0x02A794D0, 0x02A798F1, 0x02A79C71,
    0x02A7C05E, 0x02A7E871, 0x02A7FC00, 0x02A80071, 0x02A8A4D0, 0x02A8BC50, 0x02A8C4D0, 0x02A8CC50, 0x02A8D4D0, 0x02A8DC00,
    0x02A90071, 0x02A90CD0, 0x02A91071, 0x02A930D0, 0x02A93450, 0x02A93800, 0x02A9405E, 0x02A96800, 0x02A97010, 0x02A98071,
    0x02A9C0F1, 0x02A9C471, 0x02A9DC10, 0x02A9E871, 0x02A9EC50, 0x02A9F0D0, 0x02A9F450, 0x02A9F871, 0x02AAC0D0, 0x02AAC471,
    0x02AAC8D0, 0x02AAD471, 0x02AADCD0, 0x02AAE471, 0x02AAF8D0, 0x02AB0071, 0x02AB04D0, 0x02AB0871, 0x02AB0C00, 0x02AB6C71,
    0x02AB74F1, 0x02AB7810, 0x02AB8071, 0x02ABAC50, 0x02ABB0D0, 0x02ABB850, 0x02ABC010, 0x02ABC871, 0x02ABCCF1, 0x02ABD450,
    0x02ABD8D0, 0x02ABDC00, 0x02AC0471, 0x02AC1C00, 0x02AC2471, 0x02AC3C00, 0x02AC4471, 0x02AC5C00, 0x02AC8071, 0x02AC9C00,
    0x02ACA071, 0x02ACBC00, 0x02ACC071, 0x02AD6C90, 0x02AD70F1, 0x02AD8071, 0x02ADA4F1, 0x02ADA890, 0x02ADB000, 0x02ADC071,
    0x02AF8C50, 0x02AF94D0, 0x02AF9850, 0x02AFA0D0, 0x02AFA450, 0x02AFAC10, 0x02AFB050, 0x02AFB4D0, 0x02AFB800, 0x02AFC05E,
    0x02AFE800, 0x02B00071, 0x035E9000, 0x035EC071, 0x035F1C00, 0x035F2C71, 0x035FF000, 0x03E40071, 0x03E5AC79, 0x03E5B071,
    0x03E5CC79, 0x03E5D071, 0x03E5E079, 0x03E5E471, 0x03E6C879, 0x03E6CC71, 0x03E74479, 0x03E74871, 0x03E74C79, 0x03E75071,
    0x03E7F479, 0x03E7F871, 0x03E9B800, 0x03E9C071, 0x03EB6800, 0x03EC0071, 0x03EC1C00, 0x03EC4C71, 0x03EC6000, 0x03EC7471,
    0x03EC78D0, 0x03EC7C71, 0x03ECA410, 0x03ECA871, 0x03ECDC00, 0x03ECE071, 0x03ECF400, 0x03ECF871, 0x03ECFC00, 0x03ED0071,
    0x03ED0800, 0x03ED0C71, 0x03ED1400, 0x03ED1871, 0x03EEC890, 0x03EF0C00, 0x03EF4C71, 0x03F17811, 0x03F19071, 0x03F4F810,
    0x03F54071, 0x03F64000, 0x03F64871, 0x03F72000, 0x03F73C10, 0x03F74000, 0x03F7C071, 0x03F7E811, 0x03F7F010, 0x03F800D0,
    0x03F84010, 0x03F84C90, 0x03F85010, 0x03F86800, 0x03F880D0, 0x03F8C010, 0x03F8CC50, 0x03F8D410, 0x03F93450, 0x03F94010,
    0x03F94890, 0x03F94C00, 0x03F95010, 0x03F95490, 0x03F95810, 0x03F99C00, 0x03F9A010, 0x03F9B000, 0x03F9C011, 0x03F9C471,
    0x03F9C811, 0x03F9CC71, 0x03F9D011, 0x03F9D400, 0x03F9D811, 0x03F9DC71, 0x03F9E011, 0x03F9E471, 0x03F9E811, 0x03F9EC71,
    0x03F9F011, 0x03F9F471, 0x03F9F811, 0x03F9FC71, 0x03FBF400, 0x03FBFC80, 0x03FC0000, 0x03FC0410, 0x03FC1C90, 0x03FC2010,
    0x03FC3890, 0x03FC3C10, 0x03FC405E, 0x03FC6890, 0x03FC6C10, 0x03FC8471, 0x03FCEC10, 0x03FCF890, 0x03FCFC50, 0x03FD0090,
    0x03FD0471, 0x03FD6C10, 0x03FD9871, 0x03FDC0F1, 0x03FDC471, 0x03FE78D1, 0x03FE8071, 0x03FEFC00, 0x03FF0871, 0x03FF2000,
    0x03FF2871, 0x03FF4000, 0x03FF4871, 0x03FF6000, 0x03FF6871, 0x03FF7400, 0x03FF8010, 0x03FF8C90, 0x03FF9010, 0x03FF9C00,
    0x03FFA010, 0x03FFBC00, 0x03FFE480, 0x03FFF010, 0x03FFF800, 0x04000071, 0x04003000, 0x04003471, 0x04009C00, 0x0400A071,
    0x0400EC00, 0x0400F071, 0x0400F800, 0x0400FC71, 0x04013800, 0x04014071, 0x04017800, 0x04020071, 0x0403EC00, 0x04040010,
    0x04040C00, 0x04041C18, 0x0404D000, 0x0404DC10, 0x04050078, 0x0405D418, 0x0405E410, 0x04062818, 0x04063010, 0x04063C00,
    0x04064010, 0x04067400, 0x04068010, 0x04068400, 0x04074010, 0x0407F4D0, 0x0407F800, 0x040A0071, 0x040A7400, 0x040A8071,
    0x040B4400, 0x040B80D0, 0x040B8418, 0x040BF000, 0x040C0071, 0x040C8018, 0x040C9000, 0x040CB471, 0x040D0478, 0x040D0871,
    0x040D2878, 0x040D2C00, 0x040D4071, 0x040DD8D0, 0x040DEC00, 0x040E0071, 0x040E7800, 0x040E7C10, 0x040E8071, 0x040F1000,
    0x040F2071, 0x040F4010, 0x040F4478, 0x040F5800, 0x04100071, 0x04127800, 0x0412805E, 0x0412A800, 0x0412C071, 0x04135000,
    0x04136071, 0x0413F000, 0x04140071, 0x0414A000, 0x0414C071, 0x04159000, 0x0415BC10, 0x0415C071, 0x0415EC00, 0x0415F071,
    0x04162C00, 0x04163071, 0x04164C00, 0x04165071, 0x04165800, 0x04165C71, 0x04168800, 0x04168C71, 0x0416C800, 0x0416CC71,
    0x0416E800, 0x0416EC71, 0x0416F400, 0x04180071, 0x041CDC00, 0x041D0071, 0x041D5800, 0x041D8071, 0x041DA000, 0x041E00F1,
    0x041E1800, 0x041E1CF1, 0x041EC400, 0x041EC8F1, 0x041EEC00, 0x04200071, 0x04201800, 0x04202071, 0x04202400, 0x04202871,
    0x0420D800, 0x0420DC71, 0x0420E400, 0x0420F071, 0x0420F400, 0x0420FC71, 0x04215800, 0x04215C10, 0x04216018, 0x04218071,
    0x0421DC10, 0x0421E418, 0x04220071, 0x04227C00, 0x04229C18, 0x0422C000, 0x04238071, 0x0423CC00, 0x0423D071, 0x0423D800,
    0x0423EC18, 0x04240071, 0x04245818, 0x04247000, 0x04247C10, 0x04248071, 0x0424E800, 0x0424FC10, 0x04250000, 0x04260071,
    0x0426E000, 0x0426F018, 0x0426F871, 0x04270018, 0x04274000, 0x04274818, 0x04280071, 0x042804D0, 0x04281000, 0x042814D0,
    0x04281C00, 0x042830D0, 0x04284071, 0x04285000, 0x04285471, 0x04286000, 0x04286471, 0x0428D800, 0x0428E0D0, 0x0428EC00,
    0x0428FCD0, 0x0429001C, 0x04291018, 0x04292400, 0x04294010, 0x04296400, 0x04298071, 0x0429F418, 0x0429FC10, 0x042A0071,
    0x042A7418, 0x042A8000, 0x042B0071, 0x042B2010, 0x042B2471, 0x042B94D0, 0x042B9C00, 0x042BAC18, 0x042BC010, 0x042BDC00,
    0x042C0071, 0x042CD800, 0x042CE410, 0x042D0071, 0x042D5800, 0x042D6018, 0x042D8071, 0x042DCC00, 0x042DE018, 0x042E0071,
    0x042E4800, 0x042E6410, 0x042E7400, 0x042EA418, 0x042EC000, 0x04300071, 0x04312400, 0x04320071, 0x0432CC00, 0x04330071,
    0x0433CC00, 0x0433E818, 0x04340071, 0x043490D0, 0x0434A000, 0x0434C05E, 0x0434E800, 0x0439801C, 0x0439A418, 0x0439FC00,
    0x043A0071, 0x043AA800, 0x043AACD0, 0x043AB410, 0x043AB800, 0x043AC071, 0x043AC800, 0x043C0071, 0x043C7418, 0x043C9C71,
    0x043CA000, 0x043CC071, 0x043D18D0, 0x043D4418, 0x043D5410, 0x043D6800, 0x043DC071, 0x043E08D0, 0x043E1810, 0x043E2800,
    0x043EC071, 0x043F1418, 0x043F3000, 0x043F8071, 0x043FDC00, 0x04400050, 0x044004D0, 0x04400850, 0x04400C71, 0x0440E0D0,
    0x04411C10, 0x04413800, 0x0441481C, 0x04416C18, 0x0441985E, 0x0441C0D0, 0x0441C471, 0x0441CCD0, 0x0441D471, 0x0441D800,
    0x0441FCD0, 0x04420850, 0x04420C71, 0x0442C050, 0x0442CCD0, 0x0442DC50, 0x0442E4D0, 0x0442EC10, 0x0442F480, 0x0442F810,
    0x044308D0, 0x04430C00, 0x04433480, 0x04433800, 0x04434071, 0x0443A400, 0x0443C05E, 0x0443E800, 0x044400D0, 0x04440C71,
    0x04449CD0, 0x0444B050, 0x0444B4D0, 0x0444D400, 0x0444D85E, 0x04450010, 0x04451071, 0x04451450, 0x04451C71, 0x04452000,
    0x04454071, 0x0445CCD0, 0x0445D010, 0x0445D871, 0x0445DC00, 0x044600D0, 0x04460850, 0x04460C71, 0x0446CC50, 0x0446D8D0,
    0x0446FC50, 0x04470471, 0x04471410, 0x044724D0, 0x04473410, 0x04473850, 0x04473CD0, 0x0447405E, 0x04476871, 0x04476C10,
    0x04477071, 0x04477410, 0x04478000, 0x04478418, 0x0447D400, 0x04480071, 0x04484800, 0x04484C71, 0x0448B050, 0x0448BCD0,
    0x0448C850, 0x0448D0D0, 0x0448D450, 0x0448D8D0, 0x0448E010, 0x0448F8D0, 0x0448FC00, 0x044A0071, 0x044A1C00, 0x044A2071,
    0x044A2400, 0x044A2871, 0x044A3800, 0x044A3C71, 0x044A7800, 0x044A7C71, 0x044AA410, 0x044AA800, 0x044AC071, 0x044B7CD0,
    0x044B8050, 0x044B8CD0, 0x044BAC00, 0x044BC05E, 0x044BE800, 0x044C00D0, 0x044C0850, 0x044C1000, 0x044C1471, 0x044C3400,
    0x044C3C71, 0x044C4400, 0x044C4C71, 0x044CA400, 0x044CA871, 0x044CC400, 0x044CC871, 0x044CD000, 0x044CD471, 0x044CE800,
    0x044CECD0, 0x044CF471, 0x044CF850, 0x044D00D0, 0x044D0450, 0x044D1400, 0x044D1C50, 0x044D2400, 0x044D2C50, 0x044D3800,
    0x044D4071, 0x044D4400, 0x044D5C50, 0x044D6000, 0x044D7471, 0x044D8850, 0x044D9000, 0x044D98D0, 0x044DB400, 0x044DC0D0,
    0x044DD400, 0x04500071, 0x0450D450, 0x0450E0D0, 0x04510050, 0x045108D0, 0x04511450, 0x045118D0, 0x04511C71, 0x04512C10,
    0x0451405E, 0x04516810, 0x04517000, 0x04517410, 0x045178D0, 0x04517C71, 0x04518800, 0x04520071, 0x0452C050, 0x0452CCD0,
    0x0452E450, 0x0452E8D0, 0x0452EC50, 0x0452FCD0, 0x04530450, 0x045308D0, 0x04531071, 0x04531810, 0x04531C71, 0x04532000,
    0x0453405E, 0x04536800, 0x04560071, 0x0456BC50, 0x0456C8D0, 0x0456D800, 0x0456E050, 0x0456F0D0, 0x0456F850, 0x0456FCD0,
    0x04570410, 0x04576071, 0x045770D0, 0x04577800, 0x04580071, 0x0458C050, 0x0458CCD0, 0x0458EC50, 0x0458F4D0, 0x0458F850,
    0x0458FCD0, 0x04590410, 0x04591071, 0x04591400, 0x0459405E, 0x04596800, 0x04598010, 0x0459B400, 0x045A0071, 0x045AACD0,
    0x045AB050, 0x045AB4D0, 0x045AB850, 0x045AC0D0, 0x045AD850, 0x045ADCD0, 0x045AE071, 0x045AE410, 0x045AE800, 0x045B005E,
    0x045B2800, 0x045C0071, 0x045C6C00, 0x045C74D0, 0x045C8050, 0x045C88D0, 0x045C9850, 0x045C9CD0, 0x045CB000, 0x045CC05E,
    0x045CE818, 0x045CF010, 0x045D0071, 0x045D1C00, 0x04600071, 0x0460B050, 0x0460BCD0, 0x0460E050, 0x0460E4D0, 0x0460EC10,
    0x0460F000, 0x04628071, 0x0463805E, 0x0463A818, 0x0463CC00, 0x0463FC71, 0x04641C00, 0x04642471, 0x04642800, 0x04643071,
    0x04645000, 0x04645471, 0x04645C00, 0x04646071, 0x0464C050, 0x0464D800, 0x0464DC50, 0x0464E400, 0x0464ECD0, 0x0464F450,
    0x0464F8D0, 0x0464FC71, 0x04650050, 0x04650471, 0x04650850, 0x04650CD0, 0x04651010, 0x04651C00, 0x0465405E, 0x04656800,
    0x04668071, 0x0466A000, 0x0466A871, 0x04674450, 0x046750D0, 0x04676000, 0x046768D0, 0x04677050, 0x046780D0, 0x04678471,
    0x04678810, 0x04678C71, 0x04679050, 0x04679400, 0x04680071, 0x046804D0, 0x04682C71, 0x0468CCD0, 0x0468E450, 0x0468E871,
    0x0468ECD0, 0x0468FC10, 0x04691CD0, 0x04692000, 0x04694071, 0x046944D0, 0x04695C50, 0x046964D0, 0x04697071, 0x046A28D0,
    0x046A5C50, 0x046A60D0, 0x046A6810, 0x046A7471, 0x046A7810, 0x046A8C00, 0x046AC071, 0x046BE400, 0x04700071, 0x04702400,
    0x04702871, 0x0470BC50, 0x0470C0D0, 0x0470DC00, 0x0470E0D0, 0x0470F850, 0x0470FCD0, 0x04710071, 0x04710410, 0x04711800,
    0x0471405E, 0x04716818, 0x0471B400, 0x0471C010, 0x0471C871, 0x04724000, 0x047248D0, 0x0472A000, 0x0472A450, 0x0472A8D0,
    0x0472C450, 0x0472C8D0, 0x0472D050, 0x0472D4D0, 0x0472DC00, 0x04740071, 0x04741C00, 0x04742071, 0x04742800, 0x04742C71,
    0x0474C4D0, 0x0474DC00, 0x0474E8D0, 0x0474EC00, 0x0474F0D0, 0x0474F800, 0x0474FCD0, 0x04751871, 0x04751CD0, 0x04752000,
    0x0475405E, 0x04756800, 0x04758071, 0x04759800, 0x04759C71, 0x0475A400, 0x0475A871, 0x04762850, 0x04763C00, 0x047640D0,
    0x04764800, 0x04764C50, 0x047654D0, 0x04765850, 0x04765CD0, 0x04766071, 0x04766400, 0x0476805E, 0x0476A800, 0x047B8071,
    0x047BCCD0, 0x047BD450, 0x047BDC10, 0x047BE400, 0x047EC071, 0x047EC400, 0x047F0018, 0x047F5410, 0x047FC800, 0x047FFC10,
    0x04800071, 0x048E6800, 0x04900078, 0x0491BC00, 0x0491C010, 0x0491D400, 0x04920071, 0x04951000, 0x04BE4071, 0x04BFC410,
    0x04BFCC00, 0x04C00071, 0x04D0BC00, 0x04D0C080, 0x04D0E400, 0x05100071, 0x05191C00, 0x05A00071, 0x05A8E400, 0x05A90071,
    0x05A97C00, 0x05A9805E, 0x05A9A800, 0x05A9B810, 0x05A9C071, 0x05AAFC00, 0x05AB005E, 0x05AB2800, 0x05AB4071, 0x05ABB800,
    0x05ABC0D0, 0x05ABD410, 0x05ABD800, 0x05AC0071, 0x05ACC0D0, 0x05ACDC10, 0x05AD00F1, 0x05AD1010, 0x05AD1800, 0x05AD405E,
    0x05AD6800, 0x05AD6C18, 0x05AD8800, 0x05AD8C71, 0x05ADE000, 0x05ADF471, 0x05AE4000, 0x05B90071, 0x05BA0018, 0x05BA5C10,
    0x05BA6C00, 0x05BC0071, 0x05BD2C00, 0x05BD3CD0, 0x05BD4071, 0x05BD4450, 0x05BE2000, 0x05BE3CD0, 0x05BE4CF1, 0x05BE8000,
    0x05BF80F1, 0x05BF8810, 0x05BF8CF1, 0x05BF90D0, 0x05BF9400, 0x05BFC050, 0x05BFC800, 0x05C00071, 0x061FE000, 0x06200071,
    0x06335800, 0x06340071, 0x06342400, 0x06BFC0F1, 0x06BFD000, 0x06BFD4F1, 0x06BFF000, 0x06BFF4F1, 0x06BFFC00, 0x06C00071,
    0x06C48C00, 0x06C54071, 0x06C54C00, 0x06C59071, 0x06C5A000, 0x06C5C071, 0x06CBF000, 0x06F00071, 0x06F1AC00, 0x06F1C071,
    0x06F1F400, 0x06F20071, 0x06F22400, 0x06F24071, 0x06F26800, 0x06F27010, 0x06F274D0, 0x06F27C10, 0x06F28080, 0x06F29000,
    0x073C00D0, 0x073CB800, 0x073CC0D0, 0x073D1C00, 0x073D4010, 0x073F1000, 0x07400010, 0x0743D800, 0x07440010, 0x07449C00,
    0x0744A410, 0x07459450, 0x07459CD0, 0x0745A810, 0x0745B450, 0x0745CC80, 0x0745ECD0, 0x07460C10, 0x074614D0, 0x07463010,
    0x0746A8D0, 0x0746B810, 0x0747AC00, 0x07480010, 0x074908D0, 0x07491410, 0x07491800, 0x074B8018, 0x074BD000, 0x074C0010,
    0x074D5C00, 0x074D8018, 0x074DE400, 0x07500071, 0x07515400, 0x07515871, 0x07527400, 0x07527871, 0x07528000, 0x07528871,
    0x07528C00, 0x07529471, 0x07529C00, 0x0752A471, 0x0752B400, 0x0752B871, 0x0752E800, 0x0752EC71, 0x0752F000, 0x0752F471,
    0x07531000, 0x07531471, 0x07541800, 0x07541C71, 0x07542C00, 0x07543471, 0x07545400, 0x07545871, 0x07547400, 0x07547871,
    0x0754E800, 0x0754EC71, 0x0754FC00, 0x07550071, 0x07551400, 0x07551871, 0x07551C00, 0x07552871, 0x07554400, 0x07554871,
    0x075A9800, 0x075AA071, 0x075B0410, 0x075B0871, 0x075B6C10, 0x075B7071, 0x075BEC10, 0x075BF071, 0x075C5410, 0x075C5871,
    0x075CD410, 0x075CD871, 0x075D3C10, 0x075D4071, 0x075DBC10, 0x075DC071, 0x075E2410, 0x075E2871, 0x075EA410, 0x075EA871,
    0x075F0C10, 0x075F1071, 0x075F3000, 0x075F385E, 0x07600010, 0x076800D0, 0x0768DC10, 0x0768ECD0, 0x0769B410, 0x0769D4D0,
    0x0769D810, 0x076A10D0, 0x076A1410, 0x076A3000, 0x076A6CD0, 0x076A8000, 0x076A84D0, 0x076AC000, 0x077C0071, 0x077C7C00,
    0x078000D0, 0x07801C00, 0x078020D0, 0x07806400, 0x07806CD0, 0x07808800, 0x07808CD0, 0x07809400, 0x078098D0, 0x0780AC00,
    0x07840071, 0x0784B400, 0x0784C0D0, 0x0784DCF1, 0x0784F800, 0x0785005E, 0x07852800, 0x07853871, 0x07853C10, 0x07854000,
    0x078A4071, 0x078AB8D0, 0x078ABC00, 0x078B0071, 0x078BB0D0, 0x078BC05E, 0x078BE800, 0x078BFC10, 0x078C0000, 0x079F8071,
    0x079F9C00, 0x079FA071, 0x079FB000, 0x079FB471, 0x079FBC00, 0x079FC071, 0x079FFC00, 0x07A00071, 0x07A31400, 0x07A31C18,
    0x07A340D0, 0x07A35C00, 0x07A40071, 0x07A510D0, 0x07A52CF1, 0x07A53000, 0x07A5405E, 0x07A56800, 0x07A57810, 0x07A58000,
    0x07B1C418, 0x07B2B010, 0x07B2B418, 0x07B2C010, 0x07B2C418, 0x07B2D400, 0x07B40418, 0x07B4B810, 0x07B4BC18, 0x07B4F800,
    0x07B80071, 0x07B81000, 0x07B81471, 0x07B88000, 0x07B88471, 0x07B88C00, 0x07B89071, 0x07B89400, 0x07B89C71, 0x07B8A000,
    0x07B8A471, 0x07B8CC00, 0x07B8D071, 0x07B8E000, 0x07B8E471, 0x07B8E800, 0x07B8EC71, 0x07B8F000, 0x07B90871, 0x07B90C00,
    0x07B91C71, 0x07B92000, 0x07B92471, 0x07B92800, 0x07B92C71, 0x07B93000, 0x07B93471, 0x07B94000, 0x07B94471, 0x07B94C00,
    0x07B95071, 0x07B95400, 0x07B95C71, 0x07B96000, 0x07B96471, 0x07B96800, 0x07B96C71, 0x07B97000, 0x07B97471, 0x07B97800,
    0x07B97C71, 0x07B98000, 0x07B98471, 0x07B98C00, 0x07B99071, 0x07B99400, 0x07B99C71, 0x07B9AC00, 0x07B9B071, 0x07B9CC00,
    0x07B9D071, 0x07B9E000, 0x07B9E471, 0x07B9F400, 0x07B9F871, 0x07B9FC00, 0x07BA0071, 0x07BA2800, 0x07BA2C71, 0x07BA7000,
    0x07BA8471, 0x07BA9000, 0x07BA9471, 0x07BAA800, 0x07BAAC71, 0x07BAF000, 0x07BBC010, 0x07BBC800, 0x07C00010, 0x07C0B000,
    0x07C0C010, 0x07C25000, 0x07C28010, 0x07C2BC00, 0x07C2C410, 0x07C30000, 0x07C30410, 0x07C34000, 0x07C34410, 0x07C3D800,
    0x07C4001C, 0x07C42C18, 0x07C43410, 0x07C6B800, 0x07C79810, 0x07C80C00, 0x07C84010, 0x07C8F000, 0x07C90010, 0x07C92400,
    0x07C94010, 0x07C94800, 0x07C98010, 0x07C99800, 0x07CC0010, 0x07CFEC90, 0x07D00010, 0x07DB6000, 0x07DB7410, 0x07DBB400,
    0x07DBC010, 0x07DBF400, 0x07DC0010, 0x07DDD000, 0x07DE0010, 0x07DF6400, 0x07DF8010, 0x07DFB000, 0x07DFC010, 0x07DFC400,
    0x07E00010, 0x07E03000, 0x07E04010, 0x07E12000, 0x07E14010, 0x07E16800, 0x07E18010, 0x07E22000, 0x07E24010, 0x07E2B800,
    0x07E2C010, 0x07E2C800, 0x07E40010, 0x07E95000, 0x07E98010, 0x07E9B800, 0x07E9C010, 0x07E9D400, 0x07E9E010, 0x07E9F400,
    0x07EA0010, 0x07EA1C00, 0x07EA4010, 0x07EAB400, 0x07EAC010, 0x07EAEC00, 0x07EB0010, 0x07EB1800, 0x07EB4010, 0x07EB6800,
    0x07EB8010, 0x07EBA000, 0x07EBC010, 0x07EBDC00, 0x07EC0010, 0x07EE4C00, 0x07EE5010, 0x07EF2C00, 0x07EFC05E, 0x07EFE800,
    0x08000071, 0x08000479, 0x08000871, 0x08019079, 0x08019471, 0x08038879, 0x08038C71, 0x08048479, 0x08048871, 0x0824A879,
    0x0824AC71, 0x08260C79, 0x08261071, 0x08263079, 0x08263471, 0x08267079, 0x08267471, 0x082BA879, 0x082BAC71, 0x082BF479,
    0x082BF871, 0x082C6479, 0x082C6871, 0x088E4079, 0x088E4471, 0x08A66079, 0x08A66471, 0x08EC6C79, 0x08EC7071, 0x0989B479,
    0x0989B871, 0x0A9B8000, 0x0A9C0071, 0x0ADCE400, 0x0ADD0071, 0x0AE07800, 0x0AE08071, 0x0B3A8800, 0x0B3AC071, 0x0BAF8400,
    0x0BE00071, 0x0BE24079, 0x0BE24471, 0x0BE87800, 0x0C000071, 0x0C4D2C00, 0x38000480, 0x38000800, 0x38008080, 0x38020000,
    0x380400D0, 0x3807C000,
];
/// Corrections to Rust std case data: `(code point, 1=Uppercase|2=Lowercase, upper, lower)`.
#[rustfmt::skip]
static CASE_OVERRIDES: [(u32, u8, u32, u32); 185] = [
    (0x19B, 2, 0x19B, 0x19B),
    (0x264, 2, 0x264, 0x264),
    (0x295, 2, 0x295, 0x295),
    (0x10FC, 0, 0x10FC, 0x10FC),
    (0x1C89, 0, 0x1C89, 0x1C89),
    (0x1C8A, 0, 0x1C8A, 0x1C8A),
    (0xA7CB, 0, 0xA7CB, 0xA7CB),
    (0xA7CC, 0, 0xA7CC, 0xA7CC),
    (0xA7CD, 0, 0xA7CD, 0xA7CD),
    (0xA7CE, 0, 0xA7CE, 0xA7CE),
    (0xA7CF, 0, 0xA7CF, 0xA7CF),
    (0xA7D2, 0, 0xA7D2, 0xA7D2),
    (0xA7D3, 2, 0xA7D3, 0xA7D3),
    (0xA7D4, 0, 0xA7D4, 0xA7D4),
    (0xA7D5, 2, 0xA7D5, 0xA7D5),
    (0xA7DA, 0, 0xA7DA, 0xA7DA),
    (0xA7DB, 0, 0xA7DB, 0xA7DB),
    (0xA7DC, 0, 0xA7DC, 0xA7DC),
    (0xA7F1, 0, 0xA7F1, 0xA7F1),
    (0xA7F2, 0, 0xA7F2, 0xA7F2),
    (0xA7F3, 0, 0xA7F3, 0xA7F3),
    (0xA7F4, 0, 0xA7F4, 0xA7F4),
    (0xAB69, 0, 0xAB69, 0xAB69),
    (0x10D50, 0, 0x10D50, 0x10D50),
    (0x10D51, 0, 0x10D51, 0x10D51),
    (0x10D52, 0, 0x10D52, 0x10D52),
    (0x10D53, 0, 0x10D53, 0x10D53),
    (0x10D54, 0, 0x10D54, 0x10D54),
    (0x10D55, 0, 0x10D55, 0x10D55),
    (0x10D56, 0, 0x10D56, 0x10D56),
    (0x10D57, 0, 0x10D57, 0x10D57),
    (0x10D58, 0, 0x10D58, 0x10D58),
    (0x10D59, 0, 0x10D59, 0x10D59),
    (0x10D5A, 0, 0x10D5A, 0x10D5A),
    (0x10D5B, 0, 0x10D5B, 0x10D5B),
    (0x10D5C, 0, 0x10D5C, 0x10D5C),
    (0x10D5D, 0, 0x10D5D, 0x10D5D),
    (0x10D5E, 0, 0x10D5E, 0x10D5E),
    (0x10D5F, 0, 0x10D5F, 0x10D5F),
    (0x10D60, 0, 0x10D60, 0x10D60),
    (0x10D61, 0, 0x10D61, 0x10D61),
    (0x10D62, 0, 0x10D62, 0x10D62),
    (0x10D63, 0, 0x10D63, 0x10D63),
    (0x10D64, 0, 0x10D64, 0x10D64),
    (0x10D65, 0, 0x10D65, 0x10D65),
    (0x10D70, 0, 0x10D70, 0x10D70),
    (0x10D71, 0, 0x10D71, 0x10D71),
    (0x10D72, 0, 0x10D72, 0x10D72),
    (0x10D73, 0, 0x10D73, 0x10D73),
    (0x10D74, 0, 0x10D74, 0x10D74),
    (0x10D75, 0, 0x10D75, 0x10D75),
    (0x10D76, 0, 0x10D76, 0x10D76),
    (0x10D77, 0, 0x10D77, 0x10D77),
    (0x10D78, 0, 0x10D78, 0x10D78),
    (0x10D79, 0, 0x10D79, 0x10D79),
    (0x10D7A, 0, 0x10D7A, 0x10D7A),
    (0x10D7B, 0, 0x10D7B, 0x10D7B),
    (0x10D7C, 0, 0x10D7C, 0x10D7C),
    (0x10D7D, 0, 0x10D7D, 0x10D7D),
    (0x10D7E, 0, 0x10D7E, 0x10D7E),
    (0x10D7F, 0, 0x10D7F, 0x10D7F),
    (0x10D80, 0, 0x10D80, 0x10D80),
    (0x10D81, 0, 0x10D81, 0x10D81),
    (0x10D82, 0, 0x10D82, 0x10D82),
    (0x10D83, 0, 0x10D83, 0x10D83),
    (0x10D84, 0, 0x10D84, 0x10D84),
    (0x10D85, 0, 0x10D85, 0x10D85),
    (0x16EA0, 0, 0x16EA0, 0x16EA0),
    (0x16EA1, 0, 0x16EA1, 0x16EA1),
    (0x16EA2, 0, 0x16EA2, 0x16EA2),
    (0x16EA3, 0, 0x16EA3, 0x16EA3),
    (0x16EA4, 0, 0x16EA4, 0x16EA4),
    (0x16EA5, 0, 0x16EA5, 0x16EA5),
    (0x16EA6, 0, 0x16EA6, 0x16EA6),
    (0x16EA7, 0, 0x16EA7, 0x16EA7),
    (0x16EA8, 0, 0x16EA8, 0x16EA8),
    (0x16EA9, 0, 0x16EA9, 0x16EA9),
    (0x16EAA, 0, 0x16EAA, 0x16EAA),
    (0x16EAB, 0, 0x16EAB, 0x16EAB),
    (0x16EAC, 0, 0x16EAC, 0x16EAC),
    (0x16EAD, 0, 0x16EAD, 0x16EAD),
    (0x16EAE, 0, 0x16EAE, 0x16EAE),
    (0x16EAF, 0, 0x16EAF, 0x16EAF),
    (0x16EB0, 0, 0x16EB0, 0x16EB0),
    (0x16EB1, 0, 0x16EB1, 0x16EB1),
    (0x16EB2, 0, 0x16EB2, 0x16EB2),
    (0x16EB3, 0, 0x16EB3, 0x16EB3),
    (0x16EB4, 0, 0x16EB4, 0x16EB4),
    (0x16EB5, 0, 0x16EB5, 0x16EB5),
    (0x16EB6, 0, 0x16EB6, 0x16EB6),
    (0x16EB7, 0, 0x16EB7, 0x16EB7),
    (0x16EB8, 0, 0x16EB8, 0x16EB8),
    (0x16EBB, 0, 0x16EBB, 0x16EBB),
    (0x16EBC, 0, 0x16EBC, 0x16EBC),
    (0x16EBD, 0, 0x16EBD, 0x16EBD),
    (0x16EBE, 0, 0x16EBE, 0x16EBE),
    (0x16EBF, 0, 0x16EBF, 0x16EBF),
    (0x16EC0, 0, 0x16EC0, 0x16EC0),
    (0x16EC1, 0, 0x16EC1, 0x16EC1),
    (0x16EC2, 0, 0x16EC2, 0x16EC2),
    (0x16EC3, 0, 0x16EC3, 0x16EC3),
    (0x16EC4, 0, 0x16EC4, 0x16EC4),
    (0x16EC5, 0, 0x16EC5, 0x16EC5),
    (0x16EC6, 0, 0x16EC6, 0x16EC6),
    (0x16EC7, 0, 0x16EC7, 0x16EC7),
    (0x16EC8, 0, 0x16EC8, 0x16EC8),
    (0x16EC9, 0, 0x16EC9, 0x16EC9),
    (0x16ECA, 0, 0x16ECA, 0x16ECA),
    (0x16ECB, 0, 0x16ECB, 0x16ECB),
    (0x16ECC, 0, 0x16ECC, 0x16ECC),
    (0x16ECD, 0, 0x16ECD, 0x16ECD),
    (0x16ECE, 0, 0x16ECE, 0x16ECE),
    (0x16ECF, 0, 0x16ECF, 0x16ECF),
    (0x16ED0, 0, 0x16ED0, 0x16ED0),
    (0x16ED1, 0, 0x16ED1, 0x16ED1),
    (0x16ED2, 0, 0x16ED2, 0x16ED2),
    (0x16ED3, 0, 0x16ED3, 0x16ED3),
    (0x1DF25, 0, 0x1DF25, 0x1DF25),
    (0x1DF26, 0, 0x1DF26, 0x1DF26),
    (0x1DF27, 0, 0x1DF27, 0x1DF27),
    (0x1DF28, 0, 0x1DF28, 0x1DF28),
    (0x1DF29, 0, 0x1DF29, 0x1DF29),
    (0x1DF2A, 0, 0x1DF2A, 0x1DF2A),
    (0x1E030, 0, 0x1E030, 0x1E030),
    (0x1E031, 0, 0x1E031, 0x1E031),
    (0x1E032, 0, 0x1E032, 0x1E032),
    (0x1E033, 0, 0x1E033, 0x1E033),
    (0x1E034, 0, 0x1E034, 0x1E034),
    (0x1E035, 0, 0x1E035, 0x1E035),
    (0x1E036, 0, 0x1E036, 0x1E036),
    (0x1E037, 0, 0x1E037, 0x1E037),
    (0x1E038, 0, 0x1E038, 0x1E038),
    (0x1E039, 0, 0x1E039, 0x1E039),
    (0x1E03A, 0, 0x1E03A, 0x1E03A),
    (0x1E03B, 0, 0x1E03B, 0x1E03B),
    (0x1E03C, 0, 0x1E03C, 0x1E03C),
    (0x1E03D, 0, 0x1E03D, 0x1E03D),
    (0x1E03E, 0, 0x1E03E, 0x1E03E),
    (0x1E03F, 0, 0x1E03F, 0x1E03F),
    (0x1E040, 0, 0x1E040, 0x1E040),
    (0x1E041, 0, 0x1E041, 0x1E041),
    (0x1E042, 0, 0x1E042, 0x1E042),
    (0x1E043, 0, 0x1E043, 0x1E043),
    (0x1E044, 0, 0x1E044, 0x1E044),
    (0x1E045, 0, 0x1E045, 0x1E045),
    (0x1E046, 0, 0x1E046, 0x1E046),
    (0x1E047, 0, 0x1E047, 0x1E047),
    (0x1E048, 0, 0x1E048, 0x1E048),
    (0x1E049, 0, 0x1E049, 0x1E049),
    (0x1E04A, 0, 0x1E04A, 0x1E04A),
    (0x1E04B, 0, 0x1E04B, 0x1E04B),
    (0x1E04C, 0, 0x1E04C, 0x1E04C),
    (0x1E04D, 0, 0x1E04D, 0x1E04D),
    (0x1E04E, 0, 0x1E04E, 0x1E04E),
    (0x1E04F, 0, 0x1E04F, 0x1E04F),
    (0x1E050, 0, 0x1E050, 0x1E050),
    (0x1E051, 0, 0x1E051, 0x1E051),
    (0x1E052, 0, 0x1E052, 0x1E052),
    (0x1E053, 0, 0x1E053, 0x1E053),
    (0x1E054, 0, 0x1E054, 0x1E054),
    (0x1E055, 0, 0x1E055, 0x1E055),
    (0x1E056, 0, 0x1E056, 0x1E056),
    (0x1E057, 0, 0x1E057, 0x1E057),
    (0x1E058, 0, 0x1E058, 0x1E058),
    (0x1E059, 0, 0x1E059, 0x1E059),
    (0x1E05A, 0, 0x1E05A, 0x1E05A),
    (0x1E05B, 0, 0x1E05B, 0x1E05B),
    (0x1E05C, 0, 0x1E05C, 0x1E05C),
    (0x1E05D, 0, 0x1E05D, 0x1E05D),
    (0x1E05E, 0, 0x1E05E, 0x1E05E),
    (0x1E05F, 0, 0x1E05F, 0x1E05F),
    (0x1E060, 0, 0x1E060, 0x1E060),
    (0x1E061, 0, 0x1E061, 0x1E061),
    (0x1E062, 0, 0x1E062, 0x1E062),
    (0x1E063, 0, 0x1E063, 0x1E063),
    (0x1E064, 0, 0x1E064, 0x1E064),
    (0x1E065, 0, 0x1E065, 0x1E065),
    (0x1E066, 0, 0x1E066, 0x1E066),
    (0x1E067, 0, 0x1E067, 0x1E067),
    (0x1E068, 0, 0x1E068, 0x1E068),
    (0x1E069, 0, 0x1E069, 0x1E069),
    (0x1E06A, 0, 0x1E06A, 0x1E06A),
    (0x1E06B, 0, 0x1E06B, 0x1E06B),
    (0x1E06C, 0, 0x1E06C, 0x1E06C),
    (0x1E06D, 0, 0x1E06D, 0x1E06D),
];
/// Title-case mappings that differ from the upper-case mapping.
#[rustfmt::skip]
static TITLE_MAP: [(u32, &str); 135] = [
    (0xDF, "Ss"),
    (0x1C4, "\u{1C5}"),
    (0x1C5, "\u{1C5}"),
    (0x1C6, "\u{1C5}"),
    (0x1C7, "\u{1C8}"),
    (0x1C8, "\u{1C8}"),
    (0x1C9, "\u{1C8}"),
    (0x1CA, "\u{1CB}"),
    (0x1CB, "\u{1CB}"),
    (0x1CC, "\u{1CB}"),
    (0x1F1, "\u{1F2}"),
    (0x1F2, "\u{1F2}"),
    (0x1F3, "\u{1F2}"),
    (0x587, "\u{535}\u{582}"),
    (0x10D0, "\u{10D0}"),
    (0x10D1, "\u{10D1}"),
    (0x10D2, "\u{10D2}"),
    (0x10D3, "\u{10D3}"),
    (0x10D4, "\u{10D4}"),
    (0x10D5, "\u{10D5}"),
    (0x10D6, "\u{10D6}"),
    (0x10D7, "\u{10D7}"),
    (0x10D8, "\u{10D8}"),
    (0x10D9, "\u{10D9}"),
    (0x10DA, "\u{10DA}"),
    (0x10DB, "\u{10DB}"),
    (0x10DC, "\u{10DC}"),
    (0x10DD, "\u{10DD}"),
    (0x10DE, "\u{10DE}"),
    (0x10DF, "\u{10DF}"),
    (0x10E0, "\u{10E0}"),
    (0x10E1, "\u{10E1}"),
    (0x10E2, "\u{10E2}"),
    (0x10E3, "\u{10E3}"),
    (0x10E4, "\u{10E4}"),
    (0x10E5, "\u{10E5}"),
    (0x10E6, "\u{10E6}"),
    (0x10E7, "\u{10E7}"),
    (0x10E8, "\u{10E8}"),
    (0x10E9, "\u{10E9}"),
    (0x10EA, "\u{10EA}"),
    (0x10EB, "\u{10EB}"),
    (0x10EC, "\u{10EC}"),
    (0x10ED, "\u{10ED}"),
    (0x10EE, "\u{10EE}"),
    (0x10EF, "\u{10EF}"),
    (0x10F0, "\u{10F0}"),
    (0x10F1, "\u{10F1}"),
    (0x10F2, "\u{10F2}"),
    (0x10F3, "\u{10F3}"),
    (0x10F4, "\u{10F4}"),
    (0x10F5, "\u{10F5}"),
    (0x10F6, "\u{10F6}"),
    (0x10F7, "\u{10F7}"),
    (0x10F8, "\u{10F8}"),
    (0x10F9, "\u{10F9}"),
    (0x10FA, "\u{10FA}"),
    (0x10FD, "\u{10FD}"),
    (0x10FE, "\u{10FE}"),
    (0x10FF, "\u{10FF}"),
    (0x1F80, "\u{1F88}"),
    (0x1F81, "\u{1F89}"),
    (0x1F82, "\u{1F8A}"),
    (0x1F83, "\u{1F8B}"),
    (0x1F84, "\u{1F8C}"),
    (0x1F85, "\u{1F8D}"),
    (0x1F86, "\u{1F8E}"),
    (0x1F87, "\u{1F8F}"),
    (0x1F88, "\u{1F88}"),
    (0x1F89, "\u{1F89}"),
    (0x1F8A, "\u{1F8A}"),
    (0x1F8B, "\u{1F8B}"),
    (0x1F8C, "\u{1F8C}"),
    (0x1F8D, "\u{1F8D}"),
    (0x1F8E, "\u{1F8E}"),
    (0x1F8F, "\u{1F8F}"),
    (0x1F90, "\u{1F98}"),
    (0x1F91, "\u{1F99}"),
    (0x1F92, "\u{1F9A}"),
    (0x1F93, "\u{1F9B}"),
    (0x1F94, "\u{1F9C}"),
    (0x1F95, "\u{1F9D}"),
    (0x1F96, "\u{1F9E}"),
    (0x1F97, "\u{1F9F}"),
    (0x1F98, "\u{1F98}"),
    (0x1F99, "\u{1F99}"),
    (0x1F9A, "\u{1F9A}"),
    (0x1F9B, "\u{1F9B}"),
    (0x1F9C, "\u{1F9C}"),
    (0x1F9D, "\u{1F9D}"),
    (0x1F9E, "\u{1F9E}"),
    (0x1F9F, "\u{1F9F}"),
    (0x1FA0, "\u{1FA8}"),
    (0x1FA1, "\u{1FA9}"),
    (0x1FA2, "\u{1FAA}"),
    (0x1FA3, "\u{1FAB}"),
    (0x1FA4, "\u{1FAC}"),
    (0x1FA5, "\u{1FAD}"),
    (0x1FA6, "\u{1FAE}"),
    (0x1FA7, "\u{1FAF}"),
    (0x1FA8, "\u{1FA8}"),
    (0x1FA9, "\u{1FA9}"),
    (0x1FAA, "\u{1FAA}"),
    (0x1FAB, "\u{1FAB}"),
    (0x1FAC, "\u{1FAC}"),
    (0x1FAD, "\u{1FAD}"),
    (0x1FAE, "\u{1FAE}"),
    (0x1FAF, "\u{1FAF}"),
    (0x1FB2, "\u{1FBA}\u{345}"),
    (0x1FB3, "\u{1FBC}"),
    (0x1FB4, "\u{386}\u{345}"),
    (0x1FB7, "\u{391}\u{342}\u{345}"),
    (0x1FBC, "\u{1FBC}"),
    (0x1FC2, "\u{1FCA}\u{345}"),
    (0x1FC3, "\u{1FCC}"),
    (0x1FC4, "\u{389}\u{345}"),
    (0x1FC7, "\u{397}\u{342}\u{345}"),
    (0x1FCC, "\u{1FCC}"),
    (0x1FF2, "\u{1FFA}\u{345}"),
    (0x1FF3, "\u{1FFC}"),
    (0x1FF4, "\u{38F}\u{345}"),
    (0x1FF7, "\u{3A9}\u{342}\u{345}"),
    (0x1FFC, "\u{1FFC}"),
    (0xFB00, "Ff"),
    (0xFB01, "Fi"),
    (0xFB02, "Fl"),
    (0xFB03, "Ffi"),
    (0xFB04, "Ffl"),
    (0xFB05, "St"),
    (0xFB06, "St"),
    (0xFB13, "\u{544}\u{576}"),
    (0xFB14, "\u{544}\u{565}"),
    (0xFB15, "\u{544}\u{56B}"),
    (0xFB16, "\u{54E}\u{576}"),
    (0xFB17, "\u{544}\u{56D}"),
];
/// Case-folding mappings that differ from the lower-case mapping.
#[rustfmt::skip]
static FOLD_MAP: [(u32, &str); 297] = [
    (0xB5, "\u{3BC}"),
    (0xDF, "ss"),
    (0x149, "\u{2BC}n"),
    (0x17F, "s"),
    (0x1F0, "j\u{30C}"),
    (0x345, "\u{3B9}"),
    (0x390, "\u{3B9}\u{308}\u{301}"),
    (0x3B0, "\u{3C5}\u{308}\u{301}"),
    (0x3C2, "\u{3C3}"),
    (0x3D0, "\u{3B2}"),
    (0x3D1, "\u{3B8}"),
    (0x3D5, "\u{3C6}"),
    (0x3D6, "\u{3C0}"),
    (0x3F0, "\u{3BA}"),
    (0x3F1, "\u{3C1}"),
    (0x3F5, "\u{3B5}"),
    (0x587, "\u{565}\u{582}"),
    (0x13A0, "\u{13A0}"),
    (0x13A1, "\u{13A1}"),
    (0x13A2, "\u{13A2}"),
    (0x13A3, "\u{13A3}"),
    (0x13A4, "\u{13A4}"),
    (0x13A5, "\u{13A5}"),
    (0x13A6, "\u{13A6}"),
    (0x13A7, "\u{13A7}"),
    (0x13A8, "\u{13A8}"),
    (0x13A9, "\u{13A9}"),
    (0x13AA, "\u{13AA}"),
    (0x13AB, "\u{13AB}"),
    (0x13AC, "\u{13AC}"),
    (0x13AD, "\u{13AD}"),
    (0x13AE, "\u{13AE}"),
    (0x13AF, "\u{13AF}"),
    (0x13B0, "\u{13B0}"),
    (0x13B1, "\u{13B1}"),
    (0x13B2, "\u{13B2}"),
    (0x13B3, "\u{13B3}"),
    (0x13B4, "\u{13B4}"),
    (0x13B5, "\u{13B5}"),
    (0x13B6, "\u{13B6}"),
    (0x13B7, "\u{13B7}"),
    (0x13B8, "\u{13B8}"),
    (0x13B9, "\u{13B9}"),
    (0x13BA, "\u{13BA}"),
    (0x13BB, "\u{13BB}"),
    (0x13BC, "\u{13BC}"),
    (0x13BD, "\u{13BD}"),
    (0x13BE, "\u{13BE}"),
    (0x13BF, "\u{13BF}"),
    (0x13C0, "\u{13C0}"),
    (0x13C1, "\u{13C1}"),
    (0x13C2, "\u{13C2}"),
    (0x13C3, "\u{13C3}"),
    (0x13C4, "\u{13C4}"),
    (0x13C5, "\u{13C5}"),
    (0x13C6, "\u{13C6}"),
    (0x13C7, "\u{13C7}"),
    (0x13C8, "\u{13C8}"),
    (0x13C9, "\u{13C9}"),
    (0x13CA, "\u{13CA}"),
    (0x13CB, "\u{13CB}"),
    (0x13CC, "\u{13CC}"),
    (0x13CD, "\u{13CD}"),
    (0x13CE, "\u{13CE}"),
    (0x13CF, "\u{13CF}"),
    (0x13D0, "\u{13D0}"),
    (0x13D1, "\u{13D1}"),
    (0x13D2, "\u{13D2}"),
    (0x13D3, "\u{13D3}"),
    (0x13D4, "\u{13D4}"),
    (0x13D5, "\u{13D5}"),
    (0x13D6, "\u{13D6}"),
    (0x13D7, "\u{13D7}"),
    (0x13D8, "\u{13D8}"),
    (0x13D9, "\u{13D9}"),
    (0x13DA, "\u{13DA}"),
    (0x13DB, "\u{13DB}"),
    (0x13DC, "\u{13DC}"),
    (0x13DD, "\u{13DD}"),
    (0x13DE, "\u{13DE}"),
    (0x13DF, "\u{13DF}"),
    (0x13E0, "\u{13E0}"),
    (0x13E1, "\u{13E1}"),
    (0x13E2, "\u{13E2}"),
    (0x13E3, "\u{13E3}"),
    (0x13E4, "\u{13E4}"),
    (0x13E5, "\u{13E5}"),
    (0x13E6, "\u{13E6}"),
    (0x13E7, "\u{13E7}"),
    (0x13E8, "\u{13E8}"),
    (0x13E9, "\u{13E9}"),
    (0x13EA, "\u{13EA}"),
    (0x13EB, "\u{13EB}"),
    (0x13EC, "\u{13EC}"),
    (0x13ED, "\u{13ED}"),
    (0x13EE, "\u{13EE}"),
    (0x13EF, "\u{13EF}"),
    (0x13F0, "\u{13F0}"),
    (0x13F1, "\u{13F1}"),
    (0x13F2, "\u{13F2}"),
    (0x13F3, "\u{13F3}"),
    (0x13F4, "\u{13F4}"),
    (0x13F5, "\u{13F5}"),
    (0x13F8, "\u{13F0}"),
    (0x13F9, "\u{13F1}"),
    (0x13FA, "\u{13F2}"),
    (0x13FB, "\u{13F3}"),
    (0x13FC, "\u{13F4}"),
    (0x13FD, "\u{13F5}"),
    (0x1C80, "\u{432}"),
    (0x1C81, "\u{434}"),
    (0x1C82, "\u{43E}"),
    (0x1C83, "\u{441}"),
    (0x1C84, "\u{442}"),
    (0x1C85, "\u{442}"),
    (0x1C86, "\u{44A}"),
    (0x1C87, "\u{463}"),
    (0x1C88, "\u{A64B}"),
    (0x1E96, "h\u{331}"),
    (0x1E97, "t\u{308}"),
    (0x1E98, "w\u{30A}"),
    (0x1E99, "y\u{30A}"),
    (0x1E9A, "a\u{2BE}"),
    (0x1E9B, "\u{1E61}"),
    (0x1E9E, "ss"),
    (0x1F50, "\u{3C5}\u{313}"),
    (0x1F52, "\u{3C5}\u{313}\u{300}"),
    (0x1F54, "\u{3C5}\u{313}\u{301}"),
    (0x1F56, "\u{3C5}\u{313}\u{342}"),
    (0x1F80, "\u{1F00}\u{3B9}"),
    (0x1F81, "\u{1F01}\u{3B9}"),
    (0x1F82, "\u{1F02}\u{3B9}"),
    (0x1F83, "\u{1F03}\u{3B9}"),
    (0x1F84, "\u{1F04}\u{3B9}"),
    (0x1F85, "\u{1F05}\u{3B9}"),
    (0x1F86, "\u{1F06}\u{3B9}"),
    (0x1F87, "\u{1F07}\u{3B9}"),
    (0x1F88, "\u{1F00}\u{3B9}"),
    (0x1F89, "\u{1F01}\u{3B9}"),
    (0x1F8A, "\u{1F02}\u{3B9}"),
    (0x1F8B, "\u{1F03}\u{3B9}"),
    (0x1F8C, "\u{1F04}\u{3B9}"),
    (0x1F8D, "\u{1F05}\u{3B9}"),
    (0x1F8E, "\u{1F06}\u{3B9}"),
    (0x1F8F, "\u{1F07}\u{3B9}"),
    (0x1F90, "\u{1F20}\u{3B9}"),
    (0x1F91, "\u{1F21}\u{3B9}"),
    (0x1F92, "\u{1F22}\u{3B9}"),
    (0x1F93, "\u{1F23}\u{3B9}"),
    (0x1F94, "\u{1F24}\u{3B9}"),
    (0x1F95, "\u{1F25}\u{3B9}"),
    (0x1F96, "\u{1F26}\u{3B9}"),
    (0x1F97, "\u{1F27}\u{3B9}"),
    (0x1F98, "\u{1F20}\u{3B9}"),
    (0x1F99, "\u{1F21}\u{3B9}"),
    (0x1F9A, "\u{1F22}\u{3B9}"),
    (0x1F9B, "\u{1F23}\u{3B9}"),
    (0x1F9C, "\u{1F24}\u{3B9}"),
    (0x1F9D, "\u{1F25}\u{3B9}"),
    (0x1F9E, "\u{1F26}\u{3B9}"),
    (0x1F9F, "\u{1F27}\u{3B9}"),
    (0x1FA0, "\u{1F60}\u{3B9}"),
    (0x1FA1, "\u{1F61}\u{3B9}"),
    (0x1FA2, "\u{1F62}\u{3B9}"),
    (0x1FA3, "\u{1F63}\u{3B9}"),
    (0x1FA4, "\u{1F64}\u{3B9}"),
    (0x1FA5, "\u{1F65}\u{3B9}"),
    (0x1FA6, "\u{1F66}\u{3B9}"),
    (0x1FA7, "\u{1F67}\u{3B9}"),
    (0x1FA8, "\u{1F60}\u{3B9}"),
    (0x1FA9, "\u{1F61}\u{3B9}"),
    (0x1FAA, "\u{1F62}\u{3B9}"),
    (0x1FAB, "\u{1F63}\u{3B9}"),
    (0x1FAC, "\u{1F64}\u{3B9}"),
    (0x1FAD, "\u{1F65}\u{3B9}"),
    (0x1FAE, "\u{1F66}\u{3B9}"),
    (0x1FAF, "\u{1F67}\u{3B9}"),
    (0x1FB2, "\u{1F70}\u{3B9}"),
    (0x1FB3, "\u{3B1}\u{3B9}"),
    (0x1FB4, "\u{3AC}\u{3B9}"),
    (0x1FB6, "\u{3B1}\u{342}"),
    (0x1FB7, "\u{3B1}\u{342}\u{3B9}"),
    (0x1FBC, "\u{3B1}\u{3B9}"),
    (0x1FBE, "\u{3B9}"),
    (0x1FC2, "\u{1F74}\u{3B9}"),
    (0x1FC3, "\u{3B7}\u{3B9}"),
    (0x1FC4, "\u{3AE}\u{3B9}"),
    (0x1FC6, "\u{3B7}\u{342}"),
    (0x1FC7, "\u{3B7}\u{342}\u{3B9}"),
    (0x1FCC, "\u{3B7}\u{3B9}"),
    (0x1FD2, "\u{3B9}\u{308}\u{300}"),
    (0x1FD3, "\u{3B9}\u{308}\u{301}"),
    (0x1FD6, "\u{3B9}\u{342}"),
    (0x1FD7, "\u{3B9}\u{308}\u{342}"),
    (0x1FE2, "\u{3C5}\u{308}\u{300}"),
    (0x1FE3, "\u{3C5}\u{308}\u{301}"),
    (0x1FE4, "\u{3C1}\u{313}"),
    (0x1FE6, "\u{3C5}\u{342}"),
    (0x1FE7, "\u{3C5}\u{308}\u{342}"),
    (0x1FF2, "\u{1F7C}\u{3B9}"),
    (0x1FF3, "\u{3C9}\u{3B9}"),
    (0x1FF4, "\u{3CE}\u{3B9}"),
    (0x1FF6, "\u{3C9}\u{342}"),
    (0x1FF7, "\u{3C9}\u{342}\u{3B9}"),
    (0x1FFC, "\u{3C9}\u{3B9}"),
    (0xAB70, "\u{13A0}"),
    (0xAB71, "\u{13A1}"),
    (0xAB72, "\u{13A2}"),
    (0xAB73, "\u{13A3}"),
    (0xAB74, "\u{13A4}"),
    (0xAB75, "\u{13A5}"),
    (0xAB76, "\u{13A6}"),
    (0xAB77, "\u{13A7}"),
    (0xAB78, "\u{13A8}"),
    (0xAB79, "\u{13A9}"),
    (0xAB7A, "\u{13AA}"),
    (0xAB7B, "\u{13AB}"),
    (0xAB7C, "\u{13AC}"),
    (0xAB7D, "\u{13AD}"),
    (0xAB7E, "\u{13AE}"),
    (0xAB7F, "\u{13AF}"),
    (0xAB80, "\u{13B0}"),
    (0xAB81, "\u{13B1}"),
    (0xAB82, "\u{13B2}"),
    (0xAB83, "\u{13B3}"),
    (0xAB84, "\u{13B4}"),
    (0xAB85, "\u{13B5}"),
    (0xAB86, "\u{13B6}"),
    (0xAB87, "\u{13B7}"),
    (0xAB88, "\u{13B8}"),
    (0xAB89, "\u{13B9}"),
    (0xAB8A, "\u{13BA}"),
    (0xAB8B, "\u{13BB}"),
    (0xAB8C, "\u{13BC}"),
    (0xAB8D, "\u{13BD}"),
    (0xAB8E, "\u{13BE}"),
    (0xAB8F, "\u{13BF}"),
    (0xAB90, "\u{13C0}"),
    (0xAB91, "\u{13C1}"),
    (0xAB92, "\u{13C2}"),
    (0xAB93, "\u{13C3}"),
    (0xAB94, "\u{13C4}"),
    (0xAB95, "\u{13C5}"),
    (0xAB96, "\u{13C6}"),
    (0xAB97, "\u{13C7}"),
    (0xAB98, "\u{13C8}"),
    (0xAB99, "\u{13C9}"),
    (0xAB9A, "\u{13CA}"),
    (0xAB9B, "\u{13CB}"),
    (0xAB9C, "\u{13CC}"),
    (0xAB9D, "\u{13CD}"),
    (0xAB9E, "\u{13CE}"),
    (0xAB9F, "\u{13CF}"),
    (0xABA0, "\u{13D0}"),
    (0xABA1, "\u{13D1}"),
    (0xABA2, "\u{13D2}"),
    (0xABA3, "\u{13D3}"),
    (0xABA4, "\u{13D4}"),
    (0xABA5, "\u{13D5}"),
    (0xABA6, "\u{13D6}"),
    (0xABA7, "\u{13D7}"),
    (0xABA8, "\u{13D8}"),
    (0xABA9, "\u{13D9}"),
    (0xABAA, "\u{13DA}"),
    (0xABAB, "\u{13DB}"),
    (0xABAC, "\u{13DC}"),
    (0xABAD, "\u{13DD}"),
    (0xABAE, "\u{13DE}"),
    (0xABAF, "\u{13DF}"),
    (0xABB0, "\u{13E0}"),
    (0xABB1, "\u{13E1}"),
    (0xABB2, "\u{13E2}"),
    (0xABB3, "\u{13E3}"),
    (0xABB4, "\u{13E4}"),
    (0xABB5, "\u{13E5}"),
    (0xABB6, "\u{13E6}"),
    (0xABB7, "\u{13E7}"),
    (0xABB8, "\u{13E8}"),
    (0xABB9, "\u{13E9}"),
    (0xABBA, "\u{13EA}"),
    (0xABBB, "\u{13EB}"),
    (0xABBC, "\u{13EC}"),
    (0xABBD, "\u{13ED}"),
    (0xABBE, "\u{13EE}"),
    (0xABBF, "\u{13EF}"),
    (0xFB00, "ff"),
    (0xFB01, "fi"),
    (0xFB02, "fl"),
    (0xFB03, "ffi"),
    (0xFB04, "ffl"),
    (0xFB05, "st"),
    (0xFB06, "st"),
    (0xFB13, "\u{574}\u{576}"),
    (0xFB14, "\u{574}\u{565}"),
    (0xFB15, "\u{574}\u{56B}"),
    (0xFB16, "\u{57E}\u{576}"),
    (0xFB17, "\u{574}\u{56D}"),
];

/*
Table generator. Regenerate with the same python3 (3.11 => Unicode 14.0.0):
  1. build and run this Rust program (same toolchain as PVM) > rs.txt:

use std::io::Write;
fn hexs(s: impl Iterator<Item = char>) -> String {
    s.map(|c| format!("{:X}", c as u32)).collect::<Vec<_>>().join(" ")
}
fn main() {
    let out = std::io::stdout();
    let mut o = std::io::BufWriter::new(out.lock());
    for cp in 0u32..0x110000 {
        if let Some(c) = char::from_u32(cp) {
            writeln!(o, "{:X};{};{};{};{}", cp, c.is_uppercase() as u8, c.is_lowercase() as u8,
                hexs(c.to_uppercase()), hexs(c.to_lowercase())).unwrap();
        }
    }
}

  2. python3 gen_tables.py rs.txt > tables.rs  (script below), then replace the tables above.

# Generates the Unicode tables of strops.rs from the running python3's unicodedata
# (CPython 3.11 => Unicode 14.0.0).  Usage: python3 gen_tables.py RUST_DUMP > tables.rs
# RUST_DUMP: output of the `dump` binary (Rust std's per-char case data), used to
# compute the CASE_OVERRIDES corrections so that results match python3 exactly.
import sys, unicodedata

def rlit(s):
    return '"' + ''.join(c if (32 <= ord(c) < 127 and c not in '"\\') else '\\u{%X}' % ord(c) for c in s) + '"'

def cased(c): return (c + 'a').title()[-1] == 'a'
def case_ignorable(c):
    if cased(c): return ('%s\u03a3' % c).lower()[-1] == '\u03c3'
    return ('A%s\u03a3' % c).lower()[-1] == '\u03c2'

def flags(c):
    f = 0
    if c.isalpha(): f |= 1
    if c.isdecimal(): f |= 2
    if c.isdigit(): f |= 4
    if c.isnumeric(): f |= 8
    if c.isprintable(): f |= 16
    if c.isidentifier(): f |= 32
    if ('a' + c).isidentifier(): f |= 64
    if case_ignorable(c): f |= 128
    if unicodedata.category(c) == 'Lt': f |= 256
    return f

out = []
w = out.append
w('// Generated from Unicode %s (python3 %s unicodedata) by gen_tables.py -- do not edit by hand.' % (unicodedata.unidata_version, sys.version.split()[0]))
entries = []
prev = None
for cp in range(0x110000):
    f = flags(chr(cp))
    if f != prev:
        entries.append((cp << 10) | f)
        prev = f
w('/// Property runs: `(first_code_point << 10) | flags`; a run lasts until the next entry.')
w('#[rustfmt::skip]'); w('static PROPS: [u32; %d] = [' % len(entries))
for i in range(0, len(entries), 10):
    w('    ' + ' '.join('0x%08X,' % e for e in entries[i:i + 10]))
w('];')

# Case overrides: where Rust std (newer Unicode) differs from python3.
rs = {}
for line in open(sys.argv[1]):
    cp, up, lo, um, lm = line.rstrip('\n').split(';')
    rs[int(cp, 16)] = (int(up), int(lo), um, lm)
ov = []
for cp in range(0x110000):
    if 0xD800 <= cp <= 0xDFFF: continue
    c = chr(cp)
    hexs = lambda s: ' '.join('%X' % ord(x) for x in s)
    py = (int(c.isupper()), int(c.islower()), hexs(c.upper()), hexs(c.lower()))
    if py != rs[cp]:
        assert len(c.upper()) == 1 and len(c.lower()) == 1
        ov.append((cp, py[0] | (py[1] << 1), ord(c.upper()), ord(c.lower())))
w('/// Corrections to Rust std case data: `(code point, 1=Uppercase|2=Lowercase, upper, lower)`.')
w('#[rustfmt::skip]'); w('static CASE_OVERRIDES: [(u32, u8, u32, u32); %d] = [' % len(ov))
for e in ov:
    w('    (0x%X, %d, 0x%X, 0x%X),' % e)
w('];')

title = [(cp, chr(cp).title()) for cp in range(0x110000) if chr(cp).title() != chr(cp).upper()]
w('/// Title-case mappings that differ from the upper-case mapping.')
w('#[rustfmt::skip]'); w('static TITLE_MAP: [(u32, &str); %d] = [' % len(title))
for cp, t in title:
    w('    (0x%X, %s),' % (cp, rlit(t)))
w('];')

fold = [(cp, chr(cp).casefold()) for cp in range(0x110000) if chr(cp).casefold() != chr(cp).lower()]
w('/// Case-folding mappings that differ from the lower-case mapping.')
w('#[rustfmt::skip]'); w('static FOLD_MAP: [(u32, &str); %d] = [' % len(fold))
for cp, t in fold:
    w('    (0x%X, %s),' % (cp, rlit(t)))
w('];')
print('\n'.join(out))
*/

#[cfg(test)]
#[allow(clippy::type_complexity)]
mod tests {
    use super::*;

    /// One row of per-string expectations (all produced by python3).
    struct S {
        s: &'static str,
        upper: &'static str,
        lower: &'static str,
        casefold: &'static str,
        capitalize: &'static str,
        title: &'static str,
        swapcase: &'static str,
        preds: &'static str,
        repr: &'static str,
        ascii: &'static str,
        len: usize,
    }

    fn owned(v: &[&str]) -> Vec<String> {
        v.iter().map(|x| x.to_string()).collect()
    }

    fn preds(s: &str) -> String {
        [
            is_digit(s),
            is_decimal(s),
            is_numeric(s),
            is_alpha(s),
            is_alnum(s),
            is_space(s),
            is_upper(s),
            is_lower(s),
            is_title(s),
            is_identifier(s),
            is_printable(s),
            is_ascii_str(s),
        ]
        .iter()
        .map(|&b| if b { '1' } else { '0' })
        .collect()
    }

    #[test]
    fn per_string_cases() {
        for c in STR_CASES {
            let s = c.s;
            assert_eq!(upper(s), c.upper, "upper {:?}", s);
            assert_eq!(lower(s), c.lower, "lower {:?}", s);
            assert_eq!(casefold(s), c.casefold, "casefold {:?}", s);
            assert_eq!(capitalize(s), c.capitalize, "capitalize {:?}", s);
            assert_eq!(title(s), c.title, "title {:?}", s);
            assert_eq!(swapcase(s), c.swapcase, "swapcase {:?}", s);
            assert_eq!(preds(s), c.preds, "predicates {:?}", s);
            assert_eq!(repr(s), c.repr, "repr {:?}", s);
            assert_eq!(ascii_repr(s), c.ascii, "ascii {:?}", s);
            assert_eq!(char_len(s), c.len, "len {:?}", s);
            // char_at agrees with iteration; out of range is None.
            for (i, ch) in s.chars().enumerate() {
                assert_eq!(char_at(s, i), Some(ch));
            }
            assert_eq!(char_at(s, c.len), None);
            assert_eq!(char_slice(s, 0, usize::MAX), s);
        }
    }

    #[test]
    fn whitespace_split_and_lines_cases() {
        for &(s, m, sp, rsp) in WS_SPLIT_CASES {
            assert_eq!(split(s, None, m), Ok(sp.to_vec()), "split {:?} {}", s, m);
            assert_eq!(rsplit(s, None, m), Ok(rsp.to_vec()), "rsplit {:?} {}", s, m);
        }
        for &(s, lines, keep) in LINES_CASES {
            assert_eq!(splitlines(s, false), owned(lines), "splitlines {:?}", s);
            assert_eq!(splitlines(s, true), owned(keep), "splitlines keepends {:?}", s);
        }
    }

    #[test]
    fn find_family_cases() {
        for &(s, t, st, en, f, rf, cnt, sw, ew) in FIND_CASES {
            assert_eq!(find(s, t, st, en), f, "find {:?} {:?} {:?} {:?}", s, t, st, en);
            assert_eq!(rfind(s, t, st, en), rf, "rfind {:?} {:?} {:?} {:?}", s, t, st, en);
            assert_eq!(count(s, t, st, en), cnt, "count {:?} {:?} {:?} {:?}", s, t, st, en);
            assert_eq!(startswith(s, t, st, en), sw, "startswith {:?} {:?} {:?} {:?}", s, t, st, en);
            assert_eq!(endswith(s, t, st, en), ew, "endswith {:?} {:?} {:?} {:?}", s, t, st, en);
        }
    }

    #[test]
    fn ascii_whitespace_agrees_with_python_whitespace() {
        for b in 0u8..128 {
            assert_eq!(is_ascii_python_whitespace(b), is_python_whitespace(b as char), "byte {:#x}", b);
        }
    }

    #[test]
    fn split_cases() {
        let err = Err(StrOpError::Value("empty separator".to_string()));
        for &(s, sep, m, sp, rsp) in SPLIT_CASES {
            let want = sp.map(|v| v.to_vec()).ok_or(());
            assert_eq!(split(s, sep, m).map_err(|e| assert_eq!(Err::<(), _>(e), err)), want, "split {:?} {:?} {}", s, sep, m);
            let want = rsp.map(|v| v.to_vec()).ok_or(());
            assert_eq!(rsplit(s, sep, m).map_err(|e| assert_eq!(Err::<(), _>(e), err)), want, "rsplit {:?} {:?} {}", s, sep, m);
        }
    }

    #[test]
    fn partition_cases() {
        let conv = |r: Result<(String, String, String), StrOpError>| match r {
            Ok((a, b, c)) => Some((a, b, c)),
            Err(e) => {
                assert_eq!(e, StrOpError::Value("empty separator".to_string()));
                None
            }
        };
        let own = |t: Option<(&str, &str, &str)>| t.map(|(a, b, c)| (a.to_string(), b.to_string(), c.to_string()));
        for &(s, sep, p, rp) in PARTITION_CASES {
            assert_eq!(conv(partition(s, sep)), own(p), "partition {:?} {:?}", s, sep);
            assert_eq!(conv(rpartition(s, sep)), own(rp), "rpartition {:?} {:?}", s, sep);
        }
    }

    #[test]
    fn replace_cases() {
        for &(s, old, new, cnt, want) in REPLACE_CASES {
            assert_eq!(replace(s, old, new, cnt), want, "replace {:?} {:?} {:?} {}", s, old, new, cnt);
        }
        assert_eq!(replace("abc", "", "-", i64::MAX), "-a-b-c-");
        assert_eq!(replace("abc", "b", "-", i64::MIN), "a-c");
    }

    #[test]
    fn slice_cases() {
        for &(s, a, b, c, want) in SLICE_CASES {
            assert_eq!(slice_step(s, a, b, c), want, "slice {:?} {} {} {}", s, a, b, c);
        }
        for &(s, a, b, want) in CHAR_SLICE_CASES {
            assert_eq!(char_slice(s, a, b), want, "char_slice {:?} {} {}", s, a, b);
        }
    }

    #[test]
    fn pad_cases() {
        for &(s, w, fill, c, l, r, z) in PAD_CASES {
            assert_eq!(center(s, w, fill), c, "center {:?} {} {:?}", s, w, fill);
            assert_eq!(ljust(s, w, fill), l, "ljust {:?} {} {:?}", s, w, fill);
            assert_eq!(rjust(s, w, fill), r, "rjust {:?} {} {:?}", s, w, fill);
            assert_eq!(zfill(s, w), z, "zfill {:?} {}", s, w);
        }
        assert_eq!(center("abc", i64::MIN, '*'), "abc");
        assert_eq!(zfill("abc", i64::MIN), "abc");
    }

    #[test]
    fn strip_cases() {
        for &(s, chars, st, l, r) in STRIP_CASES {
            assert_eq!(strip(s, chars), st, "strip {:?} {:?}", s, chars);
            assert_eq!(lstrip(s, chars), l, "lstrip {:?} {:?}", s, chars);
            assert_eq!(rstrip(s, chars), r, "rstrip {:?} {:?}", s, chars);
        }
    }

    #[test]
    fn expandtabs_cases() {
        for &(s, ts, want) in EXPAND_CASES {
            assert_eq!(expandtabs(s, ts), want, "expandtabs {:?} {}", s, ts);
        }
        assert_eq!(expandtabs("a\tb", i64::MIN), "ab");
    }

    #[test]
    fn adjust_indices_cases() {
        assert_eq!(adjust_indices(5, None, None), (0, 5));
        assert_eq!(adjust_indices(5, Some(-2), Some(-1)), (3, 4));
        assert_eq!(adjust_indices(5, Some(-100), Some(100)), (0, 5));
        assert_eq!(adjust_indices(5, Some(7), Some(-100)), (7, 0));
        assert_eq!(adjust_indices(0, Some(i64::MIN), Some(i64::MAX)), (0, 0));
        assert_eq!(adjust_indices(3, Some(i64::MAX), Some(i64::MIN)), (i64::MAX as usize, 0));
    }

    #[test]
    fn extreme_indices_do_not_panic() {
        let strs = ["", "abc", "héllo😀", "😀"];
        let vals = [None, Some(i64::MIN), Some(i64::MIN + 1), Some(-1), Some(0), Some(1), Some(i64::MAX)];
        for s in strs {
            for &a in &vals {
                for &b in &vals {
                    let _ = find(s, "l", a, b);
                    let _ = rfind(s, "", a, b);
                    let _ = count(s, "", a, b);
                    let _ = count(s, "😀", a, b);
                    let _ = startswith(s, "", a, b);
                    let _ = endswith(s, "o😀", a, b);
                }
            }
            let ext = [i64::MIN, i64::MIN + 1, -2, -1, 0, 1, 2, i64::MAX - 1, i64::MAX];
            for &a in &ext {
                for &b in &ext {
                    for &c in &ext {
                        let _ = slice_step(s, a, b, c);
                    }
                }
                let _ = split(s, Some("l"), a);
                let _ = rsplit(s, None, a);
                let _ = replace(s, "", "x", a);
                let _ = expandtabs(s, a);
            }
            let _ = char_slice(s, usize::MAX, 0);
            let _ = char_slice(s, 1, usize::MAX);
            let _ = char_at(s, usize::MAX);
        }
        assert_eq!(slice_step("abc", i64::MAX, i64::MIN, i64::MIN), "c");
        assert_eq!(slice_step("abc", i64::MIN, i64::MAX, i64::MAX), "a");
        assert_eq!(slice_step("héllo", -5, 100, 2), "hlo");
        assert_eq!(slice_step("abc", 0, 3, 0), "");
    }

    #[test]
    fn whitespace_matches_python() {
        let ws: Vec<u32> = (0..0x110000u32).filter_map(char::from_u32).filter(|&c| is_python_whitespace(c)).map(|c| c as u32).collect();
        // python3: [hex(c) for c in range(0x110000) if chr(c).isspace()]
        let want = [
            0x9, 0xa, 0xb, 0xc, 0xd, 0x1c, 0x1d, 0x1e, 0x1f, 0x20, 0x85, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008,
            0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000,
        ];
        assert_eq!(ws, want);
    }

    #[test]
    fn hash_is_consistent() {
        let strs = ["", "a", "b", "ab", "ba", "héllo", "😀"];
        for s in strs {
            let copy: String = s.chars().collect();
            assert_eq!(hash_str_fnv(s), hash_str_fnv(&copy));
            assert_ne!(hash_str_fnv(s), -1);
        }
        let mut hs: Vec<i64> = strs.iter().map(|s| hash_str_fnv(s)).collect();
        hs.sort();
        hs.dedup();
        assert_eq!(hs.len(), strs.len());
    }

    /// Every code point: case mappings, predicates, final-sigma context and cased-ness are
    /// digested (FNV-1a) and compared with the same digest computed by python3.11 with the
    /// script below. Catches drift if the toolchain's Unicode tables change.
    /// ```python
    /// def digest():
    ///     h = 0xcbf29ce484222325
    ///     M = (1 << 64) - 1
    ///     for cp in range(0x110000):
    ///         if 0xD800 <= cp <= 0xDFFF: continue
    ///         c = chr(cp)
    ///         bits = 0
    ///         for i, v in enumerate([c.isalpha(), c.isdecimal(), c.isdigit(), c.isnumeric(), c.isprintable(),
    ///                                c.isidentifier(), c.isupper(), c.islower(), c.istitle(), c.isspace(),
    ///                                ('A' + c + '\u03a3').lower()[-1] == '\u03c2', (c + 'a').title()[-1] == 'a']):
    ///             if v: bits |= 1 << i
    ///         data = (c.upper() + '\x00' + c.lower() + '\x00' + c.casefold() + '\x00' + c.title() + '\x00').encode() + bits.to_bytes(2, 'little')
    ///         for b in data:
    ///             h = ((h ^ b) * 0x100000001b3) & M
    ///     return h
    /// print('0x%016X' % digest())
    ///
    /// ```
    #[test]
    fn unicode_digest_matches_python() {
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        let mut buf = String::new();
        for c in (0..0x110000u32).filter_map(char::from_u32) {
            let s = c.to_string();
            let mut a = String::from("A");
            a.push(c);
            a.push('\u{3a3}');
            let mut ca = s.clone();
            ca.push('a');
            let bits = [
                is_alpha(&s),
                is_decimal(&s),
                is_digit(&s),
                is_numeric(&s),
                is_printable(&s),
                is_identifier(&s),
                is_upper(&s),
                is_lower(&s),
                is_title(&s),
                is_space(&s),
                lower(&a).ends_with('\u{3c2}'),
                title(&ca).ends_with('a'),
            ]
            .iter()
            .enumerate()
            .fold(0u16, |acc, (i, &v)| acc | ((v as u16) << i));
            buf.clear();
            for part in [upper(&s), lower(&s), casefold(&s), title(&s)] {
                buf.push_str(&part);
                buf.push('\0');
            }
            for &b in buf.as_bytes().iter().chain(bits.to_le_bytes().iter()) {
                h = (h ^ b as u64).wrapping_mul(0x0000_0100_0000_01b3);
            }
        }
        assert_eq!(h, UNICODE_DIGEST);
    }

    #[test]
    fn tables_are_sorted() {
        assert!(PROPS.windows(2).all(|w| (w[0] >> 10) < (w[1] >> 10)));
        assert_eq!(PROPS.first().map(|e| e >> 10), Some(0));
        assert!(CASE_OVERRIDES.windows(2).all(|w| w[0].0 < w[1].0));
        assert!(TITLE_MAP.windows(2).all(|w| w[0].0 < w[1].0));
        assert!(FOLD_MAP.windows(2).all(|w| w[0].0 < w[1].0));
    }

    /// python3 gen/digest.py
    const UNICODE_DIGEST: u64 = 0x3C4158E57DF72552;
    // Generated by gen_tests.py from python3 3.11.7 -- do not edit by hand.
    /// Predicate order: isdigit isdecimal isnumeric isalpha isalnum isspace isupper islower istitle isidentifier isprintable isascii
    #[rustfmt::skip]
    const STR_CASES: &[S] = &[
        S { s: "", upper: "", lower: "", casefold: "", capitalize: "", title: "", swapcase: "", preds: "000000000011", repr: "''", ascii: "''", len: 0 },
        S { s: "a", upper: "A", lower: "a", casefold: "a", capitalize: "A", title: "A", swapcase: "A", preds: "000110010111", repr: "'a'", ascii: "'a'", len: 1 },
        S { s: "A", upper: "A", lower: "a", casefold: "a", capitalize: "A", title: "A", swapcase: "a", preds: "000110101111", repr: "'A'", ascii: "'A'", len: 1 },
        S { s: "abc", upper: "ABC", lower: "abc", casefold: "abc", capitalize: "Abc", title: "Abc", swapcase: "ABC", preds: "000110010111", repr: "'abc'", ascii: "'abc'", len: 3 },
        S { s: "Hello World", upper: "HELLO WORLD", lower: "hello world", casefold: "hello world", capitalize: "Hello world", title: "Hello World", swapcase: "hELLO wORLD", preds: "000000001011", repr: "'Hello World'", ascii: "'Hello World'", len: 11 },
        S { s: "  hello  world  ", upper: "  HELLO  WORLD  ", lower: "  hello  world  ", casefold: "  hello  world  ", capitalize: "  hello  world  ", title: "  Hello  World  ", swapcase: "  HELLO  WORLD  ", preds: "000000010011", repr: "'  hello  world  '", ascii: "'  hello  world  '", len: 16 },
        S { s: "hello_world", upper: "HELLO_WORLD", lower: "hello_world", casefold: "hello_world", capitalize: "Hello_world", title: "Hello_World", swapcase: "HELLO_WORLD", preds: "000000010111", repr: "'hello_world'", ascii: "'hello_world'", len: 11 },
        S { s: "héllo", upper: "HÉLLO", lower: "héllo", casefold: "héllo", capitalize: "Héllo", title: "Héllo", swapcase: "HÉLLO", preds: "000110010110", repr: "'héllo'", ascii: "'h\\xe9llo'", len: 5 },
        S { s: "HÉLLO", upper: "HÉLLO", lower: "héllo", casefold: "héllo", capitalize: "Héllo", title: "Héllo", swapcase: "héllo", preds: "000110100110", repr: "'HÉLLO'", ascii: "'H\\xc9LLO'", len: 5 },
        S { s: "ß", upper: "SS", lower: "ß", casefold: "ss", capitalize: "Ss", title: "Ss", swapcase: "SS", preds: "000110010110", repr: "'ß'", ascii: "'\\xdf'", len: 1 },
        S { s: "Straße", upper: "STRASSE", lower: "straße", casefold: "strasse", capitalize: "Straße", title: "Straße", swapcase: "sTRASSE", preds: "000110001110", repr: "'Straße'", ascii: "'Stra\\xdfe'", len: 6 },
        S { s: "ǅ", upper: "Ǆ", lower: "ǆ", casefold: "ǆ", capitalize: "ǅ", title: "ǅ", swapcase: "ǅ", preds: "000110001110", repr: "'ǅ'", ascii: "'\\u01c5'", len: 1 },
        S { s: "ǆemal ǈuba", upper: "ǄEMAL ǇUBA", lower: "ǆemal ǉuba", casefold: "ǆemal ǉuba", capitalize: "ǅemal ǉuba", title: "ǅemal ǈuba", swapcase: "ǄEMAL ǈUBA", preds: "000000000010", repr: "'ǆemal ǈuba'", ascii: "'\\u01c6emal \\u01c8uba'", len: 10 },
        S { s: "ǅungla", upper: "ǄUNGLA", lower: "ǆungla", casefold: "ǆungla", capitalize: "ǅungla", title: "ǅungla", swapcase: "ǅUNGLA", preds: "000110001110", repr: "'ǅungla'", ascii: "'\\u01c5ungla'", len: 6 },
        S { s: "İstanbul", upper: "İSTANBUL", lower: "i\u{307}stanbul", casefold: "i\u{307}stanbul", capitalize: "İstanbul", title: "İstanbul", swapcase: "i\u{307}STANBUL", preds: "000110001110", repr: "'İstanbul'", ascii: "'\\u0130stanbul'", len: 8 },
        S { s: "ı", upper: "I", lower: "ı", casefold: "ı", capitalize: "I", title: "I", swapcase: "I", preds: "000110010110", repr: "'ı'", ascii: "'\\u0131'", len: 1 },
        S { s: "😀", upper: "😀", lower: "😀", casefold: "😀", capitalize: "😀", title: "😀", swapcase: "😀", preds: "000000000010", repr: "'😀'", ascii: "'\\U0001f600'", len: 1 },
        S { s: "a😀b", upper: "A😀B", lower: "a😀b", casefold: "a😀b", capitalize: "A😀b", title: "A😀B", swapcase: "A😀B", preds: "000000010010", repr: "'a😀b'", ascii: "'a\\U0001f600b'", len: 3 },
        S { s: "😀x ", upper: "😀X ", lower: "😀x ", casefold: "😀x ", capitalize: "😀x ", title: "😀X ", swapcase: "😀X ", preds: "000000010010", repr: "'😀x '", ascii: "'\\U0001f600x '", len: 3 },
        S { s: "\u{2028}", upper: "\u{2028}", lower: "\u{2028}", casefold: "\u{2028}", capitalize: "\u{2028}", title: "\u{2028}", swapcase: "\u{2028}", preds: "000001000000", repr: "'\\u2028'", ascii: "'\\u2028'", len: 1 },
        S { s: "a\u{2029}b", upper: "A\u{2029}B", lower: "a\u{2029}b", casefold: "a\u{2029}b", capitalize: "A\u{2029}b", title: "A\u{2029}B", swapcase: "A\u{2029}B", preds: "000000010000", repr: "'a\\u2029b'", ascii: "'a\\u2029b'", len: 3 },
        S { s: "ΣΑΣ", upper: "ΣΑΣ", lower: "σας", casefold: "σασ", capitalize: "Σας", title: "Σας", swapcase: "σας", preds: "000110100110", repr: "'ΣΑΣ'", ascii: "'\\u03a3\\u0391\\u03a3'", len: 3 },
        S { s: "ὈΔΥΣΣΕΎΣ", upper: "ὈΔΥΣΣΕΎΣ", lower: "ὀδυσσεύς", casefold: "ὀδυσσεύσ", capitalize: "Ὀδυσσεύς", title: "Ὀδυσσεύς", swapcase: "ὀδυσσεύς", preds: "000110100110", repr: "'ὈΔΥΣΣΕΎΣ'", ascii: "'\\u1f48\\u0394\\u03a5\\u03a3\\u03a3\\u0395\\u038e\\u03a3'", len: 8 },
        S { s: "ὀδυσσεύς", upper: "ὈΔΥΣΣΕΎΣ", lower: "ὀδυσσεύς", casefold: "ὀδυσσεύσ", capitalize: "Ὀδυσσεύς", title: "Ὀδυσσεύς", swapcase: "ὈΔΥΣΣΕΎΣ", preds: "000110010110", repr: "'ὀδυσσεύς'", ascii: "'\\u1f40\\u03b4\\u03c5\\u03c3\\u03c3\\u03b5\\u03cd\\u03c2'", len: 8 },
        S { s: "ΌΣΟΣ ΣΟΦΌΣ", upper: "ΌΣΟΣ ΣΟΦΌΣ", lower: "όσος σοφός", casefold: "όσοσ σοφόσ", capitalize: "Όσος σοφός", title: "Όσος Σοφός", swapcase: "όσος σοφός", preds: "000000100010", repr: "'ΌΣΟΣ ΣΟΦΌΣ'", ascii: "'\\u038c\\u03a3\\u039f\\u03a3 \\u03a3\\u039f\\u03a6\\u038c\\u03a3'", len: 10 },
        S { s: "Σ", upper: "Σ", lower: "σ", casefold: "σ", capitalize: "Σ", title: "Σ", swapcase: "σ", preds: "000110101110", repr: "'Σ'", ascii: "'\\u03a3'", len: 1 },
        S { s: "aΣ", upper: "AΣ", lower: "aς", casefold: "aσ", capitalize: "Aς", title: "Aς", swapcase: "Aς", preds: "000110000110", repr: "'aΣ'", ascii: "'a\\u03a3'", len: 2 },
        S { s: "aΣb", upper: "AΣB", lower: "aσb", casefold: "aσb", capitalize: "Aσb", title: "Aσb", swapcase: "AσB", preds: "000110000110", repr: "'aΣb'", ascii: "'a\\u03a3b'", len: 3 },
        S { s: "AΣ.", upper: "AΣ.", lower: "aς.", casefold: "aσ.", capitalize: "Aς.", title: "Aς.", swapcase: "aς.", preds: "000000100010", repr: "'AΣ.'", ascii: "'A\\u03a3.'", len: 3 },
        S { s: "A'Σ", upper: "A'Σ", lower: "a'ς", casefold: "a'σ", capitalize: "A'ς", title: "A'Σ", swapcase: "a'ς", preds: "000000101010", repr: "\"A'Σ\"", ascii: "\"A'\\u03a3\"", len: 3 },
        S { s: "AΣ'", upper: "AΣ'", lower: "aς'", casefold: "aσ'", capitalize: "Aς'", title: "Aς'", swapcase: "aς'", preds: "000000100010", repr: "\"AΣ'\"", ascii: "\"A\\u03a3'\"", len: 3 },
        S { s: "ΑΣ'Α", upper: "ΑΣ'Α", lower: "ασ'α", casefold: "ασ'α", capitalize: "Ασ'α", title: "Ασ'Α", swapcase: "ασ'α", preds: "000000100010", repr: "\"ΑΣ'Α\"", ascii: "\"\\u0391\\u03a3'\\u0391\"", len: 4 },
        S { s: "\u{2B0}Σ", upper: "\u{2B0}Σ", lower: "\u{2B0}σ", casefold: "\u{2B0}σ", capitalize: "\u{2B0}σ", title: "\u{2B0}σ", swapcase: "\u{2B0}σ", preds: "000110000110", repr: "'\u{2B0}Σ'", ascii: "'\\u02b0\\u03a3'", len: 2 },
        S { s: "ﬁre ﬂy", upper: "FIRE FLY", lower: "ﬁre ﬂy", casefold: "fire fly", capitalize: "Fire ﬂy", title: "Fire Fly", swapcase: "FIRE FLY", preds: "000000010010", repr: "'ﬁre ﬂy'", ascii: "'\\ufb01re \\ufb02y'", len: 6 },
        S { s: "ŉ", upper: "\u{2BC}N", lower: "ŉ", casefold: "\u{2BC}n", capitalize: "\u{2BC}N", title: "\u{2BC}N", swapcase: "\u{2BC}N", preds: "000110010110", repr: "'ŉ'", ascii: "'\\u0149'", len: 1 },
        S { s: "ǰ", upper: "J\u{30C}", lower: "ǰ", casefold: "j\u{30C}", capitalize: "J\u{30C}", title: "J\u{30C}", swapcase: "J\u{30C}", preds: "000110010110", repr: "'ǰ'", ascii: "'\\u01f0'", len: 1 },
        S { s: "ᾳ", upper: "ΑΙ", lower: "ᾳ", casefold: "αι", capitalize: "ᾼ", title: "ᾼ", swapcase: "ΑΙ", preds: "000110010110", repr: "'ᾳ'", ascii: "'\\u1fb3'", len: 1 },
        S { s: "ᾼ", upper: "ΑΙ", lower: "ᾳ", casefold: "αι", capitalize: "ᾼ", title: "ᾼ", swapcase: "ᾼ", preds: "000110001110", repr: "'ᾼ'", ascii: "'\\u1fbc'", len: 1 },
        S { s: "ΐ", upper: "Ι\u{308}\u{301}", lower: "ΐ", casefold: "ι\u{308}\u{301}", capitalize: "Ι\u{308}\u{301}", title: "Ι\u{308}\u{301}", swapcase: "Ι\u{308}\u{301}", preds: "000110010110", repr: "'ΐ'", ascii: "'\\u0390'", len: 1 },
        S { s: "tab\there", upper: "TAB\tHERE", lower: "tab\there", casefold: "tab\there", capitalize: "Tab\there", title: "Tab\tHere", swapcase: "TAB\tHERE", preds: "000000010001", repr: "'tab\\there'", ascii: "'tab\\there'", len: 8 },
        S { s: "\tx\ty\n\tz\r\t", upper: "\tX\tY\n\tZ\r\t", lower: "\tx\ty\n\tz\r\t", casefold: "\tx\ty\n\tz\r\t", capitalize: "\tx\ty\n\tz\r\t", title: "\tX\tY\n\tZ\r\t", swapcase: "\tX\tY\n\tZ\r\t", preds: "000000010001", repr: "'\\tx\\ty\\n\\tz\\r\\t'", ascii: "'\\tx\\ty\\n\\tz\\r\\t'", len: 9 },
        S { s: "line1\nline2\r\nline3\r", upper: "LINE1\nLINE2\r\nLINE3\r", lower: "line1\nline2\r\nline3\r", casefold: "line1\nline2\r\nline3\r", capitalize: "Line1\nline2\r\nline3\r", title: "Line1\nLine2\r\nLine3\r", swapcase: "LINE1\nLINE2\r\nLINE3\r", preds: "000000010001", repr: "'line1\\nline2\\r\\nline3\\r'", ascii: "'line1\\nline2\\r\\nline3\\r'", len: 19 },
        S { s: "a\u{B}b\u{C}c\u{1C}d\u{1D}e\u{1E}f\u{85}g", upper: "A\u{B}B\u{C}C\u{1C}D\u{1D}E\u{1E}F\u{85}G", lower: "a\u{B}b\u{C}c\u{1C}d\u{1D}e\u{1E}f\u{85}g", casefold: "a\u{B}b\u{C}c\u{1C}d\u{1D}e\u{1E}f\u{85}g", capitalize: "A\u{B}b\u{C}c\u{1C}d\u{1D}e\u{1E}f\u{85}g", title: "A\u{B}B\u{C}C\u{1C}D\u{1D}E\u{1E}F\u{85}G", swapcase: "A\u{B}B\u{C}C\u{1C}D\u{1D}E\u{1E}F\u{85}G", preds: "000000010000", repr: "'a\\x0bb\\x0cc\\x1cd\\x1de\\x1ef\\x85g'", ascii: "'a\\x0bb\\x0cc\\x1cd\\x1de\\x1ef\\x85g'", len: 13 },
        S { s: "\r\n\r\n", upper: "\r\n\r\n", lower: "\r\n\r\n", casefold: "\r\n\r\n", capitalize: "\r\n\r\n", title: "\r\n\r\n", swapcase: "\r\n\r\n", preds: "000001000001", repr: "'\\r\\n\\r\\n'", ascii: "'\\r\\n\\r\\n'", len: 4 },
        S { s: "\n", upper: "\n", lower: "\n", casefold: "\n", capitalize: "\n", title: "\n", swapcase: "\n", preds: "000001000001", repr: "'\\n'", ascii: "'\\n'", len: 1 },
        S { s: "\u{0}\u{1F}\u{7F}\u{80}\u{9F}\u{A0}\u{AD}", upper: "\u{0}\u{1F}\u{7F}\u{80}\u{9F}\u{A0}\u{AD}", lower: "\u{0}\u{1F}\u{7F}\u{80}\u{9F}\u{A0}\u{AD}", casefold: "\u{0}\u{1F}\u{7F}\u{80}\u{9F}\u{A0}\u{AD}", capitalize: "\u{0}\u{1F}\u{7F}\u{80}\u{9F}\u{A0}\u{AD}", title: "\u{0}\u{1F}\u{7F}\u{80}\u{9F}\u{A0}\u{AD}", swapcase: "\u{0}\u{1F}\u{7F}\u{80}\u{9F}\u{A0}\u{AD}", preds: "000000000000", repr: "'\\x00\\x1f\\x7f\\x80\\x9f\\xa0\\xad'", ascii: "'\\x00\\x1f\\x7f\\x80\\x9f\\xa0\\xad'", len: 7 },
        S { s: "ÿĀ\u{FFFF}", upper: "ŸĀ\u{FFFF}", lower: "ÿā\u{FFFF}", casefold: "ÿā\u{FFFF}", capitalize: "Ÿā\u{FFFF}", title: "Ÿā\u{FFFF}", swapcase: "Ÿā\u{FFFF}", preds: "000000000000", repr: "'ÿĀ\\uffff'", ascii: "'\\xff\\u0100\\uffff'", len: 3 },
        S { s: "\u{10FFFF}\u{E0001}\u{E000}", upper: "\u{10FFFF}\u{E0001}\u{E000}", lower: "\u{10FFFF}\u{E0001}\u{E000}", casefold: "\u{10FFFF}\u{E0001}\u{E000}", capitalize: "\u{10FFFF}\u{E0001}\u{E000}", title: "\u{10FFFF}\u{E0001}\u{E000}", swapcase: "\u{10FFFF}\u{E0001}\u{E000}", preds: "000000000000", repr: "'\\U0010ffff\\U000e0001\\ue000'", ascii: "'\\U0010ffff\\U000e0001\\ue000'", len: 3 },
        S { s: "\u{378}", upper: "\u{378}", lower: "\u{378}", casefold: "\u{378}", capitalize: "\u{378}", title: "\u{378}", swapcase: "\u{378}", preds: "000000000000", repr: "'\\u0378'", ascii: "'\\u0378'", len: 1 },
        S { s: "aaa", upper: "AAA", lower: "aaa", casefold: "aaa", capitalize: "Aaa", title: "Aaa", swapcase: "AAA", preds: "000110010111", repr: "'aaa'", ascii: "'aaa'", len: 3 },
        S { s: "ababab", upper: "ABABAB", lower: "ababab", casefold: "ababab", capitalize: "Ababab", title: "Ababab", swapcase: "ABABAB", preds: "000110010111", repr: "'ababab'", ascii: "'ababab'", len: 6 },
        S { s: "١٢٣", upper: "١٢٣", lower: "١٢٣", casefold: "١٢٣", capitalize: "١٢٣", title: "١٢٣", swapcase: "١٢٣", preds: "111010000010", repr: "'١٢٣'", ascii: "'\\u0661\\u0662\\u0663'", len: 3 },
        S { s: "²³", upper: "²³", lower: "²³", casefold: "²³", capitalize: "²³", title: "²³", swapcase: "²³", preds: "101010000010", repr: "'²³'", ascii: "'\\xb2\\xb3'", len: 2 },
        S { s: "½", upper: "½", lower: "½", casefold: "½", capitalize: "½", title: "½", swapcase: "½", preds: "001010000010", repr: "'½'", ascii: "'\\xbd'", len: 1 },
        S { s: "一二三", upper: "一二三", lower: "一二三", casefold: "一二三", capitalize: "一二三", title: "一二三", swapcase: "一二三", preds: "001110000110", repr: "'一二三'", ascii: "'\\u4e00\\u4e8c\\u4e09'", len: 3 },
        S { s: "Ⅻ", upper: "Ⅻ", lower: "ⅻ", casefold: "ⅻ", capitalize: "Ⅻ", title: "Ⅻ", swapcase: "ⅻ", preds: "001010101110", repr: "'Ⅻ'", ascii: "'\\u216b'", len: 1 },
        S { s: "x²", upper: "X²", lower: "x²", casefold: "x²", capitalize: "X²", title: "X²", swapcase: "X²", preds: "000010010010", repr: "'x²'", ascii: "'x\\xb2'", len: 2 },
        S { s: "_id", upper: "_ID", lower: "_id", casefold: "_id", capitalize: "_id", title: "_Id", swapcase: "_ID", preds: "000000010111", repr: "'_id'", ascii: "'_id'", len: 3 },
        S { s: "1abc", upper: "1ABC", lower: "1abc", casefold: "1abc", capitalize: "1abc", title: "1Abc", swapcase: "1ABC", preds: "000010010011", repr: "'1abc'", ascii: "'1abc'", len: 4 },
        S { s: "abc1", upper: "ABC1", lower: "abc1", casefold: "abc1", capitalize: "Abc1", title: "Abc1", swapcase: "ABC1", preds: "000010010111", repr: "'abc1'", ascii: "'abc1'", len: 4 },
        S { s: "ab cd", upper: "AB CD", lower: "ab cd", casefold: "ab cd", capitalize: "Ab cd", title: "Ab Cd", swapcase: "AB CD", preds: "000000010011", repr: "'ab cd'", ascii: "'ab cd'", len: 5 },
        S { s: "idént", upper: "IDÉNT", lower: "idént", casefold: "idént", capitalize: "Idént", title: "Idént", swapcase: "IDÉNT", preds: "000110010110", repr: "'idént'", ascii: "'id\\xe9nt'", len: 5 },
        S { s: "℘x", upper: "℘X", lower: "℘x", casefold: "℘x", capitalize: "℘x", title: "℘X", swapcase: "℘X", preds: "000000010110", repr: "'℘x'", ascii: "'\\u2118x'", len: 2 },
        S { s: "x·y", upper: "X·Y", lower: "x·y", casefold: "x·y", capitalize: "X·y", title: "X·Y", swapcase: "X·Y", preds: "000000010110", repr: "'x·y'", ascii: "'x\\xb7y'", len: 3 },
        S { s: "a-b", upper: "A-B", lower: "a-b", casefold: "a-b", capitalize: "A-b", title: "A-B", swapcase: "A-B", preds: "000000010011", repr: "'a-b'", ascii: "'a-b'", len: 3 },
        S { s: "they're bill's friends", upper: "THEY'RE BILL'S FRIENDS", lower: "they're bill's friends", casefold: "they're bill's friends", capitalize: "They're bill's friends", title: "They'Re Bill'S Friends", swapcase: "THEY'RE BILL'S FRIENDS", preds: "000000010011", repr: "\"they're bill's friends\"", ascii: "\"they're bill's friends\"", len: 22 },
        S { s: "MiXeD CaSe 123", upper: "MIXED CASE 123", lower: "mixed case 123", casefold: "mixed case 123", capitalize: "Mixed case 123", title: "Mixed Case 123", swapcase: "mIxEd cAsE 123", preds: "000000000011", repr: "'MiXeD CaSe 123'", ascii: "'MiXeD CaSe 123'", len: 14 },
        S { s: "ALLCAPS", upper: "ALLCAPS", lower: "allcaps", casefold: "allcaps", capitalize: "Allcaps", title: "Allcaps", swapcase: "allcaps", preds: "000110100111", repr: "'ALLCAPS'", ascii: "'ALLCAPS'", len: 7 },
        S { s: "Title Case Words", upper: "TITLE CASE WORDS", lower: "title case words", casefold: "title case words", capitalize: "Title case words", title: "Title Case Words", swapcase: "tITLE cASE wORDS", preds: "000000001011", repr: "'Title Case Words'", ascii: "'Title Case Words'", len: 16 },
        S { s: "Title case", upper: "TITLE CASE", lower: "title case", casefold: "title case", capitalize: "Title case", title: "Title Case", swapcase: "tITLE CASE", preds: "000000000011", repr: "'Title case'", ascii: "'Title case'", len: 10 },
        S { s: "ǅa Ǆ", upper: "ǄA Ǆ", lower: "ǆa ǆ", casefold: "ǆa ǆ", capitalize: "ǅa ǆ", title: "ǅa ǅ", swapcase: "ǅA ǆ", preds: "000000001010", repr: "'ǅa Ǆ'", ascii: "'\\u01c5a \\u01c4'", len: 4 },
        S { s: "123", upper: "123", lower: "123", casefold: "123", capitalize: "123", title: "123", swapcase: "123", preds: "111010000011", repr: "'123'", ascii: "'123'", len: 3 },
        S { s: "  ", upper: "  ", lower: "  ", casefold: "  ", capitalize: "  ", title: "  ", swapcase: "  ", preds: "000001000011", repr: "'  '", ascii: "'  '", len: 2 },
        S { s: " \t\n\u{B}\u{C}\r\u{1C}\u{1D}\u{1E}\u{1F}\u{85}\u{A0}\u{1680}\u{2000}\u{200A}\u{2028}\u{2029}\u{202F}\u{205F}\u{3000}", upper: " \t\n\u{B}\u{C}\r\u{1C}\u{1D}\u{1E}\u{1F}\u{85}\u{A0}\u{1680}\u{2000}\u{200A}\u{2028}\u{2029}\u{202F}\u{205F}\u{3000}", lower: " \t\n\u{B}\u{C}\r\u{1C}\u{1D}\u{1E}\u{1F}\u{85}\u{A0}\u{1680}\u{2000}\u{200A}\u{2028}\u{2029}\u{202F}\u{205F}\u{3000}", casefold: " \t\n\u{B}\u{C}\r\u{1C}\u{1D}\u{1E}\u{1F}\u{85}\u{A0}\u{1680}\u{2000}\u{200A}\u{2028}\u{2029}\u{202F}\u{205F}\u{3000}", capitalize: " \t\n\u{B}\u{C}\r\u{1C}\u{1D}\u{1E}\u{1F}\u{85}\u{A0}\u{1680}\u{2000}\u{200A}\u{2028}\u{2029}\u{202F}\u{205F}\u{3000}", title: " \t\n\u{B}\u{C}\r\u{1C}\u{1D}\u{1E}\u{1F}\u{85}\u{A0}\u{1680}\u{2000}\u{200A}\u{2028}\u{2029}\u{202F}\u{205F}\u{3000}", swapcase: " \t\n\u{B}\u{C}\r\u{1C}\u{1D}\u{1E}\u{1F}\u{85}\u{A0}\u{1680}\u{2000}\u{200A}\u{2028}\u{2029}\u{202F}\u{205F}\u{3000}", preds: "000001000000", repr: "' \\t\\n\\x0b\\x0c\\r\\x1c\\x1d\\x1e\\x1f\\x85\\xa0\\u1680\\u2000\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000'", ascii: "' \\t\\n\\x0b\\x0c\\r\\x1c\\x1d\\x1e\\x1f\\x85\\xa0\\u1680\\u2000\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000'", len: 20 },
        S { s: "\u{200B}", upper: "\u{200B}", lower: "\u{200B}", casefold: "\u{200B}", capitalize: "\u{200B}", title: "\u{200B}", swapcase: "\u{200B}", preds: "000000000000", repr: "'\\u200b'", ascii: "'\\u200b'", len: 1 },
        S { s: "x\u{200B}y", upper: "X\u{200B}Y", lower: "x\u{200B}y", casefold: "x\u{200B}y", capitalize: "X\u{200B}y", title: "X\u{200B}Y", swapcase: "X\u{200B}Y", preds: "000000010000", repr: "'x\\u200by'", ascii: "'x\\u200by'", len: 3 },
        S { s: "e\u{301}", upper: "E\u{301}", lower: "e\u{301}", casefold: "e\u{301}", capitalize: "E\u{301}", title: "E\u{301}", swapcase: "E\u{301}", preds: "000000010110", repr: "'e\u{301}'", ascii: "'e\\u0301'", len: 2 },
        S { s: "\u{301}a", upper: "\u{301}A", lower: "\u{301}a", casefold: "\u{301}a", capitalize: "\u{301}a", title: "\u{301}A", swapcase: "\u{301}A", preds: "000000010010", repr: "'\u{301}a'", ascii: "'\\u0301a'", len: 2 },
        S { s: "It's", upper: "IT'S", lower: "it's", casefold: "it's", capitalize: "It's", title: "It'S", swapcase: "iT'S", preds: "000000000011", repr: "\"It's\"", ascii: "\"It's\"", len: 4 },
        S { s: "'\"", upper: "'\"", lower: "'\"", casefold: "'\"", capitalize: "'\"", title: "'\"", swapcase: "'\"", preds: "000000000011", repr: "'\\'\"'", ascii: "'\\'\"'", len: 2 },
        S { s: "'", upper: "'", lower: "'", casefold: "'", capitalize: "'", title: "'", swapcase: "'", preds: "000000000011", repr: "\"'\"", ascii: "\"'\"", len: 1 },
        S { s: "\"", upper: "\"", lower: "\"", casefold: "\"", capitalize: "\"", title: "\"", swapcase: "\"", preds: "000000000011", repr: "'\"'", ascii: "'\"'", len: 1 },
        S { s: "\\", upper: "\\", lower: "\\", casefold: "\\", capitalize: "\\", title: "\\", swapcase: "\\", preds: "000000000011", repr: "'\\\\'", ascii: "'\\\\'", len: 1 },
        S { s: "a'b", upper: "A'B", lower: "a'b", casefold: "a'b", capitalize: "A'b", title: "A'B", swapcase: "A'B", preds: "000000010011", repr: "\"a'b\"", ascii: "\"a'b\"", len: 3 },
        S { s: "\u{10FC}", upper: "\u{10FC}", lower: "\u{10FC}", casefold: "\u{10FC}", capitalize: "\u{10FC}", title: "\u{10FC}", swapcase: "\u{10FC}", preds: "000110000110", repr: "'\u{10FC}'", ascii: "'\\u10fc'", len: 1 },
        S { s: "\u{1C89}", upper: "\u{1C89}", lower: "\u{1C89}", casefold: "\u{1C89}", capitalize: "\u{1C89}", title: "\u{1C89}", swapcase: "\u{1C89}", preds: "000000000000", repr: "'\\u1c89'", ascii: "'\\u1c89'", len: 1 },
        S { s: "\u{A7CB}ꟓ", upper: "\u{A7CB}ꟓ", lower: "\u{A7CB}ꟓ", casefold: "\u{A7CB}ꟓ", capitalize: "\u{A7CB}ꟓ", title: "\u{A7CB}ꟓ", swapcase: "\u{A7CB}ꟓ", preds: "000000010000", repr: "'\\ua7cbꟓ'", ascii: "'\\ua7cb\\ua7d3'", len: 2 },
        S { s: "ꭰ", upper: "Ꭰ", lower: "ꭰ", casefold: "Ꭰ", capitalize: "Ꭰ", title: "Ꭰ", swapcase: "Ꭰ", preds: "000110010110", repr: "'ꭰ'", ascii: "'\\uab70'", len: 1 },
        S { s: "Ꭰ", upper: "Ꭰ", lower: "ꭰ", casefold: "Ꭰ", capitalize: "Ꭰ", title: "Ꭰ", swapcase: "ꭰ", preds: "000110101110", repr: "'Ꭰ'", ascii: "'\\u13a0'", len: 1 },
        S { s: "µ", upper: "Μ", lower: "µ", casefold: "μ", capitalize: "Μ", title: "Μ", swapcase: "Μ", preds: "000110010110", repr: "'µ'", ascii: "'\\xb5'", len: 1 },
        S { s: "ſ", upper: "S", lower: "ſ", casefold: "s", capitalize: "S", title: "S", swapcase: "S", preds: "000110010110", repr: "'ſ'", ascii: "'\\u017f'", len: 1 },
        S { s: "K", upper: "K", lower: "k", casefold: "k", capitalize: "K", title: "K", swapcase: "k", preds: "000110101111", repr: "'K'", ascii: "'K'", len: 1 },
        S { s: "Å", upper: "Å", lower: "å", casefold: "å", capitalize: "Å", title: "Å", swapcase: "å", preds: "000110101110", repr: "'Å'", ascii: "'\\xc5'", len: 1 },
        S { s: "ﬃ", upper: "FFI", lower: "ﬃ", casefold: "ffi", capitalize: "Ffi", title: "Ffi", swapcase: "FFI", preds: "000110010110", repr: "'ﬃ'", ascii: "'\\ufb03'", len: 1 },
        S { s: "ῼ", upper: "ΩΙ", lower: "ῳ", casefold: "ωι", capitalize: "ῼ", title: "ῼ", swapcase: "ῼ", preds: "000110001110", repr: "'ῼ'", ascii: "'\\u1ffc'", len: 1 },
        S { s: "ᾳx", upper: "ΑΙX", lower: "ᾳx", casefold: "αιx", capitalize: "ᾼx", title: "ᾼx", swapcase: "ΑΙX", preds: "000110010110", repr: "'ᾳx'", ascii: "'\\u1fb3x'", len: 2 },
        S { s: "\u{345}", upper: "Ι", lower: "\u{345}", casefold: "ι", capitalize: "Ι", title: "Ι", swapcase: "Ι", preds: "000000010010", repr: "'\u{345}'", ascii: "'\\u0345'", len: 1 },
        S { s: "Ⅷⅷ", upper: "ⅧⅧ", lower: "ⅷⅷ", casefold: "ⅷⅷ", capitalize: "Ⅷⅷ", title: "Ⅷⅷ", swapcase: "ⅷⅧ", preds: "001010001110", repr: "'Ⅷⅷ'", ascii: "'\\u2167\\u2177'", len: 2 },
        S { s: "ⓐⒶ", upper: "ⒶⒶ", lower: "ⓐⓐ", casefold: "ⓐⓐ", capitalize: "Ⓐⓐ", title: "Ⓐⓐ", swapcase: "Ⓐⓐ", preds: "000000000010", repr: "'ⓐⒶ'", ascii: "'\\u24d0\\u24b6'", len: 2 },
        S { s: "ǲ", upper: "Ǳ", lower: "ǳ", casefold: "ǳ", capitalize: "ǲ", title: "ǲ", swapcase: "ǲ", preds: "000110001110", repr: "'ǲ'", ascii: "'\\u01f2'", len: 1 },
    ];
    /// (s, maxsplit, s.split(None, maxsplit), s.rsplit(None, maxsplit))
    #[rustfmt::skip]
    const WS_SPLIT_CASES: &[(&str, i64, &[&str], &[&str])] = &[
        ("Hello World", -1, &["Hello", "World"], &["Hello", "World"]),
        ("Hello World", 0, &["Hello World"], &["Hello World"]),
        ("Hello World", 1, &["Hello", "World"], &["Hello", "World"]),
        ("Hello World", 2, &["Hello", "World"], &["Hello", "World"]),
        ("  hello  world  ", -1, &["hello", "world"], &["hello", "world"]),
        ("  hello  world  ", 0, &["hello  world  "], &["  hello  world"]),
        ("  hello  world  ", 1, &["hello", "world  "], &["  hello", "world"]),
        ("  hello  world  ", 2, &["hello", "world"], &["hello", "world"]),
        ("ǆemal ǈuba", -1, &["ǆemal", "ǈuba"], &["ǆemal", "ǈuba"]),
        ("ǆemal ǈuba", 0, &["ǆemal ǈuba"], &["ǆemal ǈuba"]),
        ("ǆemal ǈuba", 1, &["ǆemal", "ǈuba"], &["ǆemal", "ǈuba"]),
        ("ǆemal ǈuba", 2, &["ǆemal", "ǈuba"], &["ǆemal", "ǈuba"]),
        ("😀x ", -1, &["😀x"], &["😀x"]),
        ("😀x ", 0, &["😀x "], &["😀x"]),
        ("😀x ", 1, &["😀x"], &["😀x"]),
        ("😀x ", 2, &["😀x"], &["😀x"]),
        ("\u{2028}", -1, &[], &[]),
        ("\u{2028}", 0, &[], &[]),
        ("\u{2028}", 1, &[], &[]),
        ("\u{2028}", 2, &[], &[]),
        ("a\u{2029}b", -1, &["a", "b"], &["a", "b"]),
        ("a\u{2029}b", 0, &["a\u{2029}b"], &["a\u{2029}b"]),
        ("a\u{2029}b", 1, &["a", "b"], &["a", "b"]),
        ("a\u{2029}b", 2, &["a", "b"], &["a", "b"]),
        ("ΌΣΟΣ ΣΟΦΌΣ", -1, &["ΌΣΟΣ", "ΣΟΦΌΣ"], &["ΌΣΟΣ", "ΣΟΦΌΣ"]),
        ("ΌΣΟΣ ΣΟΦΌΣ", 0, &["ΌΣΟΣ ΣΟΦΌΣ"], &["ΌΣΟΣ ΣΟΦΌΣ"]),
        ("ΌΣΟΣ ΣΟΦΌΣ", 1, &["ΌΣΟΣ", "ΣΟΦΌΣ"], &["ΌΣΟΣ", "ΣΟΦΌΣ"]),
        ("ΌΣΟΣ ΣΟΦΌΣ", 2, &["ΌΣΟΣ", "ΣΟΦΌΣ"], &["ΌΣΟΣ", "ΣΟΦΌΣ"]),
        ("ﬁre ﬂy", -1, &["ﬁre", "ﬂy"], &["ﬁre", "ﬂy"]),
        ("ﬁre ﬂy", 0, &["ﬁre ﬂy"], &["ﬁre ﬂy"]),
        ("ﬁre ﬂy", 1, &["ﬁre", "ﬂy"], &["ﬁre", "ﬂy"]),
        ("ﬁre ﬂy", 2, &["ﬁre", "ﬂy"], &["ﬁre", "ﬂy"]),
        ("tab\there", -1, &["tab", "here"], &["tab", "here"]),
        ("tab\there", 0, &["tab\there"], &["tab\there"]),
        ("tab\there", 1, &["tab", "here"], &["tab", "here"]),
        ("tab\there", 2, &["tab", "here"], &["tab", "here"]),
        ("\tx\ty\n\tz\r\t", -1, &["x", "y", "z"], &["x", "y", "z"]),
        ("\tx\ty\n\tz\r\t", 0, &["x\ty\n\tz\r\t"], &["\tx\ty\n\tz"]),
        ("\tx\ty\n\tz\r\t", 1, &["x", "y\n\tz\r\t"], &["\tx\ty", "z"]),
        ("\tx\ty\n\tz\r\t", 2, &["x", "y", "z\r\t"], &["\tx", "y", "z"]),
        ("line1\nline2\r\nline3\r", -1, &["line1", "line2", "line3"], &["line1", "line2", "line3"]),
        ("line1\nline2\r\nline3\r", 0, &["line1\nline2\r\nline3\r"], &["line1\nline2\r\nline3"]),
        ("line1\nline2\r\nline3\r", 1, &["line1", "line2\r\nline3\r"], &["line1\nline2", "line3"]),
        ("line1\nline2\r\nline3\r", 2, &["line1", "line2", "line3\r"], &["line1", "line2", "line3"]),
        ("a\u{B}b\u{C}c\u{1C}d\u{1D}e\u{1E}f\u{85}g", -1, &["a", "b", "c", "d", "e", "f", "g"], &["a", "b", "c", "d", "e", "f", "g"]),
        ("a\u{B}b\u{C}c\u{1C}d\u{1D}e\u{1E}f\u{85}g", 0, &["a\u{B}b\u{C}c\u{1C}d\u{1D}e\u{1E}f\u{85}g"], &["a\u{B}b\u{C}c\u{1C}d\u{1D}e\u{1E}f\u{85}g"]),
        ("a\u{B}b\u{C}c\u{1C}d\u{1D}e\u{1E}f\u{85}g", 1, &["a", "b\u{C}c\u{1C}d\u{1D}e\u{1E}f\u{85}g"], &["a\u{B}b\u{C}c\u{1C}d\u{1D}e\u{1E}f", "g"]),
        ("a\u{B}b\u{C}c\u{1C}d\u{1D}e\u{1E}f\u{85}g", 2, &["a", "b", "c\u{1C}d\u{1D}e\u{1E}f\u{85}g"], &["a\u{B}b\u{C}c\u{1C}d\u{1D}e", "f", "g"]),
        ("\r\n\r\n", -1, &[], &[]),
        ("\r\n\r\n", 0, &[], &[]),
        ("\r\n\r\n", 1, &[], &[]),
        ("\r\n\r\n", 2, &[], &[]),
        ("\n", -1, &[], &[]),
        ("\n", 0, &[], &[]),
        ("\n", 1, &[], &[]),
        ("\n", 2, &[], &[]),
        ("\u{0}\u{1F}\u{7F}\u{80}\u{9F}\u{A0}\u{AD}", -1, &["\u{0}", "\u{7F}\u{80}\u{9F}", "\u{AD}"], &["\u{0}", "\u{7F}\u{80}\u{9F}", "\u{AD}"]),
        ("\u{0}\u{1F}\u{7F}\u{80}\u{9F}\u{A0}\u{AD}", 0, &["\u{0}\u{1F}\u{7F}\u{80}\u{9F}\u{A0}\u{AD}"], &["\u{0}\u{1F}\u{7F}\u{80}\u{9F}\u{A0}\u{AD}"]),
        ("\u{0}\u{1F}\u{7F}\u{80}\u{9F}\u{A0}\u{AD}", 1, &["\u{0}", "\u{7F}\u{80}\u{9F}\u{A0}\u{AD}"], &["\u{0}\u{1F}\u{7F}\u{80}\u{9F}", "\u{AD}"]),
        ("\u{0}\u{1F}\u{7F}\u{80}\u{9F}\u{A0}\u{AD}", 2, &["\u{0}", "\u{7F}\u{80}\u{9F}", "\u{AD}"], &["\u{0}", "\u{7F}\u{80}\u{9F}", "\u{AD}"]),
        ("ab cd", -1, &["ab", "cd"], &["ab", "cd"]),
        ("ab cd", 0, &["ab cd"], &["ab cd"]),
        ("ab cd", 1, &["ab", "cd"], &["ab", "cd"]),
        ("ab cd", 2, &["ab", "cd"], &["ab", "cd"]),
        ("they're bill's friends", -1, &["they're", "bill's", "friends"], &["they're", "bill's", "friends"]),
        ("they're bill's friends", 0, &["they're bill's friends"], &["they're bill's friends"]),
        ("they're bill's friends", 1, &["they're", "bill's friends"], &["they're bill's", "friends"]),
        ("they're bill's friends", 2, &["they're", "bill's", "friends"], &["they're", "bill's", "friends"]),
        ("MiXeD CaSe 123", -1, &["MiXeD", "CaSe", "123"], &["MiXeD", "CaSe", "123"]),
        ("MiXeD CaSe 123", 0, &["MiXeD CaSe 123"], &["MiXeD CaSe 123"]),
        ("MiXeD CaSe 123", 1, &["MiXeD", "CaSe 123"], &["MiXeD CaSe", "123"]),
        ("MiXeD CaSe 123", 2, &["MiXeD", "CaSe", "123"], &["MiXeD", "CaSe", "123"]),
        ("Title Case Words", -1, &["Title", "Case", "Words"], &["Title", "Case", "Words"]),
        ("Title Case Words", 0, &["Title Case Words"], &["Title Case Words"]),
        ("Title Case Words", 1, &["Title", "Case Words"], &["Title Case", "Words"]),
        ("Title Case Words", 2, &["Title", "Case", "Words"], &["Title", "Case", "Words"]),
        ("Title case", -1, &["Title", "case"], &["Title", "case"]),
        ("Title case", 0, &["Title case"], &["Title case"]),
        ("Title case", 1, &["Title", "case"], &["Title", "case"]),
        ("Title case", 2, &["Title", "case"], &["Title", "case"]),
        ("ǅa Ǆ", -1, &["ǅa", "Ǆ"], &["ǅa", "Ǆ"]),
        ("ǅa Ǆ", 0, &["ǅa Ǆ"], &["ǅa Ǆ"]),
        ("ǅa Ǆ", 1, &["ǅa", "Ǆ"], &["ǅa", "Ǆ"]),
        ("ǅa Ǆ", 2, &["ǅa", "Ǆ"], &["ǅa", "Ǆ"]),
        ("  ", -1, &[], &[]),
        ("  ", 0, &[], &[]),
        ("  ", 1, &[], &[]),
        ("  ", 2, &[], &[]),
        (" \t\n\u{B}\u{C}\r\u{1C}\u{1D}\u{1E}\u{1F}\u{85}\u{A0}\u{1680}\u{2000}\u{200A}\u{2028}\u{2029}\u{202F}\u{205F}\u{3000}", -1, &[], &[]),
        (" \t\n\u{B}\u{C}\r\u{1C}\u{1D}\u{1E}\u{1F}\u{85}\u{A0}\u{1680}\u{2000}\u{200A}\u{2028}\u{2029}\u{202F}\u{205F}\u{3000}", 0, &[], &[]),
        (" \t\n\u{B}\u{C}\r\u{1C}\u{1D}\u{1E}\u{1F}\u{85}\u{A0}\u{1680}\u{2000}\u{200A}\u{2028}\u{2029}\u{202F}\u{205F}\u{3000}", 1, &[], &[]),
        (" \t\n\u{B}\u{C}\r\u{1C}\u{1D}\u{1E}\u{1F}\u{85}\u{A0}\u{1680}\u{2000}\u{200A}\u{2028}\u{2029}\u{202F}\u{205F}\u{3000}", 2, &[], &[]),
        ("", -1, &[], &[]),
        ("", 0, &[], &[]),
        ("", 1, &[], &[]),
        ("", 2, &[], &[]),
        ("abc", -1, &["abc"], &["abc"]),
        ("abc", 0, &["abc"], &["abc"]),
        ("abc", 1, &["abc"], &["abc"]),
        ("abc", 2, &["abc"], &["abc"]),
    ];
    /// (s, s.splitlines(), s.splitlines(True))
    #[rustfmt::skip]
    const LINES_CASES: &[(&str, &[&str], &[&str])] = &[
        ("", &[], &[]),
        ("\u{2028}", &[""], &["\u{2028}"]),
        ("a\u{2029}b", &["a", "b"], &["a\u{2029}", "b"]),
        ("\tx\ty\n\tz\r\t", &["\tx\ty", "\tz", "\t"], &["\tx\ty\n", "\tz\r", "\t"]),
        ("line1\nline2\r\nline3\r", &["line1", "line2", "line3"], &["line1\n", "line2\r\n", "line3\r"]),
        ("a\u{B}b\u{C}c\u{1C}d\u{1D}e\u{1E}f\u{85}g", &["a", "b", "c", "d", "e", "f", "g"], &["a\u{B}", "b\u{C}", "c\u{1C}", "d\u{1D}", "e\u{1E}", "f\u{85}", "g"]),
        ("\r\n\r\n", &["", ""], &["\r\n", "\r\n"]),
        ("\n", &[""], &["\n"]),
        (" \t\n\u{B}\u{C}\r\u{1C}\u{1D}\u{1E}\u{1F}\u{85}\u{A0}\u{1680}\u{2000}\u{200A}\u{2028}\u{2029}\u{202F}\u{205F}\u{3000}", &[" \t", "", "", "", "", "", "", "\u{1F}", "\u{A0}\u{1680}\u{2000}\u{200A}", "", "\u{202F}\u{205F}\u{3000}"], &[" \t\n", "\u{B}", "\u{C}", "\r", "\u{1C}", "\u{1D}", "\u{1E}", "\u{1F}\u{85}", "\u{A0}\u{1680}\u{2000}\u{200A}\u{2028}", "\u{2029}", "\u{202F}\u{205F}\u{3000}"]),
        ("", &[], &[]),
        ("abc", &["abc"], &["abc"]),
        ("a\rb\n", &["a", "b"], &["a\r", "b\n"]),
    ];
    /// (s, sub, start, end, find, rfind, count, startswith, endswith)
    #[rustfmt::skip]
    const FIND_CASES: &[(&str, &str, Option<i64>, Option<i64>, i64, i64, usize, bool, bool)] = &[
        ("", "", None, None, 0, 0, 1, true, true),
        ("", "", Some(1), None, -1, -1, 0, false, false),
        ("", "", Some(-2), None, 0, 0, 1, true, true),
        ("", "", Some(0), Some(2), 0, 0, 1, true, true),
        ("", "", None, Some(-1), 0, 0, 1, true, true),
        ("", "", Some(3), Some(3), -1, -1, 0, false, false),
        ("", "", Some(2), Some(1), -1, -1, 0, false, false),
        ("", "", Some(10), None, -1, -1, 0, false, false),
        ("", "", Some(-100), Some(100), 0, 0, 1, true, true),
        ("", "", Some(4), None, -1, -1, 0, false, false),
        ("", "", Some(-3), Some(-1), 0, 0, 1, true, true),
        ("", "a", None, None, -1, -1, 0, false, false),
        ("", "a", Some(1), None, -1, -1, 0, false, false),
        ("", "a", Some(-2), None, -1, -1, 0, false, false),
        ("", "a", Some(0), Some(2), -1, -1, 0, false, false),
        ("", "a", None, Some(-1), -1, -1, 0, false, false),
        ("", "a", Some(3), Some(3), -1, -1, 0, false, false),
        ("", "a", Some(2), Some(1), -1, -1, 0, false, false),
        ("", "a", Some(10), None, -1, -1, 0, false, false),
        ("", "a", Some(-100), Some(100), -1, -1, 0, false, false),
        ("", "a", Some(4), None, -1, -1, 0, false, false),
        ("", "a", Some(-3), Some(-1), -1, -1, 0, false, false),
        ("abcabc", "", None, None, 0, 6, 7, true, true),
        ("abcabc", "", Some(1), None, 1, 6, 6, true, true),
        ("abcabc", "", Some(-2), None, 4, 6, 3, true, true),
        ("abcabc", "", Some(0), Some(2), 0, 2, 3, true, true),
        ("abcabc", "", None, Some(-1), 0, 5, 6, true, true),
        ("abcabc", "", Some(3), Some(3), 3, 3, 1, true, true),
        ("abcabc", "", Some(2), Some(1), -1, -1, 0, false, false),
        ("abcabc", "", Some(10), None, -1, -1, 0, false, false),
        ("abcabc", "", Some(-100), Some(100), 0, 6, 7, true, true),
        ("abcabc", "", Some(4), None, 4, 6, 3, true, true),
        ("abcabc", "", Some(-3), Some(-1), 3, 5, 3, true, true),
        ("abcabc", "a", None, None, 0, 3, 2, true, false),
        ("abcabc", "a", Some(1), None, 3, 3, 1, false, false),
        ("abcabc", "a", Some(-2), None, -1, -1, 0, false, false),
        ("abcabc", "a", Some(0), Some(2), 0, 0, 1, true, false),
        ("abcabc", "a", None, Some(-1), 0, 3, 2, true, false),
        ("abcabc", "a", Some(3), Some(3), -1, -1, 0, false, false),
        ("abcabc", "a", Some(2), Some(1), -1, -1, 0, false, false),
        ("abcabc", "a", Some(10), None, -1, -1, 0, false, false),
        ("abcabc", "a", Some(-100), Some(100), 0, 3, 2, true, false),
        ("abcabc", "a", Some(4), None, -1, -1, 0, false, false),
        ("abcabc", "a", Some(-3), Some(-1), 3, 3, 1, true, false),
        ("abcabc", "bc", None, None, 1, 4, 2, false, true),
        ("abcabc", "bc", Some(1), None, 1, 4, 2, true, true),
        ("abcabc", "bc", Some(-2), None, 4, 4, 1, true, true),
        ("abcabc", "bc", Some(0), Some(2), -1, -1, 0, false, false),
        ("abcabc", "bc", None, Some(-1), 1, 1, 1, false, false),
        ("abcabc", "bc", Some(3), Some(3), -1, -1, 0, false, false),
        ("abcabc", "bc", Some(2), Some(1), -1, -1, 0, false, false),
        ("abcabc", "bc", Some(10), None, -1, -1, 0, false, false),
        ("abcabc", "bc", Some(-100), Some(100), 1, 4, 2, false, true),
        ("abcabc", "bc", Some(4), None, 4, 4, 1, true, true),
        ("abcabc", "bc", Some(-3), Some(-1), -1, -1, 0, false, false),
        ("abcabc", "abc", None, None, 0, 3, 2, true, true),
        ("abcabc", "abc", Some(1), None, 3, 3, 1, false, true),
        ("abcabc", "abc", Some(-2), None, -1, -1, 0, false, false),
        ("abcabc", "abc", Some(0), Some(2), -1, -1, 0, false, false),
        ("abcabc", "abc", None, Some(-1), 0, 0, 1, true, false),
        ("abcabc", "abc", Some(3), Some(3), -1, -1, 0, false, false),
        ("abcabc", "abc", Some(2), Some(1), -1, -1, 0, false, false),
        ("abcabc", "abc", Some(10), None, -1, -1, 0, false, false),
        ("abcabc", "abc", Some(-100), Some(100), 0, 3, 2, true, true),
        ("abcabc", "abc", Some(4), None, -1, -1, 0, false, false),
        ("abcabc", "abc", Some(-3), Some(-1), -1, -1, 0, false, false),
        ("abcabc", "abcabc", None, None, 0, 0, 1, true, true),
        ("abcabc", "abcabc", Some(1), None, -1, -1, 0, false, false),
        ("abcabc", "abcabc", Some(-2), None, -1, -1, 0, false, false),
        ("abcabc", "abcabc", Some(0), Some(2), -1, -1, 0, false, false),
        ("abcabc", "abcabc", None, Some(-1), -1, -1, 0, false, false),
        ("abcabc", "abcabc", Some(3), Some(3), -1, -1, 0, false, false),
        ("abcabc", "abcabc", Some(2), Some(1), -1, -1, 0, false, false),
        ("abcabc", "abcabc", Some(10), None, -1, -1, 0, false, false),
        ("abcabc", "abcabc", Some(-100), Some(100), 0, 0, 1, true, true),
        ("abcabc", "abcabc", Some(4), None, -1, -1, 0, false, false),
        ("abcabc", "abcabc", Some(-3), Some(-1), -1, -1, 0, false, false),
        ("abcabc", "abcabcd", None, None, -1, -1, 0, false, false),
        ("abcabc", "abcabcd", Some(1), None, -1, -1, 0, false, false),
        ("abcabc", "abcabcd", Some(-2), None, -1, -1, 0, false, false),
        ("abcabc", "abcabcd", Some(0), Some(2), -1, -1, 0, false, false),
        ("abcabc", "abcabcd", None, Some(-1), -1, -1, 0, false, false),
        ("abcabc", "abcabcd", Some(3), Some(3), -1, -1, 0, false, false),
        ("abcabc", "abcabcd", Some(2), Some(1), -1, -1, 0, false, false),
        ("abcabc", "abcabcd", Some(10), None, -1, -1, 0, false, false),
        ("abcabc", "abcabcd", Some(-100), Some(100), -1, -1, 0, false, false),
        ("abcabc", "abcabcd", Some(4), None, -1, -1, 0, false, false),
        ("abcabc", "abcabcd", Some(-3), Some(-1), -1, -1, 0, false, false),
        ("abcabc", "x", None, None, -1, -1, 0, false, false),
        ("abcabc", "x", Some(1), None, -1, -1, 0, false, false),
        ("abcabc", "x", Some(-2), None, -1, -1, 0, false, false),
        ("abcabc", "x", Some(0), Some(2), -1, -1, 0, false, false),
        ("abcabc", "x", None, Some(-1), -1, -1, 0, false, false),
        ("abcabc", "x", Some(3), Some(3), -1, -1, 0, false, false),
        ("abcabc", "x", Some(2), Some(1), -1, -1, 0, false, false),
        ("abcabc", "x", Some(10), None, -1, -1, 0, false, false),
        ("abcabc", "x", Some(-100), Some(100), -1, -1, 0, false, false),
        ("abcabc", "x", Some(4), None, -1, -1, 0, false, false),
        ("abcabc", "x", Some(-3), Some(-1), -1, -1, 0, false, false),
        ("abcabc", "c", None, None, 2, 5, 2, false, true),
        ("abcabc", "c", Some(1), None, 2, 5, 2, false, true),
        ("abcabc", "c", Some(-2), None, 5, 5, 1, false, true),
        ("abcabc", "c", Some(0), Some(2), -1, -1, 0, false, false),
        ("abcabc", "c", None, Some(-1), 2, 2, 1, false, false),
        ("abcabc", "c", Some(3), Some(3), -1, -1, 0, false, false),
        ("abcabc", "c", Some(2), Some(1), -1, -1, 0, false, false),
        ("abcabc", "c", Some(10), None, -1, -1, 0, false, false),
        ("abcabc", "c", Some(-100), Some(100), 2, 5, 2, false, true),
        ("abcabc", "c", Some(4), None, 5, 5, 1, false, true),
        ("abcabc", "c", Some(-3), Some(-1), -1, -1, 0, false, false),
        ("aaaa", "", None, None, 0, 4, 5, true, true),
        ("aaaa", "", Some(1), None, 1, 4, 4, true, true),
        ("aaaa", "", Some(-2), None, 2, 4, 3, true, true),
        ("aaaa", "", Some(0), Some(2), 0, 2, 3, true, true),
        ("aaaa", "", None, Some(-1), 0, 3, 4, true, true),
        ("aaaa", "", Some(3), Some(3), 3, 3, 1, true, true),
        ("aaaa", "", Some(2), Some(1), -1, -1, 0, false, false),
        ("aaaa", "", Some(10), None, -1, -1, 0, false, false),
        ("aaaa", "", Some(-100), Some(100), 0, 4, 5, true, true),
        ("aaaa", "", Some(4), None, 4, 4, 1, true, true),
        ("aaaa", "", Some(-3), Some(-1), 1, 3, 3, true, true),
        ("aaaa", "a", None, None, 0, 3, 4, true, true),
        ("aaaa", "a", Some(1), None, 1, 3, 3, true, true),
        ("aaaa", "a", Some(-2), None, 2, 3, 2, true, true),
        ("aaaa", "a", Some(0), Some(2), 0, 1, 2, true, true),
        ("aaaa", "a", None, Some(-1), 0, 2, 3, true, true),
        ("aaaa", "a", Some(3), Some(3), -1, -1, 0, false, false),
        ("aaaa", "a", Some(2), Some(1), -1, -1, 0, false, false),
        ("aaaa", "a", Some(10), None, -1, -1, 0, false, false),
        ("aaaa", "a", Some(-100), Some(100), 0, 3, 4, true, true),
        ("aaaa", "a", Some(4), None, -1, -1, 0, false, false),
        ("aaaa", "a", Some(-3), Some(-1), 1, 2, 2, true, true),
        ("aaaa", "aa", None, None, 0, 2, 2, true, true),
        ("aaaa", "aa", Some(1), None, 1, 2, 1, true, true),
        ("aaaa", "aa", Some(-2), None, 2, 2, 1, true, true),
        ("aaaa", "aa", Some(0), Some(2), 0, 0, 1, true, true),
        ("aaaa", "aa", None, Some(-1), 0, 1, 1, true, true),
        ("aaaa", "aa", Some(3), Some(3), -1, -1, 0, false, false),
        ("aaaa", "aa", Some(2), Some(1), -1, -1, 0, false, false),
        ("aaaa", "aa", Some(10), None, -1, -1, 0, false, false),
        ("aaaa", "aa", Some(-100), Some(100), 0, 2, 2, true, true),
        ("aaaa", "aa", Some(4), None, -1, -1, 0, false, false),
        ("aaaa", "aa", Some(-3), Some(-1), 1, 1, 1, true, true),
        ("aaaa", "aaa", None, None, 0, 1, 1, true, true),
        ("aaaa", "aaa", Some(1), None, 1, 1, 1, true, true),
        ("aaaa", "aaa", Some(-2), None, -1, -1, 0, false, false),
        ("aaaa", "aaa", Some(0), Some(2), -1, -1, 0, false, false),
        ("aaaa", "aaa", None, Some(-1), 0, 0, 1, true, true),
        ("aaaa", "aaa", Some(3), Some(3), -1, -1, 0, false, false),
        ("aaaa", "aaa", Some(2), Some(1), -1, -1, 0, false, false),
        ("aaaa", "aaa", Some(10), None, -1, -1, 0, false, false),
        ("aaaa", "aaa", Some(-100), Some(100), 0, 1, 1, true, true),
        ("aaaa", "aaa", Some(4), None, -1, -1, 0, false, false),
        ("aaaa", "aaa", Some(-3), Some(-1), -1, -1, 0, false, false),
        ("héllo wörld", "", None, None, 0, 11, 12, true, true),
        ("héllo wörld", "", Some(1), None, 1, 11, 11, true, true),
        ("héllo wörld", "", Some(-2), None, 9, 11, 3, true, true),
        ("héllo wörld", "", Some(0), Some(2), 0, 2, 3, true, true),
        ("héllo wörld", "", None, Some(-1), 0, 10, 11, true, true),
        ("héllo wörld", "", Some(3), Some(3), 3, 3, 1, true, true),
        ("héllo wörld", "", Some(2), Some(1), -1, -1, 0, false, false),
        ("héllo wörld", "", Some(10), None, 10, 11, 2, true, true),
        ("héllo wörld", "", Some(-100), Some(100), 0, 11, 12, true, true),
        ("héllo wörld", "", Some(4), None, 4, 11, 8, true, true),
        ("héllo wörld", "", Some(-3), Some(-1), 8, 10, 3, true, true),
        ("héllo wörld", "l", None, None, 2, 9, 3, false, false),
        ("héllo wörld", "l", Some(1), None, 2, 9, 3, false, false),
        ("héllo wörld", "l", Some(-2), None, 9, 9, 1, true, false),
        ("héllo wörld", "l", Some(0), Some(2), -1, -1, 0, false, false),
        ("héllo wörld", "l", None, Some(-1), 2, 9, 3, false, true),
        ("héllo wörld", "l", Some(3), Some(3), -1, -1, 0, false, false),
        ("héllo wörld", "l", Some(2), Some(1), -1, -1, 0, false, false),
        ("héllo wörld", "l", Some(10), None, -1, -1, 0, false, false),
        ("héllo wörld", "l", Some(-100), Some(100), 2, 9, 3, false, false),
        ("héllo wörld", "l", Some(4), None, 9, 9, 1, false, false),
        ("héllo wörld", "l", Some(-3), Some(-1), 9, 9, 1, false, true),
        ("héllo wörld", "ö", None, None, 7, 7, 1, false, false),
        ("héllo wörld", "ö", Some(1), None, 7, 7, 1, false, false),
        ("héllo wörld", "ö", Some(-2), None, -1, -1, 0, false, false),
        ("héllo wörld", "ö", Some(0), Some(2), -1, -1, 0, false, false),
        ("héllo wörld", "ö", None, Some(-1), 7, 7, 1, false, false),
        ("héllo wörld", "ö", Some(3), Some(3), -1, -1, 0, false, false),
        ("héllo wörld", "ö", Some(2), Some(1), -1, -1, 0, false, false),
        ("héllo wörld", "ö", Some(10), None, -1, -1, 0, false, false),
        ("héllo wörld", "ö", Some(-100), Some(100), 7, 7, 1, false, false),
        ("héllo wörld", "ö", Some(4), None, 7, 7, 1, false, false),
        ("héllo wörld", "ö", Some(-3), Some(-1), -1, -1, 0, false, false),
        ("héllo wörld", "héllo", None, None, 0, 0, 1, true, false),
        ("héllo wörld", "héllo", Some(1), None, -1, -1, 0, false, false),
        ("héllo wörld", "héllo", Some(-2), None, -1, -1, 0, false, false),
        ("héllo wörld", "héllo", Some(0), Some(2), -1, -1, 0, false, false),
        ("héllo wörld", "héllo", None, Some(-1), 0, 0, 1, true, false),
        ("héllo wörld", "héllo", Some(3), Some(3), -1, -1, 0, false, false),
        ("héllo wörld", "héllo", Some(2), Some(1), -1, -1, 0, false, false),
        ("héllo wörld", "héllo", Some(10), None, -1, -1, 0, false, false),
        ("héllo wörld", "héllo", Some(-100), Some(100), 0, 0, 1, true, false),
        ("héllo wörld", "héllo", Some(4), None, -1, -1, 0, false, false),
        ("héllo wörld", "héllo", Some(-3), Some(-1), -1, -1, 0, false, false),
        ("héllo wörld", "wörld", None, None, 6, 6, 1, false, true),
        ("héllo wörld", "wörld", Some(1), None, 6, 6, 1, false, true),
        ("héllo wörld", "wörld", Some(-2), None, -1, -1, 0, false, false),
        ("héllo wörld", "wörld", Some(0), Some(2), -1, -1, 0, false, false),
        ("héllo wörld", "wörld", None, Some(-1), -1, -1, 0, false, false),
        ("héllo wörld", "wörld", Some(3), Some(3), -1, -1, 0, false, false),
        ("héllo wörld", "wörld", Some(2), Some(1), -1, -1, 0, false, false),
        ("héllo wörld", "wörld", Some(10), None, -1, -1, 0, false, false),
        ("héllo wörld", "wörld", Some(-100), Some(100), 6, 6, 1, false, true),
        ("héllo wörld", "wörld", Some(4), None, 6, 6, 1, false, true),
        ("héllo wörld", "wörld", Some(-3), Some(-1), -1, -1, 0, false, false),
        ("héllo wörld", "o w", None, None, 4, 4, 1, false, false),
        ("héllo wörld", "o w", Some(1), None, 4, 4, 1, false, false),
        ("héllo wörld", "o w", Some(-2), None, -1, -1, 0, false, false),
        ("héllo wörld", "o w", Some(0), Some(2), -1, -1, 0, false, false),
        ("héllo wörld", "o w", None, Some(-1), 4, 4, 1, false, false),
        ("héllo wörld", "o w", Some(3), Some(3), -1, -1, 0, false, false),
        ("héllo wörld", "o w", Some(2), Some(1), -1, -1, 0, false, false),
        ("héllo wörld", "o w", Some(10), None, -1, -1, 0, false, false),
        ("héllo wörld", "o w", Some(-100), Some(100), 4, 4, 1, false, false),
        ("héllo wörld", "o w", Some(4), None, 4, 4, 1, true, false),
        ("héllo wörld", "o w", Some(-3), Some(-1), -1, -1, 0, false, false),
        ("héllo wörld", "é", None, None, 1, 1, 1, false, false),
        ("héllo wörld", "é", Some(1), None, 1, 1, 1, true, false),
        ("héllo wörld", "é", Some(-2), None, -1, -1, 0, false, false),
        ("héllo wörld", "é", Some(0), Some(2), 1, 1, 1, false, true),
        ("héllo wörld", "é", None, Some(-1), 1, 1, 1, false, false),
        ("héllo wörld", "é", Some(3), Some(3), -1, -1, 0, false, false),
        ("héllo wörld", "é", Some(2), Some(1), -1, -1, 0, false, false),
        ("héllo wörld", "é", Some(10), None, -1, -1, 0, false, false),
        ("héllo wörld", "é", Some(-100), Some(100), 1, 1, 1, false, false),
        ("héllo wörld", "é", Some(4), None, -1, -1, 0, false, false),
        ("héllo wörld", "é", Some(-3), Some(-1), -1, -1, 0, false, false),
        ("😀a😀b😀", "", None, None, 0, 5, 6, true, true),
        ("😀a😀b😀", "", Some(1), None, 1, 5, 5, true, true),
        ("😀a😀b😀", "", Some(-2), None, 3, 5, 3, true, true),
        ("😀a😀b😀", "", Some(0), Some(2), 0, 2, 3, true, true),
        ("😀a😀b😀", "", None, Some(-1), 0, 4, 5, true, true),
        ("😀a😀b😀", "", Some(3), Some(3), 3, 3, 1, true, true),
        ("😀a😀b😀", "", Some(2), Some(1), -1, -1, 0, false, false),
        ("😀a😀b😀", "", Some(10), None, -1, -1, 0, false, false),
        ("😀a😀b😀", "", Some(-100), Some(100), 0, 5, 6, true, true),
        ("😀a😀b😀", "", Some(4), None, 4, 5, 2, true, true),
        ("😀a😀b😀", "", Some(-3), Some(-1), 2, 4, 3, true, true),
        ("😀a😀b😀", "😀", None, None, 0, 4, 3, true, true),
        ("😀a😀b😀", "😀", Some(1), None, 2, 4, 2, false, true),
        ("😀a😀b😀", "😀", Some(-2), None, 4, 4, 1, false, true),
        ("😀a😀b😀", "😀", Some(0), Some(2), 0, 0, 1, true, false),
        ("😀a😀b😀", "😀", None, Some(-1), 0, 2, 2, true, false),
        ("😀a😀b😀", "😀", Some(3), Some(3), -1, -1, 0, false, false),
        ("😀a😀b😀", "😀", Some(2), Some(1), -1, -1, 0, false, false),
        ("😀a😀b😀", "😀", Some(10), None, -1, -1, 0, false, false),
        ("😀a😀b😀", "😀", Some(-100), Some(100), 0, 4, 3, true, true),
        ("😀a😀b😀", "😀", Some(4), None, 4, 4, 1, true, true),
        ("😀a😀b😀", "😀", Some(-3), Some(-1), 2, 2, 1, true, false),
        ("😀a😀b😀", "a😀", None, None, 1, 1, 1, false, false),
        ("😀a😀b😀", "a😀", Some(1), None, 1, 1, 1, true, false),
        ("😀a😀b😀", "a😀", Some(-2), None, -1, -1, 0, false, false),
        ("😀a😀b😀", "a😀", Some(0), Some(2), -1, -1, 0, false, false),
        ("😀a😀b😀", "a😀", None, Some(-1), 1, 1, 1, false, false),
        ("😀a😀b😀", "a😀", Some(3), Some(3), -1, -1, 0, false, false),
        ("😀a😀b😀", "a😀", Some(2), Some(1), -1, -1, 0, false, false),
        ("😀a😀b😀", "a😀", Some(10), None, -1, -1, 0, false, false),
        ("😀a😀b😀", "a😀", Some(-100), Some(100), 1, 1, 1, false, false),
        ("😀a😀b😀", "a😀", Some(4), None, -1, -1, 0, false, false),
        ("😀a😀b😀", "a😀", Some(-3), Some(-1), -1, -1, 0, false, false),
        ("😀a😀b😀", "b", None, None, 3, 3, 1, false, false),
        ("😀a😀b😀", "b", Some(1), None, 3, 3, 1, false, false),
        ("😀a😀b😀", "b", Some(-2), None, 3, 3, 1, true, false),
        ("😀a😀b😀", "b", Some(0), Some(2), -1, -1, 0, false, false),
        ("😀a😀b😀", "b", None, Some(-1), 3, 3, 1, false, true),
        ("😀a😀b😀", "b", Some(3), Some(3), -1, -1, 0, false, false),
        ("😀a😀b😀", "b", Some(2), Some(1), -1, -1, 0, false, false),
        ("😀a😀b😀", "b", Some(10), None, -1, -1, 0, false, false),
        ("😀a😀b😀", "b", Some(-100), Some(100), 3, 3, 1, false, false),
        ("😀a😀b😀", "b", Some(4), None, -1, -1, 0, false, false),
        ("😀a😀b😀", "b", Some(-3), Some(-1), 3, 3, 1, false, true),
        ("😀a😀b😀", "😀b😀", None, None, 2, 2, 1, false, true),
        ("😀a😀b😀", "😀b😀", Some(1), None, 2, 2, 1, false, true),
        ("😀a😀b😀", "😀b😀", Some(-2), None, -1, -1, 0, false, false),
        ("😀a😀b😀", "😀b😀", Some(0), Some(2), -1, -1, 0, false, false),
        ("😀a😀b😀", "😀b😀", None, Some(-1), -1, -1, 0, false, false),
        ("😀a😀b😀", "😀b😀", Some(3), Some(3), -1, -1, 0, false, false),
        ("😀a😀b😀", "😀b😀", Some(2), Some(1), -1, -1, 0, false, false),
        ("😀a😀b😀", "😀b😀", Some(10), None, -1, -1, 0, false, false),
        ("😀a😀b😀", "😀b😀", Some(-100), Some(100), 2, 2, 1, false, true),
        ("😀a😀b😀", "😀b😀", Some(4), None, -1, -1, 0, false, false),
        ("😀a😀b😀", "😀b😀", Some(-3), Some(-1), -1, -1, 0, false, false),
        ("ßßß", "ß", None, None, 0, 2, 3, true, true),
        ("ßßß", "ß", Some(1), None, 1, 2, 2, true, true),
        ("ßßß", "ß", Some(-2), None, 1, 2, 2, true, true),
        ("ßßß", "ß", Some(0), Some(2), 0, 1, 2, true, true),
        ("ßßß", "ß", None, Some(-1), 0, 1, 2, true, true),
        ("ßßß", "ß", Some(3), Some(3), -1, -1, 0, false, false),
        ("ßßß", "ß", Some(2), Some(1), -1, -1, 0, false, false),
        ("ßßß", "ß", Some(10), None, -1, -1, 0, false, false),
        ("ßßß", "ß", Some(-100), Some(100), 0, 2, 3, true, true),
        ("ßßß", "ß", Some(4), None, -1, -1, 0, false, false),
        ("ßßß", "ß", Some(-3), Some(-1), 0, 1, 2, true, true),
        ("ßßß", "ßß", None, None, 0, 1, 1, true, true),
        ("ßßß", "ßß", Some(1), None, 1, 1, 1, true, true),
        ("ßßß", "ßß", Some(-2), None, 1, 1, 1, true, true),
        ("ßßß", "ßß", Some(0), Some(2), 0, 0, 1, true, true),
        ("ßßß", "ßß", None, Some(-1), 0, 0, 1, true, true),
        ("ßßß", "ßß", Some(3), Some(3), -1, -1, 0, false, false),
        ("ßßß", "ßß", Some(2), Some(1), -1, -1, 0, false, false),
        ("ßßß", "ßß", Some(10), None, -1, -1, 0, false, false),
        ("ßßß", "ßß", Some(-100), Some(100), 0, 1, 1, true, true),
        ("ßßß", "ßß", Some(4), None, -1, -1, 0, false, false),
        ("ßßß", "ßß", Some(-3), Some(-1), 0, 0, 1, true, true),
        ("ßßß", "ss", None, None, -1, -1, 0, false, false),
        ("ßßß", "ss", Some(1), None, -1, -1, 0, false, false),
        ("ßßß", "ss", Some(-2), None, -1, -1, 0, false, false),
        ("ßßß", "ss", Some(0), Some(2), -1, -1, 0, false, false),
        ("ßßß", "ss", None, Some(-1), -1, -1, 0, false, false),
        ("ßßß", "ss", Some(3), Some(3), -1, -1, 0, false, false),
        ("ßßß", "ss", Some(2), Some(1), -1, -1, 0, false, false),
        ("ßßß", "ss", Some(10), None, -1, -1, 0, false, false),
        ("ßßß", "ss", Some(-100), Some(100), -1, -1, 0, false, false),
        ("ßßß", "ss", Some(4), None, -1, -1, 0, false, false),
        ("ßßß", "ss", Some(-3), Some(-1), -1, -1, 0, false, false),
        ("ab\u{2028}ab", "ab", None, None, 0, 3, 2, true, true),
        ("ab\u{2028}ab", "ab", Some(1), None, 3, 3, 1, false, true),
        ("ab\u{2028}ab", "ab", Some(-2), None, 3, 3, 1, true, true),
        ("ab\u{2028}ab", "ab", Some(0), Some(2), 0, 0, 1, true, true),
        ("ab\u{2028}ab", "ab", None, Some(-1), 0, 0, 1, true, false),
        ("ab\u{2028}ab", "ab", Some(3), Some(3), -1, -1, 0, false, false),
        ("ab\u{2028}ab", "ab", Some(2), Some(1), -1, -1, 0, false, false),
        ("ab\u{2028}ab", "ab", Some(10), None, -1, -1, 0, false, false),
        ("ab\u{2028}ab", "ab", Some(-100), Some(100), 0, 3, 2, true, true),
        ("ab\u{2028}ab", "ab", Some(4), None, -1, -1, 0, false, false),
        ("ab\u{2028}ab", "ab", Some(-3), Some(-1), -1, -1, 0, false, false),
        ("ab\u{2028}ab", "\u{2028}", None, None, 2, 2, 1, false, false),
        ("ab\u{2028}ab", "\u{2028}", Some(1), None, 2, 2, 1, false, false),
        ("ab\u{2028}ab", "\u{2028}", Some(-2), None, -1, -1, 0, false, false),
        ("ab\u{2028}ab", "\u{2028}", Some(0), Some(2), -1, -1, 0, false, false),
        ("ab\u{2028}ab", "\u{2028}", None, Some(-1), 2, 2, 1, false, false),
        ("ab\u{2028}ab", "\u{2028}", Some(3), Some(3), -1, -1, 0, false, false),
        ("ab\u{2028}ab", "\u{2028}", Some(2), Some(1), -1, -1, 0, false, false),
        ("ab\u{2028}ab", "\u{2028}", Some(10), None, -1, -1, 0, false, false),
        ("ab\u{2028}ab", "\u{2028}", Some(-100), Some(100), 2, 2, 1, false, false),
        ("ab\u{2028}ab", "\u{2028}", Some(4), None, -1, -1, 0, false, false),
        ("ab\u{2028}ab", "\u{2028}", Some(-3), Some(-1), 2, 2, 1, true, false),
        ("ab\u{2028}ab", "b\u{2028}a", None, None, 1, 1, 1, false, false),
        ("ab\u{2028}ab", "b\u{2028}a", Some(1), None, 1, 1, 1, true, false),
        ("ab\u{2028}ab", "b\u{2028}a", Some(-2), None, -1, -1, 0, false, false),
        ("ab\u{2028}ab", "b\u{2028}a", Some(0), Some(2), -1, -1, 0, false, false),
        ("ab\u{2028}ab", "b\u{2028}a", None, Some(-1), 1, 1, 1, false, true),
        ("ab\u{2028}ab", "b\u{2028}a", Some(3), Some(3), -1, -1, 0, false, false),
        ("ab\u{2028}ab", "b\u{2028}a", Some(2), Some(1), -1, -1, 0, false, false),
        ("ab\u{2028}ab", "b\u{2028}a", Some(10), None, -1, -1, 0, false, false),
        ("ab\u{2028}ab", "b\u{2028}a", Some(-100), Some(100), 1, 1, 1, false, false),
        ("ab\u{2028}ab", "b\u{2028}a", Some(4), None, -1, -1, 0, false, false),
        ("ab\u{2028}ab", "b\u{2028}a", Some(-3), Some(-1), -1, -1, 0, false, false),
    ];
    /// (s, sep, maxsplit, split, rsplit); None = ValueError("empty separator")
    #[rustfmt::skip]
    const SPLIT_CASES: &[(&str, Option<&str>, i64, Option<&[&str]>, Option<&[&str]>)] = &[
        ("a,b,c", Some(","), -1, Some(&["a", "b", "c"]), Some(&["a", "b", "c"])),
        ("a,b,c", Some(","), 0, Some(&["a,b,c"]), Some(&["a,b,c"])),
        ("a,b,c", Some(","), 1, Some(&["a", "b,c"]), Some(&["a,b", "c"])),
        ("a,b,c", Some(","), 2, Some(&["a", "b", "c"]), Some(&["a", "b", "c"])),
        ("a,b,c", Some(","), 100, Some(&["a", "b", "c"]), Some(&["a", "b", "c"])),
        ("a,b,c", Some("b"), -1, Some(&["a,", ",c"]), Some(&["a,", ",c"])),
        ("a,b,c", Some("b"), 0, Some(&["a,b,c"]), Some(&["a,b,c"])),
        ("a,b,c", Some("b"), 1, Some(&["a,", ",c"]), Some(&["a,", ",c"])),
        ("a,b,c", Some("b"), 2, Some(&["a,", ",c"]), Some(&["a,", ",c"])),
        ("a,b,c", Some("b"), 100, Some(&["a,", ",c"]), Some(&["a,", ",c"])),
        ("a,b,c", Some(",b,"), -1, Some(&["a", "c"]), Some(&["a", "c"])),
        ("a,b,c", Some(",b,"), 0, Some(&["a,b,c"]), Some(&["a,b,c"])),
        ("a,b,c", Some(",b,"), 1, Some(&["a", "c"]), Some(&["a", "c"])),
        ("a,b,c", Some(",b,"), 2, Some(&["a", "c"]), Some(&["a", "c"])),
        ("a,b,c", Some(",b,"), 100, Some(&["a", "c"]), Some(&["a", "c"])),
        ("a,b,c", Some("x"), -1, Some(&["a,b,c"]), Some(&["a,b,c"])),
        ("a,b,c", Some("x"), 0, Some(&["a,b,c"]), Some(&["a,b,c"])),
        ("a,b,c", Some("x"), 1, Some(&["a,b,c"]), Some(&["a,b,c"])),
        ("a,b,c", Some("x"), 2, Some(&["a,b,c"]), Some(&["a,b,c"])),
        ("a,b,c", Some("x"), 100, Some(&["a,b,c"]), Some(&["a,b,c"])),
        ("a,b,c", Some("a,b,c"), -1, Some(&["", ""]), Some(&["", ""])),
        ("a,b,c", Some("a,b,c"), 0, Some(&["a,b,c"]), Some(&["a,b,c"])),
        ("a,b,c", Some("a,b,c"), 1, Some(&["", ""]), Some(&["", ""])),
        ("a,b,c", Some("a,b,c"), 2, Some(&["", ""]), Some(&["", ""])),
        ("a,b,c", Some("a,b,c"), 100, Some(&["", ""]), Some(&["", ""])),
        ("a,b,c", Some("a,b,c,"), -1, Some(&["a,b,c"]), Some(&["a,b,c"])),
        ("a,b,c", Some("a,b,c,"), 0, Some(&["a,b,c"]), Some(&["a,b,c"])),
        ("a,b,c", Some("a,b,c,"), 1, Some(&["a,b,c"]), Some(&["a,b,c"])),
        ("a,b,c", Some("a,b,c,"), 2, Some(&["a,b,c"]), Some(&["a,b,c"])),
        ("a,b,c", Some("a,b,c,"), 100, Some(&["a,b,c"]), Some(&["a,b,c"])),
        (",a,,b,", Some(","), -1, Some(&["", "a", "", "b", ""]), Some(&["", "a", "", "b", ""])),
        (",a,,b,", Some(","), 0, Some(&[",a,,b,"]), Some(&[",a,,b,"])),
        (",a,,b,", Some(","), 1, Some(&["", "a,,b,"]), Some(&[",a,,b", ""])),
        (",a,,b,", Some(","), 2, Some(&["", "a", ",b,"]), Some(&[",a,", "b", ""])),
        (",a,,b,", Some(","), 100, Some(&["", "a", "", "b", ""]), Some(&["", "a", "", "b", ""])),
        (",a,,b,", Some(",,"), -1, Some(&[",a", "b,"]), Some(&[",a", "b,"])),
        (",a,,b,", Some(",,"), 0, Some(&[",a,,b,"]), Some(&[",a,,b,"])),
        (",a,,b,", Some(",,"), 1, Some(&[",a", "b,"]), Some(&[",a", "b,"])),
        (",a,,b,", Some(",,"), 2, Some(&[",a", "b,"]), Some(&[",a", "b,"])),
        (",a,,b,", Some(",,"), 100, Some(&[",a", "b,"]), Some(&[",a", "b,"])),
        ("", Some(","), -1, Some(&[""]), Some(&[""])),
        ("", Some(","), 0, Some(&[""]), Some(&[""])),
        ("", Some(","), 1, Some(&[""]), Some(&[""])),
        ("", Some(","), 2, Some(&[""]), Some(&[""])),
        ("", Some(","), 100, Some(&[""]), Some(&[""])),
        ("", Some("x"), -1, Some(&[""]), Some(&[""])),
        ("", Some("x"), 0, Some(&[""]), Some(&[""])),
        ("", Some("x"), 1, Some(&[""]), Some(&[""])),
        ("", Some("x"), 2, Some(&[""]), Some(&[""])),
        ("", Some("x"), 100, Some(&[""]), Some(&[""])),
        ("aaa", Some("a"), -1, Some(&["", "", "", ""]), Some(&["", "", "", ""])),
        ("aaa", Some("a"), 0, Some(&["aaa"]), Some(&["aaa"])),
        ("aaa", Some("a"), 1, Some(&["", "aa"]), Some(&["aa", ""])),
        ("aaa", Some("a"), 2, Some(&["", "", "a"]), Some(&["a", "", ""])),
        ("aaa", Some("a"), 100, Some(&["", "", "", ""]), Some(&["", "", "", ""])),
        ("aaa", Some("aa"), -1, Some(&["", "a"]), Some(&["a", ""])),
        ("aaa", Some("aa"), 0, Some(&["aaa"]), Some(&["aaa"])),
        ("aaa", Some("aa"), 1, Some(&["", "a"]), Some(&["a", ""])),
        ("aaa", Some("aa"), 2, Some(&["", "a"]), Some(&["a", ""])),
        ("aaa", Some("aa"), 100, Some(&["", "a"]), Some(&["a", ""])),
        ("héllo wörld héllo", Some("l"), -1, Some(&["hé", "", "o wör", "d hé", "", "o"]), Some(&["hé", "", "o wör", "d hé", "", "o"])),
        ("héllo wörld héllo", Some("l"), 0, Some(&["héllo wörld héllo"]), Some(&["héllo wörld héllo"])),
        ("héllo wörld héllo", Some("l"), 1, Some(&["hé", "lo wörld héllo"]), Some(&["héllo wörld hél", "o"])),
        ("héllo wörld héllo", Some("l"), 2, Some(&["hé", "", "o wörld héllo"]), Some(&["héllo wörld hé", "", "o"])),
        ("héllo wörld héllo", Some("l"), 100, Some(&["hé", "", "o wör", "d hé", "", "o"]), Some(&["hé", "", "o wör", "d hé", "", "o"])),
        ("héllo wörld héllo", Some("é"), -1, Some(&["h", "llo wörld h", "llo"]), Some(&["h", "llo wörld h", "llo"])),
        ("héllo wörld héllo", Some("é"), 0, Some(&["héllo wörld héllo"]), Some(&["héllo wörld héllo"])),
        ("héllo wörld héllo", Some("é"), 1, Some(&["h", "llo wörld héllo"]), Some(&["héllo wörld h", "llo"])),
        ("héllo wörld héllo", Some("é"), 2, Some(&["h", "llo wörld h", "llo"]), Some(&["h", "llo wörld h", "llo"])),
        ("héllo wörld héllo", Some("é"), 100, Some(&["h", "llo wörld h", "llo"]), Some(&["h", "llo wörld h", "llo"])),
        ("héllo wörld héllo", Some(" "), -1, Some(&["héllo", "wörld", "héllo"]), Some(&["héllo", "wörld", "héllo"])),
        ("héllo wörld héllo", Some(" "), 0, Some(&["héllo wörld héllo"]), Some(&["héllo wörld héllo"])),
        ("héllo wörld héllo", Some(" "), 1, Some(&["héllo", "wörld héllo"]), Some(&["héllo wörld", "héllo"])),
        ("héllo wörld héllo", Some(" "), 2, Some(&["héllo", "wörld", "héllo"]), Some(&["héllo", "wörld", "héllo"])),
        ("héllo wörld héllo", Some(" "), 100, Some(&["héllo", "wörld", "héllo"]), Some(&["héllo", "wörld", "héllo"])),
        ("héllo wörld héllo", Some("héllo"), -1, Some(&["", " wörld ", ""]), Some(&["", " wörld ", ""])),
        ("héllo wörld héllo", Some("héllo"), 0, Some(&["héllo wörld héllo"]), Some(&["héllo wörld héllo"])),
        ("héllo wörld héllo", Some("héllo"), 1, Some(&["", " wörld héllo"]), Some(&["héllo wörld ", ""])),
        ("héllo wörld héllo", Some("héllo"), 2, Some(&["", " wörld ", ""]), Some(&["", " wörld ", ""])),
        ("héllo wörld héllo", Some("héllo"), 100, Some(&["", " wörld ", ""]), Some(&["", " wörld ", ""])),
        ("😀|😀||😀", Some("|"), -1, Some(&["😀", "😀", "", "😀"]), Some(&["😀", "😀", "", "😀"])),
        ("😀|😀||😀", Some("|"), 0, Some(&["😀|😀||😀"]), Some(&["😀|😀||😀"])),
        ("😀|😀||😀", Some("|"), 1, Some(&["😀", "😀||😀"]), Some(&["😀|😀|", "😀"])),
        ("😀|😀||😀", Some("|"), 2, Some(&["😀", "😀", "|😀"]), Some(&["😀|😀", "", "😀"])),
        ("😀|😀||😀", Some("|"), 100, Some(&["😀", "😀", "", "😀"]), Some(&["😀", "😀", "", "😀"])),
        ("😀|😀||😀", Some("😀"), -1, Some(&["", "|", "||", ""]), Some(&["", "|", "||", ""])),
        ("😀|😀||😀", Some("😀"), 0, Some(&["😀|😀||😀"]), Some(&["😀|😀||😀"])),
        ("😀|😀||😀", Some("😀"), 1, Some(&["", "|😀||😀"]), Some(&["😀|😀||", ""])),
        ("😀|😀||😀", Some("😀"), 2, Some(&["", "|", "||😀"]), Some(&["😀|", "||", ""])),
        ("😀|😀||😀", Some("😀"), 100, Some(&["", "|", "||", ""]), Some(&["", "|", "||", ""])),
        ("😀|😀||😀", Some("||"), -1, Some(&["😀|😀", "😀"]), Some(&["😀|😀", "😀"])),
        ("😀|😀||😀", Some("||"), 0, Some(&["😀|😀||😀"]), Some(&["😀|😀||😀"])),
        ("😀|😀||😀", Some("||"), 1, Some(&["😀|😀", "😀"]), Some(&["😀|😀", "😀"])),
        ("😀|😀||😀", Some("||"), 2, Some(&["😀|😀", "😀"]), Some(&["😀|😀", "😀"])),
        ("😀|😀||😀", Some("||"), 100, Some(&["😀|😀", "😀"]), Some(&["😀|😀", "😀"])),
        ("  a b  c  ", None, -1, Some(&["a", "b", "c"]), Some(&["a", "b", "c"])),
        ("  a b  c  ", None, 0, Some(&["a b  c  "]), Some(&["  a b  c"])),
        ("  a b  c  ", None, 1, Some(&["a", "b  c  "]), Some(&["  a b", "c"])),
        ("  a b  c  ", None, 2, Some(&["a", "b", "c  "]), Some(&["  a", "b", "c"])),
        ("  a b  c  ", None, 100, Some(&["a", "b", "c"]), Some(&["a", "b", "c"])),
        ("  a b  c  ", Some(" "), -1, Some(&["", "", "a", "b", "", "c", "", ""]), Some(&["", "", "a", "b", "", "c", "", ""])),
        ("  a b  c  ", Some(" "), 0, Some(&["  a b  c  "]), Some(&["  a b  c  "])),
        ("  a b  c  ", Some(" "), 1, Some(&["", " a b  c  "]), Some(&["  a b  c ", ""])),
        ("  a b  c  ", Some(" "), 2, Some(&["", "", "a b  c  "]), Some(&["  a b  c", "", ""])),
        ("  a b  c  ", Some(" "), 100, Some(&["", "", "a", "b", "", "c", "", ""]), Some(&["", "", "a", "b", "", "c", "", ""])),
        ("  a b  c  ", Some("  "), -1, Some(&["", "a b", "c", ""]), Some(&["", "a b", "c", ""])),
        ("  a b  c  ", Some("  "), 0, Some(&["  a b  c  "]), Some(&["  a b  c  "])),
        ("  a b  c  ", Some("  "), 1, Some(&["", "a b  c  "]), Some(&["  a b  c", ""])),
        ("  a b  c  ", Some("  "), 2, Some(&["", "a b", "c  "]), Some(&["  a b", "c", ""])),
        ("  a b  c  ", Some("  "), 100, Some(&["", "a b", "c", ""]), Some(&["", "a b", "c", ""])),
        ("\u{3000}x\u{2028}y\u{85}", None, -1, Some(&["x", "y"]), Some(&["x", "y"])),
        ("\u{3000}x\u{2028}y\u{85}", None, 0, Some(&["x\u{2028}y\u{85}"]), Some(&["\u{3000}x\u{2028}y"])),
        ("\u{3000}x\u{2028}y\u{85}", None, 1, Some(&["x", "y\u{85}"]), Some(&["\u{3000}x", "y"])),
        ("\u{3000}x\u{2028}y\u{85}", None, 2, Some(&["x", "y"]), Some(&["x", "y"])),
        ("\u{3000}x\u{2028}y\u{85}", None, 100, Some(&["x", "y"]), Some(&["x", "y"])),
        ("abc", None, -1, Some(&["abc"]), Some(&["abc"])),
        ("abc", None, 0, Some(&["abc"]), Some(&["abc"])),
        ("abc", None, 1, Some(&["abc"]), Some(&["abc"])),
        ("abc", None, 2, Some(&["abc"]), Some(&["abc"])),
        ("abc", None, 100, Some(&["abc"]), Some(&["abc"])),
        ("abc", Some(""), -1, None, None),
        ("abc", Some(""), 0, None, None),
        ("abc", Some(""), 1, None, None),
        ("abc", Some(""), 2, None, None),
        ("abc", Some(""), 100, None, None),
        ("", None, -1, Some(&[]), Some(&[])),
        ("", None, 0, Some(&[]), Some(&[])),
        ("", None, 1, Some(&[]), Some(&[])),
        ("", None, 2, Some(&[]), Some(&[])),
        ("", None, 100, Some(&[]), Some(&[])),
    ];
    /// (s, sep, partition, rpartition); None = ValueError("empty separator")
    #[rustfmt::skip]
    const PARTITION_CASES: &[(&str, &str, Option<(&str, &str, &str)>, Option<(&str, &str, &str)>)] = &[
        ("a,b,c", ",", Some(("a", ",", "b,c")), Some(("a,b", ",", "c"))),
        ("a,b,c", "b", Some(("a,", "b", ",c")), Some(("a,", "b", ",c"))),
        ("a,b,c", "x", Some(("a,b,c", "", "")), Some(("", "", "a,b,c"))),
        ("a,b,c", "", None, None),
        ("a,b,c", "a,b,c", Some(("", "a,b,c", "")), Some(("", "a,b,c", ""))),
        ("a,b,c", ",c", Some(("a,b", ",c", "")), Some(("a,b", ",c", ""))),
        ("", ",", Some(("", "", "")), Some(("", "", ""))),
        ("", "", None, None),
        ("héllo wörld", "l", Some(("hé", "l", "lo wörld")), Some(("héllo wör", "l", "d"))),
        ("héllo wörld", "ö", Some(("héllo w", "ö", "rld")), Some(("héllo w", "ö", "rld"))),
        ("héllo wörld", "😀", Some(("héllo wörld", "", "")), Some(("", "", "héllo wörld"))),
        ("😀a😀", "😀", Some(("", "😀", "a😀")), Some(("😀a", "😀", ""))),
        ("😀a😀", "a", Some(("😀", "a", "😀")), Some(("😀", "a", "😀"))),
    ];
    /// (s, old, new, count, result)
    #[rustfmt::skip]
    const REPLACE_CASES: &[(&str, &str, &str, i64, &str)] = &[
        ("abcabc", "", "", -1, "abcabc"),
        ("abcabc", "", "", 0, "abcabc"),
        ("abcabc", "", "", 1, "abcabc"),
        ("abcabc", "", "", 2, "abcabc"),
        ("abcabc", "", "", 100, "abcabc"),
        ("abcabc", "", "-", -1, "-a-b-c-a-b-c-"),
        ("abcabc", "", "-", 0, "abcabc"),
        ("abcabc", "", "-", 1, "-abcabc"),
        ("abcabc", "", "-", 2, "-a-bcabc"),
        ("abcabc", "", "-", 100, "-a-b-c-a-b-c-"),
        ("abcabc", "", "XYö", -1, "XYöaXYöbXYöcXYöaXYöbXYöcXYö"),
        ("abcabc", "", "XYö", 0, "abcabc"),
        ("abcabc", "", "XYö", 1, "XYöabcabc"),
        ("abcabc", "", "XYö", 2, "XYöaXYöbcabc"),
        ("abcabc", "", "XYö", 100, "XYöaXYöbXYöcXYöaXYöbXYöcXYö"),
        ("abcabc", "a", "", -1, "bcbc"),
        ("abcabc", "a", "", 0, "abcabc"),
        ("abcabc", "a", "", 1, "bcabc"),
        ("abcabc", "a", "", 2, "bcbc"),
        ("abcabc", "a", "", 100, "bcbc"),
        ("abcabc", "a", "-", -1, "-bc-bc"),
        ("abcabc", "a", "-", 0, "abcabc"),
        ("abcabc", "a", "-", 1, "-bcabc"),
        ("abcabc", "a", "-", 2, "-bc-bc"),
        ("abcabc", "a", "-", 100, "-bc-bc"),
        ("abcabc", "a", "XYö", -1, "XYöbcXYöbc"),
        ("abcabc", "a", "XYö", 0, "abcabc"),
        ("abcabc", "a", "XYö", 1, "XYöbcabc"),
        ("abcabc", "a", "XYö", 2, "XYöbcXYöbc"),
        ("abcabc", "a", "XYö", 100, "XYöbcXYöbc"),
        ("abcabc", "bc", "", -1, "aa"),
        ("abcabc", "bc", "", 0, "abcabc"),
        ("abcabc", "bc", "", 1, "aabc"),
        ("abcabc", "bc", "", 2, "aa"),
        ("abcabc", "bc", "", 100, "aa"),
        ("abcabc", "bc", "-", -1, "a-a-"),
        ("abcabc", "bc", "-", 0, "abcabc"),
        ("abcabc", "bc", "-", 1, "a-abc"),
        ("abcabc", "bc", "-", 2, "a-a-"),
        ("abcabc", "bc", "-", 100, "a-a-"),
        ("abcabc", "bc", "XYö", -1, "aXYöaXYö"),
        ("abcabc", "bc", "XYö", 0, "abcabc"),
        ("abcabc", "bc", "XYö", 1, "aXYöabc"),
        ("abcabc", "bc", "XYö", 2, "aXYöaXYö"),
        ("abcabc", "bc", "XYö", 100, "aXYöaXYö"),
        ("abcabc", "abcabc", "", -1, ""),
        ("abcabc", "abcabc", "", 0, "abcabc"),
        ("abcabc", "abcabc", "", 1, ""),
        ("abcabc", "abcabc", "", 2, ""),
        ("abcabc", "abcabc", "", 100, ""),
        ("abcabc", "abcabc", "-", -1, "-"),
        ("abcabc", "abcabc", "-", 0, "abcabc"),
        ("abcabc", "abcabc", "-", 1, "-"),
        ("abcabc", "abcabc", "-", 2, "-"),
        ("abcabc", "abcabc", "-", 100, "-"),
        ("abcabc", "abcabc", "XYö", -1, "XYö"),
        ("abcabc", "abcabc", "XYö", 0, "abcabc"),
        ("abcabc", "abcabc", "XYö", 1, "XYö"),
        ("abcabc", "abcabc", "XYö", 2, "XYö"),
        ("abcabc", "abcabc", "XYö", 100, "XYö"),
        ("abcabc", "x", "", -1, "abcabc"),
        ("abcabc", "x", "", 0, "abcabc"),
        ("abcabc", "x", "", 1, "abcabc"),
        ("abcabc", "x", "", 2, "abcabc"),
        ("abcabc", "x", "", 100, "abcabc"),
        ("abcabc", "x", "-", -1, "abcabc"),
        ("abcabc", "x", "-", 0, "abcabc"),
        ("abcabc", "x", "-", 1, "abcabc"),
        ("abcabc", "x", "-", 2, "abcabc"),
        ("abcabc", "x", "-", 100, "abcabc"),
        ("abcabc", "x", "XYö", -1, "abcabc"),
        ("abcabc", "x", "XYö", 0, "abcabc"),
        ("abcabc", "x", "XYö", 1, "abcabc"),
        ("abcabc", "x", "XYö", 2, "abcabc"),
        ("abcabc", "x", "XYö", 100, "abcabc"),
        ("", "", "", -1, ""),
        ("", "", "", 0, ""),
        ("", "", "", 1, ""),
        ("", "", "", 2, ""),
        ("", "", "", 100, ""),
        ("", "", "-", -1, "-"),
        ("", "", "-", 0, ""),
        ("", "", "-", 1, "-"),
        ("", "", "-", 2, "-"),
        ("", "", "-", 100, "-"),
        ("", "", "XYö", -1, "XYö"),
        ("", "", "XYö", 0, ""),
        ("", "", "XYö", 1, "XYö"),
        ("", "", "XYö", 2, "XYö"),
        ("", "", "XYö", 100, "XYö"),
        ("", "a", "", -1, ""),
        ("", "a", "", 0, ""),
        ("", "a", "", 1, ""),
        ("", "a", "", 2, ""),
        ("", "a", "", 100, ""),
        ("", "a", "-", -1, ""),
        ("", "a", "-", 0, ""),
        ("", "a", "-", 1, ""),
        ("", "a", "-", 2, ""),
        ("", "a", "-", 100, ""),
        ("", "a", "XYö", -1, ""),
        ("", "a", "XYö", 0, ""),
        ("", "a", "XYö", 1, ""),
        ("", "a", "XYö", 2, ""),
        ("", "a", "XYö", 100, ""),
        ("aaaa", "a", "", -1, ""),
        ("aaaa", "a", "", 0, "aaaa"),
        ("aaaa", "a", "", 1, "aaa"),
        ("aaaa", "a", "", 2, "aa"),
        ("aaaa", "a", "", 100, ""),
        ("aaaa", "a", "-", -1, "----"),
        ("aaaa", "a", "-", 0, "aaaa"),
        ("aaaa", "a", "-", 1, "-aaa"),
        ("aaaa", "a", "-", 2, "--aa"),
        ("aaaa", "a", "-", 100, "----"),
        ("aaaa", "a", "XYö", -1, "XYöXYöXYöXYö"),
        ("aaaa", "a", "XYö", 0, "aaaa"),
        ("aaaa", "a", "XYö", 1, "XYöaaa"),
        ("aaaa", "a", "XYö", 2, "XYöXYöaa"),
        ("aaaa", "a", "XYö", 100, "XYöXYöXYöXYö"),
        ("aaaa", "aa", "", -1, ""),
        ("aaaa", "aa", "", 0, "aaaa"),
        ("aaaa", "aa", "", 1, "aa"),
        ("aaaa", "aa", "", 2, ""),
        ("aaaa", "aa", "", 100, ""),
        ("aaaa", "aa", "-", -1, "--"),
        ("aaaa", "aa", "-", 0, "aaaa"),
        ("aaaa", "aa", "-", 1, "-aa"),
        ("aaaa", "aa", "-", 2, "--"),
        ("aaaa", "aa", "-", 100, "--"),
        ("aaaa", "aa", "XYö", -1, "XYöXYö"),
        ("aaaa", "aa", "XYö", 0, "aaaa"),
        ("aaaa", "aa", "XYö", 1, "XYöaa"),
        ("aaaa", "aa", "XYö", 2, "XYöXYö"),
        ("aaaa", "aa", "XYö", 100, "XYöXYö"),
        ("héllo😀", "", "", -1, "héllo😀"),
        ("héllo😀", "", "", 0, "héllo😀"),
        ("héllo😀", "", "", 1, "héllo😀"),
        ("héllo😀", "", "", 2, "héllo😀"),
        ("héllo😀", "", "", 100, "héllo😀"),
        ("héllo😀", "", "-", -1, "-h-é-l-l-o-😀-"),
        ("héllo😀", "", "-", 0, "héllo😀"),
        ("héllo😀", "", "-", 1, "-héllo😀"),
        ("héllo😀", "", "-", 2, "-h-éllo😀"),
        ("héllo😀", "", "-", 100, "-h-é-l-l-o-😀-"),
        ("héllo😀", "", "XYö", -1, "XYöhXYöéXYölXYölXYöoXYö😀XYö"),
        ("héllo😀", "", "XYö", 0, "héllo😀"),
        ("héllo😀", "", "XYö", 1, "XYöhéllo😀"),
        ("héllo😀", "", "XYö", 2, "XYöhXYöéllo😀"),
        ("héllo😀", "", "XYö", 100, "XYöhXYöéXYölXYölXYöoXYö😀XYö"),
        ("héllo😀", "l", "", -1, "héo😀"),
        ("héllo😀", "l", "", 0, "héllo😀"),
        ("héllo😀", "l", "", 1, "hélo😀"),
        ("héllo😀", "l", "", 2, "héo😀"),
        ("héllo😀", "l", "", 100, "héo😀"),
        ("héllo😀", "l", "-", -1, "hé--o😀"),
        ("héllo😀", "l", "-", 0, "héllo😀"),
        ("héllo😀", "l", "-", 1, "hé-lo😀"),
        ("héllo😀", "l", "-", 2, "hé--o😀"),
        ("héllo😀", "l", "-", 100, "hé--o😀"),
        ("héllo😀", "l", "XYö", -1, "héXYöXYöo😀"),
        ("héllo😀", "l", "XYö", 0, "héllo😀"),
        ("héllo😀", "l", "XYö", 1, "héXYölo😀"),
        ("héllo😀", "l", "XYö", 2, "héXYöXYöo😀"),
        ("héllo😀", "l", "XYö", 100, "héXYöXYöo😀"),
        ("héllo😀", "😀", "", -1, "héllo"),
        ("héllo😀", "😀", "", 0, "héllo😀"),
        ("héllo😀", "😀", "", 1, "héllo"),
        ("héllo😀", "😀", "", 2, "héllo"),
        ("héllo😀", "😀", "", 100, "héllo"),
        ("héllo😀", "😀", "-", -1, "héllo-"),
        ("héllo😀", "😀", "-", 0, "héllo😀"),
        ("héllo😀", "😀", "-", 1, "héllo-"),
        ("héllo😀", "😀", "-", 2, "héllo-"),
        ("héllo😀", "😀", "-", 100, "héllo-"),
        ("héllo😀", "😀", "XYö", -1, "hélloXYö"),
        ("héllo😀", "😀", "XYö", 0, "héllo😀"),
        ("héllo😀", "😀", "XYö", 1, "hélloXYö"),
        ("héllo😀", "😀", "XYö", 2, "hélloXYö"),
        ("héllo😀", "😀", "XYö", 100, "hélloXYö"),
        ("ß", "", "", -1, "ß"),
        ("ß", "", "", 0, "ß"),
        ("ß", "", "", 1, "ß"),
        ("ß", "", "", 2, "ß"),
        ("ß", "", "", 100, "ß"),
        ("ß", "", "-", -1, "-ß-"),
        ("ß", "", "-", 0, "ß"),
        ("ß", "", "-", 1, "-ß"),
        ("ß", "", "-", 2, "-ß-"),
        ("ß", "", "-", 100, "-ß-"),
        ("ß", "", "XYö", -1, "XYößXYö"),
        ("ß", "", "XYö", 0, "ß"),
        ("ß", "", "XYö", 1, "XYöß"),
        ("ß", "", "XYö", 2, "XYößXYö"),
        ("ß", "", "XYö", 100, "XYößXYö"),
        ("ß", "ß", "", -1, ""),
        ("ß", "ß", "", 0, "ß"),
        ("ß", "ß", "", 1, ""),
        ("ß", "ß", "", 2, ""),
        ("ß", "ß", "", 100, ""),
        ("ß", "ß", "-", -1, "-"),
        ("ß", "ß", "-", 0, "ß"),
        ("ß", "ß", "-", 1, "-"),
        ("ß", "ß", "-", 2, "-"),
        ("ß", "ß", "-", 100, "-"),
        ("ß", "ß", "XYö", -1, "XYö"),
        ("ß", "ß", "XYö", 0, "ß"),
        ("ß", "ß", "XYö", 1, "XYö"),
        ("ß", "ß", "XYö", 2, "XYö"),
        ("ß", "ß", "XYö", 100, "XYö"),
    ];
    /// (s, start, stop, step, s[start:stop:step]) with normalized indices
    #[rustfmt::skip]
    const SLICE_CASES: &[(&str, i64, i64, i64, &str)] = &[
        ("", 0, 0, 1, ""),
        ("", 0, 0, 2, ""),
        ("", 0, 0, 3, ""),
        ("", -1, -1, -1, ""),
        ("", -1, -1, -2, ""),
        ("abcdef", 0, 6, 1, "abcdef"),
        ("abcdef", 0, 6, 2, "ace"),
        ("abcdef", 0, 6, 3, "ad"),
        ("abcdef", 5, -1, -1, "fedcba"),
        ("abcdef", 5, -1, -2, "fdb"),
        ("abcdef", 0, 0, 1, ""),
        ("abcdef", 0, 0, 2, ""),
        ("abcdef", 0, 0, 3, ""),
        ("abcdef", 5, 0, -1, "fedcb"),
        ("abcdef", 5, 0, -2, "fdb"),
        ("abcdef", 0, 2, 1, "ab"),
        ("abcdef", 0, 2, 2, "a"),
        ("abcdef", 0, 2, 3, "a"),
        ("abcdef", 5, 2, -1, "fed"),
        ("abcdef", 5, 2, -2, "fd"),
        ("abcdef", 0, 4, 1, "abcd"),
        ("abcdef", 0, 4, 2, "ac"),
        ("abcdef", 0, 4, 3, "ad"),
        ("abcdef", 5, 4, -1, "f"),
        ("abcdef", 5, 4, -2, "f"),
        ("abcdef", 5, 5, -1, ""),
        ("abcdef", 5, 5, -2, ""),
        ("abcdef", 1, 6, 1, "bcdef"),
        ("abcdef", 1, 6, 2, "bdf"),
        ("abcdef", 1, 6, 3, "be"),
        ("abcdef", 1, -1, -1, "ba"),
        ("abcdef", 1, -1, -2, "b"),
        ("abcdef", 1, 0, 1, ""),
        ("abcdef", 1, 0, 2, ""),
        ("abcdef", 1, 0, 3, ""),
        ("abcdef", 1, 0, -1, "b"),
        ("abcdef", 1, 0, -2, "b"),
        ("abcdef", 1, 2, 1, "b"),
        ("abcdef", 1, 2, 2, "b"),
        ("abcdef", 1, 2, 3, "b"),
        ("abcdef", 1, 2, -1, ""),
        ("abcdef", 1, 2, -2, ""),
        ("abcdef", 1, 4, 1, "bcd"),
        ("abcdef", 1, 4, 2, "bd"),
        ("abcdef", 1, 4, 3, "b"),
        ("abcdef", 1, 4, -1, ""),
        ("abcdef", 1, 4, -2, ""),
        ("abcdef", 1, 5, -1, ""),
        ("abcdef", 1, 5, -2, ""),
        ("abcdef", 5, 6, 1, "f"),
        ("abcdef", 5, 6, 2, "f"),
        ("abcdef", 5, 6, 3, "f"),
        ("abcdef", 5, 0, 1, ""),
        ("abcdef", 5, 0, 2, ""),
        ("abcdef", 5, 0, 3, ""),
        ("abcdef", 5, 2, 1, ""),
        ("abcdef", 5, 2, 2, ""),
        ("abcdef", 5, 2, 3, ""),
        ("abcdef", 5, 4, 1, ""),
        ("abcdef", 5, 4, 2, ""),
        ("abcdef", 5, 4, 3, ""),
        ("abcdef", 3, 6, 1, "def"),
        ("abcdef", 3, 6, 2, "df"),
        ("abcdef", 3, 6, 3, "d"),
        ("abcdef", 3, -1, -1, "dcba"),
        ("abcdef", 3, -1, -2, "db"),
        ("abcdef", 3, 0, 1, ""),
        ("abcdef", 3, 0, 2, ""),
        ("abcdef", 3, 0, 3, ""),
        ("abcdef", 3, 0, -1, "dcb"),
        ("abcdef", 3, 0, -2, "db"),
        ("abcdef", 3, 2, 1, ""),
        ("abcdef", 3, 2, 2, ""),
        ("abcdef", 3, 2, 3, ""),
        ("abcdef", 3, 2, -1, "d"),
        ("abcdef", 3, 2, -2, "d"),
        ("abcdef", 3, 4, 1, "d"),
        ("abcdef", 3, 4, 2, "d"),
        ("abcdef", 3, 4, 3, "d"),
        ("abcdef", 3, 4, -1, ""),
        ("abcdef", 3, 4, -2, ""),
        ("abcdef", 3, 5, -1, ""),
        ("abcdef", 3, 5, -2, ""),
        ("abcdef", 6, 6, 1, ""),
        ("abcdef", 6, 6, 2, ""),
        ("abcdef", 6, 6, 3, ""),
        ("abcdef", 6, 0, 1, ""),
        ("abcdef", 6, 0, 2, ""),
        ("abcdef", 6, 0, 3, ""),
        ("abcdef", 6, 2, 1, ""),
        ("abcdef", 6, 2, 2, ""),
        ("abcdef", 6, 2, 3, ""),
        ("abcdef", 6, 4, 1, ""),
        ("abcdef", 6, 4, 2, ""),
        ("abcdef", 6, 4, 3, ""),
        ("abcdef", -1, -1, -1, ""),
        ("abcdef", -1, -1, -2, ""),
        ("abcdef", -1, 0, -1, ""),
        ("abcdef", -1, 0, -2, ""),
        ("abcdef", -1, 2, -1, ""),
        ("abcdef", -1, 2, -2, ""),
        ("abcdef", -1, 4, -1, ""),
        ("abcdef", -1, 4, -2, ""),
        ("abcdef", -1, 5, -1, ""),
        ("abcdef", -1, 5, -2, ""),
        ("héllo😀wörld", 0, 11, 1, "héllo😀wörld"),
        ("héllo😀wörld", 0, 11, 2, "hlowrd"),
        ("héllo😀wörld", 0, 11, 3, "hlwl"),
        ("héllo😀wörld", 10, -1, -1, "dlröw😀olléh"),
        ("héllo😀wörld", 10, -1, -2, "drwolh"),
        ("héllo😀wörld", 0, 0, 1, ""),
        ("héllo😀wörld", 0, 0, 2, ""),
        ("héllo😀wörld", 0, 0, 3, ""),
        ("héllo😀wörld", 10, 0, -1, "dlröw😀ollé"),
        ("héllo😀wörld", 10, 0, -2, "drwol"),
        ("héllo😀wörld", 0, 2, 1, "hé"),
        ("héllo😀wörld", 0, 2, 2, "h"),
        ("héllo😀wörld", 0, 2, 3, "h"),
        ("héllo😀wörld", 10, 2, -1, "dlröw😀ol"),
        ("héllo😀wörld", 10, 2, -2, "drwo"),
        ("héllo😀wörld", 0, 9, 1, "héllo😀wör"),
        ("héllo😀wörld", 0, 9, 2, "hlowr"),
        ("héllo😀wörld", 0, 9, 3, "hlw"),
        ("héllo😀wörld", 10, 9, -1, "d"),
        ("héllo😀wörld", 10, 9, -2, "d"),
        ("héllo😀wörld", 10, 10, -1, ""),
        ("héllo😀wörld", 10, 10, -2, ""),
        ("héllo😀wörld", 1, 11, 1, "éllo😀wörld"),
        ("héllo😀wörld", 1, 11, 2, "él😀öl"),
        ("héllo😀wörld", 1, 11, 3, "éoöd"),
        ("héllo😀wörld", 1, -1, -1, "éh"),
        ("héllo😀wörld", 1, -1, -2, "é"),
        ("héllo😀wörld", 1, 0, 1, ""),
        ("héllo😀wörld", 1, 0, 2, ""),
        ("héllo😀wörld", 1, 0, 3, ""),
        ("héllo😀wörld", 1, 0, -1, "é"),
        ("héllo😀wörld", 1, 0, -2, "é"),
        ("héllo😀wörld", 1, 2, 1, "é"),
        ("héllo😀wörld", 1, 2, 2, "é"),
        ("héllo😀wörld", 1, 2, 3, "é"),
        ("héllo😀wörld", 1, 2, -1, ""),
        ("héllo😀wörld", 1, 2, -2, ""),
        ("héllo😀wörld", 1, 9, 1, "éllo😀wör"),
        ("héllo😀wörld", 1, 9, 2, "él😀ö"),
        ("héllo😀wörld", 1, 9, 3, "éoö"),
        ("héllo😀wörld", 1, 9, -1, ""),
        ("héllo😀wörld", 1, 9, -2, ""),
        ("héllo😀wörld", 1, 10, -1, ""),
        ("héllo😀wörld", 1, 10, -2, ""),
        ("héllo😀wörld", 10, 11, 1, "d"),
        ("héllo😀wörld", 10, 11, 2, "d"),
        ("héllo😀wörld", 10, 11, 3, "d"),
        ("héllo😀wörld", 10, 0, 1, ""),
        ("héllo😀wörld", 10, 0, 2, ""),
        ("héllo😀wörld", 10, 0, 3, ""),
        ("héllo😀wörld", 10, 2, 1, ""),
        ("héllo😀wörld", 10, 2, 2, ""),
        ("héllo😀wörld", 10, 2, 3, ""),
        ("héllo😀wörld", 10, 9, 1, ""),
        ("héllo😀wörld", 10, 9, 2, ""),
        ("héllo😀wörld", 10, 9, 3, ""),
        ("héllo😀wörld", 3, 11, 1, "lo😀wörld"),
        ("héllo😀wörld", 3, 11, 2, "l😀öl"),
        ("héllo😀wörld", 3, 11, 3, "lwl"),
        ("héllo😀wörld", 3, -1, -1, "lléh"),
        ("héllo😀wörld", 3, -1, -2, "lé"),
        ("héllo😀wörld", 3, 0, 1, ""),
        ("héllo😀wörld", 3, 0, 2, ""),
        ("héllo😀wörld", 3, 0, 3, ""),
        ("héllo😀wörld", 3, 0, -1, "llé"),
        ("héllo😀wörld", 3, 0, -2, "lé"),
        ("héllo😀wörld", 3, 2, 1, ""),
        ("héllo😀wörld", 3, 2, 2, ""),
        ("héllo😀wörld", 3, 2, 3, ""),
        ("héllo😀wörld", 3, 2, -1, "l"),
        ("héllo😀wörld", 3, 2, -2, "l"),
        ("héllo😀wörld", 3, 9, 1, "lo😀wör"),
        ("héllo😀wörld", 3, 9, 2, "l😀ö"),
        ("héllo😀wörld", 3, 9, 3, "lw"),
        ("héllo😀wörld", 3, 9, -1, ""),
        ("héllo😀wörld", 3, 9, -2, ""),
        ("héllo😀wörld", 3, 10, -1, ""),
        ("héllo😀wörld", 3, 10, -2, ""),
        ("héllo😀wörld", 11, 11, 1, ""),
        ("héllo😀wörld", 11, 11, 2, ""),
        ("héllo😀wörld", 11, 11, 3, ""),
        ("héllo😀wörld", 11, 0, 1, ""),
        ("héllo😀wörld", 11, 0, 2, ""),
        ("héllo😀wörld", 11, 0, 3, ""),
        ("héllo😀wörld", 11, 2, 1, ""),
        ("héllo😀wörld", 11, 2, 2, ""),
        ("héllo😀wörld", 11, 2, 3, ""),
        ("héllo😀wörld", 11, 9, 1, ""),
        ("héllo😀wörld", 11, 9, 2, ""),
        ("héllo😀wörld", 11, 9, 3, ""),
        ("héllo😀wörld", -1, -1, -1, ""),
        ("héllo😀wörld", -1, -1, -2, ""),
        ("héllo😀wörld", -1, 0, -1, ""),
        ("héllo😀wörld", -1, 0, -2, ""),
        ("héllo😀wörld", -1, 2, -1, ""),
        ("héllo😀wörld", -1, 2, -2, ""),
        ("héllo😀wörld", -1, 9, -1, ""),
        ("héllo😀wörld", -1, 9, -2, ""),
        ("héllo😀wörld", -1, 10, -1, ""),
        ("héllo😀wörld", -1, 10, -2, ""),
        ("😀", 0, 1, 1, "😀"),
        ("😀", 0, 1, 2, "😀"),
        ("😀", 0, 1, 3, "😀"),
        ("😀", 0, -1, -1, "😀"),
        ("😀", 0, -1, -2, "😀"),
        ("😀", 0, 0, 1, ""),
        ("😀", 0, 0, 2, ""),
        ("😀", 0, 0, 3, ""),
        ("😀", 0, 0, -1, ""),
        ("😀", 0, 0, -2, ""),
        ("😀", 1, 1, 1, ""),
        ("😀", 1, 1, 2, ""),
        ("😀", 1, 1, 3, ""),
        ("😀", 1, 0, 1, ""),
        ("😀", 1, 0, 2, ""),
        ("😀", 1, 0, 3, ""),
        ("😀", -1, -1, -1, ""),
        ("😀", -1, -1, -2, ""),
        ("😀", -1, 0, -1, ""),
        ("😀", -1, 0, -2, ""),
    ];
    /// (s, start, stop, char_slice == s[start:stop] for non-negative indices)
    #[rustfmt::skip]
    const CHAR_SLICE_CASES: &[(&str, usize, usize, &str)] = &[
        ("", 0, 0, ""),
        ("", 0, 1, ""),
        ("", 1, 0, ""),
        ("", 1, 1, ""),
        ("abc", 0, 0, ""),
        ("abc", 0, 1, "a"),
        ("abc", 0, 2, "ab"),
        ("abc", 0, 3, "abc"),
        ("abc", 0, 4, "abc"),
        ("abc", 1, 0, ""),
        ("abc", 1, 1, ""),
        ("abc", 1, 2, "b"),
        ("abc", 1, 3, "bc"),
        ("abc", 1, 4, "bc"),
        ("abc", 2, 0, ""),
        ("abc", 2, 1, ""),
        ("abc", 2, 2, ""),
        ("abc", 2, 3, "c"),
        ("abc", 2, 4, "c"),
        ("abc", 3, 0, ""),
        ("abc", 3, 1, ""),
        ("abc", 3, 2, ""),
        ("abc", 3, 3, ""),
        ("abc", 3, 4, ""),
        ("abc", 4, 0, ""),
        ("abc", 4, 1, ""),
        ("abc", 4, 2, ""),
        ("abc", 4, 3, ""),
        ("abc", 4, 4, ""),
        ("héllo😀", 0, 0, ""),
        ("héllo😀", 0, 1, "h"),
        ("héllo😀", 0, 2, "hé"),
        ("héllo😀", 0, 3, "hél"),
        ("héllo😀", 0, 4, "héll"),
        ("héllo😀", 0, 5, "héllo"),
        ("héllo😀", 0, 6, "héllo😀"),
        ("héllo😀", 0, 7, "héllo😀"),
        ("héllo😀", 1, 0, ""),
        ("héllo😀", 1, 1, ""),
        ("héllo😀", 1, 2, "é"),
        ("héllo😀", 1, 3, "él"),
        ("héllo😀", 1, 4, "éll"),
        ("héllo😀", 1, 5, "éllo"),
        ("héllo😀", 1, 6, "éllo😀"),
        ("héllo😀", 1, 7, "éllo😀"),
        ("héllo😀", 2, 0, ""),
        ("héllo😀", 2, 1, ""),
        ("héllo😀", 2, 2, ""),
        ("héllo😀", 2, 3, "l"),
        ("héllo😀", 2, 4, "ll"),
        ("héllo😀", 2, 5, "llo"),
        ("héllo😀", 2, 6, "llo😀"),
        ("héllo😀", 2, 7, "llo😀"),
        ("héllo😀", 3, 0, ""),
        ("héllo😀", 3, 1, ""),
        ("héllo😀", 3, 2, ""),
        ("héllo😀", 3, 3, ""),
        ("héllo😀", 3, 4, "l"),
        ("héllo😀", 3, 5, "lo"),
        ("héllo😀", 3, 6, "lo😀"),
        ("héllo😀", 3, 7, "lo😀"),
        ("héllo😀", 4, 0, ""),
        ("héllo😀", 4, 1, ""),
        ("héllo😀", 4, 2, ""),
        ("héllo😀", 4, 3, ""),
        ("héllo😀", 4, 4, ""),
        ("héllo😀", 4, 5, "o"),
        ("héllo😀", 4, 6, "o😀"),
        ("héllo😀", 4, 7, "o😀"),
        ("héllo😀", 5, 0, ""),
        ("héllo😀", 5, 1, ""),
        ("héllo😀", 5, 2, ""),
        ("héllo😀", 5, 3, ""),
        ("héllo😀", 5, 4, ""),
        ("héllo😀", 5, 5, ""),
        ("héllo😀", 5, 6, "😀"),
        ("héllo😀", 5, 7, "😀"),
        ("héllo😀", 6, 0, ""),
        ("héllo😀", 6, 1, ""),
        ("héllo😀", 6, 2, ""),
        ("héllo😀", 6, 3, ""),
        ("héllo😀", 6, 4, ""),
        ("héllo😀", 6, 5, ""),
        ("héllo😀", 6, 6, ""),
        ("héllo😀", 6, 7, ""),
        ("héllo😀", 7, 0, ""),
        ("héllo😀", 7, 1, ""),
        ("héllo😀", 7, 2, ""),
        ("héllo😀", 7, 3, ""),
        ("héllo😀", 7, 4, ""),
        ("héllo😀", 7, 5, ""),
        ("héllo😀", 7, 6, ""),
        ("héllo😀", 7, 7, ""),
        ("😀ß", 0, 0, ""),
        ("😀ß", 0, 1, "😀"),
        ("😀ß", 0, 2, "😀ß"),
        ("😀ß", 0, 3, "😀ß"),
        ("😀ß", 1, 0, ""),
        ("😀ß", 1, 1, ""),
        ("😀ß", 1, 2, "ß"),
        ("😀ß", 1, 3, "ß"),
        ("😀ß", 2, 0, ""),
        ("😀ß", 2, 1, ""),
        ("😀ß", 2, 2, ""),
        ("😀ß", 2, 3, ""),
        ("😀ß", 3, 0, ""),
        ("😀ß", 3, 1, ""),
        ("😀ß", 3, 2, ""),
        ("😀ß", 3, 3, ""),
    ];
    /// (s, width, fill, center, ljust, rjust, zfill)
    #[rustfmt::skip]
    const PAD_CASES: &[(&str, i64, char, &str, &str, &str, &str)] = &[
        ("", -5, ' ', "", "", "", ""),
        ("", -5, '*', "", "", "", ""),
        ("", 0, ' ', "", "", "", ""),
        ("", 0, '*', "", "", "", ""),
        ("", 2, ' ', "  ", "  ", "  ", "00"),
        ("", 2, '*', "**", "**", "**", "00"),
        ("", 3, ' ', "   ", "   ", "   ", "000"),
        ("", 3, '*', "***", "***", "***", "000"),
        ("", 4, ' ', "    ", "    ", "    ", "0000"),
        ("", 4, '*', "****", "****", "****", "0000"),
        ("", 4, 'é', "éééé", "éééé", "éééé", "0000"),
        ("", 4, '😀', "😀😀😀😀", "😀😀😀😀", "😀😀😀😀", "0000"),
        ("", 5, ' ', "     ", "     ", "     ", "00000"),
        ("", 5, '*', "*****", "*****", "*****", "00000"),
        ("", 6, ' ', "      ", "      ", "      ", "000000"),
        ("", 6, '*', "******", "******", "******", "000000"),
        ("", 7, ' ', "       ", "       ", "       ", "0000000"),
        ("", 7, '*', "*******", "*******", "*******", "0000000"),
        ("", 7, 'é', "ééééééé", "ééééééé", "ééééééé", "0000000"),
        ("", 7, '😀', "😀😀😀😀😀😀😀", "😀😀😀😀😀😀😀", "😀😀😀😀😀😀😀", "0000000"),
        ("a", -5, ' ', "a", "a", "a", "a"),
        ("a", -5, '*', "a", "a", "a", "a"),
        ("a", 0, ' ', "a", "a", "a", "a"),
        ("a", 0, '*', "a", "a", "a", "a"),
        ("a", 2, ' ', "a ", "a ", " a", "0a"),
        ("a", 2, '*', "a*", "a*", "*a", "0a"),
        ("a", 3, ' ', " a ", "a  ", "  a", "00a"),
        ("a", 3, '*', "*a*", "a**", "**a", "00a"),
        ("a", 4, ' ', " a  ", "a   ", "   a", "000a"),
        ("a", 4, '*', "*a**", "a***", "***a", "000a"),
        ("a", 4, 'é', "éaéé", "aééé", "éééa", "000a"),
        ("a", 4, '😀', "😀a😀😀", "a😀😀😀", "😀😀😀a", "000a"),
        ("a", 5, ' ', "  a  ", "a    ", "    a", "0000a"),
        ("a", 5, '*', "**a**", "a****", "****a", "0000a"),
        ("a", 6, ' ', "  a   ", "a     ", "     a", "00000a"),
        ("a", 6, '*', "**a***", "a*****", "*****a", "00000a"),
        ("a", 7, ' ', "   a   ", "a      ", "      a", "000000a"),
        ("a", 7, '*', "***a***", "a******", "******a", "000000a"),
        ("a", 7, 'é', "éééaééé", "aéééééé", "ééééééa", "000000a"),
        ("a", 7, '😀', "😀😀😀a😀😀😀", "a😀😀😀😀😀😀", "😀😀😀😀😀😀a", "000000a"),
        ("ab", -5, ' ', "ab", "ab", "ab", "ab"),
        ("ab", -5, '*', "ab", "ab", "ab", "ab"),
        ("ab", 0, ' ', "ab", "ab", "ab", "ab"),
        ("ab", 0, '*', "ab", "ab", "ab", "ab"),
        ("ab", 2, ' ', "ab", "ab", "ab", "ab"),
        ("ab", 2, '*', "ab", "ab", "ab", "ab"),
        ("ab", 3, ' ', " ab", "ab ", " ab", "0ab"),
        ("ab", 3, '*', "*ab", "ab*", "*ab", "0ab"),
        ("ab", 4, ' ', " ab ", "ab  ", "  ab", "00ab"),
        ("ab", 4, '*', "*ab*", "ab**", "**ab", "00ab"),
        ("ab", 4, 'é', "éabé", "abéé", "ééab", "00ab"),
        ("ab", 4, '😀', "😀ab😀", "ab😀😀", "😀😀ab", "00ab"),
        ("ab", 5, ' ', "  ab ", "ab   ", "   ab", "000ab"),
        ("ab", 5, '*', "**ab*", "ab***", "***ab", "000ab"),
        ("ab", 6, ' ', "  ab  ", "ab    ", "    ab", "0000ab"),
        ("ab", 6, '*', "**ab**", "ab****", "****ab", "0000ab"),
        ("ab", 7, ' ', "   ab  ", "ab     ", "     ab", "00000ab"),
        ("ab", 7, '*', "***ab**", "ab*****", "*****ab", "00000ab"),
        ("ab", 7, 'é', "éééabéé", "abééééé", "éééééab", "00000ab"),
        ("ab", 7, '😀', "😀😀😀ab😀😀", "ab😀😀😀😀😀", "😀😀😀😀😀ab", "00000ab"),
        ("abc", -5, ' ', "abc", "abc", "abc", "abc"),
        ("abc", -5, '*', "abc", "abc", "abc", "abc"),
        ("abc", 0, ' ', "abc", "abc", "abc", "abc"),
        ("abc", 0, '*', "abc", "abc", "abc", "abc"),
        ("abc", 2, ' ', "abc", "abc", "abc", "abc"),
        ("abc", 2, '*', "abc", "abc", "abc", "abc"),
        ("abc", 3, ' ', "abc", "abc", "abc", "abc"),
        ("abc", 3, '*', "abc", "abc", "abc", "abc"),
        ("abc", 4, ' ', "abc ", "abc ", " abc", "0abc"),
        ("abc", 4, '*', "abc*", "abc*", "*abc", "0abc"),
        ("abc", 4, 'é', "abcé", "abcé", "éabc", "0abc"),
        ("abc", 4, '😀', "abc😀", "abc😀", "😀abc", "0abc"),
        ("abc", 5, ' ', " abc ", "abc  ", "  abc", "00abc"),
        ("abc", 5, '*', "*abc*", "abc**", "**abc", "00abc"),
        ("abc", 6, ' ', " abc  ", "abc   ", "   abc", "000abc"),
        ("abc", 6, '*', "*abc**", "abc***", "***abc", "000abc"),
        ("abc", 7, ' ', "  abc  ", "abc    ", "    abc", "0000abc"),
        ("abc", 7, '*', "**abc**", "abc****", "****abc", "0000abc"),
        ("abc", 7, 'é', "ééabcéé", "abcéééé", "ééééabc", "0000abc"),
        ("abc", 7, '😀', "😀😀abc😀😀", "abc😀😀😀😀", "😀😀😀😀abc", "0000abc"),
        ("-42", -5, ' ', "-42", "-42", "-42", "-42"),
        ("-42", -5, '*', "-42", "-42", "-42", "-42"),
        ("-42", 0, ' ', "-42", "-42", "-42", "-42"),
        ("-42", 0, '*', "-42", "-42", "-42", "-42"),
        ("-42", 2, ' ', "-42", "-42", "-42", "-42"),
        ("-42", 2, '*', "-42", "-42", "-42", "-42"),
        ("-42", 3, ' ', "-42", "-42", "-42", "-42"),
        ("-42", 3, '*', "-42", "-42", "-42", "-42"),
        ("-42", 4, ' ', "-42 ", "-42 ", " -42", "-042"),
        ("-42", 4, '*', "-42*", "-42*", "*-42", "-042"),
        ("-42", 4, 'é', "-42é", "-42é", "é-42", "-042"),
        ("-42", 4, '😀', "-42😀", "-42😀", "😀-42", "-042"),
        ("-42", 5, ' ', " -42 ", "-42  ", "  -42", "-0042"),
        ("-42", 5, '*', "*-42*", "-42**", "**-42", "-0042"),
        ("-42", 6, ' ', " -42  ", "-42   ", "   -42", "-00042"),
        ("-42", 6, '*', "*-42**", "-42***", "***-42", "-00042"),
        ("-42", 7, ' ', "  -42  ", "-42    ", "    -42", "-000042"),
        ("-42", 7, '*', "**-42**", "-42****", "****-42", "-000042"),
        ("-42", 7, 'é', "éé-42éé", "-42éééé", "éééé-42", "-000042"),
        ("-42", 7, '😀', "😀😀-42😀😀", "-42😀😀😀😀", "😀😀😀😀-42", "-000042"),
        ("+7", -5, ' ', "+7", "+7", "+7", "+7"),
        ("+7", -5, '*', "+7", "+7", "+7", "+7"),
        ("+7", 0, ' ', "+7", "+7", "+7", "+7"),
        ("+7", 0, '*', "+7", "+7", "+7", "+7"),
        ("+7", 2, ' ', "+7", "+7", "+7", "+7"),
        ("+7", 2, '*', "+7", "+7", "+7", "+7"),
        ("+7", 3, ' ', " +7", "+7 ", " +7", "+07"),
        ("+7", 3, '*', "*+7", "+7*", "*+7", "+07"),
        ("+7", 4, ' ', " +7 ", "+7  ", "  +7", "+007"),
        ("+7", 4, '*', "*+7*", "+7**", "**+7", "+007"),
        ("+7", 4, 'é', "é+7é", "+7éé", "éé+7", "+007"),
        ("+7", 4, '😀', "😀+7😀", "+7😀😀", "😀😀+7", "+007"),
        ("+7", 5, ' ', "  +7 ", "+7   ", "   +7", "+0007"),
        ("+7", 5, '*', "**+7*", "+7***", "***+7", "+0007"),
        ("+7", 6, ' ', "  +7  ", "+7    ", "    +7", "+00007"),
        ("+7", 6, '*', "**+7**", "+7****", "****+7", "+00007"),
        ("+7", 7, ' ', "   +7  ", "+7     ", "     +7", "+000007"),
        ("+7", 7, '*', "***+7**", "+7*****", "*****+7", "+000007"),
        ("+7", 7, 'é', "ééé+7éé", "+7ééééé", "ééééé+7", "+000007"),
        ("+7", 7, '😀', "😀😀😀+7😀😀", "+7😀😀😀😀😀", "😀😀😀😀😀+7", "+000007"),
        ("-", -5, ' ', "-", "-", "-", "-"),
        ("-", -5, '*', "-", "-", "-", "-"),
        ("-", 0, ' ', "-", "-", "-", "-"),
        ("-", 0, '*', "-", "-", "-", "-"),
        ("-", 2, ' ', "- ", "- ", " -", "-0"),
        ("-", 2, '*', "-*", "-*", "*-", "-0"),
        ("-", 3, ' ', " - ", "-  ", "  -", "-00"),
        ("-", 3, '*', "*-*", "-**", "**-", "-00"),
        ("-", 4, ' ', " -  ", "-   ", "   -", "-000"),
        ("-", 4, '*', "*-**", "-***", "***-", "-000"),
        ("-", 4, 'é', "é-éé", "-ééé", "ééé-", "-000"),
        ("-", 4, '😀', "😀-😀😀", "-😀😀😀", "😀😀😀-", "-000"),
        ("-", 5, ' ', "  -  ", "-    ", "    -", "-0000"),
        ("-", 5, '*', "**-**", "-****", "****-", "-0000"),
        ("-", 6, ' ', "  -   ", "-     ", "     -", "-00000"),
        ("-", 6, '*', "**-***", "-*****", "*****-", "-00000"),
        ("-", 7, ' ', "   -   ", "-      ", "      -", "-000000"),
        ("-", 7, '*', "***-***", "-******", "******-", "-000000"),
        ("-", 7, 'é', "ééé-ééé", "-éééééé", "éééééé-", "-000000"),
        ("-", 7, '😀', "😀😀😀-😀😀😀", "-😀😀😀😀😀😀", "😀😀😀😀😀😀-", "-000000"),
        ("héllo", -5, ' ', "héllo", "héllo", "héllo", "héllo"),
        ("héllo", -5, '*', "héllo", "héllo", "héllo", "héllo"),
        ("héllo", 0, ' ', "héllo", "héllo", "héllo", "héllo"),
        ("héllo", 0, '*', "héllo", "héllo", "héllo", "héllo"),
        ("héllo", 2, ' ', "héllo", "héllo", "héllo", "héllo"),
        ("héllo", 2, '*', "héllo", "héllo", "héllo", "héllo"),
        ("héllo", 3, ' ', "héllo", "héllo", "héllo", "héllo"),
        ("héllo", 3, '*', "héllo", "héllo", "héllo", "héllo"),
        ("héllo", 4, ' ', "héllo", "héllo", "héllo", "héllo"),
        ("héllo", 4, '*', "héllo", "héllo", "héllo", "héllo"),
        ("héllo", 4, 'é', "héllo", "héllo", "héllo", "héllo"),
        ("héllo", 4, '😀', "héllo", "héllo", "héllo", "héllo"),
        ("héllo", 5, ' ', "héllo", "héllo", "héllo", "héllo"),
        ("héllo", 5, '*', "héllo", "héllo", "héllo", "héllo"),
        ("héllo", 6, ' ', "héllo ", "héllo ", " héllo", "0héllo"),
        ("héllo", 6, '*', "héllo*", "héllo*", "*héllo", "0héllo"),
        ("héllo", 7, ' ', " héllo ", "héllo  ", "  héllo", "00héllo"),
        ("héllo", 7, '*', "*héllo*", "héllo**", "**héllo", "00héllo"),
        ("héllo", 7, 'é', "éhélloé", "hélloéé", "ééhéllo", "00héllo"),
        ("héllo", 7, '😀', "😀héllo😀", "héllo😀😀", "😀😀héllo", "00héllo"),
        ("😀", -5, ' ', "😀", "😀", "😀", "😀"),
        ("😀", -5, '*', "😀", "😀", "😀", "😀"),
        ("😀", 0, ' ', "😀", "😀", "😀", "😀"),
        ("😀", 0, '*', "😀", "😀", "😀", "😀"),
        ("😀", 2, ' ', "😀 ", "😀 ", " 😀", "0😀"),
        ("😀", 2, '*', "😀*", "😀*", "*😀", "0😀"),
        ("😀", 3, ' ', " 😀 ", "😀  ", "  😀", "00😀"),
        ("😀", 3, '*', "*😀*", "😀**", "**😀", "00😀"),
        ("😀", 4, ' ', " 😀  ", "😀   ", "   😀", "000😀"),
        ("😀", 4, '*', "*😀**", "😀***", "***😀", "000😀"),
        ("😀", 4, 'é', "é😀éé", "😀ééé", "ééé😀", "000😀"),
        ("😀", 4, '😀', "😀😀😀😀", "😀😀😀😀", "😀😀😀😀", "000😀"),
        ("😀", 5, ' ', "  😀  ", "😀    ", "    😀", "0000😀"),
        ("😀", 5, '*', "**😀**", "😀****", "****😀", "0000😀"),
        ("😀", 6, ' ', "  😀   ", "😀     ", "     😀", "00000😀"),
        ("😀", 6, '*', "**😀***", "😀*****", "*****😀", "00000😀"),
        ("😀", 7, ' ', "   😀   ", "😀      ", "      😀", "000000😀"),
        ("😀", 7, '*', "***😀***", "😀******", "******😀", "000000😀"),
        ("😀", 7, 'é', "ééé😀ééé", "😀éééééé", "éééééé😀", "000000😀"),
        ("😀", 7, '😀', "😀😀😀😀😀😀😀", "😀😀😀😀😀😀😀", "😀😀😀😀😀😀😀", "000000😀"),
        ("x-1", -5, ' ', "x-1", "x-1", "x-1", "x-1"),
        ("x-1", -5, '*', "x-1", "x-1", "x-1", "x-1"),
        ("x-1", 0, ' ', "x-1", "x-1", "x-1", "x-1"),
        ("x-1", 0, '*', "x-1", "x-1", "x-1", "x-1"),
        ("x-1", 2, ' ', "x-1", "x-1", "x-1", "x-1"),
        ("x-1", 2, '*', "x-1", "x-1", "x-1", "x-1"),
        ("x-1", 3, ' ', "x-1", "x-1", "x-1", "x-1"),
        ("x-1", 3, '*', "x-1", "x-1", "x-1", "x-1"),
        ("x-1", 4, ' ', "x-1 ", "x-1 ", " x-1", "0x-1"),
        ("x-1", 4, '*', "x-1*", "x-1*", "*x-1", "0x-1"),
        ("x-1", 4, 'é', "x-1é", "x-1é", "éx-1", "0x-1"),
        ("x-1", 4, '😀', "x-1😀", "x-1😀", "😀x-1", "0x-1"),
        ("x-1", 5, ' ', " x-1 ", "x-1  ", "  x-1", "00x-1"),
        ("x-1", 5, '*', "*x-1*", "x-1**", "**x-1", "00x-1"),
        ("x-1", 6, ' ', " x-1  ", "x-1   ", "   x-1", "000x-1"),
        ("x-1", 6, '*', "*x-1**", "x-1***", "***x-1", "000x-1"),
        ("x-1", 7, ' ', "  x-1  ", "x-1    ", "    x-1", "0000x-1"),
        ("x-1", 7, '*', "**x-1**", "x-1****", "****x-1", "0000x-1"),
        ("x-1", 7, 'é', "ééx-1éé", "x-1éééé", "ééééx-1", "0000x-1"),
        ("x-1", 7, '😀', "😀😀x-1😀😀", "x-1😀😀😀😀", "😀😀😀😀x-1", "0000x-1"),
    ];
    /// (s, chars, strip, lstrip, rstrip)
    #[rustfmt::skip]
    const STRIP_CASES: &[(&str, Option<&str>, &str, &str, &str)] = &[
        ("", None, "", "", ""),
        ("", Some(""), "", "", ""),
        ("", Some("x"), "", "", ""),
        ("", Some("xh"), "", "", ""),
        ("", Some(" "), "", "", ""),
        ("", Some("😀"), "", "", ""),
        ("", Some("ab"), "", "", ""),
        ("", Some("é"), "", "", ""),
        ("", Some("abc\u{3000}"), "", "", ""),
        ("xxhixx", None, "xxhixx", "xxhixx", "xxhixx"),
        ("xxhixx", Some(""), "xxhixx", "xxhixx", "xxhixx"),
        ("xxhixx", Some("x"), "hi", "hixx", "xxhi"),
        ("xxhixx", Some("xh"), "i", "ixx", "xxhi"),
        ("xxhixx", Some(" "), "xxhixx", "xxhixx", "xxhixx"),
        ("xxhixx", Some("😀"), "xxhixx", "xxhixx", "xxhixx"),
        ("xxhixx", Some("ab"), "xxhixx", "xxhixx", "xxhixx"),
        ("xxhixx", Some("é"), "xxhixx", "xxhixx", "xxhixx"),
        ("xxhixx", Some("abc\u{3000}"), "xxhixx", "xxhixx", "xxhixx"),
        ("  hi  ", None, "hi", "hi  ", "  hi"),
        ("  hi  ", Some(""), "  hi  ", "  hi  ", "  hi  "),
        ("  hi  ", Some("x"), "  hi  ", "  hi  ", "  hi  "),
        ("  hi  ", Some("xh"), "  hi  ", "  hi  ", "  hi  "),
        ("  hi  ", Some(" "), "hi", "hi  ", "  hi"),
        ("  hi  ", Some("😀"), "  hi  ", "  hi  ", "  hi  "),
        ("  hi  ", Some("ab"), "  hi  ", "  hi  ", "  hi  "),
        ("  hi  ", Some("é"), "  hi  ", "  hi  ", "  hi  "),
        ("  hi  ", Some("abc\u{3000}"), "  hi  ", "  hi  ", "  hi  "),
        ("\u{3000}hé\u{2028}", None, "hé", "hé\u{2028}", "\u{3000}hé"),
        ("\u{3000}hé\u{2028}", Some(""), "\u{3000}hé\u{2028}", "\u{3000}hé\u{2028}", "\u{3000}hé\u{2028}"),
        ("\u{3000}hé\u{2028}", Some("x"), "\u{3000}hé\u{2028}", "\u{3000}hé\u{2028}", "\u{3000}hé\u{2028}"),
        ("\u{3000}hé\u{2028}", Some("xh"), "\u{3000}hé\u{2028}", "\u{3000}hé\u{2028}", "\u{3000}hé\u{2028}"),
        ("\u{3000}hé\u{2028}", Some(" "), "\u{3000}hé\u{2028}", "\u{3000}hé\u{2028}", "\u{3000}hé\u{2028}"),
        ("\u{3000}hé\u{2028}", Some("😀"), "\u{3000}hé\u{2028}", "\u{3000}hé\u{2028}", "\u{3000}hé\u{2028}"),
        ("\u{3000}hé\u{2028}", Some("ab"), "\u{3000}hé\u{2028}", "\u{3000}hé\u{2028}", "\u{3000}hé\u{2028}"),
        ("\u{3000}hé\u{2028}", Some("é"), "\u{3000}hé\u{2028}", "\u{3000}hé\u{2028}", "\u{3000}hé\u{2028}"),
        ("\u{3000}hé\u{2028}", Some("abc\u{3000}"), "hé\u{2028}", "hé\u{2028}", "\u{3000}hé\u{2028}"),
        ("😀ab😀", None, "😀ab😀", "😀ab😀", "😀ab😀"),
        ("😀ab😀", Some(""), "😀ab😀", "😀ab😀", "😀ab😀"),
        ("😀ab😀", Some("x"), "😀ab😀", "😀ab😀", "😀ab😀"),
        ("😀ab😀", Some("xh"), "😀ab😀", "😀ab😀", "😀ab😀"),
        ("😀ab😀", Some(" "), "😀ab😀", "😀ab😀", "😀ab😀"),
        ("😀ab😀", Some("😀"), "ab", "ab😀", "😀ab"),
        ("😀ab😀", Some("ab"), "😀ab😀", "😀ab😀", "😀ab😀"),
        ("😀ab😀", Some("é"), "😀ab😀", "😀ab😀", "😀ab😀"),
        ("😀ab😀", Some("abc\u{3000}"), "😀ab😀", "😀ab😀", "😀ab😀"),
        ("abcba", None, "abcba", "abcba", "abcba"),
        ("abcba", Some(""), "abcba", "abcba", "abcba"),
        ("abcba", Some("x"), "abcba", "abcba", "abcba"),
        ("abcba", Some("xh"), "abcba", "abcba", "abcba"),
        ("abcba", Some(" "), "abcba", "abcba", "abcba"),
        ("abcba", Some("😀"), "abcba", "abcba", "abcba"),
        ("abcba", Some("ab"), "c", "cba", "abc"),
        ("abcba", Some("é"), "abcba", "abcba", "abcba"),
        ("abcba", Some("abc\u{3000}"), "", "", ""),
        ("ééaéé", None, "ééaéé", "ééaéé", "ééaéé"),
        ("ééaéé", Some(""), "ééaéé", "ééaéé", "ééaéé"),
        ("ééaéé", Some("x"), "ééaéé", "ééaéé", "ééaéé"),
        ("ééaéé", Some("xh"), "ééaéé", "ééaéé", "ééaéé"),
        ("ééaéé", Some(" "), "ééaéé", "ééaéé", "ééaéé"),
        ("ééaéé", Some("😀"), "ééaéé", "ééaéé", "ééaéé"),
        ("ééaéé", Some("ab"), "ééaéé", "ééaéé", "ééaéé"),
        ("ééaéé", Some("é"), "a", "aéé", "ééa"),
        ("ééaéé", Some("abc\u{3000}"), "ééaéé", "ééaéé", "ééaéé"),
        ("Hello World", None, "Hello World", "Hello World", "Hello World"),
        ("  hello  world  ", None, "hello  world", "hello  world  ", "  hello  world"),
        ("ǆemal ǈuba", None, "ǆemal ǈuba", "ǆemal ǈuba", "ǆemal ǈuba"),
        ("😀x ", None, "😀x", "😀x ", "😀x"),
        ("\u{2028}", None, "", "", ""),
        ("a\u{2029}b", None, "a\u{2029}b", "a\u{2029}b", "a\u{2029}b"),
        ("ΌΣΟΣ ΣΟΦΌΣ", None, "ΌΣΟΣ ΣΟΦΌΣ", "ΌΣΟΣ ΣΟΦΌΣ", "ΌΣΟΣ ΣΟΦΌΣ"),
        ("ﬁre ﬂy", None, "ﬁre ﬂy", "ﬁre ﬂy", "ﬁre ﬂy"),
        ("tab\there", None, "tab\there", "tab\there", "tab\there"),
        ("\tx\ty\n\tz\r\t", None, "x\ty\n\tz", "x\ty\n\tz\r\t", "\tx\ty\n\tz"),
        ("line1\nline2\r\nline3\r", None, "line1\nline2\r\nline3", "line1\nline2\r\nline3\r", "line1\nline2\r\nline3"),
        ("a\u{B}b\u{C}c\u{1C}d\u{1D}e\u{1E}f\u{85}g", None, "a\u{B}b\u{C}c\u{1C}d\u{1D}e\u{1E}f\u{85}g", "a\u{B}b\u{C}c\u{1C}d\u{1D}e\u{1E}f\u{85}g", "a\u{B}b\u{C}c\u{1C}d\u{1D}e\u{1E}f\u{85}g"),
        ("\r\n\r\n", None, "", "", ""),
        ("\n", None, "", "", ""),
        ("\u{0}\u{1F}\u{7F}\u{80}\u{9F}\u{A0}\u{AD}", None, "\u{0}\u{1F}\u{7F}\u{80}\u{9F}\u{A0}\u{AD}", "\u{0}\u{1F}\u{7F}\u{80}\u{9F}\u{A0}\u{AD}", "\u{0}\u{1F}\u{7F}\u{80}\u{9F}\u{A0}\u{AD}"),
        ("ab cd", None, "ab cd", "ab cd", "ab cd"),
        ("they're bill's friends", None, "they're bill's friends", "they're bill's friends", "they're bill's friends"),
        ("MiXeD CaSe 123", None, "MiXeD CaSe 123", "MiXeD CaSe 123", "MiXeD CaSe 123"),
        ("Title Case Words", None, "Title Case Words", "Title Case Words", "Title Case Words"),
        ("Title case", None, "Title case", "Title case", "Title case"),
        ("ǅa Ǆ", None, "ǅa Ǆ", "ǅa Ǆ", "ǅa Ǆ"),
        ("  ", None, "", "", ""),
        (" \t\n\u{B}\u{C}\r\u{1C}\u{1D}\u{1E}\u{1F}\u{85}\u{A0}\u{1680}\u{2000}\u{200A}\u{2028}\u{2029}\u{202F}\u{205F}\u{3000}", None, "", "", ""),
    ];
    /// (s, tabsize, expandtabs)
    #[rustfmt::skip]
    const EXPAND_CASES: &[(&str, i64, &str)] = &[
        ("", -1, ""),
        ("", 0, ""),
        ("", 1, ""),
        ("", 2, ""),
        ("", 4, ""),
        ("", 8, ""),
        ("\t", -1, ""),
        ("\t", 0, ""),
        ("\t", 1, " "),
        ("\t", 2, "  "),
        ("\t", 4, "    "),
        ("\t", 8, "        "),
        ("a\tb", -1, "ab"),
        ("a\tb", 0, "ab"),
        ("a\tb", 1, "a b"),
        ("a\tb", 2, "a b"),
        ("a\tb", 4, "a   b"),
        ("a\tb", 8, "a       b"),
        ("ab\tcd\tef", -1, "abcdef"),
        ("ab\tcd\tef", 0, "abcdef"),
        ("ab\tcd\tef", 1, "ab cd ef"),
        ("ab\tcd\tef", 2, "ab  cd  ef"),
        ("ab\tcd\tef", 4, "ab  cd  ef"),
        ("ab\tcd\tef", 8, "ab      cd      ef"),
        ("héllo\tx\r\ty\n\tz", -1, "héllox\ry\nz"),
        ("héllo\tx\r\ty\n\tz", 0, "héllox\ry\nz"),
        ("héllo\tx\r\ty\n\tz", 1, "héllo x\r y\n z"),
        ("héllo\tx\r\ty\n\tz", 2, "héllo x\r  y\n  z"),
        ("héllo\tx\r\ty\n\tz", 4, "héllo   x\r    y\n    z"),
        ("héllo\tx\r\ty\n\tz", 8, "héllo   x\r        y\n        z"),
        ("😀\t", -1, "😀"),
        ("😀\t", 0, "😀"),
        ("😀\t", 1, "😀 "),
        ("😀\t", 2, "😀 "),
        ("😀\t", 4, "😀   "),
        ("😀\t", 8, "😀       "),
        ("\t\t", -1, ""),
        ("\t\t", 0, ""),
        ("\t\t", 1, "  "),
        ("\t\t", 2, "    "),
        ("\t\t", 4, "        "),
        ("\t\t", 8, "                "),
        ("abcdefgh\ti", -1, "abcdefghi"),
        ("abcdefgh\ti", 0, "abcdefghi"),
        ("abcdefgh\ti", 1, "abcdefgh i"),
        ("abcdefgh\ti", 2, "abcdefgh  i"),
        ("abcdefgh\ti", 4, "abcdefgh    i"),
        ("abcdefgh\ti", 8, "abcdefgh        i"),
    ];
}

/// `needle in hay` for strs. A one-byte needle (`'"' in s`, the common case) is a
/// byte search, without the substring searcher's setup.
#[inline]
pub fn contains(hay: &str, needle: &str) -> bool {
    match needle.as_bytes() {
        [b] => hay.as_bytes().contains(b),
        _ => hay.contains(needle),
    }
}

/// The order of two strs (UTF-8 byte order is code point order, Python's str order),
/// decided by the first bytes when they differ.
#[inline(always)]
pub fn order(x: &str, y: &str) -> std::cmp::Ordering {
    match (x.as_bytes().first(), y.as_bytes().first()) {
        (Some(a), Some(b)) if a != b => a.cmp(b),
        _ => x.cmp(y),
    }
}
