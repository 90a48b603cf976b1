import functools
from functools import total_ordering, cmp_to_key, cached_property

@total_ordering
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __lt__(self, o):
        if not isinstance(o, V):
            return NotImplemented
        return self.v < o.v
    def __repr__(self):
        return f"V({self.v})"

a, b = V(1), V(2)
print(a < b, a > b, a <= b, a >= b, a <= V(1), a >= V(1), b > a)
print(sorted([V(3), V(1), V(2)]), max(V(3), V(5)))
try:
    a < 1
except TypeError as e:
    print("TypeError", e)
try:
    a >= 1
except TypeError as e:
    print("TypeError", e)

@total_ordering
class G:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __gt__(self, o):
        return self.v > o.v
print(G(1) < G(2), G(1) <= G(1), G(3) >= G(2), G(2) > G(2))

@total_ordering
class LE:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __le__(self, o):
        return self.v <= o.v
print(LE(1) < LE(2), LE(2) < LE(2), LE(2) > LE(1), LE(1) >= LE(1))

@total_ordering
class GE:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __ge__(self, o):
        return self.v >= o.v
print(GE(1) < GE(2), GE(2) <= GE(1), GE(2) > GE(1), GE(1) > GE(1))

try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print("ValueError", e)

def cmp(x, y):
    return (x > y) - (x < y)
def rev(x, y):
    return cmp(y, x)
print(sorted([3, 1, 2], key=cmp_to_key(cmp)), sorted("banana", key=cmp_to_key(rev)))
print(sorted(["bb", "a", "ccc"], key=cmp_to_key(lambda a, b: len(a) - len(b))))
K = cmp_to_key(cmp)
k1, k2 = K(1), K(2)
print(k1 < k2, k1 > k2, k1 == k2, k1 <= K(1), k2 >= k1, k1.obj)
print(type(k1).__name__)
try:
    hash(k1)
except TypeError as e:
    print("TypeError", e)
try:
    k1 < 3
except TypeError as e:
    print("TypeError", e)

class Data:
    def __init__(self, xs):
        self.xs = xs
        self.count = 0
    @cached_property
    def total(self):
        "the sum"
        self.count += 1
        return sum(self.xs)
d = Data([1, 2, 3])
print(d.total, d.total, d.count, "total" in vars(d))
d.total = 100
print(d.total)
del d.total
print(d.total, d.count)
print(Data.total.__doc__, type(Data.total).__name__, Data.total.attrname)

cp = cached_property(lambda self: 1)
try:
    cp.__get__(Data([]), Data)
except TypeError as e:
    print("TypeError", e)

class Slotted:
    __slots__ = ("a",)
    @cached_property
    def p(self):
        return 1
try:
    Slotted().p
except TypeError as e:
    print("TypeError", e)

@functools.singledispatch
def show(x):
    return "default " + repr(x)
@show.register(int)
def _(x):
    return "int " + str(x)
@show.register(list)
def _(x):
    return "list of " + str(len(x))
show.register(float, lambda x: "float %.1f" % x)
print(show(1), show(True), show([1, 2]), show(2.5), show("s"), show(None))
print(show.dispatch(bool).__name__ if hasattr(show.dispatch(bool), "__name__") else "?", int in show.registry)
try:
    show()
except TypeError as e:
    print("TypeError", e)
