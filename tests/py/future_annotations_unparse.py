from __future__ import annotations
def f(a: 'it''s', b: "dq\"x", c: {'k': [1, 2.5, -3, 1e100, 1j, b'\x00y']}, d: {1, 2} | None, e: (a if b else c), g: x[...] , h: f(*args, **kw), i: a.b(c=1)[0].d, j: not a, k: -a ** -b, l: (a + b) * c, m: a - (b - c), n: (a ** b) ** c, o: a ** b ** c, p: a < b < c, q: (lambda: 1)(), r: x[1:2], s: x[::2, 3], t: [*a], v: ~(a | b) & c ^ d >> 2 << 1 // 3 % 4 @ e) -> tuple[()]:
    pass
for k, v in f.__annotations__.items():
    print(k, v)
class C:
    x: int = 1
    y: "C"
    z: list[C] | None = None
print(C.__annotations__)
import typing
print(typing.get_type_hints(C))
def g(x: int) -> typing.Optional[C]: pass
print(typing.get_type_hints(g))
