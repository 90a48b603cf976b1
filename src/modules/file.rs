//! File objects: `open()` and the standard streams, with the observable behaviour of
//! CPython's `_io` classes (TextIOWrapper, BufferedReader, BufferedWriter,
//! BufferedRandom): modes, encodings (UTF-8, ASCII, Latin-1), universal newlines,
//! line iteration, `seek`/`tell`, and CPython's errors and messages.
//!
//! One byte buffer serves both directions: bytes read ahead from the OS and not yet
//! consumed (`rbuf[rpos..]`), or bytes written and not yet given to the OS (`wbuf`),
//! never both at once, so the logical position is always the OS position less the
//! unread bytes plus the unwritten ones. Text is decoded line by line (or for exactly
//! the characters asked for), never ahead, so `tell()` stays a byte offset.
//!
//! `sys.stdout` writes into the VM's output buffer, which `print` shares, so the two
//! keep their order; `sys.stderr` flushes that buffer first and writes through.

use crate::builtins::args::bind;
use crate::objects::codecs::{self, Codec};
use crate::objects::types::BuiltinTypes;
use crate::objects::{exception, ObjKind};
use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};
use std::cell::RefCell;
use std::io::{Read, Seek, SeekFrom, Write};

/// Bytes read from the OS at a time, and written once this many are pending.
const CHUNK: usize = 64 << 10;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum FileKind {
    /// `TextIOWrapper`: str in and out.
    Text,
    /// `BufferedReader` (`rb`).
    Reader,
    /// `BufferedWriter` (`wb`, `ab`, `xb`).
    Writer,
    /// `BufferedRandom` (`rb+`, `wb+`...).
    Random,
}

/// How a text file finds and translates line ends (the `newline` argument).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Newline {
    /// None: `\n`, `\r` and `\r\n` end lines and read as `\n`.
    Universal,
    /// `''`: the same line ends, returned untranslated.
    Untranslated,
    /// `'\n'`, `'\r'` or `'\r\n'`: the only line end, written for `\n`.
    Fixed(&'static str),
}

enum Stream {
    Closed,
    Stdin,
    Stdout,
    Stderr,
    Disk(std::fs::File),
}

/// The mutable side of a file: the OS handle and the buffer.
struct FileIo {
    stream: Stream,
    rbuf: Vec<u8>,
    rpos: usize,
    wbuf: Vec<u8>,
}

pub struct FileObj {
    /// The `name` attribute: the path as given, or a stream's `<stdout>`.
    pub name: Value,
    /// The `mode` attribute.
    pub mode: Box<str>,
    pub kind: FileKind,
    pub readable: bool,
    pub writable: bool,
    /// The `encoding` attribute (text files), as given or CPython's default `UTF-8`.
    pub encoding: Box<str>,
    pub errors: Box<str>,
    pub codec: Codec,
    pub newline: Newline,
    io: RefCell<FileIo>,
}

impl FileObj {
    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        f(self.name)
    }

    pub fn type_of(&self, t: &BuiltinTypes) -> Value {
        match self.kind {
            FileKind::Text => t.text_io,
            FileKind::Reader => t.buffered_reader,
            FileKind::Writer => t.buffered_writer,
            FileKind::Random => t.buffered_random,
        }
    }

    pub fn is_closed(&self) -> bool {
        matches!(self.io.borrow().stream, Stream::Closed)
    }
}

impl Drop for FileIo {
    fn drop(&mut self) {
        // a file the program never closed still gets what it wrote, as in CPython
        let _ = self.flush_writes();
    }
}

impl FileIo {
    fn unread(&self) -> usize {
        self.rbuf.len() - self.rpos
    }

    /// Reads one more chunk from the OS into the read buffer; 0 at end of file.
    fn fill(&mut self) -> std::io::Result<usize> {
        if self.rpos > 0 {
            self.rbuf.drain(..self.rpos);
            self.rpos = 0;
        }
        let start = self.rbuf.len();
        self.rbuf.resize(start + CHUNK, 0);
        let r = loop {
            let r = match &mut self.stream {
                Stream::Disk(f) => f.read(&mut self.rbuf[start..]),
                Stream::Stdin => std::io::stdin().read(&mut self.rbuf[start..]),
                _ => Ok(0),
            };
            match r {
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                r => break r,
            }
        };
        let n = *r.as_ref().unwrap_or(&0);
        self.rbuf.truncate(start + n);
        r
    }

    /// Gives the pending writes to the OS.
    fn flush_writes(&mut self) -> std::io::Result<()> {
        if self.wbuf.is_empty() {
            return Ok(());
        }
        let r = match &mut self.stream {
            Stream::Disk(f) => f.write_all(&self.wbuf),
            _ => Ok(()),
        };
        self.wbuf.clear();
        r
    }

    /// Before a write: read-ahead bytes are given back (the OS position moves back to
    /// the logical one).
    fn drop_read_ahead(&mut self) -> std::io::Result<()> {
        let unread = self.unread();
        if unread > 0 {
            if let Stream::Disk(f) = &mut self.stream {
                f.seek(SeekFrom::Current(-(unread as i64)))?;
            }
        }
        self.rbuf.clear();
        self.rpos = 0;
        Ok(())
    }

    fn take(&mut self, n: usize) -> Vec<u8> {
        let n = n.min(self.unread());
        let out = self.rbuf[self.rpos..self.rpos + n].to_vec();
        self.rpos += n;
        out
    }

    /// All remaining bytes.
    fn read_all(&mut self) -> std::io::Result<Vec<u8>> {
        self.flush_writes()?;
        let mut out = self.take(usize::MAX);
        self.rbuf.clear();
        self.rpos = 0;
        match &mut self.stream {
            Stream::Disk(f) => {
                f.read_to_end(&mut out)?;
            }
            Stream::Stdin => {
                std::io::stdin().read_to_end(&mut out)?;
            }
            _ => {}
        }
        Ok(out)
    }

    /// Up to `n` bytes (fewer only at end of file).
    fn read_n(&mut self, n: usize) -> std::io::Result<Vec<u8>> {
        self.flush_writes()?;
        while self.unread() < n {
            if self.fill()? == 0 {
                break;
            }
        }
        Ok(self.take(n))
    }

    /// The byte at `rpos + i`, reading more when needed; None at end of file.
    fn peek_at(&mut self, i: usize) -> std::io::Result<Option<u8>> {
        while self.unread() <= i {
            if self.fill()? == 0 {
                return Ok(None);
            }
        }
        Ok(Some(self.rbuf[self.rpos + i]))
    }

    /// One line's bytes, its end included. `universal` also ends lines at `\r` and
    /// `\r\n`; `end` is the line end otherwise. `limit` caps the bytes taken.
    fn read_line(&mut self, universal: bool, end: &[u8], limit: Option<usize>) -> std::io::Result<Vec<u8>> {
        self.flush_writes()?;
        let mut i = 0;
        loop {
            if limit.is_some_and(|l| i >= l) {
                return Ok(self.take(i));
            }
            let Some(b) = self.peek_at(i)? else { return Ok(self.take(i)) };
            i += 1;
            if universal {
                if b == b'\n' {
                    return Ok(self.take(i));
                }
                if b == b'\r' {
                    if self.peek_at(i)? == Some(b'\n') && limit.is_none_or(|l| i < l) {
                        i += 1;
                    }
                    return Ok(self.take(i));
                }
            } else if b == end[end.len() - 1] && i >= end.len() && self.rbuf[self.rpos + i - end.len()..self.rpos + i] == *end {
                return Ok(self.take(i));
            }
        }
    }

    fn write(&mut self, data: &[u8]) -> std::io::Result<()> {
        self.drop_read_ahead()?;
        self.wbuf.extend_from_slice(data);
        if self.wbuf.len() >= CHUNK {
            self.flush_writes()?;
        }
        Ok(())
    }

    fn tell(&mut self) -> std::io::Result<u64> {
        match &mut self.stream {
            Stream::Disk(f) => {
                let pos = f.stream_position()?;
                Ok((pos + self.wbuf.len() as u64).saturating_sub((self.rbuf.len() - self.rpos) as u64))
            }
            _ => Err(std::io::Error::from_raw_os_error(libc::ESPIPE)),
        }
    }

    fn seek(&mut self, to: SeekFrom) -> std::io::Result<u64> {
        self.flush_writes()?;
        let to = match to {
            // relative to the logical position, not the read-ahead one
            SeekFrom::Current(n) => SeekFrom::Current(n - self.unread() as i64),
            other => other,
        };
        self.rbuf.clear();
        self.rpos = 0;
        match &mut self.stream {
            Stream::Disk(f) => f.seek(to),
            _ => Err(std::io::Error::from_raw_os_error(libc::ESPIPE)),
        }
    }
}

// ------------------------------------------------------------------ errors

/// CPython's ValueError for operation `op` on a closed file, which each `_io` layer
/// words its own way: the text wrapper, the buffered object, or the raw file below.
#[cold]
fn closed_error(vm: &mut Vm, f: &FileObj, op: &str) -> PyErr {
    let binary = f.kind != FileKind::Text;
    let msg = match op {
        "fileno" | "isatty" | "seekable" | "readable" | "writable" => "I/O operation on closed file",
        "read" if binary => "read of closed file",
        "readline" | "__next__" if binary => "readline of closed file",
        "tell" if binary => "I/O operation on closed file",
        "seek" if binary => "seek of closed file",
        "truncate" if binary => "truncate of closed file",
        "write" if binary => "write to closed file",
        "flush" if binary && f.kind != FileKind::Reader => "flush of closed file",
        _ => "I/O operation on closed file.",
    };
    vm.value_error(msg)
}

#[cold]
fn unsupported(vm: &mut Vm, msg: &str) -> PyErr {
    let c = vm.types.unsupported_operation;
    vm.err(c, msg)
}

#[cold]
fn os_err(vm: &mut Vm, e: &std::io::Error) -> PyErr {
    exception::io_error(vm, e, None)
}

// ------------------------------------------------------------------ open()

struct Mode {
    reading: bool,
    writing: bool,
    appending: bool,
    creating: bool,
    plus: bool,
    binary: bool,
}

fn parse_mode(vm: &mut Vm, mode: &str) -> PyResult<Mode> {
    let mut seen = String::new();
    let mut m = Mode { reading: false, writing: false, appending: false, creating: false, plus: false, binary: false };
    let mut text = false;
    for c in mode.chars() {
        if seen.contains(c) || !"axrwb+t".contains(c) {
            return Err(vm.value_error(format!("invalid mode: '{}'", mode)));
        }
        seen.push(c);
        match c {
            'r' => m.reading = true,
            'w' => m.writing = true,
            'a' => m.appending = true,
            'x' => m.creating = true,
            '+' => m.plus = true,
            'b' => m.binary = true,
            _ => text = true,
        }
    }
    if text && m.binary {
        return Err(vm.value_error("can't have text and binary mode at once"));
    }
    let n = m.reading as u8 + m.writing as u8 + m.appending as u8 + m.creating as u8;
    if n > 1 {
        return Err(vm.value_error("must have exactly one of create/read/write/append mode"));
    }
    if n == 0 {
        return Err(vm.value_error("Must have exactly one of create/read/write/append mode and at most one plus"));
    }
    Ok(m)
}

/// `open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None,
/// closefd=True, opener=None)`.
pub fn b_open(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let args = bind(vm, "open", a, kw, &["file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"], 1)?;
    let file = args[0];
    let Some(path) = super::os::open_path(vm, file)? else {
        let t = vm.type_name(file);
        return Err(vm.type_error(format!("expected str, bytes or os.PathLike object, not {}", t)));
    };
    {
        use std::os::unix::ffi::OsStrExt;
        if path.as_os_str().as_bytes().contains(&0) {
            return Err(vm.value_error("embedded null byte"));
        }
    }
    let mode_s = opt_str(vm, args[1], "open", "mode")?.unwrap_or_else(|| "r".to_string());
    let mode = parse_mode(vm, &mode_s)?;
    let encoding = opt_str(vm, args[3], "open", "encoding")?;
    let errors = opt_str(vm, args[4], "open", "errors")?;
    let newline = opt_str(vm, args[5], "open", "newline")?;
    if mode.binary {
        if encoding.is_some() {
            return Err(vm.value_error("binary mode doesn't take an encoding argument"));
        }
        if errors.is_some() {
            return Err(vm.value_error("binary mode doesn't take an errors argument"));
        }
        if newline.is_some() {
            return Err(vm.value_error("binary mode doesn't take a newline argument"));
        }
    }
    let newline = match newline.as_deref() {
        None => Newline::Universal,
        Some("") => Newline::Untranslated,
        Some("\n") => Newline::Fixed("\n"),
        Some("\r") => Newline::Fixed("\r"),
        Some("\r\n") => Newline::Fixed("\r\n"),
        Some(other) => {
            let o = other.to_string();
            return Err(vm.value_error(format!("illegal newline value: {}", o)));
        }
    };
    let codec = match &encoding {
        None => Codec::Utf8,
        Some(e) => match codecs::lookup(e) {
            Some(c) => c,
            None => return Err(codecs::unknown_encoding(vm, e)),
        },
    };
    let mut opts = std::fs::OpenOptions::new();
    opts.read(mode.reading || mode.plus);
    opts.write(mode.writing || mode.appending || mode.creating || mode.plus);
    if mode.writing {
        opts.create(true).truncate(true);
    }
    if mode.appending {
        opts.append(true).create(true);
    }
    if mode.creating {
        opts.create_new(true);
    }
    let mut f = match opts.open(&path) {
        Ok(f) => f,
        Err(e) => return Err(exception::io_error(vm, &e, Some(file))),
    };
    // opening a folder for reading succeeds at the OS level; CPython refuses it
    if f.metadata().is_ok_and(|m| m.is_dir()) {
        let e = std::io::Error::from_raw_os_error(libc::EISDIR);
        return Err(exception::io_error(vm, &e, Some(file)));
    }
    if mode.appending {
        // an appending file starts at its end, so tell() and a+ reads see it there
        if let Err(e) = f.seek(SeekFrom::End(0)) {
            return Err(exception::io_error(vm, &e, Some(file)));
        }
    }
    let readable = mode.reading || mode.plus;
    let writable = mode.writing || mode.appending || mode.creating || mode.plus;
    let (kind, mode_attr) = if mode.binary {
        let plus = if mode.plus { "+" } else { "" };
        let m = if mode.creating {
            format!("xb{}", plus)
        } else if mode.appending {
            format!("ab{}", plus)
        } else if readable && writable {
            "rb+".to_string()
        } else if readable {
            "rb".to_string()
        } else {
            "wb".to_string()
        };
        let kind = if readable && writable {
            FileKind::Random
        } else if readable {
            FileKind::Reader
        } else {
            FileKind::Writer
        };
        (kind, m)
    } else {
        (FileKind::Text, mode_s.clone())
    };
    let obj = FileObj {
        name: file,
        mode: mode_attr.into(),
        kind,
        readable,
        writable,
        encoding: encoding.unwrap_or_else(|| "UTF-8".to_string()).into(),
        errors: errors.unwrap_or_else(|| "strict".to_string()).into(),
        codec,
        newline,
        io: RefCell::new(FileIo { stream: Stream::Disk(f), rbuf: Vec::new(), rpos: 0, wbuf: Vec::new() }),
    };
    Ok(vm.alloc(ObjKind::File(Box::new(obj))))
}

fn opt_str(vm: &mut Vm, v: Value, fname: &str, arg: &str) -> PyResult<Option<String>> {
    if v.is_null() || v.is_none() {
        return Ok(None);
    }
    match v.as_str() {
        Some(s) => Ok(Some(s.to_string())),
        None => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!("{}() argument '{}' must be str or None, not {}", fname, arg, t)))
        }
    }
}

/// A standard stream as a text file object (`sys.stdin`, `sys.stdout`, `sys.stderr`).
pub fn std_stream(vm: &mut Vm, which: u8) -> Value {
    let (stream, name, mode) = match which {
        0 => (Stream::Stdin, "<stdin>", "r"),
        1 => (Stream::Stdout, "<stdout>", "w"),
        _ => (Stream::Stderr, "<stderr>", "w"),
    };
    let name = vm.new_str(name);
    let obj = FileObj {
        name,
        mode: mode.into(),
        kind: FileKind::Text,
        readable: which == 0,
        writable: which != 0,
        encoding: "utf-8".into(),
        errors: if which == 2 { "backslashreplace".into() } else { "strict".into() },
        codec: Codec::Utf8,
        // CPython's standard streams on POSIX: lines end at "\n" only, untranslated
        newline: Newline::Fixed("\n"),
        io: RefCell::new(FileIo { stream, rbuf: Vec::new(), rpos: 0, wbuf: Vec::new() }),
    };
    vm.alloc(ObjKind::File(Box::new(obj)))
}

/// The binary layer of standard stream `which` (0 stdin, 1 stdout, 2 stderr): a
/// BufferedReader or BufferedWriter on the same descriptor, made on first use. What it
/// writes to standard output joins the text written by `print`, in order.
pub fn std_buffer(vm: &mut Vm, which: usize) -> Value {
    if vm.module_state.std_buffers[which].is_null() {
        let (stream, name, mode, kind) = match which {
            0 => (Stream::Stdin, "<stdin>", "rb", FileKind::Reader),
            1 => (Stream::Stdout, "<stdout>", "wb", FileKind::Writer),
            _ => (Stream::Stderr, "<stderr>", "wb", FileKind::Writer),
        };
        let name = vm.new_str(name);
        let obj = FileObj {
            name,
            mode: mode.into(),
            kind,
            readable: which == 0,
            writable: which != 0,
            encoding: "".into(),
            errors: "".into(),
            codec: Codec::Utf8,
            newline: Newline::Untranslated,
            io: RefCell::new(FileIo { stream, rbuf: Vec::new(), rpos: 0, wbuf: Vec::new() }),
        };
        vm.module_state.std_buffers[which] = vm.alloc(ObjKind::File(Box::new(obj)));
    }
    vm.module_state.std_buffers[which]
}

/// `sys.stdout` (made on first use).
pub fn stdout(vm: &mut Vm) -> Value {
    if vm.module_state.stdout.is_null() {
        vm.module_state.stdout = std_stream(vm, 1);
    }
    vm.module_state.stdout
}

/// `sys.stderr` (made on first use).
pub fn stderr(vm: &mut Vm) -> Value {
    if vm.module_state.stderr.is_null() {
        vm.module_state.stderr = std_stream(vm, 2);
    }
    vm.module_state.stderr
}

/// `sys.stdin` (made on first use).
pub fn stdin(vm: &mut Vm) -> Value {
    if vm.module_state.stdin.is_null() {
        vm.module_state.stdin = std_stream(vm, 0);
    }
    vm.module_state.stdin
}

/// Writes text to a file object: the fast path for `print(file=f)` and `sys.stdout`.
/// Returns false when `f` is not a file object (the caller calls its `write`).
pub fn write_text_to(vm: &mut Vm, f: Value, s: &str) -> PyResult<bool> {
    let Some(ObjKind::File(file)) = f.kind() else { return Ok(false) };
    if file.kind != FileKind::Text {
        return Ok(false);
    }
    text_write(vm, file, s)?;
    Ok(true)
}

// ------------------------------------------------------------------ methods

fn this<'a>(vm: &mut Vm, a: &[Value], name: &str) -> PyResult<&'a FileObj> {
    match a.first().and_then(|v| v.kind()) {
        Some(ObjKind::File(f)) => Ok(f),
        _ => Err(vm.type_error(format!("descriptor '{}' requires a file object", name))),
    }
}

fn open_file<'a>(vm: &mut Vm, a: &[Value], name: &str) -> PyResult<&'a FileObj> {
    let f = this(vm, a, name)?;
    if f.is_closed() {
        return Err(closed_error(vm, f, name));
    }
    Ok(f)
}

/// The file of a reading method. A binary file that cannot read says so before it
/// says it is closed; a text file the other way round.
fn readable_file<'a>(vm: &mut Vm, a: &[Value], name: &str) -> PyResult<&'a FileObj> {
    let f = this(vm, a, name)?;
    if f.kind != FileKind::Text && !f.readable {
        return Err(unsupported(vm, "read"));
    }
    if f.is_closed() {
        return Err(closed_error(vm, f, name));
    }
    if !f.readable {
        return Err(unsupported(vm, "not readable"));
    }
    Ok(f)
}

/// The file of a writing method, with the checks in `readable_file`'s order.
fn writable_file<'a>(vm: &mut Vm, a: &[Value], name: &str) -> PyResult<&'a FileObj> {
    let f = this(vm, a, name)?;
    if f.kind != FileKind::Text && !f.writable {
        return Err(unsupported(vm, "write"));
    }
    if f.is_closed() {
        return Err(closed_error(vm, f, name));
    }
    if !f.writable {
        return Err(unsupported(vm, "not writable"));
    }
    Ok(f)
}

/// An optional size argument: None for -1, None or absent.
fn size_arg(vm: &mut Vm, v: Value) -> PyResult<Option<usize>> {
    if v.is_null() || v.is_none() {
        return Ok(None);
    }
    if !v.is_any_int() && !v.is_bool() {
        let t = vm.type_name(v);
        return Err(vm.type_error(format!("argument should be integer or None, not '{}'", t)));
    }
    let n = crate::builtins::args::int_arg(vm, v)?;
    Ok(if n < 0 { None } else { Some(n as usize) })
}

fn decode(vm: &mut Vm, f: &FileObj, bytes: &[u8]) -> PyResult<String> {
    let enc = match f.codec {
        Codec::Utf8 => "utf-8",
        Codec::Ascii => "ascii",
        Codec::Latin1 => "latin-1",
    };
    let s = codecs::decode(vm, bytes, enc, &f.errors)?;
    Ok(match f.newline {
        Newline::Universal if s.contains('\r') => s.replace("\r\n", "\n").replace('\r', "\n"),
        _ => s,
    })
}

/// Bytes of the first `n` characters of the read buffer (as many as there are),
/// reading more as needed; a universal `\r\n` counts as one character.
fn text_prefix_len(vm: &mut Vm, f: &FileObj, io: &mut FileIo, n: usize) -> PyResult<usize> {
    let mut i = 0;
    let mut chars = 0;
    while chars < n {
        let Some(b) = io.peek_at(i).map_err(|e| os_err(vm, &e))? else { break };
        let width = match f.codec {
            Codec::Utf8 => match b {
                0xF0..=0xF7 => 4,
                0xE0..=0xEF => 3,
                0xC0..=0xDF => 2,
                _ => 1,
            },
            _ => 1,
        };
        if width > 1 {
            // the rest of the character (a file may end inside it: decoding says so)
            io.peek_at(i + width - 1).map_err(|e| os_err(vm, &e))?;
        }
        i += width;
        if b == b'\r' && f.newline == Newline::Universal && io.peek_at(i).map_err(|e| os_err(vm, &e))? == Some(b'\n') {
            i += 1;
        }
        chars += 1;
    }
    Ok(i.min(io.unread()))
}

fn text_read(vm: &mut Vm, f: &FileObj, size: Option<usize>) -> PyResult<Value> {
    let bytes = {
        let mut io = f.io.borrow_mut();
        match size {
            None => io.read_all().map_err(|e| os_err(vm, &e))?,
            Some(n) => {
                io.flush_writes().map_err(|e| os_err(vm, &e))?;
                let len = text_prefix_len(vm, f, &mut io, n)?;
                io.take(len)
            }
        }
    };
    let s = decode(vm, f, &bytes)?;
    Ok(vm.new_string(s))
}

fn line_bytes(vm: &mut Vm, f: &FileObj, limit: Option<usize>) -> PyResult<Vec<u8>> {
    let mut io = f.io.borrow_mut();
    let r = match (f.kind, f.newline) {
        (FileKind::Text, Newline::Universal | Newline::Untranslated) => {
            let limit = match limit {
                Some(n) => Some(text_prefix_len(vm, f, &mut io, n)?),
                None => None,
            };
            io.read_line(true, b"\n", limit)
        }
        (FileKind::Text, Newline::Fixed(end)) => {
            let limit = match limit {
                Some(n) => Some(text_prefix_len(vm, f, &mut io, n)?),
                None => None,
            };
            io.read_line(false, end.as_bytes(), limit)
        }
        _ => io.read_line(false, b"\n", limit),
    };
    r.map_err(|e| os_err(vm, &e))
}

/// The next line (empty at end of file).
fn read_line_value(vm: &mut Vm, f: &FileObj, limit: Option<usize>) -> PyResult<Value> {
    let bytes = line_bytes(vm, f, limit)?;
    if f.kind == FileKind::Text {
        let s = decode(vm, f, &bytes)?;
        Ok(vm.new_string(s))
    } else {
        Ok(vm.new_bytes(bytes))
    }
}

fn text_write(vm: &mut Vm, f: &FileObj, s: &str) -> PyResult<()> {
    let stream_kind = match f.io.borrow().stream {
        Stream::Stdout => 1,
        Stream::Stderr => 2,
        Stream::Closed => 3,
        _ => 0,
    };
    match stream_kind {
        1 => {
            vm.write_out(s);
            return Ok(());
        }
        2 => {
            vm.flush_out();
            let mut e = std::io::stderr().lock();
            let _ = e.write_all(s.as_bytes());
            let _ = e.flush();
            return Ok(());
        }
        3 => return Err(closed_error(vm, f, "write")),
        _ => {}
    }
    let translated;
    let s = match f.newline {
        Newline::Fixed(end) if end != "\n" && s.contains('\n') => {
            translated = s.replace('\n', end);
            translated.as_str()
        }
        _ => s,
    };
    let bytes = match f.codec {
        Codec::Utf8 => s.as_bytes().to_vec(),
        _ => {
            let text = vm.new_str(s);
            let enc = if f.codec == Codec::Ascii { "ascii" } else { "latin-1" };
            codecs::encode(vm, text, enc, &f.errors)?
        }
    };
    let r = f.io.borrow_mut().write(&bytes);
    r.map_err(|e| os_err(vm, &e))
}

fn f_read(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let args = bind(vm, "read", a, kw, &["self", "size"], 1)?;
    let f = readable_file(vm, a, "read")?;
    let size = size_arg(vm, args[1])?;
    if f.kind == FileKind::Text {
        return text_read(vm, f, size);
    }
    let r = {
        let mut io = f.io.borrow_mut();
        match size {
            None => io.read_all(),
            Some(n) => io.read_n(n),
        }
    };
    let bytes = r.map_err(|e| os_err(vm, &e))?;
    Ok(vm.new_bytes(bytes))
}

fn f_readline(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let args = bind(vm, "readline", a, kw, &["self", "size"], 1)?;
    let f = readable_file(vm, a, "readline")?;
    let size = size_arg(vm, args[1])?;
    read_line_value(vm, f, size)
}

fn f_readlines(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let args = bind(vm, "readlines", a, kw, &["self", "hint"], 1)?;
    open_file(vm, a, "readlines")?;
    let f = readable_file(vm, a, "readlines")?;
    let hint = size_arg(vm, args[1])?.filter(|&h| h > 0);
    let list = vm.new_list(Vec::new());
    let mut total = 0usize;
    loop {
        let line = read_line_value(vm, f, None)?;
        let n = crate::objects::ops::len(vm, line)?;
        if n == 0 {
            break;
        }
        if let Some(l) = list.as_list() {
            l.borrow_mut().push(line);
        }
        vm.write_barrier(list, line);
        total += n;
        if hint.is_some_and(|h| total >= h) {
            break;
        }
    }
    Ok(list)
}

fn f_write(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::builtins::args::no_kwargs(vm, "write", kw)?;
    crate::builtins::args::method_arity(vm, "TextIOWrapper", "write", a, 1, 1)?;
    let f = writable_file(vm, a, "write")?;
    let v = a[1];
    if f.kind == FileKind::Text {
        let Some(s) = v.as_strobj() else {
            let t = vm.type_name(v);
            return Err(vm.type_error(format!("write() argument must be str, not {}", t)));
        };
        text_write(vm, f, s.as_str())?;
        return Ok(Value::small_int(s.char_len() as i64));
    }
    let bytes: Vec<u8> = match v.kind() {
        Some(ObjKind::Bytes(b)) => b.as_slice().to_vec(),
        Some(ObjKind::ByteArray(b)) => b.borrow().clone(),
        _ => {
            let t = vm.type_name(v);
            return Err(vm.type_error(format!("a bytes-like object is required, not '{}'", t)));
        }
    };
    let n = bytes.len();
    let std = match f.io.borrow().stream {
        Stream::Stdout => 1,
        Stream::Stderr => 2,
        _ => 0,
    };
    match std {
        1 => vm.write_out_bytes(&bytes),
        2 => {
            vm.flush_out();
            let mut e = std::io::stderr().lock();
            let _ = e.write_all(&bytes);
            let _ = e.flush();
        }
        _ => {
            let r = f.io.borrow_mut().write(&bytes);
            r.map_err(|e| os_err(vm, &e))?;
        }
    }
    Ok(Value::small_int(n as i64))
}

fn f_writelines(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::builtins::args::no_kwargs(vm, "writelines", kw)?;
    crate::builtins::args::method_arity(vm, "TextIOWrapper", "writelines", a, 1, 1)?;
    // each line is written by `write`, which checks that the file can write
    open_file(vm, a, "writelines")?;
    let items = crate::objects::iter::collect(vm, a[1])?;
    let mark = vm.roots.len();
    vm.roots.extend_from_slice(&items);
    let r = (|| {
        for &x in &items {
            f_write(vm, &[a[0], x], &[])?;
        }
        Ok(Value::NONE)
    })();
    vm.roots.truncate(mark);
    r
}

fn f_close(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let f = this(vm, a, "close")?;
    let stdout = matches!(f.io.borrow().stream, Stream::Stdout);
    if stdout {
        // closing sys.stdout: what print buffered goes out first
        vm.flush_out();
    }
    let r = {
        let mut io = f.io.borrow_mut();
        let r = io.flush_writes();
        io.stream = Stream::Closed;
        io.rbuf = Vec::new();
        io.rpos = 0;
        r
    };
    r.map_err(|e| os_err(vm, &e))?;
    Ok(Value::NONE)
}

fn f_flush(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let f = open_file(vm, a, "flush")?;
    let stdout = matches!(f.io.borrow().stream, Stream::Stdout);
    if stdout {
        vm.flush_out();
        return Ok(Value::NONE);
    }
    let r = f.io.borrow_mut().flush_writes();
    r.map_err(|e| os_err(vm, &e))?;
    Ok(Value::NONE)
}

fn f_seek(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let args = bind(vm, "seek", a, kw, &["self", "cookie", "whence"], 2)?;
    let f = open_file(vm, a, "seek")?;
    let offset = crate::builtins::args::int_arg(vm, args[1])?;
    let whence = if args[2].is_null() { 0 } else { crate::builtins::args::int_arg(vm, args[2])? };
    let to = match whence {
        0 => {
            if offset < 0 {
                return Err(vm.value_error(format!("negative seek position {}", offset)));
            }
            SeekFrom::Start(offset as u64)
        }
        1 => {
            if f.kind == FileKind::Text && offset != 0 {
                return Err(unsupported(vm, "can't do nonzero cur-relative seeks"));
            }
            SeekFrom::Current(offset)
        }
        2 => {
            if f.kind == FileKind::Text && offset != 0 {
                return Err(unsupported(vm, "can't do nonzero end-relative seeks"));
            }
            SeekFrom::End(offset)
        }
        w => return Err(vm.value_error(format!("invalid whence ({}, should be 0, 1 or 2)", w))),
    };
    let r = f.io.borrow_mut().seek(to);
    match r {
        Ok(p) => Ok(vm.new_int(p as i64)),
        Err(e) if e.raw_os_error() == Some(libc::ESPIPE) => Err(unsupported(vm, "underlying stream is not seekable")),
        Err(e) => Err(os_err(vm, &e)),
    }
}

fn f_tell(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let f = open_file(vm, a, "tell")?;
    let r = f.io.borrow_mut().tell();
    match r {
        Ok(p) => Ok(vm.new_int(p as i64)),
        Err(e) if e.raw_os_error() == Some(libc::ESPIPE) => Err(unsupported(vm, "underlying stream is not seekable")),
        Err(e) => Err(os_err(vm, &e)),
    }
}

fn f_truncate(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let args = bind(vm, "truncate", a, kw, &["self", "pos"], 1)?;
    let f = open_file(vm, a, "truncate")?;
    if !f.writable {
        return Err(unsupported(vm, "truncate"));
    }
    let r = (|| -> std::io::Result<u64> {
        let mut io = f.io.borrow_mut();
        let pos = match size_arg_plain(args[1]) {
            Some(p) => p,
            None => io.tell()?,
        };
        io.flush_writes()?;
        io.drop_read_ahead()?;
        if let Stream::Disk(file) = &mut io.stream {
            file.set_len(pos)?;
        }
        Ok(pos)
    })();
    match r {
        Ok(p) => Ok(vm.new_int(p as i64)),
        Err(e) => Err(os_err(vm, &e)),
    }
}

fn size_arg_plain(v: Value) -> Option<u64> {
    (v.is_int() && v.as_int() >= 0).then(|| v.as_int() as u64)
}

/// `readable()`: False for a file that never reads, even once closed (the `_io`
/// classes that cannot read inherit IOBase's answer, which does not look).
fn f_readable(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let f = this(vm, a, "readable")?;
    if !f.readable {
        return Ok(Value::FALSE);
    }
    open_file(vm, a, "readable")?;
    Ok(Value::TRUE)
}

fn f_writable(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let f = this(vm, a, "writable")?;
    if !f.writable {
        return Ok(Value::FALSE);
    }
    open_file(vm, a, "writable")?;
    Ok(Value::TRUE)
}

fn f_seekable(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let f = open_file(vm, a, "seekable")?;
    let disk = matches!(f.io.borrow().stream, Stream::Disk(_));
    Ok(Value::bool(disk))
}

fn f_isatty(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let f = open_file(vm, a, "isatty")?;
    let fd = fd_of(f);
    // SAFETY: isatty only inspects a descriptor number; an invalid one yields 0.
    Ok(Value::bool(fd >= 0 && unsafe { libc::isatty(fd) } == 1))
}

fn fd_of(f: &FileObj) -> i32 {
    use std::os::fd::AsRawFd;
    match &f.io.borrow().stream {
        Stream::Stdin => 0,
        Stream::Stdout => 1,
        Stream::Stderr => 2,
        Stream::Disk(file) => file.as_raw_fd(),
        Stream::Closed => -1,
    }
}

fn f_fileno(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let f = open_file(vm, a, "fileno")?;
    Ok(Value::small_int(fd_of(f) as i64))
}

fn f_enter(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    open_file(vm, a, "__enter__")?;
    Ok(a[0])
}

fn f_exit(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    f_close(vm, &a[..1], &[])?;
    Ok(Value::NONE)
}

fn f_iter(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    open_file(vm, a, "__iter__")?;
    Ok(a[0])
}

fn f_next(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    match next_line(vm, a.first().copied().unwrap_or(Value::NONE))? {
        Some(v) => Ok(v),
        None => Err(exception::new_stop_iteration(vm, None)),
    }
}

/// `next(f)` for a file: its next line, None at end of file (the iterator protocol).
pub fn next_line(vm: &mut Vm, fv: Value) -> PyResult<Option<Value>> {
    let f = readable_file(vm, &[fv], "__next__")?;
    let line = read_line_value(vm, f, None)?;
    let empty = match line.kind() {
        Some(ObjKind::Str(s)) => s.byte_len() == 0,
        Some(ObjKind::Bytes(b)) => b.as_slice().is_empty(),
        _ => true,
    };
    Ok((!empty).then_some(line))
}

/// `iter(f)`: the file itself, when open.
pub fn iter_of(vm: &mut Vm, fv: Value) -> PyResult<Value> {
    open_file(vm, &[fv], "__iter__")?;
    Ok(fv)
}

/// The attributes that are fields of the object: `name`, `mode`, `closed`,
/// `encoding`, `errors`, `newlines`.
pub fn attribute(vm: &mut Vm, f: &FileObj, name: &str) -> Option<Value> {
    Some(match name {
        "name" => f.name,
        "mode" => vm.new_str(&f.mode),
        "closed" => Value::bool(f.is_closed()),
        "encoding" if f.kind == FileKind::Text => vm.new_str(&f.encoding),
        "errors" if f.kind == FileKind::Text => vm.new_str(&f.errors),
        "newlines" if f.kind == FileKind::Text => Value::NONE,
        "line_buffering" if f.kind == FileKind::Text => Value::FALSE,
        "buffer" if f.kind == FileKind::Text => {
            let which = match f.io.borrow().stream {
                Stream::Stdin => 0,
                Stream::Stdout => 1,
                Stream::Stderr => 2,
                _ => return None,
            };
            std_buffer(vm, which)
        }
        _ => return None,
    })
}

/// repr(f), as CPython's `_io` classes print it.
pub fn repr(vm: &mut Vm, f: &FileObj) -> PyResult<String> {
    let name = crate::objects::repr::repr(vm, f.name)?;
    Ok(match f.kind {
        FileKind::Text => format!("<_io.TextIOWrapper name={} mode='{}' encoding='{}'>", name, f.mode, f.encoding),
        FileKind::Reader => format!("<_io.BufferedReader name={}>", name),
        FileKind::Writer => format!("<_io.BufferedWriter name={}>", name),
        FileKind::Random => format!("<_io.BufferedRandom name={}>", name),
    })
}

/// Puts the file methods in the four file types' dicts (at VM start-up: a few
/// dict entries, no files touched).
pub fn init_types(vm: &mut Vm) {
    let methods: &[(&'static str, crate::objects::NativeFn)] = &[
        ("read", f_read),
        ("readline", f_readline),
        ("readlines", f_readlines),
        ("write", f_write),
        ("writelines", f_writelines),
        ("close", f_close),
        ("flush", f_flush),
        ("seek", f_seek),
        ("tell", f_tell),
        ("truncate", f_truncate),
        ("readable", f_readable),
        ("writable", f_writable),
        ("seekable", f_seekable),
        ("isatty", f_isatty),
        ("fileno", f_fileno),
        ("__enter__", f_enter),
        ("__exit__", f_exit),
        ("__iter__", f_iter),
        ("__next__", f_next),
    ];
    let t = &vm.types;
    let types = [t.text_io, t.buffered_reader, t.buffered_writer, t.buffered_random];
    for ty in types {
        for &(name, f) in methods {
            crate::objects::types::add_method(vm, ty, name, f);
        }
    }
}

/// `input([prompt])`: the prompt to standard output, then a line of `sys.stdin`
/// without its newline; EOFError at end of input.
pub fn b_input(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::builtins::args::no_kwargs(vm, "input", kw)?;
    crate::builtins::args::arity(vm, "input", a, 0, 1)?;
    if let Some(&p) = a.first() {
        let s = crate::objects::repr::str_of(vm, p)?;
        let out = current_stream(vm, "stdout");
        if !write_text_to(vm, out, &s)? {
            call_write(vm, out, &s)?;
        }
    }
    vm.flush_out();
    let inp = current_stream(vm, "stdin");
    let line = match inp.kind() {
        Some(ObjKind::File(_)) => match next_line(vm, inp)? {
            Some(l) => l,
            None => vm.new_str(""),
        },
        _ => {
            let name = vm.intern("readline");
            let m = crate::objects::attr::getattr(vm, inp, name)?;
            vm.call(m, &[])?
        }
    };
    let Some(s) = line.as_str() else {
        return Err(vm.type_error("object.readline() returned non-string"));
    };
    if s.is_empty() {
        let c = vm.types.eof_error;
        return Err(vm.err(c, "EOF when reading a line"));
    }
    let s = s.strip_suffix('\n').unwrap_or(s).to_string();
    Ok(vm.new_string(s))
}

/// `sys.<name>` for a standard stream: what the program set it to, or the stream.
pub fn current_stream(vm: &mut Vm, name: &str) -> Value {
    let sys = vm.module_state.sys;
    if let Some(m) = sys.as_module() {
        if let Some(v) = crate::objects::module::get_entry(vm, m.dict, name) {
            return v;
        }
    }
    match name {
        "stdin" => stdin(vm),
        "stderr" => stderr(vm),
        _ => stdout(vm),
    }
}

/// `f.write(s)` for any object.
pub fn call_write(vm: &mut Vm, f: Value, s: &str) -> PyResult<()> {
    let text = vm.new_str(s);
    vm.roots.push(text);
    let name = vm.intern("write");
    let r = crate::objects::attr::getattr(vm, f, name).and_then(|w| vm.call(w, &[text]));
    vm.roots.pop();
    r.map(|_| ())
}

/// The `io` module: `open`, the file classes and `UnsupportedOperation`.
pub fn init_io(vm: &mut Vm, name: &str) -> PyResult<Value> {
    let (m, d) = super::new_native_module(vm, name);
    super::add_functions(vm, d, &[("open", b_open)]);
    let t = &vm.types;
    let entries = [
        ("TextIOWrapper", t.text_io),
        ("BufferedReader", t.buffered_reader),
        ("BufferedWriter", t.buffered_writer),
        ("BufferedRandom", t.buffered_random),
        ("UnsupportedOperation", t.unsupported_operation),
    ];
    for (n, v) in entries {
        crate::objects::module::set_entry(vm, d, n, v);
    }
    let dflt = Value::small_int(8192);
    crate::objects::module::set_entry(vm, d, "DEFAULT_BUFFER_SIZE", dflt);
    super::stringio::add_to_io(vm, d);
    for (n, v) in [("SEEK_SET", 0), ("SEEK_CUR", 1), ("SEEK_END", 2)] {
        crate::objects::module::set_entry(vm, d, n, Value::small_int(v));
    }
    Ok(m)
}
