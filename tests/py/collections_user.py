from collections import UserDict, UserList, UserString, deque


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


class Lower(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)


d = Lower({'A': 1}, B=2)
d['C'] = 3
d.update({'D': 4})
print(d, len(d), 'a' in d, d['b'], d.get('z', 0), sorted(d.keys()), list(d.values()))
print(d.pop('a'), d.setdefault('e', 5), d.popitem(), d == {'b': 2, 'c': 3, 'd': 4}, isinstance(d.data, dict))
show('missing', lambda: d['nope'])
show('pop missing', lambda: d.pop('nope'))
print(d.pop('nope', 'dflt'), d | {'x': 1}, type(d | {'x': 1}).__name__, d.copy(), type(d.copy()).__name__)


class WithMissing(UserDict):
    def __missing__(self, key):
        return key * 2


print(WithMissing()['ab'], UserDict.fromkeys('ab', 0))
d.clear()
print(d, len(d))

ul = UserList([3, 1, 2])
ul.append(0)
ul.extend(UserList([9]))
ul.insert(1, 7)
print(ul, len(ul), ul[0], ul[1:3], type(ul[1:3]).__name__, ul.count(1), ul.index(2))
ul.sort()
print(ul, ul.pop(), ul, ul + [5], [5] + ul, ul * 2, 3 in ul, ul == [0, 1, 2, 3, 7])
ul.reverse()
ul.remove(7)
ul += (8,)
print(ul, ul < [9], list(reversed(ul)), ul.copy(), sorted(UserList('cab')))
del ul[0]
ul[0] = 'x'
print(ul)

s = UserString('Hello, World')
print(s, repr(s), len(s), s.upper(), type(s.upper()).__name__, s.lower(), s[0], s[-5:], type(s[1:]).__name__)
print(s.split(', '), s.find('o'), s.count('l'), s.startswith('He'), s.replace('l', 'L', 1), s + '!', '>' + s)
print(s == 'Hello, World', s < 'Z', 'World' in s, s.strip('Hd'), s.center(16, '*'), s.zfill(14), s * 2)
print(s.join(['a', 'b']), type(s.join(['a', 'b'])).__name__, s.partition(', '), hash(s) == hash('Hello, World'))
print(UserString(42), int(UserString('7')) + 1, float(UserString('2.5')), UserString('%s-%s') % ('a', 'b'), UserString('é').isalpha())
print(sorted([UserString('b'), UserString('a')]), str(UserString('x')))
print(deque([1]), isinstance(UserDict(), UserDict), issubclass(Lower, UserDict))

# UserDict's mapping methods come from MutableMapping, as in CPython
from collections import UserDict as _UD
u = _UD(a=1, b=2)
print(type(u.keys()).__name__, list(u.items()), list(u.values()), u.keys())
print(u == {"a": 1, "b": 2}, u == _UD(a=1, b=2), u != {"a": 1})
print(u.pop("a"), u.pop("zz", 0), u.setdefault("c", 3), u.get("c"), u.popitem(), dict(u.data))
u.update(_UD(x=9), y=8)
u.update([("z", 7)])
print(sorted(u.data.items()))
try:
    u.pop("a", 1, 2)
except TypeError as e:
    print("TypeError", e)
u.clear()
print(len(u), u)
