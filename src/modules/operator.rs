//! The `operator` module: Python's operators as functions, and the callables
//! `itemgetter`, `attrgetter` and `methodcaller` (native types: they are sort keys in
//! hot loops, so each call is one native call with no Python frame).

use crate::builtins::args::check_positional;
use crate::bytecode::opcodes::{BinOp, CmpOp};
use crate::objects::module::set_entry;
use crate::objects::native::{self, NativeData};
use crate::objects::{attr, class, iter, ops, repr};
use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};

pub fn init(vm: &mut Vm, name: &str) -> PyResult<Value> {
    let (m, d) = super::new_native_module(vm, name);
    vm.roots.push(m);
    let funcs: &[(&'static str, crate::objects::NativeFn)] = &[
        ("add", op_add),
        ("sub", op_sub),
        ("mul", op_mul),
        ("truediv", op_truediv),
        ("floordiv", op_floordiv),
        ("mod", op_mod),
        ("pow", op_pow),
        ("lshift", op_lshift),
        ("rshift", op_rshift),
        ("and_", op_and),
        ("or_", op_or),
        ("xor", op_xor),
        ("matmul", op_matmul),
        ("iadd", op_iadd),
        ("isub", op_isub),
        ("imul", op_imul),
        ("itruediv", op_itruediv),
        ("ifloordiv", op_ifloordiv),
        ("imod", op_imod),
        ("ipow", op_ipow),
        ("ilshift", op_ilshift),
        ("irshift", op_irshift),
        ("iand", op_iand),
        ("ior", op_ior),
        ("ixor", op_ixor),
        ("imatmul", op_imatmul),
        ("concat", op_concat),
        ("iconcat", op_iconcat),
        ("neg", op_neg),
        ("pos", op_pos),
        ("abs", op_abs),
        ("invert", op_invert),
        ("inv", op_inv),
        ("not_", op_not),
        ("truth", op_truth),
        ("index", op_index),
        ("eq", op_eq),
        ("ne", op_ne),
        ("lt", op_lt),
        ("le", op_le),
        ("gt", op_gt),
        ("ge", op_ge),
        ("is_", op_is),
        ("is_not", op_is_not),
        ("contains", op_contains),
        ("countOf", op_count_of),
        ("indexOf", op_index_of),
        ("getitem", op_getitem),
        ("setitem", op_setitem),
        ("delitem", op_delitem),
        ("length_hint", op_length_hint),
    ];
    super::add_functions(vm, d, funcs);
    // the dunder aliases (`operator.__add__`) are the same functions
    for &(n, _) in funcs {
        if matches!(n, "countOf" | "indexOf" | "length_hint" | "is_" | "is_not" | "truth") {
            continue;
        }
        let key = vm.intern(n);
        let f = match ops::dict_get(vm, d, key)? {
            Some(f) => f,
            None => continue,
        };
        let dunder = format!("__{}__", n.trim_end_matches('_'));
        set_entry(vm, d, &dunder, f);
    }
    let object = Value::NULL;
    let itemgetter =
        native::new_type(vm, "itemgetter", "operator", object, Some(itemgetter_new), &[("__call__", itemgetter_call), ("__repr__", itemgetter_repr)]);
    set_entry(vm, d, "itemgetter", itemgetter);
    let attrgetter =
        native::new_type(vm, "attrgetter", "operator", object, Some(attrgetter_new), &[("__call__", attrgetter_call), ("__repr__", attrgetter_repr)]);
    set_entry(vm, d, "attrgetter", attrgetter);
    let methodcaller =
        native::new_type(vm, "methodcaller", "operator", object, Some(methodcaller_new), &[("__call__", methodcaller_call), ("__repr__", methodcaller_repr)]);
    set_entry(vm, d, "methodcaller", methodcaller);
    vm.roots.pop();
    Ok(m)
}

// ====================================================================== functions

/// The arguments of a function of exactly `n` positional arguments, worded as
/// CPython's `_operator` (one-argument functions are METH_O, the others check the count).
#[inline]
fn exact<'a>(vm: &mut Vm, name: &str, args: &'a [Value], kw: &[Value], n: usize) -> PyResult<&'a [Value]> {
    if !kw.is_empty() {
        return Err(no_keywords(vm, name));
    }
    if args.len() != n {
        return Err(wrong_count(vm, name, args.len(), n));
    }
    Ok(args)
}

#[cold]
fn no_keywords(vm: &mut Vm, name: &str) -> PyErr {
    vm.type_error(format!("_operator.{}() takes no keyword arguments", name))
}

#[cold]
fn wrong_count(vm: &mut Vm, name: &str, got: usize, n: usize) -> PyErr {
    if n == 1 {
        vm.type_error(format!("_operator.{}() takes exactly one argument ({} given)", name, got))
    } else {
        vm.type_error(format!("{} expected {} arguments, got {}", name, n, got))
    }
}

macro_rules! binary_fns {
    ($($fname:ident, $pyname:literal, $op:expr, $inplace:literal;)*) => {
        $(fn $fname(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
            let a = exact(vm, $pyname, args, kw, 2)?;
            if $inplace { ops::inplace_op(vm, $op, a[0], a[1]) } else { ops::binary_op(vm, $op, a[0], a[1]) }
        })*
    };
}

binary_fns! {
    op_add, "add", BinOp::Add, false;
    op_sub, "sub", BinOp::Sub, false;
    op_mul, "mul", BinOp::Mul, false;
    op_truediv, "truediv", BinOp::TrueDiv, false;
    op_floordiv, "floordiv", BinOp::FloorDiv, false;
    op_mod, "mod", BinOp::Mod, false;
    op_pow, "pow", BinOp::Pow, false;
    op_lshift, "lshift", BinOp::LShift, false;
    op_rshift, "rshift", BinOp::RShift, false;
    op_and, "and_", BinOp::BitAnd, false;
    op_or, "or_", BinOp::BitOr, false;
    op_xor, "xor", BinOp::BitXor, false;
    op_matmul, "matmul", BinOp::MatMul, false;
    op_iadd, "iadd", BinOp::Add, true;
    op_isub, "isub", BinOp::Sub, true;
    op_imul, "imul", BinOp::Mul, true;
    op_itruediv, "itruediv", BinOp::TrueDiv, true;
    op_ifloordiv, "ifloordiv", BinOp::FloorDiv, true;
    op_imod, "imod", BinOp::Mod, true;
    op_ipow, "ipow", BinOp::Pow, true;
    op_ilshift, "ilshift", BinOp::LShift, true;
    op_irshift, "irshift", BinOp::RShift, true;
    op_iand, "iand", BinOp::BitAnd, true;
    op_ior, "ior", BinOp::BitOr, true;
    op_ixor, "ixor", BinOp::BitXor, true;
    op_imatmul, "imatmul", BinOp::MatMul, true;
}

macro_rules! compare_fns {
    ($($fname:ident, $pyname:literal, $op:expr;)*) => {
        $(fn $fname(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
            let a = exact(vm, $pyname, args, kw, 2)?;
            ops::compare(vm, $op, a[0], a[1])
        })*
    };
}

compare_fns! {
    op_eq, "eq", CmpOp::Eq;
    op_ne, "ne", CmpOp::Ne;
    op_lt, "lt", CmpOp::Lt;
    op_le, "le", CmpOp::Le;
    op_gt, "gt", CmpOp::Gt;
    op_ge, "ge", CmpOp::Ge;
}

/// Sequences concatenate; anything without `__getitem__` cannot (CPython checks the
/// sequence protocol before trying `+`).
fn concat_common(vm: &mut Vm, name: &str, args: &[Value], kw: &[Value], inplace: bool) -> PyResult<Value> {
    let a = exact(vm, name, args, kw, 2)?;
    if !is_sequence(vm, a[0]) {
        let t = vm.type_name(a[0]);
        return Err(vm.type_error(format!("'{}' object can't be concatenated", t)));
    }
    if inplace {
        ops::inplace_op(vm, BinOp::Add, a[0], a[1])
    } else {
        ops::binary_op(vm, BinOp::Add, a[0], a[1])
    }
}

fn is_sequence(vm: &mut Vm, v: Value) -> bool {
    if v.as_dict().is_some() {
        return false;
    }
    let name = vm.intern("__getitem__");
    attr::getattr(vm, v, name).is_ok()
}

fn op_concat(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    concat_common(vm, "concat", args, kw, false)
}

fn op_iconcat(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    concat_common(vm, "iconcat", args, kw, true)
}

fn op_neg(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = exact(vm, "neg", args, kw, 1)?;
    ops::unary_neg(vm, a[0])
}

fn op_pos(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = exact(vm, "pos", args, kw, 1)?;
    ops::unary_pos(vm, a[0])
}

fn op_abs(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = exact(vm, "abs", args, kw, 1)?;
    let abs = vm.intern("abs");
    let f = ops::dict_get(vm, vm.builtins, abs)?.unwrap_or(Value::NONE);
    vm.call(f, &[a[0]])
}

fn op_invert(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = exact(vm, "invert", args, kw, 1)?;
    ops::unary_invert(vm, a[0])
}

fn op_inv(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = exact(vm, "inv", args, kw, 1)?;
    ops::unary_invert(vm, a[0])
}

fn op_not(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = exact(vm, "not_", args, kw, 1)?;
    Ok(Value::bool(!ops::truthy(vm, a[0])?))
}

fn op_truth(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = exact(vm, "truth", args, kw, 1)?;
    Ok(Value::bool(ops::truthy(vm, a[0])?))
}

fn op_index(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = exact(vm, "index", args, kw, 1)?;
    to_index(vm, a[0])
}

/// `a.__index__()`: ints as they are, else the special method's int.
fn to_index(vm: &mut Vm, v: Value) -> PyResult<Value> {
    if v.is_any_int() {
        return Ok(v);
    }
    if v.is_bool() {
        return Ok(Value::small_int((v == Value::TRUE) as i64));
    }
    if class::has_user_class(v) {
        if let Some(i) = class::index_of(vm, v)? {
            return Ok(i);
        }
        if let Some(p) = crate::objects::subclass::payload_of(v).filter(|p| p.is_any_int()) {
            return Ok(p);
        }
    }
    let t = vm.type_name(v);
    Err(vm.type_error(format!("'{}' object cannot be interpreted as an integer", t)))
}

fn op_is(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = exact(vm, "is_", args, kw, 2)?;
    Ok(Value::bool(ops::is_same(a[0], a[1])))
}

fn op_is_not(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = exact(vm, "is_not", args, kw, 2)?;
    Ok(Value::bool(!ops::is_same(a[0], a[1])))
}

fn op_contains(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = exact(vm, "contains", args, kw, 2)?;
    Ok(Value::bool(ops::contains(vm, a[0], a[1])?))
}

/// The iterator over `seq` for countOf/indexOf, with their wording for a non-iterable.
fn seq_iter(vm: &mut Vm, seq: Value) -> PyResult<Value> {
    if !iter::is_iterable(seq) && !class::has_user_class(seq) {
        let t = vm.type_name(seq);
        return Err(vm.type_error(format!("argument of type '{}' is not iterable", t)));
    }
    iter::get_iter(vm, seq)
}

fn op_count_of(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = exact(vm, "countOf", args, kw, 2)?;
    let it = seq_iter(vm, a[0])?;
    vm.roots.push(it);
    let target = a[1];
    let mut n = 0i64;
    let r = iter::for_each(vm, it, |vm, x| {
        if ops::is_same(x, target) || ops::eq(vm, x, target)? {
            n += 1;
        }
        Ok(true)
    });
    vm.roots.pop();
    r?;
    Ok(vm.new_int(n))
}

fn op_index_of(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = exact(vm, "indexOf", args, kw, 2)?;
    let it = seq_iter(vm, a[0])?;
    vm.roots.push(it);
    let target = a[1];
    let mut i = 0i64;
    let mut found = None;
    let r = iter::for_each(vm, it, |vm, x| {
        if ops::is_same(x, target) || ops::eq(vm, x, target)? {
            found = Some(i);
            return Ok(false);
        }
        i += 1;
        Ok(true)
    });
    vm.roots.pop();
    r?;
    match found {
        Some(i) => Ok(vm.new_int(i)),
        None => Err(vm.value_error("sequence.index(x): x not in sequence")),
    }
}

fn op_getitem(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = exact(vm, "getitem", args, kw, 2)?;
    ops::getitem(vm, a[0], a[1])
}

fn op_setitem(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = exact(vm, "setitem", args, kw, 3)?;
    ops::setitem(vm, a[0], a[1], a[2])?;
    Ok(Value::NONE)
}

fn op_delitem(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = exact(vm, "delitem", args, kw, 2)?;
    ops::delitem(vm, a[0], a[1])?;
    Ok(Value::NONE)
}

/// `length_hint(obj, default=0)`: `len(obj)`, else `obj.__length_hint__()`, else the
/// default.
fn op_length_hint(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(no_keywords(vm, "length_hint"));
    }
    check_positional(vm, "length_hint", args, 1, 2)?;
    let default = match args.get(1) {
        Some(&d) => {
            if !d.is_any_int() {
                let t = vm.type_name(d);
                return Err(vm.type_error(format!("'{}' object cannot be interpreted as an integer", t)));
            }
            d
        }
        None => Value::small_int(0),
    };
    let obj = args[0];
    if has_len(vm, obj) {
        let n = ops::len(vm, obj)?;
        return Ok(vm.new_int(n as i64));
    }
    if let Some(n) = iter::remaining_hint(obj) {
        return Ok(vm.new_int(n as i64));
    }
    let r = match class::call_special(vm, obj, "__length_hint__", &[])? {
        Some(r) => r,
        None => return Ok(default),
    };
    if r.is_any_int() && !r.is_bool() {
        if ops::compare_bool(vm, CmpOp::Lt, r, Value::small_int(0))? {
            return Err(vm.value_error("__length_hint__() should return >= 0"));
        }
        return Ok(r);
    }
    if ops::is_same(r, Value::NOT_IMPLEMENTED) {
        return Ok(default);
    }
    let t = vm.type_name(r);
    Err(vm.type_error(format!("__length_hint__ must be an integer, not {}", t)))
}

/// Whether `len(v)` is defined (without calling anything).
fn has_len(vm: &mut Vm, v: Value) -> bool {
    if class::has_user_class(v) {
        return class::special_method(vm, v, "__len__").is_some();
    }
    let name = vm.intern("__len__");
    let t = vm.type_of(v);
    t.as_type().is_some_and(|t| t.lookup_before(name, Value::NULL).is_some())
}

// ====================================================================== itemgetter

struct ItemGetter {
    items: Vec<Value>,
}

impl NativeData for ItemGetter {
    fn trace(&self, f: &mut dyn FnMut(Value)) {
        self.items.iter().for_each(|v| f(*v));
    }
}

fn itemgetter_new(vm: &mut Vm, cls: Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("itemgetter() takes no keyword arguments"));
    }
    if args.is_empty() {
        return Err(vm.type_error("itemgetter expected 1 argument, got 0"));
    }
    Ok(native::new_object(vm, cls, ItemGetter { items: args.to_vec() }))
}

fn itemgetter_call(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let g = native::expect::<ItemGetter>(vm, args.first().copied().unwrap_or(Value::NONE), "itemgetter", "__call__")?;
    if !kw.is_empty() {
        return Err(vm.type_error("itemgetter() takes no keyword arguments"));
    }
    check_positional(vm, "itemgetter", &args[1..], 1, 1)?;
    let obj = args[1];
    if let [k] = g.items[..] {
        return ops::getitem(vm, obj, k);
    }
    let base = vm.roots.len();
    for &k in &g.items {
        match ops::getitem(vm, obj, k) {
            Ok(v) => vm.roots.push(v),
            Err(e) => {
                vm.roots.truncate(base);
                return Err(e);
            }
        }
    }
    let t = vm.new_tuple_from(&vm.roots[base..].to_vec());
    vm.roots.truncate(base);
    Ok(t)
}

fn itemgetter_repr(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let g = native::expect::<ItemGetter>(vm, args.first().copied().unwrap_or(Value::NONE), "itemgetter", "__repr__")?;
    let parts = repr_all(vm, &g.items)?;
    Ok(vm.new_string(format!("operator.itemgetter({})", parts.join(", "))))
}

fn repr_all(vm: &mut Vm, items: &[Value]) -> PyResult<Vec<String>> {
    items.iter().map(|&v| repr::repr(vm, v)).collect()
}

// ====================================================================== attrgetter

struct AttrGetter {
    /// The names as given (for the repr).
    names: Vec<Value>,
    /// Each name split at its dots, as interned strs.
    paths: Vec<Vec<Value>>,
}

impl NativeData for AttrGetter {
    fn trace(&self, f: &mut dyn FnMut(Value)) {
        self.names.iter().for_each(|v| f(*v));
        self.paths.iter().flatten().for_each(|v| f(*v));
    }
}

fn attrgetter_new(vm: &mut Vm, cls: Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("attrgetter() takes no keyword arguments"));
    }
    if args.is_empty() {
        return Err(vm.type_error("attrgetter expected 1 argument, got 0"));
    }
    let mut paths = Vec::with_capacity(args.len());
    for &a in args {
        let s = match crate::objects::subclass::str_like(a) {
            Some(s) => s,
            None => return Err(vm.type_error("attribute name must be a string")),
        };
        paths.push(s.split('.').map(|part| vm.intern(part)).collect());
    }
    Ok(native::new_object(vm, cls, AttrGetter { names: args.to_vec(), paths }))
}

fn attrgetter_call(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let g = native::expect::<AttrGetter>(vm, args.first().copied().unwrap_or(Value::NONE), "attrgetter", "__call__")?;
    if !kw.is_empty() {
        return Err(vm.type_error("attrgetter() takes no keyword arguments"));
    }
    check_positional(vm, "attrgetter", &args[1..], 1, 1)?;
    let obj = args[1];
    if let [path] = &g.paths[..] {
        return follow(vm, obj, path);
    }
    let base = vm.roots.len();
    for path in &g.paths {
        match follow(vm, obj, path) {
            Ok(v) => vm.roots.push(v),
            Err(e) => {
                vm.roots.truncate(base);
                return Err(e);
            }
        }
    }
    let t = vm.new_tuple_from(&vm.roots[base..].to_vec());
    vm.roots.truncate(base);
    Ok(t)
}

/// `obj.a.b.c` for the path `[a, b, c]`; each intermediate object is rooted while the
/// next lookup (which may run Python code) happens.
fn follow(vm: &mut Vm, obj: Value, path: &[Value]) -> PyResult<Value> {
    let mut cur = obj;
    let base = vm.roots.len();
    for &name in path {
        vm.roots.push(cur);
        match attr::getattr(vm, cur, name) {
            Ok(v) => cur = v,
            Err(e) => {
                vm.roots.truncate(base);
                return Err(e);
            }
        }
    }
    vm.roots.truncate(base);
    Ok(cur)
}

fn attrgetter_repr(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let g = native::expect::<AttrGetter>(vm, args.first().copied().unwrap_or(Value::NONE), "attrgetter", "__repr__")?;
    let parts = repr_all(vm, &g.names)?;
    Ok(vm.new_string(format!("operator.attrgetter({})", parts.join(", "))))
}

// ====================================================================== methodcaller

struct MethodCaller {
    name: Value,
    /// The positional arguments, then the keyword values `kwnames` names.
    args: Vec<Value>,
    kwnames: Vec<Value>,
}

impl NativeData for MethodCaller {
    fn trace(&self, f: &mut dyn FnMut(Value)) {
        f(self.name);
        self.args.iter().for_each(|v| f(*v));
        self.kwnames.iter().for_each(|v| f(*v));
    }
}

fn methodcaller_new(vm: &mut Vm, cls: Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if args.len() - kw.len() < 1 {
        return Err(vm.type_error("methodcaller needs at least one argument, the method name"));
    }
    let name = match crate::objects::subclass::str_like(args[0]) {
        Some(s) => vm.intern(s),
        None => return Err(vm.type_error("method name must be a string")),
    };
    Ok(native::new_object(vm, cls, MethodCaller { name, args: args[1..].to_vec(), kwnames: kw.to_vec() }))
}

fn methodcaller_call(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let g = native::expect::<MethodCaller>(vm, args.first().copied().unwrap_or(Value::NONE), "methodcaller", "__call__")?;
    if !kw.is_empty() {
        return Err(vm.type_error("methodcaller() takes no keyword arguments"));
    }
    check_positional(vm, "methodcaller", &args[1..], 1, 1)?;
    let f = attr::getattr(vm, args[1], g.name)?;
    vm.roots.push(f);
    let r = vm.call_with_kw(f, &g.args, &g.kwnames);
    vm.roots.pop();
    r
}

fn methodcaller_repr(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let g = native::expect::<MethodCaller>(vm, args.first().copied().unwrap_or(Value::NONE), "methodcaller", "__repr__")?;
    let mut parts = vec![repr::repr(vm, g.name)?];
    let npos = g.args.len() - g.kwnames.len();
    for &a in &g.args[..npos] {
        parts.push(repr::repr(vm, a)?);
    }
    for (k, &v) in g.kwnames.iter().zip(&g.args[npos..]) {
        let r = repr::repr(vm, v)?;
        parts.push(format!("{}={}", k.as_str().unwrap_or(""), r));
    }
    Ok(vm.new_string(format!("operator.methodcaller({})", parts.join(", "))))
}
