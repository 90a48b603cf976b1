import _collections_abc as C
from _collections_abc import *
print(Iterable, Sequence.__module__)
for v in ([], (), "", {}, set(), frozenset(), range(3), b"", bytearray(), iter([]), (x for x in []), 3, None, len, lambda: 0, {}.values()):
    print(type(v).__name__, [c.__name__ for c in (Hashable, Iterable, Iterator, Reversible, Generator, Sized, Container, Callable, Collection, Sequence, MutableSequence, Set, MutableSet, Mapping, MutableMapping, MappingView, KeysView, ItemsView, ValuesView, ByteString) if isinstance(v, c)])
class S(Sequence):
    def __init__(self, n): self.n = n
    def __getitem__(self, i):
        if not 0 <= i < self.n: raise IndexError(i)
        return i * 10
    def __len__(self): return self.n
s = S(4)
print(list(s), 20 in s, 25 in s, list(reversed(s)), s.index(20), s.count(10))
try: s.index(7)
except ValueError as e: print("ValueError", e)
class Bad(Sequence): pass
try: Bad()
except TypeError as e: print(e)
class M(MutableMapping):
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
m = M(); m.update({'a': 1}, b=2); m.setdefault('c', 3)
print(dict(m), m.get('z', 9), 'a' in m, list(m.keys()), list(m.items()), list(m.values()), m.pop('a'), m.popitem(), len(m))
print(m == {"c": 3}, type(m.keys()).__name__, isinstance(m.keys(), Set), sorted(m.keys() | {"q"}))
try: m.pop('zz')
except KeyError as e: print("KeyError", e)
class MS(MutableSet):
    def __init__(self, it=()): self.s = set(it)
    def __contains__(self, x): return x in self.s
    def __iter__(self): return iter(sorted(self.s))
    def __len__(self): return len(self.s)
    def add(self, x): self.s.add(x)
    def discard(self, x): self.s.discard(x)
a = MS([1,2,3]); b = MS([2,3,4])
print(list(a & b), list(a | b), list(a - b), list(a ^ b), a <= b, MS([2]) < a, a == MS([3,2,1]), a.isdisjoint([9]))
a |= [7]; a -= [1]; print(list(a))
class MSeq(MutableSequence):
    def __init__(self): self.l = []
    def __getitem__(self, i): return self.l[i]
    def __setitem__(self, i, v): self.l[i] = v
    def __delitem__(self, i): del self.l[i]
    def __len__(self): return len(self.l)
    def insert(self, i, v): self.l.insert(i, v)
q = MSeq(); q.append(1); q.extend([2,3]); q += [4]; q.reverse(); print(q.l, q.pop(), q.l); q.remove(3); print(q.l)
class It:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
print(isinstance(It(), Iterator), issubclass(It, Iterable), isinstance(It(), Sized))
class NoHash:
    __hash__ = None
print(isinstance(NoHash(), Hashable), isinstance(3, Hashable))
print(issubclass(list, Sequence), issubclass(dict, Mapping), issubclass(str, MutableSequence))
