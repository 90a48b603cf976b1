# Class statements: bodies run as code, class and instance attributes, methods,
# __init__, class/static methods, properties, the class's own attributes.

class Counter:
    """Counts things."""
    total = 0
    kinds = ["a", "b"]

    def __init__(self, start=0, *, step=1):
        self.value = start
        self.step = step
        Counter.total += 1

    def bump(self, times=1):
        for _ in range(times):
            self.value += self.step
        return self

    @classmethod
    def from_pair(cls, pair):
        return cls(pair[0], step=pair[1])

    @staticmethod
    def describe(x):
        return "counter at " + str(x)

    @property
    def doubled(self):
        return self.value * 2

    @doubled.setter
    def doubled(self, v):
        self.value = v // 2

    if total == 0:
        flag = "set while the body ran"
    squares = []
    for i in range(4):
        squares.append(i * i)
    del i


c = Counter(5)
print(c.bump().bump(3).value, c.step, Counter.total)
d = Counter.from_pair((10, 5))
print(d.value, d.step, d.bump(2).value, Counter.total)
print(Counter.describe(3), c.describe(4), d.doubled)
d.doubled = 100
print(d.value, d.doubled)
print(Counter.__name__, Counter.__qualname__, Counter.__module__, Counter.__doc__)
print(Counter.flag, Counter.squares, hasattr(Counter, "i"), Counter.kinds)
print(type(c) is Counter, type(c).__name__, c.__class__ is Counter)
print(isinstance(c, Counter), isinstance(c, object), isinstance(3, Counter))
print(issubclass(Counter, object), issubclass(bool, int), issubclass(Counter, int))
print(sorted(c.__dict__.items()))
c.extra = [1, 2]
print(sorted(c.__dict__), getattr(c, "extra"), getattr(c, "missing", "default"))
setattr(c, "value", 42)
print(c.value, hasattr(c, "value"), hasattr(c, "nope"))
delattr(c, "extra")
print(hasattr(c, "extra"))
Counter.added_later = "class attr"
print(c.added_later, d.added_later)
c.added_later = "instance attr"
print(c.added_later, d.added_later)
bump = c.bump
print(bump(2).value)


class Outer:
    class Inner:
        def where(self):
            return "inner"

    def make(self):
        return Outer.Inner()


print(Outer.Inner.__qualname__, Outer().make().where(), Outer.Inner.__name__)
print(Outer.Inner, Counter)


def factory():
    class Local:
        pass
    return Local


print(factory().__qualname__)

T = type("T", (Counter,), {"extra_attr": 7, "hello": lambda self: "hi " + str(self.value)})
t = T(3)
print(T.__name__, T.extra_attr, t.hello(), t.bump().value, T.__bases__, T.__mro__)


@staticmethod
def loose():
    return "loose"


def deco(cls):
    cls.decorated = True
    return cls


@deco
class Decorated:
    pass


print(Decorated.decorated)
