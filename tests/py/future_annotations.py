from __future__ import annotations
x: List[ int ] = 3
def f(a: Dict[str, 'int'], b: int|None=None, *c: tuple[int, ...]) -> Callable[[int, str], -1 + 2 * (3 - 4) ** 5]: pass
print(__annotations__, f.__annotations__)
class A:
    q: a.b.c[1:2, ::3]
    r: lambda x: x
    s: (1,)
    t: not a or b and c if d else e
print(A.__annotations__)
