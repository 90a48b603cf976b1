"""Shallow and deep copy operations (PVM's copy).

Builtin containers are copied directly; instances of classes defined in Python are
rebuilt as CPython's `__reduce_ex__(4)` protocol would: `cls.__new__(cls)`, then their
state (`__getstate__`/`__setstate__`, else the `__dict__` and slots), then, for
subclasses of list and dict, their items through `append` and item assignment."""


class Error(Exception):
    pass


error = Error

__all__ = ["Error", "copy", "deepcopy"]

_ATOMIC = {type(None), int, float, bool, str, bytes, type, range, type(len), type(Ellipsis), type(NotImplemented), frozenset, property}
try:
    _ATOMIC.add(complex)
except NameError:
    pass


def _function_types():
    def f():
        pass

    return {type(f), type(f.__code__)}


_ATOMIC |= _function_types()


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if cls in _ATOMIC or cls is tuple:
        return x
    if cls is list:
        return x[:]
    if cls is dict:
        return x.copy()
    if cls is set:
        return x.copy()
    if cls is bytearray:
        return bytearray(x)
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    if issubclass(cls, type):
        return x
    return _reconstruct(x, None)


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _ATOMIC and cls is not frozenset:
        return x
    if cls is list:
        y = []
        memo[d] = y
        for item in x:
            y.append(deepcopy(item, memo))
    elif cls is dict:
        y = {}
        memo[d] = y
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
    elif cls is tuple:
        items = [deepcopy(item, memo) for item in x]
        # a tuple reached again through its own items was copied meanwhile
        y = memo.get(d, _nil)
        if y is not _nil:
            return y
        for a, b in zip(x, items):
            if a is not b:
                y = tuple(items)
                break
        else:
            y = x
    elif cls is set:
        y = set()
        memo[d] = y
        for item in x:
            y.add(deepcopy(item, memo))
    elif cls is frozenset:
        y = frozenset([deepcopy(item, memo) for item in x])
    elif cls is bytearray:
        y = bytearray(x)
    elif issubclass(cls, type):
        y = x
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            y = _reconstruct(x, memo)
    # keep x alive while the memo may name it by id
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _uncopyable(x):
    return TypeError(f"cannot pickle '{type(x).__name__}' object")


def _state_of(x):
    getstate = getattr(type(x), "__getstate__", None)
    if getstate is not None:
        return getstate(x)
    state = getattr(x, "__dict__", None)
    if state is not None and not state:
        state = None
    slots = {}
    for klass in type(x).__mro__:
        for name in klass.__dict__.get("__slots__", ()):
            if name in ("__dict__", "__weakref__"):
                continue
            try:
                slots[name] = getattr(x, name)
            except AttributeError:
                pass
    if slots:
        return (state, slots)
    return state


def _reconstruct(x, memo):
    deep = memo is not None
    cls = type(x)
    if cls.__module__ == "builtins" and not isinstance(x, BaseException):
        raise _uncopyable(x)
    if isinstance(x, BaseException):
        args = deepcopy(x.args, memo) if deep else x.args
        y = cls(*args)
    elif isinstance(x, tuple):
        items = tuple(deepcopy(i, memo) for i in x) if deep else tuple(x)
        y = cls.__new__(cls, items)
    elif isinstance(x, (int, float, str, bytes, frozenset)):
        y = cls.__new__(cls, x)
    else:
        y = cls.__new__(cls)
    if deep:
        memo[id(x)] = y
    state = _state_of(x)
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        setstate = getattr(y, "__setstate__", None)
        if setstate is not None and getattr(type(y), "__setstate__", None) is not None:
            setstate(state)
        else:
            slotstate = None
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            if state:
                y.__dict__.update(state)
            if slotstate:
                for k, v in slotstate.items():
                    setattr(y, k, v)
    if isinstance(x, list):
        for item in x:
            y.append(deepcopy(item, memo) if deep else item)
    elif isinstance(x, dict):
        for k, v in x.items():
            if deep:
                y[deepcopy(k, memo)] = deepcopy(v, memo)
            else:
                y[k] = v
    elif isinstance(x, set):
        for item in x:
            y.add(deepcopy(item, memo) if deep else item)
    return y


def _has_slots(cls):
    return any("__slots__" in k.__dict__ for k in cls.__mro__)
