# The iterator protocol: generators consumed by every builtin that iterates, user
# iterators, the sequence protocol of __getitem__, __reversed__, iter(callable,
# sentinel), and the iteration builtins' arguments and errors.
# generators used by every builtin that iterates
def g(n=4):
    yield from range(n)
print(dict((i, i * i) for i in g()))
print(set(g()), frozenset(g()), tuple(g()), sorted(g(), reverse=True))
print("-".join(str(x) for x in g()), bytes(x + 65 for x in g()), bytearray(g()))
print(list(enumerate(g(), 1)), list(zip(g(), g(3))), list(map(str, g())), list(filter(None, g())))
print(min(g()), max(g()), sum(g(), 10), any(g()), all(g()))
l = [9]; l.extend(g()); print(l)
d = {}; d.update((str(i), i) for i in g()); print(d)
s = set(); s.update(g()); print(s)
print(3 in g(), 7 in g(), dict.fromkeys(g()))
a, b, c, d2 = g(); print(a, b, c, d2)
print(*g(), sep=",")
print([*g(), *g(2)], {*g()}, (*g(),))
print(next(g(0), "default"), next(iter(g())))
try:
    reversed(g())
except TypeError as e:
    print("TypeError:", e)
try:
    len(g())
except TypeError as e:
    print("TypeError:", e)
try:
    g()[0]
except TypeError as e:
    print("TypeError:", e)
x, *rest = g(); print(x, rest)
*init, last = g(); print(init, last)
print(list(g(3)) == [0, 1, 2], sorted(g(), key=lambda v: -v))
print(str(list(reversed(list(g())))))
print(max(g(0), default="empty"), min([], default=None))
it = iter(g())
print(next(it), list(it))
import sys
print(sys.getrecursionlimit() > 0)
# iterator protocol on user classes
class Count:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i
print(list(Count(3)), sum(Count(4)), sorted(Count(3), reverse=True), dict(zip(Count(2), "ab")))
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(list(Seq()), 20 in Seq(), list(iter(Seq())))
class Rev:
    def __reversed__(self):
        return iter("cba")
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return "abc"[i]
print(list(reversed(Rev())), list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed(range(3))), list(reversed("ab")))
try:
    reversed(5)
except TypeError as e:
    print("TypeError:", e)
class NoIter:
    pass
try:
    iter(NoIter())
except TypeError as e:
    print("TypeError:", e)
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)
try:
    next([1])
except TypeError as e:
    print("TypeError:", e)
# iter(callable, sentinel)
vals = iter([1, 2, 3, 0, 4])
print(list(iter(lambda: next(vals), 0)), list(vals))
try:
    iter(5, 0)
except TypeError as e:
    print("TypeError:", e)
ci = iter(lambda: 1, 1)
print(type(ci).__name__, list(ci))
# zip strict and others
print(list(zip()), list(zip([1, 2], strict=True) ), list(zip("ab", "cd", strict=False)))
for args in (([1], [1, 2]), ([1, 2], [1]), ([1], [1], [1, 2]), ([1, 2], [1, 2], [1])):
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print("ValueError:", e)
try:
    zip([1], foo=1)
except TypeError as e:
    print("TypeError:", e)
print(list(enumerate("ab", start=5)), list(enumerate("ab", -2)))
try:
    enumerate("ab", "x")
except TypeError as e:
    print("TypeError:", e)
try:
    enumerate()
except TypeError as e:
    print("TypeError:", e)
print(list(map(lambda a, b, c: a + b + c, [1, 2], [3, 4], [5, 6, 7])))
try:
    map(len)
except TypeError as e:
    print("TypeError:", e)
try:
    list(map(5, [1]))
except TypeError as e:
    print("TypeError:", e)
print(list(filter(lambda v: v % 2, range(7))), list(filter(None, [0, "", "a", [], [1]])))
print(sorted([3, 1, 2], key=lambda v: -v), sorted("bca"), sorted([(2, "b"), (1, "a")], reverse=True))
print(min([3, 1, 2], key=lambda v: -v), max("abc", key=ord), min(3, 1, 2), max(1, 2, key=lambda v: -v))
print(min([], default=5), max((), key=len, default="d"))
for bad in (lambda: min(), lambda: max([]), lambda: min(1, 2, default=3), lambda: max(1, foo=2), lambda: sum([1], 2, 3), lambda: sum(["a"], ""), lambda: sum([[1]], [])):
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(sum([1, 2], start=10), sum([0.5, 0.25]), sum([[1], [2]], []), sum(range(5), start=-1))
calls = []
def t(v):
    calls.append(v)
    return v
print(any(t(v) for v in [0, 1, 2]), calls); calls.clear()
print(all(t(v) for v in [1, 0, 2]), calls)
print(any([]), all([]))
class Seq2:
    def __init__(self):
        self.calls = []
    def __getitem__(self, i):
        self.calls.append(i)
        if i == 4:
            raise StopIteration
        return chr(97 + i)
s2 = Seq2()
it = iter(s2)
print(type(it).__name__, next(it), list(it), s2.calls, list(it))
print(sorted(Seq2()), "c" in Seq2(), "z" in Seq2(), dict(enumerate(Seq2())), max(Seq2()))
a, b, *c = Seq2()
print(a, b, c)
class BadSeq:
    def __getitem__(self, i):
        raise KeyError(i)
try:
    list(BadSeq())
except KeyError as e:
    print("KeyError", e)
class NotSeq:
    __len__ = lambda self: 3
try:
    iter(NotSeq())
except TypeError as e:
    print("TypeError:", e)
for ch in Seq2():
    print(ch, end=" ")
print()
print([c * 2 for c in Seq2()], tuple(Seq2()), "".join(Seq2()), set(Seq2()) == set("abcd"))
