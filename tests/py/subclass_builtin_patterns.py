# Everyday patterns with subclasses of builtin types: mixins, super() chains, pattern
# matching, unpacking, star calls, sorting, dict keys, serializers that check types.

class Doubling(list):
    def append(self, x):
        super().append(x * 2)

class PlusOne(Doubling):
    def append(self, x):
        super().append(x + 1)

p = PlusOne()
for i in range(40):
    p.append(i)
print(p, [c.__name__ for c in type(p).__mro__])

class Tracked:
    def __init__(self, *args, **kwargs):
        self.created = True
        super().__init__(*args, **kwargs)

class TrackedDict(Tracked, dict):
    pass

class TrackedList(Tracked, list):
    pass

td = TrackedDict(a=1)
tl = TrackedList("xyz")
print(td, td.created, tl, tl.created, isinstance(td, Tracked), isinstance(tl, list))

# pattern matching sees sequences, mappings and self-matching builtins
class L(list): pass
class D(dict): pass
class I(int): pass
class S(str): pass
class T(tuple): pass

def describe(v):
    match v:
        case bool():
            return "bool"
        case I(n) if n > 10:
            return "big I " + str(n)
        case int(n):
            return "int " + str(n)
        case str(s):
            return "str " + s
        case [a, b]:
            return "pair %r %r" % (a, b)
        case [a, *rest]:
            return "seq %r + %d" % (a, len(rest))
        case {"kind": k, **others}:
            return "mapping %s %s" % (k, sorted(others))
        case _:
            return "other"

for v in [I(3), I(30), S("s"), L([1, 2]), T((1, 2, 3)), D(kind="k", x=1), L(), 2.5]:
    print(type(v).__name__, describe(v))

# unpacking and star calls
a, *b = T((1, 2, 3))
print(a, b, [*L([4, 5])], (*T((6,)),), {**D(k=1)})
def f(*args, **kwargs):
    return args, sorted(kwargs.items())
print(f(*L([1, 2]), **D(x=1)), f(*S("ab")))

# builtins over subclass instances
nums = L([3, 1, 2])
print(sorted(nums, reverse=True), list(reversed(nums)), list(enumerate(nums)), list(zip(nums, T("abc"))))
print(min(nums), max(nums), sum(nums), any(L([0, 1])), all(L([0, 1])), set(nums) == {1, 2, 3}, dict(zip(S("ab"), nums)))
print(len(D(a=1)), list(D(a=1, b=2)), sorted(D(b=1, a=2).items()), D(a=1).keys() & {"a", "z"})
print(nums[I(1)], nums[I(0):I(2)], list(range(I(2), I(5))), "abc"[I(1)], [0] * I(3), S("x") * I(2))
print(getattr(nums, S("count"))(1), hasattr(nums, "append"), hasattr(I(1), "__len__"), hasattr(L(), "__len__"))

# type checks in a serializer
def to_json(v):
    if isinstance(v, dict):
        return "{" + ", ".join('"%s": %s' % (k, to_json(x)) for k, x in v.items()) + "}"
    if isinstance(v, (list, tuple)):
        return "[" + ", ".join(to_json(x) for x in v) + "]"
    if isinstance(v, str):
        return '"' + v + '"'
    if isinstance(v, bool):
        return "true" if v else "false"
    return str(v)
print(to_json(D(name=S("n"), tags=L([S("a"), T((I(1), 2.5))]), ok=True)))
print(type(L()) is list, type(L()) is L, L.__base__ is list, type(I(2)) == int)

# dict keys: str and int subclasses hash and compare as their values
class Key(str):
    pass
table = {Key("a"): 1, I(2): "two"}
print(table["a"], table[2], table[Key("a")], Key("a") in {"a": 0}, 2 in table, list(table))
table["a"] = 5
print(table, len(table))

# a case-insensitive str: __eq__ and __hash__ overridden
class CI(str):
    def __eq__(self, other):
        return self.lower() == str(other).lower()
    def __hash__(self):
        return hash(self.lower())
d = {CI("Hello"): 1}
print(d[CI("HELLO")], CI("A") == "a", "a" == CI("A"), CI("x") != "X", CI("Hello") in d)

# comparisons between different subclasses and the base
class L2(list): pass
print(L([1]) == L2([1]), L([1]) < L2([2]), S("a") == S("a"), I(1) == 1.0, T((1,)) == (1,), D() == D(), L() is not L())

# in-place operators
s = S("ab")
s += "c"
print(s, type(s).__name__)
n = I(5)
n += 1
print(n, type(n).__name__)
class Acc(list):
    def __iadd__(self, other):
        self.append(tuple(other))
        return self
acc = Acc()
acc += [1, 2]
acc += L([3])
print(acc, type(acc).__name__)
ll = L([1])
ll += (2, 3)
ll *= 2
print(ll, type(ll).__name__)

# __bool__, __len__ and truth
class Never(list):
    def __bool__(self):
        return False
print(bool(Never([1])), bool(L()), bool(L([0])), bool(S("")), bool(I(0)), bool(D(a=0)), "yes" if Never([1]) else "no")

# super().__repr__ and explicit base methods
class Pretty(dict):
    def __repr__(self):
        return "Pretty" + super().__repr__()
class PrettyL(list):
    def __repr__(self):
        return "PL" + list.__repr__(self)
print(Pretty(a=[1]), [Pretty()], PrettyL([Pretty(b=2)]), str(PrettyL()))

# __init_subclass__ and class attributes on builtin subclasses
class Base(list):
    registry = []
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Base.registry.append(cls.__name__)
class Child(Base): pass
class GrandChild(Child): pass
print(Base.registry, Child().registry, GrandChild.__mro__[-2])

# exceptions with a mixin
class Info:
    def info(self):
        return "info:" + str(self)
class MyError(Info, ValueError):
    pass
try:
    raise MyError("bad")
except ValueError as e:
    print(type(e).__name__, e.info(), isinstance(e, Info))

# copying with type(self)
class Path(tuple):
    def __new__(cls, *parts):
        return super().__new__(cls, parts)
    def child(self, name):
        return type(self)(*self, name)
    def __str__(self):
        return "/" + "/".join(self)
pth = Path("usr").child("lib")
print(pth, type(pth).__name__, len(pth), pth[-1], repr(pth))
class T2(str):
    def __init__(self, v):
        self.tag = len(v)
for i in range(40):
    t = T2("abc")
print(t, t.tag, len(t))
class L3(list):
    def __init__(self, n):
        super().__init__(range(n))
for i in range(40):
    l3 = L3(i % 4)
print(l3)
class I3(int):
    def __init__(self, *a):
        self.x = a
print(I3(5), I3(5).x, I3("7", 8), I3("7", 8).x)

# keyword arguments named by str subclasses; mappings in formatting
def kwf(**k):
    return k
print(kwf(**{S("a"): 1}), dict(**{S("b"): 2}), kwf(**D(x=1)), "%(a)s" % D(a=5), "{a}".format(**D(a=6)), "{0[x]}".format(D(x=7)))
class Meta(type):
    def __call__(cls, *a, **k):
        obj = super().__call__(*a, **k)
        obj.created_by = "Meta"
        return obj
class ML(list, metaclass=Meta):
    pass
m = ML([1, 2])
print(m, m.created_by, type(ML).__name__, len(m))
class MD(dict, metaclass=Meta):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.n = len(kw)
md = MD(a=1, b=2)
print(md, md.n, md.created_by)
class MS(str, metaclass=Meta):
    pass
ms = MS("hey")
print(ms, ms.created_by, ms.upper())
X = type("X", (list,), {"first": lambda self: self[0]})
x = X("abc")
print(x, x.first(), type(x).__name__)
print(isinstance(ML([]), list), issubclass(MD, dict), ML.__mro__)
