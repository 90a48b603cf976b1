# Builtins that iterate: iter with a sentinel, map, filter, zip(strict=),
# enumerate(start=), reversed with __reversed__, sorted/min/max with key and default,
# sum with start, any/all stopping early.

def counter():
    n = 0
    def next_value():
        nonlocal n
        n += 1
        return n
    return next_value

print(list(iter(counter(), 5)))
print(list(map(lambda x, y: x * y, [1, 2, 3], (4, 5, 6, 7))))
print(list(filter(lambda s: s.startswith("a"), ["ab", "b", "ac"])), list(filter(None, [0, 1, "", "x"])))
print(list(zip("abc", range(3), strict=True)))
for args in [("ab", "abc"), ("abc", "ab"), ("a", "a", "ab")]:
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print("ValueError:", e)
print(list(enumerate("xyz", start=10)), list(enumerate([], 3)))

class Countdown:
    def __init__(self, n):
        self.n = n
    def __reversed__(self):
        return iter(range(1, self.n + 1))
    def __iter__(self):
        return iter(range(self.n, 0, -1))

print(list(Countdown(3)), list(reversed(Countdown(3))), list(reversed([1, 2, 3])), list(reversed("abc")))
words = ["pear", "fig", "banana", "kiwi"]
print(sorted(words, key=len), sorted(words, key=len, reverse=True))
print(min(words, key=len), max(words, key=lambda w: w[-1]))
print(min([], default="none"), max((), key=len, default=0), min(3, 1, 2), max("abc"))
print(sum([1, 2, 3], start=10), sum([[1], [2]], start=[0]))

seen = []
def noisy(values):
    for v in values:
        seen.append(v)
        yield v

print(any(noisy([0, 0, 1, 1, 1])), seen)
seen.clear()
print(all(noisy([1, 1, 0, 1])), seen)

for bad in [lambda: min([]), lambda: max(1), lambda: sorted(5), lambda: list(zip(1))]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
