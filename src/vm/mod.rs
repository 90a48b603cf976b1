//! The virtual machine: register stack, frames, object construction helpers and the
//! entry points that run a module or call a Python value from native code.

pub mod call;
pub mod dispatch;
pub mod interp;
pub mod interrupt;
pub mod specialize;
pub mod stats;
pub mod traceback;

use crate::bytecode::opcodes::{Instr, Op};
use crate::bytecode::Code;
use crate::heap::{Collection, Heap};
use crate::objects::types::BuiltinTypes;
use crate::objects::{BuiltinFn, Dict, ExcObj, NativeFn, ObjKind, StrObj};
use crate::value::Value;
use num_bigint::BigInt;
use num_traits::ToPrimitive;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use std::time::Instant;

/// A direct-mapped cache of method lookups on builtin types: (type, interned name) to
/// the unbound native method. Builtin type dicts never change after start-up and the
/// types and interned names are GC roots, so entries stay valid; a mutable class
/// (a later issue) must not be entered here, or must flush it when it changes.
pub struct MethodCache {
    entries: Box<[(Value, Value, Value)]>,
}

const METHOD_CACHE_SIZE: usize = 512;

impl MethodCache {
    fn new() -> MethodCache {
        MethodCache { entries: vec![(Value::NULL, Value::NULL, Value::NULL); METHOD_CACHE_SIZE].into_boxed_slice() }
    }
    #[inline]
    fn slot(t: Value, name: Value) -> usize {
        ((t.0 >> 4) ^ (name.0 >> 6)) as usize % METHOD_CACHE_SIZE
    }
    #[inline]
    pub fn get(&self, t: Value, name: Value) -> Option<Value> {
        let e = self.entries[Self::slot(t, name)];
        if e.0 == t && e.1 == name {
            Some(e.2)
        } else {
            None
        }
    }
    pub fn put(&mut self, t: Value, name: Value, m: Value) {
        self.entries[Self::slot(t, name)] = (t, name, m);
    }
}

const ATTR_CACHE_BITS: u32 = 10;
const ATTR_CACHE_SIZE: usize = 1 << ATTR_CACHE_BITS;

/// An `attr_cache` entry: looking `name` up along the MRO of `class` during `epoch`
/// finds entry `index` of class dict `dict`, or nothing when `dict` is NULL.
#[derive(Clone, Copy)]
struct AttrEntry {
    class: Value,
    name: Value,
    epoch: u32,
    index: u32,
    dict: Value,
}

impl AttrEntry {
    const EMPTY: AttrEntry = AttrEntry { class: Value::NULL, name: Value::NULL, epoch: 0, index: 0, dict: Value::NULL };
}

/// Interned special method names (filled in `Vm::new`).
pub struct SpecialNames {
    pub getattribute: Value,
    pub getattr: Value,
    pub setattr: Value,
    pub delattr: Value,
    pub init: Value,
    pub new: Value,
    /// `__add__`, `__sub__`... and `__radd__`, `__rsub__`..., by `BinOp`.
    pub binary: [Value; 13],
    pub reflected: [Value; 13],
    /// `__iadd__`, `__isub__`..., by `BinOp`.
    pub inplace: [Value; 13],
}

/// A raised Python exception travelling through native code: the exception object.
#[derive(Clone, Copy, Debug)]
pub struct PyErr(pub Value);

pub type PyResult<T> = Result<T, PyErr>;

/// Values in the register stack of all frames.
pub const STACK_SLOTS: usize = 1 << 22;

pub struct Frame {
    pub code: Value,
    pub globals: Value,
    /// The namespace dict of a class body (`LoadName`/`StoreName`), else NULL.
    pub locals: Value,
    /// For an `__init__` run by a class call: the new instance, which the call
    /// returns; else NULL.
    pub init_self: Value,
    /// The frame's registers: main-stack slots from `base` on, or a suspended
    /// generator's own register buffer.
    pub regs: *mut Value,
    /// The main-stack slot where this frame's window starts: its registers for an
    /// ordinary frame; for a generator frame, where the arguments of its calls are
    /// copied (its registers live in the generator).
    pub base: usize,
    /// First main-stack slot above this frame's window, where a callee may start.
    pub top: usize,
    pub pc: usize,
    /// Where the return value goes (a register of the caller, or a slot of the native
    /// caller's result).
    pub ret_dst: *mut Value,
    /// The generator whose frame this is, else NULL.
    pub gen: Value,
    /// Bit set of `FRAME_ENTRY`, `FRAME_OUTLIVED_GC` and `FRAME_SINK`, tested once on
    /// return (and on a generator's yield).
    pub flags: u8,
}

/// Returning from the frame returns from the `run` call that pushed it.
pub const FRAME_ENTRY: u8 = 1;
/// The frame runs `a.__op__(b)` for a binary instruction of the caller (`AddInstance`
/// ...): a NotImplemented result goes on to the reflected method and the builtin
/// behaviour (`Cx::binary_not_implemented`) instead of being the result.
pub const FRAME_BINARY: u8 = 4;
/// A generator frame run by `generator::drive`: its yields go to the innermost
/// `Vm::gen_sinks` entry, and it goes on without leaving the run.
pub const FRAME_SINK: u8 = 8;
/// A collection ran while the frame was live: on return it tells the heap what its
/// registers held (`Vm::frame_outlived_collection`).
pub const FRAME_OUTLIVED_GC: u8 = 2;

impl Frame {
    /// An ordinary frame whose registers start at main-stack slot `base`.
    #[inline(always)]
    pub fn new(vm: &Vm, code: Value, globals: Value, base: usize, nregs: usize, ret_dst: *mut Value) -> Frame {
        Frame {
            code,
            globals,
            locals: Value::NULL,
            init_self: Value::NULL,
            regs: vm.slot_ptr(base),
            base,
            top: base + nregs,
            pc: 0,
            ret_dst,
            gen: Value::NULL,
            flags: 0,
        }
    }

    /// Returning from this frame returns from the `run` call that pushed it.
    #[inline(always)]
    pub fn is_entry(&self) -> bool {
        self.flags & FRAME_ENTRY != 0
    }
}

pub struct Vm {
    pub heap: Heap,
    stack: *mut Value,
    pub frames: Vec<Frame>,
    pub types: BuiltinTypes,
    pub builtins: Value,
    /// `__build_class__`, which the class statement calls (`LoadBuildClass`).
    pub build_class: Value,
    /// The builtin `super`, which `LoadSuperMethodCached` checks the global against.
    pub super_fn: Value,
    /// Identifiers as shared str objects; hashbrown's default hasher, since special
    /// method names are looked up here on every call through them.
    interned: hashbrown::HashMap<Box<str>, Value>,
    /// Attribute lookups along the MRO of classes defined in Python, cached:
    /// (class, name, epoch) -> found value or NULL.
    attr_cache: Box<[AttrEntry; ATTR_CACHE_SIZE]>,
    /// The class epoch: bumped whenever a class defined in Python is created or
    /// changed in a way that can change what a lookup finds (a key added or removed,
    /// anything but plain data rebound in place), which invalidates every
    /// `attr_cache` entry and every instance, class-call and operator cache at once.
    pub type_epoch: u32,
    /// Special method names used on hot paths, interned once.
    pub names: SpecialNames,
    /// Instance shapes, for the VM's whole life (see `objects::shape`).
    pub shapes: crate::objects::shape::Shapes,
    /// The exception being handled by the innermost except/finally clause (or None).
    pub handled: Value,
    /// Values native code keeps alive across calls back into Python.
    pub roots: Vec<Value>,
    /// Old generators suspended since the last collection: their registers were
    /// written without barriers, so a minor collection takes them as roots.
    pub dirty_generators: Vec<Value>,
    /// The native consumers of the generators `generator::drive` runs, innermost last.
    pub gen_sinks: Vec<crate::objects::generator::Sink>,
    pub recursion_limit: usize,
    /// Native re-entries of the interpreter loop, counted against the recursion limit too.
    pub native_depth: usize,
    pub max_steps: Option<u64>,
    pub sources: HashMap<Rc<str>, Rc<str>>,
    pub repr_depth: usize,
    /// Containers whose repr is in progress, so a self-containing list prints `[...]`.
    pub repr_stack: Vec<Value>,
    /// Buffered standard output, flushed when large, before stderr output and at exit.
    pub out: Vec<u8>,
    pub method_cache: MethodCache,
    /// The one-character ASCII strings, shared as CPython shares its Latin-1 singletons.
    ascii_chars: Vec<Value>,
    /// How the interpreter loop reaches the next instruction (`--dispatch`).
    pub dispatch: dispatch::Dispatch,
    /// Whether instructions rewrite themselves into specialized forms (`--no-specialize` clears it).
    pub specialize: bool,
    /// Drop program output instead of writing it to stdout (in-process benchmarks).
    pub discard_output: bool,
    /// Run the counting variant of the dispatch loop (`--stats`).
    pub count_stats: bool,
    pub stats: Box<stats::Stats>,
    /// Where a threaded-dispatch run leaves its result for the trampoline.
    pub run_result: Option<PyResult<Value>>,
    /// `sys.modules`, `sys.path`, the standard streams: the module system's state.
    pub module_state: crate::modules::ModuleState,
}

impl Drop for Vm {
    fn drop(&mut self) {
        // SAFETY: `stack` was allocated in `Vm::new` with this exact layout and is freed once.
        unsafe { std::alloc::dealloc(self.stack as *mut u8, Self::stack_layout()) }
    }
}

impl Vm {
    fn stack_layout() -> std::alloc::Layout {
        std::alloc::Layout::array::<Value>(STACK_SLOTS).expect("stack layout")
    }

    pub fn new() -> Vm {
        // SAFETY: the layout has non-zero size; the zeroed pages are committed lazily by the OS.
        let stack = unsafe { std::alloc::alloc_zeroed(Self::stack_layout()) } as *mut Value;
        if stack.is_null() {
            std::alloc::handle_alloc_error(Self::stack_layout());
        }
        let mut heap = Heap::new();
        let types = BuiltinTypes::new(&mut heap);
        let module_state = crate::modules::ModuleState::new(&mut heap);
        let mut vm = Vm {
            heap,
            stack,
            frames: Vec::with_capacity(64),
            types,
            builtins: Value::NONE,
            build_class: Value::NONE,
            super_fn: Value::NULL,
            interned: hashbrown::HashMap::new(),
            attr_cache: Box::new([AttrEntry::EMPTY; ATTR_CACHE_SIZE]),
            type_epoch: 1,
            shapes: Default::default(),
            names: SpecialNames {
                getattribute: Value::NULL,
                getattr: Value::NULL,
                setattr: Value::NULL,
                delattr: Value::NULL,
                init: Value::NULL,
                new: Value::NULL,
                binary: [Value::NULL; 13],
                reflected: [Value::NULL; 13],
                inplace: [Value::NULL; 13],
            },
            handled: Value::NONE,
            roots: Vec::new(),
            dirty_generators: Vec::new(),
            gen_sinks: Vec::new(),
            recursion_limit: 1000,
            native_depth: 0,
            max_steps: None,
            sources: HashMap::new(),
            repr_depth: 0,
            repr_stack: Vec::new(),
            out: Vec::with_capacity(1 << 16),
            method_cache: MethodCache::new(),
            ascii_chars: Vec::new(),
            dispatch: dispatch::Dispatch::default(),
            specialize: true,
            discard_output: false,
            count_stats: false,
            stats: Box::default(),
            run_result: None,
            module_state,
        };
        vm.ascii_chars = (0u8..128).map(|b| vm.new_str(std::str::from_utf8(&[b]).unwrap_or("?"))).collect();
        crate::objects::types::init_type_dicts(&mut vm);
        crate::modules::file::init_types(&mut vm);
        vm.builtins = crate::builtins::make_builtins(&mut vm);
        vm.build_class = vm.new_builtin("__build_class__", crate::objects::class::build_class);
        vm.names = SpecialNames {
            getattribute: vm.intern("__getattribute__"),
            getattr: vm.intern("__getattr__"),
            setattr: vm.intern("__setattr__"),
            delattr: vm.intern("__delattr__"),
            init: vm.intern("__init__"),
            new: vm.intern("__new__"),
            binary: crate::bytecode::opcodes::BinOp::ALL.map(|op| vm.intern(crate::objects::class::binary_names(op).0)),
            reflected: crate::bytecode::opcodes::BinOp::ALL.map(|op| vm.intern(crate::objects::class::binary_names(op).1)),
            inplace: crate::bytecode::opcodes::BinOp::ALL.map(|op| vm.intern(&format!("__i{}", &crate::objects::class::binary_names(op).0[2..]))),
        };
        vm
    }

    // ------------------------------------------------------------------ stack access

    /// Pointer to stack slot `i`; the interpreter keeps `i < STACK_SLOTS` by checking
    /// every frame's extent when the frame is pushed.
    #[inline(always)]
    pub fn slot_ptr(&self, i: usize) -> *mut Value {
        debug_assert!(i < STACK_SLOTS);
        // SAFETY: callers index within the allocation (see the frame-push checks).
        unsafe { self.stack.add(i) }
    }
    #[inline(always)]
    pub fn slot(&self, i: usize) -> Value {
        // SAFETY: as for slot_ptr.
        unsafe { *self.slot_ptr(i) }
    }
    #[inline(always)]
    pub fn set_slot(&mut self, i: usize, v: Value) {
        // SAFETY: as for slot_ptr.
        unsafe { *self.slot_ptr(i) = v }
    }

    /// Sets up a new frame's registers from `from` (past its arguments) on: locals
    /// unbound, the constant registers, temporaries unbound (the collector scans them).
    #[inline(always)]
    pub fn init_registers(&mut self, code: &Code, base: usize, from: usize) {
        let cb = code.const_base();
        let temps = cb + code.const_regs.len();
        for i in from..cb {
            self.set_slot(base + i, Value::UNBOUND);
        }
        for (k, &v) in code.const_regs.iter().enumerate() {
            self.set_slot(base + cb + k, v);
        }
        for i in temps.max(from)..code.nregs as usize {
            self.set_slot(base + i, Value::UNBOUND);
        }
    }

    /// The frame just popped (its code and base), which was live at the last collection and returns `ret`: its
    /// own registers (not its parameters, which the caller passed and may still hold,
    /// nor constants) are dropped, and may have held the last reference to old data.
    #[cold]
    #[inline(never)]
    pub fn frame_outlived_collection(&mut self, code: Value, regs: *mut Value, ret: Value) {
        let Some(code) = code.as_code() else { return };
        let cb = code.const_base();
        let temps = cb + code.const_regs.len();
        let own = (code.total_params()..cb).chain(temps..code.nregs as usize);
        for i in own {
            // SAFETY: the frame was just popped; its registers (below nregs) are still
            // in place, as nothing has run since.
            let v = unsafe { *regs.add(i) };
            if v != ret {
                self.heap.note_dropped(v);
            }
        }
    }

    /// Clears the registers of just-returned frame `f` that lie inside its caller's
    /// window. A frame's window begins at its caller's argument registers, so the
    /// collector would otherwise keep what those registers still hold (a list the
    /// function built and dropped) alive until the caller reuses them; the caller holds
    /// nothing live there, as the call clobbered them. Done only for frames that
    /// outlived a collection: a short call's leftovers are young, few, and overwritten
    /// by the next call made from the same place (doing it on every return cost fib 5%
    /// more instructions).
    #[cold]
    #[inline(never)]
    pub fn clear_returned_window(&mut self, f: &Frame) {
        let caller_top = self.frames.last().map_or(f.base, |c| c.top);
        for slot in f.base..caller_top {
            self.set_slot(slot, Value::NONE);
        }
    }

    /// First stack slot above the top frame's registers, where a new frame may start.
    #[inline]
    pub fn frame_top(&self) -> usize {
        match self.frames.last() {
            Some(f) => f.top,
            None => 0,
        }
    }

    /// First stack slot above every live frame.
    pub fn stack_top(&self) -> usize {
        self.frames.iter().map(|f| f.top).max().unwrap_or(0)
    }

    // ------------------------------------------------------------------ output

    pub fn write_out(&mut self, s: &str) {
        self.write_out_bytes(s.as_bytes());
    }

    /// Bytes for standard output (`sys.stdout.buffer.write`), in order with `print`.
    pub fn write_out_bytes(&mut self, b: &[u8]) {
        self.out.extend_from_slice(b);
        if self.out.len() >= 1 << 16 {
            self.flush_out();
        }
    }

    pub fn flush_out(&mut self) {
        use std::io::Write;
        if self.discard_output {
            self.out.clear();
        }
        if !self.out.is_empty() {
            let mut so = std::io::stdout().lock();
            let _ = so.write_all(&self.out);
            let _ = so.flush();
            self.out.clear();
        }
    }

    // ------------------------------------------------------------------ GC

    /// Collects if the heap asks for it. Called only at safepoints.
    #[inline(always)]
    pub fn safepoint(&mut self) {
        if self.heap.wants_collect() && self.heap.enabled {
            self.collect();
        }
    }

    #[cold]
    #[inline(never)]
    pub fn collect(&mut self) {
        // first, as what the cleared registers held may call for a full collection
        self.clear_pending_call_results();
        if self.heap.stress {
            // A minor collection, then a full one whose marking checks that the minor one
            // freed nothing still reachable: every missing write barrier shows up here.
            self.collect_as(Collection::Minor);
            self.collect_as(Collection::Major);
        } else {
            let kind = self.heap.due_collection();
            self.collect_as(kind);
        }
    }

    /// Runs one collection of the given kind from the VM's roots.
    pub fn collect_as(&mut self, kind: Collection) {
        let started = Instant::now();
        let top = self.stack_top();
        for i in 0..top {
            let v = self.slot(i);
            self.heap.mark_root(kind, v);
        }
        for i in 0..self.frames.len() {
            let f = &mut self.frames[i];
            f.flags |= FRAME_OUTLIVED_GC;
            let (c, g, l, s) = (f.code, f.globals, f.locals, f.init_self);
            self.heap.mark_root(kind, c);
            self.heap.mark_root(kind, g);
            self.heap.mark_root(kind, l);
            self.heap.mark_root(kind, s);
            let gen = f.gen;
            if let Some(g) = gen.as_generator() {
                // a running generator's registers are written without barriers, so
                // they are roots even when the generator itself is old
                self.heap.mark_root(kind, gen);
                for r in g.regs.borrow().iter() {
                    self.heap.mark_root(kind, r.get());
                }
            }
        }
        for gen in std::mem::take(&mut self.dirty_generators) {
            if let Some(g) = gen.as_generator() {
                g.dirty.set(false);
                for r in g.regs.borrow().iter() {
                    self.heap.mark_root(kind, r.get());
                }
                self.heap.mark_root(kind, g.handled.get());
            }
        }
        self.heap.mark_root(kind, self.builtins);
        self.heap.mark_root(kind, self.build_class);
        self.heap.mark_root(kind, self.handled);
        for v in self.types.all() {
            self.heap.mark_root(kind, v);
        }
        for i in 0..self.ascii_chars.len() {
            let v = self.ascii_chars[i];
            self.heap.mark_root(kind, v);
        }
        // method-cache entries point at types, interned names and type-dict methods,
        // all reachable from the roots above
        for &v in self.interned.values() {
            self.heap.mark_root(kind, v);
        }
        for i in 0..self.roots.len() {
            let v = self.roots[i];
            self.heap.mark_root(kind, v);
        }
        for v in self.module_state.roots() {
            self.heap.mark_root(kind, v);
        }
        self.heap.finish_collection(kind, started);
    }

    /// Empties the result registers of the calls the suspended frames are waiting on.
    /// Such a register still holds whatever the expression that last used it left
    /// there (in `total += check(build())`, the previous round's structure while the
    /// next one is being built), and the call will overwrite it; CPython would have
    /// freed that value already. Only temporaries are cleared: a named local keeps its
    /// old value when the call raises, and a handler may read it.
    fn clear_pending_call_results(&mut self) {
        let heap = &mut self.heap;
        for pair in self.frames.windows(2) {
            let (f, callee) = (&pair[0], &pair[1]);
            // A frame's saved pc is only current when it made the call that pushed the
            // frame above it, which then returns into the call's result register.
            if callee.flags & FRAME_ENTRY != 0 {
                continue;
            }
            let Some(code) = f.code.as_code() else { continue };
            let Some(word) = f.pc.checked_sub(1).and_then(|pc| code.instrs.get(pc)) else { continue };
            let ins = Instr(word.get());
            let window = match ins.op().family() {
                Op::Call => ins.b() + 1,
                Op::CallMethod => ins.b() + 2,
                _ => continue,
            };
            let (dst, first_temp) = (ins.c(), code.nlocals as usize + code.const_regs.len());
            let in_window = dst >= ins.a() && dst < ins.a() + window;
            if dst >= first_temp && dst < code.nregs as usize && !in_window && std::ptr::eq(callee.ret_dst, f.regs.wrapping_add(dst)) {
                // SAFETY: dst is below the frame's register count, and a suspended
                // frame's registers stay in place (main stack or generator buffer).
                let old = unsafe { std::mem::replace(&mut *f.regs.add(dst), Value::NONE) };
                // like a returning frame's registers, what it held may be a big
                // structure nothing else refers to (see `Heap::note_dropped`)
                heap.note_dropped(old);
            }
        }
    }

    // ------------------------------------------------------------------ constructors

    #[inline]
    pub fn alloc(&mut self, kind: ObjKind) -> Value {
        self.heap.alloc(kind)
    }

    /// `name` along the MRO of class `t`, through a cache for classes defined in
    /// Python (builtin classes never change, and their lookups are cheap enough).
    /// Entries hold no references of their own: a hit needs `t` alive and its MRO's
    /// keys unchanged since the epoch, so the dict is still reachable from `t`'s MRO.
    /// They name the dict entry rather than the value, which plain data rebound in
    /// place changes without moving the epoch (`class::class_setattr`).
    #[inline(always)]
    pub fn lookup_attr(&mut self, t: Value, name: Value) -> Option<Value> {
        let tt = t.as_type()?;
        if !tt.heap_type {
            return tt.lookup(name);
        }
        // Objects sit in 56-byte slots, so a name's address over 8 steps by 7 (odd)
        // from one slot to the next: names allocated together (interned names mostly
        // are) fall in distinct sets for one class; the class's address, scrambled,
        // moves the whole pattern per class. Two ways per set absorb the collisions
        // left between classes.
        let class_bits = (t.0 >> 3).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - ATTR_CACHE_BITS);
        let set = ((class_bits ^ (name.0 >> 3)) as usize) & (ATTR_CACHE_SIZE - 2);
        let epoch = self.type_epoch;
        let hit = |e: &AttrEntry| e.class == t && e.name == name && e.epoch == epoch;
        let e = if hit(&self.attr_cache[set]) {
            &self.attr_cache[set]
        } else if hit(&self.attr_cache[set | 1]) {
            &self.attr_cache[set | 1]
        } else {
            return self.fill_attr_cache(set, t, name);
        };
        let d = e.dict.as_dict()?;
        let v = d.borrow().value_at(e.index as usize);
        Some(v)
    }

    /// A miss of `lookup_attr`: the MRO lookup, cached in the first way of `set` (its
    /// entry moves to the second).
    #[inline(never)]
    fn fill_attr_cache(&mut self, set: usize, t: Value, name: Value) -> Option<Value> {
        let found = t.as_type().and_then(|tt| tt.lookup_entry(name));
        self.attr_cache[set | 1] = self.attr_cache[set];
        let (dict, index) = found.unwrap_or((Value::NULL, 0));
        let entry = AttrEntry { class: t, name, epoch: self.type_epoch, index: index as u32, dict };
        // an index beyond u32 (a class dict of four billion entries) is not cached
        if index <= u32::MAX as usize {
            self.attr_cache[set] = entry;
        }
        let d = dict.as_dict()?;
        let v = d.borrow().value_at(index);
        Some(v)
    }

    /// Invalidates the attribute cache: a class defined in Python was made or changed.
    pub fn classes_changed(&mut self) {
        self.type_epoch = self.type_epoch.wrapping_add(1);
        if self.type_epoch == 0 {
            // a wrapped epoch could match ancient entries: clear them
            for e in self.attr_cache.iter_mut() {
                *e = AttrEntry::EMPTY;
            }
            self.type_epoch = 1;
        }
    }

    /// Must follow every store of `v` into an object that already existed (see
    /// `Heap::write_barrier`).
    #[inline(always)]
    pub fn write_barrier(&mut self, container: Value, v: Value) {
        self.heap.write_barrier(container, v)
    }

    /// `write_barrier` for each of `items`.
    pub fn write_barrier_all(&mut self, container: Value, items: &[Value]) {
        self.heap.write_barrier_all(container, items)
    }

    pub fn new_str(&mut self, s: &str) -> Value {
        self.alloc(ObjKind::Str(StrObj::new(s)))
    }
    /// str(i) for an inline int, formatted without a heap String.
    pub fn new_int_str(&mut self, i: i64) -> Value {
        let d = crate::objects::numfmt::DecimalI64::new(i);
        self.new_str(d.as_str())
    }

    /// A one-character string.
    #[inline]
    pub fn new_char(&mut self, c: char) -> Value {
        if (c as u32) < 128 {
            return self.ascii_chars[c as usize];
        }
        let mut buf = [0u8; 4];
        self.new_str(c.encode_utf8(&mut buf))
    }
    pub fn new_string(&mut self, s: String) -> Value {
        self.alloc(ObjKind::Str(StrObj::from_string(s)))
    }
    /// True when `v` is the shared str object `intern` gives for its text.
    pub fn is_interned(&self, v: Value) -> bool {
        v.as_str().is_some_and(|s| self.interned.get(s) == Some(&v))
    }
    /// The shared str object for an identifier.
    pub fn intern(&mut self, s: &str) -> Value {
        if let Some(&v) = self.interned.get(s) {
            return v;
        }
        let v = self.new_str(s);
        self.interned.insert(s.into(), v);
        v
    }
    pub fn new_list(&mut self, items: Vec<Value>) -> Value {
        self.alloc(ObjKind::List(RefCell::new(items)))
    }
    pub fn new_tuple(&mut self, items: Vec<Value>) -> Value {
        if items.is_empty() {
            return self.types.empty_tuple;
        }
        self.alloc(ObjKind::Tuple(crate::objects::TupleObj::new(items)))
    }
    /// `new_tuple` from a slice, with no Vec allocated for small tuples.
    pub fn new_tuple_from(&mut self, items: &[Value]) -> Value {
        if items.is_empty() {
            return self.types.empty_tuple;
        }
        self.alloc(ObjKind::Tuple(crate::objects::TupleObj::from_slice(items)))
    }
    pub fn new_dict(&mut self) -> Value {
        self.alloc(ObjKind::Dict(RefCell::new(Dict::new())))
    }
    pub fn new_code(&mut self, code: Code) -> Value {
        self.alloc(ObjKind::Code(Box::new(code)))
    }
    pub fn new_builtin(&mut self, name: &'static str, func: NativeFn) -> Value {
        self.alloc(ObjKind::Builtin(BuiltinFn { name, func, self_: Value::NULL, owner: Value::NULL }))
    }
    /// An int from an i64, inline when it fits.
    #[inline]
    pub fn new_int(&mut self, i: i64) -> Value {
        match Value::try_int(i) {
            Some(v) => v,
            None => self.alloc(ObjKind::MedInt(i)),
        }
    }
    pub fn new_int_i128(&mut self, i: i128) -> Value {
        match i64::try_from(i) {
            Ok(x) => self.new_int(x),
            Err(_) => self.alloc(ObjKind::BigInt(BigInt::from(i))),
            // (values that fit an i64 go through new_int above)
        }
    }
    /// An int from a big integer, normalized back to inline form when it fits.
    pub fn new_int_big(&mut self, b: BigInt) -> Value {
        if let Some(i) = b.to_i64() {
            return self.new_int(i);
        }
        self.alloc(ObjKind::BigInt(b))
    }

    // ------------------------------------------------------------------ errors

    /// Instantiates exception class `cls` with a single message argument.
    pub fn new_exc(&mut self, cls: Value, msg: &str) -> Value {
        let m = self.new_str(msg);
        let args = self.new_tuple_from(&[m]);
        self.alloc(ObjKind::Exception(Box::new(ExcObj::new(cls, args))))
    }
    pub fn new_exc_args(&mut self, cls: Value, args: Vec<Value>) -> Value {
        let args = self.new_tuple(args);
        self.alloc(ObjKind::Exception(Box::new(ExcObj::new(cls, args))))
    }
    #[cold]
    pub fn err(&mut self, cls: Value, msg: &str) -> PyErr {
        PyErr(self.new_exc(cls, msg))
    }
    #[cold]
    pub fn type_error(&mut self, msg: impl AsRef<str>) -> PyErr {
        let c = self.types.type_error;
        self.err(c, msg.as_ref())
    }
    #[cold]
    pub fn value_error(&mut self, msg: impl AsRef<str>) -> PyErr {
        let c = self.types.value_error;
        self.err(c, msg.as_ref())
    }
    #[cold]
    pub fn index_error(&mut self, msg: impl AsRef<str>) -> PyErr {
        let c = self.types.index_error;
        self.err(c, msg.as_ref())
    }
    #[cold]
    pub fn zero_div(&mut self, msg: impl AsRef<str>) -> PyErr {
        let c = self.types.zero_division_error;
        self.err(c, msg.as_ref())
    }
    #[cold]
    pub fn overflow_error(&mut self, msg: impl AsRef<str>) -> PyErr {
        let c = self.types.overflow_error;
        self.err(c, msg.as_ref())
    }
    #[cold]
    pub fn attr_error(&mut self, msg: impl AsRef<str>) -> PyErr {
        let c = self.types.attribute_error;
        self.err(c, msg.as_ref())
    }
    #[cold]
    pub fn key_error(&mut self, key: Value) -> PyErr {
        let c = self.types.key_error;
        PyErr(self.new_exc_args(c, vec![key]))
    }
    #[cold]
    pub fn name_error(&mut self, name: &str) -> PyErr {
        let c = self.types.name_error;
        self.err(c, &format!("name '{}' is not defined", name))
    }
    #[cold]
    pub fn runtime_error(&mut self, msg: impl AsRef<str>) -> PyErr {
        let c = self.types.runtime_error;
        self.err(c, msg.as_ref())
    }
    #[cold]
    pub fn recursion_error(&mut self) -> PyErr {
        let c = self.types.recursion_error;
        self.err(c, "maximum recursion depth exceeded")
    }

    /// The Python type name of a value, as used in error messages.
    pub fn type_name(&self, v: Value) -> String {
        let t = self.type_of(v);
        match t.as_type() {
            // a type a module defines natively is named with its module, as CPython's
            // C types (`itertools.repeat`, `_io.TextIOWrapper`)
            Some(t) if !t.heap_type && t.module != "builtins" => format!("{}.{}", t.module, t.name),
            Some(t) => t.name.clone(),
            None => "object".into(),
        }
    }

    // ------------------------------------------------------------------ running code

    /// Compiles and runs `source` as the `__main__` module; `filename` names it in
    /// tracebacks and, unless it is a pseudo-name like `<string>`, is its `__file__`.
    pub fn run_source(&mut self, source: &str, filename: &str) -> Result<Value, RunError> {
        self.sources.insert(Rc::from(filename), Rc::from(source));
        let code = crate::compiler::compile_module(self, source, filename).map_err(RunError::Syntax)?;
        self.roots.push(code);
        let file = (!filename.starts_with('<')).then_some(filename);
        let globals = crate::modules::import::new_main_module(self, file);
        self.roots.push(globals);
        if let Some(doc) = code.as_code().map(|c| c.doc).filter(|d| !d.is_none()) {
            crate::objects::module::set_entry(self, globals, "__doc__", doc);
        }
        let r = self.run_code(code, globals);
        self.roots.truncate(self.roots.len() - 2);
        r.map_err(RunError::Exception)
    }

    /// Runs a module-level code object in `globals`.
    pub fn run_code(&mut self, code: Value, globals: Value) -> PyResult<Value> {
        let base = self.stack_top();
        let nregs = code.as_code().map(|c| c.nregs as usize).unwrap_or(1);
        if base + nregs + 1 >= STACK_SLOTS {
            return Err(self.recursion_error());
        }
        if let Some(c) = code.as_code() {
            self.init_registers(c, base, 0);
        }
        // the result slot sits just below the frame's base
        let mut f = Frame::new(self, code, globals, base, nregs, self.slot_ptr(base));
        f.flags = FRAME_ENTRY;
        self.frames.push(f);
        let outer = interrupt::enter(self.heap.threshold_cell());
        let result = dispatch::run(self);
        interrupt::leave(outer);
        result
    }

    /// The KeyboardInterrupt a Ctrl-C raises at a safepoint (`interrupt`).
    #[cold]
    #[inline(never)]
    pub fn keyboard_interrupt(&mut self) -> PyErr {
        interrupt::clear();
        self.heap.rearm_threshold();
        let c = self.types.keyboard_interrupt;
        PyErr(self.new_exc_args(c, Vec::new()))
    }
}

impl Default for Vm {
    fn default() -> Self {
        Vm::new()
    }
}

pub enum RunError {
    Syntax(crate::compiler::CompileError),
    Exception(PyErr),
}
