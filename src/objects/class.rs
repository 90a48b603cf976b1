//! Classes defined in Python: the class statement's builder, C3 linearization,
//! instances and their attribute protocol (descriptors: functions, `property`,
//! `classmethod`, `staticmethod`, user `__get__`/`__set__`), `super()`, and calls of
//! special methods that a class defines in Python.

use super::{BoundMethod, BuiltinFn, ObjKind};
use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};
use std::cell::Cell;

/// An instance of a class defined in Python (other than an exception class).
pub struct InstanceObj {
    pub class: Value,
    /// Which attribute each slot holds: an index into the VM's shapes, or
    /// `shape::DICT_MODE` once the attributes live in a dict.
    pub shape: Cell<u32>,
    /// The attribute values, in the shape's order: a thin vector (one pointer), so the
    /// instance fits in its heap slot with no box of its own. In dict mode: the values
    /// of the members declared along the MRO (`__slots__`), by member index, then the
    /// instance's `__dict__` if it has one (`InstanceObj::dict`); keeping the dict here
    /// rather than in a field of its own keeps every heap object 8 bytes smaller.
    pub slots: std::cell::RefCell<thin_vec::ThinVec<Value>>,
    /// For an instance of a subclass of a builtin type such as list, dict, str or int:
    /// the builtin value it is (an exact list, dict, str, int...), which the builtin
    /// methods and operators act on (`objects::subclass`). NULL for other instances.
    pub payload: Value,
}

/// `property(fget, fset, fdel, doc)`.
pub struct PropertyObj {
    pub fget: Value,
    pub fset: Value,
    pub fdel: Value,
    pub doc: Value,
    /// The attribute name, given by `__set_name__` when the class is created (NULL
    /// for a property attached later); used in error messages.
    pub name: Cell<Value>,
}

/// CPython's wording for a missing property function: "property 'x' of 'C' object
/// has no setter", without the name when the property never learned it.
fn property_error(vm: &mut Vm, p: &PropertyObj, obj: Value, what: &str) -> PyErr {
    let tn = vm.type_name(obj);
    match p.name.get().as_str() {
        Some(n) => {
            let n = n.to_string();
            vm.attr_error(format!("property '{}' of '{}' object has no {}", n, tn, what))
        }
        None => vm.attr_error(format!("property of '{}' object has no {}", tn, what)),
    }
}

/// `super(this, obj)`: attribute lookups start after `this` in the MRO of `obj`'s
/// class (or of `obj` itself when it is a class, for classmethods).
pub struct SuperObj {
    pub this: Value,
    pub obj: Value,
}

// ---------------------------------------------------------------- class creation

/// `__build_class__(body, name, *bases, **keywords)`: runs the class body with a fresh
/// namespace, then makes the class from it.
pub fn build_class(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let npos = a.len() - kw.len();
    if npos < 2 {
        return Err(vm.type_error("__build_class__: not enough arguments"));
    }
    let (body, name) = (a[0], a[1]);
    let (bases, replaced) = super::mro_entries::resolve_bases(vm, &a[2..npos])?;
    // the class statement's own bases, recorded when `__mro_entries__` replaced some
    // (allocation does not collect, so the replacements `resolve_bases` no longer
    // roots are still alive here; the tuple keeps them so while the body runs)
    let (orig_bases, resolved) = if replaced { (vm.new_tuple(a[2..npos].to_vec()), vm.new_tuple(bases.clone())) } else { (Value::NULL, Value::NULL) };
    vm.roots.push(orig_bases);
    vm.roots.push(resolved);
    let r = build_class_from(vm, body, name, &bases, orig_bases, a, kw, npos);
    vm.roots.truncate(vm.roots.len() - 2);
    r
}

#[allow(clippy::too_many_arguments)]
fn build_class_from(vm: &mut Vm, body: Value, name: Value, bases: &[Value], orig_bases: Value, a: &[Value], kw: &[Value], npos: usize) -> PyResult<Value> {
    let bases: Vec<Value> = bases.to_vec();
    let mut init_kw: Vec<(Value, Value)> = Vec::new();
    let mut explicit_meta = None;
    for (i, &k) in kw.iter().enumerate() {
        let v = a[npos + i];
        if k.as_str() == Some("metaclass") {
            explicit_meta = Some(v);
        } else {
            init_kw.push((k, v));
        }
    }
    let meta = match explicit_meta {
        // any callable may stand in for a metaclass
        Some(m) if m.as_type().is_none() => m,
        m => most_derived_metaclass(vm, m.unwrap_or(vm.types.type_), &bases)?,
    };
    if meta != vm.types.type_ {
        return build_with_metaclass(vm, meta, body, name, &bases, &init_kw, orig_bases);
    }
    let ns = vm.new_dict();
    vm.roots.push(ns);
    let r = (|| -> PyResult<Value> {
        vm.run_class_body(body, ns)?;
        set_orig_bases(vm, ns, orig_bases)?;
        let n = name.as_str().unwrap_or("?").to_string();
        let cls = new_class(vm, &n, &bases, ns)?;
        vm.roots.push(cls);
        let r = init_subclass(vm, cls, &init_kw);
        vm.roots.pop();
        r.map(|_| cls)
    })();
    vm.roots.pop();
    r
}

/// The metaclass a class statement uses: the most derived of the given one and the
/// metaclasses of the bases (CPython's "metaclass conflict" when none is).
pub fn most_derived_metaclass(vm: &mut Vm, given: Value, bases: &[Value]) -> PyResult<Value> {
    let mut winner = given;
    for &b in bases {
        let bm = vm.type_of(b);
        let (w, m) = (winner.as_type(), bm.as_type());
        match (w, m) {
            (Some(w), Some(_)) if w.is_subtype_of(bm) => {}
            (Some(_), Some(m)) if m.is_subtype_of(winner) => winner = bm,
            _ => {
                return Err(
                    vm.type_error("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases")
                )
            }
        }
    }
    Ok(winner)
}

/// A class statement whose metaclass is not `type`: the namespace from
/// `meta.__prepare__` (a dict), the body run into it, then `meta(name, bases, ns,
/// **keywords)`.
/// `ns["__orig_bases__"] = orig_bases` unless that is NULL.
fn set_orig_bases(vm: &mut Vm, ns: Value, orig_bases: Value) -> PyResult<()> {
    if orig_bases.is_null() {
        return Ok(());
    }
    let k = vm.intern("__orig_bases__");
    super::ops::dict_set(vm, ns, k, orig_bases)
}

fn build_with_metaclass(vm: &mut Vm, meta: Value, body: Value, name: Value, bases: &[Value], kw: &[(Value, Value)], orig_bases: Value) -> PyResult<Value> {
    let mark = vm.roots.len();
    let bases_t = vm.new_tuple(bases.to_vec());
    vm.roots.push(bases_t);
    let r = (|| -> PyResult<Value> {
        let prepare = vm.intern("__prepare__");
        let ns = match meta.as_type().and_then(|t| t.lookup(prepare)) {
            Some(p) => {
                let f = match p.kind() {
                    Some(ObjKind::ClassMethod(f)) => *f,
                    Some(ObjKind::StaticMethod(f)) => *f,
                    _ => p,
                };
                let args = if matches!(p.kind(), Some(ObjKind::StaticMethod(_))) { vec![name, bases_t] } else { vec![meta, name, bases_t] };
                vm.call(f, &args)?
            }
            None => vm.new_dict(),
        };
        if ns.as_dict().is_none() {
            let t = vm.type_name(ns);
            return Err(vm.type_error(format!(
                "{}.__prepare__() must return a mapping, not {}",
                meta.as_type().map(|t| t.name.clone()).unwrap_or_default(),
                t
            )));
        }
        vm.roots.push(ns);
        vm.run_class_body(body, ns)?;
        set_orig_bases(vm, ns, orig_bases)?;
        let mut args = vec![name, bases_t, ns];
        let mut names = Vec::new();
        for &(k, v) in kw {
            args.push(v);
            names.push(k);
        }
        vm.call_with_kw(meta, &args, &names)
    })();
    vm.roots.truncate(mark);
    r
}

/// `type.__new__(mcs, name, bases, ns, **kw)`: a new class whose type is `mcs`,
/// then its `__init_subclass__` with the keywords.
pub fn type_new_with_meta(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let npos = a.len() - kw.len();
    let mcs = a.first().copied().unwrap_or(Value::NONE);
    let type_t = vm.types.type_;
    if !mcs.as_type().is_some_and(|t| t.is_subtype_of(type_t)) {
        let t = vm.type_name(mcs);
        return Err(vm.type_error(format!("type.__new__(X): X is not a type object ({})", t)));
    }
    if npos != 4 {
        return Err(vm.type_error("type.__new__() takes exactly 3 arguments"));
    }
    let (name, bases) = type_new_args(vm, a[1], a[2], a[3])?;
    let cls = new_class(vm, &name, &bases, a[3])?;
    if mcs != type_t {
        if let Some(t) = cls.as_type() {
            t.metaclass.set(mcs);
        }
        vm.write_barrier(cls, mcs);
    }
    let init_kw: Vec<(Value, Value)> = kw.iter().enumerate().map(|(i, &k)| (k, a[npos + i])).collect();
    vm.roots.push(cls);
    let r = init_subclass(vm, cls, &init_kw);
    vm.roots.pop();
    r.map(|_| cls)
}

/// The checked (name, bases) of `type(name, bases, dict)` / `type.__new__`.
pub fn type_new_args(vm: &mut Vm, name: Value, bases: Value, dict: Value) -> PyResult<(String, Vec<Value>)> {
    let name = match name.as_str() {
        Some(s) => s.to_string(),
        None => {
            let t = vm.type_name(name);
            return Err(vm.type_error(format!("type.__new__() argument 1 must be str, not {}", t)));
        }
    };
    let bases = match bases.as_tuple() {
        Some(t) => t.to_vec(),
        None => {
            let t = vm.type_name(bases);
            return Err(vm.type_error(format!("type.__new__() argument 2 must be tuple, not {}", t)));
        }
    };
    if dict.as_dict().is_none() {
        let t = vm.type_name(dict);
        return Err(vm.type_error(format!("type.__new__() argument 3 must be dict, not {}", t)));
    }
    Ok((name, bases))
}

/// `type.__init__(cls, ...)`: nothing to do (the class is made by `__new__`).
pub fn type_init(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let npos = a.len() - kw.len();
    if npos != 2 && npos != 4 {
        return Err(vm.type_error("type.__init__() takes 1 or 3 arguments"));
    }
    Ok(Value::NONE)
}

/// `type.__call__(cls, *args)`: the default way a class is called, for a
/// metaclass's `__call__` to reach through `super()`.
pub fn type_call(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    match a.first() {
        Some(&cls) if cls.as_type().is_some() => {
            if cls.as_type().is_some_and(|t| t.heap_type) {
                call_user_class(vm, cls, &a[1..], kw)
            } else {
                super::types::call_type(vm, cls, &a[1..], kw)
            }
        }
        _ => Err(vm.type_error("descriptor '__call__' requires a 'type' object")),
    }
}

/// `type(name, bases, dict)` and the class statement: a new class whose dict is a copy
/// of `ns`.
pub fn new_class(vm: &mut Vm, name: &str, bases: &[Value], ns: Value) -> PyResult<Value> {
    let object = vm.types.object;
    let bases: Vec<Value> = if bases.is_empty() { vec![object] } else { bases.to_vec() };
    for &b in &bases {
        let bt = match b.as_type() {
            Some(t) => t,
            None => {
                // CPython takes the metaclass from the bases, and a non-class base's
                // type is no subclass of `type`
                return Err(
                    vm.type_error("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases")
                );
            }
        };
        let _ = bt;
        super::subclass::check_builtin_base(vm, b)?;
    }
    let payload_base = super::subclass::payload_base_of(vm, &bases)?;
    for (i, &b) in bases.iter().enumerate() {
        if bases[..i].contains(&b) {
            let n = b.as_type().map(|t| t.name.clone()).unwrap_or_default();
            return Err(vm.type_error(format!("duplicate base class {}", n)));
        }
    }
    let is_exception = bases.iter().any(|b| b.as_type().is_some_and(|t| t.is_exception.get()));
    let root_shape = vm.shapes.new_root();
    let dict = vm.new_dict();
    vm.roots.push(dict);
    let slots = (|| -> PyResult<(Option<Vec<Value>>, Vec<Value>)> {
        super::ops::dict_update(vm, dict, ns)?;
        if lookup_value(vm, dict, "__eq__").is_some() && lookup_value(vm, dict, "__hash__").is_none() {
            let k = vm.intern("__hash__");
            super::ops::dict_set_str(vm, dict, k, Value::NONE);
        }
        // __class_getitem__ is a class method even when not declared as one
        if let Some(f) = lookup_value(vm, dict, "__class_getitem__").filter(|f| f.as_function().is_some()) {
            let cm = vm.alloc(ObjKind::ClassMethod(f));
            let k = vm.intern("__class_getitem__");
            super::ops::dict_set_str(vm, dict, k, cm);
        }
        // so is __init_subclass__, which `super().__init_subclass__()` then binds to the class
        if let Some(f) = lookup_value(vm, dict, "__init_subclass__").filter(|f| f.as_function().is_some()) {
            let cm = vm.alloc(ObjKind::ClassMethod(f));
            let k = vm.intern("__init_subclass__");
            super::ops::dict_set_str(vm, dict, k, cm);
        }
        let own = own_slot_names(vm, dict)?;
        if own.as_ref().is_some_and(|(names, _)| !names.is_empty()) && !payload_base.is_null() {
            super::subclass::check_slots_allowed(vm, &bases, payload_base)?;
        }
        Ok((declared_slots(&own, &bases), member_names(&own, &bases)))
    })();
    let (slots, members) = match slots {
        Ok(s) => s,
        Err(e) => {
            vm.roots.pop();
            return Err(e);
        }
    };
    let qualname = take_str_entry(vm, dict, "__qualname__").unwrap_or_else(|| name.to_string());
    let module = lookup_str_entry(vm, dict, "__module__").unwrap_or_else(|| "__main__".to_string());
    let t = vm.alloc(ObjKind::Type(Box::new(super::TypeObj {
        name: name.to_string(),
        qualname,
        module,
        base: Cell::new(bases[0]),
        bases: bases.clone(),
        mro: std::cell::RefCell::new(Vec::new()),
        dict,
        ctor: Cell::new(None),
        is_exception: Cell::new(is_exception),
        heap_type: true,
        root_shape: Cell::new(root_shape),
        instance_slots: Cell::new(0),
        slots,
        members,
        metaclass: Cell::new(Value::NULL),
        payload_base,
    })));
    vm.roots.pop();
    vm.roots.push(t);
    // a new class may reuse the address of a dead one that the cache still names
    vm.classes_changed();
    let r = (|| -> PyResult<()> {
        let mro = c3_mro(vm, t, &bases)?;
        if let Some(tt) = t.as_type() {
            *tt.mro.borrow_mut() = mro;
        }
        vm.write_barrier_all(t, &bases);
        set_class_refs(vm, t, dict);
        set_names(vm, t, dict)
    })();
    vm.roots.pop();
    r.map(|_| t)
}

/// The slot names a new class's `__slots__` declares (interned, without `__dict__`),
/// and whether it lists `__dict__`; None when it has no `__slots__`.
fn own_slot_names(vm: &mut Vm, dict: Value) -> PyResult<Option<(Vec<Value>, bool)>> {
    let decl = match lookup_value(vm, dict, "__slots__") {
        Some(d) => d,
        None => return Ok(None),
    };
    let names: Vec<Value> = if decl.as_str().is_some() { vec![decl] } else { super::iter::collect(vm, decl)? };
    let (mut out, mut with_dict) = (Vec::new(), false);
    for n in names {
        match n.as_str() {
            Some(s) if !s.is_empty() && s.chars().all(|c| c == '_' || c.is_alphanumeric()) && !s.starts_with(|c: char| c.is_ascii_digit()) => {
                let v = vm.intern(s);
                if s == "__dict__" {
                    with_dict = true;
                } else {
                    out.push(v);
                }
            }
            Some(_) => return Err(vm.type_error("__slots__ must be identifiers")),
            None => {
                let t = vm.type_name(n);
                return Err(vm.type_error(format!("__slots__ items must be strings, not '{}'", t)));
            }
        }
    }
    Ok(Some((out, with_dict)))
}

/// The attribute names instances of a new class may have, when it declares
/// `__slots__` (`own`) and every base defined in Python does too (object and the
/// exceptions count as slotted); None otherwise.
fn declared_slots(own: &Option<(Vec<Value>, bool)>, bases: &[Value]) -> Option<Vec<Value>> {
    let mut out = match own {
        Some((names, false)) => names.clone(),
        _ => return None,
    };
    for &b in bases {
        if let Some(bt) = b.as_type() {
            if bt.heap_type {
                match &bt.slots {
                    Some(inherited) => out.extend(inherited.iter().copied()),
                    None => return None,
                }
            }
        }
    }
    Some(out)
}

/// The slot names declared along a new class's MRO: its own and its bases' members.
fn member_names(own: &Option<(Vec<Value>, bool)>, bases: &[Value]) -> Vec<Value> {
    let mut out: Vec<Value> = own.as_ref().map(|(n, _)| n.clone()).unwrap_or_default();
    for b in bases {
        for &m in b.as_type().map(|t| t.members.as_slice()).unwrap_or(&[]) {
            if !out.contains(&m) {
                out.push(m);
            }
        }
    }
    out
}

/// The `__slots__` that bar `name` from an instance of `cls`, if any.
pub fn slots_forbid(cls: Value, name: Value) -> bool {
    cls.as_type().and_then(|t| t.slots.as_ref()).is_some_and(|s| !s.contains(&name))
}

fn lookup_value(vm: &mut Vm, d: Value, key: &str) -> Option<Value> {
    let k = vm.intern(key);
    let h = k.as_strobj()?.hash();
    d.as_dict()?.borrow().get(h, k)
}

fn lookup_str_entry(vm: &mut Vm, d: Value, key: &str) -> Option<String> {
    let k = vm.intern(key);
    let h = k.as_strobj()?.hash();
    let v = d.as_dict()?.borrow().get(h, k)?;
    v.as_str().map(|s| s.to_string())
}

fn take_str_entry(vm: &mut Vm, d: Value, key: &str) -> Option<String> {
    let s = lookup_str_entry(vm, d, key)?;
    let k = vm.intern(key);
    let h = k.as_strobj()?.hash();
    d.as_dict()?.borrow_mut().remove(h, k);
    Some(s)
}

/// C3 linearization: the class, then a merge of its bases' MROs that keeps every
/// base's order and the order of the bases.
fn c3_mro(vm: &mut Vm, cls: Value, bases: &[Value]) -> PyResult<Vec<Value>> {
    let mut seqs: Vec<Vec<Value>> = bases.iter().map(|b| b.as_type().map(|t| t.mro.borrow().clone()).unwrap_or_default()).collect();
    seqs.push(bases.to_vec());
    let mut out = vec![cls];
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let candidate = seqs.iter().map(|s| s[0]).find(|&c| !seqs.iter().any(|s| s[1..].contains(&c)));
        let c = match candidate {
            Some(c) => c,
            None => {
                // CPython names the bases whose heads could not be placed
                let mut names = Vec::new();
                for s in &seqs[..seqs.len() - 1] {
                    let n = s[0].as_type().map(|t| t.name.clone()).unwrap_or_default();
                    if !names.contains(&n) {
                        names.push(n);
                    }
                }
                return Err(vm.type_error(format!("Cannot create a consistent method resolution\norder (MRO) for bases {}", names.join(", "))));
            }
        };
        out.push(c);
        for s in seqs.iter_mut() {
            if s[0] == c {
                s.remove(0);
            }
        }
    }
}

/// Gives every method of the new class that uses zero-argument `super()` its class.
fn set_class_refs(vm: &mut Vm, cls: Value, dict: Value) {
    let values: Vec<Value> = dict.as_dict().map(|d| d.borrow().iter().map(|(_, v)| v).collect()).unwrap_or_default();
    for v in values {
        let f = match v.kind() {
            Some(ObjKind::ClassMethod(f)) | Some(ObjKind::StaticMethod(f)) => *f,
            Some(ObjKind::Property(p)) => p.fget,
            _ => v,
        };
        if let Some(func) = f.as_function() {
            let code_v = func.code;
            if let Some(code) = code_v.as_code() {
                if code.needs_class {
                    code.class_ref.set(cls);
                    vm.write_barrier(code_v, cls);
                }
            }
        }
    }
}

/// Calls `__set_name__(cls, name)` on every attribute of the new class that has it.
fn set_names(vm: &mut Vm, cls: Value, dict: Value) -> PyResult<()> {
    let entries: Vec<(Value, Value)> = dict.as_dict().map(|d| d.borrow().iter().collect()).unwrap_or_default();
    for (k, v) in entries {
        if let Some(ObjKind::Property(p)) = v.kind() {
            p.name.set(k);
            vm.write_barrier(v, k);
        }
        if let Some(m) = special_method(vm, v, "__set_name__") {
            vm.call(m, &[v, cls, k])?;
        }
    }
    Ok(())
}

/// `__init_subclass__` of the nearest base that defines one, with the class
/// statement's keywords.
fn init_subclass(vm: &mut Vm, cls: Value, kw: &[(Value, Value)]) -> PyResult<()> {
    let name = vm.intern("__init_subclass__");
    let f = match lookup_after(cls, cls, name) {
        Some(f) => f,
        None => return Ok(()),
    };
    // __init_subclass__ is a class method even when not declared as one
    let func = match f.kind() {
        Some(ObjKind::ClassMethod(g)) => *g,
        _ => f,
    };
    let mut args = vec![cls];
    let mut names = Vec::new();
    for &(k, v) in kw {
        args.push(v);
        names.push(k);
    }
    vm.call_with_kw(func, &args, &names)?;
    Ok(())
}

/// `object.__init_subclass__(cls)`: accepts no keywords.
pub fn object_init_subclass(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() {
        let n = a.first().and_then(|c| c.as_type()).map(|t| t.qualname.clone()).unwrap_or_default();
        return Err(vm.type_error(format!("{}.__init_subclass__() takes no keyword arguments", n)));
    }
    Ok(Value::NONE)
}

/// Defined natively (a builtin, or a static method wrapping one, as `object.__new__`):
/// not something a Python class defined.
fn is_native(v: Value) -> bool {
    match v.kind() {
        Some(ObjKind::Builtin(_)) => true,
        Some(ObjKind::StaticMethod(f)) => matches!(f.kind(), Some(ObjKind::Builtin(_))),
        _ => false,
    }
}

/// `name` looked up along `start`'s MRO, skipping the classes up to and including
/// `after`.
pub fn lookup_after(start: Value, after: Value, name: Value) -> Option<Value> {
    let t = start.as_type()?;
    let mro = t.mro.borrow();
    let pos = mro.iter().position(|&c| c == after)?;
    let h = name.as_strobj()?.hash();
    for c in &mro[pos + 1..] {
        if let Some(v) = c.as_type().and_then(|ct| ct.dict.as_dict()).and_then(|d| d.borrow().get(h, name)) {
            return Some(v);
        }
    }
    None
}

// ---------------------------------------------------------------- instantiation

/// `C(*args, **kwargs)` for a class defined in Python: `__new__`, then `__init__`.
pub fn call_user_class(vm: &mut Vm, cls: Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let t = cls.as_type().expect("class");
    let (new_name, init_name) = (vm.names.new, vm.names.init);
    let user_new = vm.lookup_attr(cls, new_name).filter(|&v| !is_native(v));
    let user_init = vm.lookup_attr(cls, init_name).filter(|&v| !is_native(v));
    let obj = match user_new {
        Some(n) => {
            let f = match n.kind() {
                Some(ObjKind::StaticMethod(g)) => *g,
                _ => n,
            };
            let mut full = Vec::with_capacity(args.len() + 1);
            full.push(cls);
            full.extend_from_slice(args);
            vm.call_with_kw(f, &full, kwnames)?
        }
        None => {
            if t.is_subtype_of(vm.types.type_) {
                // a metaclass without its own __new__: type.__new__ makes the class
                let mut full = Vec::with_capacity(args.len() + 1);
                full.push(cls);
                full.extend_from_slice(args);
                let c = type_new_with_meta(vm, &full, kwnames)?;
                return run_init(vm, cls, c, user_init, args, kwnames);
            }
            if !t.payload_base.is_null() {
                let obj = super::subclass::payload_new(vm, cls, args, kwnames)?;
                return run_init(vm, cls, obj, user_init, args, kwnames);
            }
            if user_init.is_none() && !args.is_empty() && !t.is_exception.get() {
                let n = t.name.clone();
                return Err(vm.type_error(format!("{}() takes no arguments", n)));
            }
            if t.is_exception.get() && user_init.is_none() && !kwnames.is_empty() {
                let n = t.name.clone();
                return Err(vm.type_error(format!("{}() takes no keyword arguments", n)));
            }
            super::abstract_check::check_instantiable(vm, cls)?;
            new_instance(vm, cls, &args[..args.len() - kwnames.len()])
        }
    };
    run_init(vm, cls, obj, user_init, args, kwnames)
}

/// `init(obj, *args)` after `cls.__new__` made `obj`, when `obj` is an instance of
/// `cls` (for a metaclass: `Meta.__init__(cls, name, bases, ns)`); it must return None.
fn run_init(vm: &mut Vm, meta: Value, c: Value, user_init: Option<Value>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    if user_init.is_none() && meta.as_type().is_some_and(|t| !t.payload_base.is_null()) && vm.is_instance(c, meta) {
        // list.__init__ and friends fill a mutable payload from the arguments
        vm.roots.push(c);
        let r = super::subclass::init_payload(vm, meta, c, args, kwnames);
        vm.roots.pop();
        r?;
        return Ok(c);
    }
    if let Some(init) = user_init {
        if vm.is_instance(c, meta) {
            vm.roots.push(c);
            let mut full = Vec::with_capacity(args.len() + 1);
            full.push(c);
            full.extend_from_slice(args);
            let r = vm.call_with_kw(init, &full, kwnames);
            vm.roots.pop();
            let r = r?;
            if !r.is_none() {
                let tn = vm.type_name(r);
                return Err(vm.type_error(format!("__init__() should return None, not '{}'", tn)));
            }
        }
    }
    Ok(c)
}

/// A bare instance of `cls` (what `object.__new__(cls)` makes); exception classes get
/// an exception object carrying `args`.
#[inline]
pub fn new_instance(vm: &mut Vm, cls: Value, args: &[Value]) -> Value {
    let (shape, reserve) = match cls.as_type() {
        Some(t) if t.is_exception.get() => return vm.new_exc_args(cls, args.to_vec()),
        // an instance of a list or dict subclass starts with an empty list or dict
        Some(t) if !t.payload_base.is_null() => return super::subclass::new_empty(vm, cls, t.payload_base),
        Some(t) => return new_plain_instance(vm, cls, t),
        None => (super::shape::DICT_MODE, 0),
    };
    let slots = std::cell::RefCell::new(thin_vec::ThinVec::with_capacity(reserve as usize));
    vm.alloc(ObjKind::Instance(InstanceObj { class: cls, shape: Cell::new(shape), slots, payload: Value::NULL }))
}

/// A bare instance of `cls` (whose type object is `t`), a class that is neither an
/// exception class nor a subclass of a builtin type with a payload: at its root
/// shape, with room for as many slots as its instances came to need.
#[inline(always)]
pub fn new_plain_instance(vm: &mut Vm, cls: Value, t: &super::TypeObj) -> Value {
    let slots = std::cell::RefCell::new(thin_vec::ThinVec::with_capacity(t.instance_slots.get() as usize));
    vm.alloc(ObjKind::Instance(InstanceObj { class: cls, shape: Cell::new(t.root_shape.get()), slots, payload: Value::NULL }))
}

/// Appends the value of a new attribute to the instance's slots.
#[inline(always)]
pub fn push_slot(inst: &InstanceObj, v: Value) {
    let mut slots = inst.slots.borrow_mut();
    if slots.len() == slots.capacity() {
        grow_slots(inst, &mut slots);
    }
    slots.push(v);
}

/// Makes room for one more slot, and teaches the class how many its instances need.
#[cold]
#[inline(never)]
fn grow_slots(inst: &InstanceObj, slots: &mut thin_vec::ThinVec<Value>) {
    let n = slots.len() + 1;
    if let Some(t) = inst.class.as_type() {
        if n > t.instance_slots.get() as usize && n <= u8::MAX as usize {
            t.instance_slots.set(n as u8);
        }
    }
    slots.reserve_exact(1);
}

/// Attribute `name` (an interned str) stored on the instance itself.
#[inline]
pub fn instance_attr(vm: &Vm, inst: &InstanceObj, name: Value) -> Option<Value> {
    let s = inst.shape.get();
    if s == super::shape::DICT_MODE {
        if let Some(i) = member_index(inst, name) {
            return inst.slots.borrow().get(i).copied().filter(|v| !v.is_null());
        }
        return dict_lookup(inst.dict(), name);
    }
    let i = vm.shapes.slot_of(s, name)?;
    inst.slots.borrow().get(i).copied()
}

/// In dict mode, the index in `slots` of `name` when it is a slot declared by a class
/// along the MRO (a member, kept out of `__dict__` as CPython keeps it).
#[inline]
fn member_index(inst: &InstanceObj, name: Value) -> Option<usize> {
    inst.class.as_type()?.members.iter().position(|&m| m == name).filter(|&i| i < inst.slots.borrow().len())
}

impl InstanceObj {
    /// The instance's `__dict__`: NULL unless it is in dict mode and has one.
    pub fn dict(&self) -> Value {
        if self.shape.get() != super::shape::DICT_MODE {
            return Value::NULL;
        }
        let members = self.class.as_type().map_or(0, |t| t.members.len());
        self.slots.borrow().get(members).copied().unwrap_or(Value::NULL)
    }
}

/// Stores attribute `name` (an interned str) on instance `obj`.
pub fn instance_store(vm: &mut Vm, obj: Value, inst: &InstanceObj, name: Value, v: Value) -> PyResult<()> {
    let s = inst.shape.get();
    if s != super::shape::DICT_MODE {
        if let Some(i) = vm.shapes.slot_of(s, name) {
            inst.slots.borrow_mut()[i] = v;
            vm.write_barrier(obj, v);
            return Ok(());
        }
        if let Some(c) = vm.shapes.child(s, name) {
            push_slot(inst, v);
            inst.shape.set(c);
            vm.write_barrier(obj, v);
            return Ok(());
        }
    }
    let d = to_dict_mode(vm, obj, inst);
    if let Some(i) = member_index(inst, name) {
        inst.slots.borrow_mut()[i] = v;
        vm.write_barrier(obj, v);
        return Ok(());
    }
    super::ops::dict_set(vm, d, name, v)
}

/// Moves an instance's attributes into a real dict (its `__dict__` from now on).
pub fn to_dict_mode(vm: &mut Vm, obj: Value, inst: &InstanceObj) -> Value {
    let s = inst.shape.get();
    if s == super::shape::DICT_MODE {
        return inst.dict();
    }
    let names = vm.shapes.get(s).names.clone();
    let values = std::mem::take(&mut *inst.slots.borrow_mut());
    // the values stay reachable through `values` (rooted below) while the dict grows
    let holder = vm.new_list(values.to_vec());
    vm.roots.push(holder);
    let d = vm.new_dict();
    // slots declared along the MRO stay out of the dict, in `slots` by member index
    let members: &[Value] = inst.class.as_type().map(|t| t.members.as_slice()).unwrap_or(&[]);
    let mut member_values = vec![Value::NULL; members.len()];
    for (k, v) in names.into_iter().zip(values) {
        match members.iter().position(|&m| m == k) {
            Some(i) => member_values[i] = v,
            None => super::ops::dict_set_str(vm, d, k, v),
        }
    }
    vm.roots.pop();
    vm.write_barrier_all(obj, &member_values);
    member_values.push(d);
    *inst.slots.borrow_mut() = member_values.into_iter().collect();
    inst.shape.set(super::shape::DICT_MODE);
    vm.write_barrier(obj, d);
    d
}

/// `obj.__dict__ = d`: the instance's attributes are those of `d` from now on.
fn set_instance_dict(vm: &mut Vm, obj: Value, inst: &InstanceObj, d: Value) -> PyResult<()> {
    if d.as_dict().is_none() {
        let tn = vm.type_name(d);
        return Err(vm.type_error(format!("__dict__ must be set to a dictionary, not a '{}'", tn)));
    }
    to_dict_mode(vm, obj, inst);
    let members = inst.class.as_type().map_or(0, |t| t.members.len());
    let mut slots = inst.slots.borrow_mut();
    slots.truncate(members);
    slots.resize(members, Value::NULL);
    slots.push(d);
    drop(slots);
    vm.write_barrier(obj, d);
    Ok(())
}

/// `object.__new__(cls, *args)`.
pub fn object_new(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let cls = match a.first() {
        Some(&c) if c.as_type().is_some() => c,
        _ => return Err(vm.type_error("object.__new__(X): X is not a type object")),
    };
    if !cls.as_type().is_some_and(|t| t.heap_type) {
        let n = cls.as_type().map(|t| t.name.clone()).unwrap_or_default();
        return Err(vm.type_error(format!("object.__new__({}) is not safe, use {}.__new__()", n, n)));
    }
    if cls.as_type().is_some_and(|t| !t.payload_base.is_null()) {
        // CPython names the nearest class whose __new__ is not defined in Python
        let n = cls.as_type().map(|t| t.name.clone()).unwrap_or_default();
        let new_name = vm.names.new;
        let mro = cls.as_type().map(|t| t.mro.borrow().clone()).unwrap_or_default();
        let stat = mro
            .iter()
            .find(|c| c.as_type().is_some_and(|t| !t.heap_type || dict_lookup(t.dict, new_name).is_none()))
            .and_then(|c| c.as_type())
            .map(|t| t.name.clone())
            .unwrap_or_default();
        return Err(vm.type_error(format!("object.__new__({}) is not safe, use {}.__new__()", n, stat)));
    }
    super::abstract_check::check_instantiable(vm, cls)?;
    Ok(new_instance(vm, cls, &a[1..]))
}

/// `object.__init__(self, *args)`: extra arguments are an error unless the class
/// defines `__init__` or `__new__` itself.
pub fn object_init(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    if a.len() > 1 {
        let cls = vm.type_of(a[0]);
        let (new_name, init_name) = (vm.intern("__new__"), vm.intern("__init__"));
        let t = cls.as_type();
        // a subclass of int or str has the __new__ of its builtin base
        let overrides = t.is_some_and(|t| {
            t.lookup(init_name).is_some_and(|v| !is_native(v)) || t.lookup(new_name).is_some_and(|v| !is_native(v)) || !t.payload_base.is_null()
        });
        if !overrides {
            return Err(vm.type_error("object.__init__() takes exactly one argument (the instance to initialize)"));
        }
    }
    Ok(Value::NONE)
}

fn one_receiver(vm: &mut Vm, a: &[Value], name: &str, nargs: usize) -> PyResult<Value> {
    match a.first() {
        Some(&r) if a.len() == nargs + 1 => Ok(r),
        Some(_) => Err(vm.type_error(format!("expected {} argument{}, got {}", nargs, if nargs == 1 { "" } else { "s" }, a.len() - 1))),
        None => Err(vm.type_error(format!("descriptor '{}' of 'object' object needs an argument", name))),
    }
}

/// `object.__repr__(self)`.
pub fn object_repr_method(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let r = one_receiver(vm, a, "__repr__", 0)?;
    let s = super::repr::object_repr(vm, r);
    Ok(vm.new_string(s))
}

/// `object.__str__(self)`: the type's `__repr__`.
pub fn object_str_method(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let r = one_receiver(vm, a, "__str__", 0)?;
    let s = super::repr::repr(vm, r)?;
    Ok(vm.new_string(s))
}

/// `object.__eq__(self, other)`: identity, else NotImplemented.
pub fn object_eq_method(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let r = one_receiver(vm, a, "__eq__", 1)?;
    Ok(if r == a[1] { Value::TRUE } else { Value::NOT_IMPLEMENTED })
}

/// `object.__ne__(self, other)`: the inverse of `self.__eq__(other)` unless that is
/// NotImplemented.
pub fn object_ne_method(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let r = one_receiver(vm, a, "__ne__", 1)?;
    let eq = match call_special(vm, r, "__eq__", &[a[1]])? {
        Some(v) => v,
        None if r == a[1] => Value::TRUE,
        None => Value::NOT_IMPLEMENTED,
    };
    if eq == Value::NOT_IMPLEMENTED {
        return Ok(eq);
    }
    Ok(Value::bool(!super::ops::truthy(vm, eq)?))
}

/// `object.__hash__(self)`: the identity hash.
pub fn object_hash_method(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let r = one_receiver(vm, a, "__hash__", 0)?;
    Ok(vm.new_int((r.0 >> 4) as i64 & 0x0FFF_FFFF_FFFF_FFFF))
}

/// `object.__format__(self, spec)`: `str(self)` for an empty spec.
pub fn object_format_method(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let r = one_receiver(vm, a, "__format__", 1)?;
    match a[1].as_str() {
        Some("") => {
            let s = super::repr::str_of(vm, r)?;
            Ok(vm.new_string(s))
        }
        Some(_) => {
            let t = vm.type_name(r);
            Err(vm.type_error(format!("unsupported format string passed to {}.__format__", t)))
        }
        None => {
            let t = vm.type_name(a[1]);
            Err(vm.type_error(format!("__format__() argument must be str, not {}", t)))
        }
    }
}

/// `BaseException.__init__(self, *args)`: sets `args`.
pub fn exception_init(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    if let Some(e) = a.first().and_then(|v| v.as_exc()) {
        let t = vm.new_tuple(a[1..].to_vec());
        e.args.set(t);
        vm.write_barrier(a[0], t);
    }
    Ok(Value::NONE)
}

// ---------------------------------------------------------------- attributes

/// The `__dict__` of an object that has one (instances, which switch to dict mode for
/// it, and exceptions once given an attribute).
pub fn instance_dict(vm: &mut Vm, obj: Value) -> Option<Value> {
    match obj.kind() {
        Some(ObjKind::Instance(i)) if i.class.as_type().is_some_and(|t| t.slots.is_some()) => None,
        Some(ObjKind::Instance(i)) => Some(to_dict_mode(vm, obj, i)),
        Some(ObjKind::Exception(e)) => {
            let d = e.dict.get();
            (!d.is_null()).then_some(d)
        }
        _ => None,
    }
}

fn dict_lookup(d: Value, name: Value) -> Option<Value> {
    let h = name.as_strobj()?.hash();
    d.as_dict()?.borrow().get(h, name)
}

fn is_data_descriptor(vm: &mut Vm, attr: Value) -> bool {
    match attr.kind() {
        Some(ObjKind::Property(_)) => true,
        Some(ObjKind::Instance(_)) => special_method(vm, attr, "__set__").is_some() || special_method(vm, attr, "__delete__").is_some(),
        _ => false,
    }
}

/// What reading class attribute `attr` gives through instance `obj` (NULL when read
/// through the class itself) of class `cls`.
pub fn descr_get(vm: &mut Vm, attr: Value, obj: Value, cls: Value) -> PyResult<Value> {
    match attr.kind() {
        Some(ObjKind::Function(_)) if !obj.is_null() => Ok(vm.alloc(ObjKind::BoundMethod(BoundMethod { func: attr, self_: obj }))),
        Some(ObjKind::Builtin(b)) if b.self_.is_null() && !obj.is_null() => {
            Ok(vm.alloc(ObjKind::Builtin(BuiltinFn { name: b.name, func: b.func, self_: obj, owner: b.owner })))
        }
        Some(ObjKind::ClassMethod(f)) => {
            let f = *f;
            Ok(vm.alloc(ObjKind::BoundMethod(BoundMethod { func: f, self_: cls })))
        }
        Some(ObjKind::StaticMethod(f)) => Ok(*f),
        Some(ObjKind::Property(p)) => {
            if obj.is_null() {
                return Ok(attr);
            }
            if p.fget.is_none() {
                return Err(property_error(vm, p, obj, "getter"));
            }
            let g = p.fget;
            vm.call(g, &[obj])
        }
        Some(ObjKind::Instance(_)) => match special_method(vm, attr, "__get__") {
            Some(g) => {
                let o = if obj.is_null() { Value::NONE } else { obj };
                vm.call(g, &[attr, o, cls])
            }
            None => Ok(attr),
        },
        _ => Ok(attr),
    }
}

/// `obj.name` for an object whose class may be defined in Python: data descriptors,
/// then the instance dict, then other class attributes, then `__getattr__`.
pub fn instance_getattr(vm: &mut Vm, obj: Value, name: Value) -> PyResult<Option<Value>> {
    let cls = vm.type_of(obj);
    let t = match cls.as_type() {
        Some(t) => t,
        None => return Ok(None),
    };
    if t.heap_type {
        let gan = vm.names.getattribute;
        if let Some(ga) = vm.lookup_attr(cls, gan).filter(|&v| !is_native(v)) {
            let r = vm.call(ga, &[obj, name]);
            return match r {
                Ok(v) => Ok(Some(v)),
                Err(e) if vm.is_instance(e.0, vm.types.attribute_error) => getattr_hook(vm, obj, name, e).map(Some),
                Err(e) => Err(e),
            };
        }
    }
    generic_getattr(vm, obj, name)
}

/// `object.__getattribute__(obj, name)`: data descriptors, then the object's own
/// attributes, then other class attributes; None when nothing has the name.
pub fn generic_getattr(vm: &mut Vm, obj: Value, name: Value) -> PyResult<Option<Value>> {
    let cls = vm.type_of(obj);
    let attr = vm.lookup_attr(cls, name);
    if let Some(a) = attr {
        if is_data_descriptor(vm, a) {
            return descr_get(vm, a, obj, cls).map(Some);
        }
    }
    let own = match obj.kind() {
        Some(ObjKind::Instance(i)) => instance_attr(vm, i, name),
        Some(ObjKind::Exception(e)) => dict_lookup(e.dict.get(), name),
        _ => None,
    };
    if own.is_some() {
        return Ok(own);
    }
    if let Some(a) = attr {
        return descr_get(vm, a, obj, cls).map(Some);
    }
    Ok(None)
}

/// After a failed lookup: `__getattr__` if the class defines it, else the error.
pub fn getattr_hook(vm: &mut Vm, obj: Value, name: Value, err: PyErr) -> PyResult<Value> {
    let n = vm.names.getattr;
    if let Some(ga) = special_method_named(vm, obj, n) {
        return vm.call(ga, &[obj, name]);
    }
    Err(err)
}

/// `obj.name = v` for an instance: a data descriptor's `__set__`, a user
/// `__setattr__`, or the instance dict.
pub fn instance_setattr(vm: &mut Vm, obj: Value, name: Value, v: Value) -> PyResult<bool> {
    let cls = vm.type_of(obj);
    match cls.as_type() {
        Some(t) if t.heap_type => {}
        _ => return Ok(false),
    };
    let san = vm.names.setattr;
    if let Some(sa) = vm.lookup_attr(cls, san).filter(|&f| !is_native(f)) {
        vm.call(sa, &[obj, name, v])?;
        return Ok(true);
    }
    generic_setattr(vm, obj, name, v)
}

/// `object.__setattr__(obj, name, v)`: descriptors, then the instance dict.
pub fn generic_setattr(vm: &mut Vm, obj: Value, name: Value, v: Value) -> PyResult<bool> {
    let cls = vm.type_of(obj);
    if let Some(a) = vm.lookup_attr(cls, name) {
        match a.kind() {
            Some(ObjKind::Property(p)) => {
                if p.fset.is_none() {
                    return Err(property_error(vm, p, obj, "setter"));
                }
                let s = p.fset;
                vm.call(s, &[obj, v])?;
                return Ok(true);
            }
            Some(ObjKind::Instance(_)) => {
                if let Some(s) = special_method(vm, a, "__set__") {
                    vm.call(s, &[a, obj, v])?;
                    return Ok(true);
                }
            }
            _ => {}
        }
    }
    let d = match obj.kind() {
        Some(ObjKind::Instance(i)) => {
            if slots_forbid(i.class, name) {
                let (tn, n) = (vm.type_name(obj), name.as_str().unwrap_or("?").to_string());
                return Err(vm.attr_error(format!("'{}' object has no attribute '{}'", tn, n)));
            }
            if name.as_str() == Some("__dict__") {
                set_instance_dict(vm, obj, i, v)?;
                return Ok(true);
            }
            instance_store(vm, obj, i, name, v)?;
            return Ok(true);
        }
        Some(ObjKind::Exception(e)) => {
            if e.dict.get().is_null() {
                let d = vm.new_dict();
                e.dict.set(d);
                vm.write_barrier(obj, d);
            }
            e.dict.get()
        }
        _ => return Ok(false),
    };
    super::ops::dict_set(vm, d, name, v)?;
    Ok(true)
}

/// `del obj.name` for an instance.
pub fn instance_delattr(vm: &mut Vm, obj: Value, name: Value) -> PyResult<bool> {
    let cls = vm.type_of(obj);
    if !cls.as_type().is_some_and(|t| t.heap_type) {
        return Ok(false);
    }
    let dan = vm.names.delattr;
    if let Some(da) = vm.lookup_attr(cls, dan).filter(|&f| !is_native(f)) {
        vm.call(da, &[obj, name])?;
        return Ok(true);
    }
    generic_delattr(vm, obj, name).map(|_| true)
}

/// `object.__delattr__(obj, name)`: a data descriptor's deleter, else the object's own
/// attribute.
pub fn generic_delattr(vm: &mut Vm, obj: Value, name: Value) -> PyResult<()> {
    let cls = vm.type_of(obj);
    if let Some(a) = vm.lookup_attr(cls, name) {
        if let Some(ObjKind::Property(p)) = a.kind() {
            if p.fdel.is_none() {
                return Err(property_error(vm, p, obj, "deleter"));
            }
            let f = p.fdel;
            vm.call(f, &[obj])?;
            return Ok(());
        }
        if let Some(d) = special_method(vm, a, "__delete__") {
            vm.call(d, &[a, obj])?;
            return Ok(());
        }
    }
    let d = match obj.kind() {
        // the attribute store itself, __slots__ or not
        Some(ObjKind::Instance(i)) => {
            let d = to_dict_mode(vm, obj, i);
            if let Some(m) = member_index(i, name) {
                let old = std::mem::replace(&mut i.slots.borrow_mut()[m], Value::NULL);
                if old.is_null() {
                    // CPython's member descriptor names only the slot
                    let n = name.as_str().unwrap_or("?").to_string();
                    return Err(vm.attr_error(n));
                }
                return Ok(());
            }
            Some(d)
        }
        _ => instance_dict(vm, obj),
    };
    let removed = d.and_then(|d| {
        let h = name.as_strobj()?.hash();
        d.as_dict()?.borrow_mut().remove(h, name)
    });
    if removed.is_none() {
        let (tn, n) = (vm.type_name(obj), name.as_str().unwrap_or("?").to_string());
        return Err(vm.attr_error(format!("'{}' object has no attribute '{}'", tn, n)));
    }
    Ok(())
}

/// The (object, interned name) arguments of `object.__getattribute__` and friends.
fn hook_args(vm: &mut Vm, a: &[Value], n: usize, what: &str) -> PyResult<(Value, Value)> {
    if a.len() != n {
        return Err(vm.type_error(format!("expected {} arguments, got {}", n - 1, a.len().saturating_sub(1))));
    }
    match a[1].as_str() {
        Some(s) => Ok((a[0], vm.intern(s))),
        None => {
            let t = vm.type_name(a[1]);
            Err(vm.type_error(format!("{}: attribute name must be string, not '{}'", what, t)))
        }
    }
}

/// `object.__getattribute__(obj, name)`.
pub fn object_getattribute(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let (obj, name) = hook_args(vm, a, 2, "__getattribute__")?;
    if matches!(obj.kind(), Some(ObjKind::Instance(_))) {
        if let Some(v) = generic_getattr(vm, obj, name)? {
            return Ok(v);
        }
        let (tn, n) = (vm.type_name(obj), name.as_str().unwrap_or("?").to_string());
        return Err(vm.attr_error(format!("'{}' object has no attribute '{}'", tn, n)));
    }
    super::attr::getattr(vm, obj, name)
}

/// `object.__setattr__(obj, name, value)`.
pub fn object_setattr(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let (obj, name) = hook_args(vm, a, 3, "__setattr__")?;
    if obj.as_type().is_some() {
        super::attr::type_setattr(vm, obj, name, a[2])?;
        return Ok(Value::NONE);
    }
    if !generic_setattr(vm, obj, name, a[2])? {
        super::attr::setattr(vm, obj, name, a[2])?;
    }
    Ok(Value::NONE)
}

/// `object.__delattr__(obj, name)`.
pub fn object_delattr(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let (obj, name) = hook_args(vm, a, 2, "__delattr__")?;
    if matches!(obj.kind(), Some(ObjKind::Instance(_))) {
        generic_delattr(vm, obj, name)?;
    } else {
        super::attr::type_or_object_delattr(vm, obj, name)?;
    }
    Ok(Value::NONE)
}

/// `Cls.name` for a class: the MRO's attribute, with classmethods bound to the class
/// and staticmethods unwrapped.
pub fn class_getattr(vm: &mut Vm, cls: Value, name: Value) -> PyResult<Option<Value>> {
    let attr = match cls.as_type().and_then(|t| t.lookup(name)) {
        Some(a) => a,
        None => return Ok(None),
    };
    descr_get(vm, attr, Value::NULL, cls).map(Some)
}

/// `Cls.name = v` for a class defined in Python.
pub fn class_setattr(vm: &mut Vm, cls: Value, name: Value, v: Value) -> PyResult<bool> {
    let t = match cls.as_type() {
        Some(t) if t.heap_type => t,
        _ => return Ok(false),
    };
    let d = t.dict;
    let old = match (d.as_dict(), name.as_strobj()) {
        (Some(dd), Some(s)) => dd.borrow().get(s.hash(), name),
        _ => None,
    };
    super::ops::dict_set(vm, d, name, v)?;
    // Plain data rebound in place (`Counter.count += 1`) changes no lookup's outcome
    // but its value, which the caches read from the dict entry each time; anything
    // else may change what a cached lookup would find.
    if !(old.is_some_and(plain_class_value) && plain_class_value(v)) {
        vm.classes_changed();
    }
    Ok(true)
}

/// A class attribute that reading through an instance returns as it is: not a
/// function, method wrapper, property or other descriptor (`descr_get`).
pub fn plain_class_value(v: Value) -> bool {
    !matches!(
        v.kind(),
        Some(ObjKind::Function(_) | ObjKind::Builtin(_) | ObjKind::ClassMethod(_) | ObjKind::StaticMethod(_) | ObjKind::Property(_) | ObjKind::Instance(_))
    )
}

// ---------------------------------------------------------------- super

/// `super()` and `super(type, obj)`.
pub fn b_super(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("super() takes no keyword arguments"));
    }
    let (this, obj) = match a.len() {
        0 => zero_arg_super(vm)?,
        2 => (a[0], a[1]),
        1 => return Err(vm.type_error("PVM does not support unbound super objects yet")),
        n => return Err(vm.type_error(format!("super() takes at most 2 arguments ({} given)", n))),
    };
    if this.as_type().is_none() {
        let t = vm.type_name(this);
        return Err(vm.type_error(format!("super() argument 1 must be a type, not {}", t)));
    }
    let ok = if obj.as_type().is_some_and(|t| t.is_subtype_of(this)) { true } else { vm.is_instance(obj, this) };
    if !ok {
        return Err(vm.type_error("super(type, obj): obj must be an instance or subtype of type"));
    }
    Ok(vm.alloc(ObjKind::Super(Box::new(SuperObj { this, obj }))))
}

/// The class and first argument of the calling method, as CPython's `__class__` cell
/// and first local give them.
fn zero_arg_super(vm: &mut Vm) -> PyResult<(Value, Value)> {
    let frame = match vm.frames.last() {
        Some(f) => f,
        None => return Err(vm.runtime_error("super(): no arguments")),
    };
    let (code_v, regs) = (frame.code, frame.regs);
    let code = match code_v.as_code() {
        Some(c) => c,
        None => return Err(vm.runtime_error("super(): no arguments")),
    };
    if code.argcount == 0 && code.flags & crate::bytecode::code::FLAG_VARARGS == 0 {
        return Err(vm.runtime_error("super(): no arguments"));
    }
    let cls = code.class_ref.get();
    if !code.needs_class || cls.is_null() {
        return Err(vm.runtime_error("super(): __class__ cell not found"));
    }
    // SAFETY: the code takes at least one argument, so register 0 exists.
    let mut first = unsafe { *regs };
    // a first argument captured by a nested function lives in a cell
    if let Some(ObjKind::Cell(c)) = first.kind() {
        first = if c.get().is_null() { Value::UNBOUND } else { c.get() };
    }
    if first.is_unbound() {
        return Err(vm.runtime_error("super(): arg[0] deleted"));
    }
    Ok((cls, first))
}

/// `super(...).name` when it is a plain function reached through an instance:
/// (function, instance), for a method call without a bound method.
pub fn super_method(vm: &mut Vm, sup: &SuperObj, name: Value) -> Option<(Value, Value)> {
    let (this, obj) = (sup.this, sup.obj);
    if obj.as_type().is_some() {
        return None;
    }
    let start = vm.type_of(obj);
    let f = lookup_after(start, this, name)?;
    f.as_function().map(|_| (f, obj))
}

/// `super(...).name`: the MRO of the object's class after `this`.
pub fn super_getattr(vm: &mut Vm, sup: &SuperObj, name: Value) -> PyResult<Option<Value>> {
    let (this, obj) = (sup.this, sup.obj);
    let start = if obj.as_type().is_some_and(|t| t.is_subtype_of(this)) { obj } else { vm.type_of(obj) };
    let attr = match lookup_after(start, this, name) {
        Some(a) => a,
        None => return Ok(None),
    };
    let inst = if start == obj { Value::NULL } else { obj };
    descr_get(vm, attr, inst, start).map(Some)
}

// ---------------------------------------------------------------- special methods

/// The special method `name` of `v`'s class, when that class is defined in Python
/// and it (or a base) defines the method in Python.
pub fn special_method(vm: &mut Vm, v: Value, name: &str) -> Option<Value> {
    if !vm.type_of(v).as_type()?.heap_type && !is_native_object(v) {
        return None;
    }
    let n = vm.intern(name);
    special_method_named(vm, v, n)
}

/// `special_method` with the name already interned.
pub fn special_method_named(vm: &mut Vm, v: Value, name: Value) -> Option<Value> {
    let cls = vm.type_of(v);
    if !cls.as_type()?.heap_type {
        // a native module's type defines its special methods natively
        // (its own: `object`'s generic ones expect instances of Python classes)
        return if is_native_object(v) { cls.as_type()?.lookup_before(name, vm.types.object) } else { None };
    }
    let m = vm.lookup_attr(cls, name)?;
    (!is_native(m)).then_some(m)
}

/// An instance of a type a native module defines (`objects::native`).
#[inline]
pub fn is_native_object(v: Value) -> bool {
    matches!(v.kind(), Some(ObjKind::Native(_)))
}

/// Calls special method `name` on `v` with `args` when `v`'s class defines it.
pub fn call_special(vm: &mut Vm, v: Value, name: &str, args: &[Value]) -> PyResult<Option<Value>> {
    if !vm.type_of(v).as_type().is_some_and(|t| t.heap_type) && !is_native_object(v) {
        return Ok(None);
    }
    let n = vm.intern(name);
    call_special_named(vm, v, n, args)
}

/// `call_special` with the name already interned.
pub fn call_special_named(vm: &mut Vm, v: Value, name: Value, args: &[Value]) -> PyResult<Option<Value>> {
    let m = match special_method_named(vm, v, name) {
        Some(m) => m,
        None => return Ok(None),
    };
    let f = match m.kind() {
        Some(ObjKind::StaticMethod(f)) => return vm.call(*f, args).map(Some),
        Some(ObjKind::ClassMethod(f)) => {
            let (f, cls) = (*f, vm.type_of(v));
            let mut full = vec![cls];
            full.extend_from_slice(args);
            return vm.call(f, &full).map(Some);
        }
        _ => m,
    };
    let mut full = Vec::with_capacity(args.len() + 1);
    full.push(v);
    full.extend_from_slice(args);
    vm.call(f, &full).map(Some)
}

/// Calls `v.name()` for a special method that must return a str (`__repr__`,
/// `__str__`), with CPython's TypeError otherwise; None when the class lacks it.
pub fn call_str_special(vm: &mut Vm, v: Value, name: &str) -> PyResult<Option<String>> {
    match call_special(vm, v, name, &[])? {
        None => Ok(None),
        Some(r) => match r.as_str() {
            Some(s) => Ok(Some(s.to_string())),
            None => {
                let t = vm.type_name(r);
                Err(vm.type_error(format!("{} returned non-string (type {})", name, t)))
            }
        },
    }
}

/// True when `v` is an instance of a class defined in Python.
#[inline]
pub fn has_user_class(v: Value) -> bool {
    match v.kind() {
        Some(ObjKind::Instance(_)) | Some(ObjKind::Native(_)) => true,
        Some(ObjKind::Exception(e)) => e.class.as_type().is_some_and(|t| t.heap_type),
        _ => false,
    }
}

/// True when `v` is a class whose metaclass is defined in Python, whose special
/// methods apply to `v` (`len(cls)` calls the metaclass's `__len__`). Operators and
/// builtins ask only once the builtin behaviour failed (a class supports no operator
/// of its own but `[]` through `__class_getitem__`, `==` and hashing), so the check
/// costs nothing on their fast paths.
#[inline]
pub fn has_user_metaclass(v: Value) -> bool {
    matches!(v.kind(), Some(ObjKind::Type(t)) if !t.metaclass.get().is_null())
}

/// `v.name(*args)` for a class `v` whose metaclass defines `name` in Python.
#[cold]
#[inline(never)]
pub fn call_meta_special(vm: &mut Vm, v: Value, name: &str, args: &[Value]) -> PyResult<Option<Value>> {
    if !has_user_metaclass(v) {
        return Ok(None);
    }
    call_special(vm, v, name, args)
}

// ---------------------------------------------------------------- property and friends

/// `property(fget=None, fset=None, fdel=None, doc=None)`.
pub fn property_ctor(vm: &mut Vm, _t: Value, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = crate::builtins::args::bind(vm, "property", a, kw, &["fget", "fset", "fdel", "doc"], 0)?;
    let get = |i: usize| if p[i].is_null() { Value::NONE } else { p[i] };
    Ok(vm.alloc(ObjKind::Property(Box::new(PropertyObj { fget: get(0), fset: get(1), fdel: get(2), doc: get(3), name: Cell::new(Value::NULL) }))))
}

fn property_copy(vm: &mut Vm, a: &[Value], which: usize) -> PyResult<Value> {
    let p = match a.first().and_then(|v| match v.kind() {
        Some(ObjKind::Property(p)) => Some(p),
        _ => None,
    }) {
        Some(p) => p,
        None => return Err(vm.type_error("descriptor requires a 'property' object")),
    };
    if a.len() != 2 {
        return Err(vm.type_error(format!("expected 1 argument, got {}", a.len().saturating_sub(1))));
    }
    let mut parts = [p.fget, p.fset, p.fdel];
    parts[which] = a[1];
    Ok(vm.alloc(ObjKind::Property(Box::new(PropertyObj { fget: parts[0], fset: parts[1], fdel: parts[2], doc: p.doc, name: Cell::new(p.name.get()) }))))
}

pub fn property_getter(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    property_copy(vm, a, 0)
}
pub fn property_setter(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    property_copy(vm, a, 1)
}
pub fn property_deleter(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    property_copy(vm, a, 2)
}

pub fn classmethod_ctor(vm: &mut Vm, _t: Value, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    if a.len() != 1 || !kw.is_empty() {
        return Err(vm.type_error(format!("classmethod expected 1 argument, got {}", a.len())));
    }
    Ok(vm.alloc(ObjKind::ClassMethod(a[0])))
}

pub fn staticmethod_ctor(vm: &mut Vm, _t: Value, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    if a.len() != 1 || !kw.is_empty() {
        return Err(vm.type_error(format!("staticmethod expected 1 argument, got {}", a.len())));
    }
    Ok(vm.alloc(ObjKind::StaticMethod(a[0])))
}

// ---------------------------------------------------------------- operators

/// The (method, reflected method) names of a binary operator.
pub fn binary_names(op: crate::bytecode::opcodes::BinOp) -> (&'static str, &'static str) {
    use crate::bytecode::opcodes::BinOp::*;
    match op {
        Add => ("__add__", "__radd__"),
        Sub => ("__sub__", "__rsub__"),
        Mul => ("__mul__", "__rmul__"),
        TrueDiv => ("__truediv__", "__rtruediv__"),
        FloorDiv => ("__floordiv__", "__rfloordiv__"),
        Mod => ("__mod__", "__rmod__"),
        Pow => ("__pow__", "__rpow__"),
        LShift => ("__lshift__", "__rlshift__"),
        RShift => ("__rshift__", "__rrshift__"),
        BitAnd => ("__and__", "__rand__"),
        BitOr => ("__or__", "__ror__"),
        BitXor => ("__xor__", "__rxor__"),
        MatMul => ("__matmul__", "__rmatmul__"),
    }
}

/// `a op b` when either operand's class is defined in Python: `a.__op__(b)`, then
/// `b.__rop__(a)` (first when b's class is a proper subclass of a's that defines it),
/// each skipped when it returns NotImplemented. None: neither applied.
#[inline(always)]
pub fn binary_special(vm: &mut Vm, op: crate::bytecode::opcodes::BinOp, a: Value, b: Value) -> PyResult<Option<Value>> {
    let (name, rname) = (vm.names.binary[op as usize], vm.names.reflected[op as usize]);
    match binary_forward(vm, name, rname, a, b)? {
        Ok(r) => Ok(Some(r)),
        Err(true) => binary_reflected(vm, op, a, b),
        Err(false) => Ok(None),
    }
}

/// [`binary_special`] for an operation named by its special methods (`__divmod__`,
/// `__rdivmod__`) rather than by an operator.
pub fn binary_special_named(vm: &mut Vm, name: Value, rname: Value, a: Value, b: Value) -> PyResult<Option<Value>> {
    match binary_forward(vm, name, rname, a, b)? {
        Ok(r) => Ok(Some(r)),
        Err(true) => Ok(call_special_named(vm, b, rname, &[a])?.filter(|&r| r != Value::NOT_IMPLEMENTED)),
        Err(false) => Ok(None),
    }
}

/// The first steps of a binary special method call: `b.__rop__(a)` when b's class is
/// a proper subclass of a's that defines it, then `a.__op__(b)`. Err(true) when the
/// reflected method is still to be tried, Err(false) when nothing applies.
#[inline(always)]
fn binary_forward(vm: &mut Vm, name: Value, rname: Value, a: Value, b: Value) -> PyResult<Result<Value, bool>> {
    let (ta, tb) = (vm.type_of(a), vm.type_of(b));
    let b_first = ta != tb && tb.as_type().is_some_and(|t| t.is_subtype_of(ta)) && special_method_named(vm, b, rname).is_some();
    if b_first {
        if let Some(r) = call_special_named(vm, b, rname, &[a])? {
            if r != Value::NOT_IMPLEMENTED {
                return Ok(Ok(r));
            }
        }
    }
    if let Some(r) = call_special_named(vm, a, name, &[b])? {
        if r != Value::NOT_IMPLEMENTED {
            return Ok(Ok(r));
        }
    }
    Ok(Err(ta != tb && !b_first))
}

/// `b.__rop__(a)` after `a.__op__(b)` gave NotImplemented, for operands of different
/// classes where b's reflected method did not come first. None: it did not apply.
pub fn binary_reflected(vm: &mut Vm, op: crate::bytecode::opcodes::BinOp, a: Value, b: Value) -> PyResult<Option<Value>> {
    let rname = vm.names.reflected[op as usize];
    if let Some(r) = call_special_named(vm, b, rname, &[a])? {
        if r != Value::NOT_IMPLEMENTED {
            return Ok(Some(r));
        }
    }
    Ok(None)
}

/// Whether `a.__op__(b)` alone decides `a op b` for an instance `a` of class `cls`
/// unless it returns NotImplemented: `b` is not an instance of a proper subclass of
/// `cls`, whose reflected method would come first. Conservative: any instance of
/// another class defined in Python, exception or class is refused.
#[inline(always)]
pub fn forward_first(b: Value, cls: Value) -> bool {
    match b.kind() {
        None => true,
        Some(ObjKind::Instance(bi)) => bi.class == cls,
        Some(ObjKind::Exception(_) | ObjKind::Type(_)) => false,
        Some(_) => true,
    }
}

/// `a op= b`: `a.__iop__(b)`, else None (the caller falls back to `a op b`).
pub fn inplace_special(vm: &mut Vm, op: crate::bytecode::opcodes::BinOp, a: Value, b: Value) -> PyResult<Option<Value>> {
    let iname = vm.names.inplace[op as usize];
    match call_special_named(vm, a, iname, &[b])? {
        Some(r) if r != Value::NOT_IMPLEMENTED => Ok(Some(r)),
        _ => Ok(None),
    }
}

/// Rich comparison with a class defined in Python: `a.__op__(b)`, then the reflected
/// `b.__rop__(a)`; for `==`/`!=` identity decides when neither applies. None: no
/// method applied (an ordering comparison then raises TypeError).
pub fn compare_special(vm: &mut Vm, op: crate::bytecode::opcodes::CmpOp, a: Value, b: Value) -> PyResult<Option<Value>> {
    use crate::bytecode::opcodes::CmpOp::*;
    let (name, rname) = match op {
        Lt => ("__lt__", "__gt__"),
        Le => ("__le__", "__ge__"),
        Gt => ("__gt__", "__lt__"),
        Ge => ("__ge__", "__le__"),
        Eq => ("__eq__", "__eq__"),
        Ne => ("__ne__", "__ne__"),
    };
    let (ta, tb) = (vm.type_of(a), vm.type_of(b));
    let b_first = ta != tb && tb.as_type().is_some_and(|t| t.is_subtype_of(ta)) && special_method(vm, b, rname).is_some();
    let order: [(Value, &str, Value); 2] = if b_first { [(b, rname, a), (a, name, b)] } else { [(a, name, b), (b, rname, a)] };
    for (x, n, y) in order {
        if let Some(r) = call_special(vm, x, n, &[y])? {
            if r != Value::NOT_IMPLEMENTED {
                return Ok(Some(r));
            }
        }
    }
    // the default __ne__ inverts __eq__; a builtin base's own __ne__ (str.__ne__ under
    // a str subclass that defines only __eq__) compares the values instead
    let builtin_ne = |vm: &mut Vm, v: Value| {
        let n = vm.intern("__ne__");
        super::subclass::payload_of(v).is_some() && special_method_named(vm, v, n).is_none() && vm.lookup_attr(vm.type_of(v), n).is_some()
    };
    if op == Ne && !builtin_ne(vm, a) && !builtin_ne(vm, b) {
        if let Some(r) = compare_special(vm, Eq, a, b)? {
            let t = super::ops::truthy(vm, r)?;
            return Ok(Some(Value::bool(!t)));
        }
    }
    if super::subclass::payload_of(a).is_some() || super::subclass::payload_of(b).is_some() {
        // the builtin comparison of the values they wrap (`ops::compare_builtin`)
        return Ok(None);
    }
    match op {
        Eq => Ok(Some(Value::bool(a == b))),
        Ne => Ok(Some(Value::bool(a != b))),
        _ => Ok(None),
    }
}

/// `hash(v)` for an instance of a class defined in Python: its `__hash__`, TypeError
/// when the class set `__hash__ = None` (as defining `__eq__` alone does), else the
/// identity hash.
pub fn hash_special(vm: &mut Vm, v: Value) -> PyResult<Option<i64>> {
    let cls = vm.type_of(v);
    let t = match cls.as_type() {
        Some(t) if t.heap_type => t,
        // a native module's type: its own `__hash__` (None makes it unhashable); the
        // int it returns is the hash itself, as a C type's tp_hash returns it
        Some(t) if is_native_object(v) => {
            let n = vm.intern("__hash__");
            return match t.lookup_before(n, vm.types.object) {
                Some(Value::NONE) => {
                    let tn = t.name.clone();
                    Err(vm.type_error(format!("unhashable type: '{}'", tn)))
                }
                Some(f) => {
                    let r = vm.call(f, &[v])?;
                    match super::int::to_i64(r) {
                        Some(-1) => Ok(Some(-2)),
                        Some(h) if r.is_any_int() => Ok(Some(h)),
                        _ if r.is_any_int() => super::ops::hash(vm, r).map(Some),
                        _ => Err(vm.type_error("__hash__ method should return an integer")),
                    }
                }
                None => Ok(Some((v.0 >> 4) as i64)),
            };
        }
        _ => return Ok(None),
    };
    let tn = t.name.clone();
    let n = vm.intern("__hash__");
    match vm.lookup_attr(cls, n) {
        Some(Value::NONE) => Err(vm.type_error(format!("unhashable type: '{}'", tn))),
        Some(f) if !is_native(f) => {
            let r = vm.call(f, &[v])?;
            if !r.is_any_int() && !r.is_bool() {
                return Err(vm.type_error("__hash__ method should return an integer"));
            }
            // an int's own hash, as CPython reduces what __hash__ returns
            super::ops::hash(vm, r).map(Some)
        }
        _ => match super::subclass::payload_of(v) {
            // the hash of the str, int or tuple it is (list, dict, set and bytearray set
            // `__hash__` to None, which the lookup above reports)
            Some(p) => super::ops::hash(vm, p).map(Some),
            None => Ok(Some((v.0 >> 4) as i64)),
        },
    }
}

// ---------------------------------------------------------------- conversions

/// `v.__index__()` when `v`'s class defines it: an int, or CPython's TypeError.
pub fn index_of(vm: &mut Vm, v: Value) -> PyResult<Option<Value>> {
    match call_special(vm, v, "__index__", &[])? {
        Some(r) if r.is_any_int() || r.is_bool() => Ok(Some(r)),
        Some(r) => {
            let t = vm.type_name(r);
            Err(vm.type_error(format!("__index__ returned non-int (type {})", t)))
        }
        None => Ok(None),
    }
}

/// `int(v)` for an instance: `__int__`, then `__index__`.
pub fn int_of(vm: &mut Vm, v: Value) -> PyResult<Option<Value>> {
    match call_special(vm, v, "__int__", &[])? {
        Some(r) if r.is_any_int() || r.is_bool() => Ok(Some(r)),
        Some(r) => {
            let t = vm.type_name(r);
            Err(vm.type_error(format!("__int__ returned non-int (type {})", t)))
        }
        None => index_of(vm, v),
    }
}

/// `float(v)` for an instance: `__float__`, then `__index__`.
pub fn float_of(vm: &mut Vm, v: Value) -> PyResult<Option<Value>> {
    match call_special(vm, v, "__float__", &[])? {
        Some(r) if r.is_float() => Ok(Some(r)),
        Some(r) => {
            let t = vm.type_name(r);
            Err(vm.type_error(format!("{}.__float__ returned non-float (type {})", vm.type_name(v), t)))
        }
        None => index_of(vm, v),
    }
}

// ---------------------------------------------------------------- with

/// The start of `with mgr:`: `__enter__` and `__exit__` looked up on the manager's
/// class, as CPython does; returns (bound `__exit__`, what `__enter__` returned).
pub fn with_enter(vm: &mut Vm, mgr: Value) -> PyResult<(Value, Value)> {
    enter_context(vm, mgr, false)
}

/// `__enter__`/`__exit__`, or for `async with` `__aenter__`/`__aexit__` (whose results
/// are awaited by the caller): (bound exit, what enter returned).
pub fn enter_context(vm: &mut Vm, mgr: Value, is_async: bool) -> PyResult<(Value, Value)> {
    let cls = vm.type_of(mgr);
    let (en, ex) = if is_async { (vm.intern("__aenter__"), vm.intern("__aexit__")) } else { (vm.intern("__enter__"), vm.intern("__exit__")) };
    let t = cls.as_type();
    let enter = t.and_then(|t| t.lookup(en));
    let exit = t.and_then(|t| t.lookup(ex));
    let (enter, exit) = match (enter, exit) {
        (Some(a), Some(b)) => (a, b),
        (None, _) => {
            let tn = vm.type_name(mgr);
            let what = if is_async { "asynchronous context manager" } else { "context manager" };
            return Err(vm.type_error(format!("'{}' object does not support the {} protocol", tn, what)));
        }
        (Some(_), None) => {
            let tn = vm.type_name(mgr);
            let (what, m) = if is_async { ("asynchronous context manager", "__aexit__") } else { ("context manager", "__exit__") };
            return Err(vm.type_error(format!("'{}' object does not support the {} protocol (missed {} method)", tn, what, m)));
        }
    };
    let exit_bound = descr_get(vm, exit, mgr, cls)?;
    vm.roots.push(exit_bound);
    let enter_bound = descr_get(vm, enter, mgr, cls);
    let r = enter_bound.and_then(|e| vm.call(e, &[]));
    vm.roots.pop();
    Ok((exit_bound, r?))
}

/// The end of a `with` body: `exit(None, None, None)` when `exc` is None, else
/// `exit(type(exc), exc, exc.__traceback__)`; true when the exception is to be swallowed.
pub fn with_exit(vm: &mut Vm, exit: Value, exc: Value) -> PyResult<bool> {
    let r = call_exit(vm, exit, exc)?;
    if exc.is_none() {
        return Ok(false);
    }
    super::ops::truthy(vm, r)
}

/// `exit(type(e), e, tb)` for the exception `exc`, or `exit(None, None, None)`.
pub fn call_exit(vm: &mut Vm, exit: Value, exc: Value) -> PyResult<Value> {
    if exc.is_none() {
        return vm.call(exit, &[Value::NONE, Value::NONE, Value::NONE]);
    }
    let t = vm.type_of(exc);
    let tb = super::frame::traceback_of(vm, exc);
    vm.call(exit, &[t, exc, tb])
}
