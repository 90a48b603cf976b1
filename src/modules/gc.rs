//! The `gc` module, on PVM's own collector: `collect()` runs a full collection now,
//! `disable()`/`enable()` stop and restart the automatic collections that safepoints
//! run when the heap has grown (`Heap::enabled`).

use crate::builtins::args::{arity, bind};
use crate::heap::Collection;
use crate::objects::NativeFn;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// `gc.collect(generation=2)`: a full collection; returns the number of objects it
/// freed. Collecting here is as safe as at a safepoint: a native function may call
/// back into Python, so everything live is already reachable from the VM's roots.
fn gc_collect(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = bind(vm, "collect", a, kw, &["generation"], 0)?;
    if !p[0].is_null() {
        let g = crate::builtins::args::int_arg(vm, p[0])?;
        if !(0..=2).contains(&g) {
            return Err(vm.value_error("invalid generation"));
        }
    }
    let before = vm.heap.stats.objects_freed;
    vm.collect_as(Collection::Major);
    let freed = vm.heap.stats.objects_freed - before;
    Ok(vm.new_int(freed.min(i64::MAX as u64) as i64))
}

fn gc_enable(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::builtins::args::no_kwargs(vm, "gc.enable", kw)?;
    arity(vm, "gc.enable", a, 0, 0)?;
    vm.heap.enabled = true;
    Ok(Value::NONE)
}

fn gc_disable(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::builtins::args::no_kwargs(vm, "gc.disable", kw)?;
    arity(vm, "gc.disable", a, 0, 0)?;
    vm.heap.enabled = false;
    Ok(Value::NONE)
}

fn gc_isenabled(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::builtins::args::no_kwargs(vm, "gc.isenabled", kw)?;
    arity(vm, "gc.isenabled", a, 0, 0)?;
    Ok(Value::bool(vm.heap.enabled))
}

/// `gc`.
pub fn init(vm: &mut Vm, name: &str) -> PyResult<Value> {
    let (m, d) = super::new_native_module(vm, name);
    let funcs: &[(&'static str, NativeFn)] = &[("collect", gc_collect), ("enable", gc_enable), ("disable", gc_disable), ("isenabled", gc_isenabled)];
    super::add_functions(vm, d, funcs);
    Ok(m)
}
