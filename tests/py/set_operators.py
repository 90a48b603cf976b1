# Operators on sets and frozensets.

a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a | a, a & a, a - a, a ^ a)
fa = frozenset(a)
fb = frozenset(b)
print(fa | fb, fa & b, fa - b, fa ^ b)
print(a | fb, a & fb, a - fb, a ^ fb)
print(type(a | fb).__name__, type(fa | b).__name__, type(fa & b).__name__, type(a - fb).__name__)

# in place
s = {1, 2}
t = s
s |= {3}
s &= {1, 3, 4}
s -= {1}
s ^= {7, 3}
print(s, t, s is t)
f = frozenset({1})
g = f
f |= {2}
print(f, g, f is g, type(f).__name__)
f &= {2}
f -= {2}
f ^= {9}
print(f, type(f).__name__)

# comparisons
print({1, 2} < {1, 2, 3}, {1, 2} < {1, 2}, {1, 2} <= {1, 2}, {1, 4} <= {1, 2})
print({1, 2, 3} > {1}, {1} > {1}, {1} >= {1}, {1, 2} >= {3})
print({1, 2} == {2, 1}, {1} != {1}, {1} != {2}, set() == set(), {1} == [1], {1} != (1,))
print({1, 2} == frozenset({1, 2}), frozenset({1}) == {1}, frozenset() < {1}, {1} < frozenset({1, 2}))
print({1} == {1.0}, {(1, 2)} == {(1.0, 2.0)}, {frozenset({1})} == {frozenset({1.0})})
print({1, 2} < {3, 4}, {1, 2} > {3, 4}, {1, 2} == {3, 4})
print(sorted([{1, 2}, {1}, {1, 2, 3}], key=len))
print(max([{1}, {1, 2}], key=len), [{1} == x for x in [{1}, {2}, frozenset({1})]])
s = {1}
print(s == s, s <= s, s < s, s is s)

# chained
print({1} < {1, 2} < {1, 2, 3}, {1} <= {1} == frozenset({1}))

# hashing frozensets
print(hash(frozenset()), hash(frozenset({1, 2})), hash(frozenset({1, 2, 3})))
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])), hash(frozenset({1.0})) == hash(frozenset({1})))
print(hash(frozenset({(1, 2), 3})), hash(frozenset({frozenset({1}), 2})), hash(frozenset(range(100))))
d = {frozenset({1, 2}): "a", frozenset(): "empty"}
print(d[frozenset({2, 1})], d[frozenset()], frozenset({1, 2}) in d, {1, 2} in {frozenset({1, 2})})
ss = {frozenset({1}), frozenset({1.0}), frozenset({2})}
print(len(ss), frozenset({1}) in ss)
s = {frozenset({1, 2})}
s.discard({1, 2})
print(s)
s = {frozenset({3})}
s.remove({3})
print(s, {3} in {frozenset({3})}, set() in {frozenset()})

# dict views with sets
d = {1: "a", 2: "b", 3: "c"}
print(d.keys() & {2, 3, 4}, d.keys() | {9}, d.keys() - {1}, d.keys() ^ {1, 7})
print({2, 3, 4} & d.keys(), {9} | d.keys(), [1, 5] | d.keys(), d.keys() - [1, 2])
print(d.items() & {(1, "a"), (2, "x")}, d.keys() == {1, 2, 3}, {1, 2, 3} == d.keys(), d.keys() == {1})
print(type(d.keys() & {1}).__name__)
e = {1: "z"}
print(d.keys() < {1, 2, 3, 5}, {1} < d.keys(), d.keys() >= {1}, d.items() <= {(1, "a"), (2, "b"), (3, "c")})
print(e.keys() < d.keys(), d.keys() > e.keys(), e.items() < d.items(), d.keys() != {1, 2, 3}, frozenset({1, 2, 3}) >= d.keys())
try:
    d.keys() < [1]
except TypeError as ex:
    print(ex)
try:
    d.values() < {1}
except TypeError as ex:
    print(ex)
print(d.values() == {"a", "b", "c"}, d.keys() == [1, 2, 3])

# truth and len inside expressions
s = set()
print("empty" if not s else "full", len(s | {1}), bool({0} & {0}))

# which operand of a view intersection is iterated decides the result's layout
def views():
    d = {i * 8: i for i in range(12)}
    print(d.keys() & {0, 8, 16, 24, 64, 72, 80, 88, 1000, 2000, 3000, 4000, 5000, 6000})
    print({0, 8, 16, 24, 64, 72, 80, 88, 1000, 2000, 3000, 4000, 5000, 6000} & d.keys())
    print(d.keys() & {0, 8}, d.keys() & [88, 0, 8], [88, 0, 8, 80] & d.keys())
    e = {i * 16: 0 for i in range(20)}
    print(d.keys() & e.keys(), e.keys() & d.keys(), d.keys() & frozenset({0, 8, 16, 24, 64, 72, 80, 88, 1000, 2000, 3000, 4000, 5000, 6000}))
    print(d.keys() | {1}, d.keys() ^ {0, 5}, d.keys() - {0})

views()
