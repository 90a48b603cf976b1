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

/// Sorts `idx` (positions into `keys`) stably by key.
fn merge_sort(vm: &mut Vm, keys: &[Value], idx: &mut Vec<usize>, reverse: bool) -> PyResult<()> {
    let n = idx.len();
    let mut buf = idx.clone();
    let mut width = 1;
    // bottom-up: insertion sort runs of 16 first
    const RUN: usize = 16;
    let mut start = 0;
    while start < n {
        let end = (start + RUN).min(n);
        for i in start + 1..end {
            let mut j = i;
            while j > start {
                let (a, b) = (keys[idx[j]], keys[idx[j - 1]]);
                // for reverse, stability means equal elements keep order: use b < a
                let before = if reverse {
                    lt(vm, b, a)?
                } else {
                    lt(vm, a, b)?
                };
                if !before {
                    break;
                }
                idx.swap(j, j - 1);
                j -= 1;
            }
        }
        start = end;
    }
    width = width.max(RUN);
    while width < n {
        let mut i = 0;
        while i < n {
            let mid = (i + width).min(n);
            let hi = (i + 2 * width).min(n);
            let (mut l, mut r, mut k) = (i, mid, i);
            while l < mid && r < hi {
                let (a, b) = (keys[idx[r]], keys[idx[l]]);
                let take_right = if reverse {
                    lt(vm, b, a)?
                } else {
                    lt(vm, a, b)?
                };
                if take_right {
                    buf[k] = idx[r];
                    r += 1;
                } else {
                    buf[k] = idx[l];
                    l += 1;
                }
                k += 1;
            }
            while l < mid {
                buf[k] = idx[l];
                l += 1;
                k += 1;
            }
            while r < hi {
                buf[k] = idx[r];
                r += 1;
                k += 1;
            }
            i = hi;
        }
        std::mem::swap(idx, &mut buf);
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
                return Err(
                    vm.type_error(format!("'{}' is an invalid keyword argument for sort()", o))
                );
            }
        }
    }
    let l = match list.as_list() {
        Some(l) => l,
        None => return Err(vm.type_error("descriptor 'sort' requires a 'list' object")),
    };
    // CPython empties the list while sorting, so mutation by a key function is detected.
    let items: Vec<Value> = std::mem::take(&mut *l.borrow_mut());
    let holder = vm.new_list(items.clone());
    vm.roots.push(holder);
    let result = (|| -> PyResult<Vec<Value>> {
        let keys = if key.is_none() {
            items.clone()
        } else {
            let kl = vm.new_list(Vec::with_capacity(items.len()));
            vm.roots.push(kl);
            for &x in &items {
                let k = vm.call(key, &[x]);
                let k = match k {
                    Ok(k) => k,
                    Err(e) => {
                        vm.roots.pop();
                        return Err(e);
                    }
                };
                if let Some(kv) = kl.as_list() {
                    kv.borrow_mut().push(k);
                }
            }
            vm.roots.pop();
            let ks = kl.as_list().map(|k| k.borrow().clone()).unwrap_or_default();
            vm.roots.push(kl);
            ks
        };
        let mut idx: Vec<usize> = (0..items.len()).collect();
        let r = merge_sort(vm, &keys, &mut idx, reverse);
        if !key.is_none() {
            vm.roots.pop();
        }
        r?;
        Ok(idx.into_iter().map(|i| items[i]).collect())
    })();
    vm.roots.pop();
    let modified = !l.borrow().is_empty();
    match result {
        Ok(sorted) => {
            *l.borrow_mut() = sorted;
            if modified {
                return Err(vm.value_error("list modified during sort"));
            }
            Ok(Value::NONE)
        }
        Err(e) => {
            *l.borrow_mut() = items;
            Err(e)
        }
    }
}
