# Instance attributes as a program sees them, whatever their storage: insertion
# order in __dict__, a __dict__ that stays live and writable, deletion, many
# attributes, attributes added in different orders, dynamic names, and class
# attributes shadowed by instance ones.

class P:
    kind = "class"

    def __init__(self, a, b):
        self.a = a
        self.b = b


p, q = P(1, 2), P(3, 4)
q.c = 5
print(p.__dict__, q.__dict__, p.a + q.a, q.c)

d = p.__dict__
d["z"] = 26
p.y = 25
print(p.z, d["y"], p.__dict__ is d, sorted(d))
del p.a
print(hasattr(p, "a"), p.__dict__)
p.a = 11
print(list(p.__dict__), p.a)


class Other:
    pass


x, y = Other(), Other()
x.first, x.second = 1, 2
y.second, y.first = 20, 10
print(x.__dict__, y.__dict__, x.first + y.first, x.second + y.second)

many = Other()
for i in range(100):
    setattr(many, "attr%d" % i, i * i)
print(len(many.__dict__), many.attr0, many.attr99, getattr(many, "attr50"))
total = 0
for i in range(100):
    total += getattr(many, "attr" + str(i))
print(total)

s = P(0, 0)
print(s.kind)
s.kind = "instance"
print(s.kind, P.kind, P(1, 1).kind)
del s.kind
print(s.kind)
try:
    del s.kind
except AttributeError as e:
    print("AttributeError:", e)

objs = []
for i in range(50):
    o = Other()
    if i % 2:
        o.u = i
        o.v = -i
    else:
        o.v = -i
        o.u = i
    if i % 5 == 0:
        o.w = "five"
    objs.append(o)
acc = 0
fives = 0
for o in objs:
    acc += o.u * 2 + o.v
    if hasattr(o, "w"):
        fives += 1
print(acc, fives, objs[5].__dict__, objs[4].__dict__)


class Slotted:
    def __init__(self):
        self.vals = []

    def add(self, v):
        self.vals.append(v)
        self.last = v
        return self


s2 = Slotted()
for i in range(10):
    s2.add(str(i))
print(s2.vals, s2.last, s2.__dict__)
