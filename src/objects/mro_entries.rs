//! PEP 560 `__mro_entries__`: a base in a class statement that is not a class
//! (`list[int]`, `Generic[T]`, `NamedTuple`) names the classes to use instead.

use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// The bases a class statement's `bases` resolve to, and whether any was replaced
/// (the class then records the originals in `__orig_bases__`).
pub fn resolve_bases(vm: &mut Vm, bases: &[Value]) -> PyResult<(Vec<Value>, bool)> {
    if bases.iter().all(|b| b.as_type().is_some()) {
        return Ok((bases.to_vec(), false));
    }
    let orig = vm.new_tuple(bases.to_vec());
    let mark = vm.roots.len();
    vm.roots.push(orig);
    let r = (|| -> PyResult<Vec<Value>> {
        let name = vm.intern("__mro_entries__");
        let mut out = Vec::with_capacity(bases.len());
        for &b in bases {
            if b.as_type().is_some() {
                out.push(b);
                continue;
            }
            let f = match super::attr::getattr(vm, b, name) {
                Ok(f) => f,
                Err(e) if vm.is_instance(e.0, vm.types.attribute_error) => {
                    out.push(b);
                    continue;
                }
                Err(e) => return Err(e),
            };
            let entries = vm.call(f, &[orig])?;
            match entries.as_tuple() {
                Some(t) => {
                    out.extend(t.iter().copied());
                    // the replacements stay reachable through `out` only: keep them rooted
                    vm.roots.push(entries);
                }
                None => return Err(vm.type_error("__mro_entries__ must return a tuple")),
            }
        }
        Ok(out)
    })();
    vm.roots.truncate(mark);
    r.map(|v| (v, true))
}
