//! Type objects. Builtin types are real class objects (`type(3) is int`) with an MRO
//! and a dict of methods; calling one runs its constructor.

use super::{Dict, ObjKind};
use crate::heap::Heap;
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use std::cell::{Cell, RefCell};

pub type Ctor = fn(&mut Vm, Value, &[Value], &[Value]) -> PyResult<Value>;

pub struct TypeObj {
    pub name: String,
    pub qualname: String,
    pub module: String,
    /// NULL for `object`.
    pub base: Cell<Value>,
    /// `__bases__` (empty for `object`).
    pub bases: Vec<Value>,
    /// Method resolution order, starting with the type itself (set once the type exists).
    pub mro: RefCell<Vec<Value>>,
    pub dict: Value,
    /// Constructor run by `T(...)`, found along the MRO.
    pub ctor: Cell<Option<Ctor>>,
    pub is_exception: Cell<bool>,
    /// Defined in Python (a class statement or `type(name, bases, dict)`): mutable,
    /// instantiated through `__new__`/`__init__`.
    pub heap_type: bool,
    /// The shape new instances start with (classes defined in Python).
    pub root_shape: Cell<u32>,
    /// `__slots__` when this class and every class defined in Python above it declare
    /// them: the only attributes instances may have (interned names); they then have
    /// no `__dict__`. None when instances have a `__dict__`.
    pub slots: Option<Vec<Value>>,
    /// Every slot name declared by `__slots__` along the MRO (interned). An instance
    /// with a `__dict__` keeps these attributes out of it, as CPython does.
    pub members: Vec<Value>,
    /// The class's own type when it is not `type` (a metaclass defined in Python),
    /// else NULL.
    pub metaclass: Cell<Value>,
    /// Most attributes an instance has had in its slots: new instances reserve that
    /// many, so `__init__` fills them without regrowing and they hold no spare room.
    pub instance_slots: Cell<u8>,
    /// For a class defined in Python that derives from list, dict, str, int or another
    /// builtin type whose values its instances wrap: that builtin type. NULL otherwise.
    pub payload_base: Value,
}

impl TypeObj {
    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        f(self.metaclass.get());
        f(self.payload_base);
        f(self.base.get());
        for &b in &self.bases {
            f(b);
        }
        for &n in self.slots.iter().flatten().chain(self.members.iter()) {
            f(n);
        }
        for &m in self.mro.borrow().iter() {
            f(m);
        }
        f(self.dict);
    }

    /// Looks `name` up along the MRO's dicts.
    pub fn lookup(&self, name: Value) -> Option<Value> {
        let h = name.as_strobj()?.hash();
        for t in self.mro.borrow().iter() {
            if let Some(tt) = t.as_type() {
                if let Some(d) = tt.dict.as_dict() {
                    if let Some(v) = d.borrow().get(h, name) {
                        return Some(v);
                    }
                }
            }
        }
        None
    }

    /// `lookup` along the MRO up to `stop` (excluded): a native type's own special
    /// methods, without `object`'s generic ones.
    pub fn lookup_before(&self, name: Value, stop: Value) -> Option<Value> {
        let h = name.as_strobj()?.hash();
        for &t in self.mro.borrow().iter() {
            if t == stop {
                break;
            }
            if let Some(d) = t.as_type().and_then(|tt| tt.dict.as_dict()) {
                if let Some(v) = d.borrow().get(h, name) {
                    return Some(v);
                }
            }
        }
        None
    }

    /// Where `lookup` finds `name`: the dict of the class along the MRO that holds it
    /// and the index of its entry there.
    pub fn lookup_entry(&self, name: Value) -> Option<(Value, usize)> {
        let h = name.as_strobj()?.hash();
        for t in self.mro.borrow().iter() {
            if let Some(tt) = t.as_type() {
                if let Some(d) = tt.dict.as_dict() {
                    if let Some(i) = d.borrow().find(h, name) {
                        return Some((tt.dict, i));
                    }
                }
            }
        }
        None
    }

    /// True when a class along the MRO defines `name` (no interned name needed).
    pub fn defines(&self, name: &str) -> bool {
        self.mro.borrow().iter().any(|t| t.as_type().and_then(|tt| tt.dict.as_dict()).is_some_and(|d| d.borrow().iter().any(|(k, _)| k.as_str() == Some(name))))
    }

    pub fn is_subtype_of(&self, other: Value) -> bool {
        self.mro.borrow().iter().any(|&t| t == other)
    }
}

macro_rules! builtin_types {
    ($($field:ident : $name:literal),* $(,)?) => {
        pub struct BuiltinTypes {
            $(pub $field: Value,)*
            pub empty_tuple: Value,
            /// Every exception class by name, in definition order.
            pub exceptions: Vec<(&'static str, Value)>,
        }
        impl BuiltinTypes {
            fn plain_types() -> &'static [(&'static str, &'static str)] {
                &[$((stringify!($field), $name)),*]
            }
            fn set_field(&mut self, field: &str, v: Value) {
                match field {
                    $(stringify!($field) => self.$field = v,)*
                    _ => {}
                }
            }
            pub fn all(&self) -> Vec<Value> {
                let mut v = vec![$(self.$field),*];
                v.push(self.empty_tuple);
                v.extend(self.exceptions.iter().map(|e| e.1));
                v
            }
        }
    };
}

builtin_types! {
    object: "object",
    type_: "type",
    int: "int",
    bool_: "bool",
    float: "float",
    complex: "complex",
    str_: "str",
    bytes: "bytes",
    bytearray: "bytearray",
    list: "list",
    tuple: "tuple",
    dict: "dict",
    set: "set",
    frozenset: "frozenset",
    range: "range",
    slice: "slice",
    function: "function",
    builtin_function: "builtin_function_or_method",
    code: "code",
    none_type: "NoneType",
    not_implemented_type: "NotImplementedType",
    ellipsis_type: "ellipsis",
    list_iterator: "list_iterator",
    tuple_iterator: "tuple_iterator",
    range_iterator: "range_iterator",
    str_iterator: "str_ascii_iterator",
    bytes_iterator: "bytes_iterator",
    bytearray_iterator: "bytearray_iterator",
    dict_keyiterator: "dict_keyiterator",
    dict_valueiterator: "dict_valueiterator",
    dict_itemiterator: "dict_itemiterator",
    set_iterator: "set_iterator",
    list_reverseiterator: "list_reverseiterator",
    enumerate: "enumerate",
    zip: "zip",
    reversed: "reversed",
    map: "map",
    filter: "filter",
    callable_iterator: "callable_iterator",
    seq_iterator: "iterator",
    coroutine_wrapper: "coroutine_wrapper",
    async_generator: "async_generator",
    async_generator_asend: "async_generator_asend",
    async_generator_athrow: "async_generator_athrow",
    dict_keys: "dict_keys",
    dict_values: "dict_values",
    dict_items: "dict_items",
    method: "method",
    property: "property",
    classmethod: "classmethod",
    staticmethod: "staticmethod",
    super_: "super",
    cell: "cell",
    generator: "generator",
    coroutine: "coroutine",
    module: "module",
    text_io: "TextIOWrapper",
    buffered_reader: "BufferedReader",
    buffered_writer: "BufferedWriter",
    buffered_random: "BufferedRandom",
    // exception classes used directly by the VM
    base_exception: "BaseException",
    exception: "Exception",
    type_error: "TypeError",
    value_error: "ValueError",
    index_error: "IndexError",
    key_error: "KeyError",
    zero_division_error: "ZeroDivisionError",
    overflow_error: "OverflowError",
    attribute_error: "AttributeError",
    name_error: "NameError",
    unbound_local_error: "UnboundLocalError",
    runtime_error: "RuntimeError",
    recursion_error: "RecursionError",
    stop_iteration: "StopIteration",
    assertion_error: "AssertionError",
    memory_error: "MemoryError",
    not_implemented_error: "NotImplementedError",
    syntax_error: "SyntaxError",
    system_exit: "SystemExit",
    keyboard_interrupt: "KeyboardInterrupt",
    generator_exit: "GeneratorExit",
    stop_async_iteration: "StopAsyncIteration",
    lookup_error: "LookupError",
    unicode_error: "UnicodeError",
    unicode_decode_error: "UnicodeDecodeError",
    unicode_encode_error: "UnicodeEncodeError",
    os_error: "OSError",
    import_error: "ImportError",
    module_not_found_error: "ModuleNotFoundError",
    eof_error: "EOFError",
    // io.UnsupportedOperation (not a builtin name; bases OSError and ValueError)
    unsupported_operation: "UnsupportedOperation",
}

/// (name, base) of every builtin exception class, parents first.
const EXCEPTIONS: &[(&str, &str)] = &[
    ("BaseException", ""),
    ("SystemExit", "BaseException"),
    ("KeyboardInterrupt", "BaseException"),
    ("GeneratorExit", "BaseException"),
    ("Exception", "BaseException"),
    ("StopIteration", "Exception"),
    ("StopAsyncIteration", "Exception"),
    ("ArithmeticError", "Exception"),
    ("FloatingPointError", "ArithmeticError"),
    ("OverflowError", "ArithmeticError"),
    ("ZeroDivisionError", "ArithmeticError"),
    ("AssertionError", "Exception"),
    ("AttributeError", "Exception"),
    ("BufferError", "Exception"),
    ("EOFError", "Exception"),
    ("ImportError", "Exception"),
    ("ModuleNotFoundError", "ImportError"),
    ("LookupError", "Exception"),
    ("IndexError", "LookupError"),
    ("KeyError", "LookupError"),
    ("MemoryError", "Exception"),
    ("NameError", "Exception"),
    ("UnboundLocalError", "NameError"),
    ("OSError", "Exception"),
    ("FileNotFoundError", "OSError"),
    ("FileExistsError", "OSError"),
    ("PermissionError", "OSError"),
    ("IsADirectoryError", "OSError"),
    ("NotADirectoryError", "OSError"),
    ("TimeoutError", "OSError"),
    ("ReferenceError", "Exception"),
    ("RuntimeError", "Exception"),
    ("NotImplementedError", "RuntimeError"),
    ("RecursionError", "RuntimeError"),
    ("SyntaxError", "Exception"),
    ("IndentationError", "SyntaxError"),
    ("TabError", "IndentationError"),
    ("SystemError", "Exception"),
    ("TypeError", "Exception"),
    ("ValueError", "Exception"),
    ("UnicodeError", "ValueError"),
    ("UnicodeDecodeError", "UnicodeError"),
    ("UnicodeEncodeError", "UnicodeError"),
    ("Warning", "Exception"),
    ("UserWarning", "Warning"),
    ("DeprecationWarning", "Warning"),
    ("RuntimeWarning", "Warning"),
    ("SyntaxWarning", "Warning"),
    ("PendingDeprecationWarning", "Warning"),
    ("ImportWarning", "Warning"),
    ("ResourceWarning", "Warning"),
    ("FutureWarning", "Warning"),
    ("UnicodeWarning", "Warning"),
    ("BytesWarning", "Warning"),
    ("EncodingWarning", "Warning"),
];

/// The module a builtin type reports (`<class '_io.TextIOWrapper'>`).
fn module_of_builtin_type(name: &str) -> &'static str {
    match name {
        "TextIOWrapper" | "BufferedReader" | "BufferedWriter" | "BufferedRandom" | "UnsupportedOperation" => "_io",
        _ => "builtins",
    }
}

fn new_type(heap: &mut Heap, name: &str, base: Value, object: Value) -> Value {
    new_module_type(heap, name, module_of_builtin_type(name), base, object)
}

/// A builtin (non-heap) type that module `module` defines (`objects::native`).
pub fn new_module_type(heap: &mut Heap, name: &str, module: &str, base: Value, object: Value) -> Value {
    let dict = heap.alloc(ObjKind::Dict(RefCell::new(Dict::new())));
    let mut mro = Vec::new();
    if let Some(b) = base.as_type() {
        mro.extend(b.mro.borrow().iter().copied());
    } else if !object.is_null() && base.is_null() {
        mro.push(object);
    }
    let base = if base.is_null() { object } else { base };
    let t = heap.alloc(ObjKind::Type(Box::new(TypeObj {
        name: name.to_string(),
        qualname: name.to_string(),
        module: module.into(),
        base: Cell::new(base),
        bases: if base.is_null() { Vec::new() } else { vec![base] },
        mro: RefCell::new(Vec::new()),
        dict,
        ctor: Cell::new(None),
        is_exception: Cell::new(false),
        heap_type: false,
        root_shape: Cell::new(super::shape::DICT_MODE),
        instance_slots: Cell::new(0),
        slots: None,
        members: Vec::new(),
        metaclass: Cell::new(Value::NULL),
        payload_base: Value::NULL,
    })));
    mro.insert(0, t);
    if let Some(tt) = t.as_type() {
        *tt.mro.borrow_mut() = mro;
    }
    t
}

impl BuiltinTypes {
    /// The builtin types a class defined in Python may derive from with instances that
    /// wrap a value of the type (`objects::subclass`).
    pub fn is_payload_type(&self, t: Value) -> bool {
        [self.int, self.float, self.str_, self.bytes, self.bytearray, self.list, self.tuple, self.dict, self.set, self.frozenset].contains(&t)
    }

    /// The payload types whose values change in place, which `__init__` fills.
    pub fn is_mutable_payload_type(&self, t: Value) -> bool {
        [self.list, self.dict, self.set, self.bytearray].contains(&t)
    }

    pub fn new(heap: &mut Heap) -> BuiltinTypes {
        let mut bt = BuiltinTypes {
            object: Value::NULL,
            type_: Value::NULL,
            int: Value::NULL,
            bool_: Value::NULL,
            float: Value::NULL,
            complex: Value::NULL,
            str_: Value::NULL,
            bytes: Value::NULL,
            bytearray: Value::NULL,
            list: Value::NULL,
            tuple: Value::NULL,
            dict: Value::NULL,
            set: Value::NULL,
            frozenset: Value::NULL,
            range: Value::NULL,
            slice: Value::NULL,
            function: Value::NULL,
            builtin_function: Value::NULL,
            code: Value::NULL,
            none_type: Value::NULL,
            not_implemented_type: Value::NULL,
            ellipsis_type: Value::NULL,
            list_iterator: Value::NULL,
            tuple_iterator: Value::NULL,
            range_iterator: Value::NULL,
            str_iterator: Value::NULL,
            bytes_iterator: Value::NULL,
            bytearray_iterator: Value::NULL,
            dict_keyiterator: Value::NULL,
            dict_valueiterator: Value::NULL,
            dict_itemiterator: Value::NULL,
            set_iterator: Value::NULL,
            list_reverseiterator: Value::NULL,
            enumerate: Value::NULL,
            zip: Value::NULL,
            reversed: Value::NULL,
            map: Value::NULL,
            filter: Value::NULL,
            callable_iterator: Value::NULL,
            seq_iterator: Value::NULL,
            coroutine_wrapper: Value::NULL,
            async_generator: Value::NULL,
            async_generator_asend: Value::NULL,
            async_generator_athrow: Value::NULL,
            dict_keys: Value::NULL,
            dict_values: Value::NULL,
            dict_items: Value::NULL,
            method: Value::NULL,
            property: Value::NULL,
            classmethod: Value::NULL,
            staticmethod: Value::NULL,
            super_: Value::NULL,
            cell: Value::NULL,
            generator: Value::NULL,
            coroutine: Value::NULL,
            module: Value::NULL,
            text_io: Value::NULL,
            buffered_reader: Value::NULL,
            buffered_writer: Value::NULL,
            buffered_random: Value::NULL,
            generator_exit: Value::NULL,
            stop_async_iteration: Value::NULL,
            lookup_error: Value::NULL,
            unicode_error: Value::NULL,
            unicode_decode_error: Value::NULL,
            unicode_encode_error: Value::NULL,
            os_error: Value::NULL,
            import_error: Value::NULL,
            module_not_found_error: Value::NULL,
            eof_error: Value::NULL,
            unsupported_operation: Value::NULL,
            base_exception: Value::NULL,
            exception: Value::NULL,
            type_error: Value::NULL,
            value_error: Value::NULL,
            index_error: Value::NULL,
            key_error: Value::NULL,
            zero_division_error: Value::NULL,
            overflow_error: Value::NULL,
            attribute_error: Value::NULL,
            name_error: Value::NULL,
            unbound_local_error: Value::NULL,
            runtime_error: Value::NULL,
            recursion_error: Value::NULL,
            stop_iteration: Value::NULL,
            assertion_error: Value::NULL,
            memory_error: Value::NULL,
            not_implemented_error: Value::NULL,
            syntax_error: Value::NULL,
            system_exit: Value::NULL,
            keyboard_interrupt: Value::NULL,
            empty_tuple: Value::NULL,
            exceptions: Vec::new(),
        };
        let object = new_type(heap, "object", Value::NULL, Value::NULL);
        if let Some(t) = object.as_type() {
            t.base.set(Value::NULL);
        }
        bt.object = object;
        for (field, name) in Self::plain_types() {
            // exception classes are made below, in hierarchy order
            if *field == "object" || *name == "UnsupportedOperation" || EXCEPTIONS.iter().any(|(e, _)| e == name) {
                continue;
            }
            let base = if *field == "bool_" { bt.int } else { Value::NULL };
            let t = new_type(heap, name, base, object);
            bt.set_field(field, t);
        }
        for (name, base) in EXCEPTIONS {
            let base_v = if base.is_empty() { Value::NULL } else { bt.exceptions.iter().find(|e| e.0 == *base).map(|e| e.1).unwrap_or(Value::NULL) };
            let t = new_type(heap, name, base_v, object);
            if let Some(tt) = t.as_type() {
                tt.is_exception.set(true);
                tt.ctor.set(Some(super::exception::exc_ctor));
            }
            bt.exceptions.push((name, t));
            for (field, fname) in Self::plain_types() {
                if fname == name {
                    bt.set_field(field, t);
                }
            }
        }
        // OSError and ImportError take fields their own way
        for &(_, t) in &bt.exceptions {
            if let Some(tt) = t.as_type() {
                if tt.is_subtype_of(bt.os_error) {
                    tt.ctor.set(Some(super::exception::os_error_ctor));
                } else if tt.is_subtype_of(bt.import_error) {
                    tt.ctor.set(Some(super::exception::import_error_ctor));
                }
            }
        }
        bt.unsupported_operation = unsupported_operation_type(heap, &bt, object);
        bt.empty_tuple = heap.alloc(ObjKind::Tuple(super::TupleObj::new(Vec::new())));
        bt
    }
}

/// `io.UnsupportedOperation`, a subclass of both OSError and ValueError (its MRO is
/// C3's for those bases).
fn unsupported_operation_type(heap: &mut Heap, bt: &BuiltinTypes, object: Value) -> Value {
    let (os_error, value_error) = (bt.os_error, bt.value_error);
    let t = new_type(heap, "UnsupportedOperation", os_error, object);
    let dict = t.as_type().map(|tt| tt.dict).unwrap_or(Value::NULL);
    let uo = heap.alloc(ObjKind::Type(Box::new(TypeObj {
        name: "UnsupportedOperation".into(),
        qualname: "UnsupportedOperation".into(),
        module: "io".into(),
        base: Cell::new(os_error),
        bases: vec![os_error, value_error],
        mro: RefCell::new(Vec::new()),
        dict,
        ctor: Cell::new(Some(super::exception::os_error_ctor)),
        is_exception: Cell::new(true),
        heap_type: false,
        root_shape: Cell::new(super::shape::DICT_MODE),
        instance_slots: Cell::new(0),
        slots: None,
        members: Vec::new(),
        metaclass: Cell::new(Value::NULL),
        payload_base: Value::NULL,
    })));
    let mut mro = vec![uo, os_error, value_error];
    if let Some(e) = value_error.as_type() {
        // ValueError's MRO past itself: Exception, BaseException, object
        mro.extend(e.mro.borrow().iter().skip(1).copied());
    }
    if let Some(tt) = uo.as_type() {
        *tt.mro.borrow_mut() = mro;
    }
    uo
}

/// Sets a type's constructor (done once at start-up, before any Python code runs).
pub fn set_ctor(t: Value, ctor: Ctor) {
    if let Some(tt) = t.as_type() {
        tt.ctor.set(Some(ctor));
    }
}

/// Adds a native method to a type's dict. A method of a type that subclasses can wrap
/// (`BuiltinTypes::is_payload_type`) gets that type as its owner: called on an instance
/// of a subclass, it receives the wrapped builtin value as its receiver.
pub fn add_method(vm: &mut Vm, t: Value, name: &'static str, f: super::NativeFn) {
    let owner = if vm.types.is_payload_type(t) { t } else { Value::NULL };
    add_native(vm, t, name, f, owner);
}

/// Adds a native method that receives instances of subclasses as they are (it unwraps
/// them itself: `dict.__getitem__` calls `__missing__`, in-place operators return
/// their receiver).
pub fn add_raw_method(vm: &mut Vm, t: Value, name: &'static str, f: super::NativeFn) {
    add_native(vm, t, name, f, Value::NULL);
}

fn add_native(vm: &mut Vm, t: Value, name: &'static str, f: super::NativeFn, owner: Value) {
    let fv = vm.alloc(ObjKind::Builtin(super::BuiltinFn { name, func: f, self_: Value::NULL, owner }));
    let key = vm.intern(name);
    if let Some(tt) = t.as_type() {
        let d = tt.dict;
        super::ops::dict_set_str(vm, d, key, fv);
    }
}

pub fn init_type_dicts(vm: &mut Vm) {
    crate::builtins::types_init::init(vm);
}

/// `T(args...)`.
pub fn call_type(vm: &mut Vm, t: Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let tt = t.as_type().expect("type");
    if tt.heap_type {
        // a metaclass defined in Python may define how its classes are called
        let meta = tt.metaclass.get();
        if !meta.is_null() {
            let call = vm.intern("__call__");
            if let Some(f) = vm.lookup_attr(meta, call).filter(|f| f.as_function().is_some()) {
                let mut full = Vec::with_capacity(args.len() + 1);
                full.push(t);
                full.extend_from_slice(args);
                return vm.call_with_kw(f, &full, kwnames);
            }
        }
        return super::class::call_user_class(vm, t, args, kwnames);
    }
    let ctor = tt.mro.borrow().iter().find_map(|m| m.as_type().and_then(|x| x.ctor.get()));
    if let Some(ctor) = ctor {
        return ctor(vm, t, args, kwnames);
    }
    let name = tt.name.clone();
    Err(vm.type_error(format!("cannot create '{}' instances", name)))
}

impl Vm {
    /// The type object of any value.
    pub fn type_of(&self, v: Value) -> Value {
        let t = &self.types;
        if v.is_int() {
            return t.int;
        }
        if v.is_float() {
            return t.float;
        }
        match v {
            Value::NONE => return t.none_type,
            Value::TRUE | Value::FALSE => return t.bool_,
            Value::NOT_IMPLEMENTED => return t.not_implemented_type,
            Value::ELLIPSIS => return t.ellipsis_type,
            _ => {}
        }
        match v.kind() {
            Some(ObjKind::Str(_)) => t.str_,
            Some(ObjKind::Bytes(_)) => t.bytes,
            Some(ObjKind::ByteArray(_)) => t.bytearray,
            Some(ObjKind::MedInt(_)) | Some(ObjKind::BigInt(_)) => t.int,
            Some(ObjKind::List(_)) => t.list,
            Some(ObjKind::Tuple(_)) => t.tuple,
            Some(ObjKind::Dict(_)) => t.dict,
            Some(ObjKind::Set(s)) => {
                if s.frozen {
                    t.frozenset
                } else {
                    t.set
                }
            }
            Some(ObjKind::Range(_)) => t.range,
            Some(ObjKind::Slice(_)) => t.slice,
            Some(ObjKind::Function(_)) => t.function,
            Some(ObjKind::Code(_)) => t.code,
            Some(ObjKind::Builtin(_)) => t.builtin_function,
            Some(ObjKind::Type(tt)) => {
                let m = tt.metaclass.get();
                if m.is_null() {
                    t.type_
                } else {
                    m
                }
            }
            Some(ObjKind::Exception(e)) => e.class,
            Some(ObjKind::Iter(it)) => it.borrow().type_of(t),
            Some(ObjKind::DictView(dv)) => match dv.kind {
                super::ViewKind::Keys => t.dict_keys,
                super::ViewKind::Values => t.dict_values,
                super::ViewKind::Items => t.dict_items,
            },
            Some(ObjKind::BoundMethod(_)) => t.method,
            Some(ObjKind::Instance(i)) => i.class,
            Some(ObjKind::Property(_)) => t.property,
            Some(ObjKind::ClassMethod(_)) => t.classmethod,
            Some(ObjKind::StaticMethod(_)) => t.staticmethod,
            Some(ObjKind::Super(_)) => t.super_,
            Some(ObjKind::Cell(_)) => t.cell,
            Some(ObjKind::Generator(g)) => {
                if g.is_async_gen {
                    t.async_generator
                } else if g.is_coroutine {
                    t.coroutine
                } else {
                    t.generator
                }
            }
            Some(ObjKind::Module(_)) => t.module,
            Some(ObjKind::File(f)) => f.type_of(t),
            Some(ObjKind::Native(n)) => n.class,
            None => t.object,
        }
    }

    /// isinstance(v, t) for a single class t.
    pub fn is_instance(&self, v: Value, t: Value) -> bool {
        let vt = self.type_of(v);
        vt.as_type().map(|x| x.is_subtype_of(t)).unwrap_or(false)
    }
}
