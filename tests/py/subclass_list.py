# Subclasses of list: instances are real lists with a class of their own.

class L(list):
    pass

a = L([3, 1, 2])
print(type(a).__name__, isinstance(a, list), isinstance(a, L), issubclass(L, list))
print(a, repr(a), str(a), len(a), bool(a), bool(L()))
a.append(5)
a.extend([7, 8])
a.insert(0, 0)
print(a, a.pop(), a.index(3), a.count(1))
a.sort()
print(a, type(a).__name__)
a.reverse()
print(a)
print(a[0], a[-1], a[1:3], type(a[1:3]).__name__)
a[0] = 100
del a[1]
print(a, 3 in a, 99 in a, 99 not in a)
print([x * 2 for x in a])
print(sorted(a), list(a), tuple(a), min(a), max(a), sum(a))
x, y, *rest = a
print(x, y, rest)
b = a + [1]
print(b, type(b).__name__)
c = [1] + a
print(c, type(c).__name__)
d = a * 2
print(d, type(d).__name__, type(2 * a).__name__)
e = a.copy()
print(e, type(e).__name__)
a += [9]
print(a, type(a).__name__)
a *= 1
print(type(a).__name__)
print(a == list(a), a != list(a), L([1]) < L([2]), L([1]) == [1], [1] == L([1]))
print(L() == [], L("abc"))

# attributes: instances have a __dict__
a.name = "numbers"
print(a.name, a.__dict__, vars(a) if False else 0)
a.clear()
print(a, a.name)

# overridden methods win for operators and builtins
class Logged(list):
    def __getitem__(self, i):
        print("getitem", i)
        return list.__getitem__(self, i)
    def __setitem__(self, i, v):
        print("setitem", i, v)
        super().__setitem__(i, v)
    def __len__(self):
        return 42
    def append(self, v):
        print("append", v)
        super().append(v)
    def __contains__(self, v):
        print("contains", v)
        return True
    def __iter__(self):
        print("iter")
        return iter([10, 20])
    def __repr__(self):
        return "Logged(" + list.__repr__(self) + ")"

g = Logged([1, 2, 3])
print(g[0])
g[1] = 7
print(len(g), "x" in g)
g.append(4)
g.extend([5])          # list.extend does not call append
print(list.__len__(g), list(g), [v for v in g])
print(g, str(g), [g])
print(sorted(g), tuple(g), "x" in [g])
print(bool(g))

# internal calls don't dispatch to overrides
class NoAppend(list):
    def append(self, v):
        raise RuntimeError("append called")
n = NoAppend([1, 2])
n.extend([3])
n += [4]
n.insert(0, 0)
print(n)

# super().__init__ and list.__init__
class Stack(list):
    def __init__(self, *items):
        super().__init__(items)
        self.pushes = len(items)
    def push(self, v):
        self.append(v)
        self.pushes += 1
    def peek(self):
        return self[-1]
s = Stack(1, 2)
s.push(3)
print(s, s.peek(), s.pushes, len(s))
list.__init__(s, "xy")
print(s)

class Init2(list):
    def __init__(self, n):
        list.__init__(self, range(n))
print(Init2(4))

# __new__ of a list subclass; list.__init__ still receives the arguments
class NewL(list):
    def __new__(cls, *args):
        obj = super().__new__(cls)
        obj.made = True
        return obj
m = NewL([1, 2, 3])
print(m, m.made)

# subclass of a subclass
class L2(Stack):
    def peek(self):
        return "top=" + str(super().peek())
t = L2(5, 6)
print(t, t.peek(), isinstance(t, Stack), isinstance(t, list), [c.__name__ for c in L2.__mro__])

# operators overridden
class Vec(list):
    def __add__(self, other):
        return Vec(x + y for x, y in zip(self, other))
    def __eq__(self, other):
        return "eq called"
    __hash__ = None
v = Vec([1, 2]) + Vec([10, 20])
print(v, type(v).__name__, v == 3)
print([1, 2] + Vec([5]), type([1, 2] + Vec([5])).__name__)

# recursive repr
r = L([1])
r.append(r)
print(r)

# unhashable
try:
    hash(L())
except TypeError as e:
    print("TypeError:", e)
try:
    {L(): 1}
except TypeError as e:
    print("TypeError:", e)

# errors name the subclass
try:
    L() - 1
except TypeError as e:
    print("TypeError:", e)
try:
    L()["a"]
except TypeError as e:
    print("TypeError:", e)
try:
    L()[5]
except IndexError as e:
    print("IndexError:", e)
try:
    L() < 3
except TypeError as e:
    print("TypeError:", e)
try:
    L(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    L(5)
except TypeError as e:
    print("TypeError:", e)

# list methods called through the class on a subclass instance
q = L([3, 2, 1])
list.sort(q)
list.append(q, 4)
print(q, list.__getitem__(q, 0), list.__len__(q), list.__contains__(q, 4))
print(L.__name__, L.__qualname__, L.__bases__, L.__base__)
f = q.append
f(5)
print(q)
