//! Python's set and frozenset.
//!
//! The table is CPython's (Objects/setobject.c): open addressing over a power-of-two
//! array of (hash, key) slots, probing a run of LINEAR_PROBES neighbours before
//! jumping by the perturbed recurrence, deleted slots left as dummies until the next
//! resize. Iteration is in slot order, so reproducing the probing, the resize policy
//! and the bulk-merge shortcuts exactly makes sets iterate (and print) in CPython's
//! order wherever the hashes are CPython's (ints, floats, tuples of them).
//!
//! Key equality is `key_eq` (Python equality on builtin keys, no Python calls). When a
//! probe meets an equal-hash key of a class defined in Python, the lookup leaves the
//! table (`Probe::Ask`), compares with Python `==` on the candidates, and probes again.

use super::class::has_user_class;
use super::ops::{self, key_eq};
use super::{iter, ObjKind};
use crate::bytecode::opcodes::{BinOp, CmpOp};
use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};
use std::cell::{Cell, RefCell};

const MIN_SIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;
/// Most members a set may hold before MemoryError: its table then takes up to 2 GiB.
const MAX_LEN: usize = 1 << 25;

/// A slot: active when `key` is set; empty (hash 0) or a dummy (hash -1) otherwise.
/// Python hashes are never -1, so a dummy never matches a probe's hash.
#[derive(Clone, Copy)]
struct Slot {
    hash: i64,
    key: Value,
}

const EMPTY: Slot = Slot { hash: 0, key: Value::NULL };
const DUMMY: Slot = Slot { hash: -1, key: Value::NULL };

/// Where a key is, or where it would go.
#[derive(Clone, Copy)]
enum Probe {
    Found(usize),
    /// Not present: the first empty slot of the probe sequence, and the last dummy
    /// seen before it (reused for the insertion, as CPython does).
    Absent {
        empty: usize,
        freeslot: Option<usize>,
    },
    /// An equal-hash key needs Python `==` to decide.
    Ask,
}

pub struct SetTable {
    slots: Box<[Slot]>,
    /// Active plus dummy slots.
    fill: usize,
    /// Active slots.
    used: usize,
    /// Where `pop` starts looking.
    finger: usize,
}

impl Default for SetTable {
    fn default() -> Self {
        SetTable::new()
    }
}

impl SetTable {
    pub fn new() -> SetTable {
        SetTable { slots: vec![EMPTY; MIN_SIZE].into_boxed_slice(), fill: 0, used: 0, finger: 0 }
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.used
    }
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }
    #[inline]
    fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    pub fn heap_size(&self) -> usize {
        self.slots.len() * std::mem::size_of::<Slot>()
    }

    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        for s in self.slots.iter() {
            if !s.key.is_null() {
                f(s.key);
            }
        }
    }

    /// CPython's set_lookkey and the search half of set_add_entry.
    #[inline]
    fn probe(&self, hash: i64, key: Value, ask: bool) -> Probe {
        let slots = &*self.slots;
        let mask = slots.len() - 1;
        let mut perturb = hash as u64;
        let mut i = hash as u64 as usize & mask;
        let mut freeslot = None;
        loop {
            let probes = if i + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 };
            for (j, e) in slots[i..=i + probes].iter().enumerate() {
                if e.key.is_null() {
                    if e.hash == 0 {
                        return Probe::Absent { empty: i + j, freeslot };
                    }
                    freeslot = Some(i + j);
                } else if e.hash == hash {
                    if e.key == key || key_eq(e.key, key) {
                        return Probe::Found(i + j);
                    }
                    if ask && (has_user_class(e.key) || has_user_class(key)) {
                        return Probe::Ask;
                    }
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize) & mask;
        }
    }

    /// The second half of set_add_entry: stores a key `probe` found absent.
    fn insert_absent(&mut self, empty: usize, freeslot: Option<usize>, hash: i64, key: Value) {
        if let Some(f) = freeslot {
            self.slots[f] = Slot { hash, key };
            self.used += 1;
            return;
        }
        self.slots[empty] = Slot { hash, key };
        self.fill += 1;
        self.used += 1;
        if self.fill * 5 >= self.mask() * 3 {
            self.grow();
        }
    }

    fn grow(&mut self) {
        let n = if self.used > 50000 { self.used * 2 } else { self.used * 4 };
        self.resize(n);
    }

    /// Inserts a key known to be absent, with no comparisons (building a constant).
    pub fn insert_new(&mut self, hash: i64, key: Value) -> bool {
        match self.probe(hash, key, false) {
            Probe::Absent { empty, freeslot } => {
                self.insert_absent(empty, freeslot, hash, key);
                true
            }
            _ => false,
        }
    }

    /// A new table with the members inserted again in this table's order.
    pub fn rebuilt(&self) -> SetTable {
        let mut t = SetTable::new();
        for e in self.slots.iter().filter(|e| !e.key.is_null()) {
            t.insert_new(e.hash, e.key);
        }
        t
    }

    /// A table of the smallest size above `minused`, holding the active keys.
    fn resize(&mut self, minused: usize) {
        let mut newsize = MIN_SIZE;
        while newsize <= minused && newsize < 1 << 40 {
            newsize <<= 1;
        }
        if newsize == MIN_SIZE && self.slots.len() == MIN_SIZE && self.fill == self.used {
            return;
        }
        let old = std::mem::replace(&mut self.slots, vec![EMPTY; newsize].into_boxed_slice());
        let mask = newsize - 1;
        for e in old.iter().filter(|e| !e.key.is_null()) {
            insert_clean(&mut self.slots, mask, e.hash, e.key);
        }
        self.fill = self.used;
    }

    fn remove_at(&mut self, i: usize) {
        self.slots[i] = DUMMY;
        self.used -= 1;
    }

    pub fn clear(&mut self) {
        self.slots = vec![EMPTY; MIN_SIZE].into_boxed_slice();
        self.fill = 0;
        self.used = 0;
    }

    /// Removes and returns the next member from the finger on (set.pop).
    fn pop(&mut self) -> Option<Value> {
        if self.used == 0 {
            return None;
        }
        let mask = self.mask();
        let mut i = self.finger & mask;
        while self.slots[i].key.is_null() {
            i = if i == mask { 0 } else { i + 1 };
        }
        let k = self.slots[i].key;
        self.remove_at(i);
        self.finger = i + 1;
        Some(k)
    }

    /// The first active slot at or after `pos`: (index, hash, key).
    #[inline]
    pub fn next_from(&self, pos: usize) -> Option<(usize, i64, Value)> {
        let rest = self.slots.get(pos..)?;
        rest.iter().position(|e| !e.key.is_null()).map(|j| (pos + j, rest[j].hash, rest[j].key))
    }

    /// The table's size and the slot of each member, in slot order: what the bytecode
    /// cache stores for a frozenset constant, so that it iterates in the same order
    /// when loaded (inserting the members again can move colliding ones).
    pub fn layout(&self) -> (usize, Vec<(usize, Value)>) {
        let members = self.slots.iter().enumerate().filter(|(_, e)| !e.key.is_null()).map(|(i, e)| (i, e.key)).collect();
        (self.slots.len(), members)
    }

    /// A table of `size` slots holding each (slot, hash, key) where given, provided
    /// it is one the probing could have built: a power-of-two size no fuller than a
    /// table is allowed to get, and every key found at its slot by a lookup. None
    /// otherwise (a damaged layout, or hashes that changed).
    pub fn from_layout(size: usize, members: &[(usize, i64, Value)]) -> Option<SetTable> {
        if !size.is_power_of_two() || !(MIN_SIZE..=1 << 26).contains(&size) || members.len() * 5 >= (size - 1) * 3 {
            return None;
        }
        let mut slots = vec![EMPTY; size].into_boxed_slice();
        for &(i, hash, key) in members {
            if i >= size || !slots[i].key.is_null() || hash == -1 || key.is_null() {
                return None;
            }
            slots[i] = Slot { hash, key };
        }
        let t = SetTable { slots, fill: members.len(), used: members.len(), finger: 0 };
        for &(i, hash, key) in members {
            if !matches!(t.probe(hash, key, false), Probe::Found(j) if j == i) {
                return None;
            }
        }
        Some(t)
    }

    pub fn keys(&self) -> Vec<Value> {
        self.slots.iter().filter(|e| !e.key.is_null()).map(|e| e.key).collect()
    }

    fn keys_with_hash(&self, hash: i64) -> Vec<Value> {
        self.slots.iter().filter(|e| !e.key.is_null() && e.hash == hash).map(|e| e.key).collect()
    }

    /// Pure membership (no Python calls): frozensets as dict keys.
    pub fn contains_pure(&self, hash: i64, key: Value) -> bool {
        matches!(self.probe(hash, key, false), Probe::Found(_))
    }

    /// Every member of `self` is in `other`, by pure comparison.
    pub fn subset_pure(&self, other: &SetTable) -> bool {
        self.used <= other.used && self.slots.iter().filter(|e| !e.key.is_null()).all(|e| other.contains_pure(e.hash, e.key))
    }

    /// CPython's frozenset_hash: order-independent, from the members' hashes.
    pub fn frozen_hash(&self) -> i64 {
        fn shuffle_bits(h: u64) -> u64 {
            ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167)
        }
        let mut hash: u64 = 0;
        for e in self.slots.iter().filter(|e| !e.key.is_null()) {
            hash ^= shuffle_bits(e.hash as u64);
        }
        hash ^= (self.used as u64 + 1).wrapping_mul(1927868237);
        hash ^= (hash >> 11) ^ (hash >> 25);
        hash = hash.wrapping_mul(69069).wrapping_add(907133923);
        if hash == u64::MAX {
            hash = 590923713;
        }
        hash as i64
    }

    /// set_merge's shortcuts, which need no key comparisons: presizes `self` for
    /// `other`'s keys and copies them when `self` is empty. False when the keys still
    /// have to be added one by one.
    fn merge_fast(&mut self, other: &SetTable) -> bool {
        if other.used == 0 {
            return true;
        }
        if (self.fill + other.used) * 5 >= self.mask() * 3 {
            self.resize((self.used + other.used) * 2);
        }
        if self.fill != 0 {
            return false;
        }
        if self.slots.len() == other.slots.len() && other.fill == other.used {
            self.slots.copy_from_slice(&other.slots);
        } else {
            let mask = self.mask();
            for e in other.slots.iter().filter(|e| !e.key.is_null()) {
                insert_clean(&mut self.slots, mask, e.hash, e.key);
            }
        }
        self.fill = other.used;
        self.used = other.used;
        true
    }

    /// Presizes for `n` more keys (set_update_internal's dict path).
    fn reserve(&mut self, n: usize) {
        if (self.fill + n) * 5 >= self.mask() * 3 {
            self.resize((self.used + n) * 2);
        }
    }

    /// Drops the dummies once they are more than a quarter of the table.
    fn purge_dummies(&mut self) {
        if self.fill - self.used > self.mask() / 4 {
            self.grow();
        }
    }
}

/// Stores a key in a table with no dummies and no equal key (resizes, copies).
fn insert_clean(slots: &mut [Slot], mask: usize, hash: i64, key: Value) {
    let mut perturb = hash as u64;
    let mut i = hash as u64 as usize & mask;
    loop {
        let probes = if i + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 };
        if let Some(e) = slots[i..=i + probes].iter_mut().find(|e| e.key.is_null()) {
            *e = Slot { hash, key };
            return;
        }
        perturb >>= PERTURB_SHIFT;
        i = i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize) & mask;
    }
}

/// A set or frozenset object.
pub struct SetObj {
    pub table: RefCell<SetTable>,
    pub frozen: bool,
    /// A frozenset's hash once computed; -1 before.
    hash: Cell<i64>,
}

impl SetObj {
    pub fn new(frozen: bool) -> SetObj {
        SetObj { table: RefCell::new(SetTable::new()), frozen, hash: Cell::new(-1) }
    }
    pub fn from_table(table: SetTable, frozen: bool) -> SetObj {
        SetObj { table: RefCell::new(table), frozen, hash: Cell::new(-1) }
    }
    #[inline]
    pub fn len(&self) -> usize {
        self.table.borrow().len()
    }
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// hash() of a frozenset (cached: a frozenset never changes once visible).
    pub fn frozen_hash(&self) -> i64 {
        let h = self.hash.get();
        if h != -1 {
            return h;
        }
        let h = self.table.borrow().frozen_hash();
        self.hash.set(h);
        h
    }
    /// The hash when already computed (equality's quick rejection).
    fn cached_hash(&self) -> Option<i64> {
        let h = self.hash.get();
        (h != -1).then_some(h)
    }
}

impl Value {
    #[inline]
    pub fn as_set<'a>(self) -> Option<&'a SetObj> {
        match self.kind() {
            Some(ObjKind::Set(s)) => Some(s),
            _ => None,
        }
    }
}

pub fn new_set(vm: &mut Vm, frozen: bool) -> Value {
    vm.alloc(ObjKind::Set(Box::new(SetObj::new(frozen))))
}

/// The set behind `v`. Every caller passes a set (the builtins and operators check
/// their operands' kinds first; the set instructions' registers hold sets the
/// compiler put there), so the empty stand-in only keeps a broken invariant from
/// becoming a panic.
fn set_of<'a>(v: Value) -> &'a SetObj {
    match v.as_set() {
        Some(s) => s,
        None => {
            thread_local!(static NONE: &'static SetObj = Box::leak(Box::new(SetObj::new(true))));
            NONE.with(|s| *s)
        }
    }
}

#[cold]
fn memory_error(vm: &mut Vm) -> PyErr {
    let c = vm.types.memory_error;
    PyErr(vm.new_exc_args(c, vec![]))
}

/// Runs `f` with `vals` rooted.
fn rooted<T>(vm: &mut Vm, vals: &[Value], f: impl FnOnce(&mut Vm) -> PyResult<T>) -> PyResult<T> {
    let mark = vm.roots.len();
    vm.roots.extend_from_slice(vals);
    let r = f(vm);
    vm.roots.truncate(mark);
    r
}

// ====================================================================== single keys

/// Finds `key` in `set`, comparing with Python `==` where the table cannot decide.
/// Returns the probe result and the key to store.
#[inline]
fn locate(vm: &mut Vm, set: Value, hash: i64, key: Value) -> PyResult<(Probe, Value)> {
    let p = set_of(set).table.borrow().probe(hash, key, true);
    if let Probe::Ask = p {
        return locate_slow(vm, set, hash, key);
    }
    Ok((p, key))
}

#[cold]
#[inline(never)]
fn locate_slow(vm: &mut Vm, set: Value, hash: i64, key: Value) -> PyResult<(Probe, Value)> {
    let cands = set_of(set).table.borrow().keys_with_hash(hash);
    let mut roots = vec![set, key];
    roots.extend_from_slice(&cands);
    let found = rooted(vm, &roots, |vm| {
        for &c in &cands {
            if ops::eq(vm, c, key)? {
                return Ok(Some(c));
            }
        }
        Ok(None)
    })?;
    // Python code ran: probe again, trusting identity for the keys just compared
    let p = set_of(set).table.borrow().probe(hash, found.unwrap_or(key), false);
    Ok(match p {
        Probe::Found(_) => (p, found.unwrap_or(key)),
        _ => (p, key),
    })
}

/// Adds `key` whose hash is `hash`.
pub fn add_hashed(vm: &mut Vm, set: Value, hash: i64, key: Value) -> PyResult<()> {
    let (p, key) = locate(vm, set, hash, key)?;
    if let Probe::Absent { empty, freeslot } = p {
        let mut t = set_of(set).table.borrow_mut();
        if t.used >= MAX_LEN {
            drop(t);
            return Err(memory_error(vm));
        }
        t.insert_absent(empty, freeslot, hash, key);
        drop(t);
        vm.write_barrier(set, key);
    }
    Ok(())
}

/// set.add(key).
pub fn add(vm: &mut Vm, set: Value, key: Value) -> PyResult<()> {
    let h = ops::hash(vm, key)?;
    add_hashed(vm, set, h, key)
}

pub fn contains_hashed(vm: &mut Vm, set: Value, hash: i64, key: Value) -> PyResult<bool> {
    Ok(matches!(locate(vm, set, hash, key)?.0, Probe::Found(_)))
}

/// Removes `key` if present; true when it was.
fn discard_hashed(vm: &mut Vm, set: Value, hash: i64, key: Value) -> PyResult<bool> {
    match locate(vm, set, hash, key)?.0 {
        Probe::Found(i) => {
            set_of(set).table.borrow_mut().remove_at(i);
            Ok(true)
        }
        _ => Ok(false),
    }
}

/// The hash of a lookup key. A set key is looked up as the frozenset it equals, as
/// CPython retries `set in s`, `s.remove(set)` and `s.discard(set)`.
#[inline]
fn lookup_hash(vm: &mut Vm, key: Value) -> PyResult<i64> {
    match key.as_set() {
        Some(k) => Ok(k.table.borrow().frozen_hash()),
        None => match ops::hash(vm, key) {
            // an (unhashable) instance of a set subclass counts as its set
            Err(e) => match super::subclass::payload_of(key).and_then(|p| p.as_set()) {
                Some(k) => Ok(k.table.borrow().frozen_hash()),
                None => Err(e),
            },
            h => h,
        },
    }
}

/// `key in set`.
#[inline]
pub fn contains(vm: &mut Vm, set: Value, key: Value) -> PyResult<bool> {
    let h = lookup_hash(vm, key)?;
    contains_hashed(vm, set, h, key)
}

/// set.discard(key); true when it was a member.
pub fn discard(vm: &mut Vm, set: Value, key: Value) -> PyResult<bool> {
    let h = lookup_hash(vm, key)?;
    discard_hashed(vm, set, h, key)
}

/// set.pop(): None when empty.
pub fn pop(set: Value) -> Option<Value> {
    set_of(set).table.borrow_mut().pop()
}

pub fn clear(set: Value) {
    set_of(set).table.borrow_mut().clear();
}

// ====================================================================== iteration helpers

/// Calls `f(vm, hash, key)` for each member of `set`, reading the table as it is at
/// each step (CPython's set_next), until `f` returns false.
fn each_member(vm: &mut Vm, set: Value, mut f: impl FnMut(&mut Vm, i64, Value) -> PyResult<bool>) -> PyResult<()> {
    let mut pos = 0;
    loop {
        let next = set_of(set).table.borrow().next_from(pos);
        match next {
            Some((i, h, k)) => {
                pos = i + 1;
                if !f(vm, h, k)? {
                    return Ok(());
                }
            }
            None => return Ok(()),
        }
    }
}

/// Calls `f(vm, hash, item)` for each item of any iterable, until `f` returns false.
/// Sets and dicts give their stored hashes; other items are hashed first (so an
/// unhashable item raises before `f` sees it).
fn each_hashed(vm: &mut Vm, iterable: Value, mut f: impl FnMut(&mut Vm, i64, Value) -> PyResult<bool>) -> PyResult<()> {
    if iterable.as_set().is_some() {
        return rooted(vm, &[iterable], |vm| each_member(vm, iterable, f));
    }
    if let Some(d) = iterable.as_dict() {
        return rooted(vm, &[iterable], |vm| {
            let mut i = 0;
            loop {
                let (slots, e) = {
                    let d = d.borrow();
                    (d.slots(), d.hashed_entry_at(i))
                };
                if i >= slots {
                    return Ok(());
                }
                i += 1;
                if let Some(e) = e {
                    if !f(vm, e.hash, e.key)? {
                        return Ok(());
                    }
                }
            }
        });
    }
    let it = iter::get_iter(vm, iterable)?;
    rooted(vm, &[it], |vm| {
        let mut n = 0usize;
        while let Some(x) = iter::next(vm, it)? {
            n += 1;
            if n.is_multiple_of(64) {
                // a native loop has no safepoints of its own: let --max-steps see it
                vm.count_step();
            }
            let go = rooted(vm, &[x], |vm| {
                let h = ops::hash(vm, x)?;
                f(vm, h, x)
            })?;
            if !go {
                break;
            }
        }
        Ok(())
    })
}

/// Write barriers for every member of `set` after a bulk copy into it.
fn barrier_members(vm: &mut Vm, set: Value) {
    if vm.heap.is_old(set) {
        let keys = set_of(set).table.borrow().keys();
        vm.write_barrier_all(set, &keys);
    }
}

// ====================================================================== whole-set operations

/// set_merge: adds every member of the set `other`.
fn merge(vm: &mut Vm, set: Value, other: Value) -> PyResult<()> {
    if set == other {
        return Ok(());
    }
    let done = {
        let o = set_of(other).table.borrow();
        set_of(set).table.borrow_mut().merge_fast(&o)
    };
    if done {
        barrier_members(vm, set);
        return Ok(());
    }
    rooted(vm, &[set, other], |vm| {
        each_member(vm, other, |vm, h, k| {
            add_hashed(vm, set, h, k)?;
            Ok(true)
        })
    })
}

/// set.update(other) for one iterable (set_update_internal).
pub fn update(vm: &mut Vm, set: Value, other: Value) -> PyResult<()> {
    if other.as_set().is_some() {
        return merge(vm, set, other);
    }
    if let Some(d) = other.as_dict() {
        let n = d.borrow().len();
        set_of(set).table.borrow_mut().reserve(n);
    }
    rooted(vm, &[set], |vm| {
        each_hashed(vm, other, |vm, h, k| {
            add_hashed(vm, set, h, k)?;
            Ok(true)
        })
    })
}

/// A new set (or frozenset) of the members of `iterable`.
pub fn from_iterable(vm: &mut Vm, iterable: Value, frozen: bool) -> PyResult<Value> {
    let s = new_set(vm, frozen);
    rooted(vm, &[s], |vm| update(vm, s, iterable))?;
    Ok(s)
}

/// A set of the items in `items` (the BuildSet instruction).
pub fn build(vm: &mut Vm, items: &[Value]) -> PyResult<Value> {
    let s = new_set(vm, false);
    rooted(vm, &[s], |vm| {
        for &x in items {
            add(vm, s, x)?;
        }
        Ok(())
    })?;
    Ok(s)
}

/// A new set of the same kind with the same members (make_new_set_basetype(type(so), so)).
pub fn copy(vm: &mut Vm, so: Value) -> PyResult<Value> {
    let frozen = set_of(so).frozen;
    from_iterable(vm, so, frozen)
}

fn is_frozen(v: Value) -> bool {
    set_of(v).frozen
}

/// `so & other` / so.intersection(other) for one operand.
pub fn intersection(vm: &mut Vm, so: Value, other: Value) -> PyResult<Value> {
    if so == other {
        return copy(vm, so);
    }
    let result = new_set(vm, is_frozen(so));
    rooted(vm, &[result, so, other], |vm| {
        if other.as_set().is_some() {
            // probe the bigger set with the members of the smaller one
            let (big, small) = if set_of(other).len() > set_of(so).len() { (other, so) } else { (so, other) };
            each_member(vm, small, |vm, h, k| {
                if contains_hashed(vm, big, h, k)? {
                    add_hashed(vm, result, h, k)?;
                }
                Ok(true)
            })
        } else {
            each_hashed(vm, other, |vm, h, k| {
                if contains_hashed(vm, so, h, k)? {
                    add_hashed(vm, result, h, k)?;
                    if set_of(result).len() >= set_of(so).len() {
                        return Ok(false);
                    }
                }
                Ok(true)
            })
        }
    })?;
    Ok(result)
}

/// so.intersection(*others).
pub fn intersection_multi(vm: &mut Vm, so: Value, others: &[Value]) -> PyResult<Value> {
    if others.is_empty() {
        return copy(vm, so);
    }
    let mut result = so;
    for &o in others {
        result = rooted(vm, &[result], |vm| intersection(vm, result, o))?;
    }
    Ok(result)
}

/// Gives `so` the members of `tmp` (set_swap_bodies, for the *_update methods).
fn take_body(vm: &mut Vm, so: Value, tmp: Value) {
    if so == tmp {
        return;
    }
    let (mut a, mut b) = (set_of(so).table.borrow_mut(), set_of(tmp).table.borrow_mut());
    std::mem::swap(&mut *a, &mut *b);
    // set_swap_bodies leaves each set its own pop finger
    std::mem::swap(&mut a.finger, &mut b.finger);
    // `tmp` is garbage now; emptied, it keeps nothing alive
    b.clear();
    drop((a, b));
    barrier_members(vm, so);
}

pub fn intersection_update(vm: &mut Vm, so: Value, others: &[Value]) -> PyResult<()> {
    let tmp = intersection_multi(vm, so, others)?;
    take_body(vm, so, tmp);
    Ok(())
}

/// set_difference_update_internal: removes the members of one iterable.
pub fn difference_update(vm: &mut Vm, so: Value, other: Value) -> PyResult<()> {
    if so == other {
        clear(so);
        return Ok(());
    }
    rooted(vm, &[so, other], |vm| {
        if other.as_set().is_some() {
            // a much bigger other: only the common members matter
            let other = if set_of(other).len() >> 3 > set_of(so).len() { intersection(vm, so, other)? } else { other };
            rooted(vm, &[other], |vm| {
                each_member(vm, other, |vm, h, k| {
                    discard_hashed(vm, so, h, k)?;
                    Ok(true)
                })
            })
        } else {
            each_hashed(vm, other, |vm, h, k| {
                discard_hashed(vm, so, h, k)?;
                Ok(true)
            })
        }
    })?;
    set_of(so).table.borrow_mut().purge_dummies();
    Ok(())
}

/// `so - other` / so.difference(other) for one operand.
pub fn difference(vm: &mut Vm, so: Value, other: Value) -> PyResult<Value> {
    let other_len = match (other.as_set(), other.as_dict()) {
        (Some(o), _) => o.len(),
        (_, Some(d)) => d.borrow().len(),
        _ => usize::MAX,
    };
    if other_len == usize::MAX || set_of(so).len() >> 2 > other_len {
        let result = copy(vm, so)?;
        rooted(vm, &[result], |vm| difference_update(vm, result, other))?;
        return Ok(result);
    }
    let result = new_set(vm, is_frozen(so));
    rooted(vm, &[result, so, other], |vm| {
        each_member(vm, so, |vm, h, k| {
            let present = if other.as_dict().is_some() {
                let k2 = ops::dict_key(vm, other, h, k)?;
                other.as_dict().is_some_and(|d| d.borrow().get(h, k2).is_some())
            } else {
                contains_hashed(vm, other, h, k)?
            };
            if !present {
                add_hashed(vm, result, h, k)?;
            }
            Ok(true)
        })
    })?;
    Ok(result)
}

/// so.difference(*others).
pub fn difference_multi(vm: &mut Vm, so: Value, others: &[Value]) -> PyResult<Value> {
    let Some((&first, rest)) = others.split_first() else {
        return copy(vm, so);
    };
    let result = difference(vm, so, first)?;
    rooted(vm, &[result], |vm| {
        for &o in rest {
            difference_update(vm, result, o)?;
        }
        Ok(())
    })?;
    Ok(result)
}

/// so.symmetric_difference_update(other).
pub fn symmetric_difference_update(vm: &mut Vm, so: Value, other: Value) -> PyResult<()> {
    if so == other {
        clear(so);
        return Ok(());
    }
    let toggle = |vm: &mut Vm, h: i64, k: Value| -> PyResult<bool> {
        if !discard_hashed(vm, so, h, k)? {
            add_hashed(vm, so, h, k)?;
        }
        Ok(true)
    };
    if other.as_dict().is_some() {
        return rooted(vm, &[so], |vm| each_hashed(vm, other, toggle));
    }
    let otherset = if other.as_set().is_some() { other } else { from_iterable(vm, other, is_frozen(so))? };
    rooted(vm, &[so, otherset], |vm| each_member(vm, otherset, toggle))
}

/// `so ^ other` / so.symmetric_difference(other).
pub fn symmetric_difference(vm: &mut Vm, so: Value, other: Value) -> PyResult<Value> {
    let result = from_iterable(vm, other, is_frozen(so))?;
    rooted(vm, &[result], |vm| symmetric_difference_update(vm, result, so))?;
    Ok(result)
}

/// so.issubset(other).
pub fn issubset(vm: &mut Vm, so: Value, other: Value) -> PyResult<bool> {
    if other.as_set().is_none() {
        let tmp = from_iterable(vm, other, false)?;
        return rooted(vm, &[tmp], |vm| issubset(vm, so, tmp));
    }
    if set_of(so).len() > set_of(other).len() {
        return Ok(false);
    }
    let mut all = true;
    rooted(vm, &[so, other], |vm| {
        each_member(vm, so, |vm, h, k| {
            all = contains_hashed(vm, other, h, k)?;
            Ok(all)
        })
    })?;
    Ok(all)
}

/// so.issuperset(other).
pub fn issuperset(vm: &mut Vm, so: Value, other: Value) -> PyResult<bool> {
    if other.as_set().is_some() {
        return issubset(vm, other, so);
    }
    let mut all = true;
    rooted(vm, &[so], |vm| {
        each_hashed(vm, other, |vm, h, k| {
            all = contains_hashed(vm, so, h, k)?;
            Ok(all)
        })
    })?;
    Ok(all)
}

/// so.isdisjoint(other).
pub fn isdisjoint(vm: &mut Vm, so: Value, other: Value) -> PyResult<bool> {
    if so == other {
        return Ok(set_of(so).is_empty());
    }
    let mut disjoint = true;
    if other.as_set().is_some() {
        let (big, small) = if set_of(other).len() > set_of(so).len() { (other, so) } else { (so, other) };
        rooted(vm, &[big, small], |vm| {
            each_member(vm, small, |vm, h, k| {
                disjoint = !contains_hashed(vm, big, h, k)?;
                Ok(disjoint)
            })
        })?;
    } else {
        rooted(vm, &[so], |vm| {
            each_hashed(vm, other, |vm, h, k| {
                disjoint = !contains_hashed(vm, so, h, k)?;
                Ok(disjoint)
            })
        })?;
    }
    Ok(disjoint)
}

// ====================================================================== operators

/// Comparison of two sets (subset order); `a` and `b` are sets or frozensets.
pub fn compare(vm: &mut Vm, op: CmpOp, a: Value, b: Value) -> PyResult<bool> {
    let (x, y) = (set_of(a), set_of(b));
    match op {
        CmpOp::Eq | CmpOp::Ne => {
            let same = x.len() == y.len() && !matches!((x.cached_hash(), y.cached_hash()), (Some(p), Some(q)) if p != q) && issubset(vm, a, b)?;
            Ok(same == (op == CmpOp::Eq))
        }
        CmpOp::Le => issubset(vm, a, b),
        CmpOp::Ge => issuperset(vm, a, b),
        CmpOp::Lt => Ok(x.len() < y.len() && issubset(vm, a, b)?),
        CmpOp::Gt => Ok(x.len() > y.len() && issuperset(vm, a, b)?),
    }
}

/// `a op b` for the set operators when both operands are sets; None for other
/// operators (NotImplemented).
pub fn binary(vm: &mut Vm, op: BinOp, a: Value, b: Value) -> PyResult<Option<Value>> {
    Ok(Some(match op {
        BinOp::BitOr => {
            let r = copy(vm, a)?;
            if a != b {
                rooted(vm, &[r], |vm| update(vm, r, b))?;
            }
            r
        }
        BinOp::BitAnd => intersection(vm, a, b)?,
        BinOp::Sub => difference(vm, a, b)?,
        BinOp::BitXor => symmetric_difference(vm, a, b)?,
        _ => return Ok(None),
    }))
}

/// `a op= b` on a mutable set `a` with a set `b`; None when the set has no such
/// in-place operator.
pub fn inplace(vm: &mut Vm, op: BinOp, a: Value, b: Value) -> PyResult<Option<Value>> {
    match op {
        BinOp::BitOr => update(vm, a, b)?,
        BinOp::BitAnd => intersection_update(vm, a, &[b])?,
        BinOp::Sub => difference_update(vm, a, b)?,
        BinOp::BitXor => symmetric_difference_update(vm, a, b)?,
        _ => return Ok(None),
    }
    Ok(Some(a))
}

/// The set operators of dict key and item views (`d.keys() & s`, `[1] | d.keys()`):
/// a new set; None for other operators.
pub fn view_binary(vm: &mut Vm, op: BinOp, a: Value, b: Value) -> PyResult<Option<Value>> {
    let is_view = |v: Value| matches!(v.kind(), Some(ObjKind::DictView(dv)) if dv.kind != super::ViewKind::Values);
    let left = |v: Value| match v.kind() {
        // a set of the keys view's dict takes the dict's stored hashes
        Some(ObjKind::DictView(dv)) if dv.kind == super::ViewKind::Keys => dv.dict,
        _ => v,
    };
    match op {
        BinOp::BitAnd => {
            // _PyDictView_Intersect: a set at least as big as the view does the work;
            // otherwise the bigger operand is probed with the items of the other
            let (mut view, mut other) = if is_view(a) { (a, b) } else { (b, a) };
            let view_len = ops::len(vm, view)?;
            if other.as_set().is_some_and(|s| !s.frozen && view_len <= s.len()) {
                return intersection(vm, other, view).map(Some);
            }
            if is_view(other) && ops::len(vm, other)? > view_len {
                std::mem::swap(&mut view, &mut other);
            }
            let result = new_set(vm, false);
            rooted(vm, &[result, view, other], |vm| {
                let it = iter::get_iter(vm, other)?;
                rooted(vm, &[it], |vm| {
                    while let Some(x) = iter::next(vm, it)? {
                        rooted(vm, &[x], |vm| {
                            if ops::contains(vm, view, x)? {
                                add(vm, result, x)?;
                            }
                            Ok(())
                        })?;
                    }
                    Ok(())
                })
            })?;
            Ok(Some(result))
        }
        BinOp::BitOr | BinOp::Sub | BinOp::BitXor => {
            let result = from_iterable(vm, left(a), false)?;
            rooted(vm, &[result], |vm| match op {
                BinOp::BitOr => update(vm, result, b),
                BinOp::Sub => difference_update(vm, result, b),
                _ => symmetric_difference_update(vm, result, b),
            })?;
            Ok(Some(result))
        }
        _ => Ok(None),
    }
}

// ====================================================================== repr

pub fn repr(vm: &mut Vm, v: Value) -> PyResult<String> {
    let s = set_of(v);
    let name = if s.frozen { "frozenset" } else { "set" };
    if vm.repr_stack.contains(&v) {
        return Ok(format!("{}(...)", name));
    }
    let keys = s.table.borrow().keys();
    if keys.is_empty() {
        return Ok(format!("{}()", name));
    }
    if vm.repr_stack.len() > 900 {
        let c = vm.types.recursion_error;
        return Err(vm.err(c, "maximum recursion depth exceeded while getting the repr of an object"));
    }
    vm.repr_stack.push(v);
    // the keys stay rooted even if a __repr__ removes them from the set
    let body = rooted(vm, &keys, |vm| {
        let mut out = String::new();
        for (i, &k) in keys.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            out.push_str(&super::repr::repr(vm, k)?);
        }
        Ok(out)
    });
    vm.repr_stack.pop();
    let body = body?;
    Ok(if s.frozen { format!("frozenset({{{}}})", body) } else { format!("{{{}}}", body) })
}

// ====================================================================== iterator

/// The RuntimeError of a set iterator whose set grew or shrank.
pub const CHANGED_SIZE: &str = "Set changed size during iteration";

/// A set iterator's set changed size (the caller raises CHANGED_SIZE).
#[derive(Debug)]
pub struct SizeChanged;

/// next() of a set iterator over `set` from slot `pos`; `used` is the size the set
/// had when iteration began.
pub fn iter_next(set: &mut Value, pos: &mut usize, used: usize) -> Result<Option<Value>, SizeChanged> {
    let s = match set.as_set() {
        Some(s) => s,
        None => return Ok(None),
    };
    if s.len() != used {
        return Err(SizeChanged);
    }
    let next = s.table.borrow().next_from(*pos);
    match next {
        Some((i, _, k)) => {
            *pos = i + 1;
            Ok(Some(k))
        }
        None => {
            // exhausted for good, even if the set grows later
            *set = Value::NULL;
            Ok(None)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table_of(keys: &[i64]) -> SetTable {
        let mut t = SetTable::new();
        for &k in keys {
            t.insert_new(k, Value::small_int(k));
        }
        t
    }

    fn order(t: &SetTable) -> Vec<i64> {
        t.keys().iter().map(|v| v.as_int()).collect()
    }

    #[test]
    fn small_ints_take_their_own_slots() {
        assert_eq!(order(&table_of(&[5, 3, 1, 100, 7])), vec![1, 3, 100, 5, 7]);
    }

    #[test]
    fn collisions_probe_linearly_then_perturb() {
        // 9 and 1 collide in 8 slots: 9 probes past the end of the run, to slot 6
        assert_eq!(order(&table_of(&[1, 2, 9])), vec![1, 2, 9]);
        let mut t = table_of(&[0, 8, 16]);
        for k in [0, 8] {
            if let Probe::Found(i) = t.probe(k, Value::small_int(k), false) {
                t.remove_at(i);
            }
        }
        // the last dummy before the empty slot is reused, as CPython does
        t.insert_new(24, Value::small_int(24));
        t.insert_new(32, Value::small_int(32));
        assert_eq!(order(&t), vec![32, 24, 16]);
    }

    #[test]
    fn frozenset_hash_matches_cpython() {
        assert_eq!(SetTable::new().frozen_hash(), 133146708735736);
        assert_eq!(table_of(&[1, 2]).frozen_hash(), -1826646154956904602);
    }

    #[test]
    fn pop_walks_from_the_finger() {
        let mut t = table_of(&[1, 2, 3]);
        assert_eq!(t.pop().map(|v| v.as_int()), Some(1));
        assert_eq!(t.pop().map(|v| v.as_int()), Some(2));
        assert_eq!(t.len(), 1);
    }
}
