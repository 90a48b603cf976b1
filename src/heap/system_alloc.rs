//! The process's global allocator: mimalloc for small blocks, the C library's malloc
//! for the rest.
//!
//! Nearly every allocation is small (an object's payload, a short list, a dict of a
//! few keys), and mimalloc is fastest at those. mimalloc is also told never to return
//! freed pages to the OS (see `main.rs`): the collector frees in bursts and the heap
//! regrows right after, and purging made the kernel zero the same pages again on every
//! cycle. That trade is wrong for bigger blocks. mimalloc gives each size class its
//! own pages, and a block that survives a collection (a big int still in use, a
//! list's items) keeps its whole page resident; a loop whose blocks grow through the
//! size classes (a big int computed step by step, lists built by appending) left a
//! page behind in each class, and big buffers a collection freed stayed resident for
//! the rest of the run. glibc's malloc merges free neighbours, gives the top of its
//! heap back, and maps blocks from `MMAP_THRESHOLD` up on their own, unmapping them
//! when freed and remapping (not copying) them when they grow. Sending blocks from
//! `MEDIUM_BLOCK` bytes up to it took 2-8 MiB off peak RSS of the perf programs, for
//! at most 0.4% more instructions.

use std::alloc::{GlobalAlloc, Layout};

/// Smallest block handed to the C library's malloc.
pub const MEDIUM_BLOCK: usize = 1 << 10;
/// Smallest block glibc maps on its own (`main.rs` fixes it with `mallopt`; left
/// alone, glibc raises it after each big free and then keeps big freed blocks).
pub const MMAP_THRESHOLD: usize = 128 << 10;
/// Alignment every malloc result has on the 64-bit targets PVM builds for.
const MALLOC_ALIGN: usize = 16;

pub struct SystemAlloc;

/// True for a block that goes to malloc. Depends only on the layout, so `dealloc` and
/// `realloc` find the allocator that made a block.
#[inline(always)]
fn is_medium(size: usize, align: usize) -> bool {
    size >= MEDIUM_BLOCK && align <= MALLOC_ALIGN
}

// SAFETY: every block is freed or resized by the allocator that made it, which
// `is_medium` decides from the layout alone, the same at allocation and at free; the
// blocks malloc returns are aligned to MALLOC_ALIGN, which covers every alignment
// `is_medium` accepts.
unsafe impl GlobalAlloc for SystemAlloc {
    #[inline(always)]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if is_medium(layout.size(), layout.align()) {
            libc::malloc(layout.size()) as *mut u8
        } else {
            mimalloc::MiMalloc.alloc(layout)
        }
    }

    #[inline(always)]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        if is_medium(layout.size(), layout.align()) {
            // calloc skips the clearing for freshly mapped pages
            libc::calloc(1, layout.size()) as *mut u8
        } else {
            mimalloc::MiMalloc.alloc_zeroed(layout)
        }
    }

    #[inline(always)]
    unsafe fn dealloc(&self, p: *mut u8, layout: Layout) {
        if is_medium(layout.size(), layout.align()) {
            libc::free(p as *mut libc::c_void)
        } else {
            mimalloc::MiMalloc.dealloc(p, layout)
        }
    }

    #[inline]
    unsafe fn realloc(&self, p: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        match (is_medium(layout.size(), layout.align()), is_medium(new_size, layout.align())) {
            (false, false) => mimalloc::MiMalloc.realloc(p, layout, new_size),
            (true, true) => libc::realloc(p as *mut libc::c_void, new_size) as *mut u8,
            _ => {
                // crossing the threshold: a new block from the other allocator
                let q = self.alloc(Layout::from_size_align_unchecked(new_size, layout.align()));
                if !q.is_null() {
                    std::ptr::copy_nonoverlapping(p, q, layout.size().min(new_size));
                    self.dealloc(p, layout);
                }
                q
            }
        }
    }
}

/// Fixes glibc's mapping threshold at `MMAP_THRESHOLD` (which also stops it from
/// raising its trim threshold). Call before the program allocates much.
pub fn configure() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: mallopt only sets malloc's tuning parameters; it is called from the main
    // thread before the interpreter thread exists.
    unsafe {
        libc::mallopt(libc::M_MMAP_THRESHOLD, MMAP_THRESHOLD as libc::c_int);
    }
}
