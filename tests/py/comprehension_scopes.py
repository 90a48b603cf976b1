# List and dict comprehensions: scope, nesting, conditions, closures.

print([x * y for x in range(1, 4) for y in range(1, 3)])
print([(x, y) for x in range(4) if x % 2 for y in "ab" if y != "b"])
print({k: v for k, v in zip("abc", range(3))})
print({x % 3: x for x in range(10)})
print([[j for j in range(i)] for i in range(4)])
print([x for x in [y * 2 for y in range(3)]])

i = "module i"
print([i for i in range(3)], i)

def in_function():
    total = 10
    vals = [total + v for v in range(3)]
    nested = [[total + a + b for a in range(2)] for b in range(2)]
    return vals, nested

print(in_function())

def closures_in_comprehension():
    fs = [lambda: n for n in range(3)]
    gs = [(lambda n=n: n) for n in range(3)]
    return [f() for f in fs], [g() for g in gs]

print(closures_in_comprehension())

class Config:
    names = ["a", "b"]
    upper = [n.upper() for n in names]
    pairs = {n: len(n) for n in names}

print(Config.upper, Config.pairs)

def uses_outer_loop():
    out = []
    for row in range(3):
        out.append([row * col for col in range(row + 1)])
    return out

print(uses_outer_loop())

matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[c] for row in matrix] for c in range(3)])
print([c for row in matrix for c in row if c % 2 == 0])

try:
    [1 / z for z in [1, 0]]
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)

def walrus_in_loop():
    data = [1, 5, 2, 8]
    found = [y for x in data if (y := x * 2) > 4]
    nested = [[(last := a * b) for a in range(3)] for b in range(2)]
    return found, y, nested, last

print(walrus_in_loop())
print(type([x for x in ()]).__name__, [x for x in ()], {x: x for x in ()})

print([w for v in range(4) if (w := v * v) > 1], w)
