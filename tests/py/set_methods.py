# Methods of set and frozenset.

s = {1, 2, 3}
print(s.add(4), s)
s.add(2)
print(s)
print(s.discard(10), s.discard(1), s)
print(s.remove(2), s)
t = s.copy()
t.add(99)
print(s, t, s is t)
print(s.clear(), s, len(s))

s = {3, 1, 2}
print(s.pop(), s.pop(), s.pop(), s)
s = set(range(10))
print([s.pop() for _ in range(4)], s)
s.update([20, 21], (22,), {23: 0}, "ab" and [24])
print(sorted(s))
s.update()
print(len(s))

a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a.union(b), a.union(b, [9], (10, 1)), a.union(), a.union(a))
print(a.intersection(b), a.intersection(b, [4]), a.intersection(), a.intersection(range(3)))
print(a.difference(b), a.difference(b, [1]), a.difference(), a.difference({}))
print(a.symmetric_difference(b), a.symmetric_difference([1, 9]), a.symmetric_difference(a))
print(a.issubset(b), {3}.issubset(b), b.issubset(b), set().issubset([]), {3}.issubset([3, 4]))
print(a.issuperset(b), a.issuperset({1}), a.issuperset([1, 2]), a.issuperset(range(1, 5)))
print(a.isdisjoint(b), a.isdisjoint({7}), a.isdisjoint([4]), set().isdisjoint(set()), a.isdisjoint(a))
print(a, b)

c = {1, 2, 3, 4, 5}
c.intersection_update({1, 2, 3, 9}, [2, 3])
print(c)
c.intersection_update()
print(c)
c = {1, 2, 3, 4, 5}
c.difference_update({1}, [2], (3,))
print(c)
c.difference_update(c)
print(c)
c = {1, 2, 3}
c.symmetric_difference_update({3, 4})
print(c)
c.symmetric_difference_update([4, 4, 5])
print(c)
c.symmetric_difference_update({6: 1, 1: 0})
print(c)
c.symmetric_difference_update(c)
print(c)

# results follow the receiver's type
f = frozenset({1, 2, 3})
print(f.union({4}), f.intersection([2, 3]), f.difference({1}), f.symmetric_difference({3, 4}))
print(f.copy() is f, f.issubset({1, 2, 3, 4}), f.issuperset([1]), f.isdisjoint({5}))
print(set.union({1}, frozenset({2})), frozenset.union(frozenset({1}), {2}))
print(type(f.union()), type(f.intersection()), type({1}.union(f)))

# methods as unbound functions and bound objects
add = s.add if False else set.add
t = set()
add(t, 5)
print(t, set.__contains__({1}, 1), frozenset.__contains__(frozenset(), 1))
m = t.discard
m(5)
print(t)

# generators and iterators are consumed as CPython does
def gen():
    for i in range(10):
        print("gen", i)
        yield i

print({1, 2}.intersection(gen()))
print({1, 2}.issuperset(gen()))
print({5}.isdisjoint(gen()))

# larger sets
big = set(range(0, 1000, 3))
other = set(range(0, 1000, 5))
print(len(big | other), len(big & other), len(big - other), len(big ^ other))
print(sum(big & other), min(big ^ other), max(big - other))
big.difference_update(range(0, 1000, 2))
print(len(big), sorted(big)[:10])
while big:
    big.pop()
print(big)
