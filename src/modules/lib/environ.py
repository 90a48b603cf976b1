"""os.environ: the process environment as a mutable mapping of str to str.

As CPython's os._Environ, it is not a dict: assigning or deleting an entry also
changes the environment of the process (through os.putenv and os.unsetenv, so
what reads that, os.path.expanduser, sees it), names and values must be str, and its repr
is environ({...}). Its other methods come from PVM's versions of the
collections.abc classes it derives from (Mapping, MutableMapping, and the views
keys(), items() and values() give).
"""

_missing = object()


def _check_str(value):
    if not isinstance(value, str):
        raise TypeError('str expected, not %s' % type(value).__name__)
    return value


def _is_mapping(obj):
    return isinstance(obj, (dict, Mapping))


class Mapping:
    """The methods collections.abc.Mapping derives from __getitem__, __iter__ and
    __len__."""
    __module__ = 'collections.abc'

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key):
        try:
            self[key]
        except KeyError:
            return False
        return True

    def keys(self):
        return KeysView(self)

    def items(self):
        return ItemsView(self)

    def values(self):
        return ValuesView(self)

    def __eq__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    __hash__ = None
    __reversed__ = None


class MutableMapping(Mapping):
    """The methods collections.abc.MutableMapping derives from __setitem__ and
    __delitem__."""
    __module__ = 'collections.abc'

    def pop(self, key, default=_missing):
        try:
            value = self[key]
        except KeyError:
            if default is _missing:
                raise
            return default
        del self[key]
        return value

    def popitem(self):
        try:
            key = next(iter(self))
        except StopIteration:
            raise KeyError from None
        value = self[key]
        del self[key]
        return key, value

    def clear(self):
        try:
            while True:
                self.popitem()
        except KeyError:
            pass

    def update(self, other=(), /, **kwds):
        if _is_mapping(other):
            for key in other:
                self[key] = other[key]
        elif hasattr(other, 'keys'):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def setdefault(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            self[key] = default
        return default


class _Environ(MutableMapping):
    __module__ = 'os'

    def __init__(self, data, putenv, unsetenv):
        self._data = data
        self._putenv = putenv
        self._unsetenv = unsetenv

    def __getitem__(self, key):
        try:
            return self._data[_check_str(key)]
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        _check_str(key)
        _check_str(value)
        self._putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        self._unsetenv(_check_str(key))
        try:
            del self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        # a copy of the names, so the loop may change the environment
        for key in list(self._data):
            yield key

    def __len__(self):
        return len(self._data)

    def __repr__(self):
        items = ', '.join('%r: %r' % (k, v) for k, v in self._data.items())
        return 'environ({' + items + '})'

    def copy(self):
        return dict(self)

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        new = dict(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        new = dict(other)
        new.update(self)
        return new


def _is_set(obj):
    return isinstance(obj, (set, frozenset, KeysView, ItemsView)) or type(obj) in (type({}.keys()), type({}.items()))


class _View:
    __module__ = 'collections.abc'

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, self._mapping)


class _SetView(_View):
    """The set operations of collections.abc.Set, giving sets."""

    def __le__(self, other):
        if not _is_set(other):
            return NotImplemented
        if len(self) > len(other):
            return False
        for item in self:
            if item not in other:
                return False
        return True

    def __ge__(self, other):
        if not _is_set(other):
            return NotImplemented
        if len(self) < len(other):
            return False
        for item in other:
            if item not in self:
                return False
        return True

    def __lt__(self, other):
        if not _is_set(other):
            return NotImplemented
        return len(self) < len(other) and self.__le__(other)

    def __gt__(self, other):
        if not _is_set(other):
            return NotImplemented
        return len(self) > len(other) and self.__ge__(other)

    def __eq__(self, other):
        if not _is_set(other):
            return NotImplemented
        return len(self) == len(other) and self.__le__(other)

    __hash__ = None

    def __and__(self, other):
        if not hasattr(other, '__iter__'):
            return NotImplemented
        return set(item for item in other if item in self)

    __rand__ = __and__

    def __or__(self, other):
        if not hasattr(other, '__iter__'):
            return NotImplemented
        return set(self) | set(other)

    __ror__ = __or__

    def __sub__(self, other):
        if not hasattr(other, '__iter__'):
            return NotImplemented
        other = set(other)
        return set(item for item in self if item not in other)

    def __rsub__(self, other):
        if not hasattr(other, '__iter__'):
            return NotImplemented
        return set(item for item in other if item not in self)

    def __xor__(self, other):
        if not hasattr(other, '__iter__'):
            return NotImplemented
        return set(self) ^ set(other)

    __rxor__ = __xor__

    def isdisjoint(self, other):
        for item in other:
            if item in self:
                return False
        return True


class KeysView(_SetView):
    __module__ = 'collections.abc'

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        yield from self._mapping


class ItemsView(_SetView):
    __module__ = 'collections.abc'

    def __contains__(self, item):
        key, value = item
        try:
            v = self._mapping[key]
        except KeyError:
            return False
        return v is value or v == value

    def __iter__(self):
        for key in self._mapping:
            yield (key, self._mapping[key])


class ValuesView(_View):
    __module__ = 'collections.abc'

    def __contains__(self, value):
        for key in self._mapping:
            v = self._mapping[key]
            if v is value or v == value:
                return True
        return False

    def __iter__(self):
        for key in self._mapping:
            yield self._mapping[key]
