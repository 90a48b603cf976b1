"""Type hints (PEP 484 and successors), the runtime side: the objects annotations
are written with (`List[int]`, `Optional[str]`, `Callable[[int], str]`,
`TypeVar`, `Generic`, `Protocol`, `NamedTuple`, `TypedDict`...), their reprs and
introspection (`get_type_hints`, `get_origin`, `get_args`). Nothing here checks
types: like CPython, PVM ignores annotations when running code."""

import sys as _sys
import _collections_abc as _abc_mod
from abc import ABCMeta as _ABCMeta, abstractmethod
from _pvm_types import GenericAlias as _BuiltinGenericAlias, UnionType as _UnionType

TYPE_CHECKING = False

_NoneType = type(None)


def _type_repr(obj):
    if isinstance(obj, type) and not isinstance(obj, _BuiltinGenericAlias):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if obj is _NoneType:
        return 'None'
    if type(obj).__name__ == 'function':
        return obj.__name__
    return repr(obj)


class ForwardRef:
    """A type named by a string, evaluated by get_type_hints."""

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError(f"Forward reference must be a string -- got {arg!r}")
        self.__forward_arg__ = arg
        self.__forward_module__ = module

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash(self.__forward_arg__)

    def __repr__(self):
        return f'ForwardRef({self.__forward_arg__!r})'

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


def _type_check(arg, msg):
    """An argument of a subscription made a type: None is NoneType, a string a
    ForwardRef; a value that cannot be a type is TypeError(msg)."""
    if arg is None:
        return _NoneType
    if isinstance(arg, str):
        return ForwardRef(arg)
    if isinstance(arg, _SpecialForm) and arg._name in ('ClassVar', 'Final', 'Generic', 'Protocol'):
        raise TypeError(f"{arg} is not valid as type argument")
    if isinstance(arg, (type, TypeVar, ParamSpec, ForwardRef, _BaseGenericAlias, _BuiltinGenericAlias, _UnionType, _SpecialForm)) or callable(arg):
        return arg
    if arg is ... or isinstance(arg, (tuple, list)):
        return arg
    raise TypeError(f"{msg} Got {arg!r:.100}.")


def _collect_parameters(args):
    params = []
    for a in args:
        if isinstance(a, TypeVar):
            if a not in params:
                params.append(a)
        elif isinstance(a, (list, tuple)):
            for p in _collect_parameters(a):
                if p not in params:
                    params.append(p)
        elif not isinstance(a, type):
            for p in getattr(a, '__parameters__', ()):
                if p not in params:
                    params.append(p)
    return tuple(params)


def _substitute(arg, mapping):
    if isinstance(arg, TypeVar):
        return mapping.get(arg, arg)
    if isinstance(arg, (list, tuple)):
        return type(arg)(_substitute(a, mapping) for a in arg)
    params = () if isinstance(arg, type) else getattr(arg, '__parameters__', ())
    if params:
        return arg[tuple(mapping.get(p, p) for p in params)]
    return arg


# ---------------------------------------------------------------- special forms

class _Final:
    """Objects of this module that refuse to be subclassed."""

    def __init_subclass__(cls, /, *args, _root=False, **kwds):
        if not _root and cls.__module__ != 'typing':
            raise TypeError("Cannot subclass special typing classes")


class _SpecialForm(_Final, _root=True):
    """Any, Union, Optional, ClassVar...: objects whose subscription makes a type."""

    def __init__(self, getitem, name=None, doc=None):
        self._getitem = getitem
        self._name = name or getitem.__name__
        self.__doc__ = doc or getitem.__doc__

    def __getattr__(self, item):
        if item in ('__name__', '__qualname__'):
            return self._name
        raise AttributeError(item)

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass {self!r}")

    def __repr__(self):
        return 'typing.' + self._name

    def __reduce__(self):
        return self._name

    def __call__(self, *args, **kwds):
        if self._name == 'Any':
            # a class in CPython 3.11, whose own __new__ refuses
            raise TypeError("Any cannot be instantiated")
        raise TypeError(f"Cannot instantiate {self!r}")

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError(f"{self} cannot be used with isinstance()")

    def __subclasscheck__(self, cls):
        raise TypeError(f"{self} cannot be used with issubclass()")

    def __getitem__(self, parameters):
        return self._getitem(self, parameters)


def _special(getitem):
    return _SpecialForm(getitem)


def _not_subscriptable(self, parameters):
    raise TypeError(f"{self} is not subscriptable")


Any = _SpecialForm(_not_subscriptable, 'Any', "A type compatible with every type.")
NoReturn = _SpecialForm(_not_subscriptable, 'NoReturn', "The type of functions that never return.")
Never = _SpecialForm(_not_subscriptable, 'Never', "The bottom type.")
Self = _SpecialForm(_not_subscriptable, 'Self', "The type of the enclosing class's instances.")
LiteralString = _SpecialForm(_not_subscriptable, 'LiteralString', "A str built from literals.")
TypeAlias = _SpecialForm(_not_subscriptable, 'TypeAlias', "Marks an explicit type alias.")


@_special
def ClassVar(self, parameters):
    """A class variable: `x: ClassVar[int] = 0`."""
    item = _type_check(parameters, f'{self} accepts only single type.')
    return _GenericAlias(self, (item,))


@_special
def Final(self, parameters):
    """A name that must not be reassigned: `MAX: Final[int] = 9`."""
    item = _type_check(parameters, f'{self} accepts only single type.')
    return _GenericAlias(self, (item,))


@_special
def Union(self, parameters):
    """Union[X, Y]: either X or Y."""
    if parameters == ():
        raise TypeError("Cannot take a Union of no types.")
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    msg = "Union[arg, ...]: each arg must be a type."
    params = []
    for p in parameters:
        p = _type_check(p, msg)
        members = p.__args__ if isinstance(p, _UnionType) or (isinstance(p, _GenericAlias) and p.__origin__ is Union) else (p,)
        for m in members:
            if m not in params:
                params.append(m)
    if len(params) == 1:
        return params[0]
    return _UnionGenericAlias(self, tuple(params))


@_special
def Optional(self, parameters):
    """Optional[X]: X or None."""
    arg = _type_check(parameters, f"{self} requires a single type.")
    return Union[arg, None]


@_special
def Literal(self, parameters):
    """Literal[1, 'a']: exactly one of these values."""
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    values = []
    for p in parameters:
        members = p.__args__ if isinstance(p, _GenericAlias) and p.__origin__ is Literal else (p,)
        for m in members:
            if not any(m == v and type(m) is type(v) for v in values):
                values.append(m)
    return _LiteralGenericAlias(self, tuple(values))


@_special
def Concatenate(self, parameters):
    """Concatenate[X, P]: the parameters X followed by those of P."""
    if parameters == ():
        raise TypeError("Cannot take a Concatenate of no types.")
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    return _GenericAlias(self, parameters)


@_special
def TypeGuard(self, parameters):
    """The return type of a function narrowing its argument's type."""
    item = _type_check(parameters, f'{self} accepts only single type.')
    return _GenericAlias(self, (item,))


@_special
def Required(self, parameters):
    """A key a TypedDict must have."""
    item = _type_check(parameters, f'{self._name} accepts only a single type.')
    return _GenericAlias(self, (item,))


@_special
def NotRequired(self, parameters):
    """A key a TypedDict may lack."""
    item = _type_check(parameters, f'{self._name} accepts only a single type.')
    return _GenericAlias(self, (item,))


# ---------------------------------------------------------------- type variables

class TypeVar(_Final, _root=True):
    """A type variable: `T = TypeVar('T')`, shown as ~T (+T covariant, -T
    contravariant)."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        self.__name__ = name
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__constraints__ = tuple(_type_check(t, "TypeVar(name, constraint, ...): constraints must be types.") for t in constraints)
        self.__bound__ = _type_check(bound, "Bound must be a type.") if bound is not None else None
        try:
            self.__module__ = _sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            self.__module__ = '__main__'

    def __repr__(self):
        prefix = '+' if self.__covariant__ else '-' if self.__contravariant__ else '~'
        return prefix + self.__name__

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __mro_entries__(self, bases):
        raise TypeError("Cannot subclass an instance of TypeVar")


class ParamSpec(_Final, _root=True):
    """A parameter specification variable: `P = ParamSpec('P')`."""

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__bound__ = bound
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)

    def __repr__(self):
        prefix = '+' if self.__covariant__ else '-' if self.__contravariant__ else '~'
        return prefix + self.__name__




# ---------------------------------------------------------------- generic aliases

class _BaseGenericAlias(_Final, _root=True):
    def __init__(self, origin, *, inst=True, name=None):
        self._inst = inst
        self._name = name
        self.__origin__ = origin

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f"Type {self._name} cannot be instantiated; use {self.__origin__.__name__}() instead")
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except AttributeError:
            pass
        return result

    def __mro_entries__(self, bases):
        res = []
        if self.__origin__ not in bases:
            res.append(self.__origin__)
        i = bases.index(self)
        for b in bases[i + 1:]:
            if isinstance(b, _BaseGenericAlias) or (isinstance(b, type) and issubclass(b, Generic)):
                break
        else:
            res.append(Generic)
        return tuple(res)

    def __getattr__(self, attr):
        if attr in ('__name__', '__qualname__'):
            return self._name or self.__origin__.__name__
        if '__origin__' in self.__dict__ and not (attr.startswith('__') and attr.endswith('__')):
            return getattr(self.__origin__, attr)
        raise AttributeError(attr)

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")


class _GenericAlias(_BaseGenericAlias, _root=True):
    """A generic class or special form with arguments: `List[int]`, `Stack[T]`."""

    def __init__(self, origin, args, *, inst=True, name=None):
        super().__init__(origin, inst=inst, name=name)
        if not isinstance(args, tuple):
            args = (args,)
        self.__args__ = tuple(... if a is ... else _NoneType if a is None else a for a in args)
        self.__parameters__ = _collect_parameters(self.__args__)
        if not name:
            self.__module__ = origin.__module__

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __getitem__(self, args):
        if self.__origin__ in (Generic, Protocol):
            raise TypeError(f"Cannot subscript already-subscripted {self}")
        if not self.__parameters__:
            raise TypeError(f"{self} is not a generic class")
        if not isinstance(args, tuple):
            args = (args,)
        args = tuple(_type_check(a, "Parameters to generic types must be types.") for a in args)
        if len(args) != len(self.__parameters__):
            raise TypeError(f"Too {'many' if len(args) > len(self.__parameters__) else 'few'} arguments for {self};"
                            f" actual {len(args)}, expected {len(self.__parameters__)}")
        mapping = dict(zip(self.__parameters__, args))
        return self.copy_with(tuple(_substitute(a, mapping) for a in self.__args__))

    def copy_with(self, args):
        return self.__class__(self.__origin__, args, name=self._name, inst=self._inst)

    def __mro_entries__(self, bases):
        if self._name:
            return super().__mro_entries__(bases)
        if self.__origin__ is Generic:
            if Protocol in bases:
                return ()
            i = bases.index(self)
            for b in bases[i + 1:]:
                if isinstance(b, _BaseGenericAlias) and b is not self:
                    return ()
        return (self.__origin__,)

    def __repr__(self):
        if self._name:
            name = 'typing.' + self._name
        else:
            name = _type_repr(self.__origin__)
        if self.__args__:
            args = ", ".join(_type_repr(a) for a in self.__args__)
        else:
            args = "()"
        return f'{name}[{args}]'


class _UnionGenericAlias(_GenericAlias, _root=True):
    def __init__(self, origin, args):
        super().__init__(origin, args, name='Union')

    def copy_with(self, params):
        return Union[params]

    def __eq__(self, other):
        if not isinstance(other, (_UnionGenericAlias, _UnionType)):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __repr__(self):
        args = self.__args__
        if len(args) == 2:
            if args[0] is _NoneType:
                return f'typing.Optional[{_type_repr(args[1])}]'
            if args[1] is _NoneType:
                return f'typing.Optional[{_type_repr(args[0])}]'
        return super().__repr__()

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        for arg in self.__args__:
            if issubclass(cls, arg):
                return True
        return False


class _LiteralGenericAlias(_GenericAlias, _root=True):
    def __eq__(self, other):
        if not isinstance(other, _LiteralGenericAlias):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __repr__(self):
        return 'typing.Literal[' + ', '.join(repr(a) for a in self.__args__) + ']'


class _SpecialGenericAlias(_BaseGenericAlias, _root=True):
    """An unsubscripted alias of a builtin or collections class: `List`, `Dict`."""

    def __init__(self, origin, nparams, *, inst=True, name=None):
        if name is None:
            name = origin.__name__
        super().__init__(origin, inst=inst, name=name)
        self._nparams = nparams

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        msg = "Parameters to generic types must be types."
        params = tuple(_type_check(p, msg) for p in params)
        if len(params) != self._nparams:
            raise TypeError(f"Too {'many' if len(params) > self._nparams else 'few'} arguments for {self};"
                            f" actual {len(params)}, expected {self._nparams}")
        return _GenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def __repr__(self):
        return 'typing.' + self._name

    def __subclasscheck__(self, cls):
        if isinstance(cls, _SpecialGenericAlias):
            return issubclass(cls.__origin__, self.__origin__)
        if not isinstance(cls, _GenericAlias):
            return issubclass(cls, self.__origin__)
        return super().__subclasscheck__(cls)

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]


class _CallableGenericAlias(_GenericAlias, _root=True):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and args[0] is ...:
            return f'typing.Callable[..., {_type_repr(args[1])}]'
        return ('typing.Callable[[' + ', '.join(_type_repr(a) for a in args[:-1]) + '], '
                + _type_repr(args[-1]) + ']')

    def copy_with(self, params):
        return _CallableGenericAlias(self.__origin__, params, name=self._name, inst=self._inst)


class _CallableType(_SpecialGenericAlias, _root=True):
    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        args, result = params
        if isinstance(args, list):
            params = tuple(_type_check(a, "Callable[[arg, ...], result]: each arg must be a type.") for a in args) + (_type_check(result, "Callable[args, result]: result must be a type."),)
        elif args is ...:
            params = (..., _type_check(result, "Callable[args, result]: result must be a type."))
        else:
            raise TypeError(f"Callable[args, result]: args must be a list. Got {args!r:.100}.")
        return _CallableGenericAlias(self.__origin__, params, name=self._name, inst=self._inst)


class _TupleType(_SpecialGenericAlias, _root=True):
    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if len(params) >= 2 and params[-1] is ...:
            msg = "Tuple[t, ...]: t must be a type."
            params = tuple(_type_check(p, msg) for p in params[:-1])
            return _GenericAlias(tuple, (*params, ...), name='Tuple', inst=False)
        msg = "Tuple[t0, t1, ...]: each t must be a type."
        params = tuple(_type_check(p, msg) for p in params)
        return _GenericAlias(tuple, params, name='Tuple', inst=False)


AnyStr = TypeVar('AnyStr', bytes, str)
AnyStr.__module__ = 'typing'
T = TypeVar('T')
KT = TypeVar('KT')
VT = TypeVar('VT')
T_co = TypeVar('T_co', covariant=True)
V_co = TypeVar('V_co', covariant=True)
VT_co = TypeVar('VT_co', covariant=True)
T_contra = TypeVar('T_contra', contravariant=True)
CT_co = TypeVar('CT_co', covariant=True, bound=type)
for _tv in (T, KT, VT, T_co, V_co, VT_co, T_contra, CT_co):
    _tv.__module__ = 'typing'
del _tv

_alias = _SpecialGenericAlias

Hashable = _alias(_abc_mod.Hashable, 0)
Awaitable = _alias(_abc_mod.Awaitable, 1)
Coroutine = _alias(_abc_mod.Coroutine, 3)
AsyncIterable = _alias(_abc_mod.AsyncIterable, 1)
AsyncIterator = _alias(_abc_mod.AsyncIterator, 1)
Iterable = _alias(_abc_mod.Iterable, 1)
Iterator = _alias(_abc_mod.Iterator, 1)
Reversible = _alias(_abc_mod.Reversible, 1)
Sized = _alias(_abc_mod.Sized, 0)
Container = _alias(_abc_mod.Container, 1)
Collection = _alias(_abc_mod.Collection, 1)
Callable = _CallableType(_abc_mod.Callable, 2)
AbstractSet = _alias(_abc_mod.Set, 1, name='AbstractSet')
MutableSet = _alias(_abc_mod.MutableSet, 1)
Mapping = _alias(_abc_mod.Mapping, 2)
MutableMapping = _alias(_abc_mod.MutableMapping, 2)
Sequence = _alias(_abc_mod.Sequence, 1)
MutableSequence = _alias(_abc_mod.MutableSequence, 1)
ByteString = _alias(_abc_mod.ByteString, 0)
Tuple = _TupleType(tuple, -1, inst=False, name='Tuple')
List = _alias(list, 1, inst=False, name='List')
Set = _alias(set, 1, inst=False, name='Set')
FrozenSet = _alias(frozenset, 1, inst=False, name='FrozenSet')
MappingView = _alias(_abc_mod.MappingView, 1)
KeysView = _alias(_abc_mod.KeysView, 1)
ItemsView = _alias(_abc_mod.ItemsView, 2)
ValuesView = _alias(_abc_mod.ValuesView, 1)
Dict = _alias(dict, 2, inst=False, name='Dict')
Generator = _alias(_abc_mod.Generator, 3)
AsyncGenerator = _alias(_abc_mod.AsyncGenerator, 2)
Type = _alias(type, 1, inst=False, name='Type')
Text = str

# aliases of classes of the collections module, made when first used
_COLLECTIONS_ALIASES = {'DefaultDict': ('defaultdict', 2), 'OrderedDict': ('OrderedDict', 2),
                        'Counter': ('Counter', 1), 'Deque': ('deque', 1), 'ChainMap': ('ChainMap', 2)}


def __getattr__(name):
    if name in _COLLECTIONS_ALIASES:
        import collections
        cls_name, n = _COLLECTIONS_ALIASES[name]
        alias = _alias(getattr(collections, cls_name), n, name=name)
        globals()[name] = alias
        return alias
    raise AttributeError(f"module 'typing' has no attribute '{name}'")


# ---------------------------------------------------------------- Generic

class Generic:
    """The base of generic classes: `class Stack(Generic[T])`; `Stack[int]` is
    then an alias of Stack."""

    __slots__ = ()
    _is_protocol = False

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        if not params and cls is not Tuple:
            raise TypeError(f"Parameter list to {cls.__qualname__}[...] cannot be empty")
        params = tuple(_type_check(p, "Parameters to generic types must be types.") for p in params)
        if cls in (Generic, Protocol):
            for p in params:
                if not isinstance(p, (TypeVar, ParamSpec)):
                    raise TypeError(f"Parameters to {cls.__name__}[...] must all be type variables "
                                    "or parameter specification variables.")
            if len(set(params)) != len(params):
                raise TypeError(f"Parameters to {cls.__name__}[...] must all be unique")
        else:
            expected = cls.__dict__.get('__parameters__', ())
            if len(params) != len(expected):
                raise TypeError(f"Too {'many' if len(params) > len(expected) else 'few'} arguments for {cls};"
                                f" actual {len(params)}, expected {len(expected)}")
        return _GenericAlias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        tvars = []
        orig_bases = cls.__dict__.get('__orig_bases__', ())
        if Generic in cls.__bases__ and cls.__name__ != 'Protocol' and not orig_bases:
            raise TypeError("Cannot inherit from plain Generic")
        if orig_bases:
            tvars = list(_collect_parameters(orig_bases))
            gvars = None
            for base in orig_bases:
                if isinstance(base, _GenericAlias) and base.__origin__ in (Generic, Protocol):
                    if gvars is not None:
                        raise TypeError("Cannot inherit from Generic[...] multiple types.")
                    gvars = base.__parameters__
            if gvars is not None:
                missing = [t for t in tvars if t not in gvars]
                if missing:
                    s_vars = ', '.join(str(t) for t in missing)
                    s_args = ', '.join(str(g) for g in gvars)
                    raise TypeError(f"Some type variables ({s_vars}) are not listed in Generic[{s_args}]")
                tvars = list(gvars)
        cls.__parameters__ = tuple(tvars)


# ---------------------------------------------------------------- Protocol

_SPECIAL_NAMES = {'__abstractmethods__', '__annotations__', '__dict__', '__doc__', '__init__',
                  '__module__', '__new__', '__slots__', '__subclasshook__', '__weakref__',
                  '__class_getitem__', '__qualname__', '__parameters__', '__orig_bases__',
                  '__protocol_attrs__', '_is_protocol', '_is_runtime_protocol',
                  '__init_subclass__', '__match_args__', '_abc_registry', '_abc_cache',
                  '_abc_negative_cache', '_abc_negative_cache_version', '_abc_subclasses'}


def _protocol_attrs(cls):
    attrs = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ('Protocol', 'Generic'):
            continue
        annotations = base.__dict__.get('__annotations__', {})
        for attr in list(base.__dict__.keys()) + list(annotations.keys()):
            if not attr.startswith('_abc_') and attr not in _SPECIAL_NAMES:
                attrs.add(attr)
    return attrs


class _ProtocolMeta(_ABCMeta):
    def __instancecheck__(cls, instance):
        if not getattr(cls, '_is_protocol', False) or _ABCMeta.__subclasscheck__(cls, type(instance)):
            return _ABCMeta.__instancecheck__(cls, instance)
        if not getattr(cls, '_is_runtime_protocol', False):
            raise TypeError("Instance and class checks can only be used with @runtime_checkable protocols")
        for attr in _protocol_attrs(cls):
            if not hasattr(instance, attr):
                return False
            if callable(getattr(cls, attr, None)) and getattr(instance, attr) is None:
                return False
        return True

    def __subclasscheck__(cls, other):
        if getattr(cls, '_is_protocol', False) and not getattr(cls, '_is_runtime_protocol', False):
            if cls.__dict__.get('__module__') not in ('abc', 'functools', 'typing'):
                raise TypeError("Instance and class checks can only be used with @runtime_checkable protocols")
        return _ABCMeta.__subclasscheck__(cls, other)


def _no_init(self, *args, **kwargs):
    if type(self)._is_protocol:
        raise TypeError('Protocols cannot be instantiated')


class Protocol(Generic, metaclass=_ProtocolMeta):
    """The base of structural types: a class implements a protocol by having its
    members; isinstance checks need @runtime_checkable."""

    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get('_is_protocol', False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)

        def _proto_hook(other):
            if not cls.__dict__.get('_is_protocol', False):
                return NotImplemented
            if not getattr(cls, '_is_runtime_protocol', False):
                raise TypeError("Instance and class checks can only be used with @runtime_checkable protocols")
            for attr in _protocol_attrs(cls):
                for base in other.__mro__:
                    if attr in base.__dict__:
                        if base.__dict__[attr] is None:
                            return NotImplemented
                        break
                else:
                    return NotImplemented
            return True
        if '__subclasshook__' not in cls.__dict__:
            cls.__subclasshook__ = staticmethod(_proto_hook)
        if cls._is_protocol and cls.__init__ is Protocol.__init__:
            cls.__init__ = _no_init


def runtime_checkable(cls):
    """Allows isinstance and issubclass checks against a protocol class."""
    if not isinstance(cls, _ProtocolMeta) or not cls._is_protocol:
        raise TypeError(f'@runtime_checkable can be only applied to protocol classes, got {cls!r}')
    cls._is_runtime_protocol = True
    return cls


def _make_support_protocol(name, method):
    ns = {'__module__': 'typing', '__slots__': (), method: abstractmethod(lambda self: None)}
    return runtime_checkable(_ProtocolMeta(name, (Protocol,), ns))


SupportsInt = _make_support_protocol('SupportsInt', '__int__')
SupportsFloat = _make_support_protocol('SupportsFloat', '__float__')
SupportsComplex = _make_support_protocol('SupportsComplex', '__complex__')
SupportsBytes = _make_support_protocol('SupportsBytes', '__bytes__')
SupportsIndex = _make_support_protocol('SupportsIndex', '__index__')
SupportsAbs = _make_support_protocol('SupportsAbs', '__abs__')
SupportsRound = _make_support_protocol('SupportsRound', '__round__')


# ---------------------------------------------------------------- NamedTuple

def _namedtuple_class(typename, fields, defaults, module, namespace=None):
    """A tuple subclass with named fields (what collections.namedtuple makes)."""
    field_names = tuple(fields)
    for name in field_names:
        if name.startswith('_'):
            raise ValueError(f'Field names cannot start with an underscore: {name!r}')
    params = ', '.join(field_names)
    ns = {'_tuple_new': tuple.__new__, '__name__': module}
    defaults = tuple(defaults)
    if defaults:
        for i, d in enumerate(defaults):
            ns[f'_default_{i}'] = d
        n = len(field_names) - len(defaults)
        parts = list(field_names[:n]) + [f'{name}=_default_{i}' for i, name in enumerate(field_names[n:])]
        sig = ', '.join(parts)
    else:
        sig = params
    comma = ',' if len(field_names) == 1 else ''
    exec(f'def __new__(_cls, {sig}):\n    return _tuple_new(_cls, ({params}{comma}))\n', ns)
    new = ns['__new__']
    new.__qualname__ = f'{typename}.__new__'

    def _make(cls, iterable):
        result = tuple.__new__(cls, iterable)
        if len(result) != len(field_names):
            raise TypeError(f'Expected {len(field_names)} arguments, got {len(result)}')
        return result

    def _replace(self, /, **kwds):
        result = self._make([kwds.pop(name, value) for name, value in zip(field_names, self)])
        if kwds:
            raise ValueError(f'Got unexpected field names: {list(kwds)!r}')
        return result

    def __repr__(self):
        return self.__class__.__name__ + '(' + ', '.join(f'{n}={v!r}' for n, v in zip(field_names, self)) + ')'

    def _asdict(self):
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        return tuple(self)

    body = {'__doc__': f'{typename}({params})', '__slots__': (), '_fields': field_names,
            '_field_defaults': dict(zip(field_names[len(field_names) - len(defaults):], defaults)),
            '__new__': new, '_make': classmethod(_make), '_replace': _replace,
            '__repr__': __repr__, '_asdict': _asdict, '__getnewargs__': __getnewargs__,
            '__match_args__': field_names, '__module__': module}
    for index, name in enumerate(field_names):
        body[name] = property(lambda self, _i=index: self[_i], doc=f'Alias for field number {index}')
    if namespace:
        for key, value in namespace.items():
            if key in ('_make', '_replace', '_asdict', '_fields', '_field_defaults', '__new__', '__init__',
                       '__getnewargs__', '__slots__', '__match_args__'):
                if key in body and key not in ('__slots__', '__match_args__'):
                    raise AttributeError(f"Cannot overwrite NamedTuple attribute {key}")
                continue
            if key not in body or key in ('__doc__', '__repr__'):
                body[key] = value
    return type(typename, (tuple,), body)


class NamedTupleMeta(type):
    def __new__(cls, typename, bases, ns):
        for base in bases:
            if base is not _NamedTuple and base is not Generic:
                raise TypeError('can only inherit from a NamedTuple type and Generic')
        types = ns.get('__annotations__', {})
        defaults = []
        default_names = []
        for field_name in types:
            if field_name in ns:
                defaults.append(ns[field_name])
                default_names.append(field_name)
            elif defaults:
                raise TypeError(f"Non-default namedtuple field {field_name} cannot follow default field"
                                f"{'s' if len(default_names) > 1 else ''} {', '.join(default_names)}")
        namespace = {k: v for k, v in ns.items() if k not in types}
        nm_tpl = _namedtuple_class(typename, types.keys(), defaults, ns.get('__module__', '__main__'), namespace)
        nm_tpl.__annotations__ = nm_tpl.__new__.__annotations__ = {n: _type_check(t, "field annotation must be a type") for n, t in types.items()}
        return nm_tpl


def NamedTuple(typename, fields=None, /, **kwargs):
    """A typed named tuple: `class P(NamedTuple): x: int` or
    `NamedTuple('P', [('x', int)])`."""
    if fields is None:
        fields = kwargs.items()
    elif kwargs:
        raise TypeError("Either list of fields or keywords can be provided to NamedTuple, not both")
    fields = [(n, t) for n, t in fields]
    try:
        module = _sys._getframe(1).f_globals.get('__name__', '__main__')
    except (AttributeError, ValueError):
        module = '__main__'
    nm_tpl = _namedtuple_class(typename, [n for n, t in fields], (), module)
    nm_tpl.__annotations__ = {n: _type_check(t, "field annotation must be a type") for n, t in fields}
    return nm_tpl


_NamedTuple = type.__new__(NamedTupleMeta, 'NamedTuple', (), {})


def _namedtuple_mro_entries(bases):
    return (_NamedTuple,)


NamedTuple.__mro_entries__ = _namedtuple_mro_entries


# ---------------------------------------------------------------- TypedDict

class _TypedDictMeta(type):
    def __new__(cls, name, bases, ns, total=True):
        for base in bases:
            if type(base) is not _TypedDictMeta and base is not Generic:
                raise TypeError('cannot inherit from both a TypedDict type and a non-TypedDict base class')
        tp_dict = type.__new__(_TypedDictMeta, name, (dict,), ns)
        annotations = {}
        own = ns.get('__annotations__', {})
        msg = "TypedDict('Name', {f0: t0, f1: t1, ...}); each t must be a type"
        own = {n: _type_check(tp, msg) for n, tp in own.items()}
        required = set()
        optional = set()
        for base in bases:
            annotations.update(base.__dict__.get('__annotations__', {}))
            required.update(base.__dict__.get('__required_keys__', ()))
            optional.update(base.__dict__.get('__optional_keys__', ()))
        annotations.update(own)
        for key, tp in own.items():
            origin = getattr(tp, '__origin__', None)
            if origin is Required:
                is_required = True
            elif origin is NotRequired:
                is_required = False
            else:
                is_required = total
            if is_required:
                required.add(key)
                optional.discard(key)
            else:
                optional.add(key)
                required.discard(key)
        tp_dict.__annotations__ = annotations
        tp_dict.__required_keys__ = frozenset(required)
        tp_dict.__optional_keys__ = frozenset(optional)
        tp_dict.__total__ = total
        return tp_dict

    def __call__(cls, *args, **kwargs):
        # instances of a TypedDict are plain dicts
        return dict(*args, **kwargs)

    def __subclasscheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')

    __instancecheck__ = __subclasscheck__


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    """A dict type with fixed keys: `class Movie(TypedDict): name: str`, or
    `TypedDict('Movie', {'name': str})`. Its instances are plain dicts."""
    if fields is None:
        fields = kwargs
    elif kwargs:
        raise TypeError("TypedDict takes either a dict or keyword arguments, but not both")
    ns = {'__annotations__': dict(fields)}
    try:
        ns['__module__'] = _sys._getframe(1).f_globals.get('__name__', '__main__')
    except (AttributeError, ValueError):
        ns['__module__'] = '__main__'
    return _TypedDictMeta(typename, (), ns, total=total)


_TypedDict = type.__new__(_TypedDictMeta, 'TypedDict', (), {})


def _typeddict_mro_entries(bases):
    return (_TypedDict,)


TypedDict.__mro_entries__ = _typeddict_mro_entries


# ---------------------------------------------------------------- helpers

class NewType:
    """A distinct name for a type, for the checker: `UserId = NewType('UserId', int)`;
    at run time calling it returns its argument."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        if '.' in name:
            name = name.rpartition('.')[-1]
        self.__name__ = name
        self.__supertype__ = tp
        try:
            self.__module__ = _sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            self.__module__ = '__main__'

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass an instance of NewType. Perhaps you were looking for: "
                        f"`{self.__name__} = NewType({self.__name__!r}, {self.__name__})`")

    def __repr__(self):
        return f'{self.__module__}.{self.__qualname__}'

    def __call__(self, x):
        return x

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class _AnnotatedAlias(_GenericAlias, _root=True):
    def __init__(self, origin, metadata):
        super().__init__(origin, origin)
        self.__metadata__ = metadata

    def copy_with(self, params):
        return _AnnotatedAlias(params[0], self.__metadata__)

    def __repr__(self):
        return 'typing.Annotated[{}, {}]'.format(_type_repr(self.__origin__), ', '.join(repr(a) for a in self.__metadata__))

    def __eq__(self, other):
        if not isinstance(other, _AnnotatedAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__metadata__ == other.__metadata__

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))


class Annotated:
    """Annotated[T, x]: the type T with metadata x."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise TypeError("Type Annotated cannot be instantiated.")

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple) or len(params) < 2:
            raise TypeError("Annotated[...] should be used with at least two arguments (a type and an annotation).")
        origin = _type_check(params[0], "Annotated[t, ...]: t must be a type.")
        return _AnnotatedAlias(origin, tuple(params[1:]))


def cast(typ, val):
    """Tells the type checker val has type typ; returns val unchanged."""
    return val


def assert_type(val, typ, /):
    """Tells the type checker val has type typ; returns val unchanged."""
    return val


def reveal_type(obj, /):
    """Prints the runtime type of obj (on stderr, as CPython) and returns it."""
    print(f"Runtime type is {type(obj).__name__!r}", file=_sys.stderr)
    return obj


def assert_never(arg, /):
    """Marks code the type checker should find unreachable."""
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + '...'
    raise AssertionError(f"Expected code to be unreachable, but got: {value}")


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(
        "You should not call an overloaded function. "
        "A series of @typing.overload-decorated functions "
        "outside a stub module should always be followed "
        "by an implementation that is not @overload-ed.")


def overload(func):
    """Declares one signature of an overloaded function (for the checker); the
    decorated function itself must not be called."""
    return _overload_dummy


def final(f):
    """Marks a method or class final (for the checker)."""
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    """Marks a function or class as not type-checked."""
    try:
        arg.__no_type_check__ = True
    except TypeError:
        pass
    return arg


def get_origin(tp):
    """The unsubscripted form of a generic type: get_origin(List[int]) is list."""
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, (_BaseGenericAlias, _BuiltinGenericAlias)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    if isinstance(tp, _UnionType):
        return _UnionType
    return None


def get_args(tp):
    """The arguments of a subscripted type: get_args(Dict[int, str]) is (int, str)."""
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, (_GenericAlias, _BuiltinGenericAlias)):
        res = tp.__args__
        if isinstance(tp, _CallableGenericAlias) and res[0] is not ...:
            res = (list(res[:-1]), res[-1])
        return res
    if isinstance(tp, _UnionType):
        return tp.__args__
    return ()


def _eval_string(text, globalns, localns):
    namespace = dict(globalns or {})
    if localns:
        namespace.update(localns)
    exec(f'__pvm_type_hint__ = ({text})', namespace)
    return namespace['__pvm_type_hint__']


def _eval_type(t, globalns, localns):
    if isinstance(t, str):
        t = ForwardRef(t)
    if isinstance(t, ForwardRef):
        return _eval_type(_eval_string(t.__forward_arg__, globalns, localns), globalns, localns)
    if isinstance(t, _UnionType):
        args = [_eval_type(a, globalns, localns) for a in t.__args__]
        result = args[0]
        for a in args[1:]:
            result = result | a
        return result
    if isinstance(t, _BuiltinGenericAlias):
        args = tuple(_eval_type(a, globalns, localns) for a in t.__args__)
        return _BuiltinGenericAlias(t.__origin__, args)
    if isinstance(t, _GenericAlias):
        args = tuple(_eval_type(a, globalns, localns) for a in t.__args__)
        if args == t.__args__:
            return t
        if isinstance(t, _AnnotatedAlias):
            return _AnnotatedAlias(args[0], t.__metadata__)
        return t.copy_with(args)
    return t


def _strip_annotations(t):
    if isinstance(t, _AnnotatedAlias):
        return _strip_annotations(t.__origin__)
    if isinstance(t, _GenericAlias) and not isinstance(t, _LiteralGenericAlias):
        args = tuple(_strip_annotations(a) for a in t.__args__)
        return t if args == t.__args__ else t.copy_with(args)
    return t


def _none_to_type(t):
    return _NoneType if t is None else t


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a class (with its bases'), module or function, strings
    evaluated and None replaced by NoneType."""
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            if globalns is None:
                module = _sys.modules.get(base.__module__)
                base_globals = getattr(module, '__dict__', {})
            else:
                base_globals = globalns
            ann = base.__dict__.get('__annotations__', {})
            base_locals = dict(vars(base)) if localns is None else localns
            if localns is None and globalns is None:
                base_globals, base_locals = base_locals, base_globals
            for name, value in ann.items():
                hints[name] = _none_to_type(_eval_type(value, base_globals, base_locals))
    else:
        ann = getattr(obj, '__annotations__', None)
        if ann is None:
            if isinstance(obj, type(_sys)) or callable(obj):
                return {}
            raise TypeError(f'{obj!r} is not a module, class, method, or function.')
        if globalns is None:
            if isinstance(obj, type(_sys)):
                globalns = obj.__dict__
            else:
                nsobj = obj
                while hasattr(nsobj, '__wrapped__'):
                    nsobj = nsobj.__wrapped__
                globalns = getattr(nsobj, '__globals__', {})
            if localns is None:
                localns = globalns
        elif localns is None:
            localns = globalns
        for name, value in ann.items():
            hints[name] = _none_to_type(_eval_type(value, globalns, localns))
    if include_extras:
        return hints
    return {k: _strip_annotations(t) for k, t in hints.items()}


class IO(Generic[AnyStr]):
    """The generic type of file objects."""
    __slots__ = ()


class TextIO(IO[str]):
    """The type of text file objects."""
    __slots__ = ()


class BinaryIO(IO[bytes]):
    """The type of binary file objects."""
    __slots__ = ()

