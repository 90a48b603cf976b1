from __future__ import annotations
import dataclasses
from dataclasses import dataclass, field, make_dataclass
from typing import ClassVar, Optional

@dataclass
class Inventory:
    name: str
    unit_price: float
    quantity: int = 0
    tags: list[str] = field(default_factory=list, metadata={"unit": "x"})
    registry: ClassVar[dict] = {}
    def total(self) -> float:
        return self.unit_price * self.quantity
i = Inventory("widget", 2.5, 4)
print(i, i.total(), dataclasses.fields(i)[3].metadata["unit"], Inventory.__annotations__)
print(i == Inventory("widget", 2.5, 4), i == ("widget", 2.5, 4), Inventory.__hash__)
try:
    @dataclass(order=True, eq=False)
    class Bad:
        x: int
except ValueError as e:
    print(type(e).__name__, e)
try:
    @dataclass(unsafe_hash=True)
    class Bad2:
        x: int
        def __hash__(self): return 1
except TypeError as e:
    print(type(e).__name__, e)
@dataclass(frozen=True)
class FB:
    a: int
try:
    @dataclass
    class NF(FB):
        b: int = 0
except TypeError as e:
    print(type(e).__name__, e)
@dataclass
class Node:
    val: int
    next: Optional[Node] = None
n = Node(1); n.next = n
print(repr(n))
Pt = make_dataclass("Pt", [("x", int), ("y", int, field(default=5))])
print(Pt(1), Pt(1, 2) == Pt(1, 2))
@dataclass(eq=False)
class NoEq:
    a: int
print(NoEq(1) == NoEq(1), hash(NoEq(1)) != 0)
@dataclass
class WithDefaultRepr:
    a: int = field(default=1, compare=False)
    b: int = field(default=2, hash=False)
print(WithDefaultRepr() == WithDefaultRepr(5), WithDefaultRepr.__match_args__)
match Pt(3, 4):
    case Pt(x, y):
        print("matched", x, y)
print(dataclasses.is_dataclass(Pt), dataclasses.astuple(Pt(1)), dataclasses.asdict(Pt(2, 3)))
@dataclass
class Outer:
    inner: list
    d: dict
print(dataclasses.asdict(Outer([Pt(1)], {"k": (Pt(2),)})))
try:
    dataclasses.replace(Pt(1), z=3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    @dataclass
    class Dup:
        x = field(default=1)
except TypeError as e:
    print(type(e).__name__, e)
