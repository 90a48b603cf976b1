//! `_pvm_json`: the encoder and decoder under `json` (src/modules/lib/json.py), in Rust.
//!
//! Encoding writes into one String; decoding is a recursive-descent parser over the
//! UTF-8 text that reports errors as CPython's scanner does (message and position in
//! code points). Object keys are memoized per document (one str per distinct key), as
//! CPython's scanner does, unless a hook is given (a hook may drop the dict holding a
//! memoized key).
//!
//! GC: the hooks and `default` call back into Python. Containers under construction are
//! on `Vm::roots` while the decoder runs (and the value `default` returns while the
//! encoder walks it), and are re-read by index after a call-back, never kept in Rust
//! snapshots across it.

use crate::builtins::args;
use crate::objects::native::{self, NativeData};
use crate::objects::{BuiltinFn, ObjKind};
use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};
use std::cell::Cell;

struct JsonState {
    decode_error: Cell<Value>,
}

impl NativeData for JsonState {
    fn trace(&self, f: &mut dyn FnMut(Value)) {
        f(self.decode_error.get());
    }
}

// ---------------------------------------------------------------- encoding

struct Encoder {
    skipkeys: bool,
    ensure_ascii: bool,
    check_circular: bool,
    allow_nan: bool,
    indent: Option<String>,
    item_sep: String,
    key_sep: String,
    default: Value,
    sort_keys: bool,
    /// Containers being encoded (for the circular-reference check).
    markers: Vec<Value>,
    depth: usize,
}

/// Appends `s` as a JSON string literal.
pub fn quote(out: &mut String, s: &str, ensure_ascii: bool) {
    out.push('"');
    let bytes = s.as_bytes();
    let mut start = 0;
    for (i, &b) in bytes.iter().enumerate() {
        let plain = b >= 0x20 && b != b'"' && b != b'\\' && (b < 0x7f || !ensure_ascii);
        if plain {
            continue;
        }
        if b >= 0x80 && (b & 0xC0) == 0x80 {
            // a continuation byte: handled with its lead byte
            continue;
        }
        out.push_str(&s[start..i]);
        match b {
            b'"' => out.push_str("\\\""),
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            0x08 => out.push_str("\\b"),
            0x0c => out.push_str("\\f"),
            0..=0x1f => out.push_str(&format!("\\u{:04x}", b)),
            _ => {
                let c = s[i..].chars().next().unwrap_or('\u{fffd}');
                let mut units = [0u16; 2];
                for u in c.encode_utf16(&mut units) {
                    out.push_str(&format!("\\u{:04x}", u));
                }
                start = i + c.len_utf8();
                continue;
            }
        }
        start = i + 1;
    }
    out.push_str(&s[start..]);
    out.push('"');
}

fn float_text(vm: &mut Vm, enc: &Encoder, f: f64) -> PyResult<String> {
    if f.is_finite() {
        return Ok(crate::objects::numfmt::float_repr(f));
    }
    if !enc.allow_nan {
        return Err(vm.value_error("Out of range float values are not JSON compliant"));
    }
    Ok(if f.is_nan() {
        "NaN"
    } else if f > 0.0 {
        "Infinity"
    } else {
        "-Infinity"
    }
    .to_string())
}

/// The text of an int-like value (bools excluded by the caller).
fn int_text(v: Value) -> Option<String> {
    match crate::objects::int::as_num(v)? {
        crate::objects::int::Num::Small(i) => Some(i.to_string()),
        crate::objects::int::Num::Big(b) => Some(b.to_string()),
        crate::objects::int::Num::Float(_) => None,
    }
}

impl Encoder {
    fn newline(&self, out: &mut String) {
        if let Some(ind) = &self.indent {
            out.push('\n');
            for _ in 0..self.depth {
                out.push_str(ind);
            }
        }
    }

    fn enter(&mut self, vm: &mut Vm, v: Value) -> PyResult<()> {
        if !self.default.is_null() {
            // `default` may unlink the container being walked from everything else
            vm.roots.push(v);
        }
        if self.check_circular {
            if self.markers.contains(&v) {
                return Err(vm.value_error("Circular reference detected"));
            }
            self.markers.push(v);
        }
        self.depth += 1;
        if self.depth + vm.frames.len() > vm.recursion_limit {
            return Err(recursion(vm, "encoding a JSON object"));
        }
        Ok(())
    }

    fn leave(&mut self, vm: &mut Vm) {
        if !self.default.is_null() {
            vm.roots.pop();
        }
        if self.check_circular {
            self.markers.pop();
        }
        self.depth -= 1;
    }

    fn encode(&mut self, vm: &mut Vm, out: &mut String, v: Value) -> PyResult<()> {
        if v.is_none() {
            out.push_str("null");
            return Ok(());
        }
        if v == Value::TRUE {
            out.push_str("true");
            return Ok(());
        }
        if v == Value::FALSE {
            out.push_str("false");
            return Ok(());
        }
        if v.is_int() {
            out.push_str(crate::objects::numfmt::DecimalI64::new(v.as_int()).as_str());
            return Ok(());
        }
        if v.is_float() {
            let t = float_text(vm, self, v.as_float())?;
            out.push_str(&t);
            return Ok(());
        }
        if let Some(s) = v.as_str() {
            quote(out, s, self.ensure_ascii);
            return Ok(());
        }
        let p = crate::objects::subclass::payload_or_self(v);
        if let Some(s) = p.as_str() {
            quote(out, s, self.ensure_ascii);
            return Ok(());
        }
        if let Some(t) = int_text(p) {
            out.push_str(&t);
            return Ok(());
        }
        if p.is_float() {
            let t = float_text(vm, self, p.as_float())?;
            out.push_str(&t);
            return Ok(());
        }
        if p.as_list().is_some() || p.as_tuple().is_some() {
            return self.encode_list(vm, out, v, p);
        }
        if p.as_dict().is_some() {
            return self.encode_dict(vm, out, v, p);
        }
        self.encode_default(vm, out, v)
    }

    fn encode_list(&mut self, vm: &mut Vm, out: &mut String, v: Value, p: Value) -> PyResult<()> {
        let len = |p: Value| match (p.as_list(), p.as_tuple()) {
            (Some(l), _) => l.borrow().len(),
            (_, Some(t)) => t.len(),
            _ => 0,
        };
        if len(p) == 0 {
            out.push_str("[]");
            return Ok(());
        }
        self.enter(vm, v)?;
        out.push('[');
        self.newline(out);
        let mut i = 0;
        loop {
            let item = match (p.as_list(), p.as_tuple()) {
                (Some(l), _) => l.borrow().get(i).copied(),
                (_, Some(t)) => t.get(i).copied(),
                _ => None,
            };
            let Some(item) = item else { break };
            if i > 0 {
                out.push_str(&self.item_sep);
                self.newline(out);
            }
            self.encode(vm, out, item)?;
            i += 1;
        }
        self.leave(vm);
        self.newline(out);
        out.push(']');
        Ok(())
    }

    fn encode_dict(&mut self, vm: &mut Vm, out: &mut String, v: Value, p: Value) -> PyResult<()> {
        let Some(d) = p.as_dict() else { return Ok(()) };
        if d.borrow().is_empty() {
            out.push_str("{}");
            return Ok(());
        }
        self.enter(vm, v)?;
        out.push('{');
        self.newline(out);
        let mut entries: Vec<(Value, Value)> = d.borrow().iter().collect();
        if self.sort_keys {
            sort_entries(vm, &mut entries)?;
        }
        // the entries stay reachable from the dict unless `default` changes it: keep them
        let rooted = vm.roots.len();
        if !self.default.is_null() {
            for &(k, x) in &entries {
                vm.roots.push(k);
                vm.roots.push(x);
            }
        }
        let r = self.encode_entries(vm, out, &entries);
        vm.roots.truncate(rooted);
        r?;
        self.leave(vm);
        self.newline(out);
        out.push('}');
        Ok(())
    }

    fn encode_entries(&mut self, vm: &mut Vm, out: &mut String, entries: &[(Value, Value)]) -> PyResult<()> {
        let mut first = true;
        for &(k, x) in entries {
            let key: String = if let Some(s) = crate::objects::subclass::str_like(k) {
                let mut q = String::with_capacity(s.len() + 2);
                quote(&mut q, s, self.ensure_ascii);
                if !first {
                    out.push_str(&self.item_sep);
                    self.newline(out);
                }
                out.push_str(&q);
                first = false;
                out.push_str(&self.key_sep);
                self.encode(vm, out, x)?;
                continue;
            } else if k == Value::TRUE {
                "true".into()
            } else if k == Value::FALSE {
                "false".into()
            } else if k.is_none() {
                "null".into()
            } else if let Some(t) = int_text(crate::objects::subclass::payload_or_self(k)).filter(|_| !crate::objects::subclass::payload_or_self(k).is_float())
            {
                t
            } else if crate::objects::subclass::payload_or_self(k).is_float() {
                float_text(vm, self, crate::objects::subclass::payload_or_self(k).as_float())?
            } else if self.skipkeys {
                continue;
            } else {
                let t = vm.type_name(k);
                return Err(vm.type_error(format!("keys must be str, int, float, bool or None, not {}", t)));
            };
            if !first {
                out.push_str(&self.item_sep);
                self.newline(out);
            }
            first = false;
            quote(out, &key, self.ensure_ascii);
            out.push_str(&self.key_sep);
            self.encode(vm, out, x)?;
        }
        Ok(())
    }

    fn encode_default(&mut self, vm: &mut Vm, out: &mut String, v: Value) -> PyResult<()> {
        if self.default.is_null() {
            let t = vm.type_name(v);
            return Err(vm.type_error(format!("Object of type {} is not JSON serializable", t)));
        }
        self.enter(vm, v)?;
        let f = self.default;
        let r = vm.call(f, &[v])?;
        vm.roots.push(r);
        let res = self.encode(vm, out, r);
        vm.roots.pop();
        res?;
        self.leave(vm);
        Ok(())
    }
}

fn sort_entries(vm: &mut Vm, entries: &mut [(Value, Value)]) -> PyResult<()> {
    if entries.iter().all(|(k, _)| k.as_str().is_some()) {
        entries.sort_by(|a, b| a.0.as_str().unwrap_or("").cmp(b.0.as_str().unwrap_or("")));
        return Ok(());
    }
    let mut err: Option<PyErr> = None;
    entries.sort_by(|a, b| {
        if err.is_some() {
            return std::cmp::Ordering::Equal;
        }
        match crate::objects::ops::compare_bool(vm, crate::bytecode::opcodes::CmpOp::Lt, a.0, b.0) {
            Ok(true) => std::cmp::Ordering::Less,
            Ok(false) => match crate::objects::ops::compare_bool(vm, crate::bytecode::opcodes::CmpOp::Lt, b.0, a.0) {
                Ok(true) => std::cmp::Ordering::Greater,
                Ok(false) => std::cmp::Ordering::Equal,
                Err(e) => {
                    err = Some(e);
                    std::cmp::Ordering::Equal
                }
            },
            Err(e) => {
                err = Some(e);
                std::cmp::Ordering::Equal
            }
        }
    });
    match err {
        Some(e) => Err(e),
        None => Ok(()),
    }
}

#[cold]
fn recursion(vm: &mut Vm, what: &str) -> PyErr {
    let c = vm.types.recursion_error;
    vm.err(c, &format!("maximum recursion depth exceeded while {}", what))
}

/// `encode(obj, skipkeys, ensure_ascii, check_circular, allow_nan, indent, separators,
/// default, sort_keys)`.
fn j_encode(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let arg = |i: usize| a.get(i + 1).copied().unwrap_or(Value::NONE);
    let obj = arg(0);
    let truth = |vm: &mut Vm, v: Value| crate::objects::ops::truthy(vm, v);
    let skipkeys = truth(vm, arg(1))?;
    let ensure_ascii = truth(vm, arg(2))?;
    let check_circular = truth(vm, arg(3))?;
    let allow_nan = truth(vm, arg(4))?;
    let indent_v = arg(5);
    let indent = if indent_v.is_none() {
        None
    } else if let Some(s) = crate::objects::subclass::str_like(indent_v) {
        Some(s.to_string())
    } else {
        let n = args::int_arg(vm, indent_v)?;
        Some(" ".repeat(n.max(0) as usize))
    };
    let seps = arg(6);
    let (item_sep, key_sep) = if seps.is_none() {
        (if indent.is_some() { "," } else { ", " }.to_string(), ": ".to_string())
    } else {
        let items: Vec<Value> = match (seps.as_tuple(), seps.as_list()) {
            (Some(t), _) => t.to_vec(),
            (_, Some(l)) => l.borrow().clone(),
            _ => Vec::new(),
        };
        match items.as_slice() {
            [x, y] => match (crate::objects::subclass::str_like(*x), crate::objects::subclass::str_like(*y)) {
                (Some(x), Some(y)) => (x.to_string(), y.to_string()),
                _ => return Err(vm.type_error("make_encoder() argument 6 must be str, not int")),
            },
            _ => return Err(vm.value_error(format!("too many values to unpack (expected 2, got {})", items.len()))),
        }
    };
    let default = if arg(7).is_none() { Value::NULL } else { arg(7) };
    let sort_keys = truth(vm, arg(8))?;
    let mut enc = Encoder { skipkeys, ensure_ascii, check_circular, allow_nan, indent, item_sep, key_sep, default, sort_keys, markers: Vec::new(), depth: 0 };
    let mut out = String::new();
    let rooted = vm.roots.len();
    let r = enc.encode(vm, &mut out, obj);
    vm.roots.truncate(rooted);
    r?;
    Ok(vm.new_string(out))
}

/// `encode_basestring_ascii(s)` / `encode_basestring(s)`.
fn j_quote_ascii(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    quote_fn(vm, a, true)
}
fn j_quote(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    quote_fn(vm, a, false)
}
fn quote_fn(vm: &mut Vm, a: &[Value], ascii: bool) -> PyResult<Value> {
    let v = a.get(1).copied().unwrap_or(Value::NONE);
    let Some(s) = crate::objects::subclass::str_like(v) else {
        let t = vm.type_name(v);
        return Err(vm.type_error(format!("first argument must be a string, not {}", t)));
    };
    let mut out = String::with_capacity(s.len() + 2);
    quote(&mut out, s, ascii);
    Ok(vm.new_string(out))
}

// ---------------------------------------------------------------- decoding

struct Decoder<'a> {
    s: &'a str,
    b: &'a [u8],
    /// The document as given (for the error's `doc`).
    doc: Value,
    strict: bool,
    object_hook: Value,
    pairs_hook: Value,
    parse_float: Value,
    parse_int: Value,
    parse_constant: Value,
    memo: Option<hashbrown::HashMap<&'a str, Value>>,
    depth: usize,
}

enum Fail {
    /// A syntax error: message and byte offset.
    Syntax(&'static str, usize),
    Py(PyErr),
}

impl From<PyErr> for Fail {
    fn from(e: PyErr) -> Fail {
        Fail::Py(e)
    }
}

type DResult<T> = Result<T, Fail>;

fn is_ws(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r')
}

impl<'a> Decoder<'a> {
    fn skip_ws(&self, mut i: usize) -> usize {
        while i < self.b.len() && is_ws(self.b[i]) {
            i += 1;
        }
        i
    }

    /// A value starting at byte `i`: the value and the offset after it.
    fn value(&mut self, vm: &mut Vm, i: usize) -> DResult<(Value, usize)> {
        let Some(&c) = self.b.get(i) else {
            return Err(Fail::Syntax("Expecting value", i));
        };
        match c {
            b'"' => {
                let (s, e) = self.string(i + 1)?;
                let v = match s {
                    Str::Borrowed(x) => vm.new_str(x),
                    Str::Owned(x) => vm.new_string(x),
                };
                Ok((v, e))
            }
            b'{' => self.object(vm, i + 1),
            b'[' => self.array(vm, i + 1),
            b'n' if self.b[i..].starts_with(b"null") => Ok((Value::NONE, i + 4)),
            b't' if self.b[i..].starts_with(b"true") => Ok((Value::TRUE, i + 4)),
            b'f' if self.b[i..].starts_with(b"false") => Ok((Value::FALSE, i + 5)),
            b'N' if self.b[i..].starts_with(b"NaN") => Ok((self.constant(vm, "NaN", f64::NAN)?, i + 3)),
            b'I' if self.b[i..].starts_with(b"Infinity") => Ok((self.constant(vm, "Infinity", f64::INFINITY)?, i + 8)),
            b'-' if self.b[i..].starts_with(b"-Infinity") => Ok((self.constant(vm, "-Infinity", f64::NEG_INFINITY)?, i + 9)),
            b'-' | b'0'..=b'9' => self.number(vm, i),
            _ => Err(Fail::Syntax("Expecting value", i)),
        }
    }

    fn constant(&mut self, vm: &mut Vm, name: &str, f: f64) -> DResult<Value> {
        if self.parse_constant.is_null() {
            return Ok(Value::float(f));
        }
        let s = vm.new_str(name);
        let pc = self.parse_constant;
        Ok(vm.call(pc, &[s])?)
    }

    fn number(&mut self, vm: &mut Vm, start: usize) -> DResult<(Value, usize)> {
        let b = self.b;
        let mut i = start;
        if b[i] == b'-' {
            i += 1;
        }
        match b.get(i) {
            Some(b'0') => i += 1,
            Some(b'1'..=b'9') => {
                while b.get(i).is_some_and(|c| c.is_ascii_digit()) {
                    i += 1;
                }
            }
            _ => return Err(Fail::Syntax("Expecting value", start)),
        }
        let mut is_float = false;
        if b.get(i) == Some(&b'.') && b.get(i + 1).is_some_and(|c| c.is_ascii_digit()) {
            is_float = true;
            i += 2;
            while b.get(i).is_some_and(|c| c.is_ascii_digit()) {
                i += 1;
            }
        }
        if matches!(b.get(i), Some(b'e' | b'E')) {
            let mut j = i + 1;
            if matches!(b.get(j), Some(b'+' | b'-')) {
                j += 1;
            }
            if b.get(j).is_some_and(|c| c.is_ascii_digit()) {
                while b.get(j).is_some_and(|c| c.is_ascii_digit()) {
                    j += 1;
                }
                is_float = true;
                i = j;
            }
        }
        let text = &self.s[start..i];
        let v = if is_float {
            if self.parse_float.is_null() {
                Value::float(text.parse::<f64>().unwrap_or(f64::NAN))
            } else {
                let t = vm.new_str(text);
                let pf = self.parse_float;
                vm.call(pf, &[t])?
            }
        } else if self.parse_int.is_null() {
            match text.parse::<i64>() {
                Ok(n) => vm.new_int(n),
                Err(_) => match text.parse::<num_bigint::BigInt>() {
                    Ok(n) => vm.new_int_big(n),
                    Err(_) => return Err(Fail::Syntax("Expecting value", start)),
                },
            }
        } else {
            let t = vm.new_str(text);
            let pi = self.parse_int;
            vm.call(pi, &[t])?
        };
        Ok((v, i))
    }

    /// A string body from byte `i` (after the quote): its text and the offset after
    /// the closing quote.
    fn string(&self, i: usize) -> DResult<(Str<'a>, usize)> {
        let b = self.b;
        let start = i;
        let mut j = i;
        // the fast path: no escapes
        while j < b.len() {
            let c = b[j];
            if c == b'"' {
                return Ok((Str::Borrowed(&self.s[start..j]), j + 1));
            }
            if c == b'\\' {
                break;
            }
            if c < 0x20 && self.strict {
                return Err(Fail::Syntax("Invalid control character at", j));
            }
            j += 1;
        }
        let mut out = String::from(&self.s[start..j]);
        loop {
            let Some(&c) = b.get(j) else {
                return Err(Fail::Syntax("Unterminated string starting at", start - 1));
            };
            match c {
                b'"' => return Ok((Str::Owned(out), j + 1)),
                b'\\' => {
                    let Some(&e) = b.get(j + 1) else {
                        return Err(Fail::Syntax("Unterminated string starting at", start - 1));
                    };
                    j += 2;
                    match e {
                        b'"' => out.push('"'),
                        b'\\' => out.push('\\'),
                        b'/' => out.push('/'),
                        b'b' => out.push('\u{8}'),
                        b'f' => out.push('\u{c}'),
                        b'n' => out.push('\n'),
                        b'r' => out.push('\r'),
                        b't' => out.push('\t'),
                        b'u' => {
                            let u = self.hex4(j)?;
                            j += 4;
                            let mut cp = u;
                            if (0xd800..0xdc00).contains(&u) && b.get(j) == Some(&b'\\') && b.get(j + 1) == Some(&b'u') {
                                let lo = self.hex4(j + 2)?;
                                if (0xdc00..0xe000).contains(&lo) {
                                    cp = 0x10000 + ((u - 0xd800) << 10) + (lo - 0xdc00);
                                    j += 6;
                                }
                            }
                            match char::from_u32(cp) {
                                Some(ch) => out.push(ch),
                                None => return Err(Fail::Syntax("PVM strings cannot hold a lone surrogate: \\u escape at", j - 6)),
                            }
                        }
                        _ => return Err(Fail::Syntax("Invalid \\escape", j - 2)),
                    }
                }
                c if c < 0x20 && self.strict => return Err(Fail::Syntax("Invalid control character at", j)),
                _ => {
                    // copy the run up to the next quote or backslash
                    let run_start = j;
                    while j < b.len() && b[j] != b'"' && b[j] != b'\\' && !(b[j] < 0x20 && self.strict) {
                        j += 1;
                    }
                    out.push_str(&self.s[run_start..j]);
                }
            }
        }
    }

    fn hex4(&self, j: usize) -> DResult<u32> {
        let h = self.b.get(j..j + 4).filter(|h| h.iter().all(|c| c.is_ascii_hexdigit()));
        match h {
            Some(h) => Ok(u32::from_str_radix(std::str::from_utf8(h).unwrap_or("0"), 16).unwrap_or(0)),
            None => Err(Fail::Syntax("Invalid \\uXXXX escape", j - 1)),
        }
    }

    fn enter(&mut self, vm: &mut Vm) -> DResult<()> {
        self.depth += 1;
        if self.depth + vm.frames.len() > vm.recursion_limit {
            return Err(Fail::Py(recursion(vm, "decoding a JSON document")));
        }
        Ok(())
    }

    fn array(&mut self, vm: &mut Vm, i: usize) -> DResult<(Value, usize)> {
        self.enter(vm)?;
        let list = vm.new_list(Vec::new());
        vm.roots.push(list);
        let mut i = self.skip_ws(i);
        if self.b.get(i) == Some(&b']') {
            vm.roots.pop();
            self.depth -= 1;
            return Ok((list, i + 1));
        }
        loop {
            let (v, e) = self.value(vm, i)?;
            if let Some(l) = list.as_list() {
                l.borrow_mut().push(v);
            }
            vm.write_barrier(list, v);
            i = self.skip_ws(e);
            match self.b.get(i) {
                Some(b']') => break,
                Some(b',') => i = self.skip_ws(i + 1),
                _ => return Err(Fail::Syntax("Expecting ',' delimiter", i)),
            }
        }
        vm.roots.pop();
        self.depth -= 1;
        Ok((list, i + 1))
    }

    fn key(&mut self, vm: &mut Vm, i: usize) -> DResult<(Value, usize)> {
        let (s, e) = self.string(i + 1)?;
        let v = match s {
            Str::Borrowed(x) => match &mut self.memo {
                Some(memo) => match memo.get(x) {
                    Some(&v) => v,
                    None => {
                        let v = vm.new_str(x);
                        memo.insert(x, v);
                        v
                    }
                },
                None => vm.new_str(x),
            },
            Str::Owned(x) => vm.new_string(x),
        };
        Ok((v, e))
    }

    fn object(&mut self, vm: &mut Vm, i: usize) -> DResult<(Value, usize)> {
        self.enter(vm)?;
        let pairs = !self.pairs_hook.is_null();
        let container = if pairs { vm.new_list(Vec::new()) } else { vm.new_dict() };
        vm.roots.push(container);
        let mut i = self.skip_ws(i);
        if self.b.get(i) != Some(&b'}') {
            loop {
                if self.b.get(i) != Some(&b'"') {
                    return Err(Fail::Syntax("Expecting property name enclosed in double quotes", i));
                }
                let (k, e) = self.key(vm, i)?;
                i = self.skip_ws(e);
                if self.b.get(i) != Some(&b':') {
                    return Err(Fail::Syntax("Expecting ':' delimiter", i));
                }
                i = self.skip_ws(i + 1);
                vm.roots.push(k);
                let (v, e) = self.value(vm, i)?;
                vm.roots.pop();
                if pairs {
                    let t = vm.new_tuple_from(&[k, v]);
                    if let Some(l) = container.as_list() {
                        l.borrow_mut().push(t);
                    }
                    vm.write_barrier(container, t);
                } else {
                    crate::objects::ops::dict_set(vm, container, k, v)?;
                }
                i = self.skip_ws(e);
                match self.b.get(i) {
                    Some(b'}') => break,
                    Some(b',') => {
                        i = self.skip_ws(i + 1);
                        if self.b.get(i) != Some(&b'"') {
                            return Err(Fail::Syntax("Expecting property name enclosed in double quotes", i));
                        }
                    }
                    _ => return Err(Fail::Syntax("Expecting ',' delimiter", i)),
                }
            }
        }
        let mut result = container;
        if pairs {
            let h = self.pairs_hook;
            result = vm.call(h, &[container])?;
        } else if !self.object_hook.is_null() {
            let h = self.object_hook;
            result = vm.call(h, &[container])?;
        }
        vm.roots.pop();
        self.depth -= 1;
        Ok((result, i + 1))
    }
}

enum Str<'a> {
    Borrowed(&'a str),
    Owned(String),
}

/// Raises `JSONDecodeError(msg, doc, pos)` with `pos` in code points.
#[cold]
fn decode_error(vm: &mut Vm, state: Value, s: &str, doc: Value, msg: &str, byte_pos: usize) -> PyErr {
    let pos = s.get(..byte_pos).map(|p| p.chars().count()).unwrap_or(byte_pos);
    let cls = native::data::<JsonState>(state).map(|st| st.decode_error.get()).unwrap_or(Value::NULL);
    if cls.is_null() {
        return vm.value_error(msg);
    }
    let m = vm.new_str(msg);
    let p = vm.new_int(pos as i64);
    match vm.call(cls, &[m, doc, p]) {
        Ok(e) => PyErr(e),
        Err(e) => e,
    }
}

fn opt(v: Value) -> Value {
    if v.is_none() {
        Value::NULL
    } else {
        v
    }
}

/// `decode(s, object_hook, object_pairs_hook, parse_float, parse_int, parse_constant,
/// strict)`: the document `s` (a str) as a value.
fn j_decode(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let state = a.first().copied().unwrap_or(Value::NULL);
    let arg = |i: usize| a.get(i + 1).copied().unwrap_or(Value::NONE);
    let doc = arg(0);
    let Some(s) = crate::objects::subclass::str_like(doc) else {
        let t = vm.type_name(doc);
        return Err(vm.type_error(format!("the JSON object must be str, bytes or bytearray, not {}", t)));
    };
    if s.starts_with('\u{feff}') {
        return Err(decode_error(vm, state, s, doc, "Unexpected UTF-8 BOM (decode using utf-8-sig)", 0));
    }
    let strict = if a.len() > 7 { crate::objects::ops::truthy(vm, arg(6))? } else { true };
    let (object_hook, pairs_hook, parse_float, parse_int, parse_constant) = (opt(arg(1)), opt(arg(2)), opt(arg(3)), opt(arg(4)), opt(arg(5)));
    let hooks = !(object_hook.is_null() && pairs_hook.is_null() && parse_float.is_null() && parse_int.is_null() && parse_constant.is_null());
    let mut d = Decoder {
        s,
        b: s.as_bytes(),
        doc,
        strict,
        object_hook,
        pairs_hook,
        parse_float,
        parse_int,
        parse_constant,
        memo: if hooks { None } else { Some(hashbrown::HashMap::new()) },
        depth: 0,
    };
    // raw_decode(s, idx): a value at code point idx, no whitespace skipped, the rest ignored
    let raw = arg(7);
    let raw_start = if raw.is_none() || a.len() <= 8 {
        None
    } else {
        let idx = args::int_arg(vm, raw)?;
        if idx < 0 {
            return Err(vm.value_error("idx cannot be negative"));
        }
        Some(s.char_indices().nth(idx as usize).map(|(b, _)| b).unwrap_or(s.len()))
    };
    let rooted = vm.roots.len();
    let start = raw_start.unwrap_or_else(|| d.skip_ws(0));
    let r = d.value(vm, start);
    vm.roots.truncate(rooted);
    let fail = match r {
        Ok((v, end)) if raw_start.is_some() => {
            let endc = s.get(..end).map(|p| p.chars().count()).unwrap_or(end);
            let e = vm.new_int(endc as i64);
            return Ok(vm.new_tuple(vec![v, e]));
        }
        Ok((v, end)) => {
            let end = d.skip_ws(end);
            if end == s.len() {
                return Ok(v);
            }
            Fail::Syntax("Extra data", end)
        }
        Err(f) => f,
    };
    match fail {
        Fail::Py(e) => Err(e),
        Fail::Syntax(msg, pos) => {
            let doc = d.doc;
            Err(decode_error(vm, state, s, doc, msg, pos))
        }
    }
}

fn j_set_error(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let state = a.first().copied().unwrap_or(Value::NULL);
    let cls = a.get(1).copied().unwrap_or(Value::NONE);
    if let Some(s) = native::data::<JsonState>(state) {
        s.decode_error.set(cls);
        vm.write_barrier(state, cls);
    }
    Ok(Value::NONE)
}

pub fn init(vm: &mut Vm, name: &str) -> PyResult<Value> {
    let (m, d) = super::new_native_module(vm, name);
    let state_type = native::new_type(vm, "_State", "_pvm_json", Value::NULL, None, &[]);
    crate::objects::module::set_entry(vm, d, "_State", state_type);
    let state = native::new_object(vm, state_type, JsonState { decode_error: Cell::new(Value::NULL) });
    crate::objects::module::set_entry(vm, d, "_state", state);
    let funcs: [(&'static str, crate::objects::NativeFn); 5] =
        [("encode", j_encode), ("decode", j_decode), ("encode_basestring_ascii", j_quote_ascii), ("encode_basestring", j_quote), ("_set_error", j_set_error)];
    for (n, f) in funcs {
        let fv = vm.alloc(ObjKind::Builtin(BuiltinFn { name: n, func: f, self_: state, owner: Value::NULL }));
        crate::objects::module::set_entry(vm, d, n, fv);
    }
    Ok(m)
}
