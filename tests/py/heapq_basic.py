import heapq
from heapq import heappush, heappop, heapify, heapreplace, heappushpop, nlargest, nsmallest, merge


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


h = []
for v in [5, 1, 8, 3, 9, 2, 7, 1, -4, 0]:
    heappush(h, v)
print(h)
print([heappop(h) for _ in range(len(h))])
data = [9, 8, 7, 6, 5, 4, 3, 2, 1, 0, -1, 2.5, 3.5]
heapify(data)
print(data)
print(heapreplace(data, 100), data[0], heappushpop(data, -50), heappushpop(data, 4), data)
print(heappushpop([], 3))
show('pop empty', lambda: heappop([]))
show('replace empty', lambda: heapreplace([], 1))
show('not list', lambda: heappush((1,), 2))
show('pop tuple', lambda: heappop((1,)))
show('heapify str', lambda: heapify('abc'))
show('arity', lambda: heappush([]))
show('mixed', lambda: heapify([1, 'a', 2]))

# tuples: priority, then tie-breaker
tasks = []
for prio, name in [(3, 'write'), (1, 'plan'), (2, 'code'), (1, 'coffee'), (3, 'test')]:
    heappush(tasks, (prio, name))
print([heappop(tasks) for _ in range(5)])
ht = [(1.5, 'b', [1]), (1.5, 'a', [2]), (0.5, 'z', [])]
heapify(ht)
print(heappop(ht), heappop(ht), heappop(ht))
print(sorted(['é', 'a', 'Z']), [heappop(x) for x in [['é', 'a', 'Z']] if not heapify(x)])


class Item:
    calls = 0

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        Item.calls += 1
        return self.v < other.v

    def __repr__(self):
        return 'Item(%r)' % self.v


items = [Item(v) for v in [4, 2, 6, 1, 3, 5]]
heapify(items)
print(items)
print([heappop(items).v for _ in range(6)], Item.calls)

# max-heap with negated keys
mh = []
for v in [3, 1, 4, 1, 5, 9, 2, 6]:
    heappush(mh, -v)
print([-heappop(mh) for _ in range(3)])

print(nsmallest(3, [5, 2, 8, 1, 9]), nlargest(3, [5, 2, 8, 1, 9]))
print(nsmallest(1, [5, 2]), nlargest(1, []), nsmallest(0, [1]), nlargest(10, [3, 1, 2]))
print(nsmallest(2, ['bb', 'a', 'ccc'], key=len), nlargest(2, ['bb', 'a', 'ccc', 'dd'], key=len))
print(nlargest(2, {'a': 3, 'b': 1, 'c': 2}.items(), key=lambda kv: kv[1]))
print(list(merge([1, 3, 5], [2, 4, 6], [0, 7])))
print(list(merge([5, 3, 1], [4, 2], reverse=True)))
print(list(merge(['a', 'ccc'], ['bb', 'dddd'], key=len)))
print(list(merge()), list(merge([], [1])), list(merge([1, 1], [1])))
print(heapq.__all__)

# a larger deterministic run
seed = 12345
vals = []
for _ in range(2000):
    seed = (seed * 1103515245 + 12345) % 2147483648
    vals.append(seed % 1000)
h = []
for v in vals:
    heappush(h, v)
out = [heappop(h) for _ in range(len(h))]
print(out == sorted(vals), out[:5], out[-5:])
h = vals[:]
heapify(h)
print([heappop(h) for _ in range(5)], len(h))
