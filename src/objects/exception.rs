//! Exception instances: args, traceback entries, context and cause, and the raise rules.

use super::ObjKind;
use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};
use std::cell::{Cell, RefCell};

pub struct ExcObj {
    pub class: Value,
    pub args: Cell<Value>,
    /// (code object, pc) of each frame the exception passed through, innermost first.
    pub traceback: RefCell<Vec<(Value, u32)>>,
    pub context: Cell<Value>,
    pub cause: Cell<Value>,
    pub suppress_context: Cell<bool>,
    /// `__dict__`, created when an attribute is first set (user exception classes).
    pub dict: Cell<Value>,
}

impl ExcObj {
    pub fn new(class: Value, args: Value) -> ExcObj {
        ExcObj {
            class,
            args: Cell::new(args),
            traceback: RefCell::new(Vec::new()),
            context: Cell::new(Value::NONE),
            cause: Cell::new(Value::NONE),
            suppress_context: Cell::new(false),
            dict: Cell::new(Value::NULL),
        }
    }

    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        f(self.class);
        f(self.args.get());
        f(self.context.get());
        f(self.cause.get());
        f(self.dict.get());
        for &(c, _) in self.traceback.borrow().iter() {
            f(c);
        }
    }

    /// The single str argument, if that is what the exception carries.
    pub fn message(&self) -> Option<String> {
        let a = self.args.get();
        let t = a.as_tuple()?;
        if t.len() == 1 {
            t[0].as_str().map(|s| s.to_string())
        } else {
            None
        }
    }

    pub fn class_name(&self) -> String {
        self.class.as_type().map(|t| t.name.clone()).unwrap_or_default()
    }
}

/// Constructor shared by every exception class: `E(*args)`.
pub fn exc_ctor(vm: &mut Vm, cls: Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    if !kwnames.is_empty() {
        let n = cls.as_type().map(|t| t.name.clone()).unwrap_or_default();
        return Err(vm.type_error(format!("{}() takes no keyword arguments", n)));
    }
    Ok(vm.new_exc_args(cls, args.to_vec()))
}

/// str(e): '' for no args, str(arg) for one, str(args) for more; KeyError uses repr.
pub fn exc_str(vm: &mut Vm, e: &ExcObj) -> PyResult<String> {
    if let Some(s) = special_str(vm, e)? {
        return Ok(s);
    }
    let args: Vec<Value> = e.args.get().as_tuple().map(|t| t.to_vec()).unwrap_or_default();
    if args.len() == 5 {
        if let Some(t) = e.class.as_type() {
            let decode = t.is_subtype_of(vm.types.unicode_decode_error);
            if decode || t.is_subtype_of(vm.types.unicode_encode_error) {
                if let Some(s) = super::codecs::unicode_error_str(decode, &args) {
                    return Ok(s);
                }
            }
        }
    }
    match args.len() {
        0 => Ok(String::new()),
        1 => {
            if e.class.as_type().map(|t| t.is_subtype_of(vm.types.key_error)).unwrap_or(false) {
                super::repr::repr(vm, args[0])
            } else {
                super::repr::str_of(vm, args[0])
            }
        }
        _ => super::repr::repr(vm, e.args.get()),
    }
}

/// The exception object `raise x` raises: an instance as is, a class instantiated.
pub fn make_raisable(vm: &mut Vm, x: Value) -> PyResult<Value> {
    if x.as_exc().is_some() {
        return Ok(x);
    }
    if let Some(t) = x.as_type() {
        if t.is_exception.get() || t.is_subtype_of(vm.types.base_exception) {
            let e = super::types::call_type(vm, x, &[], &[])?;
            if e.as_exc().is_some() {
                return Ok(e);
            }
        }
    }
    Err(vm.type_error("exceptions must derive from BaseException"))
}

/// `raise e from c`.
pub fn set_cause(vm: &mut Vm, e: Value, cause: Value) -> PyResult<()> {
    let c = if cause.is_none() {
        Value::NONE
    } else {
        match make_raisable(vm, cause) {
            Ok(c) => c,
            Err(_) => return Err(vm.type_error("exception causes must derive from BaseException")),
        }
    };
    if let Some(ex) = e.as_exc() {
        ex.cause.set(c);
        ex.suppress_context.set(true);
        vm.write_barrier(e, c);
    }
    Ok(())
}

/// `except cls:` matching, with a class or a tuple of classes.
pub fn exc_matches(vm: &mut Vm, e: Value, cls: Value) -> PyResult<bool> {
    if let Some(t) = cls.as_tuple() {
        for &c in t.iter() {
            if exc_matches(vm, e, c)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    match cls.as_type() {
        Some(t) if t.is_subtype_of(vm.types.base_exception) => Ok(vm.is_instance(e, cls)),
        _ => Err(vm.type_error("catching classes that do not inherit from BaseException is not allowed")),
    }
}

/// Sets `__context__` on a newly raised exception from the one being handled.
pub fn set_context(vm: &mut Vm, e: Value) {
    let h = vm.handled;
    if h.is_none() || h == e {
        return;
    }
    if let Some(ex) = e.as_exc() {
        // avoid a cycle: if e is already in h's context chain, cut it there
        let mut cur = h;
        let mut steps = 0;
        while let Some(c) = cur.as_exc() {
            let next = c.context.get();
            if next == e {
                c.context.set(Value::NONE);
                break;
            }
            cur = next;
            steps += 1;
            if steps > 10_000 {
                break;
            }
        }
        ex.context.set(h);
        vm.write_barrier(e, h);
    }
}

pub fn new_stop_iteration(vm: &mut Vm, value: Option<Value>) -> PyErr {
    let c = vm.types.stop_iteration;
    PyErr(vm.new_exc_args(c, value.into_iter().collect()))
}

pub fn is_exception_value(v: Value) -> bool {
    matches!(v.kind(), Some(ObjKind::Exception(_)))
}

// ------------------------------------------------------------ fields of builtin classes

/// The attributes some builtin exception classes always have (CPython's member slots),
/// which their constructors store in the exception's dict.
fn field_names(vm: &Vm, class: Value) -> &'static [&'static str] {
    let Some(t) = class.as_type() else { return &[] };
    if t.is_subtype_of(vm.types.import_error) {
        &["msg", "name", "path"]
    } else if t.is_subtype_of(vm.types.os_error) {
        &["errno", "strerror", "filename", "filename2"]
    } else if t.is_subtype_of(vm.types.syntax_error) {
        &["msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset", "print_file_and_line"]
    } else if t.is_subtype_of(vm.types.system_exit) {
        &["code"]
    } else {
        &[]
    }
}

fn dict_field(e: &ExcObj, name: &str) -> Option<Value> {
    let d = e.dict.get();
    let dd = d.as_dict()?;
    let found = dd.borrow().iter().find(|(k, _)| k.as_str() == Some(name)).map(|(_, v)| v);
    found
}

/// `e.name` for such a field: its stored value, else its default (`SystemExit.code`
/// comes from the args, as CPython's `SystemExit.__init__` sets it).
pub fn builtin_field(vm: &mut Vm, e: &ExcObj, name: &str) -> Option<Value> {
    if !field_names(vm, e.class).contains(&name) {
        return None;
    }
    if let Some(v) = dict_field(e, name) {
        return Some(v);
    }
    let args = e.args.get();
    let items = args.as_tuple().unwrap_or(&[]);
    Some(match name {
        "code" => match items.len() {
            0 => Value::NONE,
            1 => items[0],
            _ => args,
        },
        "msg" if items.len() == 1 && e.class.as_type().is_some_and(|t| t.is_subtype_of(vm.types.import_error)) => items[0],
        _ => Value::NONE,
    })
}

/// Stores the fields of an exception being built (its dict, created here).
pub fn set_fields(vm: &mut Vm, exc: Value, fields: &[(&str, Value)]) {
    let Some(e) = exc.as_exc() else { return };
    if e.dict.get().is_null() {
        let d = vm.new_dict();
        e.dict.set(d);
        vm.write_barrier(exc, d);
    }
    let d = e.dict.get();
    for &(k, v) in fields {
        let key = vm.intern(k);
        super::ops::dict_set_str(vm, d, key, v);
    }
}

/// str() of the classes whose text is built from their fields: OSError with an errno
/// (`[Errno 2] No such file or directory: 'x'`) and SyntaxError with a location.
fn special_str(vm: &mut Vm, e: &ExcObj) -> PyResult<Option<String>> {
    let Some(t) = e.class.as_type() else { return Ok(None) };
    if t.is_subtype_of(vm.types.os_error) {
        let (errno, strerror) = (builtin_field(vm, e, "errno"), builtin_field(vm, e, "strerror"));
        let (Some(errno), Some(strerror)) = (errno, strerror) else { return Ok(None) };
        if errno.is_none() && strerror.is_none() {
            return Ok(None);
        }
        let (errno, strerror) = (super::repr::str_of(vm, errno)?, super::repr::str_of(vm, strerror)?);
        let f1 = builtin_field(vm, e, "filename").unwrap_or(Value::NONE);
        let f2 = builtin_field(vm, e, "filename2").unwrap_or(Value::NONE);
        return Ok(Some(if !f1.is_none() && !f2.is_none() {
            format!("[Errno {}] {}: {} -> {}", errno, strerror, super::repr::repr(vm, f1)?, super::repr::repr(vm, f2)?)
        } else if !f1.is_none() {
            format!("[Errno {}] {}: {}", errno, strerror, super::repr::repr(vm, f1)?)
        } else {
            format!("[Errno {}] {}", errno, strerror)
        }));
    }
    if t.is_subtype_of(vm.types.syntax_error) {
        let msg = builtin_field(vm, e, "msg").unwrap_or(Value::NONE);
        if msg.is_none() {
            return Ok(None);
        }
        let msg = super::repr::str_of(vm, msg)?;
        let file = builtin_field(vm, e, "filename").and_then(|f| f.as_str().map(str::to_string));
        let line = builtin_field(vm, e, "lineno").filter(|l| l.is_int()).map(|l| l.as_int());
        let base = file.as_deref().map(|f| f.rsplit('/').next().unwrap_or(f).to_string());
        return Ok(Some(match (base, line) {
            (Some(f), Some(l)) => format!("{} ({}, line {})", msg, f, l),
            (Some(f), None) => format!("{} ({})", msg, f),
            (None, Some(l)) => format!("{} (line {})", msg, l),
            (None, None) => msg,
        }));
    }
    Ok(None)
}

/// The OSError subclass CPython raises for an errno.
pub fn os_error_class(vm: &Vm, errno: i64) -> Value {
    let name = match errno as i32 {
        libc::ENOENT => "FileNotFoundError",
        libc::EEXIST => "FileExistsError",
        libc::EISDIR => "IsADirectoryError",
        libc::ENOTDIR => "NotADirectoryError",
        libc::EACCES | libc::EPERM => "PermissionError",
        libc::ETIMEDOUT => "TimeoutError",
        _ => return vm.types.os_error,
    };
    vm.types.exceptions.iter().find(|e| e.0 == name).map(|e| e.1).unwrap_or(vm.types.os_error)
}

/// `OSError(errno, strerror[, filename[, winerror[, filename2]]])`: args keep the first
/// two; OSError itself picks the subclass for the errno, as CPython's does.
pub fn os_error_ctor(vm: &mut Vm, cls: Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    if !kwnames.is_empty() {
        let n = cls.as_type().map(|t| t.name.clone()).unwrap_or_default();
        return Err(vm.type_error(format!("{}() takes no keyword arguments", n)));
    }
    let mut cls = cls;
    if (2..=5).contains(&args.len()) {
        if cls == vm.types.os_error && args[0].is_int() {
            cls = os_error_class(vm, args[0].as_int());
        }
        let e = vm.new_exc_args(cls, args[..2].to_vec());
        let mut fields = vec![("errno", args[0]), ("strerror", args[1])];
        if args.len() >= 3 {
            fields.push(("filename", args[2]));
        }
        if args.len() == 5 {
            fields.push(("filename2", args[4]));
        }
        set_fields(vm, e, &fields);
        return Ok(e);
    }
    Ok(vm.new_exc_args(cls, args.to_vec()))
}

/// `ImportError(*args, name=None, path=None)`.
pub fn import_error_ctor(vm: &mut Vm, cls: Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let npos = args.len() - kwnames.len();
    let mut fields = Vec::new();
    for (i, k) in kwnames.iter().enumerate() {
        match k.as_str() {
            Some(n @ ("name" | "path")) => fields.push((if n == "name" { "name" } else { "path" }, args[npos + i])),
            Some(other) => {
                let o = other.to_string();
                return Err(vm.type_error(format!("'{}' is an invalid keyword argument for ImportError()", o)));
            }
            None => return Err(vm.type_error("keywords must be strings")),
        }
    }
    let e = vm.new_exc_args(cls, args[..npos].to_vec());
    if !fields.is_empty() {
        set_fields(vm, e, &fields);
    }
    Ok(e)
}

/// An OSError (of the errno's subclass) for a failed system call on `filename`.
#[cold]
pub fn io_error(vm: &mut Vm, err: &std::io::Error, filename: Option<Value>) -> PyErr {
    let errno = err.raw_os_error().unwrap_or(0) as i64;
    let text = err.to_string();
    let strerror = text.split(" (os error").next().unwrap_or(&text).to_string();
    let cls = os_error_class(vm, errno);
    let (en, se) = (Value::small_int(errno), vm.new_string(strerror));
    let e = vm.new_exc_args(cls, vec![en, se]);
    let mut fields = vec![("errno", en), ("strerror", se)];
    if let Some(f) = filename {
        fields.push(("filename", f));
    }
    set_fields(vm, e, &fields);
    PyErr(e)
}

/// An ImportError (or subclass `cls`) with its `name` and `path` fields.
#[cold]
pub fn import_error(vm: &mut Vm, cls: Value, msg: &str, name: Option<&str>, path: Option<&str>) -> PyErr {
    let e = vm.new_exc(cls, msg);
    let name = name.map(|n| vm.new_str(n)).unwrap_or(Value::NONE);
    let path = path.map(|p| vm.new_str(p)).unwrap_or(Value::NONE);
    set_fields(vm, e, &[("name", name), ("path", path)]);
    PyErr(e)
}

/// Sets what `exc.__traceback__` gives: None, or the frames of a traceback object.
pub fn set_traceback(vm: &mut Vm, e: &ExcObj, tb: Value) -> PyResult<()> {
    let frames = if tb.is_none() {
        Vec::new()
    } else {
        match super::frame::frames_from(tb).filter(|_| tb.as_exc().is_none()) {
            Some(f) => f,
            None => return Err(vm.type_error("__traceback__ must be a traceback or None")),
        }
    };
    *e.traceback.borrow_mut() = frames;
    Ok(())
}

/// `BaseException.with_traceback(tb)`: sets `__traceback__`, returns the exception.
pub fn with_traceback(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::builtins::args::no_kwargs(vm, "with_traceback", kw)?;
    crate::builtins::args::arity(vm, "with_traceback", a, 2, 2)?;
    let Some(e) = a[0].as_exc() else {
        let tn = vm.type_name(a[0]);
        return Err(vm.type_error(format!("descriptor 'with_traceback' for 'BaseException' objects doesn't apply to a '{}' object", tn)));
    };
    set_traceback(vm, e, a[1])?;
    Ok(a[0])
}
