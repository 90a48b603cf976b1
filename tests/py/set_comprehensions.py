# Set comprehensions and displays with unpacking.

print({x for x in range(10)})
print({x % 3 for x in range(10)})
print({x * y for x in range(4) for y in range(4) if x != y})
print({(x, y) for x in range(3) if x for y in range(x) if y >= 0} == {(1, 0), (2, 0), (2, 1)})
print({c for c in "hello"} == set("hello"), sorted({c.upper() for c in "abcabc"}))
print({x for x in []}, {x for x in {3, 1, 2}}, {n for n in (1, 1, 1)})
print({len(w) for w in "the quick brown fox".split()})
print({x for x in range(5)} | {x for x in range(3, 8)})
print({i: {j for j in range(i)} for i in range(4)})
print([{j for j in range(i)} for i in range(3)])
print({frozenset({i, i + 1}) for i in range(3)} == {frozenset({0, 1}), frozenset({1, 2}), frozenset({2, 3})})

# nested comprehension scope
n = 10
print({n * i for i in range(3)})
x = "outer"
s = {x for x in range(3)}
print(x, s)
print({y for y in {z for z in range(4)} if y % 2 == 0})

def f(k):
    return {k + i for i in range(k)}

print(f(3), f(0))

# walrus inside a set comprehension binds in the enclosing scope
total = 0
print({(total := total + i) for i in range(5)}, total)

# starred displays
a = [1, 2, 3]
b = (3, 4)
print({*a, *b}, {*a}, {0, *a, 9}, {*b, *"ab"} == {3, 4, "a", "b"})
print({*range(3), *{7: 1}}, {*(), 5}, {*[], *set()})
print({*{1, 2}, *frozenset({2, 3})})

# long displays
print({0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35})
v = 7
print(len({v, v + 1, v + 2, v + 3, v + 4, v + 5, v + 6, v + 7, v + 8, v + 9, v + 10, v + 11, v + 12, v + 13, v + 14, v + 15, v + 16, v + 17, v + 18, v + 19, v + 20, v + 21, v + 22, v + 23, v + 24, v + 25, v + 26, v + 27, v + 28, v + 29, v + 30, v + 31, v}))

# constant displays (CPython folds them into frozensets)
print({1, 5, 20, 30, 2}, {-1, -2, -3, 4, 5, 6, 7}, {(1, 2), (3, 4), (5, 6)}, {0.5, 1.5, 2.5})
for v in {1, 5, 20, 30, 2}:
    print(v, end=" ")
print()
print([v for v in {-1, -2, -3, 4, 5, 6, 7}], [w for u in [0] for w in {33, 1, 65}])
print(3 in {1, 2, 3}, 4 in {1, 2, 3}, 5 not in {5, 6}, 1 < 2 in {2, 3}, 9 in {9})

def classify(n):
    if n in {2, 3, 5, 7, 11, 13}:
        return "prime"
    if n not in {0, 1}:
        return "composite"
    return "neither"

print([classify(n) for n in range(15)])
