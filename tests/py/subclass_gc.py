# Instances of builtin subclasses that survive collections, then receive new young
# values through every kind of store (methods on the payload, operators, __init__),
# checked after much more allocation.

class L(list):
    pass

class D(dict):
    def __missing__(self, key):
        v = self[key] = ["made", key]
        return v

class St(set):
    pass

class Rec(list):
    def __init__(self, n):
        super().__init__()
        self.extra = [n]

olds = [L() for _ in range(30)]
dicts = [D() for _ in range(30)]
sets = [St() for _ in range(10)]
recs = [Rec(i) for i in range(10)]

def churn(n):
    junk = []
    for i in range(n):
        junk.append([i, str(i), (i, i)])
        if len(junk) > 200:
            junk = []
    return len(junk)

churn(20000)

for i, l in enumerate(olds):
    l.append([i, "a"])
    l.extend([[i, "b"]])
    l += [[i, "c"]]
    l.insert(0, [i, "z"])
    l[1] = [i, "set"]
    list.__init__(l, l + [[i, "init"]]) if i % 3 == 0 else None
for i, d in enumerate(dicts):
    d["k"] = [i]
    d.update({"u": [i, i]})
    d.setdefault("s", [i, "s"])
    d |= {"o": [i, "or"]}
    d["missing" + str(i)]
    dict.__init__(d, {"init": [i]}, kw=[i, "kw"])
for i, s in enumerate(sets):
    s.add((i, "t"))
    s |= {(i, "u")}
for i, r in enumerate(recs):
    r.append([i])
    r.extra.append([i, "x"])
    r.tag = [i, "tag"]

churn(20000)

print(sum(len(l) for l in olds), olds[3], olds[4])
print(sum(len(d) for d in dicts), sorted(dicts[5].items()))
print(sorted(sets[2]), recs[7], recs[7].extra, recs[7].tag)
total = 0
for l in olds:
    for item in l:
        total += item[0]
for d in dicts:
    for v in d.values():
        total += v[0] if isinstance(v[0], int) else len(v)
print(total)
