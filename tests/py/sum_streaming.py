# sum() over every kind of iterable, with ints growing past 64 bits, floats, mixes,
# start values, user objects and errors.

print(sum(range(10)), sum([], 5), sum((), 2.5))
print(sum(x * x for x in range(100000)))
print(sum([2 ** 62, 2 ** 62, 2 ** 62, -5]))
print(sum([10 ** 30, 1, -10 ** 30]))
print(sum([0.1] * 10), sum([1, 2.5, 3]), sum([1.5, 2, True]))
print(sum([True, True, False]), sum([[1], [2, 3]], []), sum([(1,), (2,)], ()))
print(sum(iter([1, 2, 3]), start=10))

class Money:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.v + other.v)
        return Money(self.v + other)
    def __radd__(self, other):
        return Money(other + self.v)
    def __repr__(self):
        return "Money(%r)" % self.v

print(sum([Money(1), Money(2), Money(3)]))
print(sum([Money(1), 2, 3.5]))

for bad in ([1, "a"], ["a", "b"]):
    try:
        sum(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    sum(["a"], "")
except TypeError as e:
    print("TypeError:", e)
try:
    sum(5)
except TypeError as e:
    print("TypeError:", e)
