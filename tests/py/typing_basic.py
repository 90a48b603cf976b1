from typing import (Any, Union, Optional, List, Dict, Set, FrozenSet, Tuple, Callable, Iterable,
    Iterator, Generator, Sequence, Mapping, Type, TypeVar, Generic, Protocol, NamedTuple, TypedDict,
    Literal, Final, ClassVar, cast, overload, TYPE_CHECKING, NoReturn, get_type_hints, runtime_checkable,
    get_origin, get_args, NewType, Annotated, AnyStr)
import typing
print(Any, Union[int, str], Optional[int], Union[int, None], Union[None, int], Union[int], Union[int, Union[str, float]])
print(List[int], Dict[str, List[int]], Set[int], FrozenSet[str], Tuple[int, ...], Tuple[int, str], Tuple[()])
print(Callable[[int, str], bool], Callable[..., int], Iterable[int], Iterator[str], Generator[int, None, None])
print(Sequence[int], Mapping[str, int], Type[int], Literal[1, "a", True], Final[int], ClassVar[List[int]])
print(List, Dict, Callable, Optional[List[int]], Union[int, str] == Union[str, int], List[int] == List[int])
T = TypeVar('T'); K = TypeVar('K', covariant=True); C = TypeVar('C', contravariant=True)
print(T, K, C, T.__name__, List[T], Dict[str, T][int], AnyStr)
class Stack(Generic[T]):
    def __init__(self): self.items: List[T] = []
    def push(self, x: T) -> None: self.items.append(x)
    def pop(self) -> T: return self.items.pop()
s = Stack[int](); s.push(3); print(s.pop(), Stack[int], Stack.__parameters__, Stack.__mro__)
class Pair(Generic[K, T]): pass
print(Pair[int, str], Pair.__orig_bases__)
print(cast(int, "x"), TYPE_CHECKING, NoReturn)
@overload
def f(x: int) -> int: ...
def f(x): return x
print(f(2))
class P(NamedTuple):
    x: int
    y: float = 0.5
p = P(1)
print(p, p.x, p.y, p[0], P._fields, P._field_defaults, p._asdict(), p._replace(x=5), tuple(p), P.__annotations__)
x, y = p; print(x, y, isinstance(p, tuple))
Q = NamedTuple('Q', [('a', int), ('b', str)])
print(Q(1, 'z'))
class Movie(TypedDict, total=False):
    name: str
    year: int
m = Movie(name="x")
print(m, type(m), sorted(Movie.__optional_keys__), Movie.__total__, Movie.__annotations__)
class Movie2(TypedDict):
    title: str
print(sorted(Movie2.__required_keys__))
@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...
class F:
    def close(self): pass
print(isinstance(F(), Closer), isinstance(3, Closer))
class NotRT(Protocol):
    def m(self): ...
try: isinstance(3, NotRT)
except TypeError as e: print(e)
try: NotRT()
except TypeError as e: print(e)
class Impl(NotRT):
    def m(self): return 1
print(Impl().m())
def g(a: int, b: "List[str]" = None) -> Optional[int]: pass
print(get_type_hints(g))
class A:
    x: int
    y: "Dict[str, int]"
    z: ClassVar[int] = 3
print(get_type_hints(A))
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(Union[int, str]), get_args(Callable[[int], str]), get_origin(int), get_args(int))
UserId = NewType('UserId', int)
print(UserId(5), UserId)
print(Annotated[int, "meta"], Literal["a"] == Literal["a"])
try: Union[()]
except TypeError as e: print(e)
try: Any()
except TypeError as e: print(e)
try: isinstance(3, Any)
except TypeError as e: print(e)
try: isinstance([], List[int])
except TypeError as e: print(e)
print(isinstance([], List), issubclass(list, typing.Sequence), isinstance(3, Union[int, str]))
try: Generic[int]
except TypeError as e: print(e)
try: List()
except TypeError as e: print(e)
print(int | str, Optional[int] == (int | None))
def h(a: list[int], b: int | None) -> dict[str, int]: pass
print(h.__annotations__)
class Node:
    def __init__(self, nxt: Optional["Node"] = None): pass
print(get_type_hints(Node.__init__))
print(typing.Optional[typing.Callable[[], None]])
