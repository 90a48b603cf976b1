x: int = 3
y: "str"
print(__annotations__)
def f(a: int, b: "str" = 2, *args: float, k: bool, **kw: dict) -> None: pass
print(f.__annotations__)
def g(): pass
print(g.__annotations__)
class A:
    a: int = 3
    b: list[int]
    if True:
        c: int | None
    def m(self):
        z: int = 5
        return z
print(A.__annotations__, A.a)
class B: pass
print(hasattr(B, '__annotations__'))
print(isinstance([], list[int]) if False else list[int], dict[str, int].__args__, int | None, type(int|None))
