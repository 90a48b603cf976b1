//! `_collections`: the native half of `collections` (the Python half is
//! `lib/collections.py`). It holds `deque`, a double-ended queue over a `VecDeque`,
//! and its forward and reverse iterators.
//!
//! A deque counts its structural changes (`Deque::state`: appends, pops, rotations,
//! insertions, removals); an iterator remembers the count it started with and raises
//! "deque mutated during iteration" when it differs, as CPython's does. Replacing an
//! item or reversing in place is not such a change.

use crate::builtins::args;
use crate::bytecode::opcodes::CmpOp;
use crate::objects::native::{self, NativeData};
use crate::objects::{iter, ops, repr, ObjKind};
use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};
use std::cell::{Cell, RefCell};
use std::collections::VecDeque;

const TYPE_NAME: &str = "collections.deque";

/// Key in the deque type's dict under which the iterator type is kept (the methods
/// that make iterators find it from their receiver's type).
const ITER_TYPE_KEY: &str = "__pvm_deque_iterator__";
const REV_ITER_TYPE_KEY: &str = "__pvm_deque_reverse_iterator__";

pub struct Deque {
    items: RefCell<VecDeque<Value>>,
    /// None for an unbounded deque.
    maxlen: Cell<Option<usize>>,
    /// Structural changes so far (what iterators check).
    state: Cell<u64>,
}

impl NativeData for Deque {
    fn trace(&self, f: &mut dyn FnMut(Value)) {
        for &v in self.items.borrow().iter() {
            f(v);
        }
    }
    fn extra_size(&self) -> usize {
        self.items.borrow().capacity() * std::mem::size_of::<Value>()
    }
    fn len(&self) -> Option<usize> {
        Some(self.items.borrow().len())
    }
}

impl Deque {
    fn new(maxlen: Option<usize>) -> Deque {
        Deque { items: RefCell::new(VecDeque::new()), maxlen: Cell::new(maxlen), state: Cell::new(0) }
    }
    #[inline]
    fn bump(&self) {
        self.state.set(self.state.get().wrapping_add(1));
    }
    fn size(&self) -> usize {
        self.items.borrow().len()
    }
    fn get(&self, i: usize) -> Option<Value> {
        self.items.borrow().get(i).copied()
    }
    fn snapshot(&self) -> Vec<Value> {
        self.items.borrow().iter().copied().collect()
    }
    /// Appends on the right, dropping from the left past `maxlen`.
    #[inline]
    fn push_back(&self, v: Value) {
        let mut items = self.items.borrow_mut();
        match self.maxlen.get() {
            Some(0) => return,
            Some(m) if items.len() >= m => {
                items.pop_front();
            }
            _ => {}
        }
        items.push_back(v);
        drop(items);
        self.bump();
    }
    /// Appends on the left, dropping from the right past `maxlen`.
    #[inline]
    fn push_front(&self, v: Value) {
        let mut items = self.items.borrow_mut();
        match self.maxlen.get() {
            Some(0) => return,
            Some(m) if items.len() >= m => {
                items.pop_back();
            }
            _ => {}
        }
        items.push_front(v);
        drop(items);
        self.bump();
    }
}

/// An iterator over a deque, forward or backward.
struct DequeIter {
    deque: Value,
    /// Items already produced.
    done: Cell<usize>,
    /// The deque's length and state when the iterator was made.
    len: usize,
    state: u64,
    reverse: bool,
}

impl NativeData for DequeIter {
    fn trace(&self, f: &mut dyn FnMut(Value)) {
        f(self.deque);
    }
    fn is_iterator(&self) -> bool {
        true
    }
    fn next(&self, vm: &mut Vm, _me: Value) -> PyResult<Option<Value>> {
        self.step(vm)
    }
}

impl DequeIter {
    /// The next item; None when exhausted.
    #[inline]
    fn step(&self, vm: &mut Vm) -> PyResult<Option<Value>> {
        let d = match native::data::<Deque>(self.deque) {
            Some(d) => d,
            None => return Ok(None),
        };
        if d.state.get() != self.state {
            self.done.set(self.len);
            return Err(mutated(vm));
        }
        let k = self.done.get();
        if k >= self.len {
            return Ok(None);
        }
        let items = d.items.borrow();
        let v = if self.reverse { items.len().checked_sub(k + 1).and_then(|i| items.get(i)) } else { items.get(k) }.copied();
        if v.is_some() {
            self.done.set(k + 1);
        }
        Ok(v)
    }
}

// ---------------------------------------------------------------------- the module

pub fn init(vm: &mut Vm, name: &str) -> PyResult<Value> {
    let (m, d) = super::new_native_module(vm, name);
    let deque = native::new_type(vm, "deque", "collections", Value::NULL, Some(deque_new), DEQUE_METHODS);
    crate::objects::module::set_entry(vm, d, "deque", deque);
    let iter_t = native::new_type(vm, "_deque_iterator", "_collections", Value::NULL, None, ITER_METHODS);
    crate::objects::module::set_entry(vm, d, "_deque_iterator", iter_t);
    let dict = deque.as_type().map(|t| t.dict).unwrap_or(Value::NULL);
    let k = vm.intern(ITER_TYPE_KEY);
    ops::dict_set_str(vm, dict, k, iter_t);
    let rev_t = native::new_type(vm, "_deque_reverse_iterator", "_collections", Value::NULL, None, ITER_METHODS);
    crate::objects::module::set_entry(vm, d, "_deque_reverse_iterator", rev_t);
    let k = vm.intern(REV_ITER_TYPE_KEY);
    ops::dict_set_str(vm, dict, k, rev_t);
    // `maxlen`: a read-only property
    let fget = vm.new_builtin("maxlen", deque_maxlen);
    let prop = vm.alloc(ObjKind::Property(Box::new(crate::objects::class::PropertyObj {
        fget,
        fset: Value::NONE,
        fdel: Value::NONE,
        doc: Value::NONE,
        name: Cell::new(Value::NULL),
    })));
    let k = vm.intern("maxlen");
    ops::dict_set_str(vm, dict, k, prop);
    super::add_functions(vm, d, &[("_caller_module", caller_module)]);
    Ok(m)
}

/// `_caller_module(depth)`: the `__name__` of the module whose code runs `depth`
/// Python frames below the caller (1: the caller's caller), or None. `namedtuple`
/// names the module it was called from as its classes' `__module__`, as CPython
/// does with `sys._getframe`.
fn caller_module(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    args::no_kwargs(vm, "_caller_module", kw)?;
    args::check_positional(vm, "_caller_module", a, 1, 1)?;
    let depth = args::int_arg(vm, a[0])?;
    let n = vm.frames.len() as i64;
    let at = n - 1 - depth;
    if depth < 0 || at < 0 {
        return Ok(Value::NONE);
    }
    let globals = vm.frames[at as usize].globals;
    let key = vm.intern("__name__");
    match globals.as_dict().and_then(|d| d.borrow().get(key.as_strobj().map(|s| s.hash()).unwrap_or(0), key)) {
        Some(v) => Ok(v),
        None => Ok(Value::NONE),
    }
}

const DEQUE_METHODS: &[(&str, crate::objects::NativeFn)] = &[
    ("append", deque_append),
    ("appendleft", deque_appendleft),
    ("pop", deque_pop),
    ("popleft", deque_popleft),
    ("extend", deque_extend),
    ("extendleft", deque_extendleft),
    ("rotate", deque_rotate),
    ("clear", deque_clear),
    ("copy", deque_copy),
    ("__copy__", deque_copy),
    ("count", deque_count),
    ("index", deque_index),
    ("insert", deque_insert),
    ("remove", deque_remove),
    ("reverse", deque_reverse),
    ("__len__", deque_len),
    ("__bool__", deque_bool),
    ("__iter__", deque_iter),
    ("__reversed__", deque_reversed),
    ("__contains__", deque_contains),
    ("__getitem__", deque_getitem),
    ("__setitem__", deque_setitem),
    ("__delitem__", deque_delitem),
    ("__repr__", deque_repr),
    ("__eq__", deque_eq),
    ("__ne__", deque_ne),
    ("__lt__", deque_lt),
    ("__le__", deque_le),
    ("__gt__", deque_gt),
    ("__ge__", deque_ge),
    ("__add__", deque_add),
    ("__mul__", deque_mul),
    ("__rmul__", deque_mul),
    ("__iadd__", deque_iadd),
    ("__imul__", deque_imul),
    ("__hash__", deque_hash),
];

const ITER_METHODS: &[(&str, crate::objects::NativeFn)] = &[("__iter__", iter_self), ("__next__", iter_next), ("__length_hint__", iter_length_hint)];

// ---------------------------------------------------------------------- helpers

/// The deque a method was called on (`a[0]`), after checking the argument count
/// (`min..=max` arguments besides the receiver).
#[inline]
fn this<'a>(vm: &mut Vm, a: &[Value], kw: &[Value], name: &'static str, min: usize, max: usize) -> PyResult<&'a Deque> {
    if !kw.is_empty() {
        return Err(no_keywords(vm, name));
    }
    let recv = match a.first() {
        Some(&r) => r,
        None => return Err(args::bad_receiver(vm, TYPE_NAME, name, None)),
    };
    let d = native::expect::<Deque>(vm, recv, TYPE_NAME, name)?;
    args::method_arity(vm, "deque", name, a, min, max)?;
    Ok(d)
}

#[cold]
fn no_keywords(vm: &mut Vm, name: &str) -> PyErr {
    vm.type_error(format!("deque.{}() takes no keyword arguments", name))
}

#[cold]
fn mutated(vm: &mut Vm) -> PyErr {
    vm.runtime_error("deque mutated during iteration")
}

fn deque_type_of(vm: &Vm, v: Value) -> Value {
    vm.type_of(v)
}

/// A new deque of type `cls` holding `items`, trimmed to `maxlen` from the left.
fn new_deque(vm: &mut Vm, cls: Value, items: &[Value], maxlen: Option<usize>) -> Value {
    let d = Deque::new(maxlen);
    {
        let mut q = d.items.borrow_mut();
        let skip = maxlen.map_or(0, |m| items.len().saturating_sub(m));
        q.extend(items[skip..].iter().copied());
    }
    native::new_object(vm, cls, d)
}

/// `maxlen` from a constructor argument: None, or a non-negative int.
fn maxlen_arg(vm: &mut Vm, v: Value) -> PyResult<Option<usize>> {
    if v.is_null() || v.is_none() {
        return Ok(None);
    }
    let n = match crate::objects::int::as_num(v) {
        Some(crate::objects::int::Num::Small(i)) => i,
        Some(crate::objects::int::Num::Big(_)) => return Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
        _ => return Err(vm.type_error("an integer is required")),
    };
    if n < 0 {
        return Err(vm.value_error("maxlen must be non-negative"));
    }
    Ok(Some(n as usize))
}

/// Appends every item of `iterable` on the right (or the left), as `extend` does.
fn extend_from(vm: &mut Vm, this_v: Value, d: &Deque, iterable: Value, left: bool) -> PyResult<()> {
    // fast paths: the items are all there already, no Python code runs
    let direct: Option<Vec<Value>> = if iterable == this_v {
        Some(d.snapshot())
    } else if let Some(l) = iterable.as_list() {
        Some(l.borrow().clone())
    } else {
        iterable.as_tuple().map(|t| t.to_vec())
    };
    if let Some(items) = direct {
        for &v in &items {
            if left {
                d.push_front(v);
            } else {
                d.push_back(v);
            }
        }
        vm.write_barrier_all(this_v, &items);
        return Ok(());
    }
    let it = iter::get_iter(vm, iterable)?;
    vm.roots.push(it);
    let r = (|| {
        while let Some(v) = iter::next(vm, it)? {
            if left {
                d.push_front(v);
            } else {
                d.push_back(v);
            }
            vm.write_barrier(this_v, v);
        }
        Ok(())
    })();
    vm.roots.pop();
    r
}

/// An index argument of `d[i]`: the position, or the errors CPython raises.
fn position(vm: &mut Vm, d: &Deque, k: Value) -> PyResult<usize> {
    let i = match ops::index_value(vm, k) {
        Some(r) => r?,
        None => {
            let t = vm.type_name(k);
            return Err(vm.type_error(format!("sequence index must be integer, not '{}'", t)));
        }
    };
    match ops::norm_index(i, d.size()) {
        Some(p) => Ok(p),
        None => Err(vm.index_error("deque index out of range")),
    }
}

/// The first position in `start..stop` whose item equals `x`, checking after each
/// comparison (which may run Python code) that the deque did not change.
fn find(vm: &mut Vm, d: &Deque, x: Value, start: usize, stop: usize) -> PyResult<Option<usize>> {
    let state = d.state.get();
    for i in start..stop {
        let item = match d.get(i) {
            Some(v) => v,
            None => break,
        };
        let same = item == x || ops::eq(vm, item, x)?;
        if d.state.get() != state {
            return Err(mutated(vm));
        }
        if same {
            return Ok(Some(i));
        }
    }
    Ok(None)
}

// ---------------------------------------------------------------------- constructor

fn deque_new(vm: &mut Vm, cls: Value, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = args::bind(vm, "deque", a, kw, &["iterable", "maxlen"], 0)?;
    let maxlen = maxlen_arg(vm, p[1])?;
    let d = native::new_object(vm, cls, Deque::new(maxlen));
    if !p[0].is_null() {
        vm.roots.push(d);
        let r = match native::data::<Deque>(d) {
            Some(dq) => extend_from(vm, d, dq, p[0], false),
            None => Ok(()),
        };
        vm.roots.pop();
        r?;
    }
    Ok(d)
}

fn deque_maxlen(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let recv = a.first().copied().unwrap_or(Value::NONE);
    let d = native::expect::<Deque>(vm, recv, TYPE_NAME, "maxlen")?;
    Ok(match d.maxlen.get() {
        Some(m) => vm.new_int(m as i64),
        None => Value::NONE,
    })
}

// ---------------------------------------------------------------------- methods

fn deque_append(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let d = this(vm, a, kw, "append", 1, 1)?;
    d.push_back(a[1]);
    vm.write_barrier(a[0], a[1]);
    Ok(Value::NONE)
}

fn deque_appendleft(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let d = this(vm, a, kw, "appendleft", 1, 1)?;
    d.push_front(a[1]);
    vm.write_barrier(a[0], a[1]);
    Ok(Value::NONE)
}

fn deque_pop(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let d = this(vm, a, kw, "pop", 0, 0)?;
    let v = d.items.borrow_mut().pop_back();
    match v {
        Some(v) => {
            d.bump();
            Ok(v)
        }
        None => Err(empty_pop(vm)),
    }
}

fn deque_popleft(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let d = this(vm, a, kw, "popleft", 0, 0)?;
    let v = d.items.borrow_mut().pop_front();
    match v {
        Some(v) => {
            d.bump();
            Ok(v)
        }
        None => Err(empty_pop(vm)),
    }
}

#[cold]
fn empty_pop(vm: &mut Vm) -> PyErr {
    vm.index_error("pop from an empty deque")
}

fn deque_extend(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let d = this(vm, a, kw, "extend", 1, 1)?;
    extend_from(vm, a[0], d, a[1], false)?;
    Ok(Value::NONE)
}

fn deque_extendleft(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let d = this(vm, a, kw, "extendleft", 1, 1)?;
    extend_from(vm, a[0], d, a[1], true)?;
    Ok(Value::NONE)
}

fn deque_rotate(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let d = this(vm, a, kw, "rotate", 0, 1)?;
    let n = if a.len() > 1 { args::int_arg(vm, a[1])? } else { 1 };
    let mut items = d.items.borrow_mut();
    let len = items.len();
    if len > 1 {
        let k = n.rem_euclid(len as i64) as usize;
        items.rotate_right(k);
    }
    drop(items);
    d.bump();
    Ok(Value::NONE)
}

fn deque_clear(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let d = this(vm, a, kw, "clear", 0, 0)?;
    d.items.borrow_mut().clear();
    d.bump();
    Ok(Value::NONE)
}

fn deque_copy(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let d = this(vm, a, kw, "copy", 0, 0)?;
    let items = d.snapshot();
    let cls = deque_type_of(vm, a[0]);
    Ok(new_deque(vm, cls, &items, d.maxlen.get()))
}

fn deque_count(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let d = this(vm, a, kw, "count", 1, 1)?;
    let (x, state) = (a[1], d.state.get());
    let mut n = 0i64;
    let mut i = 0;
    while let Some(item) = d.get(i) {
        let same = item == x || ops::eq(vm, item, x)?;
        if d.state.get() != state {
            return Err(mutated(vm));
        }
        n += same as i64;
        i += 1;
    }
    Ok(vm.new_int(n))
}

fn deque_index(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let d = this(vm, a, kw, "index", 1, 3)?;
    let len = d.size() as i64;
    let clamp = |i: i64| -> usize {
        let i = if i < 0 { i + len } else { i };
        i.clamp(0, len) as usize
    };
    let start = if a.len() > 2 { clamp(slice_index(vm, a[2])?) } else { 0 };
    let stop = if a.len() > 3 { clamp(slice_index(vm, a[3])?) } else { len as usize };
    match find(vm, d, a[1], start, stop.max(start))? {
        Some(i) => Ok(vm.new_int(i as i64)),
        None => {
            let r = repr::repr(vm, a[1])?;
            Err(vm.value_error(format!("{} is not in deque", r)))
        }
    }
}

fn slice_index(vm: &mut Vm, v: Value) -> PyResult<i64> {
    match ops::index_value(vm, v) {
        Some(r) => r,
        None => Err(vm.type_error("slice indices must be integers or have an __index__ method")),
    }
}

fn deque_insert(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let d = this(vm, a, kw, "insert", 2, 2)?;
    let i = args::int_arg(vm, a[1])?;
    let len = d.size();
    if d.maxlen.get().is_some_and(|m| len >= m) {
        return Err(vm.index_error("deque already at its maximum size"));
    }
    let len_i = len as i64;
    let at = if i < 0 { (i + len_i).max(0) } else { i.min(len_i) } as usize;
    d.items.borrow_mut().insert(at, a[2]);
    d.bump();
    vm.write_barrier(a[0], a[2]);
    Ok(Value::NONE)
}

fn deque_remove(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let d = this(vm, a, kw, "remove", 1, 1)?;
    let (x, len) = (a[1], d.size());
    for i in 0..len {
        let item = match d.get(i) {
            Some(v) => v,
            None => break,
        };
        let same = item == x || ops::eq(vm, item, x)?;
        if d.size() != len {
            return Err(vm.index_error("deque mutated during remove()."));
        }
        if same {
            d.items.borrow_mut().remove(i);
            d.bump();
            return Ok(Value::NONE);
        }
    }
    let r = repr::repr(vm, x)?;
    Err(vm.value_error(format!("{} is not in deque", r)))
}

fn deque_reverse(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let d = this(vm, a, kw, "reverse", 0, 0)?;
    d.items.borrow_mut().make_contiguous().reverse();
    Ok(Value::NONE)
}

// ---------------------------------------------------------------------- protocols

fn deque_len(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let d = this(vm, a, kw, "__len__", 0, 0)?;
    Ok(vm.new_int(d.size() as i64))
}

fn deque_bool(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let d = this(vm, a, kw, "__bool__", 0, 0)?;
    Ok(Value::bool(d.size() > 0))
}

fn make_iter(vm: &mut Vm, a: &[Value], kw: &[Value], name: &'static str, reverse: bool) -> PyResult<Value> {
    let d = this(vm, a, kw, name, 0, 0)?;
    let cls = vm.type_of(a[0]);
    let key = vm.intern(if reverse { REV_ITER_TYPE_KEY } else { ITER_TYPE_KEY });
    let iter_t = cls.as_type().and_then(|t| t.lookup(key)).unwrap_or(Value::NULL);
    if iter_t.as_type().is_none() {
        return Err(vm.runtime_error("collections.deque: the deque iterator type is missing"));
    }
    let it = DequeIter { deque: a[0], done: Cell::new(0), len: d.size(), state: d.state.get(), reverse };
    Ok(native::new_object(vm, iter_t, it))
}

fn deque_iter(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    make_iter(vm, a, kw, "__iter__", false)
}

fn deque_reversed(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    make_iter(vm, a, kw, "__reversed__", true)
}

fn deque_contains(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let d = this(vm, a, kw, "__contains__", 1, 1)?;
    let n = d.size();
    Ok(Value::bool(find(vm, d, a[1], 0, n)?.is_some()))
}

fn deque_getitem(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let d = this(vm, a, kw, "__getitem__", 1, 1)?;
    let i = position(vm, d, a[1])?;
    match d.get(i) {
        Some(v) => Ok(v),
        None => Err(vm.index_error("deque index out of range")),
    }
}

fn deque_setitem(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let d = this(vm, a, kw, "__setitem__", 2, 2)?;
    let i = position(vm, d, a[1])?;
    if let Some(slot) = d.items.borrow_mut().get_mut(i) {
        *slot = a[2];
    }
    vm.write_barrier(a[0], a[2]);
    Ok(Value::NONE)
}

fn deque_delitem(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let d = this(vm, a, kw, "__delitem__", 1, 1)?;
    let i = position(vm, d, a[1])?;
    d.items.borrow_mut().remove(i);
    d.bump();
    Ok(Value::NONE)
}

fn deque_repr(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let d = this(vm, a, kw, "__repr__", 0, 0)?;
    let me = a[0];
    let name = vm.type_of(me).as_type().map(|t| t.name.clone()).unwrap_or_default();
    if vm.repr_stack.contains(&me) {
        return Ok(vm.new_str("[...]"));
    }
    let items = d.snapshot();
    let list = vm.new_list(items);
    vm.roots.push(list);
    vm.repr_stack.push(me);
    let body = repr::repr(vm, list);
    vm.repr_stack.pop();
    vm.roots.pop();
    let body = body?;
    let s = match d.maxlen.get() {
        Some(m) => format!("{}({}, maxlen={})", name, body, m),
        None => format!("{}({})", name, body),
    };
    Ok(vm.new_string(s))
}

/// Rich comparison with another deque: as lists of the items; NotImplemented for
/// anything else.
fn compare(vm: &mut Vm, a: &[Value], kw: &[Value], name: &'static str, op: CmpOp) -> PyResult<Value> {
    let d = this(vm, a, kw, name, 1, 1)?;
    let other = match native::data::<Deque>(a[1]) {
        Some(o) => o,
        None => return Ok(Value::NOT_IMPLEMENTED),
    };
    if matches!(op, CmpOp::Eq | CmpOp::Ne) && d.size() != other.size() {
        return Ok(Value::bool(op == CmpOp::Ne));
    }
    let x = d.snapshot();
    let y = other.snapshot();
    let lx = vm.new_list(x);
    vm.roots.push(lx);
    let ly = vm.new_list(y);
    vm.roots.push(ly);
    let r = ops::compare(vm, op, lx, ly);
    vm.roots.truncate(vm.roots.len() - 2);
    r
}

fn deque_eq(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    compare(vm, a, kw, "__eq__", CmpOp::Eq)
}
fn deque_ne(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    compare(vm, a, kw, "__ne__", CmpOp::Ne)
}
fn deque_lt(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    compare(vm, a, kw, "__lt__", CmpOp::Lt)
}
fn deque_le(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    compare(vm, a, kw, "__le__", CmpOp::Le)
}
fn deque_gt(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    compare(vm, a, kw, "__gt__", CmpOp::Gt)
}
fn deque_ge(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    compare(vm, a, kw, "__ge__", CmpOp::Ge)
}

fn deque_add(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let d = this(vm, a, kw, "__add__", 1, 1)?;
    let other = match native::data::<Deque>(a[1]) {
        Some(o) => o,
        None => {
            let t = vm.type_name(a[1]);
            return Err(vm.type_error(format!("can only concatenate deque (not \"{}\") to deque", t)));
        }
    };
    let mut items = d.snapshot();
    items.extend(other.items.borrow().iter().copied());
    let cls = vm.type_of(a[0]);
    Ok(new_deque(vm, cls, &items, d.maxlen.get()))
}

/// The repeat count of `d * n`, or CPython's TypeError.
fn repeat_count(vm: &mut Vm, n: Value) -> PyResult<i64> {
    match ops::index_value(vm, n) {
        Some(r) => r,
        None => {
            let t = vm.type_name(n);
            Err(vm.type_error(format!("can't multiply sequence by non-int of type '{}'", t)))
        }
    }
}

/// The items of `items` repeated `n` times, keeping only the last `maxlen`.
fn repeated(vm: &mut Vm, items: &[Value], n: i64, maxlen: Option<usize>) -> PyResult<Vec<Value>> {
    let n = n.max(0) as usize;
    let total = items.len().saturating_mul(n);
    let keep = maxlen.map_or(total, |m| total.min(m));
    if keep > 1 << 28 {
        let c = vm.types.memory_error;
        return Err(PyErr(vm.new_exc_args(c, vec![])));
    }
    let mut out = Vec::with_capacity(keep);
    if !items.is_empty() {
        // the last `keep` items of the repetition
        let skip = total - keep;
        for k in skip..total {
            out.push(items[k % items.len()]);
        }
    }
    Ok(out)
}

fn deque_mul(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let d = this(vm, a, kw, "__mul__", 1, 1)?;
    let n = repeat_count(vm, a[1])?;
    let items = d.snapshot();
    let out = repeated(vm, &items, n, d.maxlen.get())?;
    let cls = vm.type_of(a[0]);
    Ok(new_deque(vm, cls, &out, d.maxlen.get()))
}

fn deque_iadd(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let d = this(vm, a, kw, "__iadd__", 1, 1)?;
    extend_from(vm, a[0], d, a[1], false)?;
    Ok(a[0])
}

fn deque_imul(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let d = this(vm, a, kw, "__imul__", 1, 1)?;
    let n = repeat_count(vm, a[1])?;
    let items = d.snapshot();
    let out = repeated(vm, &items, n, d.maxlen.get())?;
    *d.items.borrow_mut() = out.into();
    d.bump();
    Ok(a[0])
}

fn deque_hash(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    this(vm, a, kw, "__hash__", 0, 0)?;
    Err(vm.type_error(format!("unhashable type: '{}'", TYPE_NAME)))
}

// ---------------------------------------------------------------------- iterators

fn iter_self(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let recv = a.first().copied().unwrap_or(Value::NONE);
    native::expect::<DequeIter>(vm, recv, "_collections._deque_iterator", "__iter__")?;
    Ok(recv)
}

fn iter_next(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let recv = a.first().copied().unwrap_or(Value::NONE);
    let it = native::expect::<DequeIter>(vm, recv, "_collections._deque_iterator", "__next__")?;
    match it.step(vm)? {
        Some(v) => Ok(v),
        None => Err(stop(vm)),
    }
}

fn iter_length_hint(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let recv = a.first().copied().unwrap_or(Value::NONE);
    let it = native::expect::<DequeIter>(vm, recv, "_collections._deque_iterator", "__length_hint__")?;
    Ok(vm.new_int(it.len.saturating_sub(it.done.get()) as i64))
}

#[cold]
fn stop(vm: &mut Vm) -> PyErr {
    let c = vm.types.stop_iteration;
    PyErr(vm.new_exc_args(c, vec![]))
}
