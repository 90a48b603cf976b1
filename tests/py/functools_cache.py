import functools
from functools import lru_cache, cache

@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
fib.cache_clear()
print(fib.cache_info(), fib.cache_parameters())

calls = []
@lru_cache(maxsize=2)
def sq(x):
    calls.append(x)
    return x * x
for v in [1, 2, 1, 3, 2, 1, 1]:
    sq(v)
print(calls, sq.cache_info())
info = sq.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize, tuple(info), type(info).__name__)
print(info == (3, 4, 2, 2))

@lru_cache
def ident(x, y=0):
    calls.append(("ident", x, y))
    return (x, y)
calls.clear()
ident(1); ident(1); ident(1, 0); ident(1, y=0); ident(y=0, x=1); ident(1.0)
print(calls, ident.cache_info(), ident.__name__, ident.cache_parameters())

@lru_cache(typed=True)
def typed(x):
    calls.append(x)
    return x
calls.clear()
typed(1); typed(1.0); typed(True); typed(1)
print(calls, typed.cache_info())

@lru_cache(maxsize=0)
def nocache(x):
    return x
nocache(1); nocache(1)
print(nocache.cache_info())

@lru_cache(maxsize=-5)
def neg(x):
    return x
neg(1); neg(1)
print(neg.cache_info())

@cache
def fact(n):
    "factorial"
    return n * fact(n - 1) if n else 1
print(fact(30), fact.cache_info(), fact.__doc__, fact.__wrapped__(3) if False else "")

try:
    lru_cache("x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    ident([1])
except TypeError as e:
    print(type(e).__name__, e)

class Shape:
    def __init__(self, n):
        self.n = n
        self.computed = 0
    @lru_cache(maxsize=None)
    def area(self, k):
        self.computed += 1
        return self.n * k
    def __hash__(self):
        return self.n
    def __eq__(self, other):
        return self.n == other.n
s = Shape(3)
print(s.area(2), s.area(2), s.computed, Shape.area.cache_info())

# exceptions are not cached
attempts = []
@lru_cache(maxsize=None)
def flaky(x):
    attempts.append(x)
    if len(attempts) < 2:
        raise ValueError("first time")
    return x
for _ in range(3):
    try:
        print(flaky(5))
    except ValueError as e:
        print("error", e)
print(attempts, flaky.cache_info())
