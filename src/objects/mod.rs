//! Heap object kinds and the Python semantics that act on them.
//!
//! `ObjKind` is the payload of every heap object. The protocol modules (`ops`, `repr`,
//! `attr`, `iter`, ...) implement Python's semantics for operators, conversions and
//! attribute access; the interpreter loop only calls into them after its inline fast
//! paths miss.

pub mod abstract_check;
pub mod attr;
pub mod bytes;
pub mod class;
pub mod codecs;
pub mod complex;
pub mod descriptor_attrs;
pub mod dict;
pub mod dir;
pub mod exception;
pub mod frame;
pub mod function;
pub mod generator;
pub mod generic_alias;
pub mod instance_check;
pub mod int;
pub mod iter;
pub mod module;
pub mod mro_entries;
pub mod native;
pub mod numfmt;
pub mod ops;
pub mod pattern;
pub mod repr;
pub mod set;
pub mod shape;
pub mod strbuf;
pub mod strops;
pub mod subclass;
pub mod types;

use crate::bytecode::code::Code;
use crate::value::Value;
use num_bigint::BigInt;
use std::cell::{Cell, RefCell};

pub use bytes::BytesObj;
pub use dict::Dict;
pub use exception::ExcObj;
pub use function::{BuiltinFn, Function, NativeFn};
pub use iter::IterState;
pub use types::TypeObj;

/// Bytes of UTF-8 a str keeps inside its object instead of a separate allocation.
pub const STR_INLINE: usize = 29;

/// A str's text, and its length in code points (equal to the byte length exactly when
/// the text is ASCII). The length sits in each form's own spare room rather than in a
/// field of `StrObj`, which keeps a str, and with it every heap object, 8 bytes smaller.
enum StrData {
    Inline {
        len: u8,
        char_len: u8,
        buf: [u8; STR_INLINE],
    },
    /// `chain`: how many concatenations in a row built this str (0: made otherwise).
    Heap {
        text: Box<str>,
        chain: u8,
        char_len: usize,
    },
    /// The first `len` bytes of a buffer shared with the strs that extend it
    /// (`strbuf.rs`); `counted` is what this str added to it, for GC pacing.
    Shared {
        buf: std::rc::Rc<strbuf::AppendBuf>,
        len: u32,
        counted: u32,
        char_len: u32,
    },
}

/// A Python str. Short strings (most names, keys and words) are stored inline, so
/// reading one touches a single cache line.
pub struct StrObj {
    data: StrData,
    /// Cached hash; 0 means not computed yet.
    pub hash: Cell<i64>,
}

impl StrObj {
    pub fn new(s: &str) -> StrObj {
        let char_len = if s.is_ascii() { s.len() } else { s.chars().count() };
        StrObj::with_char_len(s, char_len)
    }
    /// A str whose length in code points the caller already knows (concatenation,
    /// slices of ASCII text), so the text is not scanned again.
    #[inline]
    pub fn with_char_len(s: &str, char_len: usize) -> StrObj {
        debug_assert_eq!(char_len, s.chars().count());
        let data = if s.len() <= STR_INLINE {
            let mut buf = [0u8; STR_INLINE];
            buf[..s.len()].copy_from_slice(s.as_bytes());
            StrData::Inline { len: s.len() as u8, char_len: char_len as u8, buf }
        } else {
            StrData::Heap { text: s.into(), chain: 0, char_len }
        };
        StrObj { data, hash: Cell::new(0) }
    }
    pub fn from_string(s: String) -> StrObj {
        let char_len = if s.is_ascii() { s.len() } else { s.chars().count() };
        StrObj::from_string_counted(s, char_len)
    }
    /// `from_string` with the length in code points known.
    pub fn from_string_counted(s: String, char_len: usize) -> StrObj {
        if s.len() <= STR_INLINE {
            return StrObj::with_char_len(&s, char_len);
        }
        StrObj { data: StrData::Heap { text: s.into_boxed_str(), chain: 0, char_len }, hash: Cell::new(0) }
    }
    /// `x + y`, for a result too long to be stored inline. A chain of concatenations
    /// (a loop's `s += t`) soon moves into a shared buffer with room to spare, and from
    /// then on appends in place instead of copying the whole text each time.
    pub fn concat(x: &StrObj, y: &StrObj) -> StrObj {
        let (xs, ys) = (x.as_str(), y.as_str());
        let n = xs.len() + ys.len();
        let char_len = x.char_len() + y.char_len();
        let chain = match &x.data {
            StrData::Shared { buf, len, .. } => {
                if n <= u32::MAX as usize && buf.try_append(*len as usize, ys) {
                    let data = StrData::Shared { buf: buf.clone(), len: n as u32, counted: ys.len() as u32, char_len: char_len as u32 };
                    return StrObj { data, hash: Cell::new(0) };
                }
                strbuf::SHARE_AFTER
            }
            StrData::Heap { chain, .. } => chain.saturating_add(1),
            StrData::Inline { .. } => 1,
        };
        if chain >= strbuf::SHARE_AFTER && n <= (u32::MAX as usize) / 2 {
            let cap = strbuf::grown_capacity(n);
            let buf = strbuf::AppendBuf::with_text(xs, ys, cap);
            let data = StrData::Shared { buf, len: n as u32, counted: cap as u32, char_len: char_len as u32 };
            return StrObj { data, hash: Cell::new(0) };
        }
        let mut s = String::with_capacity(n);
        s.push_str(xs);
        s.push_str(ys);
        StrObj { data: StrData::Heap { text: s.into_boxed_str(), chain, char_len }, hash: Cell::new(0) }
    }
    /// Length in code points.
    #[inline]
    pub fn char_len(&self) -> usize {
        match &self.data {
            StrData::Inline { char_len, .. } => *char_len as usize,
            StrData::Heap { char_len, .. } => *char_len,
            StrData::Shared { char_len, .. } => *char_len as usize,
        }
    }
    #[inline]
    pub fn as_str(&self) -> &str {
        match &self.data {
            StrData::Inline { len, buf, .. } => {
                // SAFETY: `buf[..len]` was copied from a &str in `new`, so it is valid UTF-8,
                // and len <= STR_INLINE by construction.
                unsafe { std::str::from_utf8_unchecked(buf.get_unchecked(..*len as usize)) }
            }
            StrData::Heap { text, .. } => text,
            // SAFETY: `len` is this str's length over the buffer, fixed when it was made.
            StrData::Shared { buf, len, .. } => unsafe { buf.prefix(*len as usize) },
        }
    }
    #[inline]
    pub fn byte_len(&self) -> usize {
        match &self.data {
            StrData::Inline { len, .. } => *len as usize,
            StrData::Heap { text, .. } => text.len(),
            StrData::Shared { len, .. } => *len as usize,
        }
    }
    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.char_len() == self.byte_len()
    }
    /// Heap bytes outside the object.
    pub fn extra_bytes(&self) -> usize {
        match &self.data {
            StrData::Inline { .. } => 0,
            StrData::Heap { text, .. } => text.len(),
            StrData::Shared { counted, .. } => *counted as usize,
        }
    }
    pub fn hash(&self) -> i64 {
        let h = self.hash.get();
        if h != 0 {
            return h;
        }
        let mut h = strops::hash_str_fnv(self.as_str());
        if h == 0 || h == -1 {
            h = 1;
        }
        self.hash.set(h);
        h
    }
}

/// range(start, stop, step); i128 bounds cover ranges past 2**63 without big ints.
/// Items a tuple keeps inside its object.
pub const TUPLE_INLINE: usize = 4;

/// A Python tuple; up to TUPLE_INLINE items are stored inline.
pub enum TupleObj {
    Inline { len: u8, items: [Value; TUPLE_INLINE] },
    Heap(Box<[Value]>),
}

impl TupleObj {
    /// A tuple of a few items without a temporary Vec (pairs from enumerate, zip and
    /// dict items are built once per iteration).
    pub fn from_slice(items: &[Value]) -> TupleObj {
        if items.len() <= TUPLE_INLINE {
            let mut arr = [Value::NONE; TUPLE_INLINE];
            arr[..items.len()].copy_from_slice(items);
            TupleObj::Inline { len: items.len() as u8, items: arr }
        } else {
            TupleObj::Heap(items.into())
        }
    }

    pub fn new(items: Vec<Value>) -> TupleObj {
        if items.len() <= TUPLE_INLINE {
            let mut arr = [Value::NONE; TUPLE_INLINE];
            arr[..items.len()].copy_from_slice(&items);
            TupleObj::Inline { len: items.len() as u8, items: arr }
        } else {
            TupleObj::Heap(items.into_boxed_slice())
        }
    }
}

impl std::ops::Deref for TupleObj {
    type Target = [Value];
    #[inline]
    fn deref(&self) -> &[Value] {
        match self {
            TupleObj::Inline { len, items } => &items[..*len as usize],
            TupleObj::Heap(b) => b,
        }
    }
}

pub struct RangeObj {
    pub start: i128,
    pub stop: i128,
    pub step: i128,
}

impl RangeObj {
    pub fn len(&self) -> i128 {
        range_len(self.start, self.stop, self.step)
    }
}

pub fn range_len(start: i128, stop: i128, step: i128) -> i128 {
    let (lo, hi, st) = if step > 0 { (start, stop, step) } else { (stop, start, step.saturating_neg()) };
    if lo >= hi {
        0
    } else {
        (hi.saturating_sub(lo) - 1) / st + 1
    }
}

pub struct SliceObj {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum ViewKind {
    Keys,
    Values,
    Items,
}

pub struct DictView {
    pub dict: Value,
    pub kind: ViewKind,
}

pub struct BoundMethod {
    pub func: Value,
    pub self_: Value,
}

pub enum ObjKind {
    Str(StrObj),
    /// An int outside the inline 48-bit range that still fits an i64.
    MedInt(i64),
    /// An int outside the i64 range.
    BigInt(BigInt),
    List(RefCell<Vec<Value>>),
    Tuple(TupleObj),
    Dict(RefCell<Dict>),
    /// A set or frozenset.
    Set(Box<set::SetObj>),
    Range(Box<RangeObj>),
    Slice(SliceObj),
    Function(Box<Function>),
    Code(Box<Code>),
    Builtin(BuiltinFn),
    Type(Box<TypeObj>),
    Exception(Box<ExcObj>),
    Iter(Box<RefCell<IterState>>),
    DictView(DictView),
    BoundMethod(BoundMethod),
    /// An instance of a class defined in Python.
    Instance(class::InstanceObj),
    Property(Box<class::PropertyObj>),
    /// `classmethod(f)`.
    ClassMethod(Value),
    /// `staticmethod(f)`.
    StaticMethod(Value),
    Super(Box<class::SuperObj>),
    /// A closure cell: a variable shared between a function and the functions nested
    /// in it. NULL contents is an empty cell.
    Cell(std::cell::Cell<Value>),
    Generator(Box<generator::GenObj>),
    /// An immutable `bytes`.
    Bytes(BytesObj),
    /// A mutable `bytearray`.
    ByteArray(RefCell<Vec<u8>>),
    /// A module: its namespace dict and import state.
    Module(module::ModuleObj),
    /// An open file or standard stream (`open()`, `sys.stdout`).
    File(Box<crate::modules::file::FileObj>),
    /// An instance of a type a native module defines (`objects::native`).
    Native(Box<native::NativeObj>),
}

impl ObjKind {
    /// Heap bytes owned by the payload beyond the `Obj` itself (an estimate used to pace GC).
    pub fn extra_size(&self) -> usize {
        match self {
            ObjKind::Str(s) => s.extra_bytes(),
            ObjKind::Bytes(b) => b.as_slice().len(),
            ObjKind::ByteArray(b) => b.borrow().capacity(),
            ObjKind::BigInt(b) => (b.bits() as usize / 8) + 8,
            ObjKind::List(l) => l.borrow().capacity() * 8,
            ObjKind::Tuple(t) => match t {
                TupleObj::Inline { .. } => 0,
                TupleObj::Heap(b) => b.len() * 8,
            },
            ObjKind::Dict(d) => d.borrow().heap_size(),
            ObjKind::Set(s) => s.table.borrow().heap_size(),
            ObjKind::Function(_) => std::mem::size_of::<Function>(),
            ObjKind::Code(c) => c.heap_size(),
            ObjKind::Type(_) => std::mem::size_of::<TypeObj>(),
            ObjKind::Exception(_) => std::mem::size_of::<ExcObj>(),
            ObjKind::Instance(i) => match i.slots.borrow().capacity() {
                0 => 0,
                cap => 16 + cap * 8,
            },
            ObjKind::Native(n) => std::mem::size_of::<native::NativeObj>() + n.data.extra_size(),
            _ => 0,
        }
    }

    /// True for objects that refer to no other object, which marking need not trace.
    #[inline(always)]
    pub fn is_leaf(&self) -> bool {
        matches!(self, ObjKind::Str(_) | ObjKind::MedInt(_) | ObjKind::BigInt(_) | ObjKind::Range(_) | ObjKind::Bytes(_) | ObjKind::ByteArray(_))
    }

    /// Calls `f` on every value this object refers to (the GC's mark step).
    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        match self {
            ObjKind::Str(_) | ObjKind::MedInt(_) | ObjKind::BigInt(_) | ObjKind::Range(_) | ObjKind::Bytes(_) | ObjKind::ByteArray(_) => {}
            ObjKind::List(l) => trace_items(&l.borrow(), f),
            ObjKind::Tuple(t) => trace_items(t, f),
            ObjKind::Dict(d) => d.borrow().trace(f),
            ObjKind::Set(s) => s.table.borrow().trace(f),
            ObjKind::Slice(s) => {
                f(s.start);
                f(s.stop);
                f(s.step)
            }
            ObjKind::Function(func) => func.trace(f),
            ObjKind::Code(c) => c.trace(f),
            ObjKind::Builtin(b) => {
                f(b.self_);
                f(b.owner)
            }
            ObjKind::Type(t) => t.trace(f),
            ObjKind::Exception(e) => e.trace(f),
            ObjKind::Iter(it) => it.borrow().trace(f),
            ObjKind::DictView(v) => f(v.dict),
            ObjKind::BoundMethod(m) => {
                f(m.func);
                f(m.self_)
            }
            ObjKind::Instance(i) => {
                f(i.class);
                f(i.payload);
                for &v in i.slots.borrow().iter() {
                    f(v);
                }
            }
            ObjKind::Property(p) => {
                f(p.fget);
                f(p.fset);
                f(p.fdel);
                f(p.doc);
                f(p.name.get())
            }
            ObjKind::ClassMethod(x) | ObjKind::StaticMethod(x) => f(*x),
            ObjKind::Super(s) => {
                f(s.this);
                f(s.obj)
            }
            ObjKind::Cell(c) => f(c.get()),
            ObjKind::Generator(g) => g.trace(f),
            ObjKind::Module(m) => f(m.dict),
            ObjKind::File(file) => file.trace(f),
            ObjKind::Native(n) => n.trace(f),
        }
    }
}

/// Visits items, prefetching a few ahead: items of big lists are usually scattered.
fn trace_items(items: &[Value], f: &mut dyn FnMut(Value)) {
    for (i, &v) in items.iter().enumerate() {
        if let Some(&ahead) = items.get(i + 8) {
            crate::heap::prefetch_value(ahead);
        }
        f(v)
    }
}

/// Typed accessors on values, so callers never match on `ObjKind` for the common cases.
impl Value {
    #[inline]
    pub fn kind<'a>(self) -> Option<&'a ObjKind> {
        self.as_obj().map(|o| &o.kind)
    }
    #[inline]
    pub fn as_str<'a>(self) -> Option<&'a str> {
        match self.kind() {
            Some(ObjKind::Str(s)) => Some(s.as_str()),
            _ => None,
        }
    }
    #[inline]
    pub fn as_strobj<'a>(self) -> Option<&'a StrObj> {
        match self.kind() {
            Some(ObjKind::Str(s)) => Some(s),
            _ => None,
        }
    }
    #[inline]
    pub fn as_list<'a>(self) -> Option<&'a RefCell<Vec<Value>>> {
        match self.kind() {
            Some(ObjKind::List(l)) => Some(l),
            _ => None,
        }
    }
    #[inline]
    pub fn as_tuple<'a>(self) -> Option<&'a [Value]> {
        match self.kind() {
            Some(ObjKind::Tuple(t)) => Some(t),
            _ => None,
        }
    }
    #[inline]
    pub fn as_dict<'a>(self) -> Option<&'a RefCell<Dict>> {
        match self.kind() {
            Some(ObjKind::Dict(d)) => Some(d),
            _ => None,
        }
    }
    #[inline]
    pub fn as_bigint<'a>(self) -> Option<&'a BigInt> {
        match self.kind() {
            Some(ObjKind::BigInt(b)) => Some(b),
            _ => None,
        }
    }
    #[inline]
    pub fn as_type<'a>(self) -> Option<&'a TypeObj> {
        match self.kind() {
            Some(ObjKind::Type(t)) => Some(t),
            _ => None,
        }
    }
    #[inline]
    pub fn as_exc<'a>(self) -> Option<&'a ExcObj> {
        match self.kind() {
            Some(ObjKind::Exception(e)) => Some(e),
            _ => None,
        }
    }
    #[inline]
    pub fn as_function<'a>(self) -> Option<&'a Function> {
        match self.kind() {
            Some(ObjKind::Function(f)) => Some(f),
            _ => None,
        }
    }
    #[inline]
    pub fn as_code<'a>(self) -> Option<&'a Code> {
        match self.kind() {
            Some(ObjKind::Code(c)) => Some(c),
            _ => None,
        }
    }
    /// True for int values of any representation (bool is not included).
    #[inline]
    pub fn is_any_int(self) -> bool {
        self.is_int() || matches!(self.kind(), Some(ObjKind::MedInt(_)) | Some(ObjKind::BigInt(_)))
    }
}
