//! Attribute access: getattr / setattr / delattr and the method lookup used by
//! `LoadMethod`, with CPython's AttributeError messages.

use super::{class, BuiltinFn, ObjKind};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

fn bind(vm: &mut Vm, f: Value, obj: Value) -> Value {
    match f.kind() {
        Some(ObjKind::Builtin(b)) if b.self_.is_null() => vm.alloc(ObjKind::Builtin(BuiltinFn { name: b.name, func: b.func, self_: obj, owner: b.owner })),
        Some(ObjKind::Function(_)) => vm.alloc(ObjKind::BoundMethod(super::BoundMethod { func: f, self_: obj })),
        // a builtin type's static method (`"".maketrans`)
        Some(ObjKind::StaticMethod(inner)) => *inner,
        _ => f,
    }
}

/// Attributes computed from an object's own state rather than its type's dict.
fn special_attr(vm: &mut Vm, obj: Value, name: &str) -> PyResult<Option<Value>> {
    if name == "__class__" {
        return Ok(Some(vm.type_of(obj)));
    }
    let v = match obj.kind() {
        Some(ObjKind::Type(t)) => match name {
            "__name__" => {
                let n = t.name.clone();
                vm.new_string(n)
            }
            "__qualname__" => {
                let n = t.qualname.clone();
                vm.new_string(n)
            }
            "__dict__" => {
                // A copy, as CPython's read-only mappingproxy: class dicts change only
                // through setattr/delattr on the class, which the attribute caches rely
                // on (they drop entries when the class epoch moves).
                let d = t.dict;
                let copy = vm.new_dict();
                vm.roots.push(copy);
                let r = super::ops::dict_update(vm, copy, d);
                vm.roots.pop();
                r?;
                copy
            }
            "__module__" => {
                let m = t.module.clone();
                vm.new_string(m)
            }
            "__mro__" => {
                let m = t.mro.borrow().clone();
                vm.new_tuple(m)
            }
            "__base__" => {
                let b = t.base.get();
                if b.is_null() {
                    Value::NONE
                } else {
                    b
                }
            }
            "__bases__" => {
                let b = t.bases.clone();
                vm.new_tuple(b)
            }
            "__doc__" => {
                let k = vm.intern("__doc__");
                t.lookup(k).unwrap_or(Value::NONE)
            }
            // the class's own annotations (not a base's), made empty on first read
            "__annotations__" if t.heap_type => {
                let k = vm.intern("__annotations__");
                let d = t.dict;
                match k.as_strobj().map(|s| s.hash()).and_then(|h| d.as_dict().and_then(|dd| dd.borrow().get(h, k))) {
                    Some(a) => a,
                    None => {
                        let a = vm.new_dict();
                        super::ops::dict_set_str(vm, d, k, a);
                        vm.classes_changed();
                        a
                    }
                }
            }
            _ => return Ok(None),
        },
        Some(ObjKind::Exception(e)) => match name {
            "args" => e.args.get(),
            "__context__" => e.context.get(),
            "__cause__" => e.cause.get(),
            "__suppress_context__" => Value::bool(e.suppress_context.get()),
            "__traceback__" => super::frame::traceback_of(vm, obj),
            "value" if vm.is_instance(obj, vm.types.stop_iteration) => e.args.get().as_tuple().and_then(|t| t.first().copied()).unwrap_or(Value::NONE),
            "encoding" | "object" | "start" | "end" | "reason" if vm.is_instance(obj, vm.types.unicode_error) => {
                // UnicodeDecodeError/UnicodeEncodeError keep their fields in args
                let i = ["encoding", "object", "start", "end", "reason"].iter().position(|n| *n == name).unwrap_or(0);
                match e.args.get().as_tuple() {
                    Some(t) if t.len() == 5 => t[i],
                    _ => return Ok(None),
                }
            }
            _ => return Ok(super::exception::builtin_field(vm, e, name)),
        },
        Some(ObjKind::Function(f)) => match name {
            "__name__" => f.name.get(),
            "__qualname__" => f.qualname.get(),
            "__doc__" => f.doc.get(),
            "__defaults__" => f.defaults.get(),
            "__kwdefaults__" => f.kwdefaults.get(),
            "__code__" => f.code,
            "__globals__" => f.globals,
            "__closure__" => {
                if f.closure.is_null() {
                    Value::NONE
                } else {
                    f.closure
                }
            }
            "__module__" => {
                // a module assigned to the function (`functools.wraps`) is kept in its
                // attribute dict; else the module it was defined in
                let k = vm.intern("__module__");
                let own = f.dict.get();
                match if own.is_null() { None } else { super::ops::dict_get(vm, own, k)? } {
                    Some(m) => m,
                    None => {
                        let g = f.globals;
                        let k = vm.intern("__name__");
                        super::ops::dict_get(vm, g, k)?.unwrap_or(Value::NONE)
                    }
                }
            }
            "__dict__" => {
                if f.dict.get().is_null() {
                    let d = vm.new_dict();
                    f.dict.set(d);
                    vm.write_barrier(obj, d);
                }
                f.dict.get()
            }
            "__annotations__" => {
                // made empty on first read when the `def` had no annotations
                if f.dict.get().is_null() {
                    let d = vm.new_dict();
                    f.dict.set(d);
                    vm.write_barrier(obj, d);
                }
                let d = f.dict.get();
                let k = vm.intern(name);
                match super::ops::dict_get(vm, d, k)? {
                    Some(a) => a,
                    None => {
                        let a = vm.new_dict();
                        super::ops::dict_set_str(vm, d, k, a);
                        a
                    }
                }
            }
            _ => {
                let d = f.dict.get();
                if d.is_null() {
                    return Ok(None);
                }
                let k = vm.new_str(name);
                return super::ops::dict_get(vm, d, k);
            }
        },
        Some(ObjKind::Property(_)) | Some(ObjKind::ClassMethod(_)) | Some(ObjKind::StaticMethod(_)) => {
            return super::descriptor_attrs::descriptor_attr(vm, obj, name);
        }
        Some(ObjKind::Code(c)) => match name {
            "co_name" => c.name,
            "co_qualname" => c.qualname,
            "co_argcount" => Value::small_int(c.argcount as i64),
            "co_kwonlyargcount" => Value::small_int(c.kwonlyargcount as i64),
            "co_posonlyargcount" => Value::small_int(c.posonlyargcount as i64),
            "co_firstlineno" => Value::small_int(c.firstlineno as i64),
            "co_filename" => {
                let f = c.filename.to_string();
                vm.new_string(f)
            }
            "co_varnames" => {
                // the free variables are the last locals: co_freevars lists them
                let v = c.varnames[..c.free_start().min(c.varnames.len())].to_vec();
                vm.new_tuple(v)
            }
            "co_freevars" => {
                let v = c.varnames.get(c.free_start()..c.nlocals as usize).unwrap_or(&[]).to_vec();
                vm.new_tuple(v)
            }
            "co_cellvars" => {
                // the locals a `MakeCell` turns into cells, sorted as CPython sorts them
                let mut v: Vec<Value> = (0..c.instrs.len())
                    .map(|pc| c.instr(pc))
                    .filter(|i| i.op() == crate::bytecode::opcodes::Op::MakeCell)
                    .filter_map(|i| c.varnames.get(i.a()).copied())
                    .collect();
                v.sort_by(|a, b| a.as_str().cmp(&b.as_str()));
                v.dedup();
                vm.new_tuple(v)
            }
            "co_nlocals" => Value::small_int(c.nlocals as i64),
            _ => return Ok(None),
        },
        Some(ObjKind::Builtin(b)) => match name {
            "__name__" | "__qualname__" => vm.new_str(b.name),
            "__self__" => {
                if b.self_.is_null() {
                    Value::NONE
                } else {
                    b.self_
                }
            }
            "__doc__" => Value::NONE,
            _ => return Ok(None),
        },
        Some(ObjKind::Cell(c)) => match name {
            "cell_contents" => {
                let v = c.get();
                if v.is_null() {
                    return Err(vm.value_error("Cell is empty"));
                }
                v
            }
            _ => return Ok(None),
        },
        Some(ObjKind::Slice(s)) => match name {
            "start" => s.start,
            "stop" => s.stop,
            "step" => s.step,
            _ => return Ok(None),
        },
        Some(ObjKind::Range(r)) => match name {
            "start" => vm.new_int_i128(r.start),
            "stop" => vm.new_int_i128(r.stop),
            "step" => vm.new_int_i128(r.step),
            _ => return Ok(None),
        },
        Some(ObjKind::Generator(g)) => {
            let prefix = if g.is_async_gen {
                "ag_"
            } else if g.is_coroutine {
                "cr_"
            } else {
                "gi_"
            };
            match name {
                "__name__" => g.name.get(),
                "__qualname__" => g.qualname.get(),
                _ => match name.strip_prefix(prefix) {
                    // an async generator is running while an awaitable steps it
                    Some("running") if g.is_async_gen => Value::bool(g.running_async.get()),
                    Some("running") => Value::bool(g.state.get() == super::generator::GenState::Running),
                    Some("suspended") => Value::bool(g.state.get() == super::generator::GenState::Suspended),
                    Some("code") => g.code,
                    Some("yieldfrom") | Some("await") => super::generator::delegate_of(g).unwrap_or(Value::NONE),
                    _ => return Ok(None),
                },
            }
        }
        Some(ObjKind::BoundMethod(m)) => match name {
            "__self__" => m.self_,
            "__func__" => m.func,
            _ => return Ok(None),
        },
        Some(ObjKind::File(f)) => return Ok(crate::modules::file::attribute(vm, f, name)),
        _ => {
            if super::int::is_intlike(obj) && !obj.is_bool() || obj.is_bool() {
                match name {
                    "real" | "numerator" => return Ok(Some(if obj.is_bool() { Value::small_int((obj == Value::TRUE) as i64) } else { obj })),
                    "imag" => return Ok(Some(Value::small_int(0))),
                    "denominator" => return Ok(Some(Value::small_int(1))),
                    _ => return Ok(None),
                }
            }
            if let Some(v) = super::complex::attr(obj, name) {
                return Ok(Some(v));
            }
            if obj.is_float() {
                match name {
                    "real" => return Ok(Some(obj)),
                    "imag" => return Ok(Some(Value::float(0.0))),
                    _ => return Ok(None),
                }
            }
            return Ok(None);
        }
    };
    Ok(Some(v))
}

#[cold]
fn no_attr(vm: &mut Vm, obj: Value, name: &str) -> crate::vm::PyErr {
    if let Some(t) = obj.as_type() {
        let n = t.name.clone();
        return vm.attr_error(format!("type object '{}' has no attribute '{}'", n, name));
    }
    let t = vm.type_name(obj);
    vm.attr_error(format!("'{}' object has no attribute '{}'", t, name))
}

pub fn getattr(vm: &mut Vm, obj: Value, name: Value) -> PyResult<Value> {
    let n = name.as_str().unwrap_or("");
    match obj.kind() {
        Some(ObjKind::Module(m)) => {
            if let Some(v) = super::module::own_attr(m, name) {
                return Ok(v);
            }
            if let Some(v) = special_attr(vm, obj, n)? {
                return Ok(v);
            }
            let tv = vm.types.module;
            if let Some(v) = tv.as_type().and_then(|t| t.lookup(name)) {
                return Ok(bind(vm, v, obj));
            }
            return super::module::getattr_missing(vm, m, name);
        }
        Some(ObjKind::Instance(_)) => {
            if n == "__class__" {
                return Ok(vm.type_of(obj));
            }
            if n == "__dict__" {
                if let Some(d) = class::instance_dict(vm, obj) {
                    return Ok(d);
                }
            }
            if let Some(v) = class::instance_getattr(vm, obj, name)? {
                return Ok(v);
            }
            // `real`, `imag`... of an instance of an int or float subclass
            if let Some(p) = super::subclass::payload_of(obj) {
                if let Some(v) = special_attr(vm, p, n)? {
                    return Ok(v);
                }
            }
            let n = n.to_string();
            let e = no_attr(vm, obj, &n);
            return class::getattr_hook(vm, obj, name, e);
        }
        Some(ObjKind::Super(s)) => {
            if let Some(v) = class::super_getattr(vm, s, name)? {
                return Ok(v);
            }
            let n = n.to_string();
            return Err(vm.attr_error(format!("'super' object has no attribute '{}'", n)));
        }
        Some(ObjKind::Exception(e)) if class::has_user_class(obj) || !e.dict.get().is_null() => {
            if special_attr(vm, obj, n)?.is_none() {
                if n == "__dict__" {
                    if e.dict.get().is_null() {
                        let d = vm.new_dict();
                        e.dict.set(d);
                        vm.write_barrier(obj, d);
                    }
                    return Ok(e.dict.get());
                }
                if let Some(v) = class::instance_getattr(vm, obj, name)? {
                    return Ok(v);
                }
                let n = n.to_string();
                let err = no_attr(vm, obj, &n);
                return class::getattr_hook(vm, obj, name, err);
            }
        }
        _ => {}
    }
    if let Some(v) = special_attr(vm, obj, n)? {
        return Ok(v);
    }
    if obj.as_type().is_some() {
        if let Some(v) = class::class_getattr(vm, obj, name)? {
            return Ok(v);
        }
    }
    let tv = vm.type_of(obj);
    if let Some(t) = tv.as_type() {
        if let Some(v) = t.lookup(name) {
            // a native type's computed attribute (`match.lastindex`): a property on the type
            if let Some(ObjKind::Property(p)) = v.kind() {
                if class::is_native_object(obj) && !p.fget.is_null() {
                    let getter = p.fget;
                    return vm.call(getter, &[obj]);
                }
            }
            if class::has_user_metaclass(obj) {
                // the metaclass's properties and methods apply to its classes
                return class::descr_get(vm, v, obj, tv);
            }
            return Ok(bind(vm, v, obj));
        }
    }
    let n = n.to_string();
    Err(no_attr(vm, obj, &n))
}

/// Method lookup without creating a bound method: (function, self) or (attr, NULL).
pub fn load_method(vm: &mut Vm, obj: Value, name: Value) -> PyResult<(Value, Value)> {
    if let Some(ObjKind::Instance(inst)) = obj.kind() {
        // a plain function found on the class (and not shadowed by the instance) is
        // called with the instance, without a bound-method object
        let in_dict = class::instance_attr(vm, inst, name).is_some();
        let gan = vm.names.getattribute;
        let custom = class::special_method_named(vm, obj, gan).is_some();
        if !in_dict && !custom {
            if let Some(f) = vm.lookup_attr(inst.class, name) {
                if f.as_function().is_some() {
                    return Ok((f, obj));
                }
                // a native method of the builtin type an instance of a subclass wraps
                // (`self.append(x)`) is called on the payload, as it would be anyway
                // (`subclass::call_owned`), without a bound method
                if let Some(ObjKind::Builtin(b)) = f.kind() {
                    if b.self_.is_null() && !b.owner.is_null() && !inst.payload.is_null() && inst.class.as_type().is_some_and(|t| t.is_subtype_of(b.owner)) {
                        return Ok((f, inst.payload));
                    }
                }
            }
        }
        return Ok((getattr(vm, obj, name)?, Value::NULL));
    }
    if let Some(ObjKind::Module(m)) = obj.kind() {
        // a module's functions are plain attributes: nothing to bind
        if let Some(v) = super::module::own_attr(m, name) {
            return Ok((v, Value::NULL));
        }
        return Ok((getattr(vm, obj, name)?, Value::NULL));
    }
    if let Some(ObjKind::Super(s)) = obj.kind() {
        // super().f(...): the function and the instance, with no bound method made
        if let Some((f, inst)) = class::super_method(vm, s, name) {
            return Ok((f, inst));
        }
        return Ok((getattr(vm, obj, name)?, Value::NULL));
    }
    if obj.as_type().is_none() && obj.as_function().is_none() && obj.as_exc().is_none() {
        let tv = vm.type_of(obj);
        if let Some(m) = vm.method_cache.get(tv, name) {
            return Ok((m, obj));
        }
        if let Some(t) = tv.as_type() {
            if let Some(v) = t.lookup(name) {
                if matches!(v.kind(), Some(ObjKind::Builtin(b)) if b.self_.is_null()) {
                    vm.method_cache.put(tv, name, v);
                }
                if matches!(v.kind(), Some(ObjKind::Builtin(b)) if b.self_.is_null()) || v.as_function().is_some() {
                    return Ok((v, obj));
                }
                // a builtin type's static method (`"".maketrans(...)`)
                if let Some(ObjKind::StaticMethod(f)) = v.kind() {
                    return Ok((*f, Value::NULL));
                }
                return Ok((v, Value::NULL));
            }
        }
    }
    Ok((getattr(vm, obj, name)?, Value::NULL))
}

pub fn setattr(vm: &mut Vm, obj: Value, name: Value, v: Value) -> PyResult<()> {
    if let Some(ObjKind::Module(m)) = obj.kind() {
        return super::module::setattr(vm, m, name, v);
    }
    let n = name.as_str().unwrap_or("").to_string();
    match obj.kind() {
        Some(ObjKind::Function(f)) => {
            let slot = match n.as_str() {
                "__name__" | "__qualname__" => {
                    if v.as_str().is_none() {
                        return Err(vm.type_error(format!("{} must be set to a string object", n)));
                    }
                    Some(if n == "__name__" { &f.name } else { &f.qualname })
                }
                "__doc__" => Some(&f.doc),
                "__defaults__" => {
                    if !v.is_none() && v.as_tuple().is_none() {
                        return Err(vm.type_error("__defaults__ must be set to a tuple object"));
                    }
                    Some(&f.defaults)
                }
                "__kwdefaults__" => {
                    if !v.is_none() && v.as_dict().is_none() {
                        return Err(vm.type_error("__kwdefaults__ must be set to a dict object"));
                    }
                    Some(&f.kwdefaults)
                }
                "__code__" => {
                    return Err(vm.attr_error(format!("attribute '{}' of 'function' objects is not writable in PVM yet", n)));
                }
                _ => None,
            };
            if let Some(slot) = slot {
                slot.set(v);
                vm.write_barrier(obj, v);
                return Ok(());
            }
            if f.dict.get().is_null() {
                let d = vm.new_dict();
                f.dict.set(d);
                vm.write_barrier(obj, d);
            }
            let d = f.dict.get();
            super::ops::dict_set(vm, d, name, v)
        }
        Some(ObjKind::Generator(g)) if n == "__name__" || n == "__qualname__" => {
            if v.as_str().is_none() {
                return Err(vm.type_error(format!("{} must be set to a string object", n)));
            }
            if n == "__name__" {
                g.name.set(v);
            } else {
                g.qualname.set(v);
            }
            vm.write_barrier(obj, v);
            Ok(())
        }
        Some(ObjKind::Instance(i)) => {
            // a plain object() has no __dict__ and takes no attributes
            if !i.class.as_type().is_some_and(|t| t.heap_type) {
                let t = vm.type_name(obj);
                return Err(vm.attr_error(format!("'{}' object has no attribute '{}'", t, n)));
            }
            class::instance_setattr(vm, obj, name, v)?;
            Ok(())
        }
        Some(ObjKind::Exception(e)) => {
            if class::has_user_class(obj) && class::special_method(vm, obj, "__setattr__").is_some() {
                class::instance_setattr(vm, obj, name, v)?;
                return Ok(());
            }
            match n.as_str() {
                "args" => {
                    let items = super::iter::collect(vm, v)?;
                    let t = vm.new_tuple(items);
                    e.args.set(t);
                    vm.write_barrier(obj, t);
                }
                "__context__" => e.context.set(v),
                "__traceback__" => super::exception::set_traceback(vm, e, v)?,
                "__cause__" => {
                    e.cause.set(v);
                    e.suppress_context.set(true);
                }
                "__suppress_context__" => e.suppress_context.set(super::ops::truthy(vm, v)?),
                _ => {
                    // exceptions have a __dict__, as in CPython
                    class::generic_setattr(vm, obj, name, v)?;
                    return Ok(());
                }
            }
            vm.write_barrier(obj, v);
            Ok(())
        }
        Some(ObjKind::Type(_)) => {
            // a metaclass defined in Python may define how its classes take attributes
            if class::has_user_metaclass(obj) && class::call_meta_special(vm, obj, "__setattr__", &[name, v])?.is_some() {
                return Ok(());
            }
            type_setattr(vm, obj, name, v)
        }
        Some(ObjKind::Native(nat)) => {
            // a native module's type has no instance attributes: CPython names it
            // with its module (`collections.deque`)
            let (full, prop) = match nat.class.as_type() {
                Some(tt) => (format!("{}.{}", tt.module, tt.name), matches!(tt.lookup(name).and_then(|a| a.kind()), Some(ObjKind::Property(_)))),
                None => (String::from("object"), false),
            };
            if prop {
                Err(vm.attr_error(format!("attribute '{}' of '{}' objects is not writable", n, full)))
            } else {
                Err(vm.attr_error(format!("'{}' object has no attribute '{}'", full, n)))
            }
        }
        _ => {
            let t = vm.type_name(obj);
            let has = vm.type_of(obj).as_type().map(|tt| tt.lookup(name).is_some()).unwrap_or(false);
            if has {
                Err(vm.attr_error(format!("'{}' object attribute '{}' is read-only", t, n)))
            } else {
                Err(vm.attr_error(format!("'{}' object has no attribute '{}'", t, n)))
            }
        }
    }
}

/// `Cls.name = v` without the metaclass's `__setattr__` (which `type.__setattr__`,
/// reached through `super()` from that hook, must not call again).
pub fn type_setattr(vm: &mut Vm, obj: Value, name: Value, v: Value) -> PyResult<()> {
    if class::class_setattr(vm, obj, name, v)? {
        return Ok(());
    }
    let n = name.as_str().unwrap_or("").to_string();
    let tn = obj.as_type().map(|t| t.name.clone()).unwrap_or_default();
    Err(vm.type_error(format!("cannot set '{}' attribute of immutable type '{}'", n, tn)))
}

pub fn delattr(vm: &mut Vm, obj: Value, name: Value) -> PyResult<()> {
    if let Some(ObjKind::Module(m)) = obj.kind() {
        return super::module::delattr(vm, m, name);
    }
    if class::has_user_metaclass(obj) && class::call_meta_special(vm, obj, "__delattr__", &[name])?.is_some() {
        return Ok(());
    }
    type_or_object_delattr(vm, obj, name)
}

/// `delattr` without a metaclass's `__delattr__` hook.
pub fn type_or_object_delattr(vm: &mut Vm, obj: Value, name: Value) -> PyResult<()> {
    let n = name.as_str().unwrap_or("").to_string();
    if class::has_user_class(obj) && class::instance_delattr(vm, obj, name)? {
        return Ok(());
    }
    if let Some(t) = obj.as_type().filter(|t| t.heap_type) {
        let d = t.dict;
        let h = super::ops::hash(vm, name)?;
        if d.as_dict().and_then(|dd| dd.borrow_mut().remove(h, name)).is_some() {
            vm.classes_changed();
            return Ok(());
        }
        let tn = t.name.clone();
        return Err(vm.attr_error(format!("type object '{}' has no attribute '{}'", tn, n)));
    }
    if let Some(ObjKind::Function(f)) = obj.kind() {
        let d = f.dict.get();
        if let Some(dd) = d.as_dict() {
            let h = super::ops::hash(vm, name)?;
            if dd.borrow_mut().remove(h, name).is_some() {
                return Ok(());
            }
        }
    }
    Err(no_attr(vm, obj, &n))
}
