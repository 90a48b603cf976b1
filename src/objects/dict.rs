//! Python's dict: an insertion-ordered hash table.
//!
//! Entries live in a dense vector in insertion order (deleted slots are tombstones until
//! the next compaction). Dicts of up to `LINEAR_MAX` slots (most records, keyword
//! arguments and small instance-like dicts) have no index: a lookup scans the few
//! stored hashes, which costs no more than probing a table and saves its memory. Larger
//! dicts keep a `hashbrown::HashTable` from hashes to entry indices. The entry vector
//! is a thin vector (one pointer, its length and capacity in the allocation), so the
//! whole `Dict` fits in its heap slot with no box of its own. Key equality is Python
//! equality on hashable builtins (`1`, `1.0` and `True` are one key). `version`
//! changes whenever the key set changes, never on a value update, so global name
//! caches can keep an entry index and still see rebinding at once.

use crate::objects::ops::key_eq;
use crate::value::Value;
use hashbrown::HashTable;
use std::sync::atomic::{AtomicU64, Ordering};
use thin_vec::ThinVec;

static NEXT_VERSION: AtomicU64 = AtomicU64::new(1);

fn fresh_version() -> u64 {
    NEXT_VERSION.fetch_add(1, Ordering::Relaxed)
}

/// Most entry slots a dict searches linearly, without an index.
const LINEAR_MAX: usize = 8;

#[derive(Clone, Copy)]
pub struct Entry {
    pub hash: i64,
    pub key: Value,
    pub value: Value,
}

impl Entry {
    const TOMBSTONE: Entry = Entry { hash: 0, key: Value::NULL, value: Value::NULL };

    /// True when this slot holds `key` (of hash `hash`); never for a tombstone.
    #[inline(always)]
    fn holds(&self, hash: i64, key: Value) -> bool {
        self.hash == hash && !self.key.is_null() && (self.key == key || key_eq(self.key, key))
    }
}

pub struct Dict {
    entries: ThinVec<Entry>,
    /// Hash to entry index, once the dict has more than `LINEAR_MAX` slots.
    index: Option<Box<HashTable<u32>>>,
    len: usize,
    /// Unique across all dicts; changes when a key is added or removed.
    pub version: u64,
}

impl Default for Dict {
    fn default() -> Self {
        Dict::new()
    }
}

impl Dict {
    pub fn new() -> Dict {
        Dict { entries: ThinVec::new(), index: None, len: 0, version: fresh_version() }
    }

    pub fn with_capacity(n: usize) -> Dict {
        let index = (n > LINEAR_MAX).then(|| Box::new(HashTable::with_capacity(n)));
        Dict { entries: ThinVec::with_capacity(n), index, len: 0, version: fresh_version() }
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.len
    }
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    pub fn heap_size(&self) -> usize {
        let entries = if self.entries.capacity() == 0 { 0 } else { 16 + self.entries.capacity() * std::mem::size_of::<Entry>() };
        entries + self.index.as_ref().map_or(0, |ix| 32 + ix.capacity() * 5)
    }

    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        for e in &self.entries {
            if !e.key.is_null() {
                f(e.key);
                f(e.value);
            }
        }
    }

    /// Index of the entry holding `key`, if present.
    #[inline]
    pub fn find(&self, hash: i64, key: Value) -> Option<usize> {
        let entries = &self.entries;
        match &self.index {
            None => entries.iter().position(|e| e.holds(hash, key)),
            Some(index) => index.find(hash as u64, |&i| entries[i as usize].holds(hash, key)).map(|&i| i as usize),
        }
    }

    #[inline]
    pub fn get(&self, hash: i64, key: Value) -> Option<Value> {
        self.find(hash, key).map(|i| self.entries[i].value)
    }

    /// The keys stored with hash `hash` (those a key of that hash may equal).
    pub fn keys_with_hash(&self, hash: i64) -> Vec<Value> {
        let live = |e: &&Entry| e.hash == hash && !e.key.is_null();
        match &self.index {
            None => self.entries.iter().filter(live).map(|e| e.key).collect(),
            Some(index) => index.iter_hash(hash as u64).map(|&i| &self.entries[i as usize]).filter(live).map(|e| e.key).collect(),
        }
    }

    /// Value of the live entry at `i` (used by caches that remember an index).
    #[inline]
    pub fn value_at(&self, i: usize) -> Value {
        self.entries[i].value
    }

    /// Inserts or updates; returns true when the key was new.
    pub fn insert(&mut self, hash: i64, key: Value, value: Value) -> bool {
        if let Some(i) = self.find(hash, key) {
            self.entries[i].value = value;
            return false;
        }
        let idx = self.entries.len() as u32;
        self.entries.push(Entry { hash, key, value });
        match &mut self.index {
            Some(index) => {
                let entries = &self.entries;
                index.insert_unique(hash as u64, idx, |&i| entries[i as usize].hash as u64);
            }
            None if self.entries.len() > LINEAR_MAX => self.rebuild_index(),
            None => {}
        }
        self.len += 1;
        self.version = fresh_version();
        true
    }

    pub fn remove(&mut self, hash: i64, key: Value) -> Option<(Value, Value)> {
        let entries = &self.entries;
        let i = match &mut self.index {
            None => entries.iter().position(|e| e.holds(hash, key))?,
            Some(index) => match index.find_entry(hash as u64, |&i| entries[i as usize].holds(hash, key)) {
                Ok(occ) => occ.remove().0 as usize,
                Err(_) => return None,
            },
        };
        let e = std::mem::replace(&mut self.entries[i], Entry::TOMBSTONE);
        self.len -= 1;
        self.version = fresh_version();
        if self.len == 0 {
            self.entries.clear();
            self.index = None;
        } else if self.entries.len() > 16 && self.len * 2 < self.entries.len() {
            self.compact();
        }
        Some((e.key, e.value))
    }

    fn compact(&mut self) {
        self.entries.retain(|e| !e.key.is_null());
        self.rebuild_index();
    }

    /// Indexes the entries anew, or drops the index of a dict small enough to scan.
    fn rebuild_index(&mut self) {
        if self.entries.len() <= LINEAR_MAX {
            self.index = None;
            return;
        }
        let mut index = self.index.take().unwrap_or_default();
        index.clear();
        index.reserve(self.entries.len(), |&j| self.entries[j as usize].hash as u64);
        for (i, e) in self.entries.iter().enumerate() {
            if !e.key.is_null() {
                index.insert_unique(e.hash as u64, i as u32, |&j| self.entries[j as usize].hash as u64);
            }
        }
        self.index = Some(index);
    }

    pub fn clear(&mut self) {
        self.entries.clear();
        self.index = None;
        self.len = 0;
        self.version = fresh_version();
    }

    /// Number of entry slots, including tombstones; iterate with `entry_at`.
    #[inline]
    pub fn slots(&self) -> usize {
        self.entries.len()
    }

    /// The live entry in slot `i`, or None for a tombstone / out of range.
    #[inline]
    pub fn entry_at(&self, i: usize) -> Option<(Value, Value)> {
        match self.entries.get(i) {
            Some(e) if !e.key.is_null() => Some((e.key, e.value)),
            _ => None,
        }
    }

    /// The live entry in slot `i` with its stored hash.
    #[inline]
    pub fn hashed_entry_at(&self, i: usize) -> Option<Entry> {
        self.entries.get(i).filter(|e| !e.key.is_null()).copied()
    }

    pub fn iter(&self) -> impl Iterator<Item = (Value, Value)> + '_ {
        self.entries.iter().filter(|e| !e.key.is_null()).map(|e| (e.key, e.value))
    }

    pub fn iter_hashed(&self) -> impl Iterator<Item = Entry> + '_ {
        self.entries.iter().filter(|e| !e.key.is_null()).copied()
    }

    pub fn keys(&self) -> Vec<Value> {
        self.iter().map(|(k, _)| k).collect()
    }

    /// Removes and returns the last inserted entry (dict.popitem).
    pub fn pop_last(&mut self) -> Option<(Value, Value)> {
        let e = *self.entries.iter().rev().find(|e| !e.key.is_null())?;
        self.remove(e.hash, e.key)
    }
}
