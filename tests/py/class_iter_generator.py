# An __iter__ written as a generator function returns an iterator (the generator),
# for every consumer of iterables; __reversed__ = None makes reversed() refuse.
class Bag:
    def __init__(self, *items):
        self.items = items

    def __iter__(self):
        for item in self.items:
            yield item

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]


b = Bag(3, 1, 2)
print(list(b), tuple(b), sorted(b), set(b) == {1, 2, 3}, sum(b), max(b), min(b))
for x in b:
    print("item", x)
print(dict(Bag(("a", 1), ("b", 2))), [x * 2 for x in b], {x for x in b} == {1, 2, 3})
print(2 in b, 5 in b, "-".join(Bag("x", "y")), list(zip(b, b)), list(enumerate(b)))
a, c, d = b
print(a, c, d, [*b], list(iter(b)), next(iter(b)), type(iter(b)).__name__)
print(list(reversed(b)))


class NotReversible(Bag):
    __reversed__ = None


try:
    reversed(NotReversible(1, 2))
except TypeError as e:
    print("TypeError:", e)


class BadIter:
    def __iter__(self):
        return [1, 2]


try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)
