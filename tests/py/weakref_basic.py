# weakref.ref: the referent while it lives, None once it is gone; equality, hashing,
# and the types that cannot be weakly referenced.
import weakref

try:
    from gc import collect
except ImportError:
    def collect():
        pass


class Node:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "Node(%s)" % self.name


def churn():
    # big allocations with few safepoints between them: the first collection promotes
    # a big list, which makes the next one a full collection, and the dropped
    # referents are freed (under CPython they died at `del`)
    total = 0
    for step in range(4):
        big = [None] * 300000
        for i in range(3):
            total += len(big)
    collect()
    return total


a = Node("a")
r = weakref.ref(a)
print(r() is a, r(), type(r) is weakref.ref, weakref.ref is weakref.ReferenceType, r.__callback__)
b = Node("b")
rb = weakref.ref(b)
kept = [a]
del a
del b
churn()
print(r(), rb())
print(kept[0] is r())

# a reference to an object reachable only through containers that die together
c = Node("c")
c.partner = Node("d")
c.partner.partner = c
rc = weakref.ref(c)
rd = weakref.ref(c.partner)
del c
churn()
print(rc(), rd())

# equality and hashing follow the referent while it lives
x = Node("x")
r1 = weakref.ref(x)
r2 = weakref.ref(x)
print(r1 == r2, r1 != r2, hash(r1) == hash(x), hash(r1) == hash(r2))
y = Node("y")
ry = weakref.ref(y)
print(r1 == ry, r1 != ry)
h = hash(ry)
del y
churn()
print(ry(), hash(ry) == h, ry == ry, ry == r1)
z = Node("z")
rz = weakref.ref(z)
del z
churn()
try:
    hash(rz)
except TypeError as e:
    print(type(e).__name__, e)


def f():
    pass


s = {1, 2}
print(weakref.ref(s)() is s, weakref.ref(f)() is f, weakref.ref(Node)() is Node)
for bad in [1, 2.5, "s", b"b", (1,), [1], {1: 2}, None, True]:
    try:
        weakref.ref(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    weakref.ref()
except TypeError as e:
    print(type(e).__name__, e)
d = {weakref.ref(x): "x"}
print(d[weakref.ref(x)])
