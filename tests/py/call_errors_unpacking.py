# Call errors of Python functions (in CPython's order: keywords first), and * and **
# in calls and displays: unpacking, duplicate keywords, non-iterables, non-mappings.
# call errors of Python functions
def f(a, b, /, c, *, d, e=5):
    return (a, b, c, d, e)
def g(x, y=2, *args, z, **kw):
    return (x, y, args, z, kw)
def h():
    pass
def k(a, b=1):
    pass
cases = [
    lambda: f(1, 2, 3, d=4), lambda: f(1, 2, c=3, d=4), lambda: f(1, b=2, c=3, d=4), lambda: f(a=1, b=2, c=3, d=4),
    lambda: f(1, 2, 3), lambda: f(1, 2), lambda: f(1), lambda: f(), lambda: f(1, 2, 3, 4, d=5),
    lambda: f(1, 2, 3, d=4, x=1), lambda: f(1, 2, 3, c=3, d=4), lambda: f(1, 2, 3, d=4, e=6, **{"d": 7}),
    lambda: g(1, z=1), lambda: g(z=1), lambda: g(1, 2, 3, 4, z=5, w=6), lambda: g(1, x=2, z=3), lambda: g(1),
    lambda: h(1), lambda: h(a=1), lambda: h(1, 2, a=3), lambda: k(), lambda: k(1, 2, 3), lambda: k(1, 2, b=3),
    lambda: k(b=1), lambda: k(1, c=2), lambda: k(**{1: 2}), lambda: k(*5), lambda: k(**5), lambda: k(1, **{"a": 2}),
    lambda: (lambda *, a: a)(), lambda: (lambda *, a, b: a)(), lambda: (lambda a, b, c: 0)(), lambda: (lambda a, b, c: 0)(1),
    lambda: (lambda a, /, b: 0)(a=1, b=2), lambda: (lambda a, b, /: 0)(a=1, b=2), lambda: (lambda a, /, **kw: (a, kw))(1, a=2),
    lambda: (lambda x=1, *, y: 0)(2, 3), lambda: (lambda: 0)(*[1, 2]), lambda: (lambda a: 0)(1, *[2], **{"b": 3}),
    lambda: f(1, 2, 3, d=4, **{"e": 1}, **{"e": 2}), lambda: dict(**{"a": 1}, **{"a": 2}),
    lambda: g(1, 2, *[3], z=1, **{"y": 5}),
]
for c in cases:
    try:
        print(c())
    except TypeError as e:
        print("TypeError:", e)
class M:
    def meth(self, a):
        return a
    @staticmethod
    def st(a):
        return a
    @classmethod
    def cm(cls, a):
        return a
m = M()
for c in [lambda: m.meth(), lambda: m.meth(1, 2), lambda: M.meth(1), lambda: M.st(), lambda: m.cm(), lambda: m.meth(a=1, b=2), lambda: M()(1), lambda: M(1)]:
    try:
        print(c())
    except TypeError as e:
        print("TypeError:", e)
# unpacking in calls and displays
def show(*a, **k):
    return a, k
a, b = [1, 2], (3,)
c, d = {"x": 1}, {"y": 2}
print(show(*a, *b, **c, **d), show(0, *a, 4, *b, z=9, **c), [*a, *b], (*a, *b), {*a, *b}, {**c, **d, "x": 5}, {"x": 0, **c})
first, *rest = "hello"
*init, last = range(4)
p, *q, r = [1, 2]
(s, t), *u = [(1, 2), 3, 4]
print(first, rest, init, last, p, q, r, s, t, u)
for bad in ["x, y = [1, 2, 3]", "x, y, z = [1]", "x, *y, z = [1]", "x, y = 5", "[x, y] = 'abc'"]:
    try:
        exec(bad) if False else None
    except Exception:
        pass
def unpack_errors():
    for src in ([1, 2, 3], [1], 5, "abcd", iter([1])):
        try:
            x, y = src
            print(x, y)
        except (ValueError, TypeError) as e:
            print(type(e).__name__ + ":", e)
        try:
            x, *y, z = src
            print(x, y, z)
        except (ValueError, TypeError) as e:
            print(type(e).__name__ + ":", e)
unpack_errors()
try:
    show(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print("TypeError:", e)
try:
    show(*None)
except TypeError as e:
    print("TypeError:", e)
try:
    show(**[1])
except TypeError as e:
    print("TypeError:", e)
try:
    [*5]
except TypeError as e:
    print("TypeError:", e)
try:
    {**[1]}
except TypeError as e:
    print("TypeError:", e)
def kk(*a, **kw):
    pass
for c in [lambda: kk(*5), lambda: kk(1, *5), lambda: kk(*[1], *5), lambda: kk(**5), lambda: kk(x=1, **5), lambda: kk(**{}, **5), lambda: kk(**{"a": 1}, a=2), lambda: kk(a=2, **{"a": 1}), lambda: kk(**{1: 1}), lambda: kk(**{"a": 1}, **{1: 1}), lambda: print(*5), lambda: [*5], lambda: (*5,), lambda: {*5}, lambda: {**5}, lambda: {"a": 1, **5}, lambda: dict(**{"a": 1}, a=3), lambda: kk(*None), lambda: len(*5), lambda: len(**5), lambda: len(**{"a":1}, **{"a": 2})]:
    try:
        c()
        print("ok")
    except TypeError as e:
        print(e)
class A:
    def m(self, **kw): pass
    def __call__(self, **kw): pass
for c in [lambda: A().m(**{"a": 1}, **{"a": 1}), lambda: A()(**{"a": 1}, **{"a": 1}), lambda: A.m(A(), *5), lambda: A()(*5), lambda: (lambda **kw: 0)(**{"x": 1}, **{"x": 2})]:
    try:
        c()
        print("ok")
    except TypeError as e:
        msg = str(e)
        # an object without a qualified name is named by its str, address included
        print(msg.split(">", 1)[1] if msg.startswith("<__main__.A object at ") else msg)
