# Single and multiple inheritance, C3 linearisation, super() with and without
# arguments, overriding, __init_subclass__ and __set_name__.

class A:
    def __init__(self):
        self.trail = ["A"]

    def who(self):
        return "A"

    def chain(self):
        return ["A"]


class B(A):
    def __init__(self):
        super().__init__()
        self.trail.append("B")

    def who(self):
        return "B>" + super().who()

    def chain(self):
        return ["B"] + super().chain()


class C(A):
    def __init__(self):
        super(C, self).__init__()
        self.trail.append("C")

    def chain(self):
        return ["C"] + super().chain()


class D(B, C):
    def __init__(self):
        super().__init__()
        self.trail.append("D")

    def chain(self):
        return ["D"] + super().chain()


d = D()
print(d.trail, d.who(), d.chain())
print(D.__mro__)
print(D.mro() == list(D.__mro__), D.__bases__, B.__bases__, A.__bases__)
print(isinstance(d, C), issubclass(D, A), issubclass(A, D), issubclass(D, (int, C)))


class O:
    pass


class X(O):
    pass


class Y(O):
    pass


class Z(X, Y):
    pass


print(Z.__mro__)

try:
    class Bad(O, X):
        pass
except TypeError as e:
    print("TypeError:", e)

try:
    class Dup(X, X):
        pass
except TypeError as e:
    print("TypeError:", e)


class Base:
    registry = []

    def __init_subclass__(cls, tag="none", **kw):
        super().__init_subclass__(**kw)
        Base.registry.append((cls.__name__, tag))

    @classmethod
    def create(cls):
        return cls()

    def name(self):
        return type(self).__name__


class P(Base, tag="p"):
    pass


class Q(P):
    pass


print(Base.registry, Q.create().name(), P.create().name())


class Field:
    def __set_name__(self, owner, name):
        self.name = "_" + name
        self.owner = owner.__name__

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, "unset")

    def __set__(self, obj, value):
        setattr(obj, self.name, value * 10)


class Rec:
    size = Field()
    weight = Field()


r = Rec()
print(r.size, Rec.size.name, Rec.size.owner)
r.size = 4
print(r.size, r._size, r.weight)


class Meta:
    @classmethod
    def build(cls, n):
        return [cls.__name__] * n

    @staticmethod
    def helper(v):
        return v + 1


class Child(Meta):
    @classmethod
    def build(cls, n):
        return super().build(n) + ["child"]


print(Child.build(2), Child.helper(1), Child().helper(2))
