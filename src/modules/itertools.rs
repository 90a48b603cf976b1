//! The native iterators of `itertools` (module `_itertools`, which `lib/itertools.py`
//! re-exports; `groupby` and `tee` are written in Python there). Each type is a
//! native type named `itertools.NAME` whose objects step through
//! `NativeData::next`, so `for` loops over them make no Python frames and no
//! StopIteration objects. Each consumes its input exactly as far as CPython's does.
//!
//! GC: every value an iterator holds is traced; a value stored into an iterator after
//! its creation gets `vm.write_barrier`; values held only in Rust locals while Python
//! code may run (a predicate, `__iter__`, `__next__`) are pushed on `vm.roots`.

use crate::builtins::args::{bind, check_positional};
use crate::bytecode::opcodes::BinOp;
use crate::objects::module::set_entry;
use crate::objects::native::{self, NativeData};
use crate::objects::{class, iter, ops, repr, NativeFn};
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use std::cell::{Cell, RefCell};

pub fn init(vm: &mut Vm, name: &str) -> PyResult<Value> {
    let (m, d) = super::new_native_module(vm, name);
    vm.roots.push(m);
    let it: [(&'static str, NativeFn); 2] = [("__iter__", native::iter_self), ("__next__", native::next_method)];
    let types: &[(&str, crate::objects::types::Ctor, &[(&'static str, NativeFn)])] = &[
        ("count", count_new, &[("__repr__", count_repr)]),
        ("repeat", repeat_new, &[("__repr__", repeat_repr), ("__length_hint__", repeat_length_hint)]),
        ("cycle", cycle_new, &[]),
        ("chain", chain_new, &[("from_iterable", chain_from_iterable)]),
        ("islice", islice_new, &[]),
        ("accumulate", accumulate_new, &[]),
        ("starmap", starmap_new, &[]),
        ("compress", compress_new, &[]),
        ("dropwhile", dropwhile_new, &[]),
        ("takewhile", takewhile_new, &[]),
        ("filterfalse", filterfalse_new, &[]),
        ("pairwise", pairwise_new, &[]),
        ("zip_longest", zip_longest_new, &[]),
        ("product", product_new, &[]),
        ("permutations", permutations_new, &[]),
        ("combinations", combinations_new, &[]),
        ("combinations_with_replacement", cwr_new, &[]),
        ("groupby", groupby_new, &[]),
        ("_grouper", grouper_new, &[]),
    ];
    for &(tname, ctor, extra) in types {
        let mut methods: Vec<(&'static str, NativeFn)> = it.to_vec();
        methods.extend_from_slice(extra);
        let t = native::new_type(vm, tname, "itertools", Value::NULL, Some(ctor), &methods);
        set_entry(vm, d, tname, t);
    }
    vm.roots.pop();
    Ok(m)
}

// ====================================================================== helpers

fn no_kwargs(vm: &mut Vm, name: &str, kw: &[Value]) -> PyResult<()> {
    if kw.is_empty() {
        return Ok(());
    }
    Err(vm.type_error(format!("{}() takes no keyword arguments", name)))
}

/// Exactly `n` positional arguments, worded as CPython's `_PyArg_CheckPositional`.
fn exact(vm: &mut Vm, name: &str, args: &[Value], kw: &[Value], n: usize) -> PyResult<()> {
    no_kwargs(vm, name, kw)?;
    check_positional(vm, name, args, n, n)
}

/// An index-like integer argument (`operator.index`).
fn index_arg(vm: &mut Vm, v: Value) -> PyResult<i64> {
    match ops::index_value(vm, v) {
        Some(r) => r,
        None => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!("'{}' object cannot be interpreted as an integer", t)))
        }
    }
}

/// Stores `v` in `cell` of the object `this`, with the write barrier.
#[inline]
fn store(vm: &mut Vm, this: Value, cell: &Cell<Value>, v: Value) {
    cell.set(v);
    vm.write_barrier(this, v);
}

/// `iter::next` with `v` rooted meanwhile.
fn next_rooting(vm: &mut Vm, it: Value, v: Value) -> PyResult<Option<Value>> {
    vm.roots.push(v);
    let r = iter::next(vm, it);
    vm.roots.pop();
    r
}

/// `f(x)` as a truth value, `x` rooted while the truth test may run Python code.
fn test(vm: &mut Vm, f: Value, x: Value) -> PyResult<bool> {
    vm.roots.push(x);
    let r = match vm.call(f, &[x]) {
        Ok(v) => ops::truthy(vm, v),
        Err(e) => Err(e),
    };
    vm.roots.pop();
    r
}

fn tuple_items(vm: &mut Vm, v: Value) -> PyResult<Vec<Value>> {
    iter::collect(vm, v)
}

// ====================================================================== count

struct Count {
    cur: Cell<Value>,
    step: Value,
}

impl NativeData for Count {
    fn trace(&self, f: &mut dyn FnMut(Value)) {
        f(self.cur.get());
        f(self.step);
    }
    fn is_iterator(&self) -> bool {
        true
    }
    fn next(&self, vm: &mut Vm, this: Value) -> PyResult<Option<Value>> {
        let cur = self.cur.get();
        let nxt = if Value::both_int(cur, self.step) {
            vm.new_int_i128(cur.as_int() as i128 + self.step.as_int() as i128)
        } else {
            ops::binary_op(vm, BinOp::Add, cur, self.step)?
        };
        store(vm, this, &self.cur, nxt);
        Ok(Some(cur))
    }
}

fn is_number(vm: &mut Vm, v: Value) -> bool {
    if crate::objects::int::as_num(v).is_some() || v.is_bool() {
        return true;
    }
    class::has_user_class(v) && ["__index__", "__int__", "__float__", "__complex__"].iter().any(|m| class::special_method(vm, v, m).is_some())
}

fn count_new(vm: &mut Vm, cls: Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = bind(vm, "count", args, kw, &["start", "step"], 0)?;
    let start = if a[0].is_null() { Value::small_int(0) } else { a[0] };
    let step = if a[1].is_null() { Value::small_int(1) } else { a[1] };
    if !is_number(vm, start) || !is_number(vm, step) {
        return Err(vm.type_error("a number is required"));
    }
    Ok(native::new_object(vm, cls, Count { cur: Cell::new(start), step }))
}

fn count_repr(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let c = native::expect::<Count>(vm, args.first().copied().unwrap_or(Value::NONE), "count", "__repr__")?;
    let cur = repr::repr(vm, c.cur.get())?;
    // an int step of 1 (bools included) is not shown
    let unit = (c.step.is_int() && c.step.as_int() == 1) || c.step == Value::TRUE;
    let s = if unit { format!("count({})", cur) } else { format!("count({}, {})", cur, repr::repr(vm, c.step)?) };
    Ok(vm.new_string(s))
}

// ====================================================================== repeat

struct Repeat {
    obj: Value,
    /// Items left; negative: forever.
    left: Cell<i64>,
}

impl NativeData for Repeat {
    fn trace(&self, f: &mut dyn FnMut(Value)) {
        f(self.obj);
    }
    fn is_iterator(&self) -> bool {
        true
    }
    fn next(&self, _vm: &mut Vm, _this: Value) -> PyResult<Option<Value>> {
        let left = self.left.get();
        if left == 0 {
            return Ok(None);
        }
        if left > 0 {
            self.left.set(left - 1);
        }
        Ok(Some(self.obj))
    }
}

fn repeat_new(vm: &mut Vm, cls: Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = bind(vm, "repeat", args, kw, &["object", "times"], 1)?;
    let left = if a[1].is_null() { -1 } else { index_arg(vm, a[1])?.max(0) };
    Ok(native::new_object(vm, cls, Repeat { obj: a[0], left: Cell::new(left) }))
}

fn repeat_repr(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let r = native::expect::<Repeat>(vm, args.first().copied().unwrap_or(Value::NONE), "repeat", "__repr__")?;
    let obj = repr::repr(vm, r.obj)?;
    let left = r.left.get();
    let s = if left < 0 { format!("repeat({})", obj) } else { format!("repeat({}, {})", obj, left) };
    Ok(vm.new_string(s))
}

fn repeat_length_hint(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let r = native::expect::<Repeat>(vm, args.first().copied().unwrap_or(Value::NONE), "repeat", "__length_hint__")?;
    let left = r.left.get();
    if left < 0 {
        return Err(vm.type_error("len() of unsized object"));
    }
    Ok(vm.new_int(left))
}

// ====================================================================== cycle

struct Cycle {
    /// The source iterator during the first pass; NULL after.
    it: Cell<Value>,
    /// The items seen in the first pass (a list).
    saved: Value,
    pos: Cell<usize>,
}

impl NativeData for Cycle {
    fn trace(&self, f: &mut dyn FnMut(Value)) {
        f(self.it.get());
        f(self.saved);
    }
    fn is_iterator(&self) -> bool {
        true
    }
    fn next(&self, vm: &mut Vm, this: Value) -> PyResult<Option<Value>> {
        let it = self.it.get();
        if !it.is_null() {
            if let Some(v) = iter::next(vm, it)? {
                if let Some(l) = self.saved.as_list() {
                    l.borrow_mut().push(v);
                }
                vm.write_barrier(self.saved, v);
                return Ok(Some(v));
            }
            self.it.set(Value::NULL);
        }
        let _ = this;
        let l = match self.saved.as_list() {
            Some(l) => l.borrow(),
            None => return Ok(None),
        };
        if l.is_empty() {
            return Ok(None);
        }
        let pos = self.pos.get() % l.len();
        self.pos.set(pos + 1);
        Ok(Some(l[pos]))
    }
}

fn cycle_new(vm: &mut Vm, cls: Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    exact(vm, "cycle", args, kw, 1)?;
    let it = iter::get_iter(vm, args[0])?;
    vm.roots.push(it);
    let saved = vm.new_list(Vec::new());
    vm.roots.pop();
    Ok(native::new_object(vm, cls, Cycle { it: Cell::new(it), saved, pos: Cell::new(0) }))
}

// ====================================================================== chain

struct Chain {
    /// The iterator over the iterables; NULL once it ran out.
    sources: Cell<Value>,
    /// The iterator being read; NULL between iterables.
    cur: Cell<Value>,
}

impl NativeData for Chain {
    fn trace(&self, f: &mut dyn FnMut(Value)) {
        f(self.sources.get());
        f(self.cur.get());
    }
    fn is_iterator(&self) -> bool {
        true
    }
    fn next(&self, vm: &mut Vm, this: Value) -> PyResult<Option<Value>> {
        loop {
            let cur = self.cur.get();
            if !cur.is_null() {
                if let Some(v) = iter::next(vm, cur)? {
                    return Ok(Some(v));
                }
                self.cur.set(Value::NULL);
            }
            let sources = self.sources.get();
            if sources.is_null() {
                return Ok(None);
            }
            match iter::next(vm, sources)? {
                Some(src) => {
                    vm.roots.push(src);
                    let it = iter::get_iter(vm, src);
                    vm.roots.pop();
                    store(vm, this, &self.cur, it?);
                }
                None => {
                    self.sources.set(Value::NULL);
                    return Ok(None);
                }
            }
        }
    }
}

fn chain_new(vm: &mut Vm, cls: Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(vm, "chain", kw)?;
    let t = vm.new_tuple_from(args);
    vm.roots.push(t);
    let sources = iter::get_iter(vm, t);
    vm.roots.pop();
    Ok(native::new_object(vm, cls, Chain { sources: Cell::new(sources?), cur: Cell::new(Value::NULL) }))
}

/// `chain.from_iterable(iterable)` (reached through the type, so `args` holds only
/// the iterable).
fn chain_from_iterable(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(vm, "chain.from_iterable", kw)?;
    if args.len() != 1 {
        return Err(vm.type_error(format!("chain.from_iterable() takes exactly one argument ({} given)", args.len())));
    }
    let sources = iter::get_iter(vm, args[0])?;
    vm.roots.push(sources);
    let cls = chain_type(vm);
    vm.roots.pop();
    let cls = cls?;
    Ok(native::new_object(vm, cls, Chain { sources: Cell::new(sources), cur: Cell::new(Value::NULL) }))
}

fn chain_type(vm: &mut Vm) -> PyResult<Value> {
    module_type(vm, "chain")
}

/// The type `name` of this module, found through `sys.modules`.
fn module_type(vm: &mut Vm, name: &str) -> PyResult<Value> {
    let mname = vm.intern("_itertools");
    let modules = vm.module_state.modules;
    let m = ops::dict_get(vm, modules, mname)?;
    let k = vm.intern(name);
    match m {
        Some(m) => crate::objects::attr::getattr(vm, m, k),
        None => Err(vm.runtime_error(format!("itertools: the _itertools module is gone from sys.modules (looking for {})", name))),
    }
}

// ====================================================================== islice

struct ISlice {
    /// NULL once exhausted.
    it: Cell<Value>,
    /// The index of the next item to yield.
    next: Cell<u64>,
    /// None: no stop.
    stop: Option<u64>,
    step: u64,
    /// Items consumed so far.
    count: Cell<u64>,
}

impl NativeData for ISlice {
    fn trace(&self, f: &mut dyn FnMut(Value)) {
        f(self.it.get());
    }
    fn is_iterator(&self) -> bool {
        true
    }
    fn next(&self, vm: &mut Vm, _this: Value) -> PyResult<Option<Value>> {
        let it = self.it.get();
        if it.is_null() {
            return Ok(None);
        }
        while self.count.get() < self.next.get() {
            if iter::next(vm, it)?.is_none() {
                self.it.set(Value::NULL);
                return Ok(None);
            }
            self.count.set(self.count.get() + 1);
        }
        if self.stop.is_some_and(|s| self.count.get() >= s) {
            self.it.set(Value::NULL);
            return Ok(None);
        }
        let v = match iter::next(vm, it)? {
            Some(v) => v,
            None => {
                self.it.set(Value::NULL);
                return Ok(None);
            }
        };
        self.count.set(self.count.get() + 1);
        let mut nxt = self.next.get().saturating_add(self.step);
        if let Some(s) = self.stop {
            nxt = nxt.min(s);
        }
        self.next.set(nxt);
        Ok(Some(v))
    }
}

/// A start or stop argument: None, or an int in 0..=sys.maxsize.
fn islice_bound(vm: &mut Vm, v: Value, stop: bool) -> PyResult<Option<u64>> {
    if v.is_none() {
        return Ok(None);
    }
    let i = match ops::index_value(vm, v) {
        Some(Ok(i)) if i >= 0 => Some(i as u64),
        Some(Err(e)) if !vm.is_instance(e.0, vm.types.index_error) => return Err(e),
        _ => None,
    };
    match i {
        Some(i) => Ok(Some(i)),
        None if stop => Err(vm.value_error("Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.")),
        None => Err(vm.value_error("Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.")),
    }
}

fn islice_new(vm: &mut Vm, cls: Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(vm, "islice", kw)?;
    check_positional(vm, "islice", args, 2, 4)?;
    let (start, stop, step) = if args.len() == 2 {
        (0, islice_bound(vm, args[1], true)?, 1)
    } else {
        let start = islice_bound(vm, args[1], false)?.unwrap_or(0);
        let stop = islice_bound(vm, args[2], true)?;
        let step = match args.get(3) {
            Some(&s) if !s.is_none() => match ops::index_value(vm, s) {
                Some(Ok(i)) if i >= 1 => i as u64,
                Some(Err(e)) if !vm.is_instance(e.0, vm.types.index_error) => return Err(e),
                _ => return Err(vm.value_error("Step for islice() must be a positive integer or None.")),
            },
            _ => 1,
        };
        (start, stop, step)
    };
    let it = iter::get_iter(vm, args[0])?;
    Ok(native::new_object(vm, cls, ISlice { it: Cell::new(it), next: Cell::new(start), stop, step, count: Cell::new(0) }))
}

// ====================================================================== accumulate

struct Accumulate {
    it: Value,
    /// NULL: `+`.
    func: Value,
    /// The running total; NULL before the first item.
    total: Cell<Value>,
    /// The initial value still to be yielded; NULL once yielded or when none.
    initial: Cell<Value>,
}

impl NativeData for Accumulate {
    fn trace(&self, f: &mut dyn FnMut(Value)) {
        f(self.it);
        f(self.func);
        f(self.total.get());
        f(self.initial.get());
    }
    fn is_iterator(&self) -> bool {
        true
    }
    fn next(&self, vm: &mut Vm, this: Value) -> PyResult<Option<Value>> {
        let initial = self.initial.get();
        if !initial.is_null() {
            self.initial.set(Value::NULL);
            store(vm, this, &self.total, initial);
            return Ok(Some(initial));
        }
        let x = match iter::next(vm, self.it)? {
            Some(x) => x,
            None => return Ok(None),
        };
        let total = self.total.get();
        let new = if total.is_null() {
            x
        } else if self.func.is_null() {
            ops::binary_op(vm, BinOp::Add, total, x)?
        } else {
            vm.roots.push(x);
            let r = vm.call(self.func, &[total, x]);
            vm.roots.pop();
            r?
        };
        store(vm, this, &self.total, new);
        Ok(Some(new))
    }
}

fn accumulate_new(vm: &mut Vm, cls: Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let npos = args.len() - kw.len();
    if npos > 2 {
        return Err(vm.type_error(format!("accumulate() takes at most 2 positional arguments ({} given)", npos)));
    }
    let a = bind(vm, "accumulate", args, kw, &["iterable", "func", "initial"], 1)?;
    let func = if a[1].is_none() { Value::NULL } else { a[1] };
    let initial = if a[2].is_none() { Value::NULL } else { a[2] };
    let it = iter::get_iter(vm, a[0])?;
    Ok(native::new_object(vm, cls, Accumulate { it, func, total: Cell::new(Value::NULL), initial: Cell::new(initial) }))
}

// ====================================================================== starmap

struct Starmap {
    func: Value,
    it: Value,
}

impl NativeData for Starmap {
    fn trace(&self, f: &mut dyn FnMut(Value)) {
        f(self.func);
        f(self.it);
    }
    fn is_iterator(&self) -> bool {
        true
    }
    fn next(&self, vm: &mut Vm, _this: Value) -> PyResult<Option<Value>> {
        let args = match iter::next(vm, self.it)? {
            Some(a) => a,
            None => return Ok(None),
        };
        if let Some(t) = args.as_tuple() {
            vm.roots.push(args);
            let r = vm.call(self.func, t);
            vm.roots.pop();
            return r.map(Some);
        }
        vm.roots.push(args);
        let items = tuple_items(vm, args);
        vm.roots.pop();
        let t = vm.new_tuple(items?);
        vm.roots.push(t);
        let r = vm.call(self.func, t.as_tuple().unwrap_or(&[]));
        vm.roots.pop();
        r.map(Some)
    }
}

fn starmap_new(vm: &mut Vm, cls: Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    exact(vm, "starmap", args, kw, 2)?;
    let it = iter::get_iter(vm, args[1])?;
    Ok(native::new_object(vm, cls, Starmap { func: args[0], it }))
}

// ====================================================================== compress

struct Compress {
    data: Value,
    selectors: Value,
}

impl NativeData for Compress {
    fn trace(&self, f: &mut dyn FnMut(Value)) {
        f(self.data);
        f(self.selectors);
    }
    fn is_iterator(&self) -> bool {
        true
    }
    fn next(&self, vm: &mut Vm, _this: Value) -> PyResult<Option<Value>> {
        loop {
            let d = match iter::next(vm, self.data)? {
                Some(d) => d,
                None => return Ok(None),
            };
            let s = match next_rooting(vm, self.selectors, d)? {
                Some(s) => s,
                None => return Ok(None),
            };
            vm.roots.push(d);
            let keep = ops::truthy(vm, s);
            vm.roots.pop();
            if keep? {
                return Ok(Some(d));
            }
        }
    }
}

fn compress_new(vm: &mut Vm, cls: Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = bind(vm, "compress", args, kw, &["data", "selectors"], 2)?;
    let data = iter::get_iter(vm, a[0])?;
    vm.roots.push(data);
    let selectors = iter::get_iter(vm, a[1]);
    vm.roots.pop();
    Ok(native::new_object(vm, cls, Compress { data, selectors: selectors? }))
}

// ====================================================================== dropwhile, takewhile, filterfalse

/// dropwhile (`done`: the predicate has failed once), takewhile (`done`: it has failed,
/// the iterator is over) and filterfalse (`done` unused).
struct Predicated {
    kind: PredKind,
    pred: Value,
    it: Value,
    done: Cell<bool>,
}

#[derive(Clone, Copy, PartialEq)]
enum PredKind {
    DropWhile,
    TakeWhile,
    FilterFalse,
}

impl NativeData for Predicated {
    fn trace(&self, f: &mut dyn FnMut(Value)) {
        f(self.pred);
        f(self.it);
    }
    fn is_iterator(&self) -> bool {
        true
    }
    fn next(&self, vm: &mut Vm, _this: Value) -> PyResult<Option<Value>> {
        match self.kind {
            PredKind::DropWhile => {
                if self.done.get() {
                    return iter::next(vm, self.it);
                }
                while let Some(x) = iter::next(vm, self.it)? {
                    if !test(vm, self.pred, x)? {
                        self.done.set(true);
                        return Ok(Some(x));
                    }
                }
                Ok(None)
            }
            PredKind::TakeWhile => {
                if self.done.get() {
                    return Ok(None);
                }
                let x = match iter::next(vm, self.it)? {
                    Some(x) => x,
                    None => return Ok(None),
                };
                if test(vm, self.pred, x)? {
                    return Ok(Some(x));
                }
                self.done.set(true);
                Ok(None)
            }
            PredKind::FilterFalse => {
                while let Some(x) = iter::next(vm, self.it)? {
                    let keep = if self.pred.is_none() {
                        vm.roots.push(x);
                        let t = ops::truthy(vm, x);
                        vm.roots.pop();
                        !t?
                    } else {
                        !test(vm, self.pred, x)?
                    };
                    if keep {
                        return Ok(Some(x));
                    }
                }
                Ok(None)
            }
        }
    }
}

fn predicated_new(vm: &mut Vm, cls: Value, args: &[Value], kw: &[Value], name: &str, kind: PredKind) -> PyResult<Value> {
    exact(vm, name, args, kw, 2)?;
    let it = iter::get_iter(vm, args[1])?;
    Ok(native::new_object(vm, cls, Predicated { kind, pred: args[0], it, done: Cell::new(false) }))
}

fn dropwhile_new(vm: &mut Vm, cls: Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    predicated_new(vm, cls, args, kw, "dropwhile", PredKind::DropWhile)
}

fn takewhile_new(vm: &mut Vm, cls: Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    predicated_new(vm, cls, args, kw, "takewhile", PredKind::TakeWhile)
}

fn filterfalse_new(vm: &mut Vm, cls: Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    predicated_new(vm, cls, args, kw, "filterfalse", PredKind::FilterFalse)
}

// ====================================================================== pairwise

struct Pairwise {
    /// NULL once exhausted.
    it: Cell<Value>,
    /// The last item read; NULL before the first.
    prev: Cell<Value>,
}

impl NativeData for Pairwise {
    fn trace(&self, f: &mut dyn FnMut(Value)) {
        f(self.it.get());
        f(self.prev.get());
    }
    fn is_iterator(&self) -> bool {
        true
    }
    fn next(&self, vm: &mut Vm, this: Value) -> PyResult<Option<Value>> {
        let it = self.it.get();
        if it.is_null() {
            return Ok(None);
        }
        let mut prev = self.prev.get();
        if prev.is_null() {
            match iter::next(vm, it)? {
                Some(v) => {
                    prev = v;
                    store(vm, this, &self.prev, v);
                }
                None => {
                    self.it.set(Value::NULL);
                    return Ok(None);
                }
            }
        }
        match iter::next(vm, it)? {
            Some(x) => {
                store(vm, this, &self.prev, x);
                vm.roots.push(x);
                let t = vm.new_tuple_from(&[prev, x]);
                vm.roots.pop();
                Ok(Some(t))
            }
            None => {
                self.it.set(Value::NULL);
                self.prev.set(Value::NULL);
                Ok(None)
            }
        }
    }
}

fn pairwise_new(vm: &mut Vm, cls: Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    exact(vm, "pairwise", args, kw, 1)?;
    let it = iter::get_iter(vm, args[0])?;
    Ok(native::new_object(vm, cls, Pairwise { it: Cell::new(it), prev: Cell::new(Value::NULL) }))
}

// ====================================================================== zip_longest

struct ZipLongest {
    /// The iterators; NULL for those that ran out.
    its: RefCell<Vec<Value>>,
    active: Cell<usize>,
    fill: Value,
}

impl NativeData for ZipLongest {
    fn trace(&self, f: &mut dyn FnMut(Value)) {
        self.its.borrow().iter().for_each(|v| f(*v));
        f(self.fill);
    }
    fn extra_size(&self) -> usize {
        self.its.borrow().len() * 8
    }
    fn is_iterator(&self) -> bool {
        true
    }
    fn next(&self, vm: &mut Vm, _this: Value) -> PyResult<Option<Value>> {
        let n = self.its.borrow().len();
        if n == 0 || self.active.get() == 0 {
            return Ok(None);
        }
        let base = vm.roots.len();
        for i in 0..n {
            let it = self.its.borrow().get(i).copied().unwrap_or(Value::NULL);
            if it.is_null() {
                vm.roots.push(self.fill);
                continue;
            }
            match iter::next(vm, it) {
                Ok(Some(v)) => vm.roots.push(v),
                Ok(None) => {
                    let left = self.active.get() - 1;
                    self.active.set(left);
                    if left == 0 {
                        vm.roots.truncate(base);
                        self.its.borrow_mut().clear();
                        return Ok(None);
                    }
                    if let Some(slot) = self.its.borrow_mut().get_mut(i) {
                        *slot = Value::NULL;
                    }
                    vm.roots.push(self.fill);
                }
                Err(e) => {
                    vm.roots.truncate(base);
                    return Err(e);
                }
            }
        }
        let items: Vec<Value> = vm.roots[base..].to_vec();
        vm.roots.truncate(base);
        Ok(Some(vm.new_tuple(items)))
    }
}

fn zip_longest_new(vm: &mut Vm, cls: Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let npos = args.len() - kw.len();
    let mut fill = Value::NONE;
    for (k, &v) in kw.iter().zip(&args[npos..]) {
        if k.as_str() != Some("fillvalue") {
            return Err(vm.type_error("zip_longest() got an unexpected keyword argument"));
        }
        fill = v;
    }
    let base = vm.roots.len();
    for &a in &args[..npos] {
        match iter::get_iter(vm, a) {
            Ok(it) => vm.roots.push(it),
            Err(e) => {
                vm.roots.truncate(base);
                return Err(e);
            }
        }
    }
    let its: Vec<Value> = vm.roots[base..].to_vec();
    vm.roots.truncate(base);
    let active = its.len();
    Ok(native::new_object(vm, cls, ZipLongest { its: RefCell::new(its), active: Cell::new(active), fill }))
}

// ====================================================================== combinatorics

/// product, permutations, combinations and combinations_with_replacement: the pools
/// are read when the iterator is made; each step moves `indices` and builds a tuple.
struct Combinatoric {
    kind: CombKind,
    /// The items of every pool, one after the other.
    items: Vec<Value>,
    /// Where each pool starts in `items` (product; one pool for the others), plus the end.
    bounds: Vec<usize>,
    r: usize,
    indices: RefCell<Vec<usize>>,
    /// permutations: the countdown of choices left for each position.
    cycles: RefCell<Vec<usize>>,
    started: Cell<bool>,
    done: Cell<bool>,
}

#[derive(Clone, Copy, PartialEq)]
enum CombKind {
    Product,
    Permutations,
    Combinations,
    WithReplacement,
}

impl NativeData for Combinatoric {
    fn trace(&self, f: &mut dyn FnMut(Value)) {
        self.items.iter().for_each(|v| f(*v));
    }
    fn extra_size(&self) -> usize {
        self.items.len() * 8 + self.bounds.len() * 8 + self.indices.borrow().len() * 16
    }
    fn is_iterator(&self) -> bool {
        true
    }
    fn next(&self, vm: &mut Vm, _this: Value) -> PyResult<Option<Value>> {
        if self.done.get() {
            return Ok(None);
        }
        let moved = if self.started.get() { self.advance() } else { true };
        self.started.set(true);
        if !moved {
            self.done.set(true);
            return Ok(None);
        }
        let idx = self.indices.borrow();
        let out: Vec<Value> = match self.kind {
            CombKind::Product => idx.iter().enumerate().map(|(p, &i)| self.items[self.bounds[p] + i]).collect(),
            CombKind::Permutations => idx[..self.r].iter().map(|&i| self.items[i]).collect(),
            _ => idx.iter().map(|&i| self.items[i]).collect(),
        };
        drop(idx);
        Ok(Some(vm.new_tuple(out)))
    }
}

impl Combinatoric {
    /// Moves to the next arrangement; false when there is none.
    fn advance(&self) -> bool {
        let mut idx = self.indices.borrow_mut();
        let n = self.items.len();
        let r = self.r;
        match self.kind {
            CombKind::Product => {
                // an odometer, the rightmost wheel fastest
                for p in (0..idx.len()).rev() {
                    idx[p] += 1;
                    if idx[p] < self.bounds[p + 1] - self.bounds[p] {
                        return true;
                    }
                    idx[p] = 0;
                }
                false
            }
            CombKind::Permutations => {
                let mut cycles = self.cycles.borrow_mut();
                for i in (0..r).rev() {
                    cycles[i] -= 1;
                    if cycles[i] == 0 {
                        // position i has tried every remaining item: rotate it to the end
                        let moved = idx.remove(i);
                        idx.push(moved);
                        cycles[i] = n - i;
                    } else {
                        let j = n - cycles[i];
                        idx.swap(i, j);
                        return true;
                    }
                }
                false
            }
            CombKind::Combinations => {
                // the rightmost index that can still move right
                let Some(i) = (0..r).rev().find(|&i| idx[i] != i + n - r) else { return false };
                idx[i] += 1;
                for j in i + 1..r {
                    idx[j] = idx[j - 1] + 1;
                }
                true
            }
            CombKind::WithReplacement => {
                let Some(i) = (0..r).rev().find(|&i| idx[i] != n - 1) else { return false };
                let v = idx[i] + 1;
                for slot in idx[i..r].iter_mut() {
                    *slot = v;
                }
                true
            }
        }
    }
}

fn product_new(vm: &mut Vm, cls: Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let npos = args.len() - kw.len();
    let mut repeat = 1i64;
    for (k, &v) in kw.iter().zip(&args[npos..]) {
        let kn = k.as_str().unwrap_or("");
        if kn != "repeat" {
            return Err(vm.type_error(format!("'{}' is an invalid keyword argument for product()", kn)));
        }
        repeat = index_arg(vm, v)?;
    }
    if repeat < 0 {
        return Err(vm.value_error("repeat argument cannot be negative"));
    }
    let mut pools: Vec<Vec<Value>> = Vec::with_capacity(npos);
    let base = vm.roots.len();
    for &a in &args[..npos] {
        match iter::collect(vm, a) {
            Ok(items) => {
                let t = vm.new_tuple_from(&items);
                vm.roots.push(t);
                pools.push(items);
            }
            Err(e) => {
                vm.roots.truncate(base);
                return Err(e);
            }
        }
    }
    vm.roots.truncate(base);
    let total = pools.iter().map(|p| p.len()).sum::<usize>().saturating_mul(repeat as usize);
    if total > (1 << 28) {
        return Err(vm.err(vm.types.memory_error, ""));
    }
    let mut items = Vec::with_capacity(total);
    let mut bounds = vec![0];
    for _ in 0..repeat {
        for p in &pools {
            items.extend_from_slice(p);
            bounds.push(items.len());
        }
    }
    let npools = bounds.len() - 1;
    let empty = (0..npools).any(|p| bounds[p + 1] == bounds[p]);
    Ok(native::new_object(
        vm,
        cls,
        Combinatoric {
            kind: CombKind::Product,
            items,
            bounds,
            r: npools,
            indices: RefCell::new(vec![0; npools]),
            cycles: RefCell::new(Vec::new()),
            started: Cell::new(false),
            done: Cell::new(empty),
        },
    ))
}

/// The `r` argument of permutations and the combinations: None (permutations only)
/// means the pool's size.
fn r_arg(vm: &mut Vm, v: Value, n: usize) -> PyResult<usize> {
    if v.is_null() || v.is_none() {
        return Ok(n);
    }
    let r = match crate::objects::int::as_num(v) {
        Some(crate::objects::int::Num::Small(i)) => i,
        Some(crate::objects::int::Num::Big(_)) => return Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
        _ if v.is_bool() => (v == Value::TRUE) as i64,
        _ => return Err(vm.type_error("Expected int as r")),
    };
    if r < 0 {
        return Err(vm.value_error("r must be non-negative"));
    }
    Ok(r as usize)
}

fn comb_new(vm: &mut Vm, cls: Value, args: &[Value], kw: &[Value], name: &str, kind: CombKind) -> PyResult<Value> {
    let min = if kind == CombKind::Permutations { 1 } else { 2 };
    let a = bind(vm, name, args, kw, &["iterable", "r"], min)?;
    let items = iter::collect(vm, a[0])?;
    let n = items.len();
    let r = if kind == CombKind::Permutations {
        r_arg(vm, a[1], n)?
    } else {
        let r = index_arg(vm, a[1])?;
        if r < 0 {
            return Err(vm.value_error("r must be non-negative"));
        }
        r as usize
    };
    let (indices, cycles, done) = match kind {
        CombKind::Permutations => ((0..n).collect(), if r <= n { (n - r + 1..=n).rev().collect() } else { Vec::new() }, r > n),
        CombKind::Combinations => ((0..r).collect(), Vec::new(), r > n),
        _ => (vec![0; r], Vec::new(), n == 0 && r > 0),
    };
    Ok(native::new_object(
        vm,
        cls,
        Combinatoric {
            kind,
            items,
            bounds: vec![0, n],
            r,
            indices: RefCell::new(indices),
            cycles: RefCell::new(cycles),
            started: Cell::new(false),
            done: Cell::new(done),
        },
    ))
}

fn permutations_new(vm: &mut Vm, cls: Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    comb_new(vm, cls, args, kw, "permutations", CombKind::Permutations)
}

fn combinations_new(vm: &mut Vm, cls: Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    comb_new(vm, cls, args, kw, "combinations", CombKind::Combinations)
}

fn cwr_new(vm: &mut Vm, cls: Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    comb_new(vm, cls, args, kw, "combinations_with_replacement", CombKind::WithReplacement)
}

// ====================================================================== groupby

/// groupby: the current item and its key (NULL when none is pending), the key of the
/// group being produced, and that group's grouper (NULL once the groupby moved on).
struct GroupBy {
    it: Value,
    /// NULL: the items are their own keys.
    keyfunc: Value,
    grouper_type: Value,
    tgtkey: Cell<Value>,
    currkey: Cell<Value>,
    currvalue: Cell<Value>,
    current: Cell<Value>,
}

impl GroupBy {
    /// Reads the next item and its key; false at the end of the input.
    fn step(&self, vm: &mut Vm, this: Value) -> PyResult<bool> {
        let v = match iter::next(vm, self.it)? {
            Some(v) => v,
            None => return Ok(false),
        };
        let key = if self.keyfunc.is_null() {
            v
        } else {
            vm.roots.push(v);
            let k = vm.call(self.keyfunc, &[v]);
            vm.roots.pop();
            k?
        };
        store(vm, this, &self.currvalue, v);
        store(vm, this, &self.currkey, key);
        Ok(true)
    }
}

impl NativeData for GroupBy {
    fn trace(&self, f: &mut dyn FnMut(Value)) {
        f(self.it);
        f(self.keyfunc);
        f(self.grouper_type);
        f(self.tgtkey.get());
        f(self.currkey.get());
        f(self.currvalue.get());
        f(self.current.get());
    }
    fn is_iterator(&self) -> bool {
        true
    }
    fn next(&self, vm: &mut Vm, this: Value) -> PyResult<Option<Value>> {
        self.current.set(Value::NULL);
        // skip what the previous group's grouper left unread
        loop {
            let currkey = self.currkey.get();
            if !currkey.is_null() {
                let tgt = self.tgtkey.get();
                if tgt.is_null() || !ops::eq(vm, tgt, currkey)? {
                    break;
                }
            }
            if !self.step(vm, this)? {
                return Ok(None);
            }
        }
        let key = self.currkey.get();
        store(vm, this, &self.tgtkey, key);
        let grouper = native::new_object(vm, self.grouper_type, Grouper { parent: this, tgtkey: key });
        store(vm, this, &self.current, grouper);
        Ok(Some(vm.new_tuple_from(&[key, grouper])))
    }
}

fn groupby_new(vm: &mut Vm, cls: Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = bind(vm, "groupby", args, kw, &["iterable", "key"], 1)?;
    let keyfunc = if a[1].is_null() || a[1].is_none() { Value::NULL } else { a[1] };
    let it = iter::get_iter(vm, a[0])?;
    vm.roots.push(it);
    let grouper_type = module_type(vm, "_grouper");
    vm.roots.pop();
    let grouper_type = grouper_type?;
    let null = || Cell::new(Value::NULL);
    Ok(native::new_object(vm, cls, GroupBy { it, keyfunc, grouper_type, tgtkey: null(), currkey: null(), currvalue: null(), current: null() }))
}

/// One group of a groupby: it ends where the key changes, or when the groupby moves on.
struct Grouper {
    parent: Value,
    tgtkey: Value,
}

impl NativeData for Grouper {
    fn trace(&self, f: &mut dyn FnMut(Value)) {
        f(self.parent);
        f(self.tgtkey);
    }
    fn is_iterator(&self) -> bool {
        true
    }
    fn next(&self, vm: &mut Vm, this: Value) -> PyResult<Option<Value>> {
        let Some(gb) = native::data::<GroupBy>(self.parent) else { return Ok(None) };
        if gb.current.get() != this {
            return Ok(None);
        }
        if gb.currvalue.get().is_null() && !gb.step(vm, self.parent)? {
            return Ok(None);
        }
        if !ops::eq(vm, self.tgtkey, gb.currkey.get())? {
            return Ok(None);
        }
        let v = gb.currvalue.get();
        gb.currvalue.set(Value::NULL);
        gb.currkey.set(Value::NULL);
        Ok(Some(v))
    }
}

fn grouper_new(vm: &mut Vm, _cls: Value, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Err(vm.type_error("cannot create 'itertools._grouper' instances"))
}
