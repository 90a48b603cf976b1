//! `str.translate` and the static method `str.maketrans`, which builds its tables.

use super::args::no_kwargs;
use crate::objects::types::add_method;
use crate::objects::{ops, ObjKind};
use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};

pub fn init(vm: &mut Vm) {
    let str_t = vm.types.str_;
    add_method(vm, str_t, "translate", str_translate);
    // a static method: `str.maketrans(...)` and `"".maketrans(...)` take no receiver
    let f = vm.new_builtin("maketrans", str_maketrans);
    let sm = vm.alloc(ObjKind::StaticMethod(f));
    let key = vm.intern("maketrans");
    if let Some(d) = str_t.as_type().map(|t| t.dict) {
        ops::dict_set_str(vm, d, key, sm);
    }
}

/// `s.translate(table)`: each character's code point looked up in `table` (any
/// object with `__getitem__`); a LookupError keeps the character, None deletes it,
/// an int or a str replaces it.
fn str_translate(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("str.translate() takes no keyword arguments"));
    }
    if a.len() != 2 {
        let n = a.len().saturating_sub(1);
        return Err(vm.type_error(format!("str.translate() takes exactly one argument ({} given)", n)));
    }
    let s = match a[0].as_str() {
        Some(s) => s,
        None => return Err(super::args::bad_receiver(vm, "str", "translate", Some(a[0]))),
    };
    let table = a[1];
    let exact_dict = table.as_dict().is_some();
    let lookup_error = vm.types.lookup_error;
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let key = Value::small_int(c as i64);
        let mapped = if exact_dict {
            ops::dict_get(vm, table, key)?
        } else {
            match ops::getitem(vm, table, key) {
                Ok(v) => Some(v),
                Err(e) if vm.is_instance(e.0, lookup_error) => None,
                Err(e) => return Err(e),
            }
        };
        match mapped {
            None => out.push(c),
            Some(v) if v.is_none() => {}
            Some(v) => match crate::objects::subclass::str_like(v) {
                Some(t) => out.push_str(t),
                None if v.is_any_int() => match crate::objects::int::to_i64(v).and_then(|n| u32::try_from(n).ok()).and_then(char::from_u32) {
                    Some(ch) => out.push(ch),
                    None => return Err(mapping_range_error(vm, v)),
                },
                None => return Err(vm.type_error("character mapping must return integer, None or str")),
            },
        }
    }
    Ok(vm.new_string(out))
}

#[cold]
fn mapping_range_error(vm: &mut Vm, v: Value) -> PyErr {
    match crate::objects::int::to_i64(v) {
        // a code point in range that a Rust string cannot hold (a lone surrogate)
        Some(n) if (0xD800..0xE000).contains(&n) => vm.value_error("PVM strs cannot hold lone surrogates (character mapping to a surrogate)"),
        _ => vm.value_error("character mapping must be in range(0x110000)"),
    }
}

/// `str.maketrans(x[, y[, z]])`: a dict from code points to code points, strs or None.
fn str_maketrans(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(vm, "maketrans", kw)?;
    if a.is_empty() || a.len() > 3 {
        return Err(arity_error(vm, a.len()));
    }
    let table = vm.new_dict();
    vm.roots.push(table);
    let r = fill_table(vm, table, a);
    vm.roots.pop();
    r.map(|_| table)
}

#[cold]
fn arity_error(vm: &mut Vm, n: usize) -> PyErr {
    if n == 0 {
        vm.type_error("maketrans expected at least 1 argument, got 0")
    } else {
        vm.type_error(format!("maketrans expected at most 3 arguments, got {}", n))
    }
}

fn fill_table(vm: &mut Vm, table: Value, a: &[Value]) -> PyResult<()> {
    if a.len() == 1 {
        let src = a[0];
        let items: Vec<(Value, Value)> = match src.as_dict() {
            Some(d) => d.borrow().iter().collect(),
            None => return Err(vm.type_error("if you give only one argument to maketrans it must be a dict")),
        };
        for (k, v) in items {
            let key = match (k.as_str(), k.is_any_int()) {
                (Some(s), _) => {
                    let mut cs = s.chars();
                    match (cs.next(), cs.next()) {
                        (Some(c), None) => Value::small_int(c as i64),
                        _ => return Err(vm.value_error("string keys in translate table must be of length 1")),
                    }
                }
                (None, true) => k,
                (None, false) => return Err(vm.type_error("keys in translate table must be strings or integers")),
            };
            ops::dict_set(vm, table, key, v)?;
        }
        return Ok(());
    }
    let x = match a[0].as_str() {
        Some(x) => x,
        None => return Err(vm.type_error("first maketrans argument must be a string if there is a second argument")),
    };
    let y = str_argument(vm, a[1], 2)?;
    if x.chars().count() != y.chars().count() {
        return Err(vm.value_error("the first two maketrans arguments must have equal length"));
    }
    let z = match a.get(2) {
        Some(&v) => Some(str_argument(vm, v, 3)?),
        None => None,
    };
    for (cx, cy) in x.chars().zip(y.chars()) {
        ops::dict_set(vm, table, Value::small_int(cx as i64), Value::small_int(cy as i64))?;
    }
    for c in z.unwrap_or("").chars() {
        ops::dict_set(vm, table, Value::small_int(c as i64), Value::NONE)?;
    }
    Ok(())
}

fn str_argument<'a>(vm: &mut Vm, v: Value, pos: usize) -> PyResult<&'a str> {
    match v.as_str() {
        Some(s) => Ok(s),
        None => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!("maketrans() argument {} must be str, not {}", pos, t)))
        }
    }
}
