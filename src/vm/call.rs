//! Calls: frame push for Python functions (no Rust recursion), argument binding with
//! CPython's error messages, and native calls.

use super::{Frame, PyResult, Vm, STACK_SLOTS};
use crate::bytecode::code::{FLAG_VARARGS, FLAG_VARKW};
use crate::bytecode::Code;
use crate::objects::{Function, ObjKind};
use crate::value::Value;

pub enum CallOutcome {
    /// A native callee finished with this value.
    Done(Value),
    /// A Python frame was pushed; the interpreter continues in it.
    Pushed,
}

/// Calls `callee` with `nargs` arguments in stack slots `args_at..`, the last
/// `len(kwnames)` of them named by the `kwnames` tuple (NULL for none).
#[inline(always)]
pub fn call_from_regs(vm: &mut Vm, callee: Value, args_at: usize, nargs: usize, kwnames: Value, ret_dst: *mut Value) -> PyResult<CallOutcome> {
    if let Some(ObjKind::Function(f)) = callee.kind() {
        let code = f.code.as_code().expect("function code");
        if kwnames.is_null() && nargs == code.argcount as usize && code.kwonlyargcount == 0 {
            if code.flags == 0 {
                push_frame(vm, f, code, args_at, nargs, ret_dst)?;
                return Ok(CallOutcome::Pushed);
            }
            if code.flags & (FLAG_VARARGS | FLAG_VARKW) == 0 {
                // a generator (or coroutine) function: the frame's registers are set up
                // here, then move into the generator
                return new_generator_frame(vm, f, code, args_at, nargs).map(CallOutcome::Done);
            }
        }
        return push_with_binding(vm, f, args_at, nargs, kwnames, ret_dst);
    }
    match callee.kind() {
        Some(ObjKind::Type(t)) if t.heap_type && args_at > 0 => {
            if let Some(out) = push_init_frame(vm, callee, args_at, nargs, kwnames, ret_dst)? {
                return Ok(out);
            }
        }
        // a bound Python method: its self goes in the slot below the arguments (the
        // callee's register or an empty self slot), and the function is called directly
        Some(ObjKind::BoundMethod(m)) if args_at > 0 && m.func.as_function().is_some() => {
            let (func, self_) = (m.func, m.self_);
            vm.set_slot(args_at - 1, self_);
            return call_from_regs(vm, func, args_at - 1, nargs + 1, kwnames, ret_dst);
        }
        _ => {}
    }
    call_other(vm, callee, args_at, nargs, kwnames)
}

/// `C(args)` for a class with a Python `__init__` and the default `__new__`: the new
/// instance goes in the slot just below the arguments (the callee's register, or the
/// empty self slot of a method call) and `__init__` runs as an ordinary frame, whose
/// return yields the instance, so no native re-entry of the interpreter happens and
/// recursion through constructors is bounded by the recursion limit alone.
#[cold]
fn push_init_frame(vm: &mut Vm, cls: Value, args_at: usize, nargs: usize, kwnames: Value, ret_dst: *mut Value) -> PyResult<Option<CallOutcome>> {
    let (new_name, init_name) = (vm.names.new, vm.names.init);
    // exceptions, classes with a metaclass of their own, and metaclasses (whose
    // instances are classes) take the general path
    let type_t = vm.types.type_;
    // so do subclasses of immutable builtin types, whose value `__new__` builds from
    // the arguments
    if cls.as_type().is_some_and(|t| {
        t.is_exception.get()
            || !t.metaclass.get().is_null()
            || t.is_subtype_of(type_t)
            || (!t.payload_base.is_null() && !vm.types.is_mutable_payload_type(t.payload_base))
    }) {
        return Ok(None);
    }
    let user_new =
        vm.lookup_attr(cls, new_name).is_some_and(|v| !matches!(v.kind(), Some(ObjKind::StaticMethod(f)) if matches!(f.kind(), Some(ObjKind::Builtin(_)))));
    if user_new {
        return Ok(None);
    }
    let init = match vm.lookup_attr(cls, init_name) {
        Some(f) if f.as_function().is_some() => f,
        _ => return Ok(None),
    };
    let obj = crate::objects::class::new_instance(vm, cls, &[]);
    vm.set_slot(args_at - 1, obj);
    let out = call_from_regs(vm, init, args_at - 1, nargs + 1, kwnames, ret_dst)?;
    if let Some(f) = vm.frames.last_mut() {
        f.init_self = obj;
    }
    Ok(Some(out))
}

/// Pushes a frame whose `nargs` arguments already sit in slots `args_at..`, the first
/// registers of the new frame (`code_v` is the code object `code` as a value).
#[inline(always)]
pub fn push_frame(vm: &mut Vm, func: &Function, code: &Code, args_at: usize, nargs: usize, ret_dst: *mut Value) -> PyResult<()> {
    if args_at + code.nregs as usize >= STACK_SLOTS || vm.frames.len() >= vm.recursion_limit {
        return Err(vm.recursion_error());
    }
    vm.init_registers(code, args_at, nargs);
    if code.nfree != 0 {
        load_closure(vm, func, code, args_at);
    }
    let f = Frame::new(vm, func.code, func.globals, args_at, code.nregs as usize, ret_dst);
    vm.frames.push(f);
    Ok(())
}

/// The generator (coroutine, async generator) a call of generator function `func`
/// with exactly its positional arguments, in slots `args_at..`, makes.
fn new_generator_frame(vm: &mut Vm, func: &Function, code: &Code, args_at: usize, nargs: usize) -> PyResult<Value> {
    if args_at + code.nregs as usize >= STACK_SLOTS {
        return Err(vm.recursion_error());
    }
    vm.init_registers(code, args_at, nargs);
    if code.nfree != 0 {
        load_closure(vm, func, code, args_at);
    }
    Ok(crate::objects::generator::new_generator(vm, func, args_at))
}

/// Puts the closure's cells in the free-variable registers of a new frame at `base`
/// (a copy of a few words: a call to a closure costs a plain call plus its cells).
#[inline(always)]
fn load_closure(vm: &mut Vm, func: &Function, code: &Code, base: usize) {
    if let Some(cells) = func.closure.as_tuple() {
        let n = cells.len().min(code.nfree as usize);
        // SAFETY: the free variables are the frame's last locals, below its nregs, and
        // the caller checked that `base + nregs` fits the stack; the closure tuple is a
        // heap object, apart from the stack.
        unsafe { std::ptr::copy_nonoverlapping(cells.as_ptr(), vm.slot_ptr(base + code.free_start()), n) };
    }
}

/// Calls native function `func` with the `nargs` arguments in stack slots `args_at..`
/// of the top frame's registers.
#[inline(always)]
pub fn call_builtin_from_regs(vm: &mut Vm, func: crate::objects::NativeFn, args_at: usize, nargs: usize) -> PyResult<Value> {
    debug_assert!(args_at + nargs <= vm.frame_top());
    // SAFETY: the arguments lie inside the top frame's registers (the specialized call
    // instructions pass their own argument registers); anything the callee runs pushes
    // frames at or above that frame's end, so these slots are neither moved nor written
    // while the slice is alive, and they stay rooted there for the GC.
    let args = unsafe { std::slice::from_raw_parts(vm.slot_ptr(args_at) as *const Value, nargs) };
    func(vm, args, &[])
}

#[cold]
#[inline(never)]
fn call_other(vm: &mut Vm, callee: Value, args_at: usize, nargs: usize, kwnames: Value) -> PyResult<CallOutcome> {
    let names: &[Value] = kwnames.as_tuple().unwrap_or(&[]);
    if args_at + nargs <= vm.frame_top() {
        // SAFETY: the arguments lie inside the calling frame's registers, below the top
        // frame's end; anything the callee runs (native re-entry into Python) pushes
        // frames at or above that end, so these slots are neither moved nor written
        // while the slice is alive. They also stay rooted there for the GC.
        let args = unsafe { std::slice::from_raw_parts(vm.slot_ptr(args_at) as *const Value, nargs) };
        return call_native_or_type(vm, callee, args, names).map(CallOutcome::Done);
    }
    let args: Vec<Value> = (args_at..args_at + nargs).map(|i| vm.slot(i)).collect();
    call_native_or_type(vm, callee, &args, names).map(CallOutcome::Done)
}

/// Calls anything that is not a plain Python function (and Python functions through a
/// nested interpreter run), with positional args followed by keyword values.
pub fn call_native_or_type(vm: &mut Vm, callee: Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    match callee.kind() {
        Some(ObjKind::Builtin(b)) => {
            if !b.owner.is_null() {
                return crate::objects::subclass::call_owned(vm, b, args, kwnames);
            }
            if b.self_.is_null() {
                (b.func)(vm, args, kwnames)
            } else {
                let mut full = Vec::with_capacity(args.len() + 1);
                full.push(b.self_);
                full.extend_from_slice(args);
                (b.func)(vm, &full, kwnames)
            }
        }
        Some(ObjKind::Type(_)) => crate::objects::types::call_type(vm, callee, args, kwnames),
        Some(ObjKind::BoundMethod(m)) => {
            let mut full = Vec::with_capacity(args.len() + 1);
            full.push(m.self_);
            full.extend_from_slice(args);
            let f = m.func;
            vm.call_with_kw(f, &full, kwnames)
        }
        Some(ObjKind::Function(_)) => vm.call_with_kw(callee, args, kwnames),
        Some(ObjKind::Instance(_)) | Some(ObjKind::Native(_)) => match crate::objects::class::special_method(vm, callee, "__call__") {
            Some(f) => {
                // the receiver and the arguments, on the stack when they are few (sort keys)
                let mut small = [Value::NULL; 8];
                let mut big = Vec::new();
                let full: &[Value] = if args.len() < small.len() {
                    small[0] = callee;
                    small[1..=args.len()].copy_from_slice(args);
                    &small[..=args.len()]
                } else {
                    big.reserve(args.len() + 1);
                    big.push(callee);
                    big.extend_from_slice(args);
                    &big
                };
                vm.call_with_kw(f, full, kwnames)
            }
            None => {
                let t = vm.type_name(callee);
                Err(vm.type_error(format!("'{}' object is not callable", t)))
            }
        },
        _ => {
            let t = vm.type_name(callee);
            Err(vm.type_error(format!("'{}' object is not callable", t)))
        }
    }
}

/// `f(*args, **kwargs)`: flattens the tuple and dict into stack slots and calls.
pub fn call_ex(vm: &mut Vm, callee: Value, args: Value, kwargs: Value, args_at: usize, ret_dst: *mut Value) -> PyResult<CallOutcome> {
    let pos: Vec<Value> = match args.as_tuple() {
        Some(t) => t.to_vec(),
        None => {
            // `f(*x)` passes x as it is (CPython's CALL_FUNCTION_EX)
            if !crate::objects::iter::is_iterable(args) {
                let (fs, t) = (function_str(vm, callee), vm.type_name(args));
                return Err(vm.type_error(format!("{} argument after * must be an iterable, not {}", fs, t)));
            }
            crate::objects::iter::collect(vm, args)?
        }
    };
    let mut names = Vec::new();
    let mut vals = Vec::new();
    if !kwargs.is_null() {
        match kwargs.as_dict() {
            Some(d) => {
                for (k, v) in d.borrow().iter() {
                    // an instance of a str subclass names the keyword by its text
                    let k = match crate::objects::subclass::payload_of(k).filter(|p| p.as_str().is_some()) {
                        Some(text) => text,
                        None if k.as_str().is_some() => k,
                        None => return Err(vm.type_error("keywords must be strings")),
                    };
                    names.push(k);
                    vals.push(v);
                }
            }
            None => {
                let t = vm.type_name(kwargs);
                return Err(vm.type_error(format!("argument after ** must be a mapping, not {}", t)));
            }
        }
    }
    let n = pos.len() + vals.len();
    if args_at + n + 1 >= STACK_SLOTS {
        return Err(vm.recursion_error());
    }
    for (i, v) in pos.iter().chain(vals.iter()).enumerate() {
        vm.set_slot(args_at + i, *v);
    }
    let kwnames = if names.is_empty() { Value::NULL } else { vm.new_tuple(names) };
    // The flattened arguments overwrite the registers that held `args` and `kwargs` and
    // may extend past the caller's frame, where a native callee's own calls into Python
    // would place frames; keep everything reachable while the callee runs.
    let mark = vm.roots.len();
    vm.roots.extend([callee, args, kwargs, kwnames]);
    let r = call_from_regs(vm, callee, args_at, n, kwnames, ret_dst);
    vm.roots.truncate(mark);
    r
}

/// How CPython names a callable in the errors of `*`/`**` arguments
/// (`_PyObject_FunctionStr`): `module.qualname()`, just `qualname()` for builtins, and
/// the object's str for callables without a qualified name.
pub fn function_str(vm: &mut Vm, f: Value) -> String {
    let f = match f.kind() {
        Some(ObjKind::BoundMethod(m)) => m.func,
        _ => f,
    };
    let (qualname, module) = match f.kind() {
        Some(ObjKind::Function(func)) => {
            let q = func.qualname.get().as_str().unwrap_or("?").to_string();
            let k = vm.intern("__name__");
            let m = crate::objects::ops::dict_get(vm, func.globals, k).ok().flatten().and_then(|m| m.as_str().map(str::to_string));
            (q, m)
        }
        Some(ObjKind::Builtin(b)) => (b.name.to_string(), None),
        Some(ObjKind::Type(t)) => (t.name.to_string(), Some(t.module.to_string())),
        _ => return crate::objects::repr::str_of(vm, f).unwrap_or_default(),
    };
    match module {
        Some(m) if m != "builtins" => format!("{}.{}()", m, qualname),
        _ => format!("{}()", qualname),
    }
}

/// `**m` in a call of `callee` (CPython's DICT_MERGE): the entries of mapping `m` go
/// into the call's keyword dict `acc`; a key it already has is an error, as is a
/// non-mapping.
#[cold]
#[inline(never)]
pub fn merge_kwargs(vm: &mut Vm, acc: Value, m: Value, callee: Value) -> PyResult<()> {
    if m.as_dict().is_none() && !crate::objects::ops::is_mapping(vm, m) {
        let (fs, t) = (function_str(vm, callee), vm.type_name(m));
        return Err(vm.type_error(format!("{} argument after ** must be a mapping, not {}", fs, t)));
    }
    // the mapping's entries, in its order (a user mapping's keys() and [] may run code)
    let entries = vm.new_dict();
    vm.roots.push(entries);
    let r = crate::objects::ops::dict_update(vm, entries, m);
    vm.roots.pop();
    r?;
    let (Some(from), Some(to)) = (entries.as_dict(), acc.as_dict()) else { return Ok(()) };
    let items: Vec<_> = from.borrow().iter_hashed().collect();
    for e in items {
        if to.borrow().get(e.hash, e.key).is_some() {
            let fs = function_str(vm, callee);
            let k = crate::objects::repr::str_of(vm, e.key)?;
            return Err(vm.type_error(format!("{} got multiple values for keyword argument '{}'", fs, k)));
        }
        to.borrow_mut().insert(e.hash, e.key, e.value);
        vm.write_barrier(acc, e.key);
        vm.write_barrier(acc, e.value);
    }
    Ok(())
}

#[cold]
fn push_with_binding(vm: &mut Vm, f: &Function, args_at: usize, nargs: usize, kwnames: Value, ret_dst: *mut Value) -> PyResult<CallOutcome> {
    let code = f.code.as_code().expect("function code");
    let nregs = code.nregs as usize;
    if args_at + nregs + nargs >= STACK_SLOTS || vm.frames.len() >= vm.recursion_limit {
        return Err(vm.recursion_error());
    }
    let args: Vec<Value> = (args_at..args_at + nargs).map(|i| vm.slot(i)).collect();
    let names: Vec<Value> = kwnames.as_tuple().map(|t| t.to_vec()).unwrap_or_default();
    let params = bind_args(vm, f, &args, &names)?;
    for (i, v) in params.iter().enumerate() {
        vm.set_slot(args_at + i, *v);
    }
    vm.init_registers(code, args_at, params.len());
    if code.nfree != 0 {
        load_closure(vm, f, code, args_at);
    }
    if code.is_generator() {
        let g = crate::objects::generator::new_generator(vm, f, args_at);
        return Ok(CallOutcome::Done(g));
    }
    let fr = Frame::new(vm, f.code, f.globals, args_at, nregs, ret_dst);
    vm.frames.push(fr);
    Ok(CallOutcome::Pushed)
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("{} {}", n, word)
    } else {
        format!("{} {}s", n, word)
    }
}

/// `'a'`, `'a' and 'b'`, `'a', 'b', and 'c'`: parameter names in CPython's messages.
pub(crate) fn name_list(names: &[String]) -> String {
    match names.len() {
        0 => String::new(),
        1 => format!("'{}'", names[0]),
        2 => format!("'{}' and '{}'", names[0], names[1]),
        _ => {
            let head: Vec<String> = names[..names.len() - 1].iter().map(|n| format!("'{}'", n)).collect();
            format!("{}, and '{}'", head.join(", "), names[names.len() - 1])
        }
    }
}

/// Binds call arguments to the parameter registers of `f`, as CPython does.
fn bind_args(vm: &mut Vm, f: &Function, args: &[Value], kwnames: &[Value]) -> PyResult<Vec<Value>> {
    let code = f.code.as_code().expect("function code");
    let qual = f.qualname.get().as_str().unwrap_or("?").to_string();
    let argc = code.argcount as usize;
    let kwonly = code.kwonlyargcount as usize;
    let npos = args.len() - kwnames.len();
    let total = code.total_params();
    let mut slots = vec![Value::UNBOUND; total];
    let varargs_idx = argc + kwonly;
    let varkw_idx = varargs_idx + code.has_varargs() as usize;
    for i in 0..npos.min(argc) {
        slots[i] = args[i];
    }
    let defaults: Vec<Value> = f.defaults.get().as_tuple().map(|t| t.to_vec()).unwrap_or_default();
    if npos > argc && code.has_varargs() {
        let extra = args[argc..npos].to_vec();
        slots[varargs_idx] = vm.new_tuple(extra);
    } else if code.has_varargs() {
        slots[varargs_idx] = vm.types.empty_tuple;
    }
    let kwdict = if code.has_varkw() {
        let d = vm.new_dict();
        slots[varkw_idx] = d;
        Some(d)
    } else {
        None
    };
    let posonly = code.posonlyargcount as usize;
    for (j, name) in kwnames.iter().enumerate() {
        let val = args[npos + j];
        let s = name.as_str().unwrap_or("");
        let found = (posonly..argc + kwonly).find(|&p| code.varnames[p] == *name || code.varnames[p].as_str() == Some(s));
        match found {
            Some(p) => {
                if !slots[p].is_unbound() {
                    return Err(vm.type_error(format!("{}() got multiple values for argument '{}'", qual, s)));
                }
                slots[p] = val;
            }
            None => {
                if let Some(d) = kwdict {
                    crate::objects::ops::dict_set_str(vm, d, *name, val);
                } else {
                    // every keyword naming a positional-only parameter, else this one
                    let posonly_as_kw: Vec<&str> =
                        kwnames.iter().filter_map(|n| n.as_str()).filter(|n| code.varnames[..posonly].iter().any(|v| v.as_str() == Some(*n))).collect();
                    if !posonly_as_kw.is_empty() {
                        return Err(vm.type_error(format!(
                            "{}() got some positional-only arguments passed as keyword arguments: '{}'",
                            qual,
                            posonly_as_kw.join(", ")
                        )));
                    }
                    return Err(vm.type_error(format!("{}() got an unexpected keyword argument '{}'", qual, s)));
                }
            }
        }
    }
    // as CPython: keyword errors first, then too many positional arguments
    if npos > argc && !code.has_varargs() {
        let kw_given = kwnames
            .iter()
            .filter(|n| {
                let s = n.as_str().unwrap_or("");
                code.varnames[argc..argc + kwonly].iter().any(|v| v.as_str() == Some(s))
            })
            .count();
        let takes =
            if defaults.is_empty() { plural(argc, "positional argument") } else { format!("from {} to {} positional arguments", argc - defaults.len(), argc) };
        let given = if kw_given > 0 {
            format!(
                "{} positional argument{} (and {} keyword-only argument{}) were given",
                npos,
                if npos == 1 { "" } else { "s" },
                kw_given,
                if kw_given == 1 { "" } else { "s" }
            )
        } else if npos == 1 {
            "1 was given".to_string()
        } else {
            format!("{} were given", npos)
        };
        let takes = if defaults.is_empty() && argc == 1 { "1 positional argument".to_string() } else { takes };
        return Err(vm.type_error(format!("{}() takes {} but {}", qual, takes, given)));
    }
    // defaults for the trailing positional parameters
    let first_default = argc - defaults.len().min(argc);
    let mut missing = Vec::new();
    for i in 0..argc {
        if slots[i].is_unbound() {
            if i >= first_default {
                slots[i] = defaults[i - first_default];
            } else {
                missing.push(code.varnames[i].as_str().unwrap_or("?").to_string());
            }
        }
    }
    if !missing.is_empty() {
        return Err(vm.type_error(format!(
            "{}() missing {} required positional argument{}: {}",
            qual,
            missing.len(),
            if missing.len() == 1 { "" } else { "s" },
            name_list(&missing)
        )));
    }
    let mut missing_kw = Vec::new();
    for i in argc..argc + kwonly {
        if slots[i].is_unbound() {
            let name = code.varnames[i];
            let kwd = f.kwdefaults.get();
            let d = kwd.as_dict().and_then(|d| {
                let h = name.as_strobj().map(|s| s.hash()).unwrap_or(0);
                d.borrow().get(h, name)
            });
            match d {
                Some(v) => slots[i] = v,
                None => missing_kw.push(name.as_str().unwrap_or("?").to_string()),
            }
        }
    }
    if !missing_kw.is_empty() {
        return Err(vm.type_error(format!(
            "{}() missing {} required keyword-only argument{}: {}",
            qual,
            missing_kw.len(),
            if missing_kw.len() == 1 { "" } else { "s" },
            name_list(&missing_kw)
        )));
    }
    Ok(slots)
}

impl Vm {
    /// Runs a class body (a function of no arguments compiled for a class scope) with
    /// `ns` as the namespace its names are stored in.
    pub fn run_class_body(&mut self, body: Value, ns: Value) -> PyResult<Value> {
        let f = match body.as_function() {
            Some(f) => f,
            None => return Err(self.type_error("__build_class__: func must be a function")),
        };
        if self.native_depth + self.frames.len() >= self.recursion_limit + 50 || self.native_depth > 200 {
            return Err(self.recursion_error());
        }
        let top = self.frame_top();
        if top + 2 >= STACK_SLOTS {
            return Err(self.recursion_error());
        }
        self.set_slot(top, Value::NONE);
        let code = f.code.as_code().expect("function code");
        let dst = self.slot_ptr(top);
        push_frame(self, f, code, top + 1, 0, dst)?;
        if let Some(fr) = self.frames.last_mut() {
            fr.flags |= super::FRAME_ENTRY;
            fr.locals = ns;
        }
        self.native_depth += 1;
        let r = super::dispatch::run(self);
        self.native_depth -= 1;
        r
    }

    /// Calls any callable from native code with positional arguments.
    pub fn call(&mut self, callee: Value, args: &[Value]) -> PyResult<Value> {
        self.call_with_kw(callee, args, &[])
    }

    /// Calls any callable from native code; the last `kwnames.len()` args are keywords.
    pub fn call_with_kw(&mut self, callee: Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
        if callee.as_function().is_none() {
            return call_native_or_type(self, callee, args, kwnames);
        }
        if self.native_depth + self.frames.len() >= self.recursion_limit + 50 || self.native_depth > 200 {
            return Err(self.recursion_error());
        }
        let top = self.frame_top();
        if top + args.len() + 2 >= STACK_SLOTS {
            return Err(self.recursion_error());
        }
        // slot `top` receives the result; the arguments follow it
        self.set_slot(top, Value::NONE);
        for (i, a) in args.iter().enumerate() {
            self.set_slot(top + 1 + i, *a);
        }
        let kwt = if kwnames.is_empty() { Value::NULL } else { self.new_tuple(kwnames.to_vec()) };
        // Root the callee and the keyword names: binding may allocate.
        self.roots.push(callee);
        self.roots.push(kwt);
        let dst = self.slot_ptr(top);
        let pushed = call_from_regs(self, callee, top + 1, args.len(), kwt, dst);
        self.roots.truncate(self.roots.len() - 2);
        match pushed? {
            CallOutcome::Done(v) => Ok(v),
            CallOutcome::Pushed => {
                if let Some(f) = self.frames.last_mut() {
                    f.flags |= super::FRAME_ENTRY;
                }
                self.native_depth += 1;
                let r = super::dispatch::run(self);
                self.native_depth -= 1;
                r
            }
        }
    }
}
