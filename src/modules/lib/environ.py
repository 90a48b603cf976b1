"""os.environ: the process environment as a mutable mapping of str to str.

As CPython's os._Environ, it is not a dict: assigning or deleting an entry also
changes the environment of the process (through os.putenv and os.unsetenv, so
what reads that, os.path.expanduser, sees it), names and values must be str, and its repr
is environ({...}). Its other methods come from collections.abc.MutableMapping, as
CPython's do.
"""

from _collections_abc import Mapping, MutableMapping


def _check_str(value):
    if not isinstance(value, str):
        raise TypeError('str expected, not %s' % type(value).__name__)
    return value


def _is_mapping(obj):
    return isinstance(obj, (dict, Mapping))


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
