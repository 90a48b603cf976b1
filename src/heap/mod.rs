//! The heap and its precise, non-moving mark-and-sweep collector.
//!
//! Every heap object is an [`Obj`] in a slot of a chunk of equal-sized slots; it never
//! moves, so a `Value` can hold its address. Allocation pops a free slot; the sweep
//! walks the chunks in address order (no pointer chasing), drops the payload of every
//! unmarked object and pushes its slot back on the free list. Collection happens only at interpreter safepoints (calls and loop
//! back-edges); the VM hands the collector its roots (registers of live frames,
//! globals, builtins, type objects, explicit temporary roots) and the collector
//! marks through [`ObjKind::trace`] and frees everything unmarked.

use crate::objects::ObjKind;
use crate::value::Value;
use std::cell::Cell;
use std::time::{Duration, Instant};

pub struct Obj {
    /// `UNMARKED`, `MARKED` or `FREE` (the slot holds no object; `kind` is dead).
    state: Cell<u8>,
    pub kind: ObjKind,
}

const UNMARKED: u8 = 0;
const MARKED: u8 = 1;
const FREE: u8 = 2;

/// Slots per chunk: 256 KiB of 64-byte objects.
const CHUNK_SLOTS: usize = 4096;

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
    pub collections: u64,
    pub time: Duration,
    pub bytes_allocated_total: u64,
    pub peak_heap: usize,
    pub objects_freed: u64,
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

/// Marks `v`'s object; objects that refer to others go on the gray stack to be traced.
#[inline(always)]
fn mark(gray: &mut Vec<*const Obj>, v: Value) {
    if let Some(o) = v.as_obj() {
        if o.state.get() == UNMARKED {
            o.state.set(MARKED);
            if !o.kind.is_leaf() {
                gray.push(o as *const Obj);
            }
        }
    }
}

/// Marks the items of a list or tuple, prefetching a few ahead: items of big
/// containers are usually scattered over the heap.
fn mark_items(gray: &mut Vec<*const Obj>, items: &[Value]) {
    for (i, &v) in items.iter().enumerate() {
        if let Some(&ahead) = items.get(i + 8) {
            prefetch_value(ahead);
        }
        mark(gray, v);
    }
}

pub struct Heap {
    chunks: Vec<Chunk>,
    /// Chunks a sweep found with no object: all slots free, none on the free list.
    empty: Vec<Chunk>,
    /// First free slot; each free slot holds the next one where its `kind` would be.
    free: *mut Obj,
    live: usize,
    /// Estimated bytes held by live objects after the last collection plus everything since.
    pub heap_bytes: usize,
    next_gc: usize,
    /// Collect at every safepoint (PVM_GC_STRESS=1).
    pub stress: bool,
    pub enabled: bool,
    pub stats: GcStats,
    gray: Vec<*const Obj>,
}

const MIN_GC_BYTES: usize = 4 << 20;

impl Heap {
    pub fn new() -> Heap {
        let stress = std::env::var("PVM_GC_STRESS").map(|v| v == "1").unwrap_or(false);
        Heap {
            chunks: Vec::new(),
            empty: Vec::new(),
            free: std::ptr::null_mut(),
            live: 0,
            heap_bytes: 0,
            next_gc: if stress { 0 } else { MIN_GC_BYTES },
            stress,
            enabled: true,
            stats: GcStats { collections: 0, time: Duration::ZERO, bytes_allocated_total: 0, peak_heap: 0, objects_freed: 0 },
            gray: Vec::new(),
        }
    }

    #[inline]
    pub fn alloc(&mut self, kind: ObjKind) -> Value {
        let size = std::mem::size_of::<Obj>() + kind.extra_size();
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
        unsafe { p.write(Obj { state: Cell::new(UNMARKED), kind }) };
        self.live += 1;
        Value::from_obj(p)
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

    /// True when the next safepoint should collect.
    #[inline(always)]
    pub fn wants_collect(&self) -> bool {
        self.heap_bytes >= self.next_gc
    }

    /// Heap size at which the next safepoint collects (0 under PVM_GC_STRESS).
    #[inline(always)]
    pub fn next_gc_threshold(&self) -> usize {
        self.next_gc
    }

    /// Turns stress mode (collect at every safepoint) on or off.
    pub fn set_stress(&mut self, on: bool) {
        self.stress = on;
        self.next_gc = if on { 0 } else { MIN_GC_BYTES.max(self.heap_bytes * 2) };
    }

    pub fn live_objects(&self) -> usize {
        self.live
    }

    /// Marks one root (and, later, everything reachable from it).
    #[inline]
    pub fn mark_value(&mut self, v: Value) {
        mark(&mut self.gray, v);
    }

    /// Finishes marking from the roots already pushed, then sweeps.
    pub fn finish_collection(&mut self, started: Instant) {
        while let Some(p) = self.gray.pop() {
            // SAFETY: gray holds only objects reached from roots during this collection;
            // nothing is freed until the sweep below, so the pointer is live.
            let o = unsafe { &*p };
            let gray = &mut self.gray;
            // the big containers are walked here directly, without a closure call per item
            match &o.kind {
                ObjKind::List(l) => mark_items(gray, &l.borrow()),
                ObjKind::Tuple(t) => mark_items(gray, t),
                kind => kind.trace(&mut |child: Value| mark(gray, child)),
            }
        }
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
                match state.get() {
                    MARKED => {
                        state.set(UNMARKED);
                        occupied += 1;
                        // SAFETY: an occupied slot (see above).
                        live_bytes += std::mem::size_of::<Obj>() + unsafe { (*p).kind.extra_size() };
                    }
                    UNMARKED => {
                        // SAFETY: unmarked means unreachable from every root, so no Value
                        // the program can still read refers to it; the payload is dropped
                        // once, and the FREE state keeps it from being dropped again.
                        unsafe {
                            std::ptr::drop_in_place(std::ptr::addr_of_mut!((*p).kind));
                            push_free(&mut free, p);
                        }
                        freed += 1;
                    }
                    _ => {
                        // SAFETY: a free slot of this chunk.
                        unsafe { push_free(&mut free, p) };
                    }
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
        self.free = free;
        self.live -= freed as usize;
        self.heap_bytes = live_bytes;
        self.next_gc = if self.stress { 0 } else { (live_bytes * 2).max(MIN_GC_BYTES) };
        self.stats.collections += 1;
        self.stats.objects_freed += freed;
        self.stats.time += started.elapsed();
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
                    if (*std::ptr::addr_of!((*p).state)).get() != FREE {
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
