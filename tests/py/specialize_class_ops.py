# Class calls and binary operators on instances run `__init__` and `__add__`... as
# frames once warm; every outcome must still be CPython's: NotImplemented handing
# over to the reflected method or to a TypeError, errors,
# classes changed while a site is warm, and subclasses whose reflected method wins.


class V:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, o):
        if isinstance(o, V):
            return V(self.x + o.x, self.y + o.y)
        return NotImplemented

    def __sub__(self, o):
        return V(self.x - o.x, self.y - o.y)

    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return V(self.x * k, self.y * k)
        return NotImplemented

    def __rmul__(self, k):
        return V(k * self.x + 1000, k * self.y + 1000)

    def __truediv__(self, k):
        return V(self.x / k, self.y / k)

    def __repr__(self):
        return "V(%r, %r)" % (self.x, self.y)


def add(a, b):
    return a + b


def sub(a, b):
    return a - b


def mul(a, b):
    return a * b


def div(a, b):
    return a / b


acc = V(0, 0)
for i in range(100):
    acc = add(acc, V(i, 1))
    acc = sub(acc, V(1, 0))
    acc = mul(acc, 1)
    acc = div(acc, 1)
print(acc)

# NotImplemented from __add__: no __radd__ anywhere, so a TypeError from the `+` line
for i in range(50):
    add(V(1, 1), V(2, 2))
try:
    add(V(1, 1), 5)
except TypeError as e:
    print("TypeError", e)

# NotImplemented from __mul__ with a list: the list has no __rmul__ for V either
for i in range(50):
    mul(V(1, 1), 2)
try:
    mul(V(1, 1), [1])
except TypeError as e:
    print("TypeError", e)
# a str multiplier: NotImplemented, then str's own repetition does not apply to V
try:
    mul(V(1, 1), "ab")
except TypeError as e:
    print("TypeError", e)


# reflected methods of another class after NotImplemented
class Scalar:
    def __init__(self, k):
        self.k = k

    def __radd__(self, v):
        return V(v.x + self.k, v.y + self.k)


print(add(V(1, 2), Scalar(10)))


# a subclass operand whose reflected method must come first
class W(V):
    def __radd__(self, o):
        return "W.__radd__ first"

    def __rsub__(self, o):
        return NotImplemented


print(add(V(1, 1), W(2, 2)), sub(V(5, 5), W(1, 1)))


# an exception inside the method
class Bad(V):
    def __add__(self, o):
        raise ValueError("bad add")


for i in range(50):
    add(Bad(1, 1), V(1, 1)) if False else add(V(1, 1), V(1, 1))
try:
    add(Bad(1, 1), V(1, 1))
except ValueError as e:
    print("ValueError", e)

# the method rebound on the class, then deleted
for i in range(50):
    add(V(1, 1), V(1, 1))
original_add = V.__add__
V.__add__ = lambda self, o: "rebound"
print(add(V(1, 1), V(1, 1)))
del V.__add__
try:
    add(V(1, 1), V(1, 1))
except TypeError as e:
    print("TypeError", e)
V.__add__ = original_add


# an int subclass whose __add__ gives up: int's addition of the values
class I(int):
    def __add__(self, o):
        return NotImplemented


for i in range(50):
    add(I(3), 4)
print(add(I(3), 4), type(add(I(3), 4)).__name__)
try:
    add(I(3), I(4))
except TypeError as e:
    print("TypeError", e)


# operators inside a generator's frame
def gen(n):
    v = V(0, 0)
    for i in range(n):
        v = v + V(1, 2)
        yield v * 2


print(list(gen(5))[-1], sum(g.x for g in gen(40)))


# deep recursion through __add__ frames stays bounded by the recursion limit
class R:
    def __init__(self, n):
        self.n = n

    def __add__(self, o):
        if self.n == 0:
            return 0
        return R(self.n - 1) + o + 1


print(R(50) + 0)
try:
    R(100000) + 0
except RecursionError as e:
    print("RecursionError", e)


# class calls: no __init__, __init__ with defaults, wrong arguments, bad return
class Empty:
    pass


class Defaults:
    def __init__(self, a, b=2):
        self.a = a
        self.b = b


class Returns:
    def __init__(self, v):
        self.v = v
        if v < 0:
            return v


def make(cls, *args):
    return cls(*args)


def make1(cls, a):
    return cls(a)


def make0(cls):
    return cls()


for i in range(50):
    make0(Empty)
    make1(Defaults, i)
    make1(Returns, i)
print(type(make0(Empty)).__name__, make1(Defaults, 7).b, make1(Returns, 3).v)
try:
    make1(Empty, 1)
except TypeError as e:
    print("TypeError", e)
try:
    make1(Returns, -1)
except TypeError as e:
    print("TypeError", e)
try:
    make0(Defaults)
except TypeError as e:
    print("TypeError", e)

# __init__ and __new__ replaced on a class after its call site is warm
for i in range(50):
    make1(Returns, i)
Returns.__init__ = lambda self, v: setattr(self, "v", -v)
print(make1(Returns, 5).v)


def new_returns(cls, v):
    return "from __new__ %d" % v


Returns.__new__ = new_returns
print(make1(Returns, 6))


# a class call site that sees other callables
def call1(f, a):
    return f(a)


for i in range(50):
    call1(Defaults, i)
print(call1(len, "abc"), call1(lambda x: x * 2, 4), call1(Defaults, 9).a, call1(str, 5))
