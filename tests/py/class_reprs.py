# Default reprs of classes, instances, methods and descriptors, with the address
# (which differs from run to run) cut off.

def masked(r):
    i = r.find(" at 0x")
    if i < 0:
        return r
    j = i + 6
    while j < len(r) and r[j] in "0123456789abcdef":
        j += 1
    return r[:i] + " at ADDR" + r[j:]


class Foo:
    def m(self):
        return 1

    @classmethod
    def c(cls):
        return cls

    @staticmethod
    def s():
        return 0


class Outer:
    class Inner:
        pass


f = Foo()
print(masked(repr(f)), masked(str(f)), masked(repr(Outer.Inner())))
print(repr(Foo), str(Foo), Outer.Inner, type(f), type(Foo), type(Foo.m))
print(masked(repr(f.m)), masked(repr(Foo.m)), masked(repr(Foo.c)), masked(repr(Foo.s)))
print(masked(repr(Foo.__dict__["c"]))[:22], masked(repr(Foo.__dict__["s"]))[:23])
print(Foo.__module__, Foo.__name__, Foo.__qualname__, Outer.Inner.__qualname__)
print(masked(repr(property())), f.__class__.__name__, type(f).__mro__)
e = ValueError("x")
print(repr(e), repr(Exception), masked(repr(len)))
