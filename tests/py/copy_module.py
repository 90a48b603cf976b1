import copy

def attempt(label, f, *args):
    try:
        print(label, repr(f(*args)))
    except Exception as e:
        print(label, type(e).__name__, e)

l = [1, [2, 3], {"a": [4]}]
s = copy.copy(l)
d = copy.deepcopy(l)
print(s == l, s is l, s[1] is l[1], d == l, d[1] is l[1], d[2]["a"] is l[2]["a"])
t = (1, 2, [3])
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy(t) == t, copy.deepcopy((1, "a", None)) is not None)
t2 = (1, 2, (3, "x"))
print(copy.deepcopy(t2) is t2)
for x in (1, 2.5, "str", b"by", None, True, range(3), frozenset({1}), len, copy.copy, int):
    print(type(x).__name__, copy.copy(x) is x, copy.deepcopy(x) is x)
dd = {"k": [1], 2: {3: 4}}
c = copy.copy(dd)
print(c == dd, c is dd, c["k"] is dd["k"])
c = copy.deepcopy(dd)
print(c == dd, c["k"] is dd["k"], c[2] is dd[2])
st = {1, 2, (3, 4)}
print(copy.copy(st) == st, copy.copy(st) is st, copy.deepcopy(st) == st)
ba = bytearray(b"xy")
print(copy.copy(ba), copy.copy(ba) is ba, copy.deepcopy(ba))
print(copy.copy([]), copy.deepcopy({}), copy.copy(()), copy.deepcopy(""))

# recursive structures
r = [1]
r.append(r)
rc = copy.deepcopy(r)
print(rc[1] is rc, rc[1] is not r, rc)
rd = {}
rd["self"] = rd
rdc = copy.deepcopy(rd)
print(rdc["self"] is rdc, rdc is not rd)
shared = [0]
pair = [shared, shared]
pc = copy.deepcopy(pair)
print(pc[0] is pc[1], pc[0] is not shared)
memo = {}
x = [1, 2]
y = copy.deepcopy(x, memo)
print(memo[id(x)] is y)
rt = ([],)
rt[0].append(rt)
rtc = copy.deepcopy(rt)
print(rtc[0][0] is rtc, rtc is not rt)

class P:
    def __init__(self, x, items):
        self.x = x
        self.items = items
    def __repr__(self):
        return f"P({self.x}, {self.items})"
p = P(1, [1, 2])
pc = copy.copy(p)
pd = copy.deepcopy(p)
print(pc, pd, type(pc).__name__, pc is p, pc.items is p.items, pd.items is p.items)
p.self_ref = p
pd = copy.deepcopy(p)
print(pd.self_ref is pd)

class WithHooks:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        print("  __copy__ called")
        return WithHooks(self.v + [1])
    def __deepcopy__(self, memo):
        print("  __deepcopy__ called", type(memo).__name__)
        return WithHooks(copy.deepcopy(self.v, memo))
w = WithHooks([5])
print(copy.copy(w).v, copy.deepcopy(w).v)
print(copy.deepcopy([w, w])[0].v)

class State:
    def __init__(self):
        self.a = 1
        self.b = [2]
    def __getstate__(self):
        print("  getstate")
        return {"a": self.a * 10, "b": self.b}
    def __setstate__(self, st):
        print("  setstate", st)
        self.__dict__.update(st)
s2 = copy.deepcopy(State())
print(s2.a, s2.b)

class Slots:
    __slots__ = ("a", "b")
sl = Slots()
sl.a = [1]
sc = copy.copy(sl)
sd = copy.deepcopy(sl)
print(sc.a, sc.a is sl.a, sd.a, sd.a is sl.a, hasattr(sc, "b"))

class MyList(list):
    pass
ml = MyList([1, [2]])
ml.tag = "t"
mc = copy.copy(ml)
md = copy.deepcopy(ml)
print(type(mc).__name__, mc, mc.tag, mc[1] is ml[1], md, md[1] is ml[1], md.tag)
class MyDict(dict):
    pass
mdd = copy.deepcopy(MyDict(a=[1]))
print(type(mdd).__name__, mdd)

e = ValueError("bad", 2)
ec = copy.copy(e)
print(type(ec).__name__, ec.args, ec is e)

def gen():
    yield 1
attempt("gen", copy.copy, gen())
attempt("gen-deep", copy.deepcopy, gen())
print(issubclass(copy.Error, Exception), copy.error is copy.Error)
nested = [[[[1]]]]
print(copy.deepcopy(nested), copy.deepcopy(nested)[0][0] is not nested[0][0])
print(copy.deepcopy(["é", {"ü": (1, 2.5)}]))
