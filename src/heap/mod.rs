//! The heap and its precise, non-moving, generational mark-and-sweep collector.
//!
//! Every heap object is an [`Obj`] in a slot of a chunk of equal-sized slots; it never
//! moves, so a `Value` can hold its address. Allocation pops a free slot and lists the
//! new object in the nursery. Collection happens only at interpreter safepoints (calls
//! and loop back-edges); the VM hands the collector its roots (registers of live
//! frames, globals, builtins, type objects, explicit temporary roots). Most collections
//! are minor: they trace only young objects and sweep only the nursery, so their cost
//! follows what survives, not what is live. When the old generation has grown by half
//! since the last full collection, or when returning functions dropped what looks like
//! half of it (`Heap::note_dropped`), a full one marks everything and sweeps every chunk
//! in address order (no pointer chasing).

pub mod system_alloc;

use crate::objects::ObjKind;
use crate::value::Value;
use std::cell::Cell;
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};
use std::time::{Duration, Instant};

/// Every heap object takes one `Obj`-sized slot, so each byte of `ObjKind`'s largest
/// payload is paid by every object: keep payloads at 40 bytes or less (box the rest).
const _: () = assert!(std::mem::size_of::<Obj>() == 56);

pub struct Obj {
    /// Bit set of `MARK`, `OLD`, `RECORDED` and `FREE`; 0 is a young object that no
    /// old object has been given.
    state: Cell<u8>,
    pub kind: ObjKind,
}

/// Reached during the current collection's marking.
const MARK: u8 = 1;
/// Survived a collection: only a full collection may free it.
const OLD: u8 = 2;
/// A young object stored into an old one since the last collection, listed in
/// `Heap::remembered`.
const RECORDED: u8 = 4;
/// An old instance or cell given a young object since the last collection, listed in
/// `Heap::remembered_containers`.
const REMEMBERED_CONTAINER: u8 = 8;
/// The slot holds no object; `kind` is dead (it holds the free-list link).
const FREE: u8 = 0x80;

/// Slots per chunk: 224 KiB (56 pages) of 56-byte objects.
const CHUNK_SLOTS: usize = 4096;
/// The most young objects the nursery list records between two collections: twice a
/// full nursery's worth of objects with no payload.
const NURSERY_LIST_MAX: usize = 2 * NURSERY_MAX_BYTES / std::mem::size_of::<Obj>();
/// Empty chunks a full collection keeps for the allocations that follow: a largest
/// nursery's worth of objects with no payload.
const EMPTY_CHUNKS_KEPT: usize = NURSERY_MAX_BYTES / (CHUNK_SLOTS * std::mem::size_of::<Obj>());

type Chunk = Box<[std::mem::MaybeUninit<Obj>]>;

/// Hints the CPU to fetch the cache line at `p`; never faults, whatever `p` is.
#[inline(always)]
pub fn prefetch<T>(p: *const T) {
    #[cfg(target_arch = "x86_64")]
    // SAFETY: a prefetch is only a hint: it does not access memory architecturally and
    // cannot fault, even for an invalid address.
    unsafe {
        std::arch::x86_64::_mm_prefetch(p as *const i8, std::arch::x86_64::_MM_HINT_T0)
    };
    #[cfg(not(target_arch = "x86_64"))]
    let _ = p;
}

/// Prefetches the object a value points to, if it is a heap pointer.
#[inline(always)]
pub fn prefetch_value(v: Value) {
    if v.is_obj() {
        prefetch(v.obj_ptr() as *const Obj);
    }
}

pub struct GcStats {
    /// Collections of both kinds.
    pub collections: u64,
    /// Of which full (whole-heap) collections.
    pub major_collections: u64,
    pub time: Duration,
    pub bytes_allocated_total: u64,
    pub peak_heap: usize,
    pub objects_freed: u64,
}

/// Which objects a collection may free.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Collection {
    /// Only the objects allocated since the last collection; old objects are taken as
    /// live, and the young objects stored into old ones are taken as roots.
    Minor,
    /// Every object; the survivors all become old.
    Major,
}

/// Puts slot `p`, which holds no object, on the free list starting at `head`.
///
/// # Safety
/// `p` is a slot of one of the heap's chunks and holds no live object.
#[inline(always)]
unsafe fn push_free(head: &mut *mut Obj, p: *mut Obj) {
    std::ptr::addr_of_mut!((*p).state).write(Cell::new(FREE));
    (std::ptr::addr_of_mut!((*p).kind) as *mut *mut Obj).write(*head);
    *head = p;
}

/// The free slot after free slot `p`.
///
/// # Safety
/// `p` is a free slot (its kind area holds the link written by `push_free`).
#[inline(always)]
unsafe fn free_next(p: *mut Obj) -> *mut Obj {
    (std::ptr::addr_of!((*p).kind) as *const *mut Obj).read()
}

/// A marking step of one kind of collection.
trait Marker {
    fn mark(gray: &mut Vec<*const Obj>, v: Value);
}

/// Minor marking: only young objects are marked and traced; old ones are taken as live.
struct MarkYoung;
/// Full marking: every reachable object is marked.
struct MarkAll;

impl Marker for MarkYoung {
    #[inline(always)]
    fn mark(gray: &mut Vec<*const Obj>, v: Value) {
        if let Some(o) = v.as_obj() {
            if o.state.get() & !RECORDED == 0 {
                o.state.set(MARK);
                if !o.kind.is_leaf() {
                    gray.push(o as *const Obj);
                }
            }
        }
    }
}

impl Marker for MarkAll {
    #[inline(always)]
    fn mark(gray: &mut Vec<*const Obj>, v: Value) {
        if let Some(o) = v.as_obj() {
            let s = o.state.get();
            if s & (MARK | FREE) == 0 {
                o.state.set(s | MARK);
                if !o.kind.is_leaf() {
                    gray.push(o as *const Obj);
                }
            } else if s & FREE != 0 {
                reached_freed_object();
            }
        }
    }
}

/// A value still in use refers to a freed slot: a store into an old object was made
/// without `Heap::write_barrier`, and a minor collection freed what it stored. Going on
/// would read freed memory, so this stops the process; PVM_GC_STRESS=1 makes every
/// safepoint check for it.
#[cold]
#[inline(never)]
fn reached_freed_object() -> ! {
    eprintln!("pvm: internal error: a live value refers to a freed object (a write barrier is missing)");
    std::process::abort();
}

/// Marks the items of a list or tuple, prefetching a few ahead: items of big
/// containers are usually scattered over the heap.
#[inline(always)]
fn mark_items<M: Marker>(gray: &mut Vec<*const Obj>, items: &[Value]) {
    for (i, &v) in items.iter().enumerate() {
        if let Some(&ahead) = items.get(i + 8) {
            prefetch_value(ahead);
        }
        M::mark(gray, v);
    }
}

/// Items of a list or tuple marked in one step. A longer container is marked a slice at
/// a time, resuming only when the gray stack is empty: pushing all its children at once
/// (200,000 small lists in a list) grew the gray stack by 8 bytes per item for the
/// length of a full collection, which set the peak memory of programs holding big lists.
const MARK_SLICE: usize = 512;

/// The collector's to-do list while marking.
#[derive(Default)]
struct MarkStack {
    /// Marked objects whose children are still to be marked.
    gray: Vec<*const Obj>,
    /// Lists and tuples marked up to an index, to resume after the gray objects.
    slices: Vec<(*const Obj, usize)>,
}

/// The items of a list or tuple from `start` on, or nothing for another object.
fn container_items(o: &Obj, start: usize, f: impl FnOnce(&[Value])) {
    match &o.kind {
        ObjKind::List(l) => f(l.borrow().get(start..).unwrap_or(&[])),
        ObjKind::Tuple(t) => f(t.get(start..).unwrap_or(&[])),
        _ => {}
    }
}

/// Marks the items of container `o` from `start` on: at most a slice of them now, and
/// notes where to resume.
#[inline(always)]
fn mark_slice<M: Marker>(stack: &mut MarkStack, o: &Obj, start: usize) {
    let MarkStack { gray, slices } = stack;
    container_items(o, start, |items| {
        if items.len() > MARK_SLICE {
            mark_items::<M>(gray, &items[..MARK_SLICE]);
            slices.push((o as *const Obj, start + MARK_SLICE));
        } else {
            mark_items::<M>(gray, items);
        }
    });
}

/// Traces the gray objects and the rest of the sliced containers until none is left.
fn drain_gray<M: Marker>(stack: &mut MarkStack) {
    loop {
        while let Some(p) = stack.gray.pop() {
            // SAFETY: gray holds only objects reached during this collection; nothing is
            // freed until its sweep, so the pointer is live.
            let o = unsafe { &*p };
            trace_children::<M>(stack, o);
        }
        let Some((p, start)) = stack.slices.pop() else { break };
        // SAFETY: as for gray objects; no Python code runs while marking, so the
        // container has not changed since its first slice was marked.
        mark_slice::<M>(stack, unsafe { &*p }, start);
    }
}

#[inline(always)]
fn trace_children<M: Marker>(stack: &mut MarkStack, o: &Obj) {
    // the big containers are walked here directly, without a closure call per item
    match &o.kind {
        ObjKind::List(_) | ObjKind::Tuple(_) => mark_slice::<M>(stack, o, 0),
        kind => kind.trace(&mut |child: Value| M::mark(&mut stack.gray, child)),
    }
}

/// The size an object is counted at for pacing.
#[inline(always)]
fn object_size(kind: &ObjKind) -> usize {
    std::mem::size_of::<Obj>() + kind.extra_size()
}

/// Roughly what an object keeps alive: itself and, for a sequence (or an iterator over
/// one), as many objects like its first item as it has items.
fn retained_estimate(kind: &ObjKind) -> usize {
    fn items(own: usize, items: &[Value]) -> usize {
        let each = match items.first().and_then(|v| v.as_obj()).map(|o| &o.kind) {
            Some(ObjKind::Str(s)) => std::mem::size_of::<Obj>() + s.extra_bytes(),
            Some(_) => std::mem::size_of::<Obj>(),
            None => 0,
        };
        own + each * items.len()
    }
    // Native code that called back into Python may hold a list, dict or iterator
    // borrowed (a sort whose key function is returning): such an object counts as 0
    // rather than being borrowed again.
    match kind {
        ObjKind::List(l) => l.try_borrow().map_or(0, |l| items(l.capacity() * 8 + std::mem::size_of::<Obj>(), &l)),
        ObjKind::Tuple(t) => items(object_size(kind), t),
        ObjKind::Iter(it) => match it.try_borrow().as_deref() {
            Ok(crate::objects::IterState::Seq { seq, .. }) | Ok(crate::objects::IterState::Reversed { seq, .. }) => {
                std::mem::size_of::<Obj>() + seq.as_obj().map_or(0, |o| retained_estimate_shallow(&o.kind))
            }
            _ => std::mem::size_of::<Obj>(),
        },
        ObjKind::Dict(d) => d.try_borrow().map_or(0, |d| std::mem::size_of::<Obj>() + d.heap_size()),
        ObjKind::Instance(_) => std::mem::size_of::<Obj>(),
        _ => object_size(kind),
    }
}

/// `retained_estimate` without looking through iterators.
fn retained_estimate_shallow(kind: &ObjKind) -> usize {
    match kind {
        ObjKind::Iter(_) => object_size(kind),
        k => retained_estimate(k),
    }
}

/// The process's resident set in KiB, for the trace; 0 where it cannot be read.
fn resident_kib() -> usize {
    std::fs::read_to_string("/proc/self/statm")
        .ok()
        .and_then(|s| s.split_whitespace().nth(1).and_then(|r| r.parse::<usize>().ok()))
        .map_or(0, |pages| pages * 4)
}

/// A generational, non-moving mark-and-sweep heap.
///
/// New objects are young and listed in `nursery`. A minor collection marks from the
/// roots and from the young objects that were stored into old ones, but only through
/// young objects, and sweeps only the nursery: the survivors become old in place
/// (sticky mark bits). A full collection marks and sweeps everything. What makes a
/// minor collection sound: right after any collection no object is young, so an old
/// object can refer to a young one only through a store made since, and
/// `write_barrier` records every such young object. Recording the stored object rather
/// than the container keeps a minor collection's cost independent of the size of the
/// old containers written to (a million-item list that gets appended to, say).
pub struct Heap {
    chunks: Vec<Chunk>,
    /// Chunks a sweep found with no object: all slots free, none on the free list.
    empty: Vec<Chunk>,
    /// First free slot; each free slot holds the next one where its `kind` would be.
    free: *mut Obj,
    live: usize,
    /// Estimated bytes held by old objects plus everything allocated since the last collection.
    pub heap_bytes: usize,
    /// Estimated bytes of old objects (live at the last collection).
    old_bytes: usize,
    /// `heap_bytes` at which the next safepoint collects. Atomic only so that the
    /// SIGINT handler can zero it (`vm::interrupt`) and send the interpreter's next
    /// safepoint to its slow path; relaxed loads and stores are plain moves.
    next_gc: AtomicUsize,
    /// `old_bytes` at which the next collection is a full one.
    next_major: usize,
    /// Estimated bytes of old objects that returning frames held and dropped since the
    /// last full collection (see `note_dropped`).
    dropped_old: usize,
    /// `stats.bytes_allocated_total` at the end of the last full collection.
    allocated_at_major: u64,
    /// Bytes to allocate after a full collection before returning frames may ask for
    /// the next one: 0 while their guesses are borne out, growing while they are not.
    hint_backoff: usize,
    /// The next full collection was asked for by `note_dropped`.
    hinted: bool,
    /// Minor collections in a row that promoted more than an eighth of what they
    /// examined. One alone (start-up, a phase change) does not count: the biggest
    /// nursery ever used sets the process's peak, since freed pages are kept.
    busy_minors: u8,
    /// The young objects, in allocation order, unless `nursery_overflowed`.
    nursery: Vec<*mut Obj>,
    /// More objects were made between two safepoints than `NURSERY_LIST_MAX` (one
    /// native call such as a `split` of a long text): the list stopped recording, and
    /// the next minor collection finds the young objects by walking every chunk
    /// instead. Listing them all would cost 8 bytes each at the moment memory peaks.
    nursery_overflowed: bool,
    /// Young objects stored into old lists, dicts and other big containers since the
    /// last collection.
    remembered: Vec<*const Obj>,
    /// Old instances and cells that were given young objects since the last collection.
    /// Their attributes are overwritten over and over (`p.pos = p.pos + v`): taking
    /// every stored value as a root would promote all the values stored and replaced
    /// since the last collection, so a minor collection traces these containers'
    /// current contents instead.
    remembered_containers: Vec<*const Obj>,
    /// Collect at every safepoint (PVM_GC_STRESS=1).
    pub stress: bool,
    /// Print a line per collection to stderr (PVM_GC_TRACE=1).
    trace: bool,
    pub enabled: bool,
    pub stats: GcStats,
    mark_stack: MarkStack,
    /// The weak reference objects (`weakref.ref`), whose referents the collector does
    /// not trace; see `clear_weak_refs`.
    weak_refs: Vec<*const Obj>,
}

/// Most bytes allocated between two minor collections: young objects die while their
/// cache lines are still warm, and a minor collection's cost stays small.
const NURSERY_MAX_BYTES: usize = 2 << 20;
/// The nursery of a small heap whose young objects mostly die. The nursery costs about
/// 2.5 times its counted size in resident memory (payload allocations, allocator
/// pages), which dominated the peak of programs with little live data: 512 KiB instead
/// of 2 MiB took 3-4 MiB off them. Larger heaps keep larger nurseries (a quarter of the
/// old generation), and so do programs whose minor collections keep promoting more
/// than an eighth of what they examine: with a small nursery more of their objects are caught
/// half-built and promoted, full collections come more often, and binary_trees
/// executed 2.4% more instructions, oop_particles ran 10-20% longer.
const NURSERY_MIN_BYTES: usize = 512 << 10;
/// Old-generation size below which no full collection runs. Above it, a full collection
/// runs when the old generation has grown by half since the last one: garbage that
/// outlived a minor collection costs memory until then, and a factor of 2 left peak
/// RSS about 20% higher for no measurable gain in time. Objects that live for a few
/// minor cycles (oop_particles' vectors, each replaced one step later) pile up as old
/// garbage below this size; 2 MiB instead of 4 took 2 MiB off such programs' peaks
/// for 0.2-0.6% more instructions.
const MIN_MAJOR_BYTES: usize = 2 << 20;

impl Heap {
    pub fn new() -> Heap {
        let stress = std::env::var("PVM_GC_STRESS").map(|v| v == "1").unwrap_or(false);
        Heap {
            chunks: Vec::new(),
            empty: Vec::new(),
            free: std::ptr::null_mut(),
            live: 0,
            heap_bytes: 0,
            old_bytes: 0,
            next_gc: AtomicUsize::new(if stress { 0 } else { NURSERY_MIN_BYTES }),
            next_major: MIN_MAJOR_BYTES,
            dropped_old: 0,
            allocated_at_major: 0,
            hint_backoff: 0,
            hinted: false,
            busy_minors: 0,
            nursery: Vec::new(),
            nursery_overflowed: false,
            remembered: Vec::new(),
            remembered_containers: Vec::new(),
            stress,
            trace: std::env::var("PVM_GC_TRACE").is_ok_and(|v| v == "1"),
            enabled: true,
            stats: GcStats { collections: 0, major_collections: 0, time: Duration::ZERO, bytes_allocated_total: 0, peak_heap: 0, objects_freed: 0 },
            mark_stack: MarkStack::default(),
            weak_refs: Vec::new(),
        }
    }

    #[inline]
    pub fn alloc(&mut self, kind: ObjKind) -> Value {
        let size = object_size(&kind);
        self.heap_bytes += size;
        self.stats.bytes_allocated_total += size as u64;
        if self.heap_bytes > self.stats.peak_heap {
            self.stats.peak_heap = self.heap_bytes;
        }
        let p = if self.free.is_null() { self.grow() } else { self.free };
        // SAFETY: `p` is a free slot, whose kind area holds the next free slot.
        self.free = unsafe { free_next(p) };
        // SAFETY: `p` is a free slot of one of our chunks: its memory is ours and holds no
        // object, so writing a whole Obj over it drops nothing.
        unsafe { p.write(Obj { state: Cell::new(0), kind }) };
        if self.nursery.len() < self.nursery.capacity() {
            self.nursery.push(p);
        } else {
            self.nursery_full(p);
        }
        self.live += 1;
        Value::from_obj(p)
    }

    /// The nursery list is at capacity: grow it up to `NURSERY_LIST_MAX`, beyond that
    /// stop listing (`nursery_overflowed`).
    #[cold]
    #[inline(never)]
    fn nursery_full(&mut self, p: *mut Obj) {
        if self.nursery.len() < NURSERY_LIST_MAX {
            self.nursery.push(p);
        } else {
            self.nursery_overflowed = true;
        }
    }

    /// Adds a chunk of free slots; returns the first free slot.
    #[cold]
    #[inline(never)]
    fn grow(&mut self) -> *mut Obj {
        let mut chunk: Chunk = match self.empty.pop() {
            Some(c) => c,
            None => (0..CHUNK_SLOTS).map(|_| std::mem::MaybeUninit::uninit()).collect(),
        };
        // lowest addresses pushed last, so they are handed out first
        for slot in chunk.iter_mut().rev() {
            // SAFETY: the slot belongs to the chunk being added and holds nothing.
            unsafe { push_free(&mut self.free, slot.as_mut_ptr()) };
        }
        self.chunks.push(chunk);
        self.free
    }

    /// True when `v` is an object that survived a collection (only a full collection
    /// frees it, and stores into it need the write barrier).
    #[inline(always)]
    pub fn is_old(&self, v: Value) -> bool {
        v.as_obj().is_some_and(|o| o.state.get() & OLD != 0)
    }

    /// Records that `v` was stored into `container`: must follow every store of a value
    /// into an object that already existed (list items, dict entries, attributes,
    /// exception state), with no safepoint in between. Objects created by the same
    /// instruction need none.
    #[inline(always)]
    pub fn write_barrier(&mut self, container: Value, v: Value) {
        if let Some(young) = v.as_obj() {
            if young.state.get() & !RECORDED == 0 {
                if let Some(c) = container.as_obj() {
                    let cs = c.state.get();
                    if cs & OLD != 0 {
                        if matches!(c.kind, ObjKind::Instance(_) | ObjKind::Cell(_)) {
                            if cs & REMEMBERED_CONTAINER == 0 {
                                self.remember_container(c);
                            }
                        } else if young.state.get() == 0 {
                            self.record(young);
                        }
                    }
                }
            }
        }
    }

    #[inline(never)]
    fn remember_container(&mut self, c: &Obj) {
        c.state.set(c.state.get() | REMEMBERED_CONTAINER);
        self.remembered_containers.push(c as *const Obj);
    }

    /// `write_barrier` for each of `items`.
    pub fn write_barrier_all(&mut self, container: Value, items: &[Value]) {
        if container.as_obj().is_some_and(|c| c.state.get() & OLD != 0) {
            for &v in items {
                if let Some(young) = v.as_obj() {
                    if young.state.get() == 0 {
                        self.record(young);
                    }
                }
            }
        }
    }

    #[inline(never)]
    fn record(&mut self, young: &Obj) {
        young.state.set(RECORDED);
        self.remembered.push(young as *const Obj);
    }

    /// Bytes to allocate before the next minor collection.
    fn nursery_bytes(&self) -> usize {
        if self.busy_minors < 3 {
            (self.old_bytes / 4).clamp(NURSERY_MIN_BYTES, NURSERY_MAX_BYTES)
        } else {
            NURSERY_MAX_BYTES
        }
    }

    /// True when the next safepoint should collect.
    #[inline(always)]
    pub fn wants_collect(&self) -> bool {
        self.heap_bytes >= self.next_gc.load(Relaxed)
    }

    /// Heap size at which the next safepoint collects (0 under PVM_GC_STRESS).
    #[inline(always)]
    pub fn next_gc_threshold(&self) -> usize {
        self.next_gc.load(Relaxed)
    }

    /// Puts the threshold back after a Ctrl-C zeroed it (the safepoint that noticed
    /// has collected already if a collection was due).
    pub fn rearm_threshold(&mut self) {
        let next = if self.stress { 0 } else { self.heap_bytes + self.nursery_bytes() };
        self.set_next_gc(next);
    }

    /// The collection threshold, for the SIGINT handler to zero (`vm::interrupt`).
    pub fn threshold_cell(&self) -> &AtomicUsize {
        &self.next_gc
    }

    /// Sets the collection threshold, or 0 when a Ctrl-C is waiting for the next
    /// safepoint: a store after the signal handler's would otherwise hide it.
    fn set_next_gc(&mut self, bytes: usize) {
        self.next_gc.store(bytes, Relaxed);
        if crate::vm::interrupt::pending() {
            self.next_gc.store(0, Relaxed);
        }
    }

    /// The kind of collection the heap's growth calls for now.
    pub fn due_collection(&self) -> Collection {
        if self.old_bytes >= self.next_major {
            Collection::Major
        } else {
            Collection::Minor
        }
    }

    /// Notes that a returning frame, which was live at the last collection, held `v` in
    /// one of its own registers. Old garbage waits for a full collection, which the
    /// old generation's growth alone may call for only much later: a function that
    /// built a big structure and returns without it (a split text, a list of parts
    /// already joined) leaves it all dead at once. When what such returns dropped adds
    /// up to half the old generation, the next safepoint collects in full.
    /// It is only a guess (another object may still refer to what a register held):
    /// when a full collection asked for this way frees less than half of what was
    /// guessed, the next one must wait for more allocation (a quarter of the live heap,
    /// then doubling each time), so that wrong guesses cannot make full collections
    /// frequent.
    pub fn note_dropped(&mut self, v: Value) {
        if let Some(o) = v.as_obj() {
            if o.state.get() & OLD != 0 {
                self.dropped_old += retained_estimate(&o.kind);
                let since_major = self.stats.bytes_allocated_total - self.allocated_at_major;
                if self.dropped_old >= self.old_bytes / 2 && self.old_bytes >= MIN_MAJOR_BYTES && since_major >= self.hint_backoff as u64 && !self.stress {
                    self.hinted = true;
                    self.next_major = 0;
                    self.set_next_gc(self.heap_bytes);
                }
            }
        }
    }

    /// Turns stress mode (collect at every safepoint) on or off.
    pub fn set_stress(&mut self, on: bool) {
        self.stress = on;
        self.set_next_gc(if on { 0 } else { self.heap_bytes + self.nursery_bytes() });
    }

    pub fn live_objects(&self) -> usize {
        self.live
    }

    /// Marks one root (and, later, everything reachable from it).
    #[inline]
    pub fn mark_root(&mut self, kind: Collection, v: Value) {
        match kind {
            Collection::Minor => MarkYoung::mark(&mut self.mark_stack.gray, v),
            Collection::Major => MarkAll::mark(&mut self.mark_stack.gray, v),
        }
    }

    /// Finishes marking from the roots already marked, then sweeps.
    pub fn finish_collection(&mut self, kind: Collection, started: Instant) {
        let before = self.heap_bytes;
        match kind {
            Collection::Minor => self.finish_minor(),
            Collection::Major => self.finish_major(),
        }
        self.trim_work_lists();
        self.set_next_gc(if self.stress { 0 } else { self.heap_bytes + self.nursery_bytes() });
        self.stats.collections += 1;
        let took = started.elapsed();
        self.stats.time += took;
        if self.trace {
            eprintln!(
                "gc {:5}: {:?} {} -> {} KiB in {:.3} ms (next full at {} KiB; slots {} KiB; rss {} KiB)",
                self.stats.collections,
                kind,
                before >> 10,
                self.heap_bytes >> 10,
                took.as_secs_f64() * 1e3,
                self.next_major >> 10,
                (self.chunks.len() + self.empty.len()) * CHUNK_SLOTS * std::mem::size_of::<Obj>() >> 10,
                resident_kib()
            );
        }
    }

    /// Gives back the room the collector's own lists took in an unusual cycle: one
    /// native call that made half a million objects (a `split` of a long text) grows
    /// the nursery list to match, and its capacity would stay resident for the rest of
    /// the run.
    fn trim_work_lists(&mut self) {
        fn trim<T>(list: &mut Vec<T>) {
            if list.capacity() > NURSERY_LIST_MAX {
                list.shrink_to(NURSERY_LIST_MAX);
            }
        }
        trim(&mut self.nursery);
        trim(&mut self.mark_stack.gray);
        trim(&mut self.remembered);
        trim(&mut self.remembered_containers);
    }

    fn finish_minor(&mut self) {
        // the young objects stored into old ones are roots
        for &p in self.remembered.iter() {
            // SAFETY: recorded objects are young objects of this cycle; only a collection
            // frees them, and every collection empties this list.
            MarkYoung::mark(&mut self.mark_stack.gray, Value::from_obj(p as *mut Obj));
        }
        self.remembered.clear();
        // and so is what the remembered old containers hold now
        for &p in self.remembered_containers.iter() {
            // SAFETY: remembered containers are old objects; only a full collection frees
            // old objects, and every collection empties this list.
            let c = unsafe { &*p };
            c.state.set(c.state.get() & !REMEMBERED_CONTAINER);
            trace_children::<MarkYoung>(&mut self.mark_stack, c);
        }
        self.remembered_containers.clear();
        drain_gray::<MarkYoung>(&mut self.mark_stack);
        self.clear_weak_refs(Collection::Minor);
        let mut promoted = 0usize;
        let mut freed = 0usize;
        let mut sweep = |p: *mut Obj, free: &mut *mut Obj| {
            // SAFETY: `p` is a young object allocated since the last collection, not freed
            // yet (see the callers below).
            let state = unsafe { &*std::ptr::addr_of!((*p).state) };
            if state.get() & MARK != 0 {
                state.set(OLD);
                // SAFETY: an occupied slot.
                promoted += object_size(unsafe { &(*p).kind });
            } else {
                // SAFETY: unmarked young means unreachable from the roots and from every
                // old object (the remembered set covers old-to-young pointers), so no
                // Value the program can still read refers to it; its payload is dropped
                // once, and the FREE state keeps it from being dropped again.
                unsafe {
                    std::ptr::drop_in_place(std::ptr::addr_of_mut!((*p).kind));
                    push_free(free, p);
                }
                freed += 1;
            }
        };
        if self.nursery_overflowed {
            // the list is incomplete: every slot that is neither free nor old is young
            for chunk in self.chunks.iter_mut() {
                for slot in chunk.iter_mut().rev() {
                    let p = slot.as_mut_ptr();
                    // SAFETY: every slot's state is initialised (at chunk creation, then
                    // by each allocation); a slot neither FREE nor OLD holds a young object.
                    let s = unsafe { (*std::ptr::addr_of!((*p).state)).get() };
                    if s & (FREE | OLD) == 0 {
                        sweep(p, &mut self.free);
                    }
                }
            }
            self.nursery_overflowed = false;
        } else {
            // freed slots go on the free list oldest last, so the next allocations reuse
            // the earliest-allocated (lowest, usually) slots first
            for &p in self.nursery.iter().rev() {
                // nursery slots hold the young objects allocated since the last
                // collection, none of them freed yet (every collection empties the list)
                sweep(p, &mut self.free);
            }
        }
        self.nursery.clear();
        // what a minor collection found young: everything counted since the last one
        let young = self.heap_bytes.saturating_sub(self.old_bytes);
        self.busy_minors = if promoted * 8 <= young { 0 } else { self.busy_minors.saturating_add(1) };
        self.old_bytes += promoted;
        self.heap_bytes = self.old_bytes;
        self.live -= freed;
        self.stats.objects_freed += freed as u64;
    }

    fn finish_major(&mut self) {
        let old_before = self.old_bytes;
        drain_gray::<MarkAll>(&mut self.mark_stack);
        self.clear_weak_refs(Collection::Major);
        let mut live_bytes = 0usize;
        let mut freed = 0u64;
        // The free list is rebuilt from scratch, so that chunks left with no object can
        // be set aside: later sweeps then do not walk their slots again.
        let mut free: *mut Obj = std::ptr::null_mut();
        let mut kept = 0;
        for c in 0..self.chunks.len() {
            let before = free;
            let mut occupied = 0usize;
            for slot in self.chunks[c].iter_mut() {
                let p = slot.as_mut_ptr();
                // SAFETY: every slot's state is initialised (at chunk creation, then by
                // each allocation); only the state is read before `kind` is known to be
                // initialised, which it is exactly when the state is not FREE.
                let state = unsafe { &*std::ptr::addr_of!((*p).state) };
                let s = state.get();
                if s & FREE != 0 {
                    // SAFETY: a free slot of this chunk.
                    unsafe { push_free(&mut free, p) };
                } else if s & MARK != 0 {
                    state.set(OLD);
                    occupied += 1;
                    // SAFETY: an occupied slot (see above).
                    live_bytes += object_size(unsafe { &(*p).kind });
                } else {
                    // SAFETY: unmarked means unreachable from every root, so no Value the
                    // program can still read refers to it; the payload is dropped once,
                    // and the FREE state keeps it from being dropped again.
                    unsafe {
                        std::ptr::drop_in_place(std::ptr::addr_of_mut!((*p).kind));
                        push_free(&mut free, p);
                    }
                    freed += 1;
                }
            }
            if occupied == 0 && kept > 0 {
                // an empty chunk (one always stays in use): unlink its slots and set it
                // aside for `grow`, so sweeps stop walking it
                free = before;
                let chunk = std::mem::replace(&mut self.chunks[c], Box::new([]));
                self.empty.push(chunk);
            } else {
                self.chunks.swap(kept, c);
                kept += 1;
            }
        }
        self.chunks.truncate(kept);
        // Empty chunks beyond a nursery's worth go back to the OS (each is a mapping of
        // its own): a phase that needed many objects at once (a split text, a parsed
        // file) would otherwise keep their slots resident for the rest of the run, next
        // to whatever the following phases keep outside the slots.
        self.empty.truncate(EMPTY_CHUNKS_KEPT);
        self.free = free;
        // every survivor is old now
        self.nursery.clear();
        self.nursery_overflowed = false;
        self.remembered.clear();
        // the sweep reset the survivors' state to OLD alone, bit included
        self.remembered_containers.clear();
        self.live -= freed as usize;
        self.old_bytes = live_bytes;
        self.heap_bytes = live_bytes;
        self.next_major = (live_bytes + live_bytes / 2).max(MIN_MAJOR_BYTES);
        if self.hinted {
            let freed_old = old_before.saturating_sub(live_bytes);
            self.hint_backoff = if freed_old >= self.dropped_old / 2 { 0 } else { (self.hint_backoff * 2).max(live_bytes / 4) };
            self.hinted = false;
        }
        self.dropped_old = 0;
        self.allocated_at_major = self.stats.bytes_allocated_total;
        self.stats.major_collections += 1;
        self.stats.objects_freed += freed;
    }
}

impl Heap {
    /// Registers `v`, a native object whose `NativeData::weak_referent` is Some, so that
    /// collections clear its referent when they free it.
    pub fn register_weak(&mut self, v: Value) {
        if let Some(o) = v.as_obj() {
            self.weak_refs.push(o as *const Obj);
        }
    }

    /// Between marking and sweeping: every weak reference that survives this collection
    /// and whose referent does not is set to None; weak references that die themselves
    /// leave the list. A minor collection frees only unmarked young objects, a full one
    /// every unmarked object.
    fn clear_weak_refs(&mut self, kind: Collection) {
        if self.weak_refs.is_empty() {
            return;
        }
        let dies = |s: u8| match kind {
            Collection::Minor => s & (MARK | OLD) == 0,
            Collection::Major => s & MARK == 0,
        };
        self.weak_refs.retain(|&p| {
            // SAFETY: listed weak references are live objects: each collection removes
            // the ones it is about to free, before its sweep.
            let w = unsafe { &*p };
            if dies(w.state.get()) {
                return false;
            }
            if let ObjKind::Native(n) = &w.kind {
                if let Some(cell) = n.data.weak_referent() {
                    if cell.get().as_obj().is_some_and(|r| dies(r.state.get())) {
                        cell.set(Value::NONE);
                    }
                }
            }
            true
        });
    }
}

impl Default for Heap {
    fn default() -> Self {
        Heap::new()
    }
}

impl Drop for Heap {
    fn drop(&mut self) {
        for chunk in self.chunks.iter_mut() {
            for slot in chunk.iter_mut() {
                let p = slot.as_mut_ptr();
                // SAFETY: the heap is being torn down with the VM, so nothing can use the
                // objects after; payloads of occupied slots are dropped once.
                unsafe {
                    if (*std::ptr::addr_of!((*p).state)).get() & FREE == 0 {
                        std::ptr::drop_in_place(std::ptr::addr_of_mut!((*p).kind));
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn object_header_stays_small() {
        // Every heap object pays this size: one cache line, holding short strings and
        // small tuples inline; larger payloads are boxed.
        assert!(std::mem::size_of::<super::Obj>() <= 64, "Obj is {} bytes", std::mem::size_of::<super::Obj>());
    }
}
