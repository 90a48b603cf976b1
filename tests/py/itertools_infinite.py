import itertools
from itertools import count, cycle, repeat, islice

def attempt(label, f, *args, **kw):
    try:
        r = f(*args, **kw)
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)

c = count()
print(c, next(c), next(c), c)
print(list(islice(count(5), 3)), list(islice(count(10, -3), 4)))
print(list(islice(count(0.5, 0.25), 4)))
c = count(5)
print(repr(c), repr(count(5, 2)), repr(count(0, 1.0)), repr(count(1.5)), repr(count(-3, -1)))
print(repr(count(10**20)), repr(count(step=3)), repr(count(start=2)))
c = count(2**62)
print(next(c), next(c), c)
print(type(count()), type(count()).__name__)
attempt("count3", count, 1, 2, 3)
attempt("count-str", count, "a")
attempt("count-step-str", count, 1, "a")
attempt("count-kw", count, x=1)

cy = cycle("abc")
print([next(cy) for _ in range(8)])
print(list(islice(cycle([1]), 3)), list(cycle([])))
attempt("cycle0", cycle)
attempt("cycle-int", cycle, 1)
attempt("cycle2", cycle, [], [])
attempt("cycle-kw", cycle, a=1)

def gen():
    print("  gen start")
    yield 1
    print("  gen after 1")
    yield 2
    print("  gen end")
cy = cycle(gen())
print(next(cy))
print(next(cy))
print(next(cy))
print(next(cy))

r = repeat("a", 3)
print(repr(r), list(r), repr(r))
print(repr(repeat("a")), repr(repeat(None, -5)), list(repeat(1, 0)), repr(repeat([1], times=2)))
print(list(islice(repeat(7), 4)))
print(list(map(pow, range(5), repeat(2))))
print(repeat(1, 3).__length_hint__())
attempt("len", len, repeat(1))
attempt("subscript", lambda: count()[0])
attempt("add", lambda: count() + 1)
attempt("hint", repeat(1).__length_hint__)
attempt("repeat0", repeat)
attempt("repeat3", repeat, 1, 2, 3)
attempt("repeat-str", repeat, 1, "a")
print(list(zip("xyz", count(1))))
print(list(zip(repeat(0), "ab")))
