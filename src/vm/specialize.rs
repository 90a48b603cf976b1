//! Adaptive specialization (PEP 659 on register instructions): choosing a specialized
//! form for a warm generic instruction, and deoptimizing a form whose guard missed.
//!
//! Both run rarely and are out of line. A form is chosen from the operand values the
//! instruction sees right now; the rewrite changes only the opcode byte, so operands
//! and jump targets stay as they are, and `Op::family` undoes it.

use super::Vm;
use crate::bytecode::code::{Code, PolyCache, PolyWay, POLY_CLASS_ENTRY, POLY_EMPTY, POLY_VALUE};
use crate::bytecode::opcodes::{Instr, Op};
use crate::objects::{IterState, ObjKind, ViewKind};
use crate::value::Value;

fn rewrite(code: &Code, at: usize, op: Op) {
    let w = code.instrs[at].get();
    code.instrs[at].set((w & !0xFF) | op as u64);
}

/// Picks a specialized form for the generic instruction `i` at `at`, whose registers
/// start at `regs`, and rewrites the instruction; backs off when none fits.
#[cold]
#[inline(never)]
pub fn specialize(vm: &mut Vm, code: &Code, at: usize, i: Instr, regs: *const Value) {
    let cache = &code.caches[at];
    let op = i.op();
    if !vm.specialize {
        cache.counter.set(u16::MAX);
        return;
    }
    // SAFETY: the instruction's register operands are below its code's nregs, and the
    // frame's registers are live on the stack.
    let r = |n: usize| unsafe { *regs.add(n) };
    let form = match op {
        Op::Add | Op::Sub | Op::Mul => arith_form(op, r(i.b()), r(i.c())).or_else(|| instance_binary_form(vm, code, at, op, r(i.b()), r(i.c()))),
        Op::InplaceAdd | Op::InplaceSub => arith_form(op, r(i.a()), r(i.b())),
        Op::TrueDiv => num_pair(r(i.b()), r(i.c())).then_some(Op::TrueDivFloat).or_else(|| instance_binary_form(vm, code, at, op, r(i.b()), r(i.c()))),
        Op::FloorDiv => Value::both_int(r(i.b()), r(i.c())).then_some(Op::FloorDivInt),
        Op::Mod => Value::both_int(r(i.b()), r(i.c())).then_some(Op::ModInt),
        Op::BitAnd => Value::both_int(r(i.b()), r(i.c())).then_some(Op::BitAndInt),
        Op::BitOr => Value::both_int(r(i.b()), r(i.c())).then_some(Op::BitOrInt),
        Op::BitXor => Value::both_int(r(i.b()), r(i.c())).then_some(Op::BitXorInt),
        Op::LShift => Value::both_int(r(i.b()), r(i.c())).then_some(Op::LShiftInt),
        Op::RShift => Value::both_int(r(i.b()), r(i.c())).then_some(Op::RShiftInt),
        Op::Lt | Op::Le | Op::Eq | Op::Ne | Op::Gt | Op::Ge => compare_form(op, r(i.b()), r(i.c())),
        Op::JumpIfNotLt | Op::JumpIfNotLe | Op::JumpIfNotEq | Op::JumpIfNotNe | Op::JumpIfNotGt | Op::JumpIfNotGe => compare_form(op, r(i.a()), r(i.b())),
        Op::GetItem => {
            let (o, k) = (r(i.b()), r(i.c()));
            match o.kind() {
                Some(ObjKind::List(_)) if k.is_int() => Some(Op::GetItemList),
                Some(ObjKind::Tuple(_)) if k.is_int() => Some(Op::GetItemTuple),
                Some(ObjKind::Dict(_)) => Some(Op::GetItemDict),
                _ => None,
            }
        }
        Op::SetItem => {
            let (o, k) = (r(i.a()), r(i.b()));
            match o.kind() {
                Some(ObjKind::List(_)) if k.is_int() => Some(Op::SetItemList),
                Some(ObjKind::Dict(_)) => Some(Op::SetItemDict),
                _ => None,
            }
        }
        Op::LoadGlobal => global_form(vm, code, i),
        Op::LoadMethod => module_attr_form(code, at, r(i.b()), code.names[i.c()], Op::LoadMethodModule)
            .or_else(|| method_form(vm, code, at, r(i.b()), code.names[i.c()]))
            .or_else(|| instance_method_form(vm, code, at, r(i.b()), code.names[i.c()])),
        Op::GetAttr => {
            module_attr_form(code, at, r(i.b()), code.names[i.c()], Op::GetAttrModule).or_else(|| instance_attr_form(vm, code, at, r(i.b()), code.names[i.c()]))
        }
        Op::SetAttr => instance_store_form(vm, code, at, r(i.a()), code.names[i.b()]),
        Op::Call if native_fn(r(i.a())) => Some(Op::CallNative),
        Op::Call if r(i.a()).as_type().is_some() => class_call_form(vm, code, at, r(i.a()), i.b()),
        Op::Call => exact_call(r(i.a()), i.b()).then_some(Op::CallPyExact),
        Op::CallMethod if native_method(r(i.a())) && !r(i.a() + 1).is_null() => Some(Op::CallMethodNative),
        Op::CallMethod => {
            let n = if r(i.a() + 1).is_null() { i.b() } else { i.b() + 1 };
            exact_call(r(i.a()), n).then_some(Op::CallMethodPyExact)
        }
        Op::ForIter => match r(i.a()).kind() {
            Some(ObjKind::Iter(st)) => match &*st.borrow() {
                IterState::Range { .. } => Some(Op::ForIterRange),
                IterState::Seq { seq, .. } if seq.as_list().is_some() => Some(Op::ForIterList),
                IterState::Seq { seq, .. } if seq.as_tuple().is_some() => Some(Op::ForIterTuple),
                IterState::Str { .. } => Some(Op::ForIterStr),
                IterState::Set { .. } => Some(Op::ForIterSet),
                IterState::Dict { kind: ViewKind::Keys | ViewKind::Values, .. } => Some(Op::ForIterDict),
                IterState::Dict { kind: ViewKind::Items, .. } if unpacks_pair(code, at, i) => Some(Op::ForIterPair),
                IterState::Enumerate { it, .. } if unpacks_pair(code, at, i) && enumerates_sequence(*it) => Some(Op::ForIterPair),
                _ => None,
            },
            Some(ObjKind::Generator(_)) => Some(Op::ForIterGen),
            _ => None,
        },
        Op::In | Op::NotIn => {
            let (item, container) = (r(i.b()), r(i.c()));
            let not = op == Op::NotIn;
            match container.kind() {
                Some(ObjKind::Dict(_)) => Some(if not { Op::NotInDict } else { Op::InDict }),
                Some(ObjKind::Set(_)) => Some(if not { Op::NotInSet } else { Op::InSet }),
                Some(ObjKind::Str(_)) if item.as_str().is_some() => Some(if not { Op::NotInStr } else { Op::InStr }),
                _ => None,
            }
        }
        _ => None,
    };
    match form {
        Some(f) => {
            rewrite(code, at, f);
            vm.stats.specializations[op as usize] += 1;
        }
        None => {
            vm.stats.failures[op as usize] += 1;
            cache.back_off();
        }
    }
}

/// A specialized instruction's guard failed: it becomes its generic family again and
/// waits exponentially longer before the next try.
#[cold]
#[inline(never)]
pub fn deopt(vm: &mut Vm, code: &Code, at: usize) {
    let op = code.instr(at).op();
    let family = op.family();
    rewrite(code, at, family);
    code.caches[at].back_off();
    vm.stats.deopts[family as usize] += 1;
}

fn num_pair(a: Value, b: Value) -> bool {
    (a.is_int() || a.is_float()) && (b.is_int() || b.is_float())
}

fn arith_form(op: Op, a: Value, b: Value) -> Option<Op> {
    if a.as_str().is_some() && b.as_str().is_some() {
        return match op {
            Op::Add => Some(Op::AddStr),
            Op::InplaceAdd => Some(Op::InplaceAddStr),
            _ => None,
        };
    }
    let int = Value::both_int(a, b);
    if !int && !(num_pair(a, b)) {
        return None;
    }
    Some(match (op, int) {
        (Op::Add, true) => Op::AddInt,
        (Op::Add, false) => Op::AddFloat,
        (Op::Sub, true) => Op::SubInt,
        (Op::Sub, false) => Op::SubFloat,
        (Op::Mul, true) => Op::MulInt,
        (Op::Mul, false) => Op::MulFloat,
        (Op::InplaceAdd, true) => Op::InplaceAddInt,
        (Op::InplaceAdd, false) => Op::InplaceAddFloat,
        (Op::InplaceSub, true) => Op::InplaceSubInt,
        (Op::InplaceSub, false) => Op::InplaceSubFloat,
        _ => return None,
    })
}

fn compare_form(op: Op, a: Value, b: Value) -> Option<Op> {
    use Op::*;
    if a.as_str().is_some() && b.as_str().is_some() {
        return Some(match op {
            Lt => LtStr,
            Le => LeStr,
            Eq => EqStr,
            Ne => NeStr,
            Gt => GtStr,
            Ge => GeStr,
            JumpIfNotLt => JumpIfNotLtStr,
            JumpIfNotLe => JumpIfNotLeStr,
            JumpIfNotEq => JumpIfNotEqStr,
            JumpIfNotNe => JumpIfNotNeStr,
            JumpIfNotGt => JumpIfNotGtStr,
            JumpIfNotGe => JumpIfNotGeStr,
            _ => return None,
        });
    }
    let int = Value::both_int(a, b);
    if !int && !num_pair(a, b) {
        return None;
    }
    Some(match (op, int) {
        (Lt, true) => LtInt,
        (Lt, false) => LtFloat,
        (Le, true) => LeInt,
        (Le, false) => LeFloat,
        (Eq, true) => EqInt,
        (Eq, false) => EqFloat,
        (Ne, true) => NeInt,
        (Ne, false) => NeFloat,
        (Gt, true) => GtInt,
        (Gt, false) => GtFloat,
        (Ge, true) => GeInt,
        (Ge, false) => GeFloat,
        (JumpIfNotLt, true) => JumpIfNotLtInt,
        (JumpIfNotLt, false) => JumpIfNotLtFloat,
        (JumpIfNotLe, true) => JumpIfNotLeInt,
        (JumpIfNotLe, false) => JumpIfNotLeFloat,
        (JumpIfNotEq, true) => JumpIfNotEqInt,
        (JumpIfNotEq, false) => JumpIfNotEqFloat,
        (JumpIfNotNe, true) => JumpIfNotNeInt,
        (JumpIfNotNe, false) => JumpIfNotNeFloat,
        (JumpIfNotGt, true) => JumpIfNotGtInt,
        (JumpIfNotGt, false) => JumpIfNotGtFloat,
        (JumpIfNotGe, true) => JumpIfNotGeInt,
        (JumpIfNotGe, false) => JumpIfNotGeFloat,
        _ => return None,
    })
}

/// The global cache was filled by the lookup that just ran; specialize when it holds.
fn global_form(vm: &Vm, code: &Code, i: Instr) -> Option<Op> {
    let c = code.global_caches[i.c()].get();
    let globals = vm.frames.last()?.globals;
    if globals.as_dict()?.borrow().version != c.globals_version {
        return None;
    }
    if !c.in_builtins {
        return Some(Op::LoadGlobalModule);
    }
    (vm.builtins.as_dict()?.borrow().version == c.builtins_version).then_some(Op::LoadGlobalBuiltin)
}

/// A native method of a builtin type, cached with the receiver's type as its key.
/// Builtin types never change, so the type alone guards the entry.
/// An attribute in a module's namespace (`math.sqrt`, `os.path`): the namespace's key
/// version (versions are never reused, so it also names the dict) and the entry's
/// index. Rebinding the attribute is seen at once; adding or removing a key deopts.
fn module_attr_form(code: &Code, at: usize, obj: Value, name: Value, form: Op) -> Option<Op> {
    let m = obj.as_module()?;
    let d = m.dict.as_dict()?.borrow();
    let index = d.find(name.as_strobj()?.hash(), name)?;
    let cache = &code.caches[at];
    cache.key.set(d.version);
    cache.aux.set(u32::try_from(index).ok()?);
    Some(form)
}

fn method_form(vm: &mut Vm, code: &Code, at: usize, obj: Value, name: Value) -> Option<Op> {
    // a module's own attributes come before its type's (they are not methods)
    if obj.as_type().is_some()
        || obj.as_function().is_some()
        || obj.as_exc().is_some()
        || matches!(obj.kind(), Some(ObjKind::Super(_)) | Some(ObjKind::Module(_)))
    {
        return None;
    }
    let tv = vm.type_of(obj);
    // classes defined in Python can change: caching needs type version tags first
    if tv.as_type()?.heap_type {
        return None;
    }
    let m = tv.as_type()?.lookup(name)?;
    if !matches!(m.kind(), Some(ObjKind::Builtin(b)) if b.self_.is_null()) {
        return None;
    }
    let cache = &code.caches[at];
    cache.key.set(tv.0);
    cache.value.set(m);
    Some(Op::LoadMethodCached)
}

/// An instance of a class defined in Python without a custom `__getattribute__`,
/// whose attributes are in slots: (class, shape).
fn plain_instance(vm: &mut Vm, obj: Value) -> Option<(Value, u32)> {
    let (class, shape) = match obj.kind() {
        Some(ObjKind::Instance(inst)) => (inst.class, inst.shape.get()),
        _ => return None,
    };
    if shape == crate::objects::shape::DICT_MODE {
        return None;
    }
    let ga = vm.names.getattribute;
    if crate::objects::class::special_method_named(vm, obj, ga).is_some() {
        return None;
    }
    Some((class, shape))
}

fn fill_cache(vm: &mut Vm, code: &Code, at: usize, shape: u32, value: Value) {
    let cache = &code.caches[at];
    cache.key.set(shape as u64);
    cache.aux.set(vm.type_epoch);
    cache.value.set(value);
    cache_barrier(vm, value);
}

/// A value stored into an inline cache of the running code object must be seen by a
/// minor collection even when the code is old: the cache may end up its only holder
/// (the method deleted from its class after the site cached it).
fn cache_barrier(vm: &mut Vm, value: Value) {
    if let Some(code) = vm.frames.last().map(|f| f.code) {
        vm.write_barrier(code, value);
    }
}

/// What reading `name` gives for instances of `shape` (plain instances of `class`): a
/// slot when the class defines no attribute of that name at all (so no descriptor can
/// take precedence), or the class dict entry holding it when it is plain data the
/// shape does not shadow. The class epoch guards the class side; rebinding plain data
/// in place does not move it (`class::class_setattr`), so the entry is read each time.
fn read_way(vm: &mut Vm, class: Value, shape: u32, name: Value) -> Option<PolyWay> {
    match vm.lookup_attr(class, name) {
        None => Some(PolyWay { shape, slot: vm.shapes.slot_of(shape, name)? as u32, value: Value::NULL }),
        Some(a) if crate::objects::class::plain_class_value(a) && vm.shapes.slot_of(shape, name).is_none() => {
            // the entry, not the value: rebinding plain data keeps the epoch
            let (dict, index) = class.as_type()?.lookup_entry(name)?;
            let index = u32::try_from(index).ok().filter(|&i| i < POLY_CLASS_ENTRY)?;
            Some(PolyWay { shape, slot: POLY_CLASS_ENTRY | index, value: dict })
        }
        Some(_) => None,
    }
}

/// A store of `name` into instances of `shape`: to a slot, or (`POLY_VALUE`) adding
/// the attribute, which moves the instance to the shape in `value`.
fn store_way(vm: &mut Vm, obj: Value, class: Value, shape: u32, name: Value) -> Option<PolyWay> {
    let n = vm.names.setattr;
    if crate::objects::class::special_method_named(vm, obj, n).is_some()
        || vm.lookup_attr(class, name).is_some()
        || crate::objects::class::slots_forbid(class, name)
    {
        return None;
    }
    if let Some(slot) = vm.shapes.slot_of(shape, name) {
        return Some(PolyWay { shape, slot: slot as u32, value: Value::NULL });
    }
    let next = vm.shapes.child(shape, name)?;
    Some(PolyWay { shape, slot: POLY_VALUE, value: Value::small_int(next as i64) })
}

/// A plain function of the class, for instances of a shape that does not shadow it.
fn method_way(vm: &mut Vm, class: Value, shape: u32, name: Value) -> Option<PolyWay> {
    if vm.shapes.slot_of(shape, name).is_some() {
        return None;
    }
    let f = vm.lookup_attr(class, name)?;
    f.as_function()?;
    Some(PolyWay { shape, slot: POLY_VALUE, value: f })
}

/// Reads: a slot (`GetAttrInstance`), or a plain class attribute (`GetAttrPoly`, the
/// only form that can hold one: the class dict entry that holds it).
fn instance_attr_form(vm: &mut Vm, code: &Code, at: usize, obj: Value, name: Value) -> Option<Op> {
    let (class, shape) = plain_instance(vm, obj)?;
    let way = read_way(vm, class, shape, name)?;
    if way.slot & POLY_CLASS_ENTRY != 0 {
        start_poly(vm, code, at, way);
        return Some(Op::GetAttrPoly);
    }
    fill_cache(vm, code, at, shape, Value::small_int(way.slot as i64));
    Some(Op::GetAttrInstance)
}

/// A store to a slot (`SetAttrInstance`) or of a new attribute that moves the instance
/// to the next shape (`SetAttrInstanceAdd`).
fn instance_store_form(vm: &mut Vm, code: &Code, at: usize, obj: Value, name: Value) -> Option<Op> {
    let (class, shape) = plain_instance(vm, obj)?;
    let way = store_way(vm, obj, class, shape, name)?;
    if way.slot == POLY_VALUE {
        fill_cache(vm, code, at, shape, way.value);
        return Some(Op::SetAttrInstanceAdd);
    }
    fill_cache(vm, code, at, shape, Value::small_int(way.slot as i64));
    Some(Op::SetAttrInstance)
}

/// A plain function of the instance's class, where the shape shows that the instance
/// has no attribute of that name.
fn instance_method_form(vm: &mut Vm, code: &Code, at: usize, obj: Value, name: Value) -> Option<Op> {
    let (class, shape) = plain_instance(vm, obj)?;
    let way = method_way(vm, class, shape, name)?;
    fill_cache(vm, code, at, shape, way.value);
    Some(Op::LoadMethodInstance)
}

/// Makes the polymorphic cache of the instruction at `at` hold `way` alone, for the
/// current class epoch.
fn start_poly(vm: &mut Vm, code: &Code, at: usize, way: PolyWay) {
    let p = code.poly_cache(at);
    // SAFETY: `poly_cache` returns a box owned by `code`, which outlives this call.
    let p = unsafe { &*p };
    p.clear();
    p.ways[0].set(way);
    let cache = &code.caches[at];
    cache.key.set(p as *const PolyCache as u64);
    cache.aux.set(vm.type_epoch);
    cache.value.set(Value::NULL);
    cache_barrier(vm, way.value);
}

/// The way for `obj` of a polymorphic instruction of `family`, if `obj` qualifies.
fn way_for(vm: &mut Vm, code: &Code, family: Op, obj: Value, name: Value) -> Option<PolyWay> {
    if family == Op::LoadSuperMethod {
        return super_way(code, obj, name);
    }
    let (class, shape) = plain_instance(vm, obj)?;
    match family {
        Op::GetAttr => read_way(vm, class, shape, name),
        Op::SetAttr => store_way(vm, obj, class, shape, name),
        Op::LoadMethod => method_way(vm, class, shape, name),
        _ => None,
    }
}

/// A monomorphic instance form (`GetAttrInstance`, `SetAttrInstance`,
/// `SetAttrInstanceAdd`, `LoadMethodInstance`, `LoadSuperMethodCached` with `obj`
/// the method's first argument) missed on `obj`: when its entry is still
/// valid and `obj` is a plain instance of another shape, the instruction becomes the
/// polymorphic form of its family holding both; true when it did. The caller then
/// runs the generic semantics once.
#[cold]
#[inline(never)]
pub fn widen(vm: &mut Vm, code: &Code, at: usize, obj: Value) -> bool {
    let op = code.instr(at).op();
    let family = op.family();
    let cache = &code.caches[at];
    if !vm.specialize || cache.aux.get() != vm.type_epoch {
        return false;
    }
    let i = code.instr(at);
    let name = code.names[if family == Op::SetAttr { i.b() } else { i.c() }];
    let way = match way_for(vm, code, family, obj, name) {
        Some(w) => w,
        None => return false,
    };
    let (shape, v) = (cache.key.get() as u32, cache.value.get());
    if shape == way.shape {
        return false;
    }
    let old = match op {
        Op::GetAttrInstance | Op::SetAttrInstance => PolyWay { shape, slot: v.as_int() as u32, value: Value::NULL },
        Op::SetAttrInstanceAdd | Op::LoadMethodInstance | Op::LoadSuperMethodCached => PolyWay { shape, slot: POLY_VALUE, value: v },
        _ => return false,
    };
    let poly = match family {
        Op::GetAttr => Op::GetAttrPoly,
        Op::SetAttr => Op::SetAttrPoly,
        Op::LoadSuperMethod => Op::LoadSuperMethodPoly,
        _ => Op::LoadMethodPoly,
    };
    start_poly(vm, code, at, old);
    // SAFETY: `start_poly` left the cache's box address in `key`; `code` owns the box.
    let p = unsafe { &*(cache.key.get() as *const PolyCache) };
    p.ways[1].set(way);
    cache_barrier(vm, way.value);
    rewrite(code, at, poly);
    vm.stats.specializations[family as usize] += 1;
    true
}

/// A polymorphic instruction found no way for `obj`: adds one when `obj` qualifies and
/// a way is free (all of them, after the class epoch moved); true when it did. Else
/// the site is megamorphic or `obj` unsuitable, and the caller deoptimizes it.
#[cold]
#[inline(never)]
pub fn poly_add(vm: &mut Vm, code: &Code, at: usize, obj: Value) -> bool {
    let i = code.instr(at);
    let family = i.op().family();
    let name = code.names[if family == Op::SetAttr { i.b() } else { i.c() }];
    let cache = &code.caches[at];
    let way = match way_for(vm, code, family, obj, name) {
        Some(w) => w,
        None => return false,
    };
    // SAFETY: a polymorphic form's `key` is the address of its box in `code`.
    let p = unsafe { &*(cache.key.get() as *const PolyCache) };
    if cache.aux.get() != vm.type_epoch {
        p.clear();
        cache.aux.set(vm.type_epoch);
    }
    match p.ways.iter().find(|w| w.get().shape == POLY_EMPTY) {
        Some(free) => {
            free.set(way);
            cache_barrier(vm, way.value);
            true
        }
        None => false,
    }
}

/// `cls(args)` for a class whose instances are plain (no exception, metaclass, payload
/// or `__new__` of its own), with a Python `__init__` that takes exactly the arguments,
/// or with none and no arguments. The class epoch guards all of that.
fn class_call_form(vm: &mut Vm, code: &Code, at: usize, cls: Value, nargs: usize) -> Option<Op> {
    let t = cls.as_type()?;
    let type_t = vm.types.type_;
    if !t.heap_type || t.is_exception.get() || !t.metaclass.get().is_null() || !t.payload_base.is_null() || t.is_subtype_of(type_t) {
        return None;
    }
    let (new_name, init_name) = (vm.names.new, vm.names.init);
    let object_new = vm.types.object.as_type()?.lookup(new_name)?;
    if vm.lookup_attr(cls, new_name)? != object_new {
        return None;
    }
    let init = vm.lookup_attr(cls, init_name)?;
    let value = match init.as_function() {
        Some(_) if exact_call(init, nargs + 1) => init,
        Some(_) => return None,
        // object.__init__: all bases are plain classes
        None if nargs == 0 && init == vm.types.object.as_type()?.lookup(init_name)? => Value::NULL,
        None => return None,
    };
    let cache = &code.caches[at];
    cache.key.set(cls.0);
    cache.aux.set(vm.type_epoch);
    cache.value.set(value);
    cache_barrier(vm, value);
    Some(Op::CallClass)
}

/// `a op b` for an instance `a` whose class defines the operator's method as a Python
/// function of exactly two arguments, with a `b` whose reflected method cannot come
/// first (`class::forward_first`): the method runs as a frame.
fn instance_binary_form(vm: &mut Vm, code: &Code, at: usize, family: Op, a: Value, b: Value) -> Option<Op> {
    let cls = match a.kind() {
        Some(ObjKind::Instance(inst)) => inst.class,
        _ => return None,
    };
    if !crate::objects::class::forward_first(b, cls) {
        return None;
    }
    let op = crate::bytecode::opcodes::BinOp::of_family(family)?;
    let f = vm.lookup_attr(cls, vm.names.binary[op as usize])?;
    if !exact_call(f, 2) {
        return None;
    }
    let cache = &code.caches[at];
    cache.key.set(cls.0);
    cache.aux.set(vm.type_epoch);
    cache.value.set(f);
    cache_barrier(vm, f);
    Some(match family {
        Op::Add => Op::AddInstance,
        Op::Sub => Op::SubInstance,
        Op::Mul => Op::MulInstance,
        Op::TrueDiv => Op::TrueDivInstance,
        _ => return None,
    })
}

/// `super().name` ran in a method whose first argument `first` is a plain instance,
/// through the builtin `super` (`s`): cached by `first`'s shape when the lookup gives
/// a function (`class::super_method`).
#[cold]
#[inline(never)]
pub fn super_method_form(vm: &mut Vm, code: &Code, at: usize, s: Value, first: Value) {
    let cache = &code.caches[at];
    if !vm.specialize {
        cache.counter.set(u16::MAX);
        return;
    }
    let name = code.names[code.instr(at).c()];
    match super_way(code, first, name).filter(|_| s == vm.super_fn) {
        Some(way) => {
            fill_cache(vm, code, at, way.shape, way.value);
            rewrite(code, at, Op::LoadSuperMethodCached);
            vm.stats.specializations[Op::LoadSuperMethod as usize] += 1;
        }
        None => {
            vm.stats.failures[Op::LoadSuperMethod as usize] += 1;
            cache.back_off();
        }
    }
}

/// What `super().name` gives in a method of `code` whose first argument `first` is an
/// instance of `shape`: the function after the method's class in the MRO of
/// `first`'s class, called with `first`. That depends only on the class, the method's
/// class (set when its class is created, which moves the epoch) and the MRO between
/// them, which the class epoch guards.
fn super_way(code: &Code, first: Value, name: Value) -> Option<PolyWay> {
    let inst = match first.kind() {
        Some(ObjKind::Instance(inst)) => inst,
        _ => return None,
    };
    let (shape, this) = (inst.shape.get(), code.class_ref.get());
    if shape == crate::objects::shape::DICT_MODE || code.argcount == 0 || !code.needs_class || this.is_null() {
        return None;
    }
    let f = crate::objects::class::lookup_after(inst.class, this, name)?;
    f.as_function()?;
    Some(PolyWay { shape, slot: POLY_VALUE, value: f })
}

/// An unbound native function. `CallNative` passes its arguments as they are, so
/// methods of builtin types (`BuiltinFn::owner`), whose receiver may need unwrapping
/// (`list.append(instance_of_subclass, x)`), stay generic; method calls are exempt:
/// `LoadMethod` already puts the unwrapped receiver in the self slot.
fn native_fn(callee: Value) -> bool {
    matches!(callee.kind(), Some(ObjKind::Builtin(b)) if b.self_.is_null() && b.owner.is_null())
}

fn native_method(callee: Value) -> bool {
    matches!(callee.kind(), Some(ObjKind::Builtin(b)) if b.self_.is_null())
}

fn exact_call(callee: Value, nargs: usize) -> bool {
    let f = match callee.as_function() {
        Some(f) => f,
        None => return false,
    };
    matches!(f.code.as_code(), Some(c) if c.argcount as usize == nargs && c.kwonlyargcount == 0 && c.flags == 0)
}

/// Whether the loop step at `at` (a ForIter `i` and its ExtraArg word) is followed by
/// an UnpackSeq of its target into 2 registers, as `for k, v in ...:` compiles.
fn unpacks_pair(code: &Code, at: usize, i: Instr) -> bool {
    code.instrs.get(at + 2).map(|w| Instr(w.get())).is_some_and(|u| u.op() == Op::UnpackSeq && u.b() == i.b() && u.c() == 2)
}

/// Whether `inner`, the iterator an enumerate wraps, steps over a list or tuple.
fn enumerates_sequence(inner: Value) -> bool {
    match inner.kind() {
        Some(ObjKind::Iter(st)) => st.try_borrow().is_ok_and(|st| matches!(&*st, IterState::Seq { .. })),
        _ => false,
    }
}
