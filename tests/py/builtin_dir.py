# dir(): the calling scope's names (module, function with cells and free variables,
# class body), and the attributes of modules, classes, instances and builtin values.
import math
import collections

a_global = 1


def public(names):
    return [n for n in names if not n.startswith("__")]


def f(p, q=2):
    x = 1
    y = None
    def inner():
        return x + p
    if p > 100:
        never = 0
    print("locals", dir())
    return inner


f(5)


def g():
    z = 3
    def h():
        w = z
        print("free", dir())
    h()
    del z
    print("deleted", dir())


g()


class Base:
    b_attr = 1

    def base_method(self):
        pass


class Child(Base):
    c_attr = 2
    print("class body", dir())

    def __init__(self):
        self.inst = 3

    def method(self):
        pass


c = Child()
print(public(dir(c)))
print(public(dir(Child)))
print("__init__" in dir(c), "__dict__" in dir(c), "__module__" in dir(Child))
c.extra = 5
print(public(dir(c)))


class Custom:
    def __dir__(self):
        return ["b", "a", "c"]


print(dir(Custom()))


class Slotted:
    __slots__ = ("s1", "s2")


print(public(dir(Slotted())))
print([n for n in dir(math) if n in ("pi", "sqrt", "floor", "tau")])
print("deque" in dir(collections), "OrderedDict" in dir(collections))
print(public(dir([]))[:5], "append" in dir([]), "keys" in dir({}), "upper" in dir(""))
print("real" in dir(1.5) or "is_integer" in dir(1.5), "bit_length" in dir(7))
print(sorted(n for n in dir() if not n.startswith("__")))
try:
    dir(1, 2)
except TypeError as e:
    print("TypeError", e)


class BadDir:
    def __dir__(self):
        return 5


try:
    dir(BadDir())
except TypeError as e:
    print("TypeError", e)


def with_vars(a):
    b = a * 2
    def uses():
        return b
    return sorted(vars().items(), key=lambda kv: kv[0])[:2]


print(with_vars(3))
print(vars() is globals())
