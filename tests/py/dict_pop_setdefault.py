# pop and setdefault
d = {'a': 1, 'b': 2}
print(d.pop('a'), d)
print(d.pop('zz', 'fallback'), d.pop('b', None), d)
try:
    d.pop('missing')
except KeyError as e:
    print(type(e).__name__, e)
print(d.setdefault('x', 10), d)
print(d.setdefault('x', 20), d)
print(d.setdefault('y'), d)
groups = {}
for word in ['apple', 'avocado', 'banana', 'blueberry', 'cherry']:
    groups.setdefault(word[0], []).append(word)
print(groups)
