# iter and next
it = iter([10, 20, 30])
print(next(it))
print(next(it))
print(next(it))
print(next(it, 'done'), next(it, None))
s = iter('hé')
print(next(s), next(s), next(s, 'end'))
d = iter({'a': 1, 'b': 2})
print(next(d), next(d))
r = iter(range(2))
print(next(r), next(r), next(r, -1))
t = iter((1, 2, 3))
first = next(t)
rest = list(t)
print(first, rest)
it2 = iter([1, 2, 3])
for x in it2:
    print('loop', x)
    if x == 1:
        print('skipping', next(it2))
try:
    next(iter([]))
except StopIteration as e:
    print(type(e).__name__, repr(e))
try:
    next([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
i1 = iter([1])
print(iter(i1) is i1)
