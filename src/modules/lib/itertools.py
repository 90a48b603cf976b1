"""Functions creating iterators for efficient looping (PVM's itertools).

Each iterator is a class named as CPython's type, so `type(x)` and the default repr
read `itertools.count`, `itertools.chain`...; each consumes its input only as far as
CPython's does. Argument errors are worded as CPython's (argument clinic)."""

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


def _is_number(x):
    if isinstance(x, (int, float)):
        return True
    t = type(x)
    return hasattr(t, "__index__") or hasattr(t, "__float__") or hasattr(t, "__int__") or hasattr(t, "__complex__")


def _index(x):
    if isinstance(x, int):
        return int(x)
    f = getattr(type(x), "__index__", None)
    if f is None:
        raise TypeError(f"'{type(x).__name__}' object cannot be interpreted as an integer")
    return f(x)


class count:
    """count(start=0, step=1) --> start, start+step, start+2*step, ..."""

    def __init__(self, *args, **kwargs):
        start, step = _bind("count", args, kwargs, ("start", "step"), 0)
        if start is _ABSENT:
            start = 0
        if step is _ABSENT:
            step = 1
        if not _is_number(start) or not _is_number(step):
            raise TypeError("a number is required")
        self._cur = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        cur = self._cur
        self._cur = cur + self._step
        return cur

    def __repr__(self):
        step = self._step
        if type(step) is int and step == 1:
            return f"count({self._cur!r})"
        return f"count({self._cur!r}, {step!r})"


class cycle:
    """cycle(iterable) --> the items of iterable, then the same again, forever."""

    def __init__(self, *args, **kwargs):
        _no_kwargs("cycle", kwargs)
        _exact("cycle", args, 1)
        self._it = iter(args[0])
        self._saved = []
        self._pos = -1

    def __iter__(self):
        return self

    def __next__(self):
        if self._pos < 0:
            for x in self._it:
                self._saved.append(x)
                return x
            self._it = None
            if not self._saved:
                raise StopIteration
            self._pos = 0
        saved = self._saved
        x = saved[self._pos]
        self._pos = (self._pos + 1) % len(saved)
        return x


class repeat:
    """repeat(object [,times]) --> object, times times or forever."""

    def __init__(self, *args, **kwargs):
        obj, times = _bind("repeat", args, kwargs, ("object", "times"), 1)
        self._obj = obj
        if times is _ABSENT:
            self._left = -1
        else:
            self._left = max(_index(times), 0)

    def __iter__(self):
        return self

    def __next__(self):
        left = self._left
        if left == 0:
            raise StopIteration
        if left > 0:
            self._left = left - 1
        return self._obj

    def __length_hint__(self):
        if self._left < 0:
            raise TypeError("len() of unsized object")
        return self._left

    def __repr__(self):
        if self._left < 0:
            return f"repeat({self._obj!r})"
        return f"repeat({self._obj!r}, {self._left})"


class accumulate:
    """accumulate(iterable, func=None, *, initial=None) --> running totals."""

    def __init__(self, *args, **kwargs):
        if len(args) > 2:
            raise TypeError(f"accumulate() takes at most 2 positional arguments ({len(args)} given)")
        iterable, func, initial = _bind("accumulate", args, kwargs, ("iterable", "func", "initial"), 1)
        self._it = iter(iterable)
        self._func = None if func is _ABSENT else func
        self._total = _ABSENT
        self._initial = None if initial is _ABSENT else initial

    def __iter__(self):
        return self

    def __next__(self):
        if self._initial is not None:
            self._total = self._initial
            self._initial = None
            return self._total
        x = next(self._it)
        total = self._total
        if total is _ABSENT:
            total = x
        elif self._func is None:
            total = total + x
        else:
            total = self._func(total, x)
        self._total = total
        return total


class chain:
    """chain(*iterables) --> the items of the first iterable, then of the next..."""

    def __init__(self, *args, **kwargs):
        _no_kwargs("chain", kwargs)
        self._sources = iter(args)
        self._it = None

    @classmethod
    def from_iterable(cls, *args, **kwargs):
        _no_kwargs("chain.from_iterable", kwargs)
        if len(args) != 1:
            raise TypeError(f"chain.from_iterable() takes exactly one argument ({len(args)} given)")
        self = cls.__new__(cls)
        self._sources = iter(args[0])
        self._it = None
        return self

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            it = self._it
            if it is None:
                if self._sources is None:
                    raise StopIteration
                for src in self._sources:
                    it = self._it = iter(src)
                    break
                else:
                    self._sources = None
                    raise StopIteration
            for x in it:
                return x
            self._it = None


class compress:
    """compress(data, selectors) --> the items of data whose selector is true."""

    def __init__(self, *args, **kwargs):
        data, selectors = _bind("compress", args, kwargs, ("data", "selectors"), 2)
        self._data = iter(data)
        self._selectors = iter(selectors)

    def __iter__(self):
        return self

    def __next__(self):
        data, selectors = self._data, self._selectors
        while True:
            x = next(data)
            if next(selectors):
                return x


class dropwhile:
    """dropwhile(predicate, iterable) --> the items after predicate first fails."""

    def __init__(self, *args, **kwargs):
        _no_kwargs("dropwhile", kwargs)
        _exact("dropwhile", args, 2)
        self._pred = args[0]
        self._it = iter(args[1])
        self._dropping = True

    def __iter__(self):
        return self

    def __next__(self):
        if not self._dropping:
            return next(self._it)
        pred = self._pred
        for x in self._it:
            if not pred(x):
                self._dropping = False
                return x
        raise StopIteration


class takewhile:
    """takewhile(predicate, iterable) --> the items while predicate holds."""

    def __init__(self, *args, **kwargs):
        _no_kwargs("takewhile", kwargs)
        _exact("takewhile", args, 2)
        self._pred = args[0]
        self._it = iter(args[1])
        self._done = False

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        x = next(self._it)
        if self._pred(x):
            return x
        self._done = True
        raise StopIteration


class groupby:
    """groupby(iterable, key=None) --> (key, group) for runs of equal keys."""

    def __init__(self, *args, **kwargs):
        iterable, key = _bind("groupby", args, kwargs, ("iterable", "key"), 1)
        self._it = iter(iterable)
        self._keyfunc = None if key is _ABSENT else key
        self._tgtkey = _ABSENT
        self._currkey = _ABSENT
        self._currvalue = _ABSENT
        self._current = None

    def __iter__(self):
        return self

    def _step(self):
        value = next(self._it)
        key = value if self._keyfunc is None else self._keyfunc(value)
        self._currvalue = value
        self._currkey = key

    def __next__(self):
        self._current = None
        # skip what the previous group's grouper left unread
        while True:
            if self._currkey is not _ABSENT:
                if self._tgtkey is _ABSENT or not (self._tgtkey == self._currkey):
                    break
            self._step()
        self._tgtkey = self._currkey
        grouper = _grouper(self, self._tgtkey)
        self._current = grouper
        return (self._currkey, grouper)


class _grouper:
    """One group of a groupby; it ends when the parent moves to the next group."""

    def __init__(self, parent, tgtkey):
        self._parent = parent
        self._tgtkey = tgtkey

    def __iter__(self):
        return self

    def __next__(self):
        parent = self._parent
        if parent._current is not self:
            raise StopIteration
        if parent._currvalue is _ABSENT:
            parent._step()
        if not (self._tgtkey == parent._currkey):
            raise StopIteration
        value = parent._currvalue
        parent._currvalue = _ABSENT
        parent._currkey = _ABSENT
        return value


class islice:
    """islice(iterable, stop) or islice(iterable, start, stop[, step])."""

    def __init__(self, *args, **kwargs):
        _no_kwargs("islice", kwargs)
        n = len(args)
        if n < 2:
            raise TypeError(f"islice expected at least 2 arguments, got {n}")
        if n > 4:
            raise TypeError(f"islice expected at most 4 arguments, got {n}")
        start, step = 0, 1
        if n == 2:
            stop = self._bound(args[1], "Stop argument")
        else:
            start = self._bound(args[1], "Indices")
            stop = self._bound(args[2], "Stop argument")
            if start is None:
                start = 0
            if n == 4 and args[3] is not None:
                try:
                    step = _index(args[3])
                except TypeError:
                    step = -1
                if step < 1:
                    raise ValueError("Step for islice() must be a positive integer or None.")
        self._it = iter(args[0])
        self._next = start
        self._stop = stop
        self._step = step
        self._count = 0

    @staticmethod
    def _bound(v, what):
        if v is None:
            return None
        try:
            i = _index(v)
        except TypeError:
            i = -1
        if i < 0 or i > _MAXSIZE:
            if what == "Indices":
                raise ValueError("Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
            raise ValueError("Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
        return i

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        stop = self._stop
        try:
            while self._count < self._next:
                next(it)
                self._count += 1
            if stop is not None and self._count >= stop:
                raise StopIteration
            x = next(it)
        except StopIteration:
            self._it = None
            raise
        self._count += 1
        nxt = self._next + self._step
        if stop is not None and nxt > stop:
            nxt = stop
        self._next = nxt
        return x


class starmap:
    """starmap(function, iterable) --> function(*args) for each args in iterable."""

    def __init__(self, *args, **kwargs):
        _no_kwargs("starmap", kwargs)
        _exact("starmap", args, 2)
        self._func = args[0]
        self._it = iter(args[1])

    def __iter__(self):
        return self

    def __next__(self):
        args = next(self._it)
        if not isinstance(args, tuple):
            args = tuple(args)
        return self._func(*args)


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


class zip_longest:
    """zip_longest(*iterables, fillvalue=None) --> tuples until the longest ends."""

    def __init__(self, *args, **kwargs):
        fill = None
        for k, v in kwargs.items():
            if k != "fillvalue":
                raise TypeError("zip_longest() got an unexpected keyword argument")
            fill = v
        self._its = [iter(a) for a in args]
        self._active = len(self._its)
        self._fill = fill

    def __iter__(self):
        return self

    def __next__(self):
        its = self._its
        if not its or self._active == 0:
            raise StopIteration
        out = []
        for i, it in enumerate(its):
            if it is None:
                out.append(self._fill)
                continue
            for x in it:
                out.append(x)
                break
            else:
                self._active -= 1
                if self._active == 0:
                    self._its = []
                    raise StopIteration
                its[i] = None
                out.append(self._fill)
        return tuple(out)


class product:
    """product(*iterables, repeat=1) --> the cartesian product, as tuples."""

    def __init__(self, *args, **kwargs):
        repeat = 1
        for k, v in kwargs.items():
            if k != "repeat":
                raise TypeError(f"'{k}' is an invalid keyword argument for product()")
            repeat = _index(v)
        if repeat < 0:
            raise ValueError("repeat argument cannot be negative")
        pools = [tuple(a) for a in args] * repeat
        self._pools = pools
        self._indices = None
        self._done = any(len(p) == 0 for p in pools)

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        pools = self._pools
        idx = self._indices
        if idx is None:
            self._indices = [0] * len(pools)
            return tuple(p[0] for p in pools)
        # advance like an odometer, the rightmost wheel fastest
        i = len(pools) - 1
        while i >= 0:
            idx[i] += 1
            if idx[i] < len(pools[i]):
                break
            idx[i] = 0
            i -= 1
        if i < 0:
            self._done = True
            raise StopIteration
        return tuple(pools[j][idx[j]] for j in range(len(pools)))


def _r_arg(fname, r, n):
    if r is _ABSENT or r is None:
        return n
    if not isinstance(r, int):
        raise TypeError("Expected int as r")
    if r < 0:
        raise ValueError("r must be non-negative")
    return r


class permutations:
    """permutations(iterable, r=None) --> r-length orderings of the items."""

    def __init__(self, *args, **kwargs):
        iterable, r = _bind("permutations", args, kwargs, ("iterable", "r"), 1)
        pool = tuple(iterable)
        n = len(pool)
        r = _r_arg("permutations", r, n)
        self._pool = pool
        self._r = r
        self._indices = list(range(n))
        # cycles[i] counts down the choices left for position i
        self._cycles = list(range(n, n - r, -1))
        self._started = False
        self._done = r > n

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        pool, r, idx = self._pool, self._r, self._indices
        if not self._started:
            self._started = True
            return tuple(pool[i] for i in idx[:r])
        n = len(pool)
        cycles = self._cycles
        for i in range(r - 1, -1, -1):
            cycles[i] -= 1
            if cycles[i] == 0:
                # rotate position i's item to the end and reset its countdown
                moved = idx[i]
                del idx[i]
                idx.append(moved)
                cycles[i] = n - i
            else:
                j = n - cycles[i]
                idx[i], idx[j] = idx[j], idx[i]
                return tuple(pool[k] for k in idx[:r])
        self._done = True
        raise StopIteration


class combinations:
    """combinations(iterable, r) --> r-length subsequences, in input order."""

    def __init__(self, *args, **kwargs):
        iterable, r = _bind("combinations", args, kwargs, ("iterable", "r"), 2)
        pool = tuple(iterable)
        r = _r_arg("combinations", r, None)
        self._pool = pool
        self._r = r
        self._indices = list(range(r))
        self._started = False
        self._done = r > len(pool)

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        pool, r, idx = self._pool, self._r, self._indices
        if self._started:
            n = len(pool)
            # the rightmost index that can still move right
            i = r - 1
            while i >= 0 and idx[i] == i + n - r:
                i -= 1
            if i < 0:
                self._done = True
                raise StopIteration
            idx[i] += 1
            for j in range(i + 1, r):
                idx[j] = idx[j - 1] + 1
        self._started = True
        return tuple(pool[i] for i in idx)


class combinations_with_replacement:
    """combinations_with_replacement(iterable, r) --> r-length multisets, in order."""

    def __init__(self, *args, **kwargs):
        iterable, r = _bind("combinations_with_replacement", args, kwargs, ("iterable", "r"), 2)
        pool = tuple(iterable)
        r = _r_arg("combinations_with_replacement", r, None)
        self._pool = pool
        self._r = r
        self._indices = [0] * r
        self._started = False
        self._done = not pool and r > 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        pool, r, idx = self._pool, self._r, self._indices
        if self._started:
            n = len(pool)
            i = r - 1
            while i >= 0 and idx[i] == n - 1:
                i -= 1
            if i < 0:
                self._done = True
                raise StopIteration
            v = idx[i] + 1
            for j in range(i, r):
                idx[j] = v
        self._started = True
        return tuple(pool[i] for i in idx)


class pairwise:
    """pairwise(iterable) --> (s0, s1), (s1, s2), (s2, s3), ..."""

    def __init__(self, *args, **kwargs):
        _no_kwargs("pairwise", kwargs)
        _exact("pairwise", args, 1)
        self._it = iter(args[0])
        self._prev = _ABSENT

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        prev = self._prev
        try:
            if prev is _ABSENT:
                prev = next(it)
            x = next(it)
        except StopIteration:
            self._it = None
            self._prev = _ABSENT
            raise
        self._prev = x
        return (prev, x)


class filterfalse:
    """filterfalse(function or None, iterable) --> the items for which it is false."""

    def __init__(self, *args, **kwargs):
        _no_kwargs("filterfalse", kwargs)
        _exact("filterfalse", args, 2)
        self._pred = args[0]
        self._it = iter(args[1])

    def __iter__(self):
        return self

    def __next__(self):
        pred = self._pred
        for x in self._it:
            if pred is None:
                if not x:
                    return x
            elif not pred(x):
                return x
        raise StopIteration
