from __future__ import annotations
import typing
from typing import Protocol, runtime_checkable, NamedTuple, TypedDict, get_type_hints, Optional, Union, List, Dict, Tuple, Callable, Any, TypeVar, Generic, Iterator, Literal

@runtime_checkable
class HasArea(Protocol):
    name: str
    def area(self) -> float: ...
class Sq:
    name = "sq"
    def area(self): return 4.0
class NoName:
    def area(self): return 1.0
print(isinstance(Sq(), HasArea), isinstance(NoName(), HasArea), issubclass(Sq, HasArea) if False else "")

class Emp(NamedTuple):
    name: str
    id: int = 3
    def describe(self) -> str:
        return f"{self.name}#{self.id}"
e = Emp("a")
print(e, e.describe(), Emp._make(["b", 9]), e == ("a", 3), hash(e) == hash(("a", 3)), e._fields)
try:
    Emp._make([1])
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    class BadNT(NamedTuple):
        a: int = 1
        b: int
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    Emp("x", 1, 2)
except TypeError as ex:
    print(type(ex).__name__)
P = TypedDict("P", {"x": int, "y": int})
print(P(x=1, y=2), P.__required_keys__ == frozenset({"x", "y"}), P.__annotations__)

class Tree:
    def children(self) -> List[Tree]: return []
    left: Optional[Tree]
print(get_type_hints(Tree), get_type_hints(Tree.children))
def f(x: "int", y: Dict[str, "Tree"]) -> None: ...
print(f.__annotations__, get_type_hints(f))

T = TypeVar("T", bound=int)
S = TypeVar("S", int, str)
print(T.__bound__, S.__constraints__, repr(T))
class Box(Generic[T]):
    def __init__(self, v: T): self.v = v
    def get(self) -> T: return self.v
b = Box[int](3)
print(b.get(), b.__orig_class__, Box[int] == Box[int], type(b).__name__)
class IntBox(Box[int]): pass
print(IntBox(5).get(), IntBox.__orig_bases__, IntBox.__parameters__)
def gen() -> Iterator[int]:
    yield 1
print(list(gen()), Literal["a", "b"], Callable[[], None], Tuple[int, str, float])
print(Union[int, List[int], None], Optional[Union[int, str]])
print(typing.get_args(Literal[1, 2]), typing.get_origin(Literal[1]) is Literal)
x: Any = 5
print(__annotations__)
try:
    class Sub(Union): pass
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    Generic()
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    Box[int, str]
except TypeError as ex:
    print(type(ex).__name__, ex)
