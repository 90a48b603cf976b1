//! Constructors and methods of the builtin types (str, list, dict, int, ...).

use super::args::{arity, bind, int_arg, method_arity, no_kwargs, str_arg};
use super::strfmt;
use crate::objects::int::{self, as_num, Num};
use crate::objects::iter::{self, IterState};
use crate::objects::numfmt;
use crate::objects::ops;
use crate::objects::repr::{repr, str_of};
use crate::objects::strops::{self, StrOpError};
use crate::objects::types::{add_method, set_ctor};
use crate::objects::{DictView, NativeFn, ObjKind, RangeObj, SliceObj, StrObj, ViewKind};
use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};
use num_bigint::BigInt;

pub fn init(vm: &mut Vm) {
    let t = &vm.types;
    let (int_t, bool_t, float_t, str_t, list_t, tuple_t, dict_t, range_t, slice_t) =
        (t.int, t.bool_, t.float, t.str_, t.list, t.tuple, t.dict, t.range, t.slice);
    let (enum_t, zip_t, rev_t, map_t, filter_t, object_t, type_t) = (t.enumerate, t.zip, t.reversed, t.map, t.filter, t.object, t.type_);
    set_ctor(int_t, int_new);
    set_ctor(bool_t, bool_new);
    set_ctor(float_t, float_new);
    set_ctor(str_t, str_new);
    set_ctor(list_t, list_new);
    set_ctor(tuple_t, tuple_new);
    set_ctor(dict_t, dict_new);
    set_ctor(range_t, range_new);
    set_ctor(slice_t, slice_new);
    set_ctor(enum_t, enumerate_new);
    set_ctor(zip_t, zip_new);
    set_ctor(rev_t, reversed_new);
    set_ctor(map_t, map_new);
    set_ctor(filter_t, filter_new);
    set_ctor(object_t, object_new);
    set_ctor(type_t, type_new);
    let module_t = vm.types.module;
    set_ctor(module_t, crate::objects::module::module_ctor);
    let method_t = vm.types.method;
    set_ctor(method_t, method_new);
    init_class_support(vm);
    super::set::init(vm);
    super::bytes::init(vm);
    super::dunder::init(vm);
    crate::objects::complex::init(vm);

    let str_methods: &[(&'static str, NativeFn)] = &[
        ("split", str_split),
        ("rsplit", str_rsplit),
        ("splitlines", str_splitlines),
        ("join", str_join),
        ("strip", str_strip),
        ("lstrip", str_lstrip),
        ("rstrip", str_rstrip),
        ("replace", str_replace),
        ("find", str_find),
        ("rfind", str_rfind),
        ("index", str_index),
        ("rindex", str_rindex),
        ("count", str_count),
        ("startswith", str_startswith),
        ("endswith", str_endswith),
        ("upper", str_upper),
        ("lower", str_lower),
        ("casefold", str_casefold),
        ("capitalize", str_capitalize),
        ("title", str_title),
        ("swapcase", str_swapcase),
        ("isdigit", str_isdigit),
        ("isdecimal", str_isdecimal),
        ("isnumeric", str_isnumeric),
        ("isalpha", str_isalpha),
        ("isalnum", str_isalnum),
        ("isspace", str_isspace),
        ("isupper", str_isupper),
        ("islower", str_islower),
        ("istitle", str_istitle),
        ("isidentifier", str_isidentifier),
        ("isprintable", str_isprintable),
        ("isascii", str_isascii),
        ("center", str_center),
        ("ljust", str_ljust),
        ("rjust", str_rjust),
        ("zfill", str_zfill),
        ("expandtabs", str_expandtabs),
        ("partition", str_partition),
        ("rpartition", str_rpartition),
        ("removeprefix", str_removeprefix),
        ("removesuffix", str_removesuffix),
        ("format", str_format),
    ];
    for (n, f) in str_methods {
        add_method(vm, str_t, n, *f);
    }
    super::str_translate::init(vm);
    let list_methods: &[(&'static str, NativeFn)] = &[
        ("append", list_append),
        ("extend", list_extend),
        ("insert", list_insert),
        ("pop", list_pop),
        ("remove", list_remove),
        ("index", seq_index),
        ("count", seq_count),
        ("sort", super::sort::list_sort),
        ("reverse", list_reverse),
        ("copy", list_copy),
        ("clear", list_clear),
    ];
    for (n, f) in list_methods {
        add_method(vm, list_t, n, *f);
    }
    add_method(vm, tuple_t, "index", seq_index);
    add_method(vm, tuple_t, "count", seq_count);
    let dict_methods: &[(&'static str, NativeFn)] = &[
        ("get", dict_get),
        ("keys", dict_keys),
        ("values", dict_values),
        ("items", dict_items),
        ("pop", dict_pop),
        ("popitem", dict_popitem),
        ("setdefault", dict_setdefault),
        ("update", dict_update),
        ("copy", dict_copy),
        ("clear", dict_clear),
    ];
    for (n, f) in dict_methods {
        add_method(vm, dict_t, n, *f);
    }
    add_method(vm, int_t, "bit_length", int_bit_length);
    add_method(vm, int_t, "conjugate", int_conjugate);
    add_method(vm, float_t, "is_integer", float_is_integer);
    add_method(vm, float_t, "conjugate", float_conjugate);
    add_method(vm, float_t, "as_integer_ratio", float_as_integer_ratio);
    let gen_t = vm.types.generator;
    let gen_methods: &[(&'static str, NativeFn)] = &[
        ("send", crate::objects::generator::gen_send),
        ("throw", crate::objects::generator::gen_throw),
        ("close", crate::objects::generator::gen_close),
        ("__next__", crate::objects::generator::gen_next),
        ("__iter__", crate::objects::generator::gen_iter),
    ];
    for (n, f) in gen_methods {
        add_method(vm, gen_t, n, *f);
    }
    let coro_t = vm.types.coroutine;
    let coro_methods: &[(&'static str, NativeFn)] = &[
        ("send", crate::objects::generator::gen_send),
        ("throw", crate::objects::generator::gen_throw),
        ("close", crate::objects::generator::gen_close),
        ("__await__", crate::objects::generator::coro_await),
    ];
    for (n, f) in coro_methods {
        add_method(vm, coro_t, n, *f);
    }
    use crate::objects::generator as g;
    let agen_methods: &[(&'static str, NativeFn)] =
        &[("__aiter__", g::agen_aiter), ("__anext__", g::agen_anext), ("asend", g::agen_asend), ("athrow", g::agen_athrow), ("aclose", g::agen_aclose)];
    let agen_t = vm.types.async_generator;
    for (n, f) in agen_methods {
        add_method(vm, agen_t, n, *f);
    }
    // the native awaitables: coro.__await__(), agen.asend()/__anext__(), athrow()/aclose()
    let aw_methods: &[(&'static str, NativeFn)] =
        &[("send", g::aw_send), ("throw", g::aw_throw), ("close", g::aw_close), ("__next__", g::aw_next), ("__iter__", g::aw_self)];
    let (wrapper_t, asend_t, athrow_t) = (vm.types.coroutine_wrapper, vm.types.async_generator_asend, vm.types.async_generator_athrow);
    for t in [wrapper_t, asend_t, athrow_t] {
        for (n, f) in aw_methods {
            add_method(vm, t, n, *f);
        }
    }
    add_method(vm, asend_t, "__await__", g::aw_self);
    add_method(vm, athrow_t, "__await__", g::aw_self);
    add_method(vm, range_t, "index", seq_index);
    add_method(vm, range_t, "count", seq_count);
}

// ================================================================= constructors

fn int_new(vm: &mut Vm, _cls: Value, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = bind(vm, "int", a, kw, &["x", "base"], 0)?;
    let (x, base) = (p[0], p[1]);
    if x.is_null() {
        if !base.is_null() {
            return Err(vm.type_error("int() missing string argument"));
        }
        return Ok(Value::small_int(0));
    }
    if !base.is_null() {
        let b = int_arg(vm, base)?;
        if b != 0 && !(2..=36).contains(&b) {
            return Err(vm.value_error("int() base must be >= 2 and <= 36, or 0"));
        }
        let s = match crate::objects::subclass::str_like(x) {
            Some(s) => s,
            None if x.is_bytes_like() => {
                let data = crate::objects::bytes::bytes_like(x).unwrap_or_default();
                return match std::str::from_utf8(&data).ok().and_then(|s| numfmt::parse_int(s, b as u32)) {
                    Some(n) => Ok(vm.new_int_big(n)),
                    None => {
                        let r = repr(vm, x)?;
                        Err(vm.value_error(format!("invalid literal for int() with base {}: {}", b, r)))
                    }
                };
            }
            None => return Err(vm.type_error("int() can't convert non-string with explicit base")),
        };
        return parse_int_str(vm, s, b as u32);
    }
    if crate::objects::class::has_user_class(x) {
        if let Some(r) = crate::objects::class::int_of(vm, x)? {
            return int_new(vm, _cls, &[r], &[]);
        }
    }
    // int(S("12")), int(By(b"12")): the text of a str or bytes subclass
    let x = match crate::objects::subclass::payload_of(x) {
        Some(p) if p.as_str().is_some() || p.is_bytes_like() => p,
        _ => x,
    };
    match as_num(x) {
        Some(Num::Small(i)) => Ok(vm.new_int(i)),
        Some(Num::Big(_)) => Ok(x),
        Some(Num::Float(f)) => int::float_to_int(vm, f),
        None => match crate::objects::subclass::str_like(x) {
            Some(s) => parse_int_str(vm, s, 10),
            None if x.is_bytes_like() => {
                // int(b"12"): the bytes are parsed as ASCII text; CPython's message
                // shows the bytes' repr
                let data = crate::objects::bytes::bytes_like(x).unwrap_or_default();
                match std::str::from_utf8(&data).ok().and_then(|s| numfmt::parse_int(s, 10)) {
                    Some(b) => Ok(vm.new_int_big(b)),
                    None => {
                        let r = repr(vm, x)?;
                        Err(vm.value_error(format!("invalid literal for int() with base 10: {}", r)))
                    }
                }
            }
            None => {
                let t = vm.type_name(x);
                Err(vm.type_error(format!("int() argument must be a string, a bytes-like object or a real number, not '{}'", t)))
            }
        },
    }
}

fn parse_int_str(vm: &mut Vm, s: &str, base: u32) -> PyResult<Value> {
    // Plain decimal digits that fit an i64 need no big-integer parse.
    if base == 10 && s.len() <= 18 {
        let digits = s.strip_prefix('-').or_else(|| s.strip_prefix('+')).unwrap_or(s);
        if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) {
            if let Ok(i) = s.parse::<i64>() {
                return Ok(vm.new_int(i));
            }
        }
    }
    if !base.is_power_of_two() || base == 0 {
        let digits = s.chars().filter(|c| c.is_ascii_alphanumeric()).count();
        let is_prefixed =
            base == 0 && s.trim_start().trim_start_matches(['+', '-']).get(..2).map_or(false, |p| matches!(p, "0x" | "0X" | "0o" | "0O" | "0b" | "0B"));
        if digits > int::MAX_STR_DIGITS && !is_prefixed {
            return Err(vm.value_error(format!(
                "Exceeds the limit (4300 digits) for integer string conversion: value has {} digits; use sys.set_int_max_str_digits() to increase the limit",
                digits
            )));
        }
    }
    match numfmt::parse_int(s, base) {
        Some(b) => Ok(vm.new_int_big(b)),
        None => {
            let r = strops::repr(s);
            Err(vm.value_error(format!("invalid literal for int() with base {}: {}", base, r)))
        }
    }
}

fn bool_new(vm: &mut Vm, _cls: Value, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(vm, "bool", kw)?;
    arity(vm, "bool", a, 0, 1)?;
    if a.is_empty() {
        return Ok(Value::FALSE);
    }
    Ok(Value::bool(ops::truthy(vm, a[0])?))
}

fn float_new(vm: &mut Vm, _cls: Value, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(vm, "float", kw)?;
    arity(vm, "float", a, 0, 1)?;
    if a.is_empty() {
        return Ok(Value::float(0.0));
    }
    let mut x = a[0];
    if crate::objects::class::has_user_class(x) {
        if let Some(r) = crate::objects::class::float_of(vm, x)? {
            x = r;
        }
    }
    if let Some(p) = crate::objects::subclass::payload_of(x).filter(|p| p.as_str().is_some() || p.is_bytes_like()) {
        x = p;
    }
    match as_num(x) {
        Some(n) => Ok(Value::float(int::num_to_f64(vm, &n)?)),
        None => match crate::objects::subclass::str_like(x) {
            Some(s) => match numfmt::parse_float(s) {
                Some(f) => Ok(Value::float(f)),
                None => {
                    let r = strops::repr(s);
                    Err(vm.value_error(format!("could not convert string to float: {}", r)))
                }
            },
            None => {
                let t = vm.type_name(x);
                Err(vm.type_error(format!("float() argument must be a string or a real number, not '{}'", t)))
            }
        },
    }
}

fn str_new(vm: &mut Vm, _cls: Value, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = bind(vm, "str", a, kw, &["object", "encoding", "errors"], 0)?;
    if p[0].is_null() {
        return Ok(vm.new_str(""));
    }
    if !p[1].is_null() || !p[2].is_null() {
        for (v, what) in [(p[1], "encoding"), (p[2], "errors")] {
            if !v.is_null() && v.as_str().is_none() {
                let t = vm.type_name(v);
                return Err(vm.type_error(format!("str() argument '{}' must be str, not {}", what, t)));
            }
        }
        let Some(data) = crate::objects::bytes::bytes_like(p[0]) else {
            let t = vm.type_name(p[0]);
            return Err(vm.type_error(format!("decoding to str: need a bytes-like object, {} found", t)));
        };
        let (enc, errs) = (p[1].as_str().unwrap_or("utf-8"), p[2].as_str().unwrap_or("strict"));
        let s = crate::objects::codecs::decode(vm, &data, enc, errs)?;
        return Ok(vm.new_string(s));
    }
    if p[0].as_str().is_some() {
        return Ok(p[0]);
    }
    if p[0].is_int() {
        return Ok(vm.new_int_str(p[0].as_int()));
    }
    let s = str_of(vm, p[0])?;
    Ok(vm.new_string(s))
}

fn list_new(vm: &mut Vm, _cls: Value, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(vm, "list", kw)?;
    arity(vm, "list", a, 0, 1)?;
    let items = if a.is_empty() { Vec::new() } else { iter::collect(vm, a[0])? };
    Ok(vm.new_list(items))
}

fn tuple_new(vm: &mut Vm, _cls: Value, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(vm, "tuple", kw)?;
    arity(vm, "tuple", a, 0, 1)?;
    if a.is_empty() {
        return Ok(vm.new_tuple_from(&[]));
    }
    if a[0].as_tuple().is_some() {
        return Ok(a[0]);
    }
    let items = iter::collect(vm, a[0])?;
    Ok(vm.new_tuple(items))
}

fn dict_new(vm: &mut Vm, _cls: Value, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let npos = a.len() - kw.len();
    if npos > 1 {
        return Err(vm.type_error(format!("dict expected at most 1 argument, got {}", npos)));
    }
    let d = vm.new_dict();
    vm.roots.push(d);
    let r = (|| -> PyResult<()> {
        if npos == 1 {
            ops::dict_update(vm, d, a[0])?;
        }
        for (j, k) in kw.iter().enumerate() {
            ops::dict_set(vm, d, *k, a[npos + j])?;
        }
        Ok(())
    })();
    vm.roots.pop();
    r?;
    Ok(d)
}

fn range_new(vm: &mut Vm, _cls: Value, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(vm, "range", kw)?;
    if a.is_empty() {
        return Err(vm.type_error("range expected at least 1 argument, got 0"));
    }
    if a.len() > 3 {
        return Err(vm.type_error(format!("range expected at most 3 arguments, got {}", a.len())));
    }
    let mut n = [0i128; 3];
    for (i, &x) in a.iter().enumerate() {
        n[i] = match as_num(x) {
            Some(Num::Small(v)) => v as i128,
            Some(Num::Big(b)) => match num_traits::ToPrimitive::to_i128(b) {
                Some(v) if v.abs() < (1i128 << 120) => v,
                _ => return Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
            },
            _ => {
                let t = vm.type_name(x);
                return Err(vm.type_error(format!("'{}' object cannot be interpreted as an integer", t)));
            }
        };
    }
    let (start, stop, step) = match a.len() {
        1 => (0, n[0], 1),
        2 => (n[0], n[1], 1),
        _ => (n[0], n[1], n[2]),
    };
    if step == 0 {
        return Err(vm.value_error("range() arg 3 must not be zero"));
    }
    Ok(vm.alloc(ObjKind::Range(Box::new(RangeObj { start, stop, step }))))
}

fn slice_new(vm: &mut Vm, _cls: Value, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(vm, "slice", kw)?;
    arity(vm, "slice", a, 1, 3)?;
    let (start, stop, step) = match a.len() {
        1 => (Value::NONE, a[0], Value::NONE),
        2 => (a[0], a[1], Value::NONE),
        _ => (a[0], a[1], a[2]),
    };
    Ok(vm.alloc(ObjKind::Slice(SliceObj { start, stop, step })))
}

fn enumerate_new(vm: &mut Vm, _cls: Value, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    if a.is_empty() {
        return Err(vm.type_error("enumerate() missing required argument 'iterable'"));
    }
    let p = bind(vm, "enumerate", a, kw, &["iterable", "start"], 1)?;
    let start = if p[1].is_null() { 0 } else { int_arg(vm, p[1])? };
    let it = iter::get_iter(vm, p[0])?;
    Ok(iter::new_iter(vm, IterState::Enumerate { it, count: start }))
}

fn zip_new(vm: &mut Vm, _cls: Value, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let npos = a.len() - kw.len();
    let mut strict = false;
    for (j, k) in kw.iter().enumerate() {
        if k.as_str() == Some("strict") {
            strict = ops::truthy(vm, a[npos + j])?;
        } else {
            let n = k.as_str().unwrap_or("").to_string();
            return Err(vm.type_error(format!("'{}' is an invalid keyword argument for zip()", n)));
        }
    }
    let mut its = Vec::new();
    let mark = vm.roots.len();
    for &x in a[..npos].iter() {
        match iter::get_iter(vm, x) {
            Ok(it) => {
                vm.roots.push(it);
                its.push(it)
            }
            Err(e) => {
                vm.roots.truncate(mark);
                return Err(e);
            }
        }
    }
    vm.roots.truncate(mark);
    Ok(iter::new_iter(vm, IterState::Zip { its, strict }))
}

fn reversed_new(vm: &mut Vm, _cls: Value, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(vm, "reversed", kw)?;
    crate::builtins::args::check_positional(vm, "reversed", a, 1, 1)?;
    let x = a[0];
    match x.kind() {
        Some(ObjKind::List(l)) => {
            let n = l.borrow().len();
            Ok(iter::new_iter(vm, IterState::Reversed { seq: x, next: n }))
        }
        Some(ObjKind::Tuple(t)) => {
            let n = t.len();
            Ok(iter::new_iter(vm, IterState::Reversed { seq: x, next: n }))
        }
        Some(ObjKind::Range(r)) => {
            let len = r.len();
            let last = r.start + (len - 1) * r.step;
            let (start, stop, step) = (last, r.start - r.step, -r.step);
            if len == 0 {
                return Ok(iter::new_iter(vm, IterState::Range { cur: 0, stop: 0, step: 1 }));
            }
            Ok(iter::new_iter(vm, iter::range_state(start, stop, step)))
        }
        Some(ObjKind::Str(_)) | Some(ObjKind::Dict(_)) | Some(ObjKind::DictView(_)) | Some(ObjKind::Bytes(_)) | Some(ObjKind::ByteArray(_)) => {
            let items = iter::collect(vm, x)?;
            let n = items.len();
            let l = vm.new_list(items);
            Ok(iter::new_iter(vm, IterState::Reversed { seq: l, next: n }))
        }
        _ if crate::objects::class::has_user_metaclass(x) && crate::objects::class::special_method(vm, x, "__reversed__").is_some() => {
            // a class whose metaclass defines __reversed__ (an Enum)
            crate::objects::class::call_meta_special(vm, x, "__reversed__", &[])?.ok_or_else(|| vm.type_error("'type' object is not reversible"))
        }
        _ if crate::objects::class::has_user_class(x) => {
            // `__reversed__ = None` says the object is not reversible (a mapping's)
            if crate::objects::class::special_method(vm, x, "__reversed__").is_some_and(|m| m.is_none()) {
                let t = vm.type_name(x);
                return Err(vm.type_error(format!("'{}' object is not reversible", t)));
            }
            if let Some(it) = crate::objects::class::call_special(vm, x, "__reversed__", &[])? {
                return Ok(it);
            }
            let payload = crate::objects::subclass::payload_of(x);
            if let Some(p) = payload.filter(|p| p.as_list().is_some() || p.as_dict().is_some()) {
                // list.__reversed__ and dict.__reversed__ walk the payload
                return reversed_new(vm, _cls, &[p], kw);
            }
            // other sequences (str, tuple...) go through len() and [], which the
            // subclass may override
            let seq = payload.is_some_and(crate::objects::iter::is_iterable)
                || crate::objects::class::special_method(vm, x, "__len__").is_some() && crate::objects::class::special_method(vm, x, "__getitem__").is_some();
            if !seq {
                let t = vm.type_name(x);
                return Err(vm.type_error(format!("'{}' object is not reversible", t)));
            }
            // the sequence protocol: items len-1 down to 0
            let n = crate::objects::ops::len(vm, x)?;
            let acc = vm.new_list(Vec::new());
            vm.roots.push(acc);
            let r = (|| -> PyResult<()> {
                for i in (0..n).rev() {
                    let k = vm.new_int(i as i64);
                    let v = crate::objects::ops::getitem(vm, x, k)?;
                    if let Some(l) = acc.as_list() {
                        l.borrow_mut().push(v);
                    }
                    vm.write_barrier(acc, v);
                }
                Ok(())
            })();
            vm.roots.pop();
            r?;
            Ok(iter::new_iter(vm, IterState::Seq { seq: acc, idx: 0 }))
        }
        _ => {
            let t = vm.type_name(x);
            Err(vm.type_error(format!("'{}' object is not reversible", t)))
        }
    }
}

fn map_new(vm: &mut Vm, _cls: Value, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(vm, "map", kw)?;
    if a.len() < 2 {
        return Err(vm.type_error("map() must have at least two arguments."));
    }
    let mut its = Vec::new();
    let mark = vm.roots.len();
    for &x in &a[1..] {
        let it = iter::get_iter(vm, x);
        match it {
            Ok(it) => {
                vm.roots.push(it);
                its.push(it);
            }
            Err(e) => {
                vm.roots.truncate(mark);
                return Err(e);
            }
        }
    }
    vm.roots.truncate(mark);
    Ok(iter::new_iter(vm, IterState::Map { func: a[0], its }))
}

fn filter_new(vm: &mut Vm, _cls: Value, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(vm, "filter", kw)?;
    if a.len() != 2 {
        return Err(vm.type_error(format!("filter expected 2 arguments, got {}", a.len())));
    }
    let it = iter::get_iter(vm, a[1])?;
    Ok(iter::new_iter(vm, IterState::Filter { func: a[0], it }))
}

/// `types.MethodType(func, obj)`: binds any callable to an instance, as the
/// attribute lookup of a function on an instance does.
fn method_new(vm: &mut Vm, _cls: Value, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(vm, "method", kw)?;
    if a.len() != 2 {
        return Err(vm.type_error(format!("method expected 2 arguments, got {}", a.len())));
    }
    if !super::is_callable(vm, a[0]) {
        return Err(vm.type_error("first argument must be callable"));
    }
    if a[1].is_none() {
        return Err(vm.type_error("instance must not be None"));
    }
    Ok(vm.alloc(ObjKind::BoundMethod(crate::objects::BoundMethod { func: a[0], self_: a[1] })))
}

fn object_new(vm: &mut Vm, _cls: Value, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    if !a.is_empty() {
        return Err(vm.type_error("object() takes no arguments"));
    }
    let cls = vm.types.object;
    Ok(crate::objects::class::new_instance(vm, cls, &[]))
}

fn type_new(vm: &mut Vm, _cls: Value, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(vm, "type", kw)?;
    if a.len() == 1 {
        return Ok(vm.type_of(a[0]));
    }
    if a.len() == 3 {
        let (name, bases) = crate::objects::class::type_new_args(vm, a[0], a[1], a[2])?;
        // the most derived metaclass of the bases makes the class, as CPython's type_new
        let type_t = vm.types.type_;
        let meta = crate::objects::class::most_derived_metaclass(vm, type_t, &bases)?;
        if meta != type_t {
            return crate::objects::class::call_user_class(vm, meta, a, &[]);
        }
        return crate::objects::class::new_class(vm, &name, &bases, a[2]);
    }
    Err(vm.type_error("type() takes 1 or 3 arguments"))
}

/// The builtin side of classes: `property`, `classmethod`, `staticmethod`,
/// `object.__init__`/`__new__`, `BaseException.__init__` and `type.mro`.
fn init_class_support(vm: &mut Vm) {
    use crate::objects::class;
    let t = &vm.types;
    let (prop, cm, sm, object_t, type_t, base_exc) = (t.property, t.classmethod, t.staticmethod, t.object, t.type_, t.base_exception);
    set_ctor(prop, class::property_ctor);
    set_ctor(cm, class::classmethod_ctor);
    set_ctor(sm, class::staticmethod_ctor);
    add_method(vm, prop, "getter", class::property_getter);
    add_method(vm, prop, "setter", class::property_setter);
    add_method(vm, prop, "deleter", class::property_deleter);
    add_method(vm, object_t, "__init__", class::object_init);
    add_method(vm, object_t, "__getattribute__", class::object_getattribute);
    add_method(vm, object_t, "__setattr__", class::object_setattr);
    add_method(vm, object_t, "__delattr__", class::object_delattr);
    add_method(vm, object_t, "__repr__", class::object_repr_method);
    add_method(vm, object_t, "__str__", class::object_str_method);
    add_method(vm, object_t, "__eq__", class::object_eq_method);
    add_method(vm, object_t, "__ne__", class::object_ne_method);
    add_method(vm, object_t, "__hash__", class::object_hash_method);
    add_method(vm, object_t, "__format__", class::object_format_method);
    add_method(vm, base_exc, "__init__", class::exception_init);
    add_method(vm, base_exc, "with_traceback", crate::objects::exception::with_traceback);
    add_method(vm, type_t, "mro", type_mro);
    // object.__new__ is a static method: it takes the class explicitly
    let f = vm.new_builtin("__new__", class::object_new);
    let sm_new = vm.alloc(ObjKind::StaticMethod(f));
    let key = vm.intern("__new__");
    let d = vm.types.object.as_type().map(|t| t.dict).unwrap_or(Value::NONE);
    ops::dict_set_str(vm, d, key, sm_new);
    let type_d = vm.types.type_.as_type().map(|t| t.dict).unwrap_or(Value::NONE);
    let f = vm.new_builtin("__new__", class::type_new_with_meta);
    let sm_type_new = vm.alloc(ObjKind::StaticMethod(f));
    ops::dict_set_str(vm, type_d, key, sm_type_new);
    let type_t = vm.types.type_;
    add_method(vm, type_t, "__init__", class::type_init);
    add_method(vm, type_t, "__call__", class::type_call);
    let f = vm.new_builtin("__init_subclass__", class::object_init_subclass);
    let cm_init = vm.alloc(ObjKind::ClassMethod(f));
    let key = vm.intern("__init_subclass__");
    ops::dict_set_str(vm, d, key, cm_init);
}

fn type_mro(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    match a.first().and_then(|v| v.as_type()) {
        Some(t) => {
            let m = t.mro.borrow().clone();
            Ok(vm.new_list(m))
        }
        None => Err(vm.type_error("descriptor 'mro' of 'type' object needs an argument")),
    }
}

// ================================================================= str methods

fn self_str<'a>(vm: &mut Vm, a: &[Value], name: &str) -> PyResult<&'a str> {
    match a.first().and_then(|v| v.as_str()) {
        Some(s) => Ok(s),
        None => Err(super::args::bad_receiver(vm, "str", name, a.first().copied())),
    }
}

fn strop_err(vm: &mut Vm, e: StrOpError) -> PyErr {
    match e {
        StrOpError::Value(m) => vm.value_error(m),
        StrOpError::Type(m) => vm.type_error(m),
    }
}

fn opt_str<'a>(vm: &mut Vm, fname: &str, v: Value) -> PyResult<Option<&'a str>> {
    if v.is_null() || v.is_none() {
        return Ok(None);
    }
    match crate::objects::subclass::str_like(v) {
        Some(s) => Ok(Some(s)),
        None => {
            let t = vm.type_name(v);
            let _ = fname;
            Err(vm.type_error(format!("must be str or None, not {}", t)))
        }
    }
}

fn opt_index(vm: &mut Vm, v: Value) -> PyResult<Option<i64>> {
    if v.is_null() || v.is_none() {
        return Ok(None);
    }
    match as_num(v) {
        Some(Num::Small(i)) => Ok(Some(i)),
        Some(Num::Big(b)) => Ok(Some(if num_traits::Signed::is_negative(b) { i64::MIN / 2 } else { i64::MAX / 2 })),
        _ => Err(vm.type_error("slice indices must be integers or None or have an __index__ method")),
    }
}

fn str_list(vm: &mut Vm, parts: Vec<&str>) -> Value {
    let vals: Vec<Value> = parts.into_iter().map(|p| vm.new_str(p)).collect();
    vm.new_list(vals)
}

fn str_split(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = bind(vm, "split", a, kw, &["self", "sep", "maxsplit"], 1)?;
    let s = self_str(vm, &p, "split")?;
    let sep = opt_str(vm, "split()", p[1])?;
    let max = if p[2].is_null() { -1 } else { int_arg(vm, p[2])? };
    if let (Some(sep), -1) = (sep, max) {
        if !sep.is_empty() {
            // an explicit separator splits exactly as str::split does; no String copies
            let vals: Vec<Value> = s.split(sep).map(|part| vm.new_str(part)).collect();
            return Ok(vm.new_list(vals));
        }
    }
    let parts = strops::split(s, sep, max).map_err(|e| strop_err(vm, e))?;
    Ok(str_list(vm, parts))
}
fn str_rsplit(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = bind(vm, "rsplit", a, kw, &["self", "sep", "maxsplit"], 1)?;
    let s = self_str(vm, &p, "rsplit")?;
    let sep = opt_str(vm, "rsplit()", p[1])?;
    let max = if p[2].is_null() { -1 } else { int_arg(vm, p[2])? };
    let parts = strops::rsplit(s, sep, max).map_err(|e| strop_err(vm, e))?;
    Ok(str_list(vm, parts))
}
fn str_splitlines(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = bind(vm, "splitlines", a, kw, &["self", "keepends"], 1)?;
    let s = self_str(vm, &p, "splitlines")?;
    let keep = if p[1].is_null() { false } else { ops::truthy(vm, p[1])? };
    let parts = strops::splitlines(s, keep);
    Ok(str_list(vm, parts))
}
fn str_join(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(vm, "join", kw)?;
    method_arity(vm, "str", "join", a, 1, 1)?;
    self_str(vm, a, "join")?;
    let sep = match a[0].as_strobj() {
        Some(o) => o,
        None => return Err(super::args::bad_receiver(vm, "str", "join", a.first().copied())),
    };
    if !iter::is_iterable(a[1]) {
        return Err(vm.type_error("can only join an iterable"));
    }
    // a list or tuple is joined in place; anything else is gathered first, as CPython does
    let joined = match a[1].kind() {
        Some(ObjKind::List(l)) => join_strs(sep, &l.borrow()),
        Some(ObjKind::Tuple(t)) => join_strs(sep, t),
        _ => {
            let items = iter::collect(vm, a[1])?;
            join_strs(sep, &items)
        }
    };
    match joined {
        Ok((out, char_len)) => Ok(vm.alloc(ObjKind::Str(StrObj::from_string_counted(out, char_len)))),
        Err((i, x)) => {
            let t = vm.type_name(x);
            Err(vm.type_error(format!("sequence item {}: expected str instance, {} found", i, t)))
        }
    }
}

/// `sep.join(items)` and its length in code points, built in one allocation of the exact
/// size; or the index and value of the first item that is not a str.
fn join_strs(sep: &StrObj, items: &[Value]) -> Result<(String, usize), (usize, Value)> {
    let sep_bytes = sep.as_str().len() * items.len().saturating_sub(1);
    let sep_chars = sep.char_len() * items.len().saturating_sub(1);
    let (mut bytes, mut chars) = (sep_bytes, sep_chars);
    for (i, &x) in items.iter().enumerate() {
        match crate::objects::subclass::strobj_like(x) {
            Some(s) => {
                bytes += s.as_str().len();
                chars += s.char_len();
            }
            None => return Err((i, x)),
        }
    }
    let mut out = String::with_capacity(bytes);
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep.as_str());
        }
        if let Some(s) = crate::objects::subclass::str_like(*x) {
            out.push_str(s);
        }
    }
    Ok((out, chars))
}
fn strip_common(vm: &mut Vm, a: &[Value], kw: &[Value], name: &str, f: for<'s> fn(&'s str, Option<&'s str>) -> &'s str) -> PyResult<Value> {
    no_kwargs(vm, name, kw)?;
    method_arity(vm, "str", name, a, 0, 1)?;
    let s = self_str(vm, a, name)?;
    let chars = if a.len() == 2 { opt_str(vm, name, a[1])? } else { None };
    let r = f(s, chars);
    if r.len() == s.len() {
        return Ok(a[0]);
    }
    Ok(vm.new_str(r))
}
fn str_strip(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    strip_common(vm, a, kw, "strip", |s, c| strops::strip(s, c))
}
fn str_lstrip(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    strip_common(vm, a, kw, "lstrip", |s, c| strops::lstrip(s, c))
}
fn str_rstrip(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    strip_common(vm, a, kw, "rstrip", |s, c| strops::rstrip(s, c))
}
fn str_replace(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(vm, "replace", kw)?;
    method_arity(vm, "str", "replace", a, 2, 3)?;
    let s = self_str(vm, a, "replace")?;
    let old = str_arg(vm, "replace", a[1])?;
    let new = str_arg(vm, "replace", a[2])?;
    let count = if a.len() == 4 { int_arg(vm, a[3])? } else { -1 };
    let r = strops::replace(s, old, new, count);
    Ok(vm.new_string(r))
}
fn find_args<'a>(vm: &mut Vm, a: &[Value], kw: &[Value], name: &str) -> PyResult<(&'a str, &'a str, Option<i64>, Option<i64>)> {
    no_kwargs(vm, name, kw)?;
    method_arity(vm, "str", name, a, 1, 3)?;
    let s = self_str(vm, a, name)?;
    let sub = match crate::objects::subclass::str_like(a[1]) {
        Some(x) => x,
        None => {
            let t = vm.type_name(a[1]);
            return Err(vm.type_error(format!("must be str, not {}", t)));
        }
    };
    let start = if a.len() > 2 { opt_index(vm, a[2])? } else { None };
    let end = if a.len() > 3 { opt_index(vm, a[3])? } else { None };
    Ok((s, sub, start, end))
}
fn str_find(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (s, sub, st, en) = find_args(vm, a, kw, "find")?;
    Ok(vm.new_int(strops::find(s, sub, st, en)))
}
fn str_rfind(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (s, sub, st, en) = find_args(vm, a, kw, "rfind")?;
    Ok(vm.new_int(strops::rfind(s, sub, st, en)))
}
fn str_index(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (s, sub, st, en) = find_args(vm, a, kw, "index")?;
    match strops::find(s, sub, st, en) {
        -1 => Err(vm.value_error("substring not found")),
        i => Ok(vm.new_int(i)),
    }
}
fn str_rindex(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (s, sub, st, en) = find_args(vm, a, kw, "rindex")?;
    match strops::rfind(s, sub, st, en) {
        -1 => Err(vm.value_error("substring not found")),
        i => Ok(vm.new_int(i)),
    }
}
fn str_count(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (s, sub, st, en) = find_args(vm, a, kw, "count")?;
    Ok(vm.new_int(strops::count(s, sub, st, en) as i64))
}
fn prefix_common(vm: &mut Vm, a: &[Value], kw: &[Value], name: &str, f: fn(&str, &str, Option<i64>, Option<i64>) -> bool) -> PyResult<Value> {
    no_kwargs(vm, name, kw)?;
    method_arity(vm, "str", name, a, 1, 3)?;
    let s = self_str(vm, a, name)?;
    let start = if a.len() > 2 { opt_index(vm, a[2])? } else { None };
    let end = if a.len() > 3 { opt_index(vm, a[3])? } else { None };
    if let Some(t) = a[1].as_tuple() {
        for &x in t.iter() {
            match crate::objects::subclass::str_like(x) {
                Some(p) => {
                    if f(s, p, start, end) {
                        return Ok(Value::TRUE);
                    }
                }
                None => {
                    let tn = vm.type_name(x);
                    return Err(vm.type_error(format!("tuple for {} must only contain str, not {}", name, tn)));
                }
            }
        }
        return Ok(Value::FALSE);
    }
    match crate::objects::subclass::str_like(a[1]) {
        Some(p) => Ok(Value::bool(f(s, p, start, end))),
        None => {
            let tn = vm.type_name(a[1]);
            Err(vm.type_error(format!("{} first arg must be str or a tuple of str, not {}", name, tn)))
        }
    }
}
fn str_startswith(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    prefix_common(vm, a, kw, "startswith", strops::startswith)
}
fn str_endswith(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    prefix_common(vm, a, kw, "endswith", strops::endswith)
}
fn map_common(vm: &mut Vm, a: &[Value], kw: &[Value], name: &str, f: fn(&str) -> String) -> PyResult<Value> {
    no_kwargs(vm, name, kw)?;
    method_arity(vm, "str", name, a, 0, 0)?;
    let s = self_str(vm, a, name)?;
    let r = f(s);
    Ok(vm.new_string(r))
}
/// `map_common` for a case mapping that maps ASCII text byte by byte: short ASCII
/// results are built on the stack, without a heap String.
fn case_map_common(vm: &mut Vm, a: &[Value], kw: &[Value], name: &str, f: fn(&str) -> String, ascii: fn(u8) -> u8) -> PyResult<Value> {
    if let Some(so) = a.first().and_then(|v| v.as_strobj()) {
        if a.len() == 1 && kw.is_empty() && so.is_ascii() && so.byte_len() <= crate::objects::STR_INLINE {
            let mut buf = [0u8; crate::objects::STR_INLINE];
            let n = so.byte_len();
            for (d, &b) in buf.iter_mut().zip(so.as_str().as_bytes()) {
                *d = ascii(b);
            }
            // ASCII mapped to ASCII is valid UTF-8
            return Ok(vm.new_str(std::str::from_utf8(&buf[..n]).unwrap_or_default()));
        }
    }
    map_common(vm, a, kw, name, f)
}
fn str_upper(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    case_map_common(vm, a, kw, "upper", strops::upper, |b| b.to_ascii_uppercase())
}
fn str_lower(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    case_map_common(vm, a, kw, "lower", strops::lower, |b| b.to_ascii_lowercase())
}
fn str_casefold(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    map_common(vm, a, kw, "casefold", strops::casefold)
}
fn str_capitalize(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    map_common(vm, a, kw, "capitalize", strops::capitalize)
}
fn str_title(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    map_common(vm, a, kw, "title", strops::title)
}
fn str_swapcase(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    map_common(vm, a, kw, "swapcase", strops::swapcase)
}
fn pred_common(vm: &mut Vm, a: &[Value], kw: &[Value], name: &str, f: fn(&str) -> bool) -> PyResult<Value> {
    no_kwargs(vm, name, kw)?;
    method_arity(vm, "str", name, a, 0, 0)?;
    let s = self_str(vm, a, name)?;
    Ok(Value::bool(f(s)))
}
fn str_isdigit(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    pred_common(vm, a, kw, "isdigit", strops::is_digit)
}
fn str_isdecimal(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    pred_common(vm, a, kw, "isdecimal", strops::is_decimal)
}
fn str_isnumeric(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    pred_common(vm, a, kw, "isnumeric", strops::is_numeric)
}
fn str_isalpha(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    pred_common(vm, a, kw, "isalpha", strops::is_alpha)
}
fn str_isalnum(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    pred_common(vm, a, kw, "isalnum", strops::is_alnum)
}
fn str_isspace(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    pred_common(vm, a, kw, "isspace", strops::is_space)
}
fn str_isupper(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    pred_common(vm, a, kw, "isupper", strops::is_upper)
}
fn str_islower(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    pred_common(vm, a, kw, "islower", strops::is_lower)
}
fn str_istitle(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    pred_common(vm, a, kw, "istitle", strops::is_title)
}
fn str_isidentifier(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    pred_common(vm, a, kw, "isidentifier", strops::is_identifier)
}
fn str_isprintable(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    pred_common(vm, a, kw, "isprintable", strops::is_printable)
}
fn str_isascii(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    pred_common(vm, a, kw, "isascii", strops::is_ascii_str)
}
fn justify(vm: &mut Vm, a: &[Value], kw: &[Value], name: &str, f: fn(&str, i64, char) -> String) -> PyResult<Value> {
    no_kwargs(vm, name, kw)?;
    method_arity(vm, "str", name, a, 1, 2)?;
    let s = self_str(vm, a, name)?;
    let w = int_arg(vm, a[1])?;
    if w > (1 << 31) {
        let c = vm.types.memory_error;
        return Err(PyErr(vm.new_exc_args(c, vec![])));
    }
    let fill = if a.len() == 3 {
        match a[2].as_strobj() {
            Some(f) if f.char_len() == 1 => f.as_str().chars().next().unwrap_or(' '),
            _ => return Err(vm.type_error("The fill character must be exactly one character long")),
        }
    } else {
        ' '
    };
    let r = f(s, w, fill);
    Ok(vm.new_string(r))
}
fn str_center(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    justify(vm, a, kw, "center", strops::center)
}
fn str_ljust(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    justify(vm, a, kw, "ljust", strops::ljust)
}
fn str_rjust(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    justify(vm, a, kw, "rjust", strops::rjust)
}
fn str_zfill(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(vm, "zfill", kw)?;
    method_arity(vm, "str", "zfill", a, 1, 1)?;
    let s = self_str(vm, a, "zfill")?;
    let w = int_arg(vm, a[1])?.min(1 << 31);
    let r = strops::zfill(s, w);
    Ok(vm.new_string(r))
}
fn str_expandtabs(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = bind(vm, "expandtabs", a, kw, &["self", "tabsize"], 1)?;
    let s = self_str(vm, &p, "expandtabs")?;
    let t = if p[1].is_null() { 8 } else { int_arg(vm, p[1])?.min(1 << 20) };
    let r = strops::expandtabs(s, t);
    Ok(vm.new_string(r))
}
fn partition_common(vm: &mut Vm, a: &[Value], kw: &[Value], name: &str, f: fn(&str, &str) -> Result<(String, String, String), StrOpError>) -> PyResult<Value> {
    no_kwargs(vm, name, kw)?;
    method_arity(vm, "str", name, a, 1, 1)?;
    let s = self_str(vm, a, name)?;
    let sep = match crate::objects::subclass::str_like(a[1]) {
        Some(x) => x,
        None => {
            let t = vm.type_name(a[1]);
            return Err(vm.type_error(format!("must be str, not {}", t)));
        }
    };
    let (x, y, z) = f(s, sep).map_err(|e| strop_err(vm, e))?;
    let parts = vec![vm.new_string(x), vm.new_string(y), vm.new_string(z)];
    Ok(vm.new_tuple(parts))
}
fn str_partition(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    partition_common(vm, a, kw, "partition", strops::partition)
}
fn str_rpartition(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    partition_common(vm, a, kw, "rpartition", strops::rpartition)
}
fn str_removeprefix(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(vm, "removeprefix", kw)?;
    method_arity(vm, "str", "removeprefix", a, 1, 1)?;
    let s = self_str(vm, a, "removeprefix")?;
    let p = str_arg(vm, "removeprefix", a[1])?;
    match s.strip_prefix(p) {
        Some(r) => Ok(vm.new_str(r)),
        None => Ok(a[0]),
    }
}
fn str_removesuffix(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(vm, "removesuffix", kw)?;
    method_arity(vm, "str", "removesuffix", a, 1, 1)?;
    let s = self_str(vm, a, "removesuffix")?;
    let p = str_arg(vm, "removesuffix", a[1])?;
    match s.strip_suffix(p) {
        Some(r) if !p.is_empty() => Ok(vm.new_str(r)),
        _ => Ok(a[0]),
    }
}
fn str_format(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = self_str(vm, a, "format")?;
    let r = strfmt::str_format_method(vm, s, &a[1..], kw)?;
    Ok(vm.new_string(r))
}

// ================================================================= list methods

fn self_list<'a>(vm: &mut Vm, a: &[Value], name: &str) -> PyResult<&'a std::cell::RefCell<Vec<Value>>> {
    match a.first().and_then(|v| v.as_list()) {
        Some(l) => Ok(l),
        None => Err(super::args::bad_receiver(vm, "list", name, a.first().copied())),
    }
}

fn list_append(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(vm, "append", kw)?;
    method_arity(vm, "list", "append", a, 1, 1)?;
    self_list(vm, a, "append")?.borrow_mut().push(a[1]);
    vm.write_barrier(a[0], a[1]);
    Ok(Value::NONE)
}
fn list_extend(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(vm, "extend", kw)?;
    method_arity(vm, "list", "extend", a, 1, 1)?;
    let items = iter::collect(vm, a[1])?;
    let l = self_list(vm, a, "extend")?;
    vm.write_barrier_all(a[0], &items);
    l.borrow_mut().extend(items);
    Ok(Value::NONE)
}
fn list_insert(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(vm, "insert", kw)?;
    if a.len() != 3 {
        return Err(vm.type_error(format!("insert expected 2 arguments, got {}", a.len().saturating_sub(1))));
    }
    let i = int_arg(vm, a[1])?;
    let l = self_list(vm, a, "insert")?;
    let mut l = l.borrow_mut();
    let n = l.len() as i64;
    let i = if i < 0 { (i + n).max(0) } else { i.min(n) };
    l.insert(i as usize, a[2]);
    drop(l);
    vm.write_barrier(a[0], a[2]);
    Ok(Value::NONE)
}
fn list_pop(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(vm, "pop", kw)?;
    method_arity(vm, "list", "pop", a, 0, 1)?;
    let l = self_list(vm, a, "pop")?;
    let n = l.borrow().len();
    if n == 0 {
        return Err(vm.index_error("pop from empty list"));
    }
    let i = if a.len() == 2 { int_arg(vm, a[1])? } else { -1 };
    match ops::norm_index(i, n) {
        Some(i) => Ok(l.borrow_mut().remove(i)),
        None => Err(vm.index_error("pop index out of range")),
    }
}
fn list_remove(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(vm, "remove", kw)?;
    method_arity(vm, "list", "remove", a, 1, 1)?;
    let l = self_list(vm, a, "remove")?;
    let items = l.borrow().clone();
    for (i, &x) in items.iter().enumerate() {
        if ops::eq(vm, x, a[1])? {
            let mut lm = l.borrow_mut();
            if i < lm.len() {
                lm.remove(i);
            }
            return Ok(Value::NONE);
        }
    }
    Err(vm.value_error("list.remove(x): x not in list"))
}
fn seq_items(vm: &mut Vm, v: Value) -> PyResult<Vec<Value>> {
    iter::collect(vm, v)
}
fn seq_index(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(vm, "index", kw)?;
    method_arity(vm, "list", "index", a, 1, 3)?;
    let items = seq_items(vm, a[0])?;
    let n = items.len();
    let norm = |i: i64| -> usize {
        if i < 0 {
            (i + n as i64).max(0) as usize
        } else {
            (i as usize).min(n)
        }
    };
    let start = if a.len() > 2 { norm(opt_index(vm, a[2])?.unwrap_or(0)) } else { 0 };
    let end = if a.len() > 3 { norm(opt_index(vm, a[3])?.unwrap_or(n as i64)) } else { n };
    for (i, &x) in items.iter().enumerate().take(end).skip(start) {
        if ops::eq(vm, x, a[1])? {
            return Ok(vm.new_int(i as i64));
        }
    }
    if a[0].as_list().is_some() {
        let r = crate::objects::repr::repr(vm, a[1])?;
        return Err(vm.value_error(format!("{} is not in list", r)));
    }
    if a[0].as_tuple().is_some() {
        return Err(vm.value_error("tuple.index(x): x not in tuple"));
    }
    let r = crate::objects::repr::repr(vm, a[1])?;
    Err(vm.value_error(format!("{} is not in range", r)))
}
fn seq_count(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(vm, "count", kw)?;
    method_arity(vm, "list", "count", a, 1, 1)?;
    let items = seq_items(vm, a[0])?;
    let mut c = 0;
    for &x in &items {
        if ops::eq(vm, x, a[1])? {
            c += 1;
        }
    }
    Ok(vm.new_int(c))
}
fn list_reverse(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(vm, "reverse", kw)?;
    method_arity(vm, "list", "reverse", a, 0, 0)?;
    self_list(vm, a, "reverse")?.borrow_mut().reverse();
    Ok(Value::NONE)
}
fn list_copy(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(vm, "copy", kw)?;
    method_arity(vm, "list", "copy", a, 0, 0)?;
    let items = self_list(vm, a, "copy")?.borrow().clone();
    Ok(vm.new_list(items))
}
fn list_clear(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(vm, "clear", kw)?;
    method_arity(vm, "list", "clear", a, 0, 0)?;
    self_list(vm, a, "clear")?.borrow_mut().clear();
    Ok(Value::NONE)
}

// ================================================================= dict methods

fn self_dict(vm: &mut Vm, a: &[Value], name: &str) -> PyResult<Value> {
    match a.first() {
        Some(v) if v.as_dict().is_some() => Ok(*v),
        _ => Err(super::args::bad_receiver(vm, "dict", name, a.first().copied())),
    }
}

fn dict_get(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(vm, "get", kw)?;
    method_arity(vm, "dict", "get", a, 1, 2)?;
    let d = self_dict(vm, a, "get")?;
    Ok(ops::dict_get(vm, d, a[1])?.unwrap_or(if a.len() == 3 { a[2] } else { Value::NONE }))
}
fn view(vm: &mut Vm, a: &[Value], kw: &[Value], name: &str, kind: ViewKind) -> PyResult<Value> {
    no_kwargs(vm, name, kw)?;
    method_arity(vm, "dict", name, a, 0, 0)?;
    let d = self_dict(vm, a, name)?;
    Ok(vm.alloc(ObjKind::DictView(DictView { dict: d, kind })))
}
fn dict_keys(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    view(vm, a, kw, "keys", ViewKind::Keys)
}
fn dict_values(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    view(vm, a, kw, "values", ViewKind::Values)
}
fn dict_items(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    view(vm, a, kw, "items", ViewKind::Items)
}
fn dict_pop(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(vm, "pop", kw)?;
    method_arity(vm, "dict", "pop", a, 1, 2)?;
    let d = self_dict(vm, a, "pop")?;
    let h = ops::hash(vm, a[1])?;
    let key = ops::dict_key(vm, d, h, a[1])?;
    let r = d.as_dict().and_then(|dd| dd.borrow_mut().remove(h, key));
    match r {
        Some((_, v)) => Ok(v),
        None if a.len() == 3 => Ok(a[2]),
        None => Err(vm.key_error(a[1])),
    }
}
fn dict_popitem(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(vm, "popitem", kw)?;
    method_arity(vm, "dict", "popitem", a, 0, 0)?;
    let d = self_dict(vm, a, "popitem")?;
    let r = d.as_dict().and_then(|dd| dd.borrow_mut().pop_last());
    match r {
        Some((k, v)) => Ok(vm.new_tuple_from(&[k, v])),
        None => {
            let c = vm.types.key_error;
            Err(vm.err(c, "popitem(): dictionary is empty"))
        }
    }
}
fn dict_setdefault(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(vm, "setdefault", kw)?;
    method_arity(vm, "dict", "setdefault", a, 1, 2)?;
    let d = self_dict(vm, a, "setdefault")?;
    if let Some(v) = ops::dict_get(vm, d, a[1])? {
        return Ok(v);
    }
    let dv = if a.len() == 3 { a[2] } else { Value::NONE };
    ops::dict_set(vm, d, a[1], dv)?;
    Ok(dv)
}
fn dict_update(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let npos = a.len() - kw.len();
    if npos > 2 {
        return Err(vm.type_error(format!("update expected at most 1 argument, got {}", npos - 1)));
    }
    let d = self_dict(vm, a, "update")?;
    if npos == 2 {
        ops::dict_update(vm, d, a[1])?;
    }
    for (j, k) in kw.iter().enumerate() {
        ops::dict_set(vm, d, *k, a[npos + j])?;
    }
    Ok(Value::NONE)
}
fn dict_copy(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(vm, "copy", kw)?;
    method_arity(vm, "dict", "copy", a, 0, 0)?;
    let d = self_dict(vm, a, "copy")?;
    let n = vm.new_dict();
    ops::dict_update(vm, n, d)?;
    Ok(n)
}
fn dict_clear(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(vm, "clear", kw)?;
    method_arity(vm, "dict", "clear", a, 0, 0)?;
    let d = self_dict(vm, a, "clear")?;
    if let Some(dd) = d.as_dict() {
        dd.borrow_mut().clear();
    }
    Ok(Value::NONE)
}
// ================================================================= numbers

fn int_bit_length(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(vm, "bit_length", kw)?;
    method_arity(vm, "int", "bit_length", a, 0, 0)?;
    let b = int::to_bigint(a[0]).unwrap_or_default();
    Ok(vm.new_int(b.bits() as i64))
}
fn int_conjugate(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(vm, "conjugate", kw)?;
    method_arity(vm, "int", "conjugate", a, 0, 0)?;
    let b: BigInt = int::to_bigint(a[0]).unwrap_or_default();
    Ok(vm.new_int_big(b))
}
fn float_is_integer(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(vm, "is_integer", kw)?;
    method_arity(vm, "float", "is_integer", a, 0, 0)?;
    let f = a[0].as_float();
    Ok(Value::bool(f.is_finite() && f.fract() == 0.0))
}
fn float_conjugate(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(vm, "conjugate", kw)?;
    method_arity(vm, "float", "conjugate", a, 0, 0)?;
    Ok(a[0])
}
fn float_as_integer_ratio(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(vm, "as_integer_ratio", kw)?;
    method_arity(vm, "float", "as_integer_ratio", a, 0, 0)?;
    let f = a[0].as_float();
    if f.is_nan() {
        return Err(vm.value_error("cannot convert NaN to integer ratio"));
    }
    if f.is_infinite() {
        return Err(vm.overflow_error("cannot convert Infinity to integer ratio"));
    }
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7FF) as i64;
    let mut mant = (bits & ((1 << 52) - 1)) as i64;
    let mut e = if exp == 0 {
        -1074
    } else {
        mant |= 1 << 52;
        exp - 1075
    };
    if mant == 0 {
        let z = Value::small_int(0);
        let o = Value::small_int(1);
        return Ok(vm.new_tuple_from(&[z, o]));
    }
    while mant & 1 == 0 && e < 0 {
        mant >>= 1;
        e += 1;
    }
    let sign = if f < 0.0 { -1 } else { 1 };
    let (n, d) =
        if e >= 0 { (BigInt::from(mant * sign) << e as usize, BigInt::from(1)) } else { (BigInt::from(mant * sign), BigInt::from(1) << (-e) as usize) };
    let nv = vm.new_int_big(n);
    let dv = vm.new_int_big(d);
    Ok(vm.new_tuple_from(&[nv, dv]))
}
