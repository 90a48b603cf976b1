//! The runtime side of `match` statements: which subjects count as sequences and
//! mappings, class patterns with `__match_args__`, and the `**rest` of a mapping
//! pattern. The compiler (`compile_pattern` in `compiler/emit.rs`) turns each
//! pattern into tests on these.

use super::ObjKind;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// A subject a sequence pattern can match: list, tuple, range (never str, bytes or
/// dict), or an instance of a class derived from list or tuple.
pub fn is_sequence(vm: &mut Vm, v: Value) -> bool {
    match v.kind() {
        Some(ObjKind::List(_)) | Some(ObjKind::Tuple(_)) | Some(ObjKind::Range(_)) => true,
        Some(ObjKind::Instance(_)) => {
            let t = vm.type_of(v);
            let (l, tu) = (vm.types.list, vm.types.tuple);
            t.as_type().is_some_and(|t| t.is_subtype_of(l) || t.is_subtype_of(tu))
        }
        _ => false,
    }
}

/// A subject a mapping pattern can match: a dict, or an instance of a dict subclass.
pub fn is_mapping(v: Value) -> bool {
    matches!(super::subclass::payload_or_self(v).kind(), Some(ObjKind::Dict(_)))
}

/// `isinstance(subject, cls)` for a class pattern.
pub fn is_instance_of_pattern(vm: &mut Vm, subject: Value, cls: Value) -> PyResult<bool> {
    if cls.as_type().is_none() {
        return Err(vm.type_error("called match pattern must be a type"));
    }
    Ok(vm.is_instance(subject, cls))
}

/// Builtin classes whose single positional sub-pattern matches the subject itself, and
/// their subclasses (CPython's inherited `Py_TPFLAGS_MATCH_SELF`).
fn matches_self(vm: &Vm, cls: Value) -> bool {
    let t = &vm.types;
    [t.int, t.float, t.str_, t.bool_, t.list, t.tuple, t.dict, t.bytes, t.bytearray, t.set, t.frozenset].contains(&cls)
        || cls.as_type().is_some_and(|c| !c.payload_base.is_null())
}

/// The value the `index`-th of `given` positional sub-patterns of class pattern
/// `cls(...)` is matched against, or None when the subject lacks the attribute (the
/// pattern fails). `__match_args__` names the attributes.
/// `kw_names` (a tuple, or None) names the keyword sub-patterns: an attribute named
/// twice is an error.
pub fn positional_attr(vm: &mut Vm, subject: Value, cls: Value, index: usize, given: usize, kw_names: Value) -> PyResult<Option<Value>> {
    let cname = cls.as_type().map(|t| t.name.clone()).unwrap_or_default();
    let too_many =
        |vm: &mut Vm, n: usize| vm.type_error(format!("{}() accepts {} positional sub-pattern{} ({} given)", cname, n, if n == 1 { "" } else { "s" }, given));
    let key = vm.intern("__match_args__");
    let args = cls.as_type().and_then(|t| t.lookup(key));
    let names: Vec<Value> = match args {
        Some(a) => match a.as_tuple() {
            Some(t) => t.to_vec(),
            None => {
                let tn = vm.type_name(a);
                return Err(vm.type_error(format!("{}.__match_args__ must be a tuple (got {})", cname, tn)));
            }
        },
        None if matches_self(vm, cls) => {
            if given > 1 {
                return Err(too_many(vm, 1));
            }
            return Ok(Some(subject));
        }
        None => Vec::new(),
    };
    if given > names.len() {
        return Err(too_many(vm, names.len()));
    }
    let name = names[index];
    let text = match name.as_str() {
        Some(t) => t,
        None => {
            let tn = vm.type_name(name);
            return Err(vm.type_error(format!("__match_args__ elements must be strings (got {})", tn)));
        }
    };
    if names[..index].iter().any(|n| n.as_str() == Some(text)) {
        return Err(vm.type_error(format!("{}() got multiple sub-patterns for attribute '{}'", cname, text)));
    }
    let found = keyword_attr(vm, subject, name)?;
    // once every positional attribute was found, the keyword sub-patterns' names are
    // checked against them (CPython looks those up next)
    if found.is_some() && index + 1 == given {
        if let Some(kws) = kw_names.as_tuple() {
            let dup = kws.iter().filter_map(|k| k.as_str()).find(|k| names[..given].iter().any(|n| n.as_str() == Some(k)));
            if let Some(k) = dup {
                let k = k.to_string();
                return Err(vm.type_error(format!("{}() got multiple sub-patterns for attribute '{}'", cname, k)));
            }
        }
    }
    Ok(found)
}

/// `subject.name` for a keyword sub-pattern, None when it has no such attribute.
pub fn keyword_attr(vm: &mut Vm, subject: Value, name: Value) -> PyResult<Option<Value>> {
    // attribute lookups key on interned names; `__match_args__` holds plain strs
    let name = match name.as_str() {
        Some(s) => vm.intern(s),
        None => name,
    };
    match super::attr::getattr(vm, subject, name) {
        Ok(v) => Ok(Some(v)),
        Err(e) if vm.is_instance(e.0, vm.types.attribute_error) => Ok(None),
        Err(e) => Err(e),
    }
}

/// `**rest` of a mapping pattern: a new dict of the subject's items but `keys`.
pub fn dict_without(vm: &mut Vm, subject: Value, keys: Value) -> PyResult<Value> {
    let items: Vec<(Value, Value)> = match super::subclass::payload_or_self(subject).as_dict() {
        Some(d) => d.borrow().iter().collect(),
        None => Vec::new(),
    };
    let skip: Vec<Value> = keys.as_tuple().map(|t| t.to_vec()).unwrap_or_default();
    let out = vm.new_dict();
    vm.roots.push(out);
    let mut r = Ok(());
    'items: for (k, v) in items {
        for &s in &skip {
            match super::ops::eq(vm, k, s) {
                Ok(true) => continue 'items,
                Ok(false) => {}
                Err(e) => {
                    r = Err(e);
                    break 'items;
                }
            }
        }
        if let Err(e) = super::ops::setitem(vm, out, k, v) {
            r = Err(e);
            break;
        }
    }
    vm.roots.pop();
    r.map(|_| out)
}
