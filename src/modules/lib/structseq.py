"""Struct sequences and simple namespaces for the modules PVM builds in Rust.

A struct sequence (sys.version_info, sys.flags, sys.float_info...) is what CPython's
PyStructSequence types are: a subclass of tuple whose items are also read-only named
fields. Being a tuple, it indexes, slices, unpacks, hashes and compares as the tuple
of its items, and isinstance(sys.version_info, tuple) holds; only its repr names the
fields.
"""


def _repr(self):
    cls = type(self)
    parts = []
    for name, value in zip(cls.__match_args__, self):
        parts.append(name + '=' + repr(value))
    return cls._full_name + '(' + ', '.join(parts) + ')'


def _reduce(self):
    return (type(self), (tuple(self), {}))


def _setattr(self, name, value):
    _refuse_attribute(self, name)


def _delattr(self, name):
    _refuse_attribute(self, name)


def _refuse_attribute(obj, name):
    cls = type(obj)
    if name in cls.__match_args__:
        raise AttributeError('readonly attribute')
    if hasattr(cls, name):
        raise AttributeError("'%s' object attribute '%s' is read-only" % (cls._full_name, name))
    raise AttributeError("'%s' object has no attribute '%s'" % (cls._full_name, name))


def _field(i):
    return property(lambda self: tuple.__getitem__(self, i))


def _bind_new_args(args, kwargs):
    """The (sequence, dict) arguments of a struct sequence constructor, bound with
    the errors of its argument parser; dict is _missing when not given."""
    if len(args) > 2:
        raise TypeError('structseq() takes at most 2 arguments (%d given)' % len(args))
    names = ('sequence', 'dict')
    bound = list(args) + [_missing] * (2 - len(args))
    for key, value in kwargs.items():
        if key not in names:
            raise TypeError("'%s' is an invalid keyword argument for structseq()" % key)
        i = names.index(key)
        if bound[i] is not _missing:
            raise TypeError("argument for structseq() given by name ('%s') and position (%d)" % (key, i + 1))
        bound[i] = value
    if bound[0] is _missing:
        raise TypeError("structseq() missing required argument 'sequence' (pos 1)")
    return bound[0], bound[1]


_missing = object()


def make(module, name, fields, creatable):
    """The struct sequence class module.name with the given field names. Programs
    can call it to make instances only when `creatable` (as CPython lets them make a
    sys.float_info but not a sys.version_info)."""
    full = module + '.' + name
    n = len(fields)

    def __new__(cls, *args, **kwargs):
        if not creatable:
            raise TypeError("cannot create '%s' instances" % full)
        sequence, mapping = _bind_new_args(args, kwargs)
        if mapping is not _missing and type(mapping) is not type({}):
            raise TypeError('%s() takes a dict as second arg, if any' % full)
        try:
            items = tuple(sequence)
        except TypeError:
            raise TypeError('constructor requires a sequence') from None
        if len(items) != n:
            raise TypeError('%s() takes a %d-sequence (%d-sequence given)' % (full, n, len(items)))
        return tuple.__new__(cls, items)

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type '%s' is not an acceptable base type" % full)

    # the class derives from tuple directly, as CPython's do (its __mro__ shows it)
    ns = {'__slots__': (), '__module__': module, '__qualname__': name, '__match_args__': tuple(fields),
          '_full_name': full, '__new__': __new__, '__init_subclass__': classmethod(__init_subclass__),
          '__repr__': _repr, '__reduce__': _reduce, '__setattr__': _setattr, '__delattr__': _delattr,
          'n_fields': n, 'n_sequence_fields': n, 'n_unnamed_fields': 0}
    for i, f in enumerate(fields):
        ns[f] = _field(i)
    return type(name, (tuple,), ns)


def new(cls, items):
    """An instance of struct sequence class `cls` (whether or not programs may make
    one)."""
    return tuple.__new__(cls, items)


class SimpleNamespace:
    """types.SimpleNamespace: attributes given as keywords, a readable repr."""
    __module__ = 'types'

    def __init__(self, **kwargs):
        for k, v in kwargs.items():
            setattr(self, k, v)

    def __repr__(self):
        parts = []
        for k, v in self.__dict__.items():
            parts.append(k + '=' + repr(v))
        return 'namespace(' + ', '.join(parts) + ')'

    def __eq__(self, other):
        if isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented
