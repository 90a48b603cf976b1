from collections import defaultdict, OrderedDict, Counter, ChainMap


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


# defaultdict
d = defaultdict(list)
for word in ['apple', 'avocado', 'banana', 'blueberry', 'cherry']:
    d[word[0]].append(word)
print(d)
print(d['z'], len(d), 'q' in d, d.get('q'), d.default_factory)
counts = defaultdict(int)
for ch in 'mississippi':
    counts[ch] += 1
print(counts, dict(counts))
n = defaultdict()
show('no factory', lambda: n['x'])
show('bad factory', lambda: defaultdict(5))
dd = defaultdict(lambda: 'dflt', a=1)
print(dd['a'], dd['b'], sorted(dd.items()))
nested = defaultdict(lambda: defaultdict(int))
nested['x']['y'] += 2
print(nested['x']['y'], isinstance(nested, dict), type(nested).__name__)
print(repr(defaultdict(None, {1: 2})), repr(defaultdict(set)))
c2 = counts.copy()
c2['z'] += 1
print(c2['z'], 'z' in counts, type(c2).__name__, c2.default_factory)
m = defaultdict(list, {'a': [1]}) | {'b': [2]}
print(m, type(m).__name__)
print(d.pop('a'), d.setdefault('k', 7), sorted(d))
print(defaultdict(int, [(1, 2)]) == {1: 2})


# OrderedDict
od = OrderedDict()
od['b'] = 1
od['a'] = 2
od['c'] = 3
print(od, list(od), list(od.keys()), list(od.values()), list(od.items()))
od.move_to_end('b')
print(list(od))
od.move_to_end('c', last=False)
print(list(od))
show('move missing', lambda: od.move_to_end('zz'))
print(od.popitem(), od.popitem(last=False), od)
show('popitem empty', lambda: OrderedDict().popitem())
a = OrderedDict([('x', 1), ('y', 2)])
b = OrderedDict([('y', 2), ('x', 1)])
print(a == b, a != b, a == dict(b), dict(b) == a, a == OrderedDict(x=1, y=2))
print(repr(OrderedDict()), repr(OrderedDict(one=1)), OrderedDict.fromkeys('abc', 0))
a['z'] = 0
del a['x']
a['x'] = 5
print(a, list(reversed(a)), a.copy(), a | {'w': 1})
print(isinstance(a, dict), type(a.copy()).__name__, len(a), a.get('y'))
show('od missing', lambda: a['nope'])
ro = OrderedDict()
ro['self'] = ro
print(ro)


# Counter
c = Counter('abracadabra')
print(c)
print(c.most_common(), c.most_common(2), c.most_common(0))
print(c['a'], c['zzz'], 'zzz' in c, len(c), c.total())
print(sorted(c.elements()), list(Counter(a=2, b=0, c=-1).elements()))
c.update('aaz')
c.update({'b': 5})
c.update(q=2)
print(c)
c.subtract('aaaa')
c.subtract({'z': 3})
print(c)
print(Counter(a=3, b=1) + Counter(a=1, b=2, c=-5))
print(Counter(a=3, b=1) - Counter(a=1, b=2))
print(Counter(a=3, b=1) | Counter(a=1, b=2))
print(Counter(a=3, b=1) & Counter(a=1, b=2))
print(+Counter(a=2, b=-1, c=0), -Counter(a=2, b=-1, c=0))
e = Counter(a=1)
e += Counter(a=2, b=-3)
print(e)
e -= Counter(a=1)
print(e)
print(Counter(), repr(Counter()), Counter(a=1) == Counter(a=1, b=0), Counter(a=1) == {'a': 1})
print(Counter(a=1) <= Counter(a=2), Counter(a=3) < Counter(a=2), Counter(a=2) >= Counter())
del c['nonexistent']
del c['a']
print(c)
show('fromkeys', lambda: Counter.fromkeys('ab'))
words = 'the quick brown fox jumps over the lazy dog the end'.split()
print(Counter(words).most_common(3))
print(Counter([1, 1, 2.0, 2, 'é', 'é']))
print(Counter({'x': 1.5, 'y': 0.5}).total())


# ChainMap
base = {'colour': 'red', 'size': 1}
over = {'colour': 'blue'}
cm = ChainMap(over, base)
print(cm['colour'], cm['size'], len(cm), sorted(cm), 'size' in cm, cm.get('nope', 0))
cm['new'] = 1
print(over, base)
child = cm.new_child({'size': 9})
print(child['size'], child.parents['size'], child.maps[0])
show('missing', lambda: cm['zzz'])
show('del missing', lambda: cm.__delitem__('size'))
del cm['new']
print(cm, bool(ChainMap()), bool(ChainMap({})), ChainMap({'a': 1}) == {'a': 1})
print(dict(ChainMap({'a': 1}, {'b': 2, 'a': 3})), list(ChainMap({'a': 1}, {'b': 2})))
