//! The NaN-boxed value: every Python value the VM touches is one `u64`.
//!
//! Layout (bits 63..48 are the "tag"):
//! - any `f64` whose top 16 bits are below `0xFFF9` is a float, stored as is;
//!   NaNs are canonicalized to `0x7FF8_0000_0000_0000` before they are boxed, so the
//!   negative quiet-NaN space `0xFFF9..=0xFFFF` is free for tags;
//! - `0xFFF9`: a 48-bit signed small int in the low 48 bits;
//! - `0xFFFA`: a singleton (None, False, True, the unbound-local marker, NULL);
//! - `0xFFFB`: a pointer to a heap object (x86-64/aarch64 user pointers fit in 48 bits).

use crate::heap::Obj;

#[derive(Clone, Copy, PartialEq, Eq, Hash)]
#[repr(transparent)]
pub struct Value(pub u64);

const TAG_SHIFT: u32 = 48;
const TAG_INT: u64 = 0xFFF9;
const TAG_SPECIAL: u64 = 0xFFFA;
const TAG_PTR: u64 = 0xFFFB;
const PAYLOAD_MASK: u64 = (1u64 << 48) - 1;
const CANONICAL_NAN: u64 = 0x7FF8_0000_0000_0000;

/// Smallest and largest ints stored inline.
pub const SMALL_INT_MIN: i64 = -(1i64 << 47);
pub const SMALL_INT_MAX: i64 = (1i64 << 47) - 1;

impl Value {
    pub const NONE: Value = Value((TAG_SPECIAL << TAG_SHIFT) | 0);
    pub const FALSE: Value = Value((TAG_SPECIAL << TAG_SHIFT) | 2);
    pub const TRUE: Value = Value((TAG_SPECIAL << TAG_SHIFT) | 3);
    /// A local variable register that has no value yet (or was deleted).
    pub const UNBOUND: Value = Value((TAG_SPECIAL << TAG_SHIFT) | 4);
    /// "No value" in native slots, e.g. LoadMethod's empty self slot.
    pub const NULL: Value = Value((TAG_SPECIAL << TAG_SHIFT) | 5);
    pub const NOT_IMPLEMENTED: Value = Value((TAG_SPECIAL << TAG_SHIFT) | 6);
    pub const ELLIPSIS: Value = Value((TAG_SPECIAL << TAG_SHIFT) | 7);

    #[inline(always)]
    fn tag(self) -> u64 {
        self.0 >> TAG_SHIFT
    }

    // ----- floats -----
    #[inline(always)]
    pub fn float(f: f64) -> Value {
        if f.is_nan() {
            Value(CANONICAL_NAN)
        } else {
            Value(f.to_bits())
        }
    }
    #[inline(always)]
    pub fn is_float(self) -> bool {
        self.tag() < TAG_INT
    }
    #[inline(always)]
    pub fn as_float(self) -> f64 {
        f64::from_bits(self.0)
    }

    // ----- small ints -----
    /// Boxes `i` inline; the caller guarantees it is in the small range.
    #[inline(always)]
    pub fn small_int(i: i64) -> Value {
        debug_assert!((SMALL_INT_MIN..=SMALL_INT_MAX).contains(&i));
        Value((TAG_INT << TAG_SHIFT) | (i as u64 & PAYLOAD_MASK))
    }
    #[inline(always)]
    pub fn fits_small(i: i64) -> bool {
        (SMALL_INT_MIN..=SMALL_INT_MAX).contains(&i)
    }
    /// Inline int if it fits; `None` means the caller must allocate a big int.
    #[inline(always)]
    pub fn try_int(i: i64) -> Option<Value> {
        if Self::fits_small(i) {
            Some(Self::small_int(i))
        } else {
            None
        }
    }
    #[inline(always)]
    pub fn is_int(self) -> bool {
        self.tag() == TAG_INT
    }
    #[inline(always)]
    pub fn as_int(self) -> i64 {
        ((self.0 << 16) as i64) >> 16
    }
    #[inline(always)]
    pub fn both_int(a: Value, b: Value) -> bool {
        // Both tags equal TAG_INT iff the AND of both still carries it and neither exceeds it.
        a.tag() == TAG_INT && b.tag() == TAG_INT
    }

    // ----- singletons -----
    #[inline(always)]
    pub fn bool(b: bool) -> Value {
        if b {
            Value::TRUE
        } else {
            Value::FALSE
        }
    }
    #[inline(always)]
    pub fn is_bool(self) -> bool {
        self == Value::TRUE || self == Value::FALSE
    }
    #[inline(always)]
    pub fn is_none(self) -> bool {
        self == Value::NONE
    }
    #[inline(always)]
    pub fn is_unbound(self) -> bool {
        self == Value::UNBOUND
    }
    #[inline(always)]
    pub fn is_null(self) -> bool {
        self == Value::NULL
    }

    // ----- heap pointers -----
    #[inline(always)]
    pub fn from_obj(p: *const Obj) -> Value {
        let addr = p as u64;
        // Heap pointers come from the allocator and fit in 48 bits on every supported target.
        assert!(addr & !PAYLOAD_MASK == 0, "heap pointer does not fit in 48 bits");
        Value((TAG_PTR << TAG_SHIFT) | addr)
    }
    #[inline(always)]
    pub fn is_obj(self) -> bool {
        self.tag() == TAG_PTR
    }
    #[inline(always)]
    pub fn obj_ptr(self) -> *mut Obj {
        (self.0 & PAYLOAD_MASK) as *mut Obj
    }
    /// The heap object behind a pointer value.
    #[inline(always)]
    pub fn as_obj<'a>(self) -> Option<&'a Obj> {
        if self.is_obj() {
            // SAFETY: pointer values are only made by the heap for live objects, and the
            // collector frees only objects unreachable from the roots; any Value the VM can
            // still read is reachable (registers, globals, constants or explicit roots), so
            // the object is alive for as long as the caller can use the reference.
            Some(unsafe { &*self.obj_ptr() })
        } else {
            None
        }
    }
}

impl std::fmt::Debug for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.is_float() {
            write!(f, "Float({})", self.as_float())
        } else if self.is_int() {
            write!(f, "Int({})", self.as_int())
        } else if self.is_obj() {
            write!(f, "Obj({:#x})", self.obj_ptr() as usize)
        } else {
            match *self {
                Value::NONE => write!(f, "None"),
                Value::TRUE => write!(f, "True"),
                Value::FALSE => write!(f, "False"),
                Value::UNBOUND => write!(f, "Unbound"),
                Value::NULL => write!(f, "Null"),
                Value::NOT_IMPLEMENTED => write!(f, "NotImplemented"),
                Value::ELLIPSIS => write!(f, "Ellipsis"),
                _ => write!(f, "Value({:#x})", self.0),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn value_is_eight_bytes() {
        assert_eq!(std::mem::size_of::<Value>(), 8);
    }

    #[test]
    fn floats_round_trip() {
        for f in [0.0, -0.0, 1.5, -1.5, f64::INFINITY, f64::NEG_INFINITY, f64::MAX, f64::MIN_POSITIVE, 5e-324, -5e-324] {
            let v = Value::float(f);
            assert!(v.is_float() && !v.is_int() && !v.is_obj());
            assert_eq!(v.as_float().to_bits(), f.to_bits());
        }
    }

    #[test]
    fn nans_are_canonical_floats() {
        let x86_nan = f64::from_bits(0xFFF8_0000_0000_0000);
        let payload_nan = f64::from_bits(0xFFFB_0000_1234_5678);
        for n in [f64::NAN, x86_nan, payload_nan, -f64::NAN] {
            let v = Value::float(n);
            assert!(v.is_float());
            assert!(v.as_float().is_nan());
            assert_eq!(v.0, CANONICAL_NAN);
        }
    }

    #[test]
    fn small_ints_round_trip() {
        for i in [0, 1, -1, 42, -42, SMALL_INT_MAX, SMALL_INT_MIN, 1 << 40, -(1 << 40)] {
            let v = Value::small_int(i);
            assert!(v.is_int() && !v.is_float() && !v.is_obj());
            assert_eq!(v.as_int(), i);
        }
        assert!(Value::try_int(SMALL_INT_MAX + 1).is_none());
        assert!(Value::try_int(SMALL_INT_MIN - 1).is_none());
        assert!(Value::try_int(i64::MAX).is_none());
    }

    #[test]
    fn singletons_are_distinct() {
        let all = [Value::NONE, Value::TRUE, Value::FALSE, Value::UNBOUND, Value::NULL, Value::NOT_IMPLEMENTED, Value::ELLIPSIS];
        for (i, a) in all.iter().enumerate() {
            assert!(!a.is_float() && !a.is_int() && !a.is_obj());
            for (j, b) in all.iter().enumerate() {
                assert_eq!(i == j, a == b);
            }
        }
        assert!(Value::bool(true).is_bool() && Value::TRUE == Value::bool(true));
    }

    #[test]
    fn pointers_round_trip() {
        let b = Box::new(0u64);
        let p = &*b as *const u64 as *const Obj;
        let v = Value::from_obj(p);
        assert!(v.is_obj() && !v.is_float() && !v.is_int());
        assert_eq!(v.obj_ptr() as usize, p as usize);
    }
}
