//! Shapes (hidden classes) for instances of classes defined in Python.
//!
//! An instance keeps its attribute values in a slot vector; its shape says which
//! name each slot holds. Instances of a class that gain the same attributes in the
//! same order share shapes, so an attribute's slot index can be cached per shape in
//! the instruction that reads it. Each class has a root shape (no attributes); adding
//! an attribute moves an instance to the child shape for that name, made once and
//! remembered as a transition.
//!
//! Shapes live in the VM's table for its whole life and are named by their index, so
//! an index cached in an inline cache can never come to mean another shape. Their
//! names are interned strs, which the VM keeps alive, so shapes need no tracing.
//!
//! An instance leaves shape mode for a real dict (`DICT_MODE`) when its `__dict__` is
//! asked for, when an attribute is deleted, or when it has more than `MAX_SLOTS`
//! attributes; from then on the dict is the only store.

use crate::value::Value;

/// The shape of an instance whose attributes live in its dict.
pub const DICT_MODE: u32 = u32::MAX;

/// Attributes an instance keeps in slots before it switches to a dict.
pub const MAX_SLOTS: usize = 48;

pub struct Shape {
    /// The attribute name of each slot, in the order they were added.
    pub names: Vec<Value>,
    /// (name, child shape) for each attribute added to an instance of this shape.
    transitions: Vec<(Value, u32)>,
}

#[derive(Default)]
pub struct Shapes {
    table: Vec<Shape>,
}

impl Shapes {
    /// A new root shape (a class's instances start there).
    pub fn new_root(&mut self) -> u32 {
        self.table.push(Shape { names: Vec::new(), transitions: Vec::new() });
        (self.table.len() - 1) as u32
    }

    #[inline]
    pub fn get(&self, id: u32) -> &Shape {
        &self.table[id as usize]
    }

    /// The slot of `name` (an interned str) in shape `id`.
    #[inline]
    pub fn slot_of(&self, id: u32, name: Value) -> Option<usize> {
        self.table[id as usize].names.iter().position(|&n| n == name)
    }

    /// The shape after adding `name` to shape `id`, or None when that would exceed
    /// `MAX_SLOTS` (the instance then switches to a dict).
    pub fn child(&mut self, id: u32, name: Value) -> Option<u32> {
        let parent = &self.table[id as usize];
        if let Some(&(_, c)) = parent.transitions.iter().find(|t| t.0 == name) {
            return Some(c);
        }
        if parent.names.len() >= MAX_SLOTS {
            return None;
        }
        let mut names = parent.names.clone();
        names.push(name);
        self.table.push(Shape { names, transitions: Vec::new() });
        let c = (self.table.len() - 1) as u32;
        self.table[id as usize].transitions.push((name, c));
        Some(c)
    }
}
