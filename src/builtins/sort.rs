//! list.sort / sorted: a stable merge sort driven by Python's `<`, which may fail.
//! (Rust's slice sorts may panic on an inconsistent order, which Python allows.)

use crate::bytecode::CmpOp;
use crate::objects::ops;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

fn lt(vm: &mut Vm, a: Value, b: Value) -> PyResult<bool> {
    if Value::both_int(a, b) {
        return Ok(a.as_int() < b.as_int());
    }
    if a.is_float() && b.is_float() {
        return Ok(a.as_float() < b.as_float());
    }
    if let (Some(x), Some(y)) = (a.as_str(), b.as_str()) {
        return Ok(x < y);
    }
    ops::compare_bool(vm, CmpOp::Lt, a, b)
}

/// The keys' common type when every key is of one type whose `<` is a total order
/// that cannot fail; then Rust's stable sort can run on them directly, as CPython
/// pre-checks key types for its unsafe_*_compare fast paths.
enum Homogeneous {
    Str,
    Int,
    Float,
    /// Tuples whose items at each position are all small ints or all strs.
    IntStrTuples,
    Mixed,
}

/// Position-wise item kinds of int/str tuples: true when every position holds one kind.
fn int_str_tuples(keys: impl Iterator<Item = Value>) -> bool {
    #[derive(Clone, Copy, PartialEq)]
    enum K {
        Int,
        Str,
    }
    let mut kinds: Vec<K> = Vec::new();
    for k in keys {
        let t = match k.as_tuple() {
            Some(t) => t,
            None => return false,
        };
        for (i, item) in t.iter().enumerate() {
            let kind = if item.is_int() {
                K::Int
            } else if item.as_str().is_some() {
                K::Str
            } else {
                return false;
            };
            match kinds.get(i) {
                Some(&seen) if seen != kind => return false,
                Some(_) => {}
                None => kinds.push(kind),
            }
        }
    }
    true
}

/// Lexicographic order of two int/str tuples that passed `int_str_tuples`.
fn int_str_tuple_cmp(a: Value, b: Value) -> std::cmp::Ordering {
    let (x, y) = (a.as_tuple().unwrap_or(&[]), b.as_tuple().unwrap_or(&[]));
    for (p, q) in x.iter().zip(y.iter()) {
        let o = if p.is_int() { p.as_int().cmp(&q.as_int()) } else { p.as_str().unwrap_or("").cmp(q.as_str().unwrap_or("")) };
        if o != std::cmp::Ordering::Equal {
            return o;
        }
    }
    x.len().cmp(&y.len())
}

fn classify<T>(items: &[T], key: impl Fn(&T) -> Value + Copy) -> Homogeneous {
    if items.iter().all(|x| key(x).as_str().is_some()) {
        Homogeneous::Str
    } else if items.iter().all(|x| key(x).is_int()) {
        Homogeneous::Int
    } else if items.iter().all(|x| key(x).is_float() && !key(x).as_float().is_nan()) {
        Homogeneous::Float
    } else if int_str_tuples(items.iter().map(key)) {
        Homogeneous::IntStrTuples
    } else {
        Homogeneous::Mixed
    }
}

/// Stable sort of `v` by `key(item)`, in place. The keys must be rooted by the caller
/// when they are of mixed types (Python's `<` then runs, and may collect).
fn sort_by_keys<T: Copy>(vm: &mut Vm, v: &mut Vec<T>, key: impl Fn(&T) -> Value + Copy, reverse: bool) -> PyResult<()> {
    fn ordered(o: std::cmp::Ordering, reverse: bool) -> std::cmp::Ordering {
        if reverse {
            o.reverse()
        } else {
            o
        }
    }
    match classify(v, key) {
        Homogeneous::Str => {
            let s = |x: &T| key(x).as_str().unwrap_or("");
            v.sort_by(|a, b| ordered(s(a).cmp(s(b)), reverse));
        }
        Homogeneous::Int => v.sort_by(|a, b| ordered(key(a).as_int().cmp(&key(b).as_int()), reverse)),
        Homogeneous::Float => {
            // no NaN among the keys, so partial_cmp is a total preorder (-0.0 == 0.0)
            let cmp = |a: &T, b: &T| key(a).as_float().partial_cmp(&key(b).as_float()).unwrap_or(std::cmp::Ordering::Equal);
            v.sort_by(|a, b| ordered(cmp(a, b), reverse));
        }
        Homogeneous::IntStrTuples => v.sort_by(|a, b| ordered(int_str_tuple_cmp(key(a), key(b)), reverse)),
        Homogeneous::Mixed => merge_sort(vm, v, key, reverse)?,
    }
    Ok(())
}

/// Bottom-up stable merge sort calling Python's `<`, which may raise.
fn merge_sort<T: Copy>(vm: &mut Vm, v: &mut Vec<T>, key: impl Fn(&T) -> Value, reverse: bool) -> PyResult<()> {
    // `before(a, b)`: a must come before b (strictly), so equal keys keep their order.
    fn before(vm: &mut Vm, a: Value, b: Value, reverse: bool) -> PyResult<bool> {
        if reverse {
            lt(vm, b, a)
        } else {
            lt(vm, a, b)
        }
    }
    let n = v.len();
    const RUN: usize = 16;
    let mut start = 0;
    while start < n {
        let end = (start + RUN).min(n);
        for i in start + 1..end {
            let mut j = i;
            while j > start && before(vm, key(&v[j]), key(&v[j - 1]), reverse)? {
                v.swap(j, j - 1);
                j -= 1;
            }
        }
        start = end;
    }
    let mut buf = v.clone();
    let mut width = RUN;
    while width < n {
        let mut i = 0;
        while i < n {
            let mid = (i + width).min(n);
            let hi = (i + 2 * width).min(n);
            let (mut l, mut r, mut k) = (i, mid, i);
            while l < mid && r < hi {
                if before(vm, key(&v[r]), key(&v[l]), reverse)? {
                    buf[k] = v[r];
                    r += 1;
                } else {
                    buf[k] = v[l];
                    l += 1;
                }
                k += 1;
            }
            buf[k..k + (mid - l)].copy_from_slice(&v[l..mid]);
            k += mid - l;
            buf[k..k + (hi - r)].copy_from_slice(&v[r..hi]);
            i = hi;
        }
        std::mem::swap(v, &mut buf);
        width *= 2;
    }
    Ok(())
}

/// list.sort(*, key=None, reverse=False); args[0] is the list.
pub fn list_sort(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let npos = args.len() - kwnames.len();
    if npos > 1 {
        return Err(vm.type_error("sort() takes no positional arguments"));
    }
    let list = args[0];
    let mut key = Value::NONE;
    let mut reverse = false;
    for (j, k) in kwnames.iter().enumerate() {
        let v = args[npos + j];
        match k.as_str().unwrap_or("") {
            "key" => key = v,
            "reverse" => reverse = ops::truthy(vm, v)?,
            other => {
                let o = other.to_string();
                return Err(vm.type_error(format!("'{}' is an invalid keyword argument for sort()", o)));
            }
        }
    }
    let l = match list.as_list() {
        Some(l) => l,
        None => return Err(vm.type_error("descriptor 'sort' requires a 'list' object")),
    };
    // CPython empties the list while sorting, so mutation by a key function is detected.
    let mut items: Vec<Value> = std::mem::take(&mut *l.borrow_mut());
    // While Python code may run (key calls, `<` on mixed types), the items and keys are
    // rooted on the VM's root stack; a sort of strs, ints or floats runs none, and
    // copies nothing.
    let mark = vm.roots.len();
    let result = if key.is_none() {
        if matches!(classify(&items, |&x| x), Homogeneous::Mixed) {
            vm.roots.extend_from_slice(&items);
        }
        sort_by_keys(vm, &mut items, |&x| x, reverse).map(|()| None)
    } else {
        vm.roots.extend_from_slice(&items);
        sort_with_key_fn(vm, &items, key, reverse).map(Some)
    };
    vm.roots.truncate(mark);
    let modified = !l.borrow().is_empty();
    match result {
        Ok(sorted) => {
            let sorted = sorted.unwrap_or(items);
            vm.write_barrier_all(list, &sorted);
            *l.borrow_mut() = sorted;
            if modified {
                return Err(vm.value_error("list modified during sort"));
            }
            Ok(Value::NONE)
        }
        Err(e) => {
            vm.write_barrier_all(list, &items);
            *l.borrow_mut() = items;
            Err(e)
        }
    }
}

/// `items` sorted by `key(item)`, the key called once per item in order. The items are
/// rooted by the caller; each key is rooted as it is made.
fn sort_with_key_fn(vm: &mut Vm, items: &[Value], key: Value, reverse: bool) -> PyResult<Vec<Value>> {
    let mut pairs: Vec<(Value, Value)> = Vec::with_capacity(items.len());
    for &x in items {
        let k = vm.call(key, &[x])?;
        vm.roots.push(k);
        pairs.push((k, x));
    }
    sort_by_keys(vm, &mut pairs, |p| p.0, reverse)?;
    Ok(pairs.into_iter().map(|p| p.1).collect())
}
