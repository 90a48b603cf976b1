"""Struct sequences and simple namespaces for the modules PVM builds in Rust.

A struct sequence (sys.version_info, sys.flags, sys.float_info...) is a read-only
sequence whose items are also named fields; it compares, indexes, slices, unpacks and
hashes as the tuple of its items. PVM cannot subclass tuple, so it holds one.
"""


def _items_of(other):
    if isinstance(other, structseq):
        return other._items
    if isinstance(other, tuple):
        return other
    return None


class structseq:
    _fields = ()
    _type_name = 'structseq'

    def __init__(self, items):
        object.__setattr__(self, '_items', tuple(items))

    def __setattr__(self, name, value):
        raise AttributeError('readonly attribute')

    def __delattr__(self, name):
        raise AttributeError('readonly attribute')

    def __len__(self):
        return len(self._items)

    def __getitem__(self, index):
        return self._items[index]

    def __iter__(self):
        return iter(self._items)

    def __contains__(self, item):
        return item in self._items

    def __hash__(self):
        return hash(self._items)

    def __eq__(self, other):
        o = _items_of(other)
        return NotImplemented if o is None else self._items == o

    def __ne__(self, other):
        o = _items_of(other)
        return NotImplemented if o is None else self._items != o

    def __lt__(self, other):
        o = _items_of(other)
        return NotImplemented if o is None else self._items < o

    def __le__(self, other):
        o = _items_of(other)
        return NotImplemented if o is None else self._items <= o

    def __gt__(self, other):
        o = _items_of(other)
        return NotImplemented if o is None else self._items > o

    def __ge__(self, other):
        o = _items_of(other)
        return NotImplemented if o is None else self._items >= o

    def __add__(self, other):
        return self._items + other

    def __radd__(self, other):
        return other + self._items

    def __mul__(self, n):
        return self._items * n

    def count(self, value):
        return self._items.count(value)

    def index(self, value, *args):
        return self._items.index(value, *args)

    def __repr__(self):
        parts = []
        for name, value in zip(self._fields, self._items):
            parts.append(name + '=' + repr(value))
        return self._type_name + '(' + ', '.join(parts) + ')'


def _field(i):
    return property(lambda self: self._items[i])


def make(module, name, fields):
    """The struct sequence class module.name with the given field names."""
    ns = {'_fields': tuple(fields), '_type_name': module + '.' + name, '__module__': module,
          'n_fields': len(fields), 'n_sequence_fields': len(fields), 'n_unnamed_fields': 0}
    for i, f in enumerate(fields):
        ns[f] = _field(i)
    return type(name, (structseq,), ns)


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
