//! The process's global allocator: mimalloc for ordinary blocks, the OS for big ones.
//!
//! mimalloc is told never to return freed pages to the OS (see `main.rs`): the
//! collector frees in bursts and the heap regrows right after, and purging made the
//! kernel zero the same pages again on every cycle. For small blocks that is the right
//! trade, but a big block (a long list's items, a joined text, a big dict's table)
//! freed by a collection then stays resident for the rest of the run, and the next
//! big block rarely fits the hole it left: peak RSS grew by every big buffer a program
//! ever dropped. Blocks from `BIG_BLOCK` bytes up are therefore mapped from the OS
//! and unmapped when freed, as glibc's malloc does, and growing one remaps its pages
//! instead of copying them, which is what growing a million-item list needs.

use std::alloc::{GlobalAlloc, Layout};

/// Smallest block mapped directly. The cost of a mapping (a system call, a page fault
/// per 4 KiB touched) is small next to filling 128 KiB.
pub const BIG_BLOCK: usize = 128 << 10;
const PAGE: usize = 4096;

pub struct SystemAlloc;

/// True for a block that `SystemAlloc` maps from the OS. Depends only on the layout,
/// so `dealloc` and `realloc` find the allocator that made a block.
#[inline(always)]
fn is_big(size: usize, align: usize) -> bool {
    size >= BIG_BLOCK && align <= PAGE
}

#[inline]
fn mapped_len(size: usize) -> usize {
    (size + PAGE - 1) & !(PAGE - 1)
}

#[cold]
#[inline(never)]
fn map(size: usize) -> *mut u8 {
    // SAFETY: an anonymous private mapping at an address the kernel picks touches no
    // existing memory; failure is reported as MAP_FAILED.
    let p = unsafe { libc::mmap(std::ptr::null_mut(), mapped_len(size), libc::PROT_READ | libc::PROT_WRITE, libc::MAP_PRIVATE | libc::MAP_ANONYMOUS, -1, 0) };
    if p == libc::MAP_FAILED {
        std::ptr::null_mut()
    } else {
        p as *mut u8
    }
}

/// # Safety
/// `p` was returned by `map(size)` and is not used afterwards.
#[cold]
#[inline(never)]
unsafe fn unmap(p: *mut u8, size: usize) {
    libc::munmap(p as *mut libc::c_void, mapped_len(size));
}

// SAFETY: every block is freed or resized by the allocator that made it, which
// `is_big` decides from the layout alone (the same at allocation and at free); mapped
// blocks are page-aligned, which covers every alignment `is_big` accepts.
unsafe impl GlobalAlloc for SystemAlloc {
    #[inline(always)]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if is_big(layout.size(), layout.align()) {
            map(layout.size())
        } else {
            mimalloc::MiMalloc.alloc(layout)
        }
    }

    #[inline(always)]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        if is_big(layout.size(), layout.align()) {
            // fresh anonymous pages read as zero
            map(layout.size())
        } else {
            mimalloc::MiMalloc.alloc_zeroed(layout)
        }
    }

    #[inline(always)]
    unsafe fn dealloc(&self, p: *mut u8, layout: Layout) {
        if is_big(layout.size(), layout.align()) {
            unmap(p, layout.size())
        } else {
            mimalloc::MiMalloc.dealloc(p, layout)
        }
    }

    #[inline]
    unsafe fn realloc(&self, p: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let (old_big, new_big) = (is_big(layout.size(), layout.align()), is_big(new_size, layout.align()));
        if !old_big && !new_big {
            return mimalloc::MiMalloc.realloc(p, layout, new_size);
        }
        if old_big && new_big {
            if mapped_len(layout.size()) == mapped_len(new_size) {
                return p;
            }
            #[cfg(target_os = "linux")]
            {
                // SAFETY: `p` is a live mapping of mapped_len(layout.size()) bytes (made by
                // `map`); MREMAP_MAYMOVE lets the kernel move its pages elsewhere, and the
                // caller uses only the returned pointer from now on.
                let q = libc::mremap(p as *mut libc::c_void, mapped_len(layout.size()), mapped_len(new_size), libc::MREMAP_MAYMOVE);
                return if q == libc::MAP_FAILED { std::ptr::null_mut() } else { q as *mut u8 };
            }
        }
        // crossing the threshold: a new block from the other allocator
        let new_layout = Layout::from_size_align_unchecked(new_size, layout.align());
        let q = self.alloc(new_layout);
        if !q.is_null() {
            std::ptr::copy_nonoverlapping(p, q, layout.size().min(new_size));
            self.dealloc(p, layout);
        }
        q
    }
}
