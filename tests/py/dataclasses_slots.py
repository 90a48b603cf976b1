from dataclasses import dataclass, field, fields
@dataclass(slots=True)
class S:
    x: int
    y: int = 3
    z: list = field(default_factory=list)
s = S(1)
print(s, S.__slots__, s == S(1), [f.name for f in fields(S)], '__dict__' in dir(s) if False else hasattr(s, '__dict__'))
try:
    s.w = 5
except AttributeError as e:
    print(type(e).__name__, e)
@dataclass(slots=True, frozen=True)
class FS:
    a: int
f = FS(2)
print(f, hash(f) == hash(FS(2)))
try:
    f.a = 3
except AttributeError as e:
    print(type(e).__name__, e)
try:
    @dataclass(slots=True)
    class Already:
        __slots__ = ('x',)
        x: int
except TypeError as e:
    print(type(e).__name__, e)
