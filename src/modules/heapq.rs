//! `_heapq`: the heap operations of `heapq` over a list (the Python half,
//! `lib/heapq.py`, adds `merge`, `nlargest` and `nsmallest`).
//!
//! The sift loops swap items in place and make exactly the `<` comparisons CPython's
//! do, in the same order, so user `__lt__` methods see the same calls. Every item stays
//! in the list while a comparison runs (the list is the items' root); a comparison
//! that changes the list's length raises CPython's RuntimeError. Ints, floats, strs
//! and tuples of them compare without a call into the object layer.

use crate::bytecode::opcodes::CmpOp;
use crate::objects::{ops, ObjKind};
use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};
use std::cell::RefCell;
use std::cmp::Ordering;

pub fn init(vm: &mut Vm, name: &str) -> PyResult<Value> {
    let (m, d) = super::new_native_module(vm, name);
    super::add_functions(
        vm,
        d,
        &[
            ("heappush", heappush),
            ("heappop", heappop),
            ("heapify", heapify),
            ("heapreplace", heapreplace),
            ("heappushpop", heappushpop),
            ("_heappop_max", heappop_max),
            ("_heapify_max", heapify_max),
            ("_heapreplace_max", heapreplace_max),
        ],
    );
    Ok(m)
}

type List = RefCell<Vec<Value>>;

/// `a < b` for values whose order needs no Python code; None otherwise.
#[inline(always)]
fn quick_lt(a: Value, b: Value) -> Option<bool> {
    if Value::both_int(a, b) {
        return Some(a.as_int() < b.as_int());
    }
    if a.is_float() && b.is_float() {
        let (x, y) = (a.as_float(), b.as_float());
        return if x.is_nan() || y.is_nan() { None } else { Some(x < y) };
    }
    match (a.kind(), b.kind()) {
        (Some(ObjKind::Str(x)), Some(ObjKind::Str(y))) => Some(x.as_str() < y.as_str()),
        (Some(ObjKind::Tuple(x)), Some(ObjKind::Tuple(y))) => {
            for (&p, &q) in x.iter().zip(y.iter()) {
                match quick_cmp(p, q)? {
                    Ordering::Equal => continue,
                    o => return Some(o == Ordering::Less),
                }
            }
            Some(x.len() < y.len())
        }
        _ => None,
    }
}

/// Three-way order of tuple items whose equality and order agree (ints, non-NaN
/// floats, strs); None for anything else.
#[inline]
fn quick_cmp(a: Value, b: Value) -> Option<Ordering> {
    if Value::both_int(a, b) {
        return Some(a.as_int().cmp(&b.as_int()));
    }
    if a.is_float() && b.is_float() {
        return a.as_float().partial_cmp(&b.as_float());
    }
    match (a.kind(), b.kind()) {
        (Some(ObjKind::Str(x)), Some(ObjKind::Str(y))) => Some(x.as_str().cmp(y.as_str())),
        _ => None,
    }
}

/// `a < b` as Python computes it.
#[inline(always)]
fn lt(vm: &mut Vm, a: Value, b: Value) -> PyResult<bool> {
    match quick_lt(a, b) {
        Some(r) => Ok(r),
        None => slow_lt(vm, a, b),
    }
}

#[inline(never)]
fn slow_lt(vm: &mut Vm, a: Value, b: Value) -> PyResult<bool> {
    ops::compare_bool(vm, CmpOp::Lt, a, b)
}

fn list_arg<'a>(vm: &mut Vm, fname: &str, v: Value) -> PyResult<&'a List> {
    match v.kind() {
        Some(ObjKind::List(l)) => Ok(l),
        _ => {
            let t = vm.type_name(v);
            let which = if matches!(fname, "heappush" | "heapreplace" | "heappushpop" | "_heapreplace_max") { " 1" } else { "" };
            Err(vm.type_error(format!("{}() argument{} must be list, not {}", fname, which, t)))
        }
    }
}

fn exact_args(vm: &mut Vm, fname: &str, a: &[Value], kw: &[Value], n: usize) -> PyResult<()> {
    crate::builtins::args::no_kwargs(vm, fname, kw)?;
    crate::builtins::args::check_positional(vm, fname, a, n, n)
}

/// The argument check of the one-argument functions (METH_O in CPython).
fn one_arg(vm: &mut Vm, fname: &str, a: &[Value], kw: &[Value]) -> PyResult<()> {
    crate::builtins::args::no_kwargs(vm, fname, kw)?;
    if a.len() != 1 {
        return Err(vm.type_error(format!("_heapq.{}() takes exactly one argument ({} given)", fname, a.len())));
    }
    Ok(())
}

#[cold]
fn changed_size(vm: &mut Vm) -> PyErr {
    vm.runtime_error("list changed size during iteration")
}

#[inline]
fn item(l: &List, i: usize) -> Value {
    l.borrow().get(i).copied().unwrap_or(Value::NONE)
}

/// The comparison the sift loops make: `a < b`, or `b < a` for a max-heap.
#[inline]
fn before(vm: &mut Vm, a: Value, b: Value, max: bool) -> PyResult<bool> {
    if max {
        lt(vm, b, a)
    } else {
        lt(vm, a, b)
    }
}

/// Moves the item at `pos` up towards `start` while it sorts before its parent.
fn sift_down(vm: &mut Vm, l: &List, start: usize, mut pos: usize, max: bool) -> PyResult<()> {
    let size = l.borrow().len();
    while pos > start {
        let parent = (pos - 1) >> 1;
        let (x, p) = (item(l, pos), item(l, parent));
        let smaller = before(vm, x, p, max)?;
        if l.borrow().len() != size {
            return Err(changed_size(vm));
        }
        if !smaller {
            break;
        }
        l.borrow_mut().swap(parent, pos);
        pos = parent;
    }
    Ok(())
}

/// Moves the smaller child up from `pos` to a leaf, then the item found there back
/// up (CPython's `_siftup`: fewer comparisons than stopping early).
fn sift_up(vm: &mut Vm, l: &List, mut pos: usize, max: bool) -> PyResult<()> {
    let end = l.borrow().len();
    let start = pos;
    let limit = end >> 1;
    while pos < limit {
        let mut child = 2 * pos + 1;
        if child + 1 < end {
            let (a, b) = (item(l, child), item(l, child + 1));
            let first = before(vm, a, b, max)?;
            if l.borrow().len() != end {
                return Err(changed_size(vm));
            }
            if !first {
                child += 1;
            }
        }
        l.borrow_mut().swap(child, pos);
        pos = child;
    }
    sift_down(vm, l, start, pos, max)
}

fn heappush(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    exact_args(vm, "heappush", a, kw, 2)?;
    let l = list_arg(vm, "heappush", a[0])?;
    let n = {
        let mut v = l.borrow_mut();
        v.push(a[1]);
        v.len()
    };
    vm.write_barrier(a[0], a[1]);
    sift_down(vm, l, 0, n - 1, false)?;
    Ok(Value::NONE)
}

/// Takes the first item out, moving the last one to the top and sifting it.
fn pop_top(vm: &mut Vm, a: &[Value], kw: &[Value], fname: &str, max: bool) -> PyResult<Value> {
    one_arg(vm, fname, a, kw)?;
    let l = list_arg(vm, fname, a[0])?;
    let (top, rest) = {
        let mut v = l.borrow_mut();
        let last = match v.pop() {
            Some(x) => x,
            None => {
                drop(v);
                return Err(vm.index_error("index out of range"));
            }
        };
        match v.first_mut() {
            Some(first) => (std::mem::replace(first, last), true),
            None => (last, false),
        }
    };
    if rest {
        vm.roots.push(top);
        let r = sift_up(vm, l, 0, max);
        vm.roots.pop();
        r?;
    }
    Ok(top)
}

fn heappop(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    pop_top(vm, a, kw, "heappop", false)
}

fn heappop_max(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    pop_top(vm, a, kw, "_heappop_max", true)
}

fn replace_top(vm: &mut Vm, a: &[Value], kw: &[Value], fname: &str, max: bool) -> PyResult<Value> {
    exact_args(vm, fname, a, kw, 2)?;
    let l = list_arg(vm, fname, a[0])?;
    let top = match l.borrow_mut().first_mut() {
        Some(first) => std::mem::replace(first, a[1]),
        None => Value::NULL,
    };
    if top.is_null() {
        return Err(vm.index_error("index out of range"));
    }
    vm.write_barrier(a[0], a[1]);
    vm.roots.push(top);
    let r = sift_up(vm, l, 0, max);
    vm.roots.pop();
    r?;
    Ok(top)
}

fn heapreplace(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    replace_top(vm, a, kw, "heapreplace", false)
}

fn heapreplace_max(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    replace_top(vm, a, kw, "_heapreplace_max", true)
}

fn heappushpop(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    exact_args(vm, "heappushpop", a, kw, 2)?;
    let l = list_arg(vm, "heappushpop", a[0])?;
    let first = match l.borrow().first() {
        Some(&f) => f,
        None => return Ok(a[1]),
    };
    if !lt(vm, first, a[1])? {
        return Ok(a[1]);
    }
    let top = match l.borrow_mut().first_mut() {
        Some(slot) => std::mem::replace(slot, a[1]),
        None => Value::NULL,
    };
    if top.is_null() {
        return Err(vm.index_error("index out of range"));
    }
    vm.write_barrier(a[0], a[1]);
    vm.roots.push(top);
    let r = sift_up(vm, l, 0, false);
    vm.roots.pop();
    r?;
    Ok(top)
}

fn heapify_impl(vm: &mut Vm, a: &[Value], kw: &[Value], fname: &str, max: bool) -> PyResult<Value> {
    one_arg(vm, fname, a, kw)?;
    let l = list_arg(vm, fname, a[0])?;
    let n = l.borrow().len();
    for i in (0..n / 2).rev() {
        sift_up(vm, l, i, max)?;
    }
    Ok(Value::NONE)
}

fn heapify(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    heapify_impl(vm, a, kw, "heapify", false)
}

fn heapify_max(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    heapify_impl(vm, a, kw, "_heapify_max", true)
}
