//! The iterator protocol for builtin iterables: iter(), next() and collecting.

use super::generator::Take;
use super::types::BuiltinTypes;
use super::{ObjKind, ViewKind};
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use std::cell::RefCell;

pub enum IterState {
    /// Over a list or tuple by index.
    Seq {
        seq: Value,
        idx: usize,
    },
    /// A range whose values stay far from i64 overflow (see `range_state`).
    Range {
        cur: i64,
        stop: i64,
        step: i64,
    },
    BigRange {
        cur: i128,
        stop: i128,
        step: i128,
    },
    Str {
        s: Value,
        byte_pos: usize,
    },
    /// Over a bytes or bytearray by index (a bytearray may change size meanwhile).
    Bytes {
        b: Value,
        idx: usize,
    },
    Dict {
        dict: Value,
        slot: usize,
        kind: ViewKind,
        len: usize,
    },
    /// Over a set's slots. `set` is NULL once exhausted; `used` is the set's size
    /// when iteration began (usize::MAX once a size change has been reported).
    Set {
        set: Value,
        pos: usize,
        used: usize,
    },
    /// Backwards over a list or tuple; `next` is one past the next index to yield.
    Reversed {
        seq: Value,
        next: usize,
    },
    Enumerate {
        it: Value,
        count: i64,
    },
    Zip {
        its: Vec<Value>,
        strict: bool,
    },
    Map {
        func: Value,
        its: Vec<Value>,
    },
    Filter {
        func: Value,
        it: Value,
    },
    Callable {
        func: Value,
        sentinel: Value,
    },
    /// The sequence protocol: `obj[0]`, `obj[1]`... until IndexError (or
    /// StopIteration), for an object with `__getitem__` and no `__iter__`.
    GetItem {
        obj: Value,
        idx: i64,
    },
    /// A native awaitable: `coro.__await__()`, `agen.asend(v)`... (`generator::await_step`).
    Await(super::generator::Awaitable),
    Exhausted,
}

impl IterState {
    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        match self {
            IterState::Seq { seq, .. } | IterState::Reversed { seq, .. } => f(*seq),
            IterState::Str { s, .. } => f(*s),
            IterState::Bytes { b, .. } => f(*b),
            IterState::Dict { dict, .. } => f(*dict),
            IterState::Set { set, .. } => f(*set),
            IterState::Enumerate { it, .. } => f(*it),
            IterState::Zip { its, .. } => its.iter().for_each(|v| f(*v)),
            IterState::Map { func, its } => {
                f(*func);
                its.iter().for_each(|v| f(*v))
            }
            IterState::Filter { func, it } => {
                f(*func);
                f(*it)
            }
            IterState::Callable { func, sentinel } => {
                f(*func);
                f(*sentinel)
            }
            IterState::GetItem { obj, .. } => f(*obj),
            IterState::Await(a) => {
                f(a.gen);
                f(a.arg)
            }
            IterState::Range { .. } | IterState::BigRange { .. } | IterState::Exhausted => {}
        }
    }

    pub fn type_of(&self, t: &BuiltinTypes) -> Value {
        match self {
            IterState::Seq { seq, .. } => {
                if seq.as_tuple().is_some() {
                    t.tuple_iterator
                } else {
                    t.list_iterator
                }
            }
            IterState::Range { .. } => t.range_iterator,
            IterState::BigRange { .. } => t.range_iterator,
            IterState::Str { .. } => t.str_iterator,
            IterState::Bytes { b, .. } => {
                if b.as_bytearray().is_some() {
                    t.bytearray_iterator
                } else {
                    t.bytes_iterator
                }
            }
            IterState::Dict { kind, .. } => match kind {
                ViewKind::Keys => t.dict_keyiterator,
                ViewKind::Values => t.dict_valueiterator,
                ViewKind::Items => t.dict_itemiterator,
            },
            IterState::Set { .. } => t.set_iterator,
            IterState::Reversed { seq, .. } => {
                if seq.as_list().is_some() {
                    t.list_reverseiterator
                } else {
                    t.reversed
                }
            }
            IterState::Enumerate { .. } => t.enumerate,
            IterState::Zip { .. } => t.zip,
            IterState::Map { .. } => t.map,
            IterState::Filter { .. } => t.filter,
            IterState::Callable { .. } => t.callable_iterator,
            IterState::GetItem { .. } => t.seq_iterator,
            IterState::Await(a) => match a.kind {
                super::generator::AwaitKind::Wrapper => t.coroutine_wrapper,
                super::generator::AwaitKind::ASend => t.async_generator_asend,
                _ => t.async_generator_athrow,
            },
            IterState::Exhausted => t.list_iterator,
        }
    }
}

/// Iterator state for a range: the i64 form when `cur + step` can never overflow.
pub fn range_state(start: i128, stop: i128, step: i128) -> IterState {
    const LIM: i128 = 1 << 62;
    if start.abs() < LIM && stop.abs() < LIM && step.abs() < LIM {
        IterState::Range { cur: start as i64, stop: stop as i64, step: step as i64 }
    } else {
        IterState::BigRange { cur: start, stop, step }
    }
}

pub fn new_iter(vm: &mut Vm, st: IterState) -> Value {
    vm.alloc(ObjKind::Iter(Box::new(RefCell::new(st))))
}

/// Whether `v` has `__next__`: a builtin iterator, a generator, or an instance whose
/// class defines it.
pub fn is_iterator(vm: &mut Vm, v: Value) -> bool {
    match v.kind() {
        Some(ObjKind::Iter(_)) | Some(ObjKind::File(_)) => true,
        Some(ObjKind::Generator(g)) => g.is_plain(),
        _ => super::class::has_user_class(v) && super::class::special_method(vm, v, "__next__").is_some(),
    }
}

pub fn is_iterable(v: Value) -> bool {
    match v.kind() {
        Some(ObjKind::Instance(i)) => {
            return i.class.as_type().is_some_and(|t| t.defines("__iter__") || t.defines("__getitem__")) || (!i.payload.is_null() && is_iterable(i.payload))
        }
        // a native module's type (`deque`)
        Some(ObjKind::Native(n)) => return n.class.as_type().is_some_and(|t| t.defines("__iter__") || t.defines("__getitem__")),
        // a class whose metaclass defines __iter__
        Some(ObjKind::Type(t)) if !t.metaclass.get().is_null() => return t.metaclass.get().as_type().is_some_and(|m| m.defines("__iter__")),
        _ => {}
    }
    matches!(
        v.kind(),
        Some(ObjKind::List(_))
            | Some(ObjKind::Tuple(_))
            | Some(ObjKind::Str(_))
            | Some(ObjKind::Bytes(_))
            | Some(ObjKind::ByteArray(_))
            | Some(ObjKind::Dict(_))
            | Some(ObjKind::Set(_))
            | Some(ObjKind::Range(_))
            | Some(ObjKind::DictView(_))
            | Some(ObjKind::Iter(_))
            | Some(ObjKind::File(_))
    ) || v.as_generator().is_some_and(|g| g.is_plain())
}

pub fn get_iter(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let st = match v.kind() {
        Some(ObjKind::List(_)) | Some(ObjKind::Tuple(_)) => IterState::Seq { seq: v, idx: 0 },
        Some(ObjKind::Range(r)) => range_state(r.start, r.stop, r.step),
        Some(ObjKind::Str(_)) => IterState::Str { s: v, byte_pos: 0 },
        Some(ObjKind::Bytes(_)) | Some(ObjKind::ByteArray(_)) => IterState::Bytes { b: v, idx: 0 },
        Some(ObjKind::Dict(d)) => IterState::Dict { dict: v, slot: 0, kind: ViewKind::Keys, len: d.borrow().len() },
        Some(ObjKind::Set(s)) => IterState::Set { set: v, pos: 0, used: s.len() },
        Some(ObjKind::DictView(dv)) => {
            let len = dv.dict.as_dict().map(|d| d.borrow().len()).unwrap_or(0);
            IterState::Dict { dict: dv.dict, slot: 0, kind: dv.kind, len }
        }
        Some(ObjKind::Iter(_)) => return Ok(v),
        // a coroutine is awaitable, not iterable
        Some(ObjKind::Generator(g)) if g.is_plain() => return Ok(v),
        Some(ObjKind::File(_)) => return crate::modules::file::iter_of(vm, v),
        _ => {
            if super::class::has_user_class(v) || super::class::has_user_metaclass(v) {
                if let Some(it) = super::class::call_special(vm, v, "__iter__", &[])? {
                    // a generator (`def __iter__(self): yield ...`) or a file is an iterator too
                    if !is_iterator(vm, it) {
                        let t = vm.type_name(it);
                        return Err(vm.type_error(format!("iter() returned non-iterator of type '{}'", t)));
                    }
                    return Ok(it);
                }
                if let Some(p) = super::subclass::payload_of(v).filter(|&p| is_iterable(p)) {
                    return get_iter(vm, p);
                }
                if super::class::special_method(vm, v, "__getitem__").is_some() {
                    return Ok(new_iter(vm, IterState::GetItem { obj: v, idx: 0 }));
                }
            }
            let t = vm.type_name(v);
            return Err(vm.type_error(format!("'{}' object is not iterable", t)));
        }
    };
    Ok(new_iter(vm, st))
}

/// next(it): Ok(None) when exhausted.
pub fn next(vm: &mut Vm, it: Value) -> PyResult<Option<Value>> {
    let cell = match it.kind() {
        Some(ObjKind::Iter(c)) => c,
        Some(ObjKind::Generator(g)) if g.is_plain() => return super::generator::next(vm, it),
        Some(ObjKind::File(_)) => return crate::modules::file::next_line(vm, it),
        _ if super::class::has_user_class(it) => {
            if let Some(r) = super::native::native_next(vm, it) {
                return r;
            }
            return match super::class::call_special(vm, it, "__next__", &[]) {
                Ok(Some(v)) => Ok(Some(v)),
                Ok(None) => {
                    let t = vm.type_name(it);
                    Err(vm.type_error(format!("'{}' object is not an iterator", t)))
                }
                Err(e) if vm.is_instance(e.0, vm.types.stop_iteration) => Ok(None),
                Err(e) => Err(e),
            };
        }
        _ => {
            let t = vm.type_name(it);
            return Err(vm.type_error(format!("'{}' object is not an iterator", t)));
        }
    };
    // States that call back into Python are handled without holding the borrow.
    enum Callback {
        Enumerate(Value),
        /// The number of iterators zipped, and `strict`.
        Zip(usize, bool),
        /// The function and the number of iterators it maps over.
        Map(Value, usize),
        Filter(Value, Value),
        Callable(Value, Value),
        GetItem(Value, i64),
        /// A native awaitable's step: the awaitable.
        Await(Value),
    }
    let cb = {
        let mut st = cell.borrow_mut();
        match &mut *st {
            IterState::Seq { seq, idx } => {
                let item = if let Some(l) = seq.as_list() { l.borrow().get(*idx).copied() } else { seq.as_tuple().and_then(|t| t.get(*idx).copied()) };
                return Ok(match item {
                    Some(v) => {
                        *idx += 1;
                        Some(v)
                    }
                    None => {
                        let seq = *seq;
                        *st = IterState::Exhausted;
                        // the iterator may have held the sequence's last reference
                        vm.heap.note_dropped(seq);
                        None
                    }
                });
            }
            IterState::Range { cur, stop, step } => {
                let c = *cur;
                if (*step > 0 && c < *stop) || (*step < 0 && c > *stop) {
                    *cur = c.saturating_add(*step);
                    drop(st);
                    return Ok(Some(vm.new_int(c)));
                }
                return Ok(None);
            }
            IterState::BigRange { cur, stop, step } => {
                let c = *cur;
                if (*step > 0 && c < *stop) || (*step < 0 && c > *stop) {
                    *cur = c.saturating_add(*step);
                    drop(st);
                    return Ok(Some(vm.new_int_i128(c)));
                }
                return Ok(None);
            }
            IterState::Str { s, byte_pos } => {
                let text = s.as_str().unwrap_or("");
                match text.get(*byte_pos..).and_then(|r| r.chars().next()) {
                    Some(ch) => {
                        *byte_pos += ch.len_utf8();
                        drop(st);
                        return Ok(Some(vm.new_char(ch)));
                    }
                    None => return Ok(None),
                }
            }
            IterState::Bytes { b, idx } => {
                let item = match b.kind() {
                    Some(ObjKind::Bytes(x)) => x.as_slice().get(*idx).copied(),
                    Some(ObjKind::ByteArray(x)) => x.borrow().get(*idx).copied(),
                    _ => None,
                };
                return Ok(match item {
                    Some(c) => {
                        *idx += 1;
                        Some(Value::small_int(c as i64))
                    }
                    None => {
                        // stays exhausted even if a bytearray grows later, as in CPython
                        *idx = usize::MAX;
                        None
                    }
                });
            }
            IterState::Dict { dict, slot, kind, len } => {
                let kind = *kind;
                let e = dict_step(*dict, slot, len);
                drop(st);
                return match e {
                    Ok(Some((k, v))) => Ok(Some(match kind {
                        ViewKind::Keys => k,
                        ViewKind::Values => v,
                        ViewKind::Items => vm.new_tuple_from(&[k, v]),
                    })),
                    Ok(None) => Ok(None),
                    Err(()) => Err(vm.runtime_error(DICT_CHANGED_SIZE)),
                };
            }
            IterState::Set { set, pos, used } => {
                let r = super::set::iter_next(set, pos, *used);
                if r.is_err() {
                    *used = usize::MAX;
                }
                drop(st);
                return r.map_err(|_| vm.runtime_error(super::set::CHANGED_SIZE));
            }
            IterState::Reversed { seq, next } => {
                if *next == 0 {
                    return Ok(None);
                }
                let i = *next - 1;
                let item = if let Some(l) = seq.as_list() { l.borrow().get(i).copied() } else { seq.as_tuple().and_then(|t| t.get(i).copied()) };
                *next = if item.is_some() { i } else { 0 };
                return Ok(item);
            }
            IterState::Enumerate { it: inner, count } => {
                // over a list or tuple iterator: the step needs no call back into next()
                if let Some(ObjKind::Iter(ic)) = inner.kind() {
                    if let Ok(mut ist) = ic.try_borrow_mut() {
                        if let IterState::Seq { seq, idx } = &mut *ist {
                            let item =
                                if let Some(l) = seq.as_list() { l.borrow().get(*idx).copied() } else { seq.as_tuple().and_then(|t| t.get(*idx).copied()) };
                            let Some(v) = item else {
                                *ist = IterState::Exhausted;
                                return Ok(None);
                            };
                            *idx += 1;
                            let n = *count;
                            *count += 1;
                            drop(ist);
                            drop(st);
                            let nv = vm.new_int(n);
                            return Ok(Some(vm.new_tuple_from(&[nv, v])));
                        }
                    }
                }
                Callback::Enumerate(*inner)
            }
            IterState::Zip { its, strict } => Callback::Zip(its.len(), *strict),
            IterState::Map { func, its } => Callback::Map(*func, its.len()),
            IterState::Filter { func, it } => Callback::Filter(*func, *it),
            IterState::Callable { func, sentinel } => Callback::Callable(*func, *sentinel),
            IterState::Await(_) => Callback::Await(it),
            IterState::GetItem { obj, idx } => {
                let i = *idx;
                *idx = i.saturating_add(1);
                Callback::GetItem(*obj, i)
            }
            IterState::Exhausted => return Ok(None),
        }
    };
    vm.roots.push(it);
    let r = next_with_callback(vm, cell, cb);
    vm.roots.pop();
    return r;

    fn next_with_callback(vm: &mut Vm, cell: &RefCell<IterState>, cb: Callback) -> PyResult<Option<Value>> {
        match cb {
            Callback::Enumerate(inner) => match next(vm, inner)? {
                Some(v) => {
                    let n = match &mut *cell.borrow_mut() {
                        IterState::Enumerate { count, .. } => {
                            let n = *count;
                            *count += 1;
                            n
                        }
                        _ => 0,
                    };
                    let nv = vm.new_int(n);
                    Ok(Some(vm.new_tuple_from(&[nv, v])))
                }
                None => Ok(None),
            },
            Callback::Zip(n, strict) => {
                if n == 0 {
                    return Ok(None);
                }
                // the items gathered so far wait on the root stack, since the next
                // iterator may run Python code
                let mark = vm.roots.len();
                for i in 0..n {
                    let sub = match nth_source(cell, i) {
                        Some(sub) => sub,
                        None => {
                            vm.roots.truncate(mark);
                            return Ok(None);
                        }
                    };
                    match next(vm, sub) {
                        Ok(Some(v)) => vm.roots.push(v),
                        Ok(None) => {
                            vm.roots.truncate(mark);
                            if strict {
                                zip_strict_check(vm, cell, n, i)?;
                            }
                            *cell.borrow_mut() = IterState::Exhausted;
                            return Ok(None);
                        }
                        Err(e) => {
                            vm.roots.truncate(mark);
                            return Err(e);
                        }
                    }
                }
                let t = tuple_from_roots(vm, mark);
                vm.roots.truncate(mark);
                Ok(Some(t))
            }
            Callback::Map(func, n) => {
                let mark = vm.roots.len();
                vm.roots.push(func);
                for i in 0..n {
                    let sub = match nth_source(cell, i) {
                        Some(sub) => sub,
                        None => {
                            vm.roots.truncate(mark);
                            return Ok(None);
                        }
                    };
                    match next(vm, sub) {
                        Ok(Some(v)) => vm.roots.push(v),
                        Ok(None) => {
                            vm.roots.truncate(mark);
                            return Ok(None);
                        }
                        Err(e) => {
                            vm.roots.truncate(mark);
                            return Err(e);
                        }
                    }
                }
                let r = if n <= 4 {
                    let mut args = [Value::NONE; 4];
                    args[..n].copy_from_slice(&vm.roots[mark + 1..]);
                    vm.call(func, &args[..n])
                } else {
                    let args = vm.roots[mark + 1..].to_vec();
                    vm.call(func, &args)
                };
                vm.roots.truncate(mark);
                r.map(Some)
            }
            Callback::Filter(func, inner) => loop {
                match next(vm, inner)? {
                    Some(v) => {
                        let keep = if func.is_none() {
                            super::ops::truthy(vm, v)?
                        } else {
                            vm.roots.push(v);
                            let r = vm.call(func, &[v]);
                            vm.roots.pop();
                            let r = r?;
                            super::ops::truthy(vm, r)?
                        };
                        if keep {
                            return Ok(Some(v));
                        }
                    }
                    None => return Ok(None),
                }
            },
            Callback::Await(it) => match super::generator::await_step(vm, it, super::generator::AwaitInput::Send(Value::NONE))? {
                super::generator::Resumed::Yielded(v) => Ok(Some(v)),
                super::generator::Resumed::Returned(_) => Ok(None),
            },
            Callback::GetItem(obj, i) => {
                let iv = vm.new_int(i);
                match super::class::call_special(vm, obj, "__getitem__", &[iv]) {
                    Ok(Some(v)) => Ok(Some(v)),
                    Ok(None) => Ok(None),
                    Err(e) if vm.is_instance(e.0, vm.types.index_error) || vm.is_instance(e.0, vm.types.stop_iteration) => {
                        *cell.borrow_mut() = IterState::Exhausted;
                        Ok(None)
                    }
                    Err(e) => Err(e),
                }
            }
            Callback::Callable(func, sentinel) => {
                let v = vm.call(func, &[])?;
                if super::ops::eq(vm, v, sentinel)? {
                    *cell.borrow_mut() = IterState::Exhausted;
                    return Ok(None);
                }
                Ok(Some(v))
            }
        }
    }
}

pub const DICT_CHANGED_SIZE: &str = "dictionary changed size during iteration";

/// One step over a dict's entries: the next (key, value) from `slot` on, None at the
/// end, Err when the dict's size is no longer `len` (which then stays wrong, so the
/// error repeats as in CPython).
#[inline(always)]
fn dict_step(dict: Value, slot: &mut usize, len: &mut usize) -> Result<Option<(Value, Value)>, ()> {
    let d = match dict.as_dict() {
        Some(d) => d.borrow(),
        None => return Ok(None),
    };
    if d.len() != *len {
        *len = usize::MAX;
        return Err(());
    }
    let n = d.slots();
    while *slot < n {
        let e = d.entry_at(*slot);
        *slot += 1;
        if e.is_some() {
            return Ok(e);
        }
    }
    Ok(None)
}

/// One step of an iterator whose items are pairs it builds itself (an enumerate over
/// a list or tuple, a dict's items), without building the pair: `Some(Some(pair))`,
/// `Some(None)` at the end, None when `it` is not such an iterator.
#[inline(always)]
pub fn next_pair(vm: &mut Vm, it: Value) -> PyResult<Option<Option<(Value, Value)>>> {
    let cell = match it.kind() {
        Some(ObjKind::Iter(c)) => c,
        _ => return Ok(None),
    };
    let mut st = cell.borrow_mut();
    match &mut *st {
        IterState::Enumerate { it: inner, count } => {
            let ic = match inner.kind() {
                Some(ObjKind::Iter(ic)) => ic,
                _ => return Ok(None),
            };
            let mut ist = match ic.try_borrow_mut() {
                Ok(ist) => ist,
                Err(_) => return Ok(None),
            };
            let item = match &mut *ist {
                IterState::Seq { seq, idx } => {
                    let item = if let Some(l) = seq.as_list() { l.borrow().get(*idx).copied() } else { seq.as_tuple().and_then(|t| t.get(*idx).copied()) };
                    match item {
                        Some(v) => {
                            *idx += 1;
                            v
                        }
                        None => {
                            *ist = IterState::Exhausted;
                            return Ok(Some(None));
                        }
                    }
                }
                IterState::Exhausted => return Ok(Some(None)),
                _ => return Ok(None),
            };
            let n = *count;
            *count += 1;
            drop(ist);
            drop(st);
            let nv = vm.new_int(n);
            Ok(Some(Some((nv, item))))
        }
        IterState::Dict { dict, slot, kind: ViewKind::Items, len } => match dict_step(*dict, slot, len) {
            Ok(e) => Ok(Some(e)),
            Err(()) => {
                drop(st);
                Err(vm.runtime_error(DICT_CHANGED_SIZE))
            }
        },
        _ => Ok(None),
    }
}

/// One step of a dict keys or values iterator: `Some(Some(item))`, `Some(None)` at the
/// end, None when `it` is not one.
#[inline(always)]
pub fn next_dict_item(vm: &mut Vm, it: Value) -> PyResult<Option<Option<Value>>> {
    let cell = match it.kind() {
        Some(ObjKind::Iter(c)) => c,
        _ => return Ok(None),
    };
    let mut st = cell.borrow_mut();
    let (e, keys) = match &mut *st {
        IterState::Dict { dict, slot, kind: ViewKind::Keys, len } => (dict_step(*dict, slot, len), true),
        IterState::Dict { dict, slot, kind: ViewKind::Values, len } => (dict_step(*dict, slot, len), false),
        _ => return Ok(None),
    };
    drop(st);
    match e {
        Ok(Some((k, v))) => Ok(Some(Some(if keys { k } else { v }))),
        Ok(None) => Ok(Some(None)),
        Err(()) => Err(vm.runtime_error(DICT_CHANGED_SIZE)),
    }
}

/// Calls `f` with each item of iterator `it` (which the caller roots), in order, until
/// the iterator ends or `f` returns false.
#[inline]
pub fn for_each<F: FnMut(&mut Vm, Value) -> PyResult<bool>>(vm: &mut Vm, it: Value, mut f: F) -> PyResult<()> {
    for_each_item(vm, it, |vm, x, native| {
        if native {
            return Ok(Take::Defer);
        }
        Ok(if f(vm, x)? { Take::More } else { Take::Stop })
    })
}

/// `for_each` for consumers that can tell when an item needs no Python code:
/// `f(vm, item, native)` (see `generator::drive`). A generator runs `f` from its own
/// yields, with no re-entry of the interpreter per item, and without even suspending
/// the generator for the items `f` takes with `native` set.
#[inline]
pub fn for_each_item<F: FnMut(&mut Vm, Value, bool) -> PyResult<Take>>(vm: &mut Vm, it: Value, mut f: F) -> PyResult<()> {
    if it.as_generator().is_some() {
        return super::generator::drive(vm, it, f);
    }
    let mut take = |vm: &mut Vm, x: Value| -> PyResult<bool> {
        Ok(match f(vm, x, true)? {
            Take::More => true,
            Take::Stop => false,
            Take::Defer => f(vm, x, false)? == Take::More,
        })
    };
    // over a list or tuple: the items by index, each step re-reading the list (which
    // `f` may change)
    if let Some(ObjKind::Iter(cell)) = it.kind() {
        loop {
            let step = {
                let mut st = cell.borrow_mut();
                let item = match &mut *st {
                    IterState::Seq { seq, idx } => {
                        let item = if let Some(l) = seq.as_list() { l.borrow().get(*idx).copied() } else { seq.as_tuple().and_then(|t| t.get(*idx).copied()) };
                        if item.is_some() {
                            *idx += 1;
                        }
                        Some((item, *seq))
                    }
                    _ => None,
                };
                match item {
                    Some((Some(v), _)) => Some(Some(v)),
                    Some((None, seq)) => {
                        *st = IterState::Exhausted;
                        drop(st);
                        vm.heap.note_dropped(seq);
                        Some(None)
                    }
                    None => None,
                }
            };
            match step {
                Some(Some(x)) => {
                    if !take(vm, x)? {
                        return Ok(());
                    }
                }
                Some(None) => return Ok(()),
                None => break,
            }
        }
    }
    while let Some(x) = next(vm, it)? {
        if !take(vm, x)? {
            break;
        }
    }
    Ok(())
}

/// Iterator `i` of a zip or map, read afresh at each step (a callback may have
/// exhausted the zip meanwhile).
#[inline]
fn nth_source(cell: &RefCell<IterState>, i: usize) -> Option<Value> {
    match &*cell.borrow() {
        IterState::Zip { its, .. } | IterState::Map { its, .. } => its.get(i).copied(),
        _ => None,
    }
}

/// A tuple of the values pushed on the root stack since `mark`.
#[inline]
fn tuple_from_roots(vm: &mut Vm, mark: usize) -> Value {
    let n = vm.roots.len() - mark;
    if n <= 4 {
        let mut items = [Value::NONE; 4];
        items[..n].copy_from_slice(&vm.roots[mark..]);
        vm.new_tuple_from(&items[..n])
    } else {
        let items = vm.roots[mark..].to_vec();
        vm.new_tuple(items)
    }
}

/// `zip(strict=True)` found iterator `i` of `n` exhausted: an error unless it is the
/// first and every other one is exhausted too.
#[cold]
#[inline(never)]
fn zip_strict_check(vm: &mut Vm, cell: &RefCell<IterState>, n: usize, i: usize) -> PyResult<()> {
    if i > 0 {
        return Err(vm.value_error(format!(
            "zip() argument {} is shorter than argument{} {}",
            i + 1,
            if i == 1 { "" } else { "s" },
            if i == 1 { "1".to_string() } else { format!("1-{}", i) }
        )));
    }
    for j in 1..n {
        let rest = match nth_source(cell, j) {
            Some(r) => r,
            None => return Ok(()),
        };
        if next(vm, rest)?.is_some() {
            return Err(vm.value_error(format!(
                "zip() argument {} is longer than argument{} {}",
                j + 1,
                if j == 1 { "" } else { "s" },
                if j == 1 { "1".to_string() } else { format!("1-{}", j) }
            )));
        }
    }
    Ok(())
}

/// Most items one native collection may gather before raising MemoryError.
const MAX_COLLECT: usize = 1 << 28;

fn memory_error(vm: &mut Vm) -> crate::vm::PyErr {
    let c = vm.types.memory_error;
    crate::vm::PyErr(vm.new_exc_args(c, vec![]))
}

/// All items of an iterable, in order.
pub fn collect(vm: &mut Vm, v: Value) -> PyResult<Vec<Value>> {
    match v.kind() {
        Some(ObjKind::List(l)) => return Ok(l.borrow().clone()),
        Some(ObjKind::Tuple(t)) => return Ok(t.to_vec()),
        Some(ObjKind::Set(s)) => return Ok(s.table.borrow().keys()),
        _ => {}
    }
    if let Some(ObjKind::Range(r)) = v.kind() {
        let n = r.len();
        if n > MAX_COLLECT as i128 {
            return Err(memory_error(vm));
        }
        // the exact size, and no iterator: list(range(k)) is common
        let (start, step) = (r.start, r.step);
        let mut items = Vec::with_capacity(n as usize);
        for i in 0..n {
            items.push(vm.new_int_i128(start + i * step));
        }
        return Ok(items);
    }
    let it = get_iter(vm, v)?;
    // Root the iterator and the items gathered so far: a Python callback inside the
    // iteration may reach a safepoint.
    let acc = vm.new_list(Vec::new());
    let mark = vm.roots.len();
    vm.roots.push(it);
    vm.roots.push(acc);
    let mut n = 0usize;
    // appending runs no Python code
    let r = for_each_item(vm, it, |vm, x, _native| {
        if let Some(l) = acc.as_list() {
            l.borrow_mut().push(x);
        }
        // `acc` may have been promoted by a collection inside an earlier `next`
        vm.write_barrier(acc, x);
        n += 1;
        if n % 64 == 0 {
            if n > MAX_COLLECT {
                return Err(memory_error(vm));
            }
            // a native loop has no safepoints of its own: let --max-steps see it
            vm.count_step();
        }
        Ok(Take::More)
    });
    vm.roots.truncate(mark);
    r?;
    Ok(acc.as_list().map(|l| std::mem::take(&mut *l.borrow_mut())).unwrap_or_default())
}
