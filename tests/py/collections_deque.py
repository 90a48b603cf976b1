from collections import deque


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


d = deque()
print(d, len(d), bool(d), d.maxlen, type(d), type(d).__name__)
d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), bool(d))
print(d.pop(), d.popleft(), d)
d.extend([4, 5])
d.extendleft([-1, -2])
print(d)
d.extend(d)
print(d)
d.extend(x * 10 for x in range(3))
print(d)
d.clear()
print(d, len(d))
show('pop empty', lambda: deque().pop())
show('popleft empty', lambda: deque().popleft())

# maxlen
b = deque(range(10), maxlen=3)
print(b, b.maxlen)
b.append(10)
print(b)
b.appendleft(-1)
print(b)
b.extend([20, 21])
print(b)
b.extendleft([30, 31])
print(b)
z = deque([1, 2], maxlen=0)
z.append(5)
print(z, len(z))
show('maxlen neg', lambda: deque([], -1))
show('maxlen str', lambda: deque([], 'x'))
show('maxlen set', lambda: setattr(b, 'maxlen', 4))
show('insert full', lambda: b.insert(0, 1))
show('kw', lambda: deque(iterable=[1, 2], maxlen=5))
show('too many', lambda: deque([1], 2, 3))

# rotate
r = deque(range(6))
r.rotate()
print(r)
r.rotate(2)
print(r)
r.rotate(-4)
print(r)
r.rotate(13)
print(r)
e = deque()
e.rotate(5)
print(e)

# indexing
q = deque('abcdef')
print(q[0], q[-1], q[2], q[-3])
q[1] = 'B'
q[-1] = 'F'
print(q)
del q[0]
del q[-2]
print(q)
show('index out', lambda: q[10])
show('index neg out', lambda: q[-10])
show('index str', lambda: q['a'])
show('index slice', lambda: q[1:2])
show('set out', lambda: q.__setitem__(9, 1))

# count / index / remove / insert / reverse
c = deque([1, 2, 3, 2, 1, 2])
print(c.count(2), c.count(7), c.index(2), c.index(2, 2), c.index(2, -2), c.index(1, 1, 5))
show('index missing', lambda: c.index(9))
show('index range', lambda: c.index(1, 1, 3))
c.remove(2)
print(c)
show('remove missing', lambda: c.remove(9))
c.insert(0, 'a')
c.insert(-1, 'b')
c.insert(100, 'c')
c.insert(-100, 'd')
print(c)
c.reverse()
print(c)
print(2 in c, 9 in c, 'a' in c)

# copy and comparisons
x = deque([1, 2, 3], maxlen=4)
y = x.copy()
y.append(4)
print(x, y, y.maxlen)

print(x.__copy__())
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) != deque([1, 2]), deque([1]) == [1])
print(deque([1, 2]) < deque([1, 3]), deque([1, 2]) <= deque([1, 2]), deque([2]) > deque([1, 9]), deque() >= deque())
show('lt list', lambda: deque([1]) < [1])

# operators
print(deque([1, 2]) + deque([3]), deque([1, 2]) * 3, 2 * deque([7]), deque([1]) * 0, deque([1]) * -2)
print(deque([1, 2, 3], maxlen=4) * 2)
show('add list', lambda: deque([1]) + [2])
show('mul str', lambda: deque([1]) * 'a')
a = deque([1])
a += [2, 3]
a += (4,)
a += deque([5])
a += 'xy'
print(a)
a *= 2
print(a)
show('hash', lambda: hash(deque()))

# iteration
it = iter(deque([1, 2, 3]))
print(next(it), list(it))
print(list(reversed(deque('abc'))), [v for v in deque(range(4))], sum(deque([1.5, 2.5])))
m = deque([1, 2, 3])
it = iter(m)
next(it)
m.append(4)
show('mutated', lambda: next(it))
m = deque([1, 2, 3])
it = iter(m)
next(it)
m[0] = 9
print(list(it))
m = deque([1, 2, 3])
it = reversed(m)
next(it)
m.rotate()
show('mutated rev', lambda: list(it))
show('for mutate', lambda: [m.append(v) for v in m])

# repr
rd = deque()
rd.append(rd)
print(rd)
print(repr(deque(['a', None, 1.5])), str(deque([(1, 2)], maxlen=2)))
print(list(deque(range(5))), tuple(deque('ab')), sorted(deque([3, 1, 2])), max(deque([4, 9, 1])))
print(deque(range(3)) == deque(range(3)), deque(['é', 'ü']), len(deque('héllo')))
show('append no arg', lambda: deque().append())
show('descr', lambda: deque.append([], 1))

# a queue of tuples (breadth-first search)
graph = {0: [1, 2], 1: [3], 2: [3, 4], 3: [5], 4: [5], 5: []}
seen = {0: 0}
todo = deque([0])
while todo:
    node = todo.popleft()
    for nxt in graph[node]:
        if nxt not in seen:
            seen[nxt] = seen[node] + 1
            todo.append(nxt)
print(seen)
big = deque()
for i in range(10000):
    big.append(i)
    if i % 3 == 0:
        big.popleft()
print(len(big), big[0], big[-1], sum(big))
print(type(iter(deque())).__name__, type(reversed(deque())).__name__)
