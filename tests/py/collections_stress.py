# Containers from collections, heapq and bisect holding many fresh objects, filled
# while Python code runs (generators, __lt__, __eq__, key functions), so that
# collections happen while native code holds or stores items.
from collections import deque, Counter, defaultdict, OrderedDict, namedtuple
import heapq
import bisect


class Key:
    def __init__(self, v):
        self.v = v
        self.tag = [v] * 2

    def __lt__(self, other):
        junk = [str(i) for i in range(3)]
        return self.v < other.v

    def __eq__(self, other):
        junk = {'a': [1, 2]}
        return isinstance(other, Key) and self.v == other.v

    __hash__ = None

    def __repr__(self):
        return 'K%d' % self.v


def gen(n):
    for i in range(n):
        yield ['item', str(i), (i, i * 2)]


d = deque(gen(300), maxlen=250)
d.extendleft(gen(40))
d.extend(gen(30))
print(len(d), d[0][1], d[-1][1], d[125][2])
q = deque()
for i in range(400):
    q.append(('x' * (i % 7), [i]))
    if i % 2:
        q.appendleft({'k': i})
    if i % 5 == 0:
        q.popleft()
q.rotate(133)
print(len(q), q[0], q[-1][0] if isinstance(q[-1], tuple) else q[-1])
keys = deque(Key(i % 50) for i in range(200))
print(keys.count(Key(3)), keys.index(Key(7)), Key(49) in keys, Key(99) in keys)
keys.remove(Key(10))
print(len(keys), repr(keys)[:40])
try:
    keys.index(Key(123))
except ValueError as e:
    print(type(e).__name__)

h = []
for i in range(200):
    heapq.heappush(h, Key((i * 7919) % 601))
out = [heapq.heappop(h).v for _ in range(100)]
print(out[:8], out == sorted(out))
h2 = [Key((i * 31) % 97) for i in range(300)]
heapq.heapify(h2)
for i in range(100):
    heapq.heapreplace(h2, Key(i))
    heapq.heappushpop(h2, Key(i + 1000))
print(sorted(k.v for k in h2)[:10], len(h2))
th = []
for i in range(300):
    heapq.heappush(th, (i % 13, str(i), [i]))
print([heapq.heappop(th)[1] for _ in range(6)])
print(heapq.nsmallest(4, (Key(i * 37 % 101) for i in range(200))))
print(list(heapq.merge(gen(3), gen(2)))[:3])


class Shrinker:
    def __init__(self, v, heap):
        self.v = v
        self.heap = heap

    def __lt__(self, other):
        if self.v == 3:
            self.heap.clear()
        return self.v < other.v


hs = []
for i in [5, 4, 3, 2, 1]:
    hs.append(Shrinker(i, hs))
try:
    heapq.heapify(hs)
except RuntimeError as e:
    print(type(e).__name__, e)

s = []
for i in range(150):
    bisect.insort(s, Key((i * 17) % 263))
print(s[:5], bisect.bisect_left(s, Key(100)), bisect.bisect_right(s, Key(100), key=None))
recs = sorted([(str(i), i * 3 % 101) for i in range(300)], key=lambda r: r[1])
print(bisect.bisect_left(recs, 50, key=lambda r: r[1]))

c = Counter(str(i % 37) for i in range(800))
c.update(str(i % 11) for i in range(200))
print(c.most_common(3), c.total())
dd = defaultdict(list)
for i in range(500):
    dd[i % 17].append(str(i))
print(len(dd), len(dd[3]), dd[16][-1])
od = OrderedDict((str(i), [i]) for i in range(100))
for i in range(0, 100, 3):
    od.move_to_end(str(i), last=bool(i % 2))
print(list(od)[:6], len(od))
P = namedtuple('P', 'a b c')
ps = [P(str(i), [i], {'i': i}) for i in range(200)]
print(ps[199], sum(p.b[0] for p in ps))
