# Slots declared by a slotted base stay out of the __dict__ of a subclass instance
# that has one, as in CPython.

class A:
    __slots__ = ('x',)

class B(A):
    pass

b = B()
b.x = 1
b.y = 2
print(b.__dict__, b.x, b.y)
del b.x
try:
    b.x
except AttributeError as e:
    print("AttributeError:", e)
try:
    del b.x
except AttributeError as e:
    print("AttributeError:", e)
b.x = 3
b.z = 4
print(b.__dict__, b.x, sorted(b.__dict__))
b.__dict__["w"] = 5
print(b.w, b.x)

a = A()
try:
    a.x
except AttributeError as e:
    print("AttributeError:", e)
a.x = 7
try:
    a.other = 1
except AttributeError as e:
    print("AttributeError:", e)

class C(A):
    __slots__ = ('z',)
c = C()
c.x, c.z = 1, 2
print(c.x, c.z)
try:
    c.__dict__
except AttributeError as e:
    print("AttributeError:", e)

class D(B):
    __slots__ = ('w',)
d = D()
d.w = 1
d.x = 2
d.q = 3
print(d.__dict__, d.w, d.x, d.q)
del d.w
d.__dict__["w"] = "from dict"
print(d.__dict__)

# a slotted class with __dict__ in its slots
class E:
    __slots__ = ('s', '__dict__')
e = E()
e.s = 1
e.t = 2
print(e.__dict__, e.s, e.t)

# many instances switching to dict mode after their slots were set
class F(A):
    def __init__(self, i):
        self.x = i
        self.label = "f%d" % i
objs = [F(i) for i in range(50)]
total = 0
for o in objs:
    o.__dict__["extra"] = o.x * 2
    total += o.x + o.extra
print(total, objs[7].__dict__, objs[7].x)

# slots of a list subclass
class SL(list):
    __slots__ = ('tag',)
class SL2(SL):
    pass
s2 = SL2([1, 2])
s2.tag = "t"
s2.more = 1
print(s2, s2.tag, s2.__dict__)
