# Attribute and method sites that see instances of several classes (shapes) stay
# specialized for up to four of them; their results must match CPython's whatever
# the classes do meanwhile: shadowing, rebinding, properties, deletion, new classes.


class Base:
    kind = "base"
    scale = 1

    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v

    def describe(self):
        return self.kind


class A(Base):
    kind = "a"

    def get(self):
        return self.v + 1


class B(Base):
    scale = 2

    def __init__(self, v):
        self.pad = 0
        super().__init__(v)


class C(Base):
    def __init__(self, v):
        self.pad = 1
        self.other = 2
        super().__init__(v)

    def describe(self):
        return "c:" + self.kind


class D(C):
    kind = "d"


class E(Base):
    __slots__ = ("w",)

    def __init__(self, v):
        self.w = v * 10
        super().__init__(v)


def read(o):
    return o.v


def read_class(o):
    return o.kind, o.scale


def call(o):
    return o.get(), o.describe()


def store(o, x):
    o.v = x
    o.extra = x
    return o.v


objs = [Base(1), A(2), B(3), C(4), D(5), E(6)]


def sweep(count):
    out = []
    for o in objs[:count]:
        out.append((read(o), read_class(o), call(o)))
    return out


# two, three, four, then five and six classes through the same sites
for count in (2, 3, 4, 5, 6):
    for rep in range(40):
        r = sweep(count)
    print(count, r)

# stores that add an attribute on some shapes and overwrite it on others
fresh = [Base(0), A(0), B(0), C(0)]
for rep in range(30):
    for i, o in enumerate(fresh):
        store(o, rep + i)
print([(o.v, o.extra) for o in fresh])
print([(o.v, o.extra) for o in [store(Base(7), 8) and Base(7), A(1)] if hasattr(o, "extra")])

# an instance attribute that shadows a class attribute read through a warm site
a = A(10)
b = B(11)
for rep in range(30):
    read_class(a)
    read_class(b)
a.kind = "shadowed"
print(read_class(a), read_class(b), read_class(A(0)))

# class attributes rebound, replaced by a property, then deleted
for rep in range(30):
    read_class(a)
    read_class(b)
B.scale = 20
print(read_class(b))
B.scale = property(lambda self: "computed")
print(read_class(b))
del B.scale
print(read_class(b))

# a method replaced on one class, added on another
for rep in range(30):
    call(objs[rep % 4])
A.get = lambda self: "patched"
C.get = lambda self: "c-patched"
print([call(o) for o in objs])
del A.get
print([call(o) for o in objs[:3]])

# deleting an instance attribute moves the instance to a dict; the site copes
c = C(3)
for rep in range(30):
    read(c)
    read(objs[rep % 3])
del c.pad
print(read(c), c.__dict__)
c.__dict__["v"] = 99
print(read(c), read(objs[0]))


# __getattr__ on one of the classes, for a name missing on its instances
class G(Base):
    def __getattr__(self, name):
        return "missing " + name


g = G(5)
del g.v
for rep in range(30):
    read(objs[rep % 2])
print(read(g), read(objs[1]))
try:
    read(object.__new__(Base))
except AttributeError as e:
    print("AttributeError", e)


# classes created in a loop: a site sees many shapes, then settles
def make(n):
    class K:
        def __init__(self, n):
            self.n = n
            self.v = n * 2

        def get(self):
            return self.n

    return K(n)


total = 0
for n in range(200):
    k = make(n)
    total += read(k) + k.get()
    store(k, n)
print(total)

# a subclass whose __setattr__ intercepts stores made through a warm store site
class Logged(Base):
    def __setattr__(self, name, value):
        object.__setattr__(self, name, ("logged", value))


for rep in range(30):
    store(fresh[rep % 4], rep)
lg = Logged(1)
print(store(lg, 5), lg.extra)


# class attributes rebound in place while sites that read them are warm: the new
# values are seen at once, through the class and through instances and subclasses
class Counter:
    count = 0
    label = "c"

    def __init__(self):
        Counter.count += 1
        self.n = Counter.count

    def show(self):
        return (self.label, self.count)


class SubCounter(Counter):
    pass


seen = []
for i in range(60):
    c = SubCounter() if i % 2 else Counter()
    seen.append(c.show())
print(seen[:3], seen[-2:], Counter.count, SubCounter.count)
Counter.label = "relabelled"
print(c.show(), Counter().show())
# the subclass gains its own attribute: it now shadows the base's
SubCounter.count = -1
print(SubCounter().show(), Counter().show())
# plain data replaced by a method and by a property, then plain again
Counter.label = lambda self: "method"
print(Counter().label(), SubCounter().show()[0]())
Counter.label = property(lambda self: "property")
print(Counter().show())
Counter.label = "plain again"
print(Counter().show(), [Counter().show()[1] for i in range(3)])
