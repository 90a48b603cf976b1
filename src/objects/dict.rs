//! Python's dict: an insertion-ordered hash table.
//!
//! Entries live in a dense vector in insertion order (deleted slots are tombstones until
//! the next compaction); a `hashbrown::HashTable` maps hashes to entry indices. Key
//! equality is Python equality on hashable builtins (`1`, `1.0` and `True` are one key).
//! `version` changes whenever the key set changes, never on a value update, so global
//! name caches can keep an entry index and still see rebinding at once.

use crate::objects::ops::key_eq;
use crate::value::Value;
use hashbrown::HashTable;
use std::sync::atomic::{AtomicU64, Ordering};

static NEXT_VERSION: AtomicU64 = AtomicU64::new(1);

fn fresh_version() -> u64 {
    NEXT_VERSION.fetch_add(1, Ordering::Relaxed)
}

#[derive(Clone, Copy)]
pub struct Entry {
    pub hash: i64,
    pub key: Value,
    pub value: Value,
}

pub struct Dict {
    entries: Vec<Entry>,
    index: HashTable<u32>,
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
        Dict { entries: Vec::new(), index: HashTable::new(), len: 0, version: fresh_version() }
    }

    pub fn with_capacity(n: usize) -> Dict {
        Dict { entries: Vec::with_capacity(n), index: HashTable::with_capacity(n), len: 0, version: fresh_version() }
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
        self.entries.capacity() * std::mem::size_of::<Entry>() + self.index.capacity() * 5
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
        self.index
            .find(hash as u64, |&i| {
                let e = &entries[i as usize];
                e.hash == hash && (e.key == key || key_eq(e.key, key))
            })
            .map(|&i| i as usize)
    }

    #[inline]
    pub fn get(&self, hash: i64, key: Value) -> Option<Value> {
        self.find(hash, key).map(|i| self.entries[i].value)
    }

    /// The keys stored with hash `hash` (those a key of that hash may equal).
    pub fn keys_with_hash(&self, hash: i64) -> Vec<Value> {
        self.index.iter_hash(hash as u64).map(|&i| self.entries[i as usize]).filter(|e| e.hash == hash && !e.key.is_null()).map(|e| e.key).collect()
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
        let (entries, index) = (&self.entries, &mut self.index);
        index.insert_unique(hash as u64, idx, |&i| entries[i as usize].hash as u64);
        self.len += 1;
        self.version = fresh_version();
        true
    }

    pub fn remove(&mut self, hash: i64, key: Value) -> Option<(Value, Value)> {
        let entries = &self.entries;
        let found = self.index.find_entry(hash as u64, |&i| {
            let e = &entries[i as usize];
            e.hash == hash && (e.key == key || key_eq(e.key, key))
        });
        let i = match found {
            Ok(occ) => {
                let (i, _) = occ.remove();
                i as usize
            }
            Err(_) => return None,
        };
        let e = self.entries[i];
        self.entries[i] = Entry { hash: 0, key: Value::NULL, value: Value::NULL };
        self.len -= 1;
        self.version = fresh_version();
        if self.len == 0 {
            self.entries.clear();
            self.index.clear();
        } else if self.entries.len() > 16 && self.len * 2 < self.entries.len() {
            self.compact();
        }
        Some((e.key, e.value))
    }

    fn compact(&mut self) {
        self.entries.retain(|e| !e.key.is_null());
        self.index.clear();
        let (entries, index) = (&self.entries, &mut self.index);
        for (i, e) in entries.iter().enumerate() {
            index.insert_unique(e.hash as u64, i as u32, |&j| entries[j as usize].hash as u64);
        }
    }

    pub fn clear(&mut self) {
        self.entries.clear();
        self.index.clear();
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
