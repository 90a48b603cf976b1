# Special methods of a metaclass apply to its classes: len(cls), iter(cls),
# repr(cls), cls[k], cls + x, x in cls, bool(cls), comparisons.

class Registry(type):
    def __new__(mcs, name, bases, ns):
        cls = super().__new__(mcs, name, bases, ns)
        cls._members = [k for k in ns if not k.startswith("_")]
        return cls
    def __len__(cls):
        return len(cls._members)
    def __iter__(cls):
        return iter(cls._members)
    def __contains__(cls, name):
        return name in cls._members
    def __getitem__(cls, name):
        return getattr(cls, name)
    def __repr__(cls):
        return "<Registry %s %s>" % (cls.__name__, cls._members)
    def __add__(cls, other):
        return type(cls.__name__ + other.__name__, (cls, other), {})
    def __lt__(cls, other):
        return len(cls) < len(other)
    def __bool__(cls):
        return bool(cls._members)
    def __call__(cls, *args):
        print("creating", cls.__name__, args)
        return super().__call__(*args)

class Color(metaclass=Registry):
    red = 1
    green = 2
    blue = 3

class Empty(metaclass=Registry):
    pass

print(len(Color), list(Color), "red" in Color, "pink" in Color, Color["green"])
print(repr(Color), str(Color), [Color], f"{Color}", "%s" % Color)
print(bool(Color), bool(Empty), "yes" if Empty else "no", Empty < Color, sorted([Color, Empty], key=len)[0].__name__)
Mixed = Color + Empty
print(Mixed.__name__, Mixed.__mro__[1].__name__, type(Mixed).__name__)
for name in Color:
    print(name, Color[name])
c = Color()
print(type(c).__name__, Color.red, Color == Color, Color != Empty, hash(Color) == hash(Color))
a, b, d = Color
print(a, b, d, max(Color), dict.fromkeys(Color, 0))

# a metaclass without these methods leaves classes as they are
class Plain(type):
    pass
class P(metaclass=Plain):
    x = 1
print(repr(P)[:17], P == P, bool(P))
for expr in ("len(P)", "iter(P)", "P[0]", "P + 1", "1 in P"):
    try:
        eval(expr) if False else None
        if expr == "len(P)":
            len(P)
        elif expr == "iter(P)":
            iter(P)
        elif expr == "P[0]":
            P[0]
        elif expr == "P + 1":
            P + 1
        else:
            1 in P
    except TypeError as e:
        print(expr, "TypeError:", e)

# __class_getitem__ still works when the metaclass has no __getitem__
class G(metaclass=Plain):
    def __class_getitem__(cls, item):
        return "G[%s]" % (item.__name__,)
print(G[int])

# attribute deletion on a class with a metaclass
P.y = 5
del P.y
print(hasattr(P, "y"))
