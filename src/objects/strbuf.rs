//! Append-only text buffers shared by the strs that repeated concatenation builds.
//!
//! `s = s + t` in a loop copies the whole of `s` each time unless something avoids it;
//! CPython resizes `s` in place when it holds the only reference. PVM cannot know that,
//! so it shares instead: a str built by a chain of concatenations is a prefix of an
//! `AppendBuf` with room to spare, and concatenating onto the str that ends exactly
//! where the buffer's written part ends writes the new text after it and makes a new str
//! over the longer prefix. Nothing already written ever changes and the buffer never
//! moves, so every str over it stays what it was; a concatenation onto any other prefix
//! (the buffer was extended past it already) copies into a new buffer, as before.

use std::cell::{Cell, UnsafeCell};
use std::mem::MaybeUninit;
use std::rc::Rc;

pub struct AppendBuf {
    /// Fixed capacity; bytes `..used` are initialised UTF-8 text and never change.
    data: Box<[UnsafeCell<MaybeUninit<u8>>]>,
    used: Cell<usize>,
}

impl AppendBuf {
    /// A buffer of `cap` bytes holding `a` then `b` (`a.len() + b.len() <= cap`).
    pub fn with_text(a: &str, b: &str, cap: usize) -> Rc<AppendBuf> {
        let n = a.len() + b.len();
        let cap = cap.max(n);
        let raw: Box<[MaybeUninit<u8>]> = Box::new_uninit_slice(cap);
        // SAFETY: UnsafeCell<T> is repr(transparent) over T, so the slice's layout is
        // unchanged; the pointer comes from a Box of that layout and is owned once.
        let data = unsafe { Box::from_raw(Box::into_raw(raw) as *mut [UnsafeCell<MaybeUninit<u8>>]) };
        let buf = AppendBuf { data, used: Cell::new(0) };
        buf.write_at(0, a.as_bytes());
        buf.write_at(a.len(), b.as_bytes());
        buf.used.set(n);
        Rc::new(buf)
    }

    /// Copies `bytes` to offset `at`, which is at or past `used`.
    fn write_at(&self, at: usize, bytes: &[u8]) {
        debug_assert!(at >= self.used.get() && at + bytes.len() <= self.data.len());
        // SAFETY: the range is inside the buffer (both callers check it) and at or past `used`,
        // so no str reads it: strs only see bytes below `used` at their creation. The
        // bytes are reached through UnsafeCell, so writing through a shared reference
        // is allowed.
        unsafe {
            let dst = UnsafeCell::raw_get(self.data.as_ptr().add(at)) as *mut u8;
            std::ptr::copy_nonoverlapping(bytes.as_ptr(), dst, bytes.len());
        }
    }

    /// Appends `s` after the first `len` bytes when they are the whole written part and
    /// `s` fits; false otherwise (the caller copies into a new buffer).
    pub fn try_append(&self, len: usize, s: &str) -> bool {
        if self.used.get() != len || self.data.len() - len < s.len() {
            return false;
        }
        self.write_at(len, s.as_bytes());
        self.used.set(len + s.len());
        true
    }

    /// The first `len` bytes as text.
    ///
    /// # Safety
    /// `len` is the length of a str made over this buffer: at most `used` when it was
    /// made, at a boundary between whole appended texts, so the bytes are initialised,
    /// valid UTF-8 and never written again.
    #[inline]
    pub unsafe fn prefix(&self, len: usize) -> &str {
        std::str::from_utf8_unchecked(std::slice::from_raw_parts(self.data.as_ptr() as *const u8, len))
    }

    pub fn capacity(&self) -> usize {
        self.data.len()
    }
}

/// Concatenations in a chain (`a + b + c`, or a loop's `s += t`) after which the result
/// goes into a shared buffer with room to grow: two-step chains such as
/// `"[" + body + "]"` stay exact-size copies.
pub const SHARE_AFTER: u8 = 3;

/// Capacity for a new shared buffer of `n` bytes: a quarter to spare, so a loop of
/// appends copies its text a bounded number of times over in all.
pub fn grown_capacity(n: usize) -> usize {
    n + (n / 4).max(64)
}
