//! The `builtins` module: functions, types and exception classes visible to every
//! program, and the methods of the builtin types (in `types_init`).

pub mod args;
pub mod bytes;
pub mod dunder;
pub mod exec;
pub mod set;
pub mod sort;
pub mod str_translate;
pub mod strfmt;
pub mod types_init;

use crate::objects::generator::Take;
use crate::objects::int::{self, as_num, Num};
use crate::objects::iter::{self, IterState};
use crate::objects::numfmt;
use crate::objects::ops;
use crate::objects::repr::{repr, str_of};
use crate::objects::{NativeFn, ObjKind};
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use args::{arity, bind, int_arg, no_kwargs};
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

pub fn make_builtins(vm: &mut Vm) -> Value {
    let d = vm.new_dict();
    let funcs: &[(&'static str, NativeFn)] = &[
        ("print", b_print),
        ("len", b_len),
        ("repr", b_repr),
        ("ascii", b_ascii),
        ("abs", b_abs),
        ("min", b_min),
        ("max", b_max),
        ("sum", b_sum),
        ("divmod", b_divmod),
        ("pow", b_pow),
        ("round", b_round),
        ("isinstance", b_isinstance),
        ("issubclass", b_issubclass),
        ("hash", b_hash),
        ("id", b_id),
        ("ord", b_ord),
        ("chr", b_chr),
        ("hex", b_hex),
        ("oct", b_oct),
        ("bin", b_bin),
        ("sorted", b_sorted),
        ("any", b_any),
        ("all", b_all),
        ("iter", b_iter),
        ("next", b_next),
        ("callable", b_callable),
        ("getattr", b_getattr),
        ("setattr", b_setattr),
        ("hasattr", b_hasattr),
        ("delattr", b_delattr),
        ("format", b_format),
        ("super", crate::objects::class::b_super),
        ("open", crate::modules::file::b_open),
        ("input", crate::modules::file::b_input),
        ("__import__", b_import),
        ("globals", b_globals),
        ("exec", exec::b_exec),
        ("vars", b_vars),
        ("dir", b_dir),
    ];
    for (name, f) in funcs {
        let fv = vm.new_builtin(name, *f);
        if *name == "super" {
            vm.super_fn = fv;
        }
        let k = vm.intern(name);
        ops::dict_set_str(vm, d, k, fv);
    }
    let t = &vm.types;
    let types: Vec<(&str, Value)> = vec![
        ("object", t.object),
        ("type", t.type_),
        ("int", t.int),
        ("bool", t.bool_),
        ("float", t.float),
        ("complex", t.complex),
        ("str", t.str_),
        ("bytes", t.bytes),
        ("bytearray", t.bytearray),
        ("list", t.list),
        ("tuple", t.tuple),
        ("dict", t.dict),
        ("set", t.set),
        ("frozenset", t.frozenset),
        ("range", t.range),
        ("slice", t.slice),
        ("enumerate", t.enumerate),
        ("zip", t.zip),
        ("reversed", t.reversed),
        ("map", t.map),
        ("filter", t.filter),
        ("property", t.property),
        ("classmethod", t.classmethod),
        ("staticmethod", t.staticmethod),
    ];
    let excs = vm.types.exceptions.clone();
    for (name, tv) in types.into_iter().chain(excs.into_iter()) {
        let k = vm.intern(name);
        ops::dict_set_str(vm, d, k, tv);
    }
    let k = vm.intern("NotImplemented");
    ops::dict_set_str(vm, d, k, Value::NOT_IMPLEMENTED);
    let k = vm.intern("Ellipsis");
    ops::dict_set_str(vm, d, k, Value::ELLIPSIS);
    let k = vm.intern("__name__");
    let v = vm.new_str("builtins");
    ops::dict_set_str(vm, d, k, v);
    d
}

/// CPython's `_sitebuiltins.Quitter`, which its `site` module installs as `exit` and
/// `quit`: calling one raises SystemExit, its repr tells how to leave the prompt.
const SITE_BUILTINS: &str = "\
class Quitter(object):
    def __init__(self, name, eof):
        self.name = name
        self.eof = eof
    def __repr__(self):
        return 'Use %s() or %s to exit' % (self.name, self.eof)
    def __call__(self, code=None):
        raise SystemExit(code)
exit = Quitter('exit', 'Ctrl-D (i.e. EOF)')
quit = Quitter('quit', 'Ctrl-D (i.e. EOF)')
";

/// `exit` or `quit` read where neither the globals nor the builtins have it yet: adds
/// both to builtins, as CPython's `site` module does at start-up, and returns the one
/// asked for. Done on first use, since parsing the class costs more than all the rest
/// of PVM's start-up; None for any other name.
#[cold]
#[inline(never)]
pub fn site_builtin(vm: &mut Vm, name: Value) -> Option<Value> {
    let wanted = name.as_str()?;
    if wanted != "exit" && wanted != "quit" {
        return None;
    }
    let code = crate::compiler::compile_module(vm, SITE_BUILTINS, "<frozen _sitebuiltins>").ok()?;
    vm.roots.push(code);
    let module = crate::objects::module::new_module(vm, "_sitebuiltins", crate::objects::module::ModuleOrigin::BuiltIn);
    let globals = module.as_module().map_or(Value::NULL, |m| m.dict);
    vm.roots.push(globals);
    let b = vm.builtins;
    crate::objects::module::set_entry(vm, globals, "__builtins__", b);
    let mut found = None;
    if vm.run_code(code, globals).is_ok() {
        for n in ["exit", "quit"] {
            let k = vm.intern(n);
            let hash = k.as_strobj().map(|s| s.hash()).unwrap_or(0);
            if let Some(v) = globals.as_dict().and_then(|d| d.borrow().get(hash, k)) {
                ops::dict_set_str(vm, b, k, v);
                if n == wanted {
                    found = Some(v);
                }
            }
        }
    }
    vm.roots.truncate(vm.roots.len() - 2);
    found
}

/// `sys.displayhook(value)`: what an expression statement typed at the interactive
/// prompt does with its value. As CPython's: nothing for None; otherwise `_` is None
/// while the repr is computed, the repr is printed and `builtins._` keeps the value.
#[cold]
#[inline(never)]
pub fn display_hook(vm: &mut Vm, v: Value) -> PyResult<()> {
    if v.is_none() {
        return Ok(());
    }
    let key = vm.intern("_");
    let b = vm.builtins;
    ops::dict_set_str(vm, b, key, Value::NONE);
    vm.roots.push(v);
    let text = repr(vm, v);
    vm.roots.pop();
    let mut text = text?;
    text.push('\n');
    vm.write_out(&text);
    ops::dict_set_str(vm, b, key, v);
    Ok(())
}

fn b_print(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let npos = a.len() - kw.len();
    let mut sep = " ".to_string();
    let mut end = "\n".to_string();
    let mut file = Value::NONE;
    let mut flush = false;
    for (j, k) in kw.iter().enumerate() {
        let v = a[npos + j];
        match k.as_str().unwrap_or("") {
            "sep" => {
                if !v.is_none() {
                    sep = match v.as_str() {
                        Some(s) => s.to_string(),
                        None => {
                            let t = vm.type_name(v);
                            return Err(vm.type_error(format!("sep must be None or a string, not {}", t)));
                        }
                    }
                }
            }
            "end" => {
                if !v.is_none() {
                    end = match v.as_str() {
                        Some(s) => s.to_string(),
                        None => {
                            let t = vm.type_name(v);
                            return Err(vm.type_error(format!("end must be None or a string, not {}", t)));
                        }
                    }
                }
            }
            "file" => {
                if !v.is_none() {
                    file = v;
                }
            }
            "flush" => flush = ops::truthy(vm, v)?,
            other => {
                let o = other.to_string();
                return Err(vm.type_error(format!("'{}' is an invalid keyword argument for print()", o)));
            }
        }
    }
    if file.is_none() && !vm.module_state.sys.is_null() {
        // sys.stdout as the program left it (the stream itself unless reassigned)
        let current = crate::modules::file::current_stream(vm, "stdout");
        if current.is_none() {
            return Ok(Value::NONE);
        }
        if current != vm.module_state.stdout {
            file = current;
        }
    }
    let is_stream = file.is_none() || matches!(file.kind(), Some(ObjKind::File(_)));
    if !is_stream {
        return print_to_object(vm, file, &a[..npos], &sep, &end, flush);
    }
    let mut s = String::new();
    for (i, &x) in a[..npos].iter().enumerate() {
        if i > 0 {
            s.push_str(&sep);
        }
        match x.as_str() {
            Some(t) => s.push_str(t),
            None => s.push_str(&str_of(vm, x)?),
        }
    }
    s.push_str(&end);
    if !file.is_none() {
        if !crate::modules::file::write_text_to(vm, file, &s)? {
            crate::modules::file::call_write(vm, file, &s)?;
        }
        if flush {
            call_flush(vm, file)?;
        }
        return Ok(Value::NONE);
    }
    vm.write_out(&s);
    if flush {
        vm.flush_out();
    }
    Ok(Value::NONE)
}

fn call_flush(vm: &mut Vm, file: Value) -> PyResult<()> {
    let name = vm.intern("flush");
    let f = crate::objects::attr::getattr(vm, file, name)?;
    vm.call(f, &[])?;
    Ok(())
}

/// `print(..., file=f)` for an object that is not a file: `f.write` of each piece
/// (argument, separator, end), as CPython's print does.
#[cold]
fn print_to_object(vm: &mut Vm, file: Value, args: &[Value], sep: &str, end: &str, flush: bool) -> PyResult<Value> {
    let name = vm.intern("write");
    let write = crate::objects::attr::getattr(vm, file, name)?;
    // `file` may be sys.stdout, which the writes could reassign
    vm.roots.push(file);
    vm.roots.push(write);
    let r = (|| {
        for (i, &x) in args.iter().enumerate() {
            if i > 0 {
                let t = vm.new_str(sep);
                vm.call(write, &[t])?;
            }
            let t = if x.as_str().is_some() {
                x
            } else {
                let s = str_of(vm, x)?;
                vm.new_string(s)
            };
            vm.call(write, &[t])?;
        }
        let t = vm.new_str(end);
        vm.call(write, &[t])?;
        if flush {
            call_flush(vm, file)?;
        }
        Ok(Value::NONE)
    })();
    vm.roots.truncate(vm.roots.len() - 2);
    r
}

/// `__import__(name, globals=None, locals=None, fromlist=(), level=0)`.
fn b_import(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let args = bind(vm, "__import__", a, kw, &["name", "globals", "locals", "fromlist", "level"], 1)?;
    let globals = if args[1].is_null() || args[1].is_none() { vm.frames.last().map(|f| f.globals).unwrap_or(Value::NONE) } else { args[1] };
    let fromlist = if args[3].is_null() { Value::NONE } else { args[3] };
    let level = if args[4].is_null() { 0 } else { int_arg(vm, args[4])? };
    if level < 0 {
        return Err(vm.value_error("level must be >= 0"));
    }
    if args[0].as_str().is_none() {
        return Err(vm.type_error("module name must be a string"));
    }
    crate::modules::import::import_name(vm, args[0], globals, fromlist, level as usize)
}

/// `globals()`: the namespace of the calling code.
fn b_globals(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(vm, "globals", kw)?;
    arity(vm, "globals", a, 0, 0)?;
    Ok(vm.frames.last().map(|f| f.globals).unwrap_or(Value::NONE))
}

/// `vars([obj])`: `obj.__dict__`; with no argument, the calling code's namespace (a
/// class body's or the module's; a function's locals live in registers).
fn b_vars(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(vm, "vars", kw)?;
    arity(vm, "vars", a, 0, 1)?;
    let Some(&obj) = a.first() else {
        // the calling scope's namespace, as `locals()` gives it
        return match vm.frames.len().checked_sub(1) {
            Some(i) => crate::objects::frame::frame_locals(vm, i),
            None => Ok(vm.new_dict()),
        };
    };
    let name = vm.intern("__dict__");
    match crate::objects::attr::getattr(vm, obj, name) {
        Ok(d) => Ok(d),
        Err(e) if vm.is_instance(e.0, vm.types.attribute_error) => Err(vm.type_error("vars() argument must have __dict__ attribute")),
        Err(e) => Err(e),
    }
}

fn b_dir(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(vm, "dir", kw)?;
    arity(vm, "dir", a, 0, 1)?;
    match a.first() {
        Some(&obj) => crate::objects::dir::dir(vm, obj),
        None => {
            let names = scope_names(vm)?;
            Ok(crate::objects::dir::sorted_unique(vm, names))
        }
    }
}

/// The names bound in the calling scope, for `dir()`: a class body's or `exec`'s
/// namespace, the module's globals, or a function's bound locals.
fn scope_names(vm: &mut Vm) -> PyResult<Vec<Value>> {
    let Some(i) = vm.frames.len().checked_sub(1) else { return Ok(Vec::new()) };
    let ns = crate::objects::frame::frame_locals(vm, i)?;
    match ns.as_dict() {
        Some(d) => Ok(d.borrow().keys()),
        None => {
            let keys = vm.intern("keys");
            let m = crate::objects::attr::getattr(vm, ns, keys)?;
            let k = vm.call(m, &[])?;
            iter::collect(vm, k)
        }
    }
}

fn b_len(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    // the common exact containers first, before any argument checking
    if let ([x], []) = (a, kw) {
        let n = match x.kind() {
            Some(ObjKind::List(l)) => Some(l.borrow().len()),
            Some(ObjKind::Str(s)) => Some(s.char_len()),
            Some(ObjKind::Tuple(t)) => Some(t.len()),
            Some(ObjKind::Dict(d)) => Some(d.borrow().len()),
            _ => None,
        };
        if let Some(n) = n {
            return Ok(vm.new_int(n as i64));
        }
    }
    no_kwargs(vm, "len", kw)?;
    arity(vm, "len", a, 1, 1)?;
    let n = ops::len(vm, a[0])?;
    Ok(vm.new_int(n as i64))
}

fn b_repr(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(vm, "repr", kw)?;
    arity(vm, "repr", a, 1, 1)?;
    let s = repr(vm, a[0])?;
    Ok(vm.new_string(s))
}

fn b_ascii(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(vm, "ascii", kw)?;
    arity(vm, "ascii", a, 1, 1)?;
    let s = repr(vm, a[0])?;
    let e = crate::objects::repr::ascii_escape(&s);
    Ok(vm.new_string(e))
}

pub(crate) fn b_abs(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(vm, "abs", kw)?;
    arity(vm, "abs", a, 1, 1)?;
    if let Some(v) = crate::objects::class::call_special(vm, a[0], "__abs__", &[])? {
        return Ok(v);
    }
    match as_num(a[0]) {
        Some(Num::Small(i)) => Ok(vm.new_int_big(BigInt::from(i).abs())),
        Some(Num::Big(b)) => Ok(vm.new_int_big(b.abs())),
        Some(Num::Float(f)) => Ok(Value::float(f.abs())),
        None => {
            let t = vm.type_name(a[0]);
            Err(vm.type_error(format!("bad operand type for abs(): '{}'", t)))
        }
    }
}

fn min_max(vm: &mut Vm, a: &[Value], kw: &[Value], is_max: bool) -> PyResult<Value> {
    let fname = if is_max { "max" } else { "min" };
    let npos = a.len() - kw.len();
    let mut key = Value::NONE;
    let mut default = Value::NULL;
    for (j, k) in kw.iter().enumerate() {
        match k.as_str().unwrap_or("") {
            "key" => key = a[npos + j],
            "default" => default = a[npos + j],
            other => {
                let o = other.to_string();
                return Err(vm.type_error(format!("'{}' is an invalid keyword argument for {}()", o, fname)));
            }
        }
    }
    if npos == 0 {
        return Err(vm.type_error(format!("{} expected at least 1 argument, got 0", fname)));
    }
    let iterable = if npos == 1 {
        a[0]
    } else {
        if !default.is_null() {
            return Err(vm.type_error(format!("Cannot specify a default for {}() with multiple positional arguments", fname)));
        }
        vm.new_tuple(a[..npos].to_vec())
    };
    vm.roots.push(iterable);
    let r = min_max_stream(vm, iterable, key, is_max);
    vm.roots.pop();
    match r? {
        Some(best) => Ok(best),
        None if !default.is_null() => Ok(default),
        None => Err(vm.value_error(format!("{}() arg is an empty sequence", fname))),
    }
}

/// The greatest (or least) item of `iterable` by `key`, or None when it is empty. Items
/// are compared as they arrive, as CPython does: the key function and the iteration
/// interleave, and nothing is gathered first.
fn min_max_stream(vm: &mut Vm, iterable: Value, key: Value, is_max: bool) -> PyResult<Option<Value>> {
    let it = iter::get_iter(vm, iterable)?;
    // roots while Python code may run: the iterator, the best item and its key, the
    // current item and its key
    let mark = vm.roots.len();
    vm.roots.extend_from_slice(&[it, Value::NONE, Value::NONE, Value::NONE, Value::NONE]);
    let op = if is_max { crate::bytecode::CmpOp::Gt } else { crate::bytecode::CmpOp::Lt };
    let mut found = false;
    let r = iter::for_each_item(vm, it, |vm, x, native| {
        // without a key, the first item and inline ints compare without Python code
        if native && !(key.is_none() && (!found || Value::both_int(x, vm.roots[mark + 2]))) {
            return Ok(Take::Defer);
        }
        // a native loop has no safepoints of its own: each item is a step for --max-steps
        vm.count_step();
        vm.roots[mark + 3] = x;
        let k = if key.is_none() { x } else { vm.call(key, &[x])? };
        vm.roots[mark + 4] = k;
        let better = if !found {
            true
        } else {
            let best = vm.roots[mark + 2];
            if Value::both_int(k, best) {
                // inline ints: no special method can be involved
                if is_max {
                    k.as_int() > best.as_int()
                } else {
                    k.as_int() < best.as_int()
                }
            } else {
                ops::compare_bool(vm, op, k, best)?
            }
        };
        if better {
            found = true;
            vm.roots[mark + 1] = x;
            vm.roots[mark + 2] = k;
        }
        Ok(Take::More)
    })
    .map(|()| found.then(|| vm.roots[mark + 1]));
    vm.roots.truncate(mark);
    r
}

fn b_min(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    min_max(vm, a, kw, false)
}
fn b_max(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    min_max(vm, a, kw, true)
}

fn b_sum(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    // `iterable` is positional-only
    if a.len() == kw.len() {
        return Err(vm.type_error(format!("sum() takes at least 1 positional argument ({} given)", 0)));
    }
    let p = bind(vm, "sum", a, kw, &["iterable", "start"], 1)?;
    let start = if p[1].is_null() { Value::small_int(0) } else { p[1] };
    if start.as_str().is_some() {
        return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]"));
    }
    if start.as_bytes().is_some() {
        return Err(vm.type_error("sum() can't sum bytes [use b''.join(seq) instead]"));
    }
    if start.as_bytearray().is_some() {
        return Err(vm.type_error("sum() can't sum bytearray [use b''.join(seq) instead]"));
    }
    let it = iter::get_iter(vm, p[0])?;
    let mark = vm.roots.len();
    vm.roots.push(it);
    vm.roots.push(start);
    let r = sum_stream(vm, it, start, mark + 1);
    vm.roots.truncate(mark);
    r
}

/// The running total of `sum`, kept unboxed while the items are ints or floats, as
/// CPython's fast paths do, so a long sum allocates nothing per item.
#[derive(Clone, Copy)]
enum Total {
    Int(i128),
    Float(f64),
    /// Anything else, kept in `vm.roots[slot]` so a collection inside the iteration
    /// (a generator's frame) sees it.
    Obj,
}

fn sum_stream(vm: &mut Vm, it: Value, start: Value, slot: usize) -> PyResult<Value> {
    let mut total = if start.is_int() {
        Total::Int(start.as_int() as i128)
    } else if start.is_float() {
        Total::Float(start.as_float())
    } else {
        Total::Obj
    };
    iter::for_each_item(vm, it, |vm, x, native| {
        // ints and floats add up without Python code; anything else may call __add__
        let numeric = match total {
            Total::Int(_) | Total::Float(_) => x.is_int() || x.is_float(),
            Total::Obj => false,
        };
        if native && !numeric {
            return Ok(Take::Defer);
        }
        // a native loop has no safepoints of its own: each item is a step for --max-steps
        vm.count_step();
        total = match total {
            Total::Int(t) if x.is_int() => match t.checked_add(x.as_int() as i128) {
                Some(n) => Total::Int(n),
                None => {
                    let boxed = vm.new_int_i128(t);
                    vm.roots[slot] = ops::binary_op(vm, crate::bytecode::BinOp::Add, boxed, x)?;
                    Total::Obj
                }
            },
            Total::Int(t) if x.is_float() => Total::Float(t as f64 + x.as_float()),
            Total::Float(t) if x.is_float() => Total::Float(t + x.as_float()),
            Total::Float(t) if x.is_int() => Total::Float(t + x.as_int() as f64),
            other => {
                let acc = match other {
                    Total::Int(t) => vm.new_int_i128(t),
                    Total::Float(t) => Value::float(t),
                    Total::Obj => vm.roots[slot],
                };
                vm.roots[slot] = acc;
                vm.roots.push(x);
                let r = ops::binary_op(vm, crate::bytecode::BinOp::Add, acc, x);
                vm.roots.pop();
                vm.roots[slot] = r?;
                Total::Obj
            }
        };
        Ok(Take::More)
    })?;
    Ok(match total {
        Total::Int(t) => vm.new_int_i128(t),
        Total::Float(t) => Value::float(t),
        Total::Obj => vm.roots[slot],
    })
}

fn b_divmod(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(vm, "divmod", kw)?;
    args::check_positional(vm, "divmod", a, 2, 2)?;
    if crate::objects::class::has_user_class(a[0]) || crate::objects::class::has_user_class(a[1]) {
        let (name, rname) = (vm.intern("__divmod__"), vm.intern("__rdivmod__"));
        if let Some(r) = crate::objects::class::binary_special_named(vm, name, rname, a[0], a[1])? {
            return Ok(r);
        }
    }
    let q = ops::binary_op(vm, crate::bytecode::BinOp::FloorDiv, a[0], a[1]).map_err(|e| fix_op_name(vm, e, "//", "divmod()"))?;
    let r = ops::binary_op(vm, crate::bytecode::BinOp::Mod, a[0], a[1]).map_err(|e| fix_op_name(vm, e, "%", "divmod()"))?;
    if let (Some(Num::Small(_)) | Some(Num::Big(_)), true) = (as_num(a[0]), int::is_intlike(a[1])) {
        // integer modulo by zero is reported as division in divmod
    }
    Ok(vm.new_tuple_from(&[q, r]))
}

fn fix_op_name(vm: &mut Vm, e: crate::vm::PyErr, sym: &str, name: &str) -> crate::vm::PyErr {
    if let Some(ex) = e.0.as_exc() {
        if let Some(m) = ex.message() {
            let pat = format!("for {}:", sym);
            if m.contains(&pat) {
                let fixed = m.replace(&pat, &format!("for {}:", name));
                let c = ex.class;
                return vm.err(c, &fixed);
            }
            if m == "float floor division by zero" {
                let c = ex.class;
                return vm.err(c, "float divmod()");
            }
            if m == "integer modulo by zero" {
                let c = ex.class;
                return vm.err(c, "integer division or modulo by zero");
            }
        }
    }
    e
}

fn b_pow(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = bind(vm, "pow", a, kw, &["base", "exp", "mod"], 2)?;
    if p[2].is_null() || p[2].is_none() {
        return ops::binary_op(vm, crate::bytecode::BinOp::Pow, p[0], p[1]);
    }
    // three-argument power asks the base's class only (there is no reflected form)
    if crate::objects::class::has_user_class(p[0]) {
        if let Some(r) = crate::objects::class::call_special(vm, p[0], "__pow__", &p[1..3])? {
            if r != Value::NOT_IMPLEMENTED {
                return Ok(r);
            }
        }
    }
    if p.iter().any(|&v| crate::objects::complex::as_complex(v).is_some()) {
        return Err(vm.value_error("complex modulo"));
    }
    let (b, e, m) = match (int::to_bigint(p[0]), int::to_bigint(p[1]), int::to_bigint(p[2])) {
        (Some(b), Some(e), Some(m)) => (b, e, m),
        _ if p.iter().any(|&v| crate::objects::class::has_user_class(v)) => {
            let names: Vec<String> = p.iter().map(|&v| format!("'{}'", vm.type_name(v))).collect();
            return Err(vm.type_error(format!("unsupported operand type(s) for ** or pow(): {}", names.join(", "))));
        }
        _ => return Err(vm.type_error("pow() 3rd argument not allowed unless all arguments are integers")),
    };
    if m.is_zero() {
        return Err(vm.value_error("pow() 3rd argument cannot be 0"));
    }
    let r = if e.is_negative() {
        // modular inverse
        let inv = mod_inverse(&b, &m);
        match inv {
            Some(i) => i.modpow(&(-e), &m.abs()),
            None => return Err(vm.value_error("base is not invertible for the given modulus")),
        }
    } else {
        b.modpow(&e, &m.abs())
    };
    // Python's result has the sign of the modulus
    let r = if m.is_negative() && !r.is_zero() { r + &m } else { r };
    Ok(vm.new_int_big(r))
}

fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    use num_integer::Integer;
    let m = m.abs();
    let g = a.mod_floor(&m).extended_gcd(&m);
    if g.gcd != BigInt::from(1) {
        return None;
    }
    Some(g.x.mod_floor(&m))
}

fn b_round(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = bind(vm, "round", a, kw, &["number", "ndigits"], 1)?;
    let x = p[0];
    let nd = p[1];
    // instances of Python classes (e.g. fractions.Fraction) round themselves
    if crate::objects::class::has_user_class(x) {
        let args: &[Value] = if nd.is_null() || nd.is_none() { &[] } else { &p[1..2] };
        if let Some(r) = crate::objects::class::call_special(vm, x, "__round__", args)? {
            return Ok(r);
        }
    }
    match as_num(x) {
        Some(Num::Float(f)) => {
            if nd.is_null() || nd.is_none() {
                let b = numfmt::float_round_to_int(f).map_err(|e| strfmt::fmt_err(vm, e))?;
                Ok(vm.new_int_big(b))
            } else {
                let n = int_arg(vm, nd)?;
                let r = numfmt::float_round(f, n).map_err(|e| strfmt::fmt_err(vm, e))?;
                // a zero result keeps the sign of the input, as CPython's round does
                Ok(Value::float(if r == 0.0 { 0f64.copysign(f) } else { r }))
            }
        }
        Some(n @ (Num::Small(_) | Num::Big(_))) => {
            let b = match n {
                Num::Small(i) => BigInt::from(i),
                Num::Big(b) => b.clone(),
                _ => BigInt::zero(),
            };
            if nd.is_null() || nd.is_none() {
                return Ok(vm.new_int_big(b));
            }
            let n = int_arg(vm, nd)?;
            if n >= 0 {
                return Ok(vm.new_int_big(b));
            }
            if n < -400 {
                return Ok(Value::small_int(0));
            }
            use num_integer::Integer;
            let p10 = num_traits::pow(BigInt::from(10), (-n) as usize);
            let (q, r) = b.div_mod_floor(&p10);
            let twice = &r * 2;
            let q = if twice > p10 || (twice == p10 && q.is_odd()) { q + 1 } else { q };
            Ok(vm.new_int_big(q * p10))
        }
        None => {
            let t = vm.type_name(x);
            Err(vm.type_error(format!("type {} doesn't define __round__ method", t)))
        }
    }
}

fn b_isinstance(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(vm, "isinstance", kw)?;
    arity(vm, "isinstance", a, 2, 2)?;
    if a[1].as_type().is_some() && !crate::objects::class::has_user_metaclass(a[1]) {
        // the common case, with no hook to consult
        return Ok(Value::bool(vm.is_instance(a[0], a[1])));
    }
    crate::objects::instance_check::isinstance(vm, a[0], a[1]).map(Value::bool)
}

fn b_issubclass(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(vm, "issubclass", kw)?;
    arity(vm, "issubclass", a, 2, 2)?;
    crate::objects::instance_check::issubclass(vm, a[0], a[1]).map(Value::bool)
}

fn b_hash(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(vm, "hash", kw)?;
    arity(vm, "hash", a, 1, 1)?;
    let h = ops::hash(vm, a[0])?;
    Ok(vm.new_int(h))
}

fn b_id(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(vm, "id", kw)?;
    arity(vm, "id", a, 1, 1)?;
    let v = a[0];
    let id = if v.is_obj() { v.obj_ptr() as i64 } else { (v.0 & 0x0000_FFFF_FFFF_FFFF) as i64 ^ 0x7000_0000_0000 };
    Ok(vm.new_int(id))
}

fn b_ord(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(vm, "ord", kw)?;
    arity(vm, "ord", a, 1, 1)?;
    match a[0].as_strobj() {
        Some(s) if s.char_len() == 1 => Ok(Value::small_int(s.as_str().chars().next().map(|c| c as i64).unwrap_or(0))),
        Some(s) => {
            let n = s.char_len();
            Err(vm.type_error(format!("ord() expected a character, but string of length {} found", n)))
        }
        None => match crate::objects::bytes::bytes_like(a[0]) {
            Some(d) if d.len() == 1 => Ok(Value::small_int(d[0] as i64)),
            Some(d) => {
                let n = d.len();
                Err(vm.type_error(format!("ord() expected a character, but string of length {} found", n)))
            }
            None => {
                let t = vm.type_name(a[0]);
                Err(vm.type_error(format!("ord() expected string of length 1, but {} found", t)))
            }
        },
    }
}

fn b_chr(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(vm, "chr", kw)?;
    arity(vm, "chr", a, 1, 1)?;
    let i = match as_num(a[0]) {
        Some(Num::Small(i)) if i32::try_from(i).is_ok() => i,
        Some(Num::Small(_)) | Some(Num::Big(_)) => return Err(vm.overflow_error("Python int too large to convert to C int")),
        _ => {
            let t = vm.type_name(a[0]);
            return Err(vm.type_error(format!("'{}' object cannot be interpreted as an integer", t)));
        }
    };
    match u32::try_from(i).ok().filter(|&c| c < 0x110000).map(|c| char::from_u32(c).unwrap_or('\u{fffd}')) {
        Some(c) => {
            let mut buf = [0u8; 4];
            Ok(vm.new_str(c.encode_utf8(&mut buf)))
        }
        None => Err(vm.value_error("chr() arg not in range(0x110000)")),
    }
}

fn radix(vm: &mut Vm, a: &[Value], kw: &[Value], name: &str, r: u32) -> PyResult<Value> {
    no_kwargs(vm, name, kw)?;
    arity(vm, name, a, 1, 1)?;
    match int::to_bigint(a[0]) {
        Some(b) => {
            let s = numfmt::int_to_string_radix(&b, r, true);
            Ok(vm.new_string(s))
        }
        None => {
            let t = vm.type_name(a[0]);
            Err(vm.type_error(format!("'{}' object cannot be interpreted as an integer", t)))
        }
    }
}
fn b_hex(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    radix(vm, a, kw, "hex", 16)
}
fn b_oct(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    radix(vm, a, kw, "oct", 8)
}
fn b_bin(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    radix(vm, a, kw, "bin", 2)
}

fn b_sorted(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let npos = a.len() - kw.len();
    if npos != 1 {
        return Err(vm.type_error(format!("sorted expected 1 argument, got {}", npos)));
    }
    let items = iter::collect(vm, a[0])?;
    let l = vm.new_list(items);
    let mut full = vec![l];
    full.extend_from_slice(&a[1..]);
    vm.roots.push(l);
    let r = sort::list_sort(vm, &full, kw);
    vm.roots.pop();
    r?;
    Ok(l)
}

fn b_any(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(vm, "any", kw)?;
    arity(vm, "any", a, 1, 1)?;
    let it = iter::get_iter(vm, a[0])?;
    vm.roots.push(it);
    let mut result = false;
    let r = iter::for_each_item(vm, it, |vm, x, native| {
        // the truth of None, bools and ints needs no __bool__ or __len__
        if native && !(x.is_none() || x.is_bool() || x.is_int()) {
            return Ok(Take::Defer);
        }
        if ops::truthy(vm, x)? {
            result = true;
            return Ok(Take::Stop);
        }
        // a native loop has no safepoints of its own: each item is a step for --max-steps
        vm.count_step();
        Ok(Take::More)
    })
    .map(|()| result);
    vm.roots.pop();
    Ok(Value::bool(r?))
}

fn b_all(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(vm, "all", kw)?;
    arity(vm, "all", a, 1, 1)?;
    let it = iter::get_iter(vm, a[0])?;
    vm.roots.push(it);
    let mut result = true;
    let r = iter::for_each_item(vm, it, |vm, x, native| {
        // the truth of None, bools and ints needs no __bool__ or __len__
        if native && !(x.is_none() || x.is_bool() || x.is_int()) {
            return Ok(Take::Defer);
        }
        if !ops::truthy(vm, x)? {
            result = false;
            return Ok(Take::Stop);
        }
        // a native loop has no safepoints of its own: each item is a step for --max-steps
        vm.count_step();
        Ok(Take::More)
    })
    .map(|()| result);
    vm.roots.pop();
    Ok(Value::bool(r?))
}

fn b_iter(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(vm, "iter", kw)?;
    arity(vm, "iter", a, 1, 2)?;
    if a.len() == 2 {
        if !is_callable(vm, a[0]) {
            return Err(vm.type_error("iter(v, w): v must be callable"));
        }
        return Ok(iter::new_iter(vm, IterState::Callable { func: a[0], sentinel: a[1] }));
    }
    iter::get_iter(vm, a[0])
}

fn b_next(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(vm, "next", kw)?;
    arity(vm, "next", a, 1, 2)?;
    let next_of: Option<NativeFn> = if a[0].as_generator().is_some_and(|g| g.is_plain()) {
        Some(crate::objects::generator::gen_next)
    } else if crate::objects::generator::awaitable_of(a[0]).is_some() {
        // a native awaitable's StopIteration carries its result
        Some(crate::objects::generator::aw_next)
    } else {
        None
    };
    if let Some(step) = next_of {
        return match step(vm, &a[..1], &[]) {
            Err(e) if a.len() == 2 && vm.is_instance(e.0, vm.types.stop_iteration) => Ok(a[1]),
            r => r,
        };
    }
    if !matches!(a[0].kind(), Some(ObjKind::Iter(_)) | Some(ObjKind::File(_))) && !crate::objects::class::has_user_class(a[0]) {
        let t = vm.type_name(a[0]);
        return Err(vm.type_error(format!("'{}' object is not an iterator", t)));
    }
    match iter::next(vm, a[0])? {
        Some(v) => Ok(v),
        None => {
            if a.len() == 2 {
                Ok(a[1])
            } else {
                Err(crate::objects::exception::new_stop_iteration(vm, None))
            }
        }
    }
}

pub(crate) fn is_callable(vm: &mut Vm, v: Value) -> bool {
    matches!(v.kind(), Some(ObjKind::Function(_)) | Some(ObjKind::Builtin(_)) | Some(ObjKind::Type(_)) | Some(ObjKind::BoundMethod(_)))
        || (crate::objects::class::has_user_class(v) && crate::objects::class::special_method(vm, v, "__call__").is_some())
}

fn b_callable(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(vm, "callable", kw)?;
    arity(vm, "callable", a, 1, 1)?;
    Ok(Value::bool(is_callable(vm, a[0])))
}

/// The attribute name as an interned str: instance shapes compare names by identity.
fn attr_name(vm: &mut Vm, v: Value) -> PyResult<Value> {
    match crate::objects::subclass::str_like(v) {
        Some(s) => Ok(vm.intern(s)),
        None => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!("attribute name must be string, not '{}'", t)))
        }
    }
}

fn b_getattr(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(vm, "getattr", kw)?;
    arity(vm, "getattr", a, 2, 3)?;
    let name = attr_name(vm, a[1])?;
    match crate::objects::attr::getattr(vm, a[0], name) {
        Ok(v) => Ok(v),
        Err(e) if a.len() == 3 && vm.is_instance(e.0, vm.types.attribute_error) => Ok(a[2]),
        Err(e) => Err(e),
    }
}

fn b_setattr(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(vm, "setattr", kw)?;
    arity(vm, "setattr", a, 3, 3)?;
    let name = attr_name(vm, a[1])?;
    crate::objects::attr::setattr(vm, a[0], name, a[2])?;
    Ok(Value::NONE)
}

fn b_hasattr(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(vm, "hasattr", kw)?;
    arity(vm, "hasattr", a, 2, 2)?;
    let name = attr_name(vm, a[1])?;
    match crate::objects::attr::getattr(vm, a[0], name) {
        Ok(_) => Ok(Value::TRUE),
        Err(e) if vm.is_instance(e.0, vm.types.attribute_error) => Ok(Value::FALSE),
        Err(e) => Err(e),
    }
}

fn b_delattr(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(vm, "delattr", kw)?;
    arity(vm, "delattr", a, 2, 2)?;
    let name = attr_name(vm, a[1])?;
    crate::objects::attr::delattr(vm, a[0], name)?;
    Ok(Value::NONE)
}

fn b_format(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(vm, "format", kw)?;
    arity(vm, "format", a, 1, 2)?;
    let spec = if a.len() == 2 {
        match a[1].as_str() {
            Some(s) => s,
            None => {
                let t = vm.type_name(a[1]);
                return Err(vm.type_error(format!("format() argument 2 must be str, not {}", t)));
            }
        }
    } else {
        ""
    };
    let s = strfmt::format(vm, a[0], spec)?;
    Ok(vm.new_string(s))
}

/// Conversion of an int-like or float to i64 for contexts that need a machine int.
pub fn as_index(vm: &mut Vm, v: Value) -> PyResult<i64> {
    match as_num(v) {
        Some(Num::Small(i)) => Ok(i),
        Some(Num::Big(b)) => b.to_i64().ok_or_else(|| vm.overflow_error("Python int too large to convert to C ssize_t")),
        _ => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!("'{}' object cannot be interpreted as an integer", t)))
        }
    }
}
