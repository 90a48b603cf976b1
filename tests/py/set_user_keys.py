# Sets of instances of classes defined in Python: __hash__ and __eq__ are called.

class Key:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, other):
        if isinstance(other, Key):
            return self.v == other.v
        return self.v == other
    def __repr__(self):
        return "Key(%r)" % (self.v,)

s = {Key(1), Key(2), Key(1)}
print(len(s), Key(1) in s, Key(3) in s, 1 in s, 2.0 in s)
s.add(Key(2))
s.add(1)
print(len(s))
s.discard(Key(1))
print(len(s), Key(1) in s)
print(sorted(k.v for k in s))

class Plain:
    pass

p, q = Plain(), Plain()
ps = {p, q, p}
print(len(ps), p in ps, Plain() in ps)
ps.remove(p)
print(len(ps), p in ps, q in ps)

class Counting:
    calls = 0
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        Counting.calls += 1
        return self.v % 4
    def __eq__(self, other):
        return isinstance(other, Counting) and self.v == other.v

cs = {Counting(i) for i in range(20)}
print(len(cs), Counting.calls)
print(Counting(5) in cs, Counting(50) in cs)
print(len(cs & {Counting(1), Counting(100)}), len(cs - {Counting(1)}))

class Unhashable:
    __hash__ = None

try:
    {Unhashable()}
except TypeError as e:
    print(e)

class BadHash:
    def __hash__(self):
        return "nope"

try:
    set([BadHash()])
except TypeError as e:
    print(e)

class Boom:
    def __hash__(self):
        return 1
    def __eq__(self, other):
        raise ValueError("no comparing")

b = Boom()
bs = {b}
print(b in bs)
try:
    Boom() in bs
except ValueError as e:
    print("ValueError", e)

class Reprs:
    def __init__(self, s):
        self.s = s
    def __repr__(self):
        return "<%s>" % self.s
    def __hash__(self):
        return 7
    def __eq__(self, other):
        return self is other

print({Reprs("only")}, frozenset({Reprs("f")}))

# a generator feeding a set
def items():
    yield 3
    yield 1
    yield 3

print(set(items()), frozenset(items()), {x for x in items()})
