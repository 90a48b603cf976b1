class UD:
    def __init__(self): self.data = {"a": 1, "b": 2}
    def keys(self): return self.data.keys()
    def __getitem__(self, k): return self.data[k] * 10
print(dict(UD()), {**UD()})
d = {}; d.update(UD()); print(d)
class Stack(list):
    push = list.append
    pop_ = list.pop
s = Stack(); s.push(1); s.push(2); print(s, s.pop_(), s)
class S(str): __slots__ = ()
print(set([S("a"), "a"]), "a" in [S("a")], hash((S("a"), 1)) == hash(("a", 1)), max(S("b"), "a"))
print(sum([Stack([1]), Stack([2])], []), str.__new__(S), repr(str.__new__(S)), type(str.__new__(S)).__name__)
print(int.__add__(3, 4), (3).__add__(4), int.__add__(True, 1))
class C:
    def __repr__(self): return "C<" + super().__repr__()[:10] + ">"
    def __eq__(self, o): return super().__eq__(o)
    __hash__ = object.__hash__
c = C(); print(c, c == c, c == 1, hash(c) == hash(c), c.__ne__(c), c.__ne__(1))
class Counter(dict):
    def __missing__(self, k): return 0
    def most_common(self, n):
        return sorted(self.items(), key=lambda kv: (-kv[1], kv[0]))[:n]
cnt = Counter()
for w in "the cat the dog the end a cat".split():
    cnt[w] += 1
print(cnt.most_common(2), cnt["zzz"], len(cnt))
class Color(int):
    names = {}
    def __new__(cls, v, name):
        o = super().__new__(cls, v)
        o.name = name
        cls.names[v] = o
        return o
    def __repr__(self): return "<Color.%s: %d>" % (self.name, self)
RED = Color(1, "RED"); GREEN = Color(2, "GREEN")
print(RED, [RED, GREEN], RED + 1, RED == 1, Color.names[2], sorted([GREEN, RED]), {RED: "r"}[1])
print(list.__getitem__(Stack([5, 6]), 1), Stack.__mro__)

# special methods of the builtin types called by name
print([1, 2].__len__(), (1, 2).__getitem__(0), "ab".__contains__("a"), {1: 2}.__getitem__(1), [3].__iter__().__next__())
it = iter(range(2))
print(it.__iter__() is it, it.__next__(), next(it), list(zip("ab", "cd").__iter__()), enumerate("x").__next__())
try:
    it.__next__()
except StopIteration as e:
    print("StopIteration", repr(e))
print((5).__sub__(2), (5).__rsub__(2), (2.5).__mul__(2), (7).__floordiv__(2), (7).__mod__(3), (2).__pow__(10), (6).__and__(3))
print((5).__neg__(), (-5).__abs__(), (5).__invert__(), (0).__bool__(), (2.5).__int__(), (3).__float__(), (7).__index__())
print("a".__add__("b"), "ab".__mul__(2), [1].__add__([2]), (1,).__mul__(3), "%s!".__mod__("x"), [1].__rmul__(2))
print((1).__eq__(1), (1).__eq__(1.0), (1.0).__eq__(1), "a".__lt__("b"), [1].__le__([1]), (1).__lt__("a"), {1: 2}.__eq__({1: 2}))
print({1}.__or__({2}), {1, 2}.__and__({2}), frozenset({1}).__sub__({1}), {1}.__xor__({2}), {"a": 1}.__or__({"b": 2}))
print((1).__add__("a"), {1}.__or__([2]), (1.5).__radd__("x"))
lst = [1]
print(lst.__iadd__([2]) is lst, lst, lst.__imul__(2) is lst, lst)
st = {1}
print(st.__ior__({2}) is st, st, st.__iand__({2}), st.__isub__({5}), st.__ixor__({3}))
dd = {"a": 1}
dd.__setitem__("b", 2)
dd.__delitem__("a")
print(dd, dd.__ior__({"c": 3}), dd.__contains__("c"), dd.__len__())
print(hash(7) == (7).__hash__(), "x".__hash__() == hash("x"), (1, 2).__hash__() == hash((1, 2)), list.__hash__, dict.__hash__, set.__hash__)
print(format(3, "04d"), (3).__format__("04d"), "x".__format__(">3"), (2.5).__format__(".2f"), [1].__repr__(), (1,).__repr__(), "q".__str__())
calls = [
    ("'a'.__add__(1)", lambda: "a".__add__(1)),
    ("[].__add__(())", lambda: [].__add__(())),
    ("b''.__add__(1)", lambda: b"".__add__(1)),
    ("int.__add__('a', 1)", lambda: int.__add__("a", 1)),
    ("list.__len__((1,))", lambda: list.__len__((1,))),
    ("[].__mul__('x')", lambda: [].__mul__("x")),
    ("dict.__getitem__([], 1)", lambda: dict.__getitem__([], 1)),
    ("list.__init__((), [])", lambda: list.__init__((), [])),
    ("object.__eq__()", lambda: object.__eq__()),
]
for text, call in calls:
    try:
        call()
    except TypeError as e:
        print(text, "->", e)
