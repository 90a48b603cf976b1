# Set construction, displays, membership, iteration order of small ints, repr.

print(set(), frozenset(), set([]), set(()))
print({1, 2, 3}, {3, 2, 1}, {5, 3, 1, 100, 7})
print(set([5, 3, 1, 100, 7]), set(range(10)), set(range(20, 0, -3)))
print({1, 1.0, True}, {0, False, 0.0}, {True, 1}, {1.0, 1})
print({1, 5, 20, 30, 2}, set([1, 5, 20, 30, 2]))
x = 1
print({x, 5, 20, 30, 2})
print({-1, -2, -3, 4, 5, 6, 7}, set([-1, -2, -3, 4, 5, 6, 7]))
print({(1, 2), (3, 4), (1, 2)}, {0.5, -0.5}, None in {None, 1})
print({2**64, 2**64 + 1, 10**20}, {2**61 - 1, 2**61, 7})
print(len(set()), len({1, 2, 2, 3}), len(set("mississippi")))
print(bool(set()), bool({0}), not set(), not {None})

# membership
s = {1, 2, 3, (4, 5), "a"}
print(1 in s, 4 in s, (4, 5) in s, "a" in s, "b" not in s, 1.0 in s, True in s)
print([i in s for i in range(5)])
for i in range(3):
    print(i, i in {0, 2}, i not in {0, 2})

# iteration
for v in {3, 1, 2}:
    print(v, end=" ")
print()
print(list({9, 8, 7, 1}), tuple({40, 10, 30}), sorted({"pear", "apple", "fig"}))
print(sorted({3, 1, 2}, reverse=True), min({4, 2, 8}), max({4, 2, 8}), sum({1, 2, 3, 3}))
print(sorted(set("hello world")))
a, b, c = {1, 2, 3}
print(a, b, c)
print([*{1, 2}], [*{5}, *{6}])

# str and repr
print(str({1, 2}), repr({1, 2}), repr(set()), str(frozenset()), repr(frozenset({1, 2})))
print(f"{ {1, 2} }", "%s" % ({3},), "{}".format({4, 5}))
print({frozenset({1, 2}), frozenset()})
print([{1}, {2, 3}], ({4},), {"k": {5}})

# type, isinstance
print(type({1}), type(set()), type(frozenset()), type({1}).__name__)
print(isinstance({1}, set), isinstance({1}, frozenset), isinstance(frozenset(), frozenset))
print(type(iter({1})).__name__, type(iter(frozenset({1}))).__name__)
print(set is type(set()), frozenset.__name__)

# from other iterables
print(set({1: "a", 2: "b"}), set({1: 2}.values()), set({1: 2}.items()))
print(set(x * x for x in range(5)), set(map(abs, [-1, 1, -2])), set(zip([1, 2], [3, 4])))
print(set(iter([3, 3, 4])), sorted(set(enumerate("ab"))), set(reversed([1, 2])))
print(set("abc") == set("cab"), set([1, 2]) == {2, 1}, set() == frozenset())

# equal elements keep the first one stored
s = {1}
s.add(1.0)
s.add(True)
print(s, {1.0, 1}, {True, 1.0})
