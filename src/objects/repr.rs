//! repr() and str() of every builtin object, as CPython prints them.

use super::{numfmt, strops, ObjKind, ViewKind};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub fn float_repr(f: f64) -> String {
    numfmt::float_repr(f)
}

/// Escapes non-ASCII characters the way ascii() does.
pub fn ascii_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let n = c as u32;
        if n < 0x80 {
            out.push(c);
        } else if n < 0x100 {
            out.push_str(&format!("\\x{:02x}", n));
        } else if n < 0x10000 {
            out.push_str(&format!("\\u{:04x}", n));
        } else {
            out.push_str(&format!("\\U{:08x}", n));
        }
    }
    out
}

fn addr(v: Value) -> String {
    format!("0x{:x}", v.obj_ptr() as usize)
}

pub fn repr(vm: &mut Vm, v: Value) -> PyResult<String> {
    if v.is_int() {
        return Ok(v.as_int().to_string());
    }
    if v.is_float() {
        return Ok(float_repr(v.as_float()));
    }
    match v {
        Value::NONE => return Ok("None".into()),
        Value::TRUE => return Ok("True".into()),
        Value::FALSE => return Ok("False".into()),
        Value::NOT_IMPLEMENTED => return Ok("NotImplemented".into()),
        Value::ELLIPSIS => return Ok("Ellipsis".into()),
        Value::UNBOUND | Value::NULL => return Ok("<NULL>".into()),
        _ => {}
    }
    let kind = match v.kind() {
        Some(k) => k,
        None => return Ok("<?>".into()),
    };
    if super::class::has_user_class(v) {
        if let Some(s) = super::class::call_str_special(vm, v, "__repr__")? {
            return Ok(s);
        }
        if let Some(p) = super::subclass::payload_of(v) {
            return payload_repr(vm, v, p);
        }
    }
    Ok(match kind {
        ObjKind::Str(s) => strops::repr(s.as_str()),
        ObjKind::Bytes(b) => super::bytes::repr(b.as_slice()),
        ObjKind::ByteArray(b) => super::bytes::bytearray_repr(&b.borrow()),
        ObjKind::MedInt(i) => i.to_string(),
        ObjKind::BigInt(b) => {
            super::int::check_str_digits(vm, b)?;
            b.to_string()
        }
        ObjKind::List(_) | ObjKind::Tuple(_) | ObjKind::Dict(_) | ObjKind::DictView(_) => return container_repr(vm, v),
        ObjKind::Set(_) => return super::set::repr(vm, v),
        ObjKind::Range(r) => {
            if r.step == 1 {
                format!("range({}, {})", r.start, r.stop)
            } else {
                format!("range({}, {}, {})", r.start, r.stop, r.step)
            }
        }
        ObjKind::Slice(s) => {
            let a = repr(vm, s.start)?;
            let b = repr(vm, s.stop)?;
            let c = repr(vm, s.step)?;
            format!("slice({}, {}, {})", a, b, c)
        }
        ObjKind::Function(f) => format!("<function {} at {}>", f.qualname.get().as_str().unwrap_or("?"), addr(v)),
        ObjKind::Code(c) => format!("<code object {} at {}, file \"{}\", line {}>", c.name.as_str().unwrap_or("?"), addr(v), c.filename, c.firstlineno),
        ObjKind::Builtin(b) => {
            if b.self_.is_null() {
                format!("<built-in function {}>", b.name)
            } else {
                let t = vm.type_name(b.self_);
                format!("<built-in method {} of {} object at {}>", b.name, t, addr(b.self_))
            }
        }
        ObjKind::Type(t) => {
            if super::class::has_user_metaclass(v) {
                if let Some(s) = super::class::call_str_special(vm, v, "__repr__")? {
                    return Ok(s);
                }
            }
            if t.module == "builtins" {
                format!("<class '{}'>", t.qualname)
            } else {
                format!("<class '{}.{}'>", t.module, t.qualname)
            }
        }
        ObjKind::Instance(_) | ObjKind::Native(_) => object_repr(vm, v),
        ObjKind::Property(_) => format!("<property object at {}>", addr(v)),
        ObjKind::ClassMethod(f) => {
            let f = *f;
            format!("<classmethod({})>", repr(vm, f)?)
        }
        ObjKind::StaticMethod(f) => {
            let f = *f;
            format!("<staticmethod({})>", repr(vm, f)?)
        }
        ObjKind::Cell(c) => match c.get() {
            x if x.is_null() => format!("<cell at {}: empty>", addr(v)),
            x => {
                let t = vm.type_name(x);
                let a = if x.is_obj() { addr(x) } else { "0x0".to_string() };
                format!("<cell at {}: {} object at {}>", addr(v), t, a)
            }
        },
        ObjKind::Generator(g) => {
            let q = g.qualname.get();
            let kind = if g.is_async_gen {
                "async_generator"
            } else if g.is_coroutine {
                "coroutine"
            } else {
                "generator"
            };
            format!("<{} object {} at {}>", kind, q.as_str().unwrap_or("?"), addr(v))
        }
        ObjKind::Super(s) => {
            let (this, obj) = (s.this, s.obj);
            let a = repr(vm, this)?;
            let t = vm.type_of(obj);
            let tn = t.as_type().map(|t| t.name.clone()).unwrap_or_default();
            format!("<super: {}, <{} object>>", a, tn)
        }
        ObjKind::Exception(e) => {
            let name = e.class.as_type().map(|t| t.name.clone()).unwrap_or_default();
            let args: Vec<Value> = e.args.get().as_tuple().map(|t| t.to_vec()).unwrap_or_default();
            if args.len() == 1 {
                let a = repr(vm, args[0])?;
                format!("{}({})", name, a)
            } else {
                let t = e.args.get();
                let a = repr(vm, t)?;
                if args.is_empty() {
                    format!("{}()", name)
                } else {
                    format!("{}{}", name, a)
                }
            }
        }
        ObjKind::Iter(_) => {
            let t = vm.type_name(v);
            format!("<{} object at {}>", t, addr(v))
        }
        ObjKind::Module(m) => return super::module::repr(vm, m),
        ObjKind::File(f) => return crate::modules::file::repr(vm, f),
        ObjKind::BoundMethod(m) => {
            let (func, self_) = (m.func, m.self_);
            let fname = match func.as_function() {
                Some(f) => f.qualname.get().as_str().unwrap_or("?").to_string(),
                None => bound_callable_name(vm, func),
            };
            let s = repr(vm, self_)?;
            format!("<bound method {} of {}>", fname, s)
        }
    })
}

/// The name a bound method built by `types.MethodType` from any callable shows:
/// its `__qualname__`, else its `__name__`, else `?`, as CPython does.
#[cold]
fn bound_callable_name(vm: &mut Vm, func: Value) -> String {
    for attr in ["__qualname__", "__name__"] {
        let name = vm.intern(attr);
        if let Ok(v) = super::attr::getattr(vm, func, name) {
            if let Some(text) = v.as_str() {
                return text.to_string();
            }
        }
    }
    "?".to_string()
}

/// The builtin repr of `v`, an instance of a subclass of a builtin type wrapping `p`:
/// a list or int subclass prints as its list or int, but sets, frozensets and
/// bytearrays name their class, as CPython does (`S({1, 2})`).
pub fn payload_repr(vm: &mut Vm, v: Value, p: Value) -> PyResult<String> {
    let r = repr(vm, p)?;
    Ok(match p.kind() {
        Some(ObjKind::Set(s)) => {
            let name = vm.type_name(v);
            if s.frozen {
                format!("{}{}", name, r.strip_prefix("frozenset").unwrap_or(&r))
            } else if r == "set()" {
                format!("{}()", name)
            } else {
                format!("{}({})", name, r)
            }
        }
        Some(ObjKind::ByteArray(_)) => {
            let name = vm.type_name(v);
            format!("{}{}", name, r.strip_prefix("bytearray").unwrap_or(&r))
        }
        _ => r,
    })
}

/// `object.__repr__(v)`: `<module.Class object at 0x...>`.
pub fn object_repr(vm: &Vm, v: Value) -> String {
    let cls = vm.type_of(v);
    let (m, q) = cls.as_type().map(|t| (t.module.clone(), t.qualname.clone())).unwrap_or_default();
    let at = if v.is_obj() { addr(v) } else { format!("0x{:x}", v.0 >> 4) };
    if m == "builtins" {
        format!("<{} object at {}>", q, at)
    } else {
        format!("<{}.{} object at {}>", m, q, at)
    }
}

fn container_repr(vm: &mut Vm, v: Value) -> PyResult<String> {
    if vm.repr_stack.contains(&v) {
        return Ok(match v.kind() {
            Some(ObjKind::List(_)) => "[...]".into(),
            Some(ObjKind::Dict(_)) => "{...}".into(),
            _ => "(...)".into(),
        });
    }
    if vm.repr_stack.len() > 900 {
        let c = vm.types.recursion_error;
        return Err(vm.err(c, "maximum recursion depth exceeded while getting the repr of an object"));
    }
    vm.repr_stack.push(v);
    let r = container_repr_inner(vm, v);
    vm.repr_stack.pop();
    r
}

fn seq_body(vm: &mut Vm, items: &[Value]) -> PyResult<String> {
    let mut out = String::new();
    for (i, &x) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(&repr(vm, x)?);
    }
    Ok(out)
}

fn container_repr_inner(vm: &mut Vm, v: Value) -> PyResult<String> {
    match v.kind() {
        Some(ObjKind::List(l)) => {
            let items = l.borrow().clone();
            Ok(format!("[{}]", seq_body(vm, &items)?))
        }
        Some(ObjKind::Tuple(t)) => {
            if t.len() == 1 {
                Ok(format!("({},)", repr(vm, t[0])?))
            } else {
                Ok(format!("({})", seq_body(vm, t)?))
            }
        }
        Some(ObjKind::Dict(d)) => {
            let entries: Vec<(Value, Value)> = d.borrow().iter().collect();
            let mut out = String::from("{");
            for (i, (k, val)) in entries.into_iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                out.push_str(&repr(vm, k)?);
                out.push_str(": ");
                out.push_str(&repr(vm, val)?);
            }
            out.push('}');
            Ok(out)
        }
        Some(ObjKind::DictView(dv)) => {
            let entries: Vec<(Value, Value)> = dv.dict.as_dict().map(|d| d.borrow().iter().collect()).unwrap_or_default();
            let (name, mut parts) = match dv.kind {
                ViewKind::Keys => ("dict_keys", Vec::new()),
                ViewKind::Values => ("dict_values", Vec::new()),
                ViewKind::Items => ("dict_items", Vec::new()),
            };
            for (k, val) in entries {
                parts.push(match dv.kind {
                    ViewKind::Keys => repr(vm, k)?,
                    ViewKind::Values => repr(vm, val)?,
                    ViewKind::Items => format!("({}, {})", repr(vm, k)?, repr(vm, val)?),
                });
            }
            Ok(format!("{}([{}])", name, parts.join(", ")))
        }
        _ => Ok("<?>".into()),
    }
}

/// str(v).
pub fn str_of(vm: &mut Vm, v: Value) -> PyResult<String> {
    if super::class::has_user_class(v) {
        if let Some(s) = super::class::call_str_special(vm, v, "__str__")? {
            return Ok(s);
        }
        // str.__str__ gives the text of a str subclass; the other builtin types have no
        // __str__ of their own, so a __repr__ the subclass defines applies
        if let Some(s) = super::subclass::payload_of(v).and_then(|p| p.as_str()) {
            return Ok(s.to_string());
        }
    }
    match v.kind() {
        Some(ObjKind::Str(s)) => Ok(s.as_str().to_string()),
        Some(ObjKind::Exception(e)) => super::exception::exc_str(vm, e),
        Some(ObjKind::Type(_)) if super::class::has_user_metaclass(v) => match super::class::call_str_special(vm, v, "__str__")? {
            Some(s) => Ok(s),
            None => repr(vm, v),
        },
        _ => repr(vm, v),
    }
}
