//! `_bisect`: binary search and insertion into sorted sequences (`lib/bisect.py`
//! re-exports these). Only `<` is used, `x < a[mid]` for the right variants and
//! `a[mid] < x` for the left ones, as in CPython; `key` applies to the sequence's
//! items, not to `x` (except that `insort` inserts `x` at the place of `key(x)`).

use crate::bytecode::opcodes::CmpOp;
use crate::objects::{ops, ObjKind};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub fn init(vm: &mut Vm, name: &str) -> PyResult<Value> {
    let (m, d) = super::new_native_module(vm, name);
    super::add_functions(vm, d, &[("bisect_left", bisect_left), ("bisect_right", bisect_right), ("insort_left", insort_left), ("insort_right", insort_right)]);
    Ok(m)
}

/// The bound arguments: the sequence, x, lo, hi (resolved), key (NULL when None).
struct Search {
    a: Value,
    x: Value,
    lo: usize,
    hi: usize,
    key: Value,
}

fn parse(vm: &mut Vm, fname: &str, args: &[Value], kw: &[Value]) -> PyResult<Search> {
    let npos = args.len() - kw.len();
    if npos > 4 {
        return Err(vm.type_error(format!("{}() takes at most 4 positional arguments ({} given)", fname, npos)));
    }
    let p = crate::builtins::args::bind(vm, fname, args, kw, &["a", "x", "lo", "hi", "key"], 2)?;
    let lo = if p[2].is_null() { 0 } else { crate::builtins::args::int_arg(vm, p[2])? };
    if lo < 0 {
        return Err(vm.value_error("lo must be non-negative"));
    }
    let hi = if p[3].is_null() || p[3].is_none() { ops::len(vm, p[0])? as i64 } else { crate::builtins::args::int_arg(vm, p[3])? };
    let key = if p[4].is_null() || p[4].is_none() { Value::NULL } else { p[4] };
    Ok(Search { a: p[0], x: p[1], lo: lo as usize, hi: hi.max(0) as usize, key })
}

/// `a[i]`, through the key function if there is one.
#[inline]
fn probe(vm: &mut Vm, s: &Search, i: usize) -> PyResult<Value> {
    let item = match s.a.kind() {
        Some(ObjKind::List(l)) => match l.borrow().get(i) {
            Some(&v) => v,
            None => return Err(vm.index_error("list index out of range")),
        },
        _ => {
            let k = vm.new_int(i as i64);
            ops::getitem(vm, s.a, k)?
        }
    };
    if s.key.is_null() {
        Ok(item)
    } else {
        vm.call(s.key, &[item])
    }
}

#[inline]
fn lt(vm: &mut Vm, a: Value, b: Value) -> PyResult<bool> {
    if Value::both_int(a, b) {
        return Ok(a.as_int() < b.as_int());
    }
    if a.is_float() && b.is_float() {
        return Ok(a.as_float() < b.as_float());
    }
    ops::compare_bool(vm, CmpOp::Lt, a, b)
}

/// The insertion point of `x`: before equal items (`left`) or after them.
fn search(vm: &mut Vm, s: &Search, x: Value, left: bool) -> PyResult<usize> {
    let (mut lo, mut hi) = (s.lo, s.hi);
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        let m = probe(vm, s, mid)?;
        let go_right = if left { lt(vm, m, x)? } else { !lt(vm, x, m)? };
        if go_right {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    Ok(lo)
}

fn bisect_left(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = parse(vm, "bisect_left", a, kw)?;
    let i = search(vm, &s, s.x, true)?;
    Ok(vm.new_int(i as i64))
}

fn bisect_right(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = parse(vm, "bisect_right", a, kw)?;
    let i = search(vm, &s, s.x, false)?;
    Ok(vm.new_int(i as i64))
}

fn insort(vm: &mut Vm, fname: &str, a: &[Value], kw: &[Value], left: bool) -> PyResult<Value> {
    let s = parse(vm, fname, a, kw)?;
    let target = if s.key.is_null() { s.x } else { vm.call(s.key, &[s.x])? };
    vm.roots.push(target);
    let r = search(vm, &s, target, left);
    vm.roots.pop();
    let i = r?;
    if let Some(l) = s.a.as_list() {
        let mut v = l.borrow_mut();
        let at = i.min(v.len());
        v.insert(at, s.x);
        drop(v);
        vm.write_barrier(s.a, s.x);
        return Ok(Value::NONE);
    }
    let name = vm.intern("insert");
    let f = crate::objects::attr::getattr(vm, s.a, name)?;
    let iv = vm.new_int(i as i64);
    vm.call(f, &[iv, s.x])?;
    Ok(Value::NONE)
}

fn insort_left(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    insort(vm, "insort_left", a, kw, true)
}

fn insort_right(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    insort(vm, "insort_right", a, kw, false)
}
