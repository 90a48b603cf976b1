//! `io.StringIO` and `io.BytesIO`: in-memory text and binary streams.
//!
//! A StringIO holds code points (`Vec<char>`), so positions — which Python counts in
//! characters — index it directly; a BytesIO holds bytes. Both follow CPython's file
//! semantics: writing past the end pads with NULs, `truncate` keeps the position,
//! operations on a closed stream raise ValueError. StringIO's `newline` argument
//! translates as CPython's does: the default `'\n'` does nothing, None turns `\r\n`
//! and `\r` into `\n` on write, `''` keeps everything but splits lines at any of the
//! three ends, `'\r'`/`'\r\n'` are written for `\n`.

use crate::builtins::args;
use crate::objects::native::{self, NativeData};
use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};
use std::cell::RefCell;

#[derive(Clone, Copy, PartialEq)]
enum Newline {
    /// `'\n'` (the default): no translation, lines end at `\n`.
    Lf,
    /// None: `\r\n` and `\r` become `\n` on write.
    Universal,
    /// `''`: no translation; lines end at `\n`, `\r` or `\r\n`.
    Any,
    /// `'\r'` or `'\r\n'`: written for each `\n`; lines end there.
    Fixed(&'static str),
}

struct Buf<T> {
    data: Vec<T>,
    pos: usize,
    closed: bool,
}

impl<T: Copy + Default> Buf<T> {
    fn write(&mut self, s: &[T]) {
        if self.pos > self.data.len() {
            self.data.resize(self.pos, T::default());
        }
        let end = self.pos + s.len();
        let overlap = end.min(self.data.len()) - self.pos;
        self.data[self.pos..self.pos + overlap].copy_from_slice(&s[..overlap]);
        self.data.extend_from_slice(&s[overlap..]);
        self.pos = end;
    }
    fn read(&mut self, n: Option<usize>) -> &[T] {
        let start = self.pos.min(self.data.len());
        let end = match n {
            Some(n) => (start + n).min(self.data.len()),
            None => self.data.len(),
        };
        self.pos = end.max(self.pos);
        &self.data[start..end]
    }
}

struct StringIo {
    buf: RefCell<Buf<char>>,
    newline: Newline,
}

impl NativeData for StringIo {
    fn trace(&self, _f: &mut dyn FnMut(Value)) {}
    fn extra_size(&self) -> usize {
        self.buf.borrow().data.capacity() * 4
    }
}

struct BytesIo {
    buf: RefCell<Buf<u8>>,
}

impl NativeData for BytesIo {
    fn trace(&self, _f: &mut dyn FnMut(Value)) {}
    fn extra_size(&self) -> usize {
        self.buf.borrow().data.capacity()
    }
}

/// CPython's StringIO and BytesIO word this differently (the period).
#[cold]
fn closed_error(vm: &mut Vm, text: bool) -> PyErr {
    vm.value_error(if text { "I/O operation on closed file" } else { "I/O operation on closed file." })
}

/// A size argument: None or negative means "all".
fn size_arg(vm: &mut Vm, v: Option<Value>) -> PyResult<Option<usize>> {
    match v {
        None => Ok(None),
        Some(v) if v.is_none() || v.is_null() => Ok(None),
        Some(v) => {
            let n = args::int_arg(vm, v)?;
            Ok(if n < 0 { None } else { Some(n as usize) })
        }
    }
}

// ---------------------------------------------------------------- StringIO

fn sio<'a>(vm: &mut Vm, a: &[Value], method: &str) -> PyResult<&'a StringIo> {
    let s = native::expect::<StringIo>(vm, a.first().copied().unwrap_or(Value::NONE), "_io.StringIO", method)?;
    if s.buf.borrow().closed {
        return Err(closed_error(vm, true));
    }
    Ok(s)
}

impl StringIo {
    /// `s` as stored: newlines translated for writing.
    fn translate_in(&self, s: &str) -> Vec<char> {
        match self.newline {
            Newline::Lf | Newline::Any => s.chars().collect(),
            Newline::Universal => {
                let mut out = Vec::with_capacity(s.len());
                let mut it = s.chars().peekable();
                while let Some(c) = it.next() {
                    if c == '\r' {
                        if it.peek() == Some(&'\n') {
                            it.next();
                        }
                        out.push('\n');
                    } else {
                        out.push(c);
                    }
                }
                out
            }
            Newline::Fixed(nl) => {
                let mut out = Vec::with_capacity(s.len());
                for c in s.chars() {
                    if c == '\n' {
                        out.extend(nl.chars());
                    } else {
                        out.push(c);
                    }
                }
                out
            }
        }
    }

    /// Length of the line starting at `start` in `data` (its end included), at most `limit`.
    fn line_len(&self, data: &[char], limit: Option<usize>) -> usize {
        let max = limit.map_or(data.len(), |l| l.min(data.len()));
        let mut i = 0;
        while i < max {
            let c = data[i];
            match self.newline {
                Newline::Lf | Newline::Universal => {
                    if c == '\n' {
                        return i + 1;
                    }
                }
                Newline::Any => {
                    if c == '\n' {
                        return i + 1;
                    }
                    if c == '\r' {
                        if data.get(i + 1) == Some(&'\n') && i + 1 < max {
                            return i + 2;
                        }
                        return i + 1;
                    }
                }
                Newline::Fixed(nl) => {
                    let nlc: Vec<char> = nl.chars().collect();
                    if data[i..].starts_with(&nlc) && i + nlc.len() <= max {
                        return i + nlc.len();
                    }
                }
            }
            i += 1;
        }
        max
    }

    fn readline(&self, limit: Option<usize>) -> String {
        let mut b = self.buf.borrow_mut();
        let start = b.pos.min(b.data.len());
        let n = self.line_len(&b.data[start..], limit);
        let line: String = b.data[start..start + n].iter().collect();
        b.pos = start + n;
        line
    }
}

fn sio_new(vm: &mut Vm, _cls: Value, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let b = args::bind(vm, "StringIO", a, kw, &["initial_value", "newline"], 0)?;
    let newline = if b[1].is_null() {
        Newline::Lf
    } else if b[1].is_none() {
        Newline::Universal
    } else {
        match crate::objects::subclass::str_like(b[1]) {
            Some("") => Newline::Any,
            Some("\n") => Newline::Lf,
            Some("\r") => Newline::Fixed("\r"),
            Some("\r\n") => Newline::Fixed("\r\n"),
            Some(other) => {
                let r = crate::objects::repr::repr(vm, b[1])?;
                let _ = other;
                return Err(vm.value_error(format!("illegal newline value: {}", r)));
            }
            None => {
                let t = vm.type_name(b[1]);
                return Err(vm.type_error(format!("newline must be str or None, not {}", t)));
            }
        }
    };
    let sio = StringIo { buf: RefCell::new(Buf { data: Vec::new(), pos: 0, closed: false }), newline };
    if !b[0].is_null() && !b[0].is_none() {
        let Some(s) = crate::objects::subclass::str_like(b[0]) else {
            let t = vm.type_name(b[0]);
            return Err(vm.type_error(format!("initial_value must be str or None, not {}", t)));
        };
        let data = sio.translate_in(s);
        sio.buf.borrow_mut().data = data;
    }
    let t = _cls;
    Ok(native::new_object(vm, t, sio))
}

fn sio_write(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    args::method_arity(vm, "StringIO", "write", a, 1, 1)?;
    let s = sio(vm, a, "write")?;
    let Some(text) = crate::objects::subclass::str_like(a[1]) else {
        let t = vm.type_name(a[1]);
        return Err(vm.type_error(format!("string argument expected, got '{}'", t)));
    };
    let n = crate::objects::subclass::strobj_like(a[1]).map(|so| so.char_len()).unwrap_or(0);
    if s.newline == Newline::Lf && text.is_ascii() {
        let mut b = s.buf.borrow_mut();
        if b.pos == b.data.len() {
            b.data.extend(text.bytes().map(|c| c as char));
            b.pos += text.len();
            return Ok(Value::small_int(n as i64));
        }
    }
    let chars = s.translate_in(text);
    s.buf.borrow_mut().write(&chars);
    Ok(Value::small_int(n as i64))
}

fn sio_writelines(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    args::method_arity(vm, "StringIO", "writelines", a, 1, 1)?;
    sio(vm, a, "writelines")?;
    let items = crate::objects::iter::collect(vm, a[1])?;
    vm.roots.extend_from_slice(&items);
    let mut r = Ok(Value::NONE);
    for &it in &items {
        if let Err(e) = sio_write(vm, &[a[0], it], &[]) {
            r = Err(e);
            break;
        }
    }
    let keep = vm.roots.len() - items.len();
    vm.roots.truncate(keep);
    r
}

fn sio_read(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    args::method_arity(vm, "StringIO", "read", a, 0, 1)?;
    let s = sio(vm, a, "read")?;
    let n = size_arg(vm, a.get(1).copied())?;
    let text: String = s.buf.borrow_mut().read(n).iter().collect();
    Ok(vm.new_string(text))
}

fn sio_readline(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    args::method_arity(vm, "StringIO", "readline", a, 0, 1)?;
    let s = sio(vm, a, "readline")?;
    let n = size_arg(vm, a.get(1).copied())?;
    let line = s.readline(n);
    Ok(vm.new_string(line))
}

fn sio_readlines(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    args::method_arity(vm, "StringIO", "readlines", a, 0, 1)?;
    let s = sio(vm, a, "readlines")?;
    let hint = size_arg(vm, a.get(1).copied())?.filter(|&h| h > 0);
    let mut out = Vec::new();
    let mut total = 0;
    loop {
        let line = s.readline(None);
        if line.is_empty() {
            break;
        }
        total += line.chars().count();
        out.push(vm.new_string(line));
        if hint.is_some_and(|h| total > h) {
            break;
        }
    }
    Ok(vm.new_list(out))
}

fn sio_next(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let s = sio(vm, a, "__next__")?;
    let line = s.readline(None);
    if line.is_empty() {
        return Err(crate::objects::exception::new_stop_iteration(vm, None));
    }
    Ok(vm.new_string(line))
}

fn sio_getvalue(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    args::method_arity(vm, "StringIO", "getvalue", a, 0, 0)?;
    let s = sio(vm, a, "getvalue")?;
    let text: String = s.buf.borrow().data.iter().collect();
    Ok(vm.new_string(text))
}

/// `seek(pos, whence=0)` for either kind (`text` selects StringIO's rules).
fn seek_common(vm: &mut Vm, a: &[Value], pos: &mut usize, len: usize, text: bool) -> PyResult<Value> {
    let off = args::int_arg(vm, a.get(1).copied().unwrap_or(Value::NONE))?;
    let whence = match a.get(2) {
        Some(&w) => args::int_arg(vm, w)?,
        None => 0,
    };
    let base: i64 = match whence {
        0 => {
            if off < 0 {
                let msg = if text { format!("Negative seek position {}", off) } else { format!("negative seek value {}", off) };
                return Err(vm.value_error(msg));
            }
            0
        }
        1 | 2 => {
            if text && off != 0 {
                let c = vm.types.os_error;
                let what = if whence == 1 { "cur" } else { "end" };
                return Err(vm.err(c, &format!("Can't do nonzero {}-relative seeks", what)));
            }
            if whence == 1 {
                *pos as i64
            } else {
                len as i64
            }
        }
        w => {
            let msg = if text { format!("Invalid whence ({}, should be 0, 1 or 2)", w) } else { format!("invalid whence ({}, should be 0, 1 or 2)", w) };
            return Err(vm.value_error(msg));
        }
    };
    *pos = (base + off).max(0) as usize;
    Ok(vm.new_int(*pos as i64))
}

fn sio_seek(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    args::method_arity(vm, "StringIO", "seek", a, 1, 2)?;
    let s = sio(vm, a, "seek")?;
    let mut b = s.buf.borrow_mut();
    let len = b.data.len();
    seek_common(vm, a, &mut b.pos, len, true)
}

fn sio_tell(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let s = sio(vm, a, "tell")?;
    let p = s.buf.borrow().pos;
    Ok(vm.new_int(p as i64))
}

/// `truncate(size=None)` for either kind.
fn truncate_common<T>(vm: &mut Vm, a: &[Value], b: &mut Buf<T>, text: bool) -> PyResult<Value> {
    let size = match a.get(1) {
        Some(&v) if !v.is_none() => {
            let n = args::int_arg(vm, v)?;
            if n < 0 {
                let msg = if text { format!("Negative size value {}", n) } else { format!("negative size value {}", n) };
                return Err(vm.value_error(msg));
            }
            n as usize
        }
        _ => b.pos,
    };
    if size < b.data.len() {
        b.data.truncate(size);
    }
    Ok(vm.new_int(size as i64))
}

fn sio_truncate(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    args::method_arity(vm, "StringIO", "truncate", a, 0, 1)?;
    let s = sio(vm, a, "truncate")?;
    let mut b = s.buf.borrow_mut();
    truncate_common(vm, a, &mut b, true)
}

fn sio_close(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let s = native::expect::<StringIo>(vm, a.first().copied().unwrap_or(Value::NONE), "_io.StringIO", "close")?;
    let mut b = s.buf.borrow_mut();
    b.closed = true;
    b.data = Vec::new();
    Ok(Value::NONE)
}

fn sio_closed(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let s = native::expect::<StringIo>(vm, a.first().copied().unwrap_or(Value::NONE), "_io.StringIO", "closed")?;
    let c = s.buf.borrow().closed;
    Ok(Value::bool(c))
}

fn sio_true(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    sio(vm, a, "readable")?;
    Ok(Value::TRUE)
}
fn sio_false(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    sio(vm, a, "isatty")?;
    Ok(Value::FALSE)
}
fn sio_flush(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    sio(vm, a, "flush")?;
    Ok(Value::NONE)
}
fn sio_iter(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    sio(vm, a, "__iter__")?;
    Ok(a[0])
}
fn sio_enter(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    sio(vm, a, "__enter__")?;
    Ok(a[0])
}
fn sio_exit(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    sio_close(vm, a.get(..1).unwrap_or(&[]), &[])?;
    Ok(Value::NONE)
}
fn sio_newlines(_vm: &mut Vm, _a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::NONE)
}
fn sio_line_buffering(_vm: &mut Vm, _a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::FALSE)
}

// ---------------------------------------------------------------- BytesIO

fn bio<'a>(vm: &mut Vm, a: &[Value], method: &str) -> PyResult<&'a BytesIo> {
    let s = native::expect::<BytesIo>(vm, a.first().copied().unwrap_or(Value::NONE), "_io.BytesIO", method)?;
    if s.buf.borrow().closed {
        return Err(closed_error(vm, false));
    }
    Ok(s)
}

fn bytes_arg<'a>(vm: &mut Vm, v: Value) -> PyResult<std::borrow::Cow<'a, [u8]>> {
    match crate::objects::bytes::bytes_like(v) {
        Some(b) => Ok(b),
        None => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!("a bytes-like object is required, not '{}'", t)))
        }
    }
}

fn bio_new(vm: &mut Vm, cls: Value, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let b = args::bind(vm, "BytesIO", a, kw, &["initial_bytes"], 0)?;
    let data = if b[0].is_null() || b[0].is_none() { Vec::new() } else { bytes_arg(vm, b[0])?.into_owned() };
    Ok(native::new_object(vm, cls, BytesIo { buf: RefCell::new(Buf { data, pos: 0, closed: false }) }))
}

fn bio_write(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    args::method_arity(vm, "BytesIO", "write", a, 1, 1)?;
    let s = bio(vm, a, "write")?;
    let data = bytes_arg(vm, a[1])?;
    s.buf.borrow_mut().write(&data);
    Ok(vm.new_int(data.len() as i64))
}

fn bio_writelines(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    args::method_arity(vm, "BytesIO", "writelines", a, 1, 1)?;
    bio(vm, a, "writelines")?;
    let items = crate::objects::iter::collect(vm, a[1])?;
    for it in items {
        bio_write(vm, &[a[0], it], &[])?;
    }
    Ok(Value::NONE)
}

fn bio_read(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    args::method_arity(vm, "BytesIO", "read", a, 0, 1)?;
    let s = bio(vm, a, "read")?;
    let n = size_arg(vm, a.get(1).copied())?;
    let data = s.buf.borrow_mut().read(n).to_vec();
    Ok(vm.new_bytes(data))
}

fn bio_line(s: &BytesIo, limit: Option<usize>) -> Vec<u8> {
    let mut b = s.buf.borrow_mut();
    let start = b.pos.min(b.data.len());
    let rest = &b.data[start..];
    let max = limit.map_or(rest.len(), |l| l.min(rest.len()));
    let n = rest[..max].iter().position(|&c| c == b'\n').map_or(max, |i| i + 1);
    let line = rest[..n].to_vec();
    b.pos = start + n;
    line
}

fn bio_readline(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    args::method_arity(vm, "BytesIO", "readline", a, 0, 1)?;
    let s = bio(vm, a, "readline")?;
    let n = size_arg(vm, a.get(1).copied())?;
    let line = bio_line(s, n);
    Ok(vm.new_bytes(line))
}

fn bio_readlines(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    args::method_arity(vm, "BytesIO", "readlines", a, 0, 1)?;
    let s = bio(vm, a, "readlines")?;
    let hint = size_arg(vm, a.get(1).copied())?.filter(|&h| h > 0);
    let mut out = Vec::new();
    let mut total = 0;
    loop {
        let line = bio_line(s, None);
        if line.is_empty() {
            break;
        }
        total += line.len();
        out.push(vm.new_bytes(line));
        if hint.is_some_and(|h| total >= h) {
            break;
        }
    }
    Ok(vm.new_list(out))
}

fn bio_next(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let s = bio(vm, a, "__next__")?;
    let line = bio_line(s, None);
    if line.is_empty() {
        return Err(crate::objects::exception::new_stop_iteration(vm, None));
    }
    Ok(vm.new_bytes(line))
}

fn bio_getvalue(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    args::method_arity(vm, "BytesIO", "getvalue", a, 0, 0)?;
    let s = bio(vm, a, "getvalue")?;
    let data = s.buf.borrow().data.clone();
    Ok(vm.new_bytes(data))
}

fn bio_seek(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    args::method_arity(vm, "BytesIO", "seek", a, 1, 2)?;
    let s = bio(vm, a, "seek")?;
    let mut b = s.buf.borrow_mut();
    let len = b.data.len();
    seek_common(vm, a, &mut b.pos, len, false)
}

fn bio_tell(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let s = bio(vm, a, "tell")?;
    let p = s.buf.borrow().pos;
    Ok(vm.new_int(p as i64))
}

fn bio_truncate(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    args::method_arity(vm, "BytesIO", "truncate", a, 0, 1)?;
    let s = bio(vm, a, "truncate")?;
    let mut b = s.buf.borrow_mut();
    truncate_common(vm, a, &mut b, false)
}

fn bio_close(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let s = native::expect::<BytesIo>(vm, a.first().copied().unwrap_or(Value::NONE), "_io.BytesIO", "close")?;
    let mut b = s.buf.borrow_mut();
    b.closed = true;
    b.data = Vec::new();
    Ok(Value::NONE)
}

fn bio_closed(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let s = native::expect::<BytesIo>(vm, a.first().copied().unwrap_or(Value::NONE), "_io.BytesIO", "closed")?;
    let c = s.buf.borrow().closed;
    Ok(Value::bool(c))
}

fn bio_true(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    bio(vm, a, "readable")?;
    Ok(Value::TRUE)
}
fn bio_false(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    bio(vm, a, "isatty")?;
    Ok(Value::FALSE)
}
fn bio_flush(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    bio(vm, a, "flush")?;
    Ok(Value::NONE)
}
fn bio_iter(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    bio(vm, a, "__iter__")?;
    Ok(a[0])
}
fn bio_exit(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    bio_close(vm, a.get(..1).unwrap_or(&[]), &[])?;
    Ok(Value::NONE)
}

/// Adds `StringIO` and `BytesIO` to the `io` module namespace `dict`.
pub fn add_to_io(vm: &mut Vm, dict: Value) {
    let sio_t = native::new_type(
        vm,
        "StringIO",
        "_io",
        Value::NULL,
        Some(sio_new),
        &[
            ("write", sio_write),
            ("writelines", sio_writelines),
            ("read", sio_read),
            ("readline", sio_readline),
            ("readlines", sio_readlines),
            ("getvalue", sio_getvalue),
            ("seek", sio_seek),
            ("tell", sio_tell),
            ("truncate", sio_truncate),
            ("close", sio_close),
            ("readable", sio_true),
            ("writable", sio_true),
            ("seekable", sio_true),
            ("isatty", sio_false),
            ("flush", sio_flush),
            ("__iter__", sio_iter),
            ("__next__", sio_next),
            ("__enter__", sio_enter),
            ("__exit__", sio_exit),
        ],
    );
    for (n, f) in [("closed", sio_closed as crate::objects::NativeFn), ("newlines", sio_newlines), ("line_buffering", sio_line_buffering)] {
        super::re::add_property(vm, sio_t, n, f);
    }
    crate::objects::module::set_entry(vm, dict, "StringIO", sio_t);
    let bio_t = native::new_type(
        vm,
        "BytesIO",
        "_io",
        Value::NULL,
        Some(bio_new),
        &[
            ("write", bio_write),
            ("writelines", bio_writelines),
            ("read", bio_read),
            ("read1", bio_read),
            ("readline", bio_readline),
            ("readlines", bio_readlines),
            ("getvalue", bio_getvalue),
            ("seek", bio_seek),
            ("tell", bio_tell),
            ("truncate", bio_truncate),
            ("close", bio_close),
            ("readable", bio_true),
            ("writable", bio_true),
            ("seekable", bio_true),
            ("isatty", bio_false),
            ("flush", bio_flush),
            ("__iter__", bio_iter),
            ("__next__", bio_next),
            ("__enter__", bio_iter),
            ("__exit__", bio_exit),
        ],
    );
    super::re::add_property(vm, bio_t, "closed", bio_closed);
    crate::objects::module::set_entry(vm, dict, "BytesIO", bio_t);
}
