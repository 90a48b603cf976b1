import functools
from functools import partial, reduce
import operator

def attempt(label, f, *args, **kw):
    try:
        print(label, repr(f(*args, **kw)))
    except Exception as e:
        print(label, type(e).__name__, e)

print(reduce(operator.add, [1, 2, 3, 4]), reduce(operator.add, [], 0), reduce(operator.add, [5]))
print(reduce(lambda a, b: a * 10 + b, [1, 2, 3], 7), reduce(max, "hello"), reduce(operator.concat, [[1], [2], [3]]))
print(reduce(operator.add, range(1000)), reduce(operator.sub, [10, -1, 2.5]))
attempt("empty", reduce, operator.add, [])
attempt("empty-gen", reduce, operator.add, (x for x in ()))
attempt("one", reduce, operator.add)
attempt("four", reduce, operator.add, [], 1, 2)
attempt("kw", reduce, operator.add, [], initial=1)
attempt("notiter", reduce, operator.add, 5)
attempt("bad", reduce, operator.add, [1, "a"])

def f(a, b, c=3, *rest, d=4, **kw):
    return (a, b, c, rest, d, kw)

p = partial(f, 1)
print(p(2), p(2, 5, 6, d=0, z=9))
print(p.func is f, p.args, p.keywords)
p2 = partial(f, 1, 2, d=7, e=8)
print(p2(), p2(c=0, d=1), p2.args, p2.keywords)
q = partial(p2, 3, e=0)
print(q.func is f, q.args, q.keywords, q())
print(repr(partial(operator.add, 1, 2)), repr(partial(max, key=len)))
print(repr(partial(partial(operator.mul, 2), 3)))
print(partial(operator.add, 1)(2), list(map(partial(operator.mul, 3), [1, 2, 3])))
print(partial(int, base=2)("1010"), partial(int, "12")(base=16))
attempt("noargs", partial)
attempt("notcallable", partial, 5)
attempt("call-err", partial(f), 1)
print(type(p).__name__, isinstance(p, partial), callable(p))

class MyPartial(partial):
    pass
mp = MyPartial(operator.add, 1)
print(mp(4), repr(mp).startswith("MyPartial(<built-in function add>"), type(partial(mp, 2)).__name__)
p3 = partial(operator.add, 10)
p3.note = "x"
inner = partial(p3, 5)
print(inner.func is p3, inner.args, inner(), p3.note)

class C:
    add = partial(operator.add, 100)
print(C().add(1), C.add(2))

# partial of a bound method, sorting with key partial
print(sorted([3, 1, 2], key=partial(operator.mul, -1)))

from functools import partialmethod
class Cell:
    def __init__(self):
        self.state = None
    def set_state(self, state, extra=0):
        self.state = (state, extra)
        return self
    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False, extra=5)
    @staticmethod
    def diff(a, b):
        return a - b
    ten_minus = partialmethod(diff, 10)
    @classmethod
    def make(cls, tag):
        return (cls.__name__, tag)
    make_x = partialmethod(make, "x")
c = Cell()
print(c.set_alive().state, c.set_dead().state, c.set_dead(extra=1).state, c.ten_minus(3), c.make_x(), Cell.make_x())
Cell.set_alive(c)
print(c.state)
print(repr(Cell.__dict__["set_dead"]).startswith("functools.partialmethod(<function Cell.set_state"))
