# Function attributes (writable ones, __dict__, __closure__ and cells, code
# attributes) and decorators with and without arguments, stacked, on methods.
# function attributes
def f(a, b=2, *args, c, d=4, **kw):
    "doc of f"
    return a
print(f.__name__, f.__qualname__, f.__doc__, f.__defaults__, f.__kwdefaults__, f.__code__.co_name)
print(f.__code__.co_argcount, f.__code__.co_kwonlyargcount, f.__code__.co_posonlyargcount, f.__code__.co_varnames[:4])
def outer():
    x = 1
    def inner():
        return x
    class K:
        def m(self):
            return x
    return inner, K
inner, K = outer()
print(inner.__qualname__, K.m.__qualname__, K.__qualname__, inner.__code__.co_freevars, outer.__code__.co_cellvars)
print(inner.__closure__[0].cell_contents, len(inner.__closure__), f.__closure__, type(inner.__closure__[0]).__name__)
f.custom = 5
f.__dict__["other"] = 6
print(f.custom, f.other, sorted(f.__dict__))
f.__name__ = "renamed"
f.__qualname__ = "Q.renamed"
f.__doc__ = None
f.__defaults__ = (10,)
f.__kwdefaults__ = {"c": 3, "d": 5}
print(f.__name__, f.__qualname__, f.__doc__, f.__defaults__, f.__kwdefaults__, f(1), repr(f).startswith("<function Q.renamed at "))
try:
    f.__name__ = 5
except TypeError as e:
    print("TypeError:", e)
try:
    f.__defaults__ = 5
except TypeError as e:
    print("TypeError:", e)
try:
    del f.missing
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(f, "nope", "dflt"), hasattr(f, "custom"))
lam = lambda: 0
print(lam.__name__, lam.__qualname__, lam.__doc__, lam.__defaults__, lam.__kwdefaults__)
def nodoc(): pass
print(nodoc.__doc__, nodoc.__defaults__, nodoc.__kwdefaults__, nodoc.__module__)
# decorators
def deco(fn):
    def wrapper(*a, **k):
        print("call", fn.__name__, len(a), k)
        return fn(*a, **k)
    wrapper.__wrapped_name = fn.__name__
    return wrapper
def tagged(tag, times=1):
    def deco2(fn):
        def w(*a):
            return [tag] * times + [fn(*a)]
        w.__name__ = fn.__name__ + "_tagged"
        return w
    return deco2
@deco
@tagged("t", times=2)
def add(x, y):
    return x + y
print(add(1, 2), add.__name__)
@tagged("solo")
def one():
    return 1
print(one(), one.__name__)
def counting(fn):
    calls = 0
    def w(*a):
        nonlocal calls
        calls += 1
        return fn(*a), calls
    return w
@counting
def sq(v):
    "square"
    return v * v
print(sq(3), sq(4), sq.__name__, sq.__doc__)

class C:
    @staticmethod
    @deco
    def s(v):
        return v
    @classmethod
    def c(cls):
        return cls.__name__
    @property
    @deco
    def p(self):
        return 42
print(C.s(5), C.c(), C().p)
def deco_returns_other(fn):
    return 7
@deco_returns_other
def gone(): pass
print(gone)
# decorator evaluation order
def mk(name):
    print("make", name)
    def d(fn):
        print("apply", name)
        return fn
    return d
@mk("a")
@mk("b")
def ordered(): pass
