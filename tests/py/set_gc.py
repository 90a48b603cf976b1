# Sets under allocation pressure: members allocated while sets grow, shrink and merge.

def build(n):
    s = set()
    for i in range(n):
        s.add(str(i) * 3)
        s.add((i, str(i)))
    return s

total = 0
for round_ in range(30):
    s = build(200)
    t = {(i, str(i)) for i in range(0, 200, 2)}
    u = s - t
    v = s & t
    w = s ^ t
    s |= {str(i) + "x" for i in range(50)}
    f = frozenset(x for x in s if isinstance(x, str))
    total += len(u) + len(v) + len(w) + len(s) + len(f)
    keep = {f: [1, 2, 3], frozenset(v): "v"}
    total += len(keep[f])
print(total)

# a long-lived set that keeps receiving young members
old = set()
chunks = []
for i in range(3000):
    old.add(("item", i, str(i)))
    if i % 500 == 0:
        chunks.append([str(j) for j in range(200)])
print(len(old), ("item", 2999, "2999") in old, ("item", 3000, "3000") in old)
old.update([("more", i) for i in range(1000)])
old.difference_update([("item", i, str(i)) for i in range(0, 3000, 2)])
print(len(old))
old.intersection_update({("more", i) for i in range(500)} | {("item", 1, "1")})
print(len(old), ("item", 1, "1") in old)
old.symmetric_difference_update({("sym", str(i)) for i in range(100)})
print(len(old))
x = {str(i) for i in range(100)}
y = x.copy()
y.update(str(i) for i in range(100, 300))
print(len(x), len(y), sorted(y)[:3])
