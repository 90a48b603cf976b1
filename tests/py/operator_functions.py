import operator
from operator import *

def show(f, *args):
    try:
        print(f.__name__, repr(f(*args)))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)

for f in (add, sub, mul, truediv, floordiv, mod, pow, lshift, rshift, and_, or_, xor):
    show(f, 7, 3)
    show(f, -7, 2)
show(add, "ab", "cd")
show(add, [1], (2,))
show(truediv, 1, 0)
show(floordiv, 1.5, 0)
show(mod, "%s-%s", (1, 2))
show(pow, 2, 100)
show(pow, 2, -1)
show(lshift, 1, -1)
for f in (neg, pos, abs, invert, inv, not_, truth, index):
    show(f, 5)
    show(f, -3)
    show(f, 0)
show(neg, "x")
show(abs, -2.5)
show(index, 2.0)
show(index, True)
show(index, 10**30)
for f in (eq, ne, lt, le, gt, ge):
    show(f, 1, 2)
    show(f, 2, 2)
    show(f, "b", "a")
show(lt, 1, "a")
show(eq, 1, "a")
show(is_, None, None)
show(is_not, None, 0)
show(concat, "ab", "c")
show(concat, [1], [2, 3])
show(concat, 1, 2)
show(concat, {}, {})
show(contains, [1, 2], 2)
show(contains, "abc", "d")
show(contains, 3, 1)
show(countOf, [1, 2, 1, 1.0], 1)
show(countOf, 1, 2)
show(indexOf, "hello", "l")
show(indexOf, [1, 2], 3)
l = [1, 2, 3]
show(getitem, l, 1)
show(getitem, l, slice(0, 2))
show(getitem, l, 5)
show(getitem, {"a": 1}, "b")
show(setitem, l, 0, 9)
show(delitem, l, 1)
print(l)
show(setitem, (1,), 0, 1)
show(length_hint, [1, 2, 3])
show(length_hint, iter([1, 2, 3]))
show(length_hint, iter(range(10)))
show(length_hint, 5)
show(length_hint, 5, 12)
show(length_hint, (x for x in []), 4)

class Hint:
    def __init__(self, n):
        self.n = n
    def __length_hint__(self):
        return self.n
show(length_hint, Hint(4))
show(length_hint, Hint(-1))
show(length_hint, Hint("x"))
show(length_hint, Hint(NotImplemented), 3)

# in-place forms
a = [1]
b = iadd(a, [2])
print(a, b, a is b)
t = (1,)
print(iadd(t, (2,)), t)
s = {1, 2}
print(iand(s, {2, 3}), s)
for f in (isub, imul, itruediv, ifloordiv, imod, ipow, ilshift, irshift, iand, ior, ixor):
    show(f, 12, 5)
show(iconcat, [1], [2])
show(iconcat, 1, [2])

class V:
    def __init__(self, x):
        self.x = x
    def __add__(self, o):
        return V(self.x + o.x)
    def __neg__(self):
        return V(-self.x)
    def __index__(self):
        return self.x
    def __repr__(self):
        return f"V({self.x})"
    def __matmul__(self, o):
        return self.x * o.x
show(add, V(1), V(2))
show(neg, V(4))
show(index, V(7))
show(matmul, V(2), V(3))
show(sub, V(1), V(2))

# argument errors
for f, args in [(add, (1,)), (neg, ()), (not_, (1, 2)), (setitem, (1,)), (length_hint, ()), (length_hint, (1, 2, 3)), (is_, (1,))]:
    show(f, *args)
try:
    add(a=1, b=2)
except TypeError as e:
    print("kw", e)
print(operator.__add__ is add, operator.__not__ is not_, operator.__inv__ is inv, operator.__and__ is and_)
print(repr(add), operator.__name__)
print(sorted([(1, "b"), (0, "c"), (1, "a")], key=itemgetter(0)))
print(list(map(mul, [1, 2, 3], [4, 5, 6])))
