"""Functions creating iterators for efficient looping (PVM's itertools).

Most iterators are native types (`_itertools`, src/modules/itertools.rs) named as
CPython's (`itertools.count`...). tee, whose objects share a buffer, is written
here; it consumes its input only as far as CPython's does, and its argument
errors are worded as CPython's (argument clinic)."""

from _itertools import (
    accumulate,
    chain,
    combinations,
    combinations_with_replacement,
    compress,
    count,
    cycle,
    dropwhile,
    filterfalse,
    groupby,
    islice,
    pairwise,
    permutations,
    product,
    repeat,
    starmap,
    takewhile,
    zip_longest,
)

_MAXSIZE = 9223372036854775807


def _bind(fname, args, kwargs, names, required):
    """Matches positional and keyword arguments to `names`, with the messages of a
    builtin function's argument parser; absent optional arguments come back as a
    private marker."""
    if len(args) > len(names):
        n = len(names)
        raise TypeError(f"{fname}() takes at most {n} argument{'' if n == 1 else 's'} ({len(args)} given)")
    out = list(args) + [_ABSENT] * (len(names) - len(args))
    for k, v in kwargs.items():
        if k not in names:
            raise TypeError(f"'{k}' is an invalid keyword argument for {fname}()")
        i = names.index(k)
        if out[i] is not _ABSENT:
            raise TypeError(f"argument for {fname}() given by name ('{k}') and position ({i + 1})")
        out[i] = v
    for i in range(required):
        if out[i] is _ABSENT:
            raise TypeError(f"{fname}() missing required argument '{names[i]}' (pos {i + 1})")
    return out


class _Absent:
    __slots__ = ()


_ABSENT = _Absent()


def _no_kwargs(fname, kwargs):
    if kwargs:
        raise TypeError(f"{fname}() takes no keyword arguments")


def _exact(fname, args, n):
    if len(args) != n:
        raise TypeError(f"{fname} expected {n} argument{'' if n == 1 else 's'}, got {len(args)}")


def _index(x):
    if isinstance(x, int):
        return int(x)
    f = getattr(type(x), "__index__", None)
    if f is None:
        raise TypeError(f"'{type(x).__name__}' object cannot be interpreted as an integer")
    return f(x)


class _tee_link:
    """One item of the buffer that tees share: a singly linked list that the slowest
    tee holds the head of, so consumed items are freed."""

    __slots__ = ("value", "next")

    def __init__(self):
        self.value = None
        self.next = None


class _tee_source:
    __slots__ = ("it", "running")

    def __init__(self, it):
        self.it = it
        self.running = False


class _tee:
    def __init__(self, *args, **kwargs):
        _no_kwargs("_tee", kwargs)
        _exact("_tee", args, 1)
        it = iter(args[0])
        if type(it) is _tee:
            self._source = it._source
            self._link = it._link
        else:
            self._source = _tee_source(it)
            self._link = _tee_link()

    def __iter__(self):
        return self

    def __next__(self):
        link = self._link
        nxt = link.next
        if nxt is None:
            src = self._source
            if src.running:
                raise RuntimeError("cannot re-enter the tee iterator")
            src.running = True
            try:
                value = next(src.it)
            finally:
                src.running = False
            nxt = link.next
            if nxt is None:
                nxt = _tee_link()
                nxt.value = value
                link.next = nxt
        self._link = nxt
        return nxt.value

    def __copy__(self):
        t = _tee.__new__(_tee)
        t._source = self._source
        t._link = self._link
        return t


def tee(*args, **kwargs):
    """tee(iterable, n=2) --> tuple of n independent iterators."""
    _no_kwargs("tee", kwargs)
    n = len(args)
    if n < 1:
        raise TypeError(f"tee expected at least 1 argument, got {n}")
    if n > 2:
        raise TypeError(f"tee expected at most 2 arguments, got {n}")
    count = _index(args[1]) if n == 2 else 2
    if count < 0:
        raise ValueError("n must be >= 0")
    it = iter(args[0])
    if count == 0:
        return ()
    first = it if hasattr(it, "__copy__") else _tee(it)
    result = [first]
    for _ in range(count - 1):
        result.append(first.__copy__())
    return tuple(result)
