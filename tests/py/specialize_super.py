# `super().name(...)` compiles to one instruction that caches the method by the
# instance's shape; it must behave as `super()` followed by a method call whatever
# happens: other classes, changed bases, a shadowed `super`, odd first arguments.


class Base:
    def m(self, x):
        return ("Base.m", x)

    @classmethod
    def cm(cls):
        return ("Base.cm", cls.__name__)

    @staticmethod
    def sm(x):
        return ("Base.sm", x)

    @property
    def prop(self):
        return "Base.prop"


class Mid(Base):
    def m(self, x):
        return ("Mid", super().m(x))

    def calls(self):
        return super().cm(), super().sm(1), super().prop


class Left(Mid):
    def m(self, x):
        return ("Left", super().m(x))


class Right(Mid):
    pass


class Both(Left, Right):
    def m(self, x):
        return ("Both", super().m(x))


class Slotted(Mid):
    __slots__ = ("a",)


objs = [Mid(), Left(), Right(), Both(), Slotted()]
for rep in range(40):
    out = [o.m(rep) for o in objs]
print(out)
print(Mid().calls(), Both().calls())

# an instance in dict mode, and one with an instance attribute named like the method
d = Left()
d.__dict__["m"] = "shadow"
print(Mid.m(d, 1), d.m)

# the base method replaced, deleted, then a new base method found further up
for rep in range(40):
    Left().m(0)
Mid.m = lambda self, x: ("new Mid", x)
print(Left().m(2))
del Mid.m
print(Left().m(3), Both().m(4))


# a global `super` shadowing the builtin after the site is warm
class P:
    def f(self):
        return "P.f"


class Q(P):
    def f(self):
        return "Q+" + super().f()


for rep in range(40):
    Q().f()
real_super = super


class FakeSuper:
    def f(self):
        return "fake"


def super():
    return FakeSuper()


print(Q().f())
del super
print(Q().f())


# a local named super, and super passed arguments explicitly
class R(P):
    def f(self):
        super = lambda: P()
        return "R+" + super().f()

    def g(self):
        return "R.g+" + real_super(R, self).f()


print(R().f(), R().g())


# the first argument rebound before super() runs
class S(P):
    def f(self):
        self = T()
        return "S+" + super().f()


class T(S):
    pass


try:
    print(S().f())
except TypeError as e:
    print("TypeError", e)


# a method whose first argument is captured by a closure
class U(P):
    def f(self):
        g = lambda: self
        return "U+" + super().f() + str(g() is self)


for rep in range(40):
    r = U().f()
print(r)


# super() outside a method, and in a function that takes no arguments
def free():
    return super().f()


try:
    free()
except RuntimeError as e:
    print("RuntimeError", e)


class V(P):
    def f():
        return super().f()


try:
    V.f()
except RuntimeError as e:
    print("RuntimeError", e)


# a missing attribute through super()
class W(P):
    def f(self):
        return super().nothing()


try:
    W().f()
except AttributeError as e:
    print("AttributeError", e)


# super() inside a generator method
class G(P):
    def f(self):
        for i in range(3):
            yield super().f() + str(i)


print(list(G().f()))
