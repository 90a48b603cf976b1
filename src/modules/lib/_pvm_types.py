"""The objects `list[int]` and `int | None` make: types.GenericAlias and
types.UnionType (PEP 585, PEP 604). The builtin classes' `[]` and `|` call into
this module; `types` and `typing` re-export its classes."""

_NoneType = type(None)


def _type_repr(obj):
    """How an argument of a generic alias or union shows in its repr."""
    if obj is ...:
        return '...'
    if obj is _NoneType:
        return 'None'
    if isinstance(obj, type) and not isinstance(obj, GenericAlias):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return obj.__module__ + '.' + obj.__qualname__
    if hasattr(obj, '__origin__') and hasattr(obj, '__args__'):
        return repr(obj)
    if callable(obj) and hasattr(obj, '__qualname__') and hasattr(obj, '__module__'):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return obj.__module__ + '.' + obj.__qualname__
    return repr(obj)


def _is_typevar(obj):
    return type(obj).__name__ in ('TypeVar', 'ParamSpec', 'TypeVarTuple')


def _collect_parameters(args):
    """The type variables among `args` (and inside nested aliases), in order."""
    params = []
    for a in args:
        if _is_typevar(a):
            if a not in params:
                params.append(a)
        else:
            for p in getattr(a, '__parameters__', ()) if not isinstance(a, type) else ():
                if p not in params:
                    params.append(p)
    return tuple(params)


def _substitute(arg, mapping):
    if _is_typevar(arg):
        return mapping.get(arg, arg)
    params = getattr(arg, '__parameters__', ()) if not isinstance(arg, type) else ()
    if params:
        return arg[tuple(mapping.get(p, p) for p in params)]
    return arg


class GenericAlias:
    """A builtin class with type arguments: `list[int]`."""

    __module__ = 'types'

    def __init__(self, origin, args):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = args
        self.__parameters__ = _collect_parameters(args)

    def __repr__(self):
        if not self.__args__:
            inner = '()'
        else:
            inner = ', '.join(_type_repr(a) for a in self.__args__)
        return _type_repr(self.__origin__) + '[' + inner + ']'

    def __call__(self, *args, **kwargs):
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except Exception:
            pass
        return result

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __getitem__(self, items):
        if not self.__parameters__:
            raise TypeError(f"{self!r} is not a generic class")
        if not isinstance(items, tuple):
            items = (items,)
        if len(items) != len(self.__parameters__):
            raise TypeError(f"Too {'many' if len(items) > len(self.__parameters__) else 'few'} arguments for {self!r}")
        mapping = dict(zip(self.__parameters__, items))
        return GenericAlias(self.__origin__, tuple(_substitute(a, mapping) for a in self.__args__))

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)

    def __or__(self, other):
        return _union_of(self, other)

    def __ror__(self, other):
        return _union_of(other, self)

    def __instancecheck__(self, obj):
        raise TypeError("isinstance() argument 2 cannot be a parameterized generic")

    def __subclasscheck__(self, cls):
        raise TypeError("issubclass() argument 2 cannot be a parameterized generic")

    def __getattr__(self, name):
        # other attributes are the origin's (`list[int].append`), as in CPython
        if name.startswith('__') and name.endswith('__'):
            raise AttributeError(name)
        return getattr(self.__origin__, name)



def _unionable(obj):
    return obj is None or isinstance(obj, (type, GenericAlias, UnionType)) or _is_typevar(obj) or type(obj).__module__ == 'typing'


class UnionType:
    """`int | str`: the union of its arguments for isinstance and issubclass."""

    __module__ = 'types'

    def __init__(self, args):
        self.__args__ = args
        self.__parameters__ = _collect_parameters(args)

    def __repr__(self):
        return ' | '.join(_type_repr(a) for a in self.__args__)

    def __instancecheck__(self, obj):
        for a in self.__args__:
            if isinstance(a, GenericAlias):
                raise TypeError("isinstance() argument 2 cannot be a parameterized generic")
        return isinstance(obj, self.__args__)

    def __subclasscheck__(self, cls):
        for a in self.__args__:
            if isinstance(a, GenericAlias):
                raise TypeError("issubclass() argument 2 cannot be a parameterized generic")
        return issubclass(cls, self.__args__)

    def __eq__(self, other):
        if not isinstance(other, UnionType):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __or__(self, other):
        return _union_of(self, other)

    def __ror__(self, other):
        return _union_of(other, self)



def _union_of(a, b):
    """`a | b` for classes, None, aliases and unions: a UnionType of the distinct
    arguments, flattened, or the single argument left."""
    if not (_unionable(a) and _unionable(b)):
        return NotImplemented
    args = []
    for x in (a, b):
        members = x.__args__ if isinstance(x, UnionType) else (x,)
        for m in members:
            if m is None:
                m = _NoneType
            if m not in args:
                args.append(m)
    if len(args) == 1:
        return args[0]
    return UnionType(tuple(args))
