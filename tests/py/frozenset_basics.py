# frozenset: immutable, hashable, usable as a key and a member.

f = frozenset([3, 1, 2, 3])
print(f, len(f), 2 in f, 5 in f, sorted(f), list(f))
print(frozenset(), frozenset(""), frozenset("aab") == frozenset("ab"))
print(frozenset(f) is f, frozenset({1, 2}) == {1, 2}, type(frozenset({1})).__name__)
print(f | {9}, f & {1, 9}, f - {1}, f ^ {1, 10})
print(hash(f) == hash(frozenset([1, 2, 3])), hash(frozenset()) == hash(frozenset([])))
print(hash(frozenset({1, 2})), hash(frozenset({-1, -2})), hash(frozenset({(0, 1)})))

# as dict keys and set members
graph = {frozenset({"a", "b"}): 1, frozenset({"b", "c"}): 2}
print(graph[frozenset({"b", "a"})], graph.get(frozenset({"c", "b"})), frozenset({"a"}) in graph)
nested = frozenset({frozenset({1, 2}), frozenset({3})})
print(frozenset({3}) in nested, frozenset({2, 1}) in nested, {3} in nested, len(nested))
s = {frozenset(), frozenset([0])}
s.add(frozenset())
print(len(s), frozenset() in s)
print({frozenset({1, 2}): "x"}.get(frozenset([2, 1])))

# power set
def powerset(items):
    out = {frozenset()}
    for it in items:
        out |= {sub | {it} for sub in out}
    return out

ps = powerset([1, 2, 3])
print(len(ps), sorted(sorted(p) for p in ps))
print(frozenset({1}) in ps, frozenset({1, 4}) in ps)

# methods that do not exist on frozenset
for name in ["add", "remove", "discard", "pop", "clear", "update", "intersection_update",
             "difference_update", "symmetric_difference_update"]:
    print(name, hasattr(frozenset(), name), hasattr(set(), name))

# frozenset of mutable contents
try:
    frozenset([[1]])
except TypeError as e:
    print(e)
try:
    hash(frozenset([1, 2])) == hash(frozenset([1, {}]))
except TypeError as e:
    print(e)

# equality across kinds
print(frozenset({1, 2}) == {1, 2}, {1, 2} == frozenset({1, 2}), frozenset() == set())
print(frozenset({1}) <= {1, 2}, frozenset({1, 2}) > {1})
print({frozenset({1}): 1} == {frozenset({1.0}): 1})
