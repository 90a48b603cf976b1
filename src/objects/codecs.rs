//! Text encodings for `str.encode` and `bytes.decode`: UTF-8, ASCII and Latin-1,
//! with the strict, ignore, replace and backslashreplace error handlers (and
//! xmlcharrefreplace when encoding), raising CPython's UnicodeDecodeError and
//! UnicodeEncodeError (args `(encoding, object, start, end, reason)`).

use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Codec {
    Utf8,
    Ascii,
    Latin1,
}

impl Codec {
    /// The name CPython's error messages use.
    fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
        }
    }
}

/// The codec for an encoding name, after CPython's normalization (case, `-` and
/// spaces as `_`) and its aliases.
pub fn lookup(name: &str) -> Option<Codec> {
    let norm: String = name.trim().chars().map(|c| if c == '-' || c == ' ' { '_' } else { c.to_ascii_lowercase() }).collect();
    Some(match norm.as_str() {
        "utf_8" | "utf8" | "u8" | "utf" | "utf8_ucs2" | "utf8_ucs4" | "cp65001" => Codec::Utf8,
        "ascii" | "us_ascii" | "646" | "us" | "ansi_x3.4_1968" | "ansi_x3_4_1968" | "ansi_x3.4_1986" | "cp367" | "csascii" | "ibm367" | "iso646_us"
        | "iso_646.irv_1991" | "iso_ir_6" => Codec::Ascii,
        "latin_1" | "latin1" | "latin" | "l1" | "iso8859_1" | "iso_8859_1" | "iso8859" | "8859" | "cp819" | "iso_ir_100" | "csisolatin1" | "ibm819"
        | "iso_8859_1_1987" => Codec::Latin1,
        _ => return None,
    })
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Handler {
    Strict,
    Ignore,
    Replace,
    BackslashReplace,
    XmlCharRefReplace,
}

/// The error handler, looked up (as CPython does) only when an error occurs.
fn handler(vm: &mut Vm, errors: &str, decoding: bool) -> PyResult<Handler> {
    Ok(match errors {
        "strict" => Handler::Strict,
        "ignore" => Handler::Ignore,
        "replace" => Handler::Replace,
        "backslashreplace" => Handler::BackslashReplace,
        "xmlcharrefreplace" if !decoding => Handler::XmlCharRefReplace,
        // these only handle lone surrogates, which a str here never holds: for any
        // character an encoder cannot take they fail as strict does
        "surrogateescape" | "surrogatepass" if !decoding => Handler::Strict,
        "xmlcharrefreplace" => return Err(vm.type_error("don't know how to handle UnicodeDecodeError in error callback")),
        _ => return Err(unknown_handler(vm, errors)),
    })
}

#[cold]
fn unknown_handler(vm: &mut Vm, errors: &str) -> PyErr {
    let c = vm.types.lookup_error;
    vm.err(c, &format!("unknown error handler name '{}'", errors))
}

#[cold]
pub fn unknown_encoding(vm: &mut Vm, name: &str) -> PyErr {
    let c = vm.types.lookup_error;
    vm.err(c, &format!("unknown encoding: {}", name))
}

#[cold]
fn decode_error(vm: &mut Vm, codec: Codec, data: &[u8], start: usize, end: usize, reason: &str) -> PyErr {
    let c = vm.types.unicode_decode_error;
    let args = vec![vm.new_str(codec.name()), vm.new_bytes(data.to_vec()), Value::small_int(start as i64), Value::small_int(end as i64), vm.new_str(reason)];
    PyErr(vm.new_exc_args(c, args))
}

#[cold]
fn encode_error(vm: &mut Vm, codec: Codec, text: Value, start: usize, end: usize, reason: &str) -> PyErr {
    let c = vm.types.unicode_encode_error;
    let args = vec![vm.new_str(codec.name()), text, Value::small_int(start as i64), Value::small_int(end as i64), vm.new_str(reason)];
    PyErr(vm.new_exc_args(c, args))
}

fn push_byte_escape(out: &mut String, b: u8) {
    out.push_str(&format!("\\x{:02x}", b));
}

/// `data.decode(encoding, errors)`.
pub fn decode(vm: &mut Vm, data: &[u8], encoding: &str, errors: &str) -> PyResult<String> {
    let codec = lookup(encoding).ok_or_else(|| unknown_encoding(vm, encoding))?;
    let mut out = String::with_capacity(data.len());
    match codec {
        Codec::Latin1 => out.extend(data.iter().map(|&b| b as char)),
        Codec::Ascii => {
            for (i, &b) in data.iter().enumerate() {
                if b < 0x80 {
                    out.push(b as char);
                    continue;
                }
                match handler(vm, errors, true)? {
                    Handler::Strict | Handler::XmlCharRefReplace => return Err(decode_error(vm, codec, data, i, i + 1, "ordinal not in range(128)")),
                    Handler::Ignore => {}
                    Handler::Replace => out.push('\u{fffd}'),
                    Handler::BackslashReplace => push_byte_escape(&mut out, b),
                }
            }
        }
        Codec::Utf8 => {
            let mut pos = 0;
            loop {
                let e = match std::str::from_utf8(&data[pos..]) {
                    Ok(s) => {
                        out.push_str(s);
                        break;
                    }
                    Err(e) => e,
                };
                let good = e.valid_up_to();
                out.push_str(std::str::from_utf8(&data[pos..pos + good]).unwrap_or_default());
                let start = pos + good;
                // Rust reports the maximal invalid subpart, as CPython does; CPython
                // also says whether its first byte could start a sequence at all.
                let (end, reason) = match e.error_len() {
                    None => (data.len(), "unexpected end of data"),
                    Some(n) if (0xc2..=0xf4).contains(&data[start]) => (start + n, "invalid continuation byte"),
                    Some(n) => (start + n, "invalid start byte"),
                };
                match handler(vm, errors, true)? {
                    Handler::Strict | Handler::XmlCharRefReplace => return Err(decode_error(vm, codec, data, start, end, reason)),
                    Handler::Ignore => {}
                    Handler::Replace => out.push('\u{fffd}'),
                    Handler::BackslashReplace => data[start..end].iter().for_each(|&b| push_byte_escape(&mut out, b)),
                }
                pos = end;
            }
        }
    }
    Ok(out)
}

/// `text.encode(encoding, errors)`; `text` is the str object (the exception's
/// `object`).
pub fn encode(vm: &mut Vm, text: Value, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    let codec = lookup(encoding).ok_or_else(|| unknown_encoding(vm, encoding))?;
    let s = text.as_str().unwrap_or("");
    let limit: u32 = match codec {
        Codec::Utf8 => return Ok(s.as_bytes().to_vec()),
        Codec::Ascii => 0x80,
        Codec::Latin1 => 0x100,
    };
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        if (chars[i] as u32) < limit {
            out.push(chars[i] as u8);
            i += 1;
            continue;
        }
        // CPython hands the whole run of unencodable characters to the handler
        let mut end = i + 1;
        while end < chars.len() && chars[end] as u32 >= limit {
            end += 1;
        }
        match handler(vm, errors, false)? {
            Handler::Strict => {
                let reason = if limit == 0x80 { "ordinal not in range(128)" } else { "ordinal not in range(256)" };
                return Err(encode_error(vm, codec, text, i, end, reason));
            }
            Handler::Ignore => {}
            Handler::Replace => out.extend(std::iter::repeat_n(b'?', end - i)),
            Handler::BackslashReplace => {
                for &c in &chars[i..end] {
                    out.extend_from_slice(char_escape(c).as_bytes());
                }
            }
            Handler::XmlCharRefReplace => {
                for &c in &chars[i..end] {
                    out.extend_from_slice(format!("&#{};", c as u32).as_bytes());
                }
            }
        }
        i = end;
    }
    Ok(out)
}

/// `\xNN`, `\uNNNN` or `\UNNNNNNNN`, as backslashreplace and the error message
/// write a character.
pub fn char_escape(c: char) -> String {
    let n = c as u32;
    if n < 0x100 {
        format!("\\x{:02x}", n)
    } else if n < 0x10000 {
        format!("\\u{:04x}", n)
    } else {
        format!("\\U{:08x}", n)
    }
}

/// str() of a UnicodeDecodeError/UnicodeEncodeError made with the five standard
/// arguments; None for any other shape (printed like other exceptions).
pub fn unicode_error_str(decode: bool, args: &[Value]) -> Option<String> {
    let [enc, obj, start, end, reason] = args else { return None };
    let (enc, reason) = (enc.as_str()?, reason.as_str()?);
    if !start.is_int() || !end.is_int() {
        return None;
    }
    let (start, end) = (start.as_int(), end.as_int());
    if decode {
        let data = super::bytes::bytes_like(*obj)?;
        if end == start + 1 {
            let b = *data.get(usize::try_from(start).ok()?)?;
            return Some(format!("'{}' codec can't decode byte 0x{:02x} in position {}: {}", enc, b, start, reason));
        }
        Some(format!("'{}' codec can't decode bytes in position {}-{}: {}", enc, start, end - 1, reason))
    } else {
        let s = obj.as_str()?;
        if end == start + 1 {
            let c = s.chars().nth(usize::try_from(start).ok()?)?;
            return Some(format!("'{}' codec can't encode character '{}' in position {}: {}", enc, char_escape(c), start, reason));
        }
        Some(format!("'{}' codec can't encode characters in position {}-{}: {}", enc, start, end - 1, reason))
    }
}
