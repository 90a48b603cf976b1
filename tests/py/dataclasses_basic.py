from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError, InitVar, KW_ONLY
from typing import ClassVar, List
@dataclass
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)
    count: ClassVar[int] = 0
p = Point(1, 2)
print(p, p == Point(1, 2), p != Point(1, 3), Point(5))
print([f.name for f in fields(p)], asdict(p), astuple(p))
print(replace(p, y=9), is_dataclass(p), is_dataclass(Point), is_dataclass(3))
print(Point.__init__.__annotations__ if False else '', Point.__match_args__, Point.count)
for a, k in [((), {}), ((1, 2, 3, 4), {}), ((1,), {'z': 2}), ((1,), {'x': 2})]:
    try: Point(*a, **k)
    except TypeError as e: print(e)
try:
    @dataclass
    class Bad:
        x: list = []
except ValueError as e: print(e)
try:
    @dataclass
    class Bad2:
        x: int = 1
        y: int
except TypeError as e: print(e)
@dataclass(frozen=True)
class F:
    a: int
    b: str = "s"
f = F(1)
try: f.a = 2
except FrozenInstanceError as e: print(type(e).__name__, e)
try: del f.b
except AttributeError as e: print(type(e).__name__, e)
print(hash(f) == hash(F(1)), f, {f: 1}[F(1)])
@dataclass(order=True)
class O:
    a: int
    b: int = field(compare=False, default=0)
print(O(1) < O(2), O(2, 5) <= O(2, 1), sorted([O(3), O(1), O(2)]))
try: O(1) < 3
except TypeError as e: print(e)
@dataclass
class Base:
    a: int
    b: int = 2
@dataclass
class Child(Base):
    c: int = 3
    def __post_init__(self): self.s = self.a + self.b + self.c
c = Child(1); print(c, c.s)
@dataclass
class WithInit:
    a: int
    scale: InitVar[int] = 2
    def __post_init__(self, scale): self.a *= scale
print(WithInit(3), WithInit(3, 10), [f.name for f in fields(WithInit)])
@dataclass
class K:
    a: int
    _: KW_ONLY
    b: int = 1
    c: int
print(K(1, c=5))
try: K(1, 2)
except TypeError as e: print(e)
@dataclass(kw_only=True)
class KW:
    x: int
try: KW()
except TypeError as e: print(e)
@dataclass
class R:
    name: str
    kids: List["R"] = field(default_factory=list)
r = R("a"); r.kids.append(R("b")); print(r, asdict(r))
@dataclass(unsafe_hash=True)
class U:
    x: int
print(hash(U(3)) == hash(U(3)))
@dataclass
class NoRepr:
    x: int = field(repr=False)
    y: int = field(init=False, default=7)
n = NoRepr(1); print(n, n.y)
@dataclass
class E: pass
print(E(), E() == E(), Point.__doc__)
try: replace(n, y=3)
except ValueError as e: print(e)
try: fields(3)
except TypeError as e: print(e)
try: field(default=1, default_factory=list)
except ValueError as e: print(e)
@dataclass
class Eq:
    x: int
print(Eq.__hash__)
try: asdict(3)
except TypeError as e: print(e)
