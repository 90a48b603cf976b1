//! The heap and its precise, non-moving mark-and-sweep collector.
//!
//! Every heap object is a boxed [`Obj`] that never moves, so a `Value` can hold its
//! address. Collection happens only at interpreter safepoints (calls and loop
//! back-edges); the VM hands the collector its roots (registers of live frames,
//! globals, builtins, type objects, explicit temporary roots) and the collector
//! marks through [`ObjKind::trace`] and frees everything unmarked.

use crate::objects::ObjKind;
use crate::value::Value;
use std::cell::Cell;
use std::time::{Duration, Instant};

pub struct Obj {
    pub marked: Cell<bool>,
    pub kind: ObjKind,
}

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

/// Marks `v`'s object; objects that refer to others go on the gray stack to be traced.
#[inline(always)]
fn mark(gray: &mut Vec<*const Obj>, v: Value) {
    if let Some(o) = v.as_obj() {
        if !o.marked.get() {
            o.marked.set(true);
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
    objects: Vec<*mut Obj>,
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
            objects: Vec::with_capacity(4096),
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
        let p = Box::into_raw(Box::new(Obj { marked: Cell::new(false), kind }));
        self.objects.push(p);
        Value::from_obj(p)
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
        self.objects.len()
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
        let n = self.objects.len();
        let mut kept = 0;
        for i in 0..n {
            if let Some(&ahead) = self.objects.get(i + 8) {
                prefetch(ahead as *const Obj);
            }
            let p = self.objects[i];
            // SAFETY: `objects` owns every allocation exactly once; an entry is either kept
            // (moved down to `kept`) or freed here, so no pointer is freed twice.
            let o = unsafe { &*p };
            if o.marked.get() {
                o.marked.set(false);
                live_bytes += std::mem::size_of::<Obj>() + o.kind.extra_size();
                self.objects[kept] = p;
                kept += 1;
            } else {
                // SAFETY: unmarked means unreachable from every root, so no Value the
                // program can still read refers to it (see Value::as_obj).
                drop(unsafe { Box::from_raw(p) });
                freed += 1;
            }
        }
        self.objects.truncate(kept);
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
        for &p in &self.objects {
            // SAFETY: the heap is being torn down with the VM; nothing can use the objects after.
            drop(unsafe { Box::from_raw(p) });
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
