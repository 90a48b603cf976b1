from _collections_abc import *
import _collections_abc

class FrozenBag(Set, Hashable):
    def __init__(self, items=()):
        self._items = []
        for x in items:
            if x not in self._items:
                self._items.append(x)
    def __contains__(self, x): return x in self._items
    def __iter__(self): return iter(self._items)
    def __len__(self): return len(self._items)
    __hash__ = Set._hash
a, b = FrozenBag([1, 2, 3]), FrozenBag([3, 2, 1])
print(a == b, hash(a) == hash(b), hash(a) == hash(frozenset([1, 2, 3])), a <= FrozenBag([1, 2, 3, 4]), a > FrozenBag([1]))
print(sorted(a & [2, 3, 9]), sorted(a | [9]), sorted(a - [1]), sorted(a ^ FrozenBag([3, 4])), a.isdisjoint([7, 8]))
print(type(a & [2]).__name__, a == {1, 2, 3}, a != [1, 2, 3])

class Countdown(Iterator):
    def __init__(self, n): self.n = n
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
c = Countdown(3)
print(iter(c) is c, list(c), isinstance(c, Iterable))

class G(Generator):
    def __init__(self): self.i = 0
    def send(self, v):
        self.i += 1
        if self.i > 2:
            raise StopIteration
        return self.i
    def throw(self, typ, val=None, tb=None):
        raise typ if val is None else val
g = G()
print(next(g), next(g), list(G()), isinstance((x for x in ()), Generator))
g2 = G()
g2.close()
print("closed")

class RO(Mapping):
    def __init__(self, d): self._d = d
    def __getitem__(self, k): return self._d[k]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
r = RO({'a': 1, 'b': 2})
print(r['a'], r.get('z'), 'b' in r, 'z' in r, list(r.items()), list(r.values()), r == {'a': 1, 'b': 2}, r != {'a': 1})
print(('a', 1) in r.items(), ('a', 2) in r.items(), 2 in r.values(), len(r.keys()), sorted(r.keys() & {'a', 'q'}))
try:
    reversed(r)
except TypeError as e:
    print(type(e).__name__, e)

class L(MutableSequence):
    def __init__(self, *items): self._l = list(items)
    def __getitem__(self, i): return self._l[i]
    def __setitem__(self, i, v): self._l[i] = v
    def __delitem__(self, i): del self._l[i]
    def __len__(self): return len(self._l)
    def insert(self, i, v): self._l.insert(i, v)
l = L(1, 2, 3, 2)
print(l.index(2), l.index(2, 2), l.count(2), 3 in l, list(reversed(l)))
try:
    l.index(9)
except ValueError as e:
    print(type(e).__name__, repr(e))
try:
    L().pop()
except IndexError as e:
    print(type(e).__name__, e)
l.remove(2); l.clear(); print(l._l)
try:
    l.remove(5)
except ValueError as e:
    print(type(e).__name__)
print(issubclass(L, Sequence), isinstance(l, Reversible), isinstance(l, Collection))
print(isinstance(b"", ByteString), isinstance(bytearray(), MutableSequence), isinstance((), MutableSequence))
print(isinstance(len, Callable), isinstance(print, Callable), isinstance(lambda: 0, Callable), isinstance(int, Callable), isinstance(3, Callable), callable(G))
class AIt(AsyncIterator):
    async def __anext__(self): raise StopAsyncIteration
print(isinstance(AIt(), AsyncIterable), aiter(AIt()).__class__.__name__ if False else "")
print(sorted(_collections_abc.__all__)[:5])
print(Sized.__module__, Iterable.__qualname__)
