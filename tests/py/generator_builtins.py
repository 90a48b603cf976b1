# Generators and generator expressions consumed by every builtin that iterates.

def squares(n):
    for i in range(n):
        yield i * i

print(list(squares(5)))
print(tuple(squares(4)))
print(sum(squares(10)), sum((x for x in range(5)), 100))
print(max(squares(6)), min(x - 3 for x in range(5)))
print(sorted(x % 7 for x in range(20)))
print(sorted((w for w in "the quick brown fox".split()), key=len))
print(dict((str(i), i) for i in range(3)))
print(any(x > 3 for x in range(5)), all(x < 3 for x in range(5)))
print(list(enumerate(squares(3), start=1)))
print(list(zip(squares(3), "abc")))
print(list(map(str, squares(4))))
print(list(filter(None, (x % 3 for x in range(7)))))
print(list(reversed(list(squares(4)))))
print(", ".join(str(x) for x in squares(4)))
print(", ".join(s.upper() for s in ["a", "b"]))
print(9 in squares(5), 10 in squares(5))
a, b, c = squares(3)
print(a, b, c)
first, *rest = squares(5)
print(first, rest)
print([*squares(3), *"xy"])
l = [0]
l.extend(squares(3))
print(l)
print(len(list(x for x in range(1000) if x % 7 == 0)))

def take(n, it):
    for x in it:
        if n <= 0:
            return
        yield x
        n -= 1

def naturals():
    n = 0
    while True:
        yield n
        n += 1

print(list(take(5, naturals())))
print(list(take(3, (x * 2 for x in naturals()))))

def pipeline(words):
    stripped = (w.strip() for w in words)
    nonempty = (w for w in stripped if w)
    lengths = ((w, len(w)) for w in nonempty)
    return list(lengths)

print(pipeline(["  a ", "", "bcd", "   ", "ef"]))

ge = (x for x in range(3))
print(next(ge), list(ge), list(ge))

x = "outer x"
ge2 = (x for x in "abc")
print(list(ge2), x)

def gen_exc():
    yield 1
    raise KeyError("from gen")

try:
    for v in gen_exc():
        print("got", v)
except KeyError as err:
    print("KeyError", err)

try:
    list(1 / x for x in [1, 0])
except ZeroDivisionError as err:
    print("ZeroDivisionError", err)
