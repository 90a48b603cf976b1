# Special methods defined in Python and used by the VM and the builtins.

class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return "Vec(%r, %r)" % (self.x, self.y)

    def __str__(self):
        return "<%s, %s>" % (self.x, self.y)

    def __eq__(self, other):
        if not isinstance(other, Vec):
            return NotImplemented
        return self.x == other.x and self.y == other.y

    def __hash__(self):
        return hash((self.x, self.y))

    def __add__(self, other):
        if isinstance(other, Vec):
            return Vec(self.x + other.x, self.y + other.y)
        return NotImplemented

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def __rmul__(self, k):
        return Vec(self.x * k, self.y * k)

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __lt__(self, other):
        return abs(self) < abs(other)

    def __bool__(self):
        return self.x != 0 or self.y != 0

    def __len__(self):
        return 2

    def __getitem__(self, i):
        return (self.x, self.y)[i]

    def __iter__(self):
        yield_list = [self.x, self.y]
        return iter(yield_list)


a, b = Vec(1, 2), Vec(3, 4)
print(a, repr(a), [a, b], str(b), f"{a}|{a!r}")
print(a + b, b - a, a * 3, 3 * a, -a, abs(b))
print(a == Vec(1, 2), a != Vec(1, 2), a == 5, a != 5, a < b, b < a, a > b)
print(bool(Vec(0, 0)), bool(a), len(a), a[0], a[-1], list(a), hash(a) == hash(Vec(1, 2)))
print(sorted([b, a, Vec(0, 1)]), max([a, b]), min(a, b))
x, y = b
print(x, y)
try:
    a + 1
except TypeError as e:
    print(e)
try:
    a < 3
except TypeError as e:
    print(e)


class Bag:
    def __init__(self):
        self.items = {}

    def __setitem__(self, k, v):
        self.items[k] = v

    def __getitem__(self, k):
        return self.items[k]

    def __delitem__(self, k):
        del self.items[k]

    def __contains__(self, k):
        return k in self.items

    def __len__(self):
        return len(self.items)

    def __call__(self, *args, **kw):
        return ("called", args, sorted(kw.items()))

    def __iadd__(self, other):
        self.items[len(self.items)] = other
        return self


bag = Bag()
bag["k"] = 1
bag["j"] = 2
del bag["k"]
print("k" in bag, "j" in bag, len(bag), bag["j"], bool(bag), bag(1, 2, z=3))
bag += "plus"
print(bag.items)
try:
    bag["missing"]
except KeyError as e:
    print("KeyError", e)


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n


print(list(Countdown(4)), sum(Countdown(5)), 2 in Countdown(4), 9 in Countdown(3))
for v in Countdown(2):
    print("loop", v)


class Eq:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, Eq) and self.v == other.v


try:
    {Eq(1): 1}
except TypeError as e:
    print(e)
print(Eq(1) == Eq(1), Eq(1) in [Eq(2), Eq(1)], [Eq(3)].index(Eq(3)) if False else "skip")


class Plain:
    pass


p, q = Plain(), Plain()
print(p == p, p == q, p != q, hash(p) == hash(p), len({p: 1, q: 2}))
try:
    p < q
except TypeError as e:
    print(e)
try:
    len(p)
except TypeError as e:
    print(e)
try:
    p()
except TypeError as e:
    print(e)
try:
    iter(p)
except TypeError as e:
    print(e)
print(bool(p))
