# Subclasses of dict: __missing__, overridden item access, internal calls that do
# not dispatch, mixins and UserDict-style patterns.

class D(dict):
    pass

d = D(a=1, b=2)
d["c"] = 3
print(d, type(d).__name__, isinstance(d, dict), len(d), "a" in d, d["b"])
print(d.get("z", 0), d.keys(), list(d.values()), list(d.items()), d.pop("a"), d)
d.update({"x": 9}, y=8)
print(d, d.setdefault("q", 7), sorted(d), dict(d), type(dict(d)).__name__)
print(d == {"b": 2, "c": 3, "x": 9, "y": 8, "q": 7}, D() == {}, D(a=1) != {"a": 1})
e = d.copy()
print(e, type(e).__name__)
print({**d}, type({**d}).__name__, d | {"z": 0}, type(d | {"z": 0}).__name__)
d |= {"w": 1}
print(type(d).__name__, "w" in d)
del d["w"]
for k in d:
    print(k, end=" ")
print()
d.tag = "t"
print(d.tag, d.__dict__, "tag" in d)

def kw(**k):
    return sorted(k.items())
print(kw(**D(p=1, q=2)))

# __missing__
class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
for ch in "hello":
    c[ch] += 1
print(c, c["zz"], "zz" in c, c.get("zz"))

class DefaultList(dict):
    def __missing__(self, key):
        v = self[key] = []
        return v
dl = DefaultList()
dl["a"].append(1)
dl["a"].append(2)
dl["b"].append(3)
print(dl)
print(dict.__getitem__(dl, "a"), dl.__getitem__("zz"), dl)

class NoMissing(dict):
    pass
try:
    NoMissing()["k"]
except KeyError as ex:
    print("KeyError", ex)

# overridden __setitem__ is not called by update, the constructor or setdefault
class Upper(dict):
    def __setitem__(self, key, value):
        print("setitem", key)
        super().__setitem__(key.upper(), value)
    def __getitem__(self, key):
        return super().__getitem__(key.upper())
u = Upper({"a": 1})
u["b"] = 2
u.update(c=3)
u.setdefault("d", 4)
print(u, u["b"], u.get("b"), u.get("B"))
dict.__setitem__(u, "e", 5)
print(u, dict.__getitem__(u, "e"))

# get does not call an overridden __getitem__; [] does
class Loud(dict):
    def __getitem__(self, k):
        return "loud:" + str(dict.__getitem__(self, k))
ld = Loud(a=1)
print(ld["a"], ld.get("a"), list(ld.items()), {**ld})

# a mixin before dict
class AttrMixin:
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None
    def __setattr__(self, name, value):
        self[name] = value
class AttrDict(AttrMixin, dict):
    pass
ad = AttrDict(x=1)
ad.y = 2
print(ad, ad.x, ad.y, ad.__class__.__mro__[1].__name__)
try:
    ad.nope
except AttributeError as ex:
    print("AttributeError", ex)

# a UserDict-style pattern: a dict subclass that normalises keys
class LowerDict(dict):
    def __init__(self, *args, **kwargs):
        super().__init__()
        self.update(*args, **kwargs)
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
    def __getitem__(self, k):
        return super().__getitem__(k.lower())
    def __contains__(self, k):
        return super().__contains__(k.lower())
    def update(self, *args, **kwargs):
        for k, v in dict(*args, **kwargs).items():
            self[k] = v
ld2 = LowerDict({"A": 1}, B=2)
ld2["C"] = 3
print(ld2, ld2["a"], "b" in ld2, "B" in ld2, len(ld2))

# subclass of a subclass, with __init__ and extra state
class Registry(dict):
    def __init__(self, name):
        super().__init__()
        self.name = name
    def register(self, key):
        def deco(f):
            self[key] = f
            return f
        return deco
class Sub(Registry):
    def __repr__(self):
        return "<Sub %s %s>" % (self.name, sorted(self))
reg = Sub("r")
@reg.register("one")
def one():
    return 1
print(reg, reg["one"](), isinstance(reg, Registry))

# dict.fromkeys on a subclass builds the subclass
fk = D.fromkeys("ab", 0)
print(fk, type(fk).__name__)

# nested json-like printing
data = D(name="x", items=[D(id=1), D(id=2)], meta=D())
print(data, [type(v).__name__ for v in data.values()])

# keys of a dict subclass hash like dicts of the same content? (unhashable)
try:
    hash(D())
except TypeError as ex:
    print("TypeError:", ex)
try:
    D(1)
except TypeError as ex:
    print("TypeError:", ex)
try:
    D([1])
except TypeError as ex:
    print("TypeError:", ex)
