# __slots__: instances hold only the declared attributes and have no __dict__;
# a subclass without __slots__ gets a __dict__ again.

class P:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)


p = P(3, -4)
print(p.x, p.y, p.norm1(), hasattr(p, "__dict__"))
p.x = 10
print(p.x)
for attempt in ("z", "__dict__"):
    try:
        setattr(p, attempt, 1) if attempt == "z" else getattr(p, attempt)
    except AttributeError as e:
        print("AttributeError:", e)
del p.y
try:
    p.y
except AttributeError as e:
    print("AttributeError:", e)
p.y = 7
print(p.y)


class P3(P):
    __slots__ = "z"


q = P3(1, 2)
q.z = 3
print(q.x + q.y + q.z)
try:
    q.w = 4
except AttributeError as e:
    print("AttributeError:", e)


class Free(P):
    pass


f = Free(1, 1)
f.extra = "ok"
print(f.extra, f.x, hasattr(f, "__dict__"))
pts = []
for i in range(1000):
    pts.append(P(i, -i))
total = 0
for pt in pts:
    total += pt.norm1()
print(total)
try:
    class Bad:
        __slots__ = ("a b",)
except TypeError as e:
    print("TypeError:", e)
