# Loops unpacking pairs from enumerate, dict.items() and zip, and over dict keys and
# values: the same loop fed different iterators (so specialized forms meet what they
# do not handle), mutation during iteration, and the values left in the targets.


def pairs(it):
    out = []
    for a, b in it:
        out.append((a, b))
    return out


def keys_of(it):
    return [k for k in it]


d = {"x": 1, "y": 2, "z": 3}
for _ in range(3):
    print(pairs(enumerate([10, 20, 30])))
    print(pairs(enumerate((7, 8), 5)))
    print(pairs(d.items()))
    print(pairs(zip("ab", "cd")))
    print(pairs(enumerate(x * 2 for x in range(3))))
    print(pairs(enumerate("hi")))
    print(pairs([(1, 2), [3, 4]]))
    print(pairs(enumerate([])))
    print(keys_of(d), keys_of(d.values()), keys_of(d.keys()), keys_of({}), keys_of(iter(d)))
    print(keys_of(d.items()), keys_of(enumerate([5])))

# unpacking errors still come from the UnpackSeq
try:
    pairs(enumerate([1]) if False else [(1, 2, 3)])
except ValueError as e:
    print("ValueError:", e)
try:
    for a, b in [1]:
        pass
except TypeError as e:
    print("TypeError:", e)

# the loop variables keep the last pair; break and else
for i, v in enumerate(["a", "b", "c"]):
    if v == "b":
        break
print(i, v)
for k, v in {"p": 1, "q": 2}.items():
    pass
else:
    print("else", k, v)
for i, v in enumerate([]):
    pass
else:
    print("empty else")

# enumerate over a list that grows or shrinks while the loop runs
items = [1, 2, 3]
for i, v in enumerate(items):
    if i < 3:
        items.append(v * 10)
print(items)
items = [1, 2, 3, 4, 5]
for i, v in enumerate(items):
    if items:
        items.pop()
    print(i, v)

# an exhausted enumerate stays exhausted
e = enumerate([1, 2])
print(pairs(e), pairs(e), list(e))
it = iter([1, 2, 3])
next(it)
e = enumerate(it, 100)
print(pairs(e))

# dict size changes during items()/keys()/values() loops
for view in ("items", "keys", "values"):
    dd = {1: 1, 2: 2}
    try:
        for kv in getattr(dd, view)():
            dd[len(dd) + 5] = 0
    except RuntimeError as e:
        print(view, "RuntimeError:", e)
    dd = {1: 1, 2: 2}
    try:
        for k, v in dd.items() if view == "items" else enumerate(getattr(dd, view)()):
            if 1 in dd:
                del dd[1]
            else:
                dd.clear()
    except RuntimeError as e:
        print(view, "RuntimeError:", e)
# a value replaced (size unchanged) is seen
dd = {1: "a", 2: "b"}
for k, v in dd.items():
    dd[2] = "B"
    print(k, v)

# nested pair loops and comprehensions
grid = {r: {c: r * c for c in range(3)} for r in range(3)}
print([(r, c, v) for r, row in grid.items() for c, v in row.items() if v])
print({v: i for i, v in enumerate("abcab")})
print(sum(i * v for i, v in enumerate(range(10))))
