//! `_pvm_re`: the engine under `re` (src/modules/lib/re.py): compiled patterns,
//! match objects and the module-level functions, on top of fancy-regex (a
//! backtracking engine with backreferences and lookaround that hands simple patterns
//! to the regex crate's automata). `re_syntax.rs` translates Python's syntax.
//!
//! Positions: the engine works in UTF-8 byte offsets; Python's are code points. Match
//! objects keep byte spans and convert when asked (free for ASCII strings, which say
//! so in O(1)). Bytes patterns run the engine in its bytes mode, where offsets are
//! Python's.
//!
//! The module functions are builtins bound to a state object holding the Pattern and
//! Match types and `re.error`, which keeps those reachable for the collector.

use super::re_syntax::{self, TemplatePart, Translation};
use crate::builtins::args;
use crate::objects::native::{self, NativeData};
use crate::objects::{BuiltinFn, ObjKind};
use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};
use fancy_regex::{Regex, RegexBuilder, RegexInput};
use std::cell::{Cell, OnceCell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;

const NO_SPAN: (usize, usize) = (usize::MAX, usize::MAX);

/// A compiled pattern; holds no Python values, so the cache can keep it.
pub struct Compiled {
    regex: Regex,
    /// The pattern anchored at both ends, built on the first `fullmatch`.
    full: OnceCell<Option<Regex>>,
    engine_pattern: String,
    bytes: bool,
    flags: u32,
    groups: usize,
    names: Vec<(String, usize)>,
    parents: Vec<usize>,
}

struct ReState {
    pattern_type: Value,
    match_type: Value,
    error: Cell<Value>,
}

impl NativeData for ReState {
    fn trace(&self, f: &mut dyn FnMut(Value)) {
        f(self.pattern_type);
        f(self.match_type);
        f(self.error.get());
    }
}

struct PatternData {
    c: Rc<Compiled>,
    source: Value,
    state: Value,
}

impl NativeData for PatternData {
    fn trace(&self, f: &mut dyn FnMut(Value)) {
        f(self.source);
        f(self.state);
    }
}

struct MatchData {
    c: Rc<Compiled>,
    /// The Pattern object, made when first asked for (`m.re`); else NULL.
    pattern: Cell<Value>,
    source: Value,
    state: Value,
    string: Value,
    /// `pos` and `endpos` as given (code points).
    pos: usize,
    endpos: usize,
    /// Byte spans of group 0..=groups; NO_SPAN for groups that did not take part.
    spans: Vec<(usize, usize)>,
}

impl NativeData for MatchData {
    fn trace(&self, f: &mut dyn FnMut(Value)) {
        f(self.pattern.get());
        f(self.source);
        f(self.state);
        f(self.string);
    }
    fn extra_size(&self) -> usize {
        self.spans.len() * 16
    }
}

// ---------------------------------------------------------------- the subject text

/// The string being searched: a str or bytes-like object's contents.
#[derive(Clone, Copy)]
enum Text<'a> {
    Str(&'a str, bool),
    Bytes(&'a [u8]),
}

impl<'a> Text<'a> {
    fn len(&self) -> usize {
        match self {
            Text::Str(s, _) => s.len(),
            Text::Bytes(b) => b.len(),
        }
    }
    /// Byte offset of code point `i` (clamped to the end).
    fn byte_of(&self, i: usize) -> usize {
        match *self {
            Text::Str(s, true) | Text::Str(s, false) if s.len() == i => i,
            Text::Str(s, ascii) => {
                if ascii {
                    i.min(s.len())
                } else {
                    s.char_indices().nth(i).map(|(b, _)| b).unwrap_or(s.len())
                }
            }
            Text::Bytes(b) => i.min(b.len()),
        }
    }
    /// Code point index of byte offset `b`.
    fn char_of(&self, b: usize) -> usize {
        match *self {
            Text::Str(_, true) | Text::Bytes(_) => b,
            Text::Str(s, false) => s.get(..b).map(|p| p.chars().count()).unwrap_or(b),
        }
    }
    fn char_len(&self) -> usize {
        match *self {
            Text::Str(s, false) => s.chars().count(),
            _ => self.len(),
        }
    }
    /// The offset after the character at `b`.
    fn next(&self, b: usize) -> usize {
        match *self {
            Text::Str(s, false) => b + s.get(b..).and_then(|r| r.chars().next()).map(|c| c.len_utf8()).unwrap_or(1),
            _ => b + 1,
        }
    }
    fn slice_value(&self, vm: &mut Vm, a: usize, b: usize) -> Value {
        match *self {
            Text::Str(s, ascii) => {
                let piece = s.get(a..b).unwrap_or("");
                if b == a + 1 && ascii {
                    return vm.new_char(piece.chars().next().unwrap_or('\0'));
                }
                vm.new_str(piece)
            }
            Text::Bytes(bs) => vm.new_bytes(bs.get(a..b).unwrap_or(&[]).to_vec()),
        }
    }
}

/// The text of `v` for a pattern of the given kind, or CPython's TypeError.
fn text_of<'a>(vm: &mut Vm, v: Value, bytes: bool) -> PyResult<Text<'a>> {
    if let Some(so) = v.as_strobj() {
        if bytes {
            return Err(vm.type_error("cannot use a bytes pattern on a string-like object"));
        }
        return Ok(Text::Str(so.as_str(), so.is_ascii()));
    }
    if let Some(s) = crate::objects::subclass::str_like(v) {
        if bytes {
            return Err(vm.type_error("cannot use a bytes pattern on a string-like object"));
        }
        return Ok(Text::Str(s, s.is_ascii()));
    }
    if let Some(b) = v.as_bytes() {
        if !bytes {
            return Err(vm.type_error("cannot use a string pattern on a bytes-like object"));
        }
        return Ok(Text::Bytes(b));
    }
    let t = vm.type_name(v);
    Err(vm.type_error(format!("expected string or bytes-like object, got '{}'", t)))
}

// ---------------------------------------------------------------- compiling

thread_local! {
    static CACHE: RefCell<HashMap<String, Vec<(u32, bool, Rc<Compiled>)>>> = RefCell::new(HashMap::new());
}
const CACHE_MAX: usize = 512;

/// The pattern source as code points (bytes as U+0000..U+00FF) and its kind.
fn source_chars(vm: &mut Vm, pattern: Value) -> PyResult<(String, bool)> {
    if let Some(s) = crate::objects::subclass::str_like(pattern) {
        return Ok((s.to_string(), false));
    }
    if let Some(b) = pattern.as_bytes() {
        return Ok((b.iter().map(|&x| x as char).collect(), true));
    }
    let t = vm.type_name(pattern);
    let _ = t;
    Err(vm.type_error("first argument must be string or compiled pattern"))
}

fn flags_arg(vm: &mut Vm, v: Value) -> PyResult<u32> {
    if v.is_null() {
        return Ok(0);
    }
    Ok(args::int_arg(vm, v)? as u32)
}

/// The compiled form of (`src`, `flags`, kind), from the cache or built now.
fn compiled(vm: &mut Vm, state: Value, pattern: Value, src: &str, bytes: bool, flags: u32) -> PyResult<Rc<Compiled>> {
    let hit = CACHE.with(|c| c.borrow().get(src).and_then(|v| v.iter().find(|e| e.0 == flags && e.1 == bytes).map(|e| e.2.clone())));
    if let Some(c) = hit {
        return Ok(c);
    }
    let chars: Vec<char> = src.chars().collect();
    let t = match re_syntax::translate(&chars, flags, bytes) {
        Ok(t) => t,
        // flag combinations CPython rejects with ValueError, before parsing
        Err(e) if e.pos.is_none() => return Err(vm.value_error(e.msg)),
        Err(e) => return Err(re_error(vm, state, &e.msg, pattern, e.pos)),
    };
    let c = Rc::new(build(vm, state, pattern, t, bytes)?);
    CACHE.with(|cache| {
        let mut cache = cache.borrow_mut();
        if cache.len() >= CACHE_MAX {
            cache.clear();
        }
        cache.entry(src.to_string()).or_default().push((flags, bytes, c.clone()));
    });
    Ok(c)
}

fn engine(pattern: &str, bytes: bool) -> Result<Regex, fancy_regex::Error> {
    let mut b = RegexBuilder::new(pattern);
    b.backtrack_limit(100_000_000);
    if bytes {
        b.bytes_mode(fancy_regex::BytesMode::Ascii);
    }
    b.build()
}

fn build(vm: &mut Vm, state: Value, pattern: Value, t: Translation, bytes: bool) -> PyResult<Compiled> {
    let regex = match engine(&t.pattern, bytes) {
        Ok(r) => r,
        Err(e) => {
            let msg = engine_error_message(&e);
            return Err(re_error(vm, state, &msg, pattern, None));
        }
    };
    Ok(Compiled { regex, full: OnceCell::new(), engine_pattern: t.pattern, bytes, flags: t.flags, groups: t.groups, names: t.names, parents: t.parents })
}

#[cold]
fn engine_error_message(e: &fancy_regex::Error) -> String {
    let s = e.to_string();
    if s.to_lowercase().contains("look-behind") || s.to_lowercase().contains("lookbehind") {
        return "look-behind requires fixed-width pattern".into();
    }
    format!("unsupported pattern: {}", s)
}

/// Raises `re.error(msg, pattern, pos)`.
#[cold]
fn re_error(vm: &mut Vm, state: Value, msg: &str, pattern: Value, pos: Option<usize>) -> PyErr {
    let cls = native::data::<ReState>(state).map(|s| s.error.get()).unwrap_or(Value::NULL);
    if cls.is_null() {
        return vm.value_error(msg);
    }
    let m = vm.new_str(msg);
    let p = if pos.is_some() { pattern } else { Value::NONE };
    let pv = match pos {
        Some(i) => vm.new_int(i as i64),
        None => Value::NONE,
    };
    match vm.call(cls, &[m, p, pv]) {
        Ok(e) => PyErr(e),
        Err(e) => e,
    }
}

#[cold]
fn engine_runtime_error(vm: &mut Vm, e: fancy_regex::Error) -> PyErr {
    vm.runtime_error(format!("regular expression could not be matched: {}", e))
}

// ---------------------------------------------------------------- matching

#[derive(Clone, Copy, PartialEq)]
enum Mode {
    Search,
    Match,
    Full,
}

impl Compiled {
    fn full_regex(&self) -> Option<&Regex> {
        self.full.get_or_init(|| engine(&format!("(?:{})\\z", self.engine_pattern), self.bytes).ok()).as_ref()
    }

    /// Runs the pattern on `text[..end]` from byte `at`: the byte spans of every group,
    /// or None.
    fn exec(&self, text: Text, at: usize, end: usize, mode: Mode) -> Result<Option<Vec<(usize, usize)>>, fancy_regex::Error> {
        let re = match mode {
            Mode::Full => match self.full_regex() {
                Some(r) => r,
                None => return Ok(None),
            },
            _ => &self.regex,
        };
        let anchored = mode != Mode::Search;
        let n = self.groups + 1;
        match text {
            Text::Str(s, _) => {
                let Some(hay) = s.get(..end) else { return Ok(None) };
                if at > hay.len() {
                    return Ok(None);
                }
                let input = RegexInput::new(hay).from_pos(at).anchored(anchored);
                Ok(re.captures_input(input)?.map(|caps| (0..n).map(|i| caps.get(i).map(|m| (m.start(), m.end())).unwrap_or(NO_SPAN)).collect()))
            }
            Text::Bytes(b) => {
                let Some(hay) = b.get(..end) else { return Ok(None) };
                if at > hay.len() {
                    return Ok(None);
                }
                let input = RegexInput::new(hay).from_pos(at).anchored(anchored);
                Ok(re.captures_input(input)?.map(|caps| (0..n).map(|i| caps.get(i).map(|m| (m.start(), m.end())).unwrap_or(NO_SPAN)).collect()))
            }
        }
    }

    /// Every match of a scan over `text[at..end]`, with CPython's rule for empty
    /// matches: one may not start where the previous empty match was. Stops after
    /// `limit` matches (0: no limit).
    fn scan(
        &self,
        vm: &mut Vm,
        text: Text,
        mut at: usize,
        end: usize,
        limit: usize,
        mut each: impl FnMut(&mut Vm, Vec<(usize, usize)>) -> PyResult<()>,
    ) -> PyResult<()> {
        let mut count = 0;
        let mut after_empty = false;
        while at <= end {
            let spans = match self.exec(text, at, end, Mode::Search) {
                Ok(Some(s)) => s,
                Ok(None) => break,
                Err(e) => return Err(engine_runtime_error(vm, e)),
            };
            let (s, e) = spans[0];
            if after_empty && s == e && s == at {
                // must advance: look again one character on
                if at >= end {
                    break;
                }
                at = text.next(at);
                after_empty = false;
                continue;
            }
            after_empty = s == e;
            at = e;
            each(vm, spans)?;
            count += 1;
            if limit != 0 && count >= limit {
                break;
            }
        }
        Ok(())
    }
}

/// The length in code points of `string` (whose text is `text`), cached by str objects.
fn char_len_of(text: Text, string: Value) -> usize {
    match crate::objects::subclass::strobj_like(string) {
        Some(so) => so.char_len(),
        None => text.char_len(),
    }
}

/// Clamps Python `pos`/`endpos` arguments to byte offsets and returns them with the
/// code-point values a Match reports.
fn bounds(vm: &mut Vm, text: Text, string: Value, pos: Value, endpos: Value) -> PyResult<(usize, usize, usize, usize)> {
    let clen = char_len_of(text, string);
    let p = if pos.is_null() { 0 } else { args::int_arg(vm, pos)?.clamp(0, clen as i64) as usize };
    let e = if endpos.is_null() { clen } else { args::int_arg(vm, endpos)?.clamp(0, clen as i64) as usize };
    let (pb, eb) = (text.byte_of(p), text.byte_of(e));
    Ok((pb, eb, p, e))
}

fn new_match(
    vm: &mut Vm,
    c: &Rc<Compiled>,
    state: Value,
    source: Value,
    pattern: Value,
    string: Value,
    pos: usize,
    endpos: usize,
    spans: Vec<(usize, usize)>,
) -> Value {
    let mt = native::data::<ReState>(state).map(|s| s.match_type).unwrap_or(Value::NULL);
    native::new_object(vm, mt, MatchData { c: c.clone(), pattern: Cell::new(pattern), source, state, string, pos, endpos, spans })
}

/// A compiled pattern, its state and source, from a Pattern object or a source + flags.
struct Target {
    c: Rc<Compiled>,
    state: Value,
    source: Value,
    /// The Pattern object when there is one; else NULL.
    pattern: Value,
}

fn target_from_pattern(vm: &mut Vm, p: Value, method: &str) -> PyResult<Target> {
    let d = native::expect::<PatternData>(vm, p, "re.Pattern", method)?;
    Ok(Target { c: d.c.clone(), state: d.state, source: d.source, pattern: p })
}

fn target_from_source(vm: &mut Vm, state: Value, pattern: Value, flags: Value) -> PyResult<Target> {
    if let Some(d) = native::data::<PatternData>(pattern) {
        if !flags.is_null() && flags_arg(vm, flags)? != 0 {
            return Err(vm.value_error("cannot process flags argument with a compiled pattern"));
        }
        return Ok(Target { c: d.c.clone(), state: d.state, source: d.source, pattern });
    }
    let f = flags_arg(vm, flags)?;
    let (src, bytes) = source_chars(vm, pattern)?;
    let c = compiled(vm, state, pattern, &src, bytes, f)?;
    Ok(Target { c, state, source: pattern, pattern: Value::NULL })
}

fn do_match(vm: &mut Vm, t: &Target, string: Value, pos: Value, endpos: Value, mode: Mode) -> PyResult<Value> {
    let text = text_of(vm, string, t.c.bytes)?;
    let (pb, eb, p, e) = bounds(vm, text, string, pos, endpos)?;
    match t.c.exec(text, pb, eb, mode) {
        Ok(Some(spans)) => Ok(new_match(vm, &t.c, t.state, t.source, t.pattern, string, p, e, spans)),
        Ok(None) => Ok(Value::NONE),
        Err(err) => Err(engine_runtime_error(vm, err)),
    }
}

fn findall(vm: &mut Vm, t: &Target, string: Value, pos: Value, endpos: Value) -> PyResult<Value> {
    let text = text_of(vm, string, t.c.bytes)?;
    let (pb, eb, _, _) = bounds(vm, text, string, pos, endpos)?;
    let mut out = Vec::new();
    let groups = t.c.groups;
    t.c.scan(vm, text, pb, eb, 0, |vm, spans| {
        let piece = |vm: &mut Vm, (a, b): (usize, usize)| if a == usize::MAX { text.slice_value(vm, 0, 0) } else { text.slice_value(vm, a, b) };
        let v = match groups {
            0 => piece(vm, spans[0]),
            1 => piece(vm, spans[1]),
            _ => {
                let items: Vec<Value> = spans[1..].iter().map(|&s| piece(vm, s)).collect();
                vm.new_tuple(items)
            }
        };
        out.push(v);
        Ok(())
    })?;
    Ok(vm.new_list(out))
}

fn finditer(vm: &mut Vm, t: &Target, string: Value, pos: Value, endpos: Value) -> PyResult<Value> {
    let text = text_of(vm, string, t.c.bytes)?;
    let (pb, eb, p, e) = bounds(vm, text, string, pos, endpos)?;
    let mut out = Vec::new();
    t.c.scan(vm, text, pb, eb, 0, |vm, spans| {
        out.push(new_match(vm, &t.c, t.state, t.source, t.pattern, string, p, e, spans));
        Ok(())
    })?;
    let l = vm.new_list(out);
    crate::objects::iter::get_iter(vm, l)
}

fn split(vm: &mut Vm, t: &Target, string: Value, maxsplit: Value) -> PyResult<Value> {
    let text = text_of(vm, string, t.c.bytes)?;
    let maxsplit = if maxsplit.is_null() { 0 } else { args::int_arg(vm, maxsplit)? };
    let mut out = Vec::new();
    if maxsplit < 0 {
        let whole = text.slice_value(vm, 0, text.len());
        return Ok(vm.new_list(vec![whole]));
    }
    let mut last = 0;
    t.c.scan(vm, text, 0, text.len(), maxsplit as usize, |vm, spans| {
        let (s, e) = spans[0];
        out.push(text.slice_value(vm, last, s));
        for &(a, b) in &spans[1..] {
            out.push(if a == usize::MAX { Value::NONE } else { text.slice_value(vm, a, b) });
        }
        last = e;
        Ok(())
    })?;
    out.push(text.slice_value(vm, last, text.len()));
    Ok(vm.new_list(out))
}

/// `sub`/`subn`: the new string and the number of replacements.
fn sub(vm: &mut Vm, t: &Target, repl: Value, string: Value, count: Value) -> PyResult<(Value, usize)> {
    let text = text_of(vm, string, t.c.bytes)?;
    let count = if count.is_null() { 0 } else { args::int_arg(vm, count)?.max(0) as usize };
    // a template without backslashes is used as it is; one with them is parsed once
    let template: Option<Vec<TemplatePart>> = match (text, repl) {
        (Text::Str(..), r) if crate::objects::subclass::str_like(r).is_some() => {
            let s = crate::objects::subclass::str_like(r).unwrap_or("");
            Some(parse_template(vm, t, s.chars().collect(), false)?)
        }
        (Text::Bytes(_), r) if r.as_bytes().is_some() => {
            let chars: Vec<char> = r.as_bytes().unwrap_or(&[]).iter().map(|&b| b as char).collect();
            Some(parse_template(vm, t, chars, true)?)
        }
        (_, r) if is_callable(vm, r) => None,
        (Text::Str(..), r) => {
            let tn = vm.type_name(r);
            let msg = if r.as_bytes().is_some() {
                format!("sequence item 0: expected str instance, {} found", tn)
            } else {
                format!("decoding to str: need a bytes-like object, {} found", tn)
            };
            return Err(vm.type_error(msg));
        }
        (Text::Bytes(_), r) => {
            let tn = vm.type_name(r);
            return Err(vm.type_error(format!("expected a bytes-like object, {} found", tn)));
        }
    };
    let mut out: Vec<u8> = Vec::with_capacity(text.len());
    let raw = match text {
        Text::Str(s, _) => s.as_bytes(),
        Text::Bytes(b) => b,
    };
    let mut last = 0;
    let mut n = 0;
    // CPython joins the pieces at the end: a callable's result of the wrong type is
    // reported then, by its index among the pieces
    let mut pieces = 0usize;
    let mut bad_piece: Option<(usize, String)> = None;
    // the Pattern object the callable's Match objects point at, kept alive across calls
    let rooted = vm.roots.len();
    vm.roots.push(repl);
    let r = t.c.scan(vm, text, 0, text.len(), count, |vm, spans| {
        let (s, e) = spans[0];
        out.extend_from_slice(raw.get(last..s).unwrap_or(&[]));
        pieces += (s > last) as usize;
        match &template {
            Some(parts) => {
                for p in parts {
                    match p {
                        TemplatePart::Literal(l) => {
                            if t.c.bytes {
                                out.extend(l.chars().map(|c| c as u32 as u8));
                            } else {
                                out.extend_from_slice(l.as_bytes());
                            }
                        }
                        TemplatePart::Group(g) => {
                            if let Some(&(a, b)) = spans.get(*g).filter(|sp| sp.0 != usize::MAX) {
                                out.extend_from_slice(raw.get(a..b).unwrap_or(&[]));
                            }
                        }
                    }
                }
            }
            None => {
                let clen = char_len_of(text, string);
                let m = new_match(vm, &t.c, t.state, t.source, t.pattern, string, 0, clen, spans);
                let r = vm.call(repl, &[m])?;
                match (text, r) {
                    (Text::Str(..), r) if crate::objects::subclass::str_like(r).is_some() => {
                        out.extend_from_slice(crate::objects::subclass::str_like(r).unwrap_or("").as_bytes())
                    }
                    (Text::Bytes(_), r) if r.as_bytes().is_some() => out.extend_from_slice(r.as_bytes().unwrap_or(&[])),
                    (_, r) if r.is_none() => pieces = pieces.wrapping_sub(1),
                    (_, r) => {
                        if bad_piece.is_none() {
                            bad_piece = Some((pieces, vm.type_name(r)));
                        }
                    }
                }
                pieces = pieces.wrapping_add(1);
            }
        }
        last = e;
        n += 1;
        Ok(())
    });
    vm.roots.truncate(rooted);
    r?;
    if let Some((i, tn)) = bad_piece {
        let want = if t.c.bytes { "a bytes-like object" } else { "str instance" };
        return Err(vm.type_error(format!("sequence item {}: expected {}, {} found", i, want, tn)));
    }
    out.extend_from_slice(raw.get(last..).unwrap_or(&[]));
    let v = if t.c.bytes {
        vm.new_bytes(out)
    } else {
        match String::from_utf8(out) {
            Ok(s) => vm.new_string(s),
            Err(_) => return Err(vm.value_error("re.sub produced invalid text")),
        }
    };
    Ok((v, n))
}

fn parse_template(vm: &mut Vm, t: &Target, chars: Vec<char>, bytes: bool) -> PyResult<Vec<TemplatePart>> {
    if !chars.contains(&'\\') {
        return Ok(vec![TemplatePart::Literal(chars.into_iter().collect())]);
    }
    match re_syntax::parse_template(&chars, t.c.groups, &t.c.names) {
        Ok(p) => Ok(p),
        Err(e) if e.index_error => Err(vm.index_error(e.msg)),
        Err(e) => {
            let src = if bytes { vm.new_bytes(chars.iter().map(|&c| c as u32 as u8).collect()) } else { vm.new_str(&chars.iter().collect::<String>()) };
            Err(re_error(vm, t.state, &e.msg, src, e.pos))
        }
    }
}

/// `callable(v)`: functions, types, and objects whose class has `__call__`.
fn is_callable(vm: &mut Vm, v: Value) -> bool {
    if matches!(v.kind(), Some(ObjKind::Function(_)) | Some(ObjKind::Builtin(_)) | Some(ObjKind::Type(_)) | Some(ObjKind::BoundMethod(_))) {
        return true;
    }
    let cls = vm.type_of(v);
    let n = vm.intern("__call__");
    vm.lookup_attr(cls, n).is_some()
}

// ---------------------------------------------------------------- module functions

/// The state object: the receiver of every bound module function.
fn state_of(a: &[Value]) -> Value {
    a.first().copied().unwrap_or(Value::NULL)
}

fn m_compile(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let b = args::bind(vm, "compile", a, kw, &["self", "pattern", "flags"], 2)?;
    let state = state_of(a);
    if native::data::<PatternData>(b[1]).is_some() {
        if !b[2].is_null() && flags_arg(vm, b[2])? != 0 {
            return Err(vm.value_error("cannot process flags argument with a compiled pattern"));
        }
        return Ok(b[1]);
    }
    let t = target_from_source(vm, state, b[1], b[2])?;
    Ok(make_pattern(vm, &t))
}

fn make_pattern(vm: &mut Vm, t: &Target) -> Value {
    if !t.pattern.is_null() {
        return t.pattern;
    }
    let pt = native::data::<ReState>(t.state).map(|s| s.pattern_type).unwrap_or(Value::NULL);
    native::new_object(vm, pt, PatternData { c: t.c.clone(), source: t.source, state: t.state })
}

/// (pattern, string, flags) arguments of `re.search` and its kin.
fn module_args(vm: &mut Vm, name: &str, a: &[Value], kw: &[Value]) -> PyResult<(Target, Value)> {
    if kw.is_empty() && a.len() == 3 {
        let t = target_from_source(vm, state_of(a), a[1], Value::NULL)?;
        return Ok((t, a[2]));
    }
    let b = args::bind(vm, name, a, kw, &["self", "pattern", "string", "flags"], 3)?;
    let t = target_from_source(vm, state_of(a), b[1], b[3])?;
    Ok((t, b[2]))
}

fn m_search(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (t, s) = module_args(vm, "search", a, kw)?;
    do_match(vm, &t, s, Value::NULL, Value::NULL, Mode::Search)
}
fn m_match(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (t, s) = module_args(vm, "match", a, kw)?;
    do_match(vm, &t, s, Value::NULL, Value::NULL, Mode::Match)
}
fn m_fullmatch(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (t, s) = module_args(vm, "fullmatch", a, kw)?;
    do_match(vm, &t, s, Value::NULL, Value::NULL, Mode::Full)
}
fn m_findall(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (t, s) = module_args(vm, "findall", a, kw)?;
    findall(vm, &t, s, Value::NULL, Value::NULL)
}
fn m_finditer(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (t, s) = module_args(vm, "finditer", a, kw)?;
    finditer(vm, &t, s, Value::NULL, Value::NULL)
}
fn m_split(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let b = args::bind(vm, "split", a, kw, &["self", "pattern", "string", "maxsplit", "flags"], 3)?;
    let t = target_from_source(vm, state_of(a), b[1], b[4])?;
    split(vm, &t, b[2], b[3])
}
fn m_sub(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let b = args::bind(vm, "sub", a, kw, &["self", "pattern", "repl", "string", "count", "flags"], 4)?;
    let t = target_from_source(vm, state_of(a), b[1], b[5])?;
    Ok(sub(vm, &t, b[2], b[3], b[4])?.0)
}
fn m_subn(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let b = args::bind(vm, "subn", a, kw, &["self", "pattern", "repl", "string", "count", "flags"], 4)?;
    let t = target_from_source(vm, state_of(a), b[1], b[5])?;
    let (s, n) = sub(vm, &t, b[2], b[3], b[4])?;
    let nv = vm.new_int(n as i64);
    Ok(vm.new_tuple(vec![s, nv]))
}
fn m_purge(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let _ = (vm, a);
    CACHE.with(|c| c.borrow_mut().clear());
    Ok(Value::NONE)
}
fn m_escape(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let b = args::bind(vm, "escape", a, kw, &["self", "pattern"], 2)?;
    let special = |c: char| c.is_ascii() && !c.is_ascii_alphanumeric() && c != '_' && "()[]{}?*+-|^$\\.&~# \t\n\r\x0b\x0c".contains(c);
    if let Some(s) = crate::objects::subclass::str_like(b[1]) {
        let mut out = String::with_capacity(s.len());
        for c in s.chars() {
            if special(c) {
                out.push('\\');
            }
            out.push(c);
        }
        return Ok(vm.new_string(out));
    }
    if let Some(bs) = b[1].as_bytes() {
        let mut out = Vec::with_capacity(bs.len());
        for &c in bs {
            if special(c as char) {
                out.push(b'\\');
            }
            out.push(c);
        }
        return Ok(vm.new_bytes(out));
    }
    let t = vm.type_name(b[1]);
    Err(vm.type_error(format!("decoding to str: need a bytes-like object, {} found", t)))
}
/// `_set_error(cls)`: re.py hands over its `error` class.
fn m_set_error(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let state = state_of(a);
    let cls = a.get(1).copied().unwrap_or(Value::NONE);
    if let Some(s) = native::data::<ReState>(state) {
        s.error.set(cls);
        vm.write_barrier(state, cls);
    }
    Ok(Value::NONE)
}

// ---------------------------------------------------------------- Pattern methods

/// (string, pos, endpos) of a Pattern method.
fn pattern_args(vm: &mut Vm, name: &str, a: &[Value], kw: &[Value]) -> PyResult<(Target, Value, Value, Value)> {
    let t = target_from_pattern(vm, a.first().copied().unwrap_or(Value::NONE), name)?;
    if kw.is_empty() && a.len() == 2 {
        return Ok((t, a[1], Value::NULL, Value::NULL));
    }
    let b = args::bind(vm, name, a, kw, &["self", "string", "pos", "endpos"], 2)?;
    Ok((t, b[1], b[2], b[3]))
}

fn p_search(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (t, s, p, e) = pattern_args(vm, "search", a, kw)?;
    do_match(vm, &t, s, p, e, Mode::Search)
}
fn p_match(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (t, s, p, e) = pattern_args(vm, "match", a, kw)?;
    do_match(vm, &t, s, p, e, Mode::Match)
}
fn p_fullmatch(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (t, s, p, e) = pattern_args(vm, "fullmatch", a, kw)?;
    do_match(vm, &t, s, p, e, Mode::Full)
}
fn p_findall(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (t, s, p, e) = pattern_args(vm, "findall", a, kw)?;
    findall(vm, &t, s, p, e)
}
fn p_finditer(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (t, s, p, e) = pattern_args(vm, "finditer", a, kw)?;
    finditer(vm, &t, s, p, e)
}
fn p_split(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let t = target_from_pattern(vm, a.first().copied().unwrap_or(Value::NONE), "split")?;
    let b = args::bind(vm, "split", a, kw, &["self", "string", "maxsplit"], 2)?;
    split(vm, &t, b[1], b[2])
}
fn p_sub(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let t = target_from_pattern(vm, a.first().copied().unwrap_or(Value::NONE), "sub")?;
    let b = args::bind(vm, "sub", a, kw, &["self", "repl", "string", "count"], 3)?;
    Ok(sub(vm, &t, b[1], b[2], b[3])?.0)
}
fn p_subn(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let t = target_from_pattern(vm, a.first().copied().unwrap_or(Value::NONE), "subn")?;
    let b = args::bind(vm, "subn", a, kw, &["self", "repl", "string", "count"], 3)?;
    let (s, n) = sub(vm, &t, b[1], b[2], b[3])?;
    let nv = vm.new_int(n as i64);
    Ok(vm.new_tuple(vec![s, nv]))
}

fn pattern_data<'a>(vm: &mut Vm, a: &[Value], name: &str) -> PyResult<&'a PatternData> {
    native::expect::<PatternData>(vm, a.first().copied().unwrap_or(Value::NONE), "re.Pattern", name)
}

fn p_pattern(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(pattern_data(vm, a, "pattern")?.source)
}
fn p_flags(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let f = pattern_data(vm, a, "flags")?.c.flags;
    Ok(Value::small_int(f as i64))
}
fn p_groups(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let g = pattern_data(vm, a, "groups")?.c.groups;
    Ok(Value::small_int(g as i64))
}
fn p_groupindex(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let c = pattern_data(vm, a, "groupindex")?.c.clone();
    group_index_dict(vm, &c)
}

fn group_index_dict(vm: &mut Vm, c: &Compiled) -> PyResult<Value> {
    let d = vm.new_dict();
    for (n, g) in &c.names {
        let k = vm.new_str(n);
        crate::objects::ops::dict_set(vm, d, k, Value::small_int(*g as i64))?;
    }
    Ok(d)
}

const FLAG_NAMES: [(u32, &str); 8] = [
    (re_syntax::FLAG_TEMPLATE, "re.TEMPLATE"),
    (re_syntax::FLAG_IGNORECASE, "re.IGNORECASE"),
    (re_syntax::FLAG_LOCALE, "re.LOCALE"),
    (re_syntax::FLAG_MULTILINE, "re.MULTILINE"),
    (re_syntax::FLAG_DOTALL, "re.DOTALL"),
    (re_syntax::FLAG_UNICODE, "re.UNICODE"),
    (re_syntax::FLAG_VERBOSE, "re.VERBOSE"),
    (re_syntax::FLAG_DEBUG, "re.DEBUG"),
];

fn p_repr(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let d = pattern_data(vm, a, "__repr__")?;
    let (src, c) = (d.source, d.c.clone());
    let mut r = crate::objects::repr::repr(vm, src)?;
    if r.chars().count() > 200 {
        r = r.chars().take(200).collect();
    }
    let mut flags = c.flags;
    if !c.bytes {
        flags &= !re_syntax::FLAG_UNICODE;
    }
    let mut names: Vec<&str> = Vec::new();
    for (bit, n) in FLAG_NAMES.iter().chain([(re_syntax::FLAG_ASCII, "re.ASCII")].iter()) {
        if flags & bit != 0 {
            names.push(n);
            flags &= !bit;
        }
    }
    let mut fs = names.join("|");
    if flags != 0 {
        if !fs.is_empty() {
            fs.push('|');
        }
        fs.push_str(&format!("0x{:x}", flags));
    }
    let s = if fs.is_empty() { format!("re.compile({})", r) } else { format!("re.compile({}, {})", r, fs) };
    Ok(vm.new_string(s))
}

fn p_eq(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let (x, y) = (a.first().copied().unwrap_or(Value::NONE), a.get(1).copied().unwrap_or(Value::NONE));
    match (native::data::<PatternData>(x), native::data::<PatternData>(y)) {
        (Some(p), Some(q)) => {
            let same = p.c.flags == q.c.flags && p.c.bytes == q.c.bytes && crate::objects::ops::eq(vm, p.source, q.source)?;
            Ok(Value::bool(same))
        }
        _ => Ok(Value::NOT_IMPLEMENTED),
    }
}

fn p_hash(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let d = pattern_data(vm, a, "__hash__")?;
    let (src, f) = (d.source, d.c.flags);
    let h = crate::objects::ops::hash(vm, src)?;
    Ok(vm.new_int(h ^ (f as i64).wrapping_mul(1_000_003)))
}

fn p_new(vm: &mut Vm, _cls: Value, _a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Err(vm.type_error("cannot create 're.Pattern' instances"))
}
fn m_new(vm: &mut Vm, _cls: Value, _a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Err(vm.type_error("cannot create 're.Match' instances"))
}

// ---------------------------------------------------------------- Match methods

fn match_data<'a>(vm: &mut Vm, a: &[Value], name: &str) -> PyResult<&'a MatchData> {
    native::expect::<MatchData>(vm, a.first().copied().unwrap_or(Value::NONE), "re.Match", name)
}

impl MatchData {
    fn text<'a>(&self) -> Text<'a> {
        if let Some(so) = self.string.as_strobj() {
            return Text::Str(so.as_str(), so.is_ascii());
        }
        if let Some(s) = crate::objects::subclass::str_like(self.string) {
            return Text::Str(s, s.is_ascii());
        }
        Text::Bytes(self.string.as_bytes().unwrap_or(&[]))
    }

    /// Group index of `v` (an int or a group name), or IndexError "no such group".
    #[inline]
    fn index(&self, vm: &mut Vm, v: Value) -> PyResult<usize> {
        if v.is_int() {
            let i = v.as_int();
            if i >= 0 && (i as usize) <= self.c.groups {
                return Ok(i as usize);
            }
        } else if v.is_bool() {
            let i = if v.is_bool() { (v == Value::TRUE) as i64 } else { v.as_int() };
            if i >= 0 && (i as usize) <= self.c.groups {
                return Ok(i as usize);
            }
        } else if let Some(s) = crate::objects::subclass::str_like(v) {
            if let Some(&(_, g)) = self.c.names.iter().find(|(n, _)| n == s) {
                return Ok(g);
            }
        }
        Err(vm.index_error("no such group"))
    }

    fn group_value(&self, vm: &mut Vm, g: usize, default: Value) -> Value {
        match self.spans.get(g) {
            Some(&(a, b)) if a != usize::MAX => self.text().slice_value(vm, a, b),
            _ => default,
        }
    }

    fn char_span(&self, g: usize) -> (i64, i64) {
        match self.spans.get(g) {
            Some(&(a, b)) if a != usize::MAX => {
                let t = self.text();
                (t.char_of(a) as i64, t.char_of(b) as i64)
            }
            _ => (-1, -1),
        }
    }

    /// The group that closed last among those that matched (CPython's lastindex).
    fn last_index(&self) -> Option<usize> {
        let mut best: Option<usize> = None;
        for g in 1..self.spans.len() {
            let (a, b) = self.spans[g];
            if a == usize::MAX {
                continue;
            }
            best = match best {
                None => Some(g),
                Some(o) => {
                    let ob = self.spans[o].1;
                    if b > ob {
                        Some(g)
                    } else if b < ob {
                        Some(o)
                    } else if self.is_ancestor(o, g) {
                        Some(o)
                    } else {
                        Some(g)
                    }
                }
            };
        }
        best
    }

    fn is_ancestor(&self, anc: usize, mut g: usize) -> bool {
        while g != 0 {
            g = self.c.parents.get(g).copied().unwrap_or(0);
            if g == anc {
                return true;
            }
        }
        false
    }
}

fn mt_group(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    args::no_kwargs(vm, "group", kw)?;
    let m = match_data(vm, a, "group")?;
    match a.len() {
        1 => Ok(m.group_value(vm, 0, Value::NONE)),
        2 => {
            let g = m.index(vm, a[1])?;
            Ok(m.group_value(vm, g, Value::NONE))
        }
        _ => {
            let mut out = Vec::with_capacity(a.len() - 1);
            for &v in &a[1..] {
                let g = m.index(vm, v)?;
                out.push(m.group_value(vm, g, Value::NONE));
            }
            Ok(vm.new_tuple(out))
        }
    }
}

fn mt_getitem(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let m = match_data(vm, a, "__getitem__")?;
    let g = m.index(vm, a.get(1).copied().unwrap_or(Value::NONE))?;
    Ok(m.group_value(vm, g, Value::NONE))
}

fn mt_groups(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let b = args::bind(vm, "groups", a, kw, &["self", "default"], 1)?;
    let m = match_data(vm, a, "groups")?;
    let dflt = if b[1].is_null() { Value::NONE } else { b[1] };
    let out: Vec<Value> = (1..=m.c.groups).map(|g| m.group_value(vm, g, dflt)).collect();
    Ok(vm.new_tuple(out))
}

fn mt_groupdict(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let b = args::bind(vm, "groupdict", a, kw, &["self", "default"], 1)?;
    let m = match_data(vm, a, "groupdict")?;
    let dflt = if b[1].is_null() { Value::NONE } else { b[1] };
    let d = vm.new_dict();
    let c = m.c.clone();
    for (n, g) in &c.names {
        // group names are identifiers from the pattern: shared, hashed once
        let k = vm.intern(n);
        let v = m.group_value(vm, *g, dflt);
        crate::objects::ops::dict_set(vm, d, k, v)?;
    }
    Ok(d)
}

fn span_arg(vm: &mut Vm, a: &[Value], name: &str) -> PyResult<(i64, i64)> {
    let m = match_data(vm, a, name)?;
    if a.len() > 2 {
        return Err(vm.type_error(format!("{} expected at most 1 argument, got {}", name, a.len() - 1)));
    }
    let g = match a.get(1) {
        Some(&v) => m.index(vm, v)?,
        None => 0,
    };
    Ok(m.char_span(g))
}

fn mt_start(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::small_int(span_arg(vm, a, "start")?.0))
}
fn mt_end(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::small_int(span_arg(vm, a, "end")?.1))
}
fn mt_span(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let (s, e) = span_arg(vm, a, "span")?;
    Ok(vm.new_tuple(vec![Value::small_int(s), Value::small_int(e)]))
}

fn mt_expand(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let m = match_data(vm, a, "expand")?;
    let tmpl = a.get(1).copied().unwrap_or(Value::NONE);
    let t = Target { c: m.c.clone(), state: m.state, source: m.source, pattern: Value::NULL };
    let text = m.text();
    let (chars, bytes) = match text {
        Text::Str(..) => match crate::objects::subclass::str_like(tmpl) {
            Some(s) => (s.chars().collect::<Vec<char>>(), false),
            None => {
                let tn = vm.type_name(tmpl);
                return Err(vm.type_error(format!("expected str instance, {} found", tn)));
            }
        },
        Text::Bytes(_) => match tmpl.as_bytes() {
            Some(b) => (b.iter().map(|&x| x as char).collect(), true),
            None => {
                let tn = vm.type_name(tmpl);
                return Err(vm.type_error(format!("expected a bytes-like object, {} found", tn)));
            }
        },
    };
    let parts = parse_template(vm, &t, chars, bytes)?;
    let mut out: Vec<u8> = Vec::new();
    let raw = match text {
        Text::Str(s, _) => s.as_bytes(),
        Text::Bytes(b) => b,
    };
    for p in parts {
        match p {
            TemplatePart::Literal(l) => {
                if bytes {
                    out.extend(l.chars().map(|c| c as u32 as u8));
                } else {
                    out.extend_from_slice(l.as_bytes());
                }
            }
            TemplatePart::Group(g) => {
                if let Some(&(x, y)) = m.spans.get(g).filter(|s| s.0 != usize::MAX) {
                    out.extend_from_slice(raw.get(x..y).unwrap_or(&[]));
                }
            }
        }
    }
    if bytes {
        Ok(vm.new_bytes(out))
    } else {
        Ok(vm.new_string(String::from_utf8(out).unwrap_or_default()))
    }
}

fn mt_string(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(match_data(vm, a, "string")?.string)
}
fn mt_pos(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::small_int(match_data(vm, a, "pos")?.pos as i64))
}
fn mt_endpos(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::small_int(match_data(vm, a, "endpos")?.endpos as i64))
}
fn mt_lastindex(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(match match_data(vm, a, "lastindex")?.last_index() {
        Some(g) => Value::small_int(g as i64),
        None => Value::NONE,
    })
}
fn mt_lastgroup(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let m = match_data(vm, a, "lastgroup")?;
    let Some(g) = m.last_index() else { return Ok(Value::NONE) };
    match m.c.names.iter().find(|(_, i)| *i == g) {
        Some((n, _)) => Ok(vm.new_str(n)),
        None => Ok(Value::NONE),
    }
}
fn mt_re(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let mv = a.first().copied().unwrap_or(Value::NONE);
    let m = match_data(vm, a, "re")?;
    let p = m.pattern.get();
    if !p.is_null() {
        return Ok(p);
    }
    let t = Target { c: m.c.clone(), state: m.state, source: m.source, pattern: Value::NULL };
    let p = make_pattern(vm, &t);
    m.pattern.set(p);
    vm.write_barrier(mv, p);
    Ok(p)
}
fn mt_regs(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let m = match_data(vm, a, "regs")?;
    let spans: Vec<(i64, i64)> = (0..=m.c.groups).map(|g| m.char_span(g)).collect();
    let items: Vec<Value> = spans.into_iter().map(|(s, e)| vm.new_tuple(vec![Value::small_int(s), Value::small_int(e)])).collect();
    Ok(vm.new_tuple(items))
}
fn mt_bool(_vm: &mut Vm, _a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::TRUE)
}
fn mt_repr(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let m = match_data(vm, a, "__repr__")?;
    let (s, e) = m.char_span(0);
    let g = m.group_value(vm, 0, Value::NONE);
    let mut r = crate::objects::repr::repr(vm, g)?;
    if let Some((cut, _)) = r.char_indices().nth(50) {
        r.truncate(cut);
    }
    Ok(vm.new_string(format!("<re.Match object; span=({}, {}), match={}>", s, e, r)))
}

// ---------------------------------------------------------------- the module

/// A read-only attribute computed by `getter`.
pub fn add_property(vm: &mut Vm, t: Value, name: &'static str, getter: crate::objects::NativeFn) {
    let f = vm.new_builtin(name, getter);
    let p = vm.alloc(ObjKind::Property(Box::new(crate::objects::class::PropertyObj {
        fget: f,
        fset: Value::NULL,
        fdel: Value::NULL,
        doc: Value::NONE,
        name: Cell::new(Value::NULL),
    })));
    if let Some(tt) = t.as_type() {
        let d = tt.dict;
        let k = vm.intern(name);
        crate::objects::ops::dict_set_str(vm, d, k, p);
    }
}

pub fn init(vm: &mut Vm, name: &str) -> PyResult<Value> {
    let (m, d) = super::new_native_module(vm, name);
    let pattern_type = native::new_type(
        vm,
        "Pattern",
        "re",
        Value::NULL,
        Some(p_new),
        &[
            ("search", p_search),
            ("match", p_match),
            ("fullmatch", p_fullmatch),
            ("findall", p_findall),
            ("finditer", p_finditer),
            ("split", p_split),
            ("sub", p_sub),
            ("subn", p_subn),
            ("__repr__", p_repr),
            ("__eq__", p_eq),
            ("__hash__", p_hash),
        ],
    );
    for (n, f) in [("pattern", p_pattern as crate::objects::NativeFn), ("flags", p_flags), ("groups", p_groups), ("groupindex", p_groupindex)] {
        add_property(vm, pattern_type, n, f);
    }
    let match_type = native::new_type(
        vm,
        "Match",
        "re",
        Value::NULL,
        Some(m_new),
        &[
            ("group", mt_group),
            ("__getitem__", mt_getitem),
            ("groups", mt_groups),
            ("groupdict", mt_groupdict),
            ("start", mt_start),
            ("end", mt_end),
            ("span", mt_span),
            ("expand", mt_expand),
            ("__bool__", mt_bool),
            ("__repr__", mt_repr),
        ],
    );
    for (n, f) in [
        ("string", mt_string as crate::objects::NativeFn),
        ("pos", mt_pos),
        ("endpos", mt_endpos),
        ("lastindex", mt_lastindex),
        ("lastgroup", mt_lastgroup),
        ("re", mt_re),
        ("regs", mt_regs),
    ] {
        add_property(vm, match_type, n, f);
    }
    crate::objects::module::set_entry(vm, d, "Pattern", pattern_type);
    crate::objects::module::set_entry(vm, d, "Match", match_type);
    let state_type = native::new_type(vm, "_State", "_pvm_re", Value::NULL, None, &[]);
    crate::objects::module::set_entry(vm, d, "_State", state_type);
    let state = native::new_object(vm, state_type, ReState { pattern_type, match_type, error: Cell::new(Value::NULL) });
    crate::objects::module::set_entry(vm, d, "_state", state);
    let funcs: [(&'static str, crate::objects::NativeFn); 12] = [
        ("compile", m_compile),
        ("search", m_search),
        ("match", m_match),
        ("fullmatch", m_fullmatch),
        ("findall", m_findall),
        ("finditer", m_finditer),
        ("split", m_split),
        ("sub", m_sub),
        ("subn", m_subn),
        ("purge", m_purge),
        ("escape", m_escape),
        ("_set_error", m_set_error),
    ];
    for (n, f) in funcs.iter() {
        let fv = vm.alloc(ObjKind::Builtin(BuiltinFn { name: n, func: *f, self_: state, owner: Value::NULL }));
        crate::objects::module::set_entry(vm, d, n, fv);
    }
    Ok(m)
}
