//! String formatting: `format(v, spec)`, printf-style `str % args` and `str.format`.

use crate::objects::int::{as_num, Num};
use crate::objects::numfmt::{self, NumFmtError};
use crate::objects::repr::{repr, str_of};
use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};
use num_bigint::BigInt;

pub fn fmt_err(vm: &mut Vm, e: NumFmtError) -> PyErr {
    match e {
        NumFmtError::Value(m) => vm.value_error(m),
        NumFmtError::Type(m) => vm.type_error(m),
        NumFmtError::Overflow(m) => vm.overflow_error(m),
    }
}

/// format(v, spec) for the builtin types.
pub fn format(vm: &mut Vm, v: Value, spec: &str) -> PyResult<String> {
    if crate::objects::class::has_user_class(v) && crate::objects::class::special_method(vm, v, "__format__").is_some() {
        let sv = vm.new_str(spec);
        let r = crate::objects::class::call_special(vm, v, "__format__", &[sv])?.unwrap_or(Value::NONE);
        return match r.as_str() {
            Some(s) => Ok(s.to_string()),
            None => {
                let t = vm.type_name(r);
                Err(vm.type_error(format!("__format__ must return a str, not {}", t)))
            }
        };
    }
    if let Some(p) = crate::objects::subclass::payload_of(v) {
        // int.__format__ and friends give str(self) for an empty spec, which a
        // subclass's __str__ or __repr__ decides
        if spec.is_empty() {
            return str_of(vm, v);
        }
        return format(vm, p, spec);
    }
    let r = match as_num(v) {
        Some(Num::Float(f)) => numfmt::float_format(f, spec),
        Some(Num::Small(i)) => {
            if v.is_bool() && spec.is_empty() {
                return str_of(vm, v);
            }
            numfmt::int_format(&BigInt::from(i), spec)
        }
        Some(Num::Big(b)) => {
            if !spec.ends_with(['b', 'o', 'x', 'X', 'c']) {
                crate::objects::int::check_str_digits(vm, b)?;
            }
            numfmt::int_format(b, spec)
        }
        None => match v.as_str() {
            Some(s) => numfmt::str_format(s, spec),
            None => {
                if spec.is_empty() {
                    return str_of(vm, v);
                }
                let t = vm.type_name(v);
                return Err(vm.type_error(format!("unsupported format string passed to {}.__format__", t)));
            }
        },
    };
    r.map_err(|e| fmt_err(vm, e))
}

/// `fmt % args`.
pub fn percent_format(vm: &mut Vm, fmt_v: Value, args: Value) -> PyResult<Value> {
    let fmt = fmt_v.as_str().unwrap_or("");
    let out = percent_core(vm, fmt, args, false)?;
    Ok(vm.new_string(out))
}

/// The printf-style formatting shared by str and bytes. In bytes mode `fmt` is the
/// bytes format decoded as Latin-1 and the result is encoded back the same way:
/// `%s`/`%b` take bytes-like objects, `%r`/`%a` give ascii(), `%c` a single byte.
pub fn percent_core(vm: &mut Vm, fmt: &str, args: Value, bytes_mode: bool) -> PyResult<String> {
    // instances of tuple and dict subclasses count as tuples and mappings
    let (items, is_tuple) = match crate::objects::subclass::payload_or_self(args).as_tuple() {
        Some(t) => (t.to_vec(), true),
        None => (vec![args], false),
    };
    let mapping = if !is_tuple && crate::objects::subclass::payload_or_self(args).as_dict().is_some() { Some(args) } else { None };
    let mut out = String::with_capacity(fmt.len() + 16);
    let mut idx = 0usize;
    let chars: Vec<char> = fmt.chars().collect();
    let mut i = 0;
    let next_arg = |vm: &mut Vm, idx: &mut usize| -> PyResult<Value> {
        if *idx < items.len() {
            *idx += 1;
            Ok(items[*idx - 1])
        } else {
            Err(vm.type_error("not enough arguments for format string"))
        }
    };
    while i < chars.len() {
        let c = chars[i];
        if c != '%' {
            out.push(c);
            i += 1;
            continue;
        }
        i += 1;
        if i >= chars.len() {
            return Err(vm.value_error("incomplete format"));
        }
        // mapping key
        let mut keyed: Option<Value> = None;
        if chars[i] == '(' {
            let start = i + 1;
            let mut depth = 1;
            let mut j = start;
            while j < chars.len() && depth > 0 {
                if chars[j] == '(' {
                    depth += 1;
                } else if chars[j] == ')' {
                    depth -= 1;
                }
                j += 1;
            }
            if depth > 0 {
                return Err(vm.value_error("incomplete format key"));
            }
            let key: String = chars[start..j - 1].iter().collect();
            let m = match mapping {
                Some(m) => m,
                None => return Err(vm.type_error("format requires a mapping")),
            };
            let k = if bytes_mode { vm.new_bytes(key.chars().map(|c| c as u8).collect()) } else { vm.new_string(key) };
            keyed = Some(crate::objects::ops::getitem(vm, m, k)?);
            i = j;
        }
        let mut flags = String::new();
        while i < chars.len() && "-+ #0".contains(chars[i]) {
            flags.push(chars[i]);
            i += 1;
        }
        let mut width: Option<usize> = None;
        if i < chars.len() && chars[i] == '*' {
            let w = next_arg(vm, &mut idx)?;
            let w = crate::builtins::args::int_arg(vm, w)?;
            if w < 0 {
                flags.push('-');
            }
            width = Some(w.unsigned_abs() as usize);
            i += 1;
        } else {
            let mut w = String::new();
            while i < chars.len() && chars[i].is_ascii_digit() {
                w.push(chars[i]);
                i += 1;
            }
            if !w.is_empty() {
                width = Some(w.parse().map_err(|_| vm.value_error("width too big"))?);
            }
        }
        let mut precision: Option<usize> = None;
        if i < chars.len() && chars[i] == '.' {
            i += 1;
            if i < chars.len() && chars[i] == '*' {
                let p = next_arg(vm, &mut idx)?;
                let p = crate::builtins::args::int_arg(vm, p)?;
                precision = Some(p.max(0) as usize);
                i += 1;
            } else {
                let mut p = String::new();
                while i < chars.len() && chars[i].is_ascii_digit() {
                    p.push(chars[i]);
                    i += 1;
                }
                precision = Some(if p.is_empty() { 0 } else { p.parse().map_err(|_| vm.value_error("precision too big"))? });
            }
        }
        while i < chars.len() && "hlL".contains(chars[i]) {
            i += 1;
        }
        if i >= chars.len() {
            return Err(vm.value_error("incomplete format"));
        }
        let conv = chars[i];
        i += 1;
        if conv == '%' {
            out.push('%');
            continue;
        }
        let arg = match keyed {
            Some(v) => v,
            None => next_arg(vm, &mut idx)?,
        };
        let piece = match conv {
            's' | 'b' if bytes_mode => {
                let mut arg = arg;
                if crate::objects::class::has_user_class(arg) {
                    if let Some(r) = crate::objects::class::call_special(vm, arg, "__bytes__", &[])? {
                        if r.as_bytes().is_none() {
                            let t = vm.type_name(r);
                            return Err(vm.type_error(format!("__bytes__ returned non-bytes (type {})", t)));
                        }
                        arg = r;
                    }
                }
                let data = match crate::objects::bytes::bytes_like(arg) {
                    Some(d) => d,
                    None => {
                        let t = vm.type_name(arg);
                        return Err(vm.type_error(format!("%b requires a bytes-like object, or an object that implements __bytes__, not '{}'", t)));
                    }
                };
                let mut s: String = data.iter().map(|&b| b as char).collect();
                if let Some(p) = precision {
                    s = s.chars().take(p).collect();
                }
                pad(&s, width, flags.contains('-'))
            }
            'c' if bytes_mode => {
                let b = match (as_num(arg), crate::objects::bytes::bytes_like(arg)) {
                    (Some(Num::Small(n)), _) if (0..256).contains(&n) => n as u8,
                    (Some(Num::Small(_)) | Some(Num::Big(_)), _) => return Err(vm.overflow_error("%c arg not in range(256)")),
                    (_, Some(d)) if d.len() == 1 => d[0],
                    _ => return Err(vm.type_error("%c requires an integer in range(256) or a single byte")),
                };
                pad(&(b as char).to_string(), width, flags.contains('-'))
            }
            'r' | 'a' if bytes_mode => {
                let r = repr(vm, arg)?;
                let mut s = crate::objects::repr::ascii_escape(&r);
                if let Some(p) = precision {
                    s = s.chars().take(p).collect();
                }
                pad(&s, width, flags.contains('-'))
            }
            's' | 'r' | 'a' => {
                let mut s = match conv {
                    's' => str_of(vm, arg)?,
                    'r' => repr(vm, arg)?,
                    _ => {
                        let r = repr(vm, arg)?;
                        crate::objects::repr::ascii_escape(&r)
                    }
                };
                if let Some(p) = precision {
                    s = s.chars().take(p).collect();
                }
                pad(&s, width, flags.contains('-'))
            }
            'd' | 'i' | 'u' | 'x' | 'X' | 'o' => {
                let b = match as_num(arg) {
                    Some(Num::Small(n)) => BigInt::from(n),
                    Some(Num::Big(b)) => b.clone(),
                    Some(Num::Float(f)) if matches!(conv, 'd' | 'i' | 'u') => {
                        if !f.is_finite() {
                            let v = crate::objects::int::float_to_int(vm, f)?;
                            crate::objects::int::to_bigint(v).unwrap_or_default()
                        } else {
                            crate::objects::int::big_from_f64(f.trunc())
                        }
                    }
                    _ => {
                        let t = vm.type_name(arg);
                        let msg = if matches!(conv, 'd' | 'i' | 'u') {
                            format!("%{} format: a real number is required, not {}", conv, t)
                        } else {
                            format!("%{} format: an integer is required, not {}", conv, t)
                        };
                        return Err(vm.type_error(msg));
                    }
                };
                if matches!(conv, 'd' | 'i' | 'u') {
                    crate::objects::int::check_str_digits(vm, &b)?;
                }
                numfmt::percent_format_int(&b, &flags, width, precision, conv).map_err(|e| fmt_err(vm, e))?
            }
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                let f = match as_num(arg) {
                    Some(n) => crate::objects::int::num_to_f64(vm, &n)?,
                    None => {
                        let t = vm.type_name(arg);
                        return Err(vm.type_error(format!("must be real number, not {}", t)));
                    }
                };
                numfmt::percent_format_float(f, &flags, width, precision, conv).map_err(|e| fmt_err(vm, e))?
            }
            'c' => {
                let ch = match as_num(arg) {
                    Some(Num::Small(n)) if (0..0x110000).contains(&n) => char::from_u32(n as u32).unwrap_or('\u{fffd}').to_string(),
                    Some(Num::Small(_)) | Some(Num::Big(_)) => return Err(vm.overflow_error("%c arg not in range(0x110000)")),
                    _ => match arg.as_strobj() {
                        Some(s) if s.char_len() == 1 => s.as_str().to_string(),
                        _ => return Err(vm.type_error("%c requires int or char")),
                    },
                };
                pad(&ch, width, flags.contains('-'))
            }
            other => {
                return Err(vm.value_error(format!("unsupported format character '{}' (0x{:x}) at index {}", other, other as u32, i - 1)));
            }
        };
        out.push_str(&piece);
    }
    if idx < items.len() && mapping.is_none() {
        let what = if bytes_mode { "bytes" } else { "string" };
        return Err(vm.type_error(format!("not all arguments converted during {} formatting", what)));
    }
    Ok(out)
}

fn pad(s: &str, width: Option<usize>, left: bool) -> String {
    let n = s.chars().count();
    match width {
        Some(w) if w > n => {
            if left {
                format!("{}{}", s, " ".repeat(w - n))
            } else {
                format!("{}{}", " ".repeat(w - n), s)
            }
        }
        _ => s.to_string(),
    }
}

/// Field numbering shared by a format string and the fields nested in its specs.
#[derive(Default)]
struct Numbering {
    next: usize,
    manual: bool,
    auto: bool,
}

/// `fmt.format(*args, **kwargs)`.
pub fn str_format_method(vm: &mut Vm, fmt: &str, args: &[Value], kwnames: &[Value]) -> PyResult<String> {
    let npos = args.len() - kwnames.len();
    let kw: Vec<(&str, Value)> = kwnames.iter().zip(args[npos..].iter()).map(|(k, v)| (k.as_str().unwrap_or(""), *v)).collect();
    let mut numbering = Numbering::default();
    format_fields(vm, fmt, &args[..npos], &kw, &mut numbering, 0)
}

fn format_fields(vm: &mut Vm, fmt: &str, pos: &[Value], kw: &[(&str, Value)], num: &mut Numbering, depth: usize) -> PyResult<String> {
    if depth > 2 {
        return Err(vm.value_error("Max string recursion exceeded"));
    }
    let chars: Vec<char> = fmt.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '}' {
            if i + 1 < chars.len() && chars[i + 1] == '}' {
                out.push('}');
                i += 2;
                continue;
            }
            return Err(vm.value_error("Single '}' encountered in format string"));
        }
        if c != '{' {
            out.push(c);
            i += 1;
            continue;
        }
        if i + 1 < chars.len() && chars[i + 1] == '{' {
            out.push('{');
            i += 2;
            continue;
        }
        // parse a replacement field up to the matching '}'
        let mut j = i + 1;
        let mut depth = 1;
        while j < chars.len() {
            if chars[j] == '{' {
                depth += 1;
            } else if chars[j] == '}' {
                depth -= 1;
                if depth == 0 {
                    break;
                }
            }
            j += 1;
        }
        if j >= chars.len() {
            return Err(vm.value_error("expected '}' before end of string"));
        }
        let field: String = chars[i + 1..j].iter().collect();
        i = j + 1;
        let (name_part, rest) = match field.find(['!', ':']) {
            Some(p) => (&field[..p], &field[p..]),
            None => (&field[..], ""),
        };
        let (conv, spec) = if let Some(r) = rest.strip_prefix('!') {
            let mut it = r.splitn(2, ':');
            let cv = it.next().unwrap_or("");
            (Some(cv.to_string()), it.next().unwrap_or("").to_string())
        } else if let Some(r) = rest.strip_prefix(':') {
            (None, r.to_string())
        } else {
            (None, String::new())
        };
        // the argument: index or name, then .attr / [key] accessors
        let first_end = name_part.find(['.', '[']).unwrap_or(name_part.len());
        let head = &name_part[..first_end];
        let mut value = if head.is_empty() {
            if num.manual {
                return Err(vm.value_error("cannot switch from manual field specification to automatic field numbering"));
            }
            num.auto = true;
            let k = num.next;
            num.next += 1;
            match pos.get(k) {
                Some(v) => *v,
                None => return Err(vm.index_error(format!("Replacement index {} out of range for positional args tuple", k))),
            }
        } else if let Ok(k) = head.parse::<usize>() {
            if num.auto {
                return Err(vm.value_error("cannot switch from automatic field numbering to manual field specification"));
            }
            num.manual = true;
            match pos.get(k) {
                Some(v) => *v,
                None => return Err(vm.index_error(format!("Replacement index {} out of range for positional args tuple", k))),
            }
        } else {
            match kw.iter().find(|(n, _)| *n == head) {
                Some((_, v)) => *v,
                None => {
                    let k = vm.new_str(head);
                    return Err(vm.key_error(k));
                }
            }
        };
        let mut rest_acc = &name_part[first_end..];
        while !rest_acc.is_empty() {
            if let Some(r) = rest_acc.strip_prefix('.') {
                let end = r.find(['.', '[']).unwrap_or(r.len());
                let attr = vm.intern(&r[..end]);
                value = crate::objects::attr::getattr(vm, value, attr)?;
                rest_acc = &r[end..];
            } else if let Some(r) = rest_acc.strip_prefix('[') {
                let end = r.find(']').unwrap_or(r.len());
                let key_s = &r[..end];
                let key = match key_s.parse::<i64>() {
                    Ok(n) => vm.new_int(n),
                    Err(_) => vm.new_str(key_s),
                };
                value = crate::objects::ops::getitem(vm, value, key)?;
                rest_acc = r.get(end + 1..).unwrap_or("");
            } else {
                break;
            }
        }
        if let Some(cv) = conv {
            let s = match cv.as_str() {
                "s" => str_of(vm, value)?,
                "r" => repr(vm, value)?,
                "a" => {
                    let r = repr(vm, value)?;
                    crate::objects::repr::ascii_escape(&r)
                }
                _ => return Err(vm.value_error(format!("Unknown conversion specifier {}", cv))),
            };
            value = vm.new_string(s);
        }
        // nested fields inside the spec
        let spec = if spec.contains('{') { format_fields(vm, &spec, pos, kw, num, depth + 1)? } else { spec };
        let piece = format(vm, value, &spec)?;
        out.push_str(&piece);
    }
    Ok(out)
}
