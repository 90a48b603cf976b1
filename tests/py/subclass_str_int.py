# Subclasses of the immutable builtins: str, int, float, tuple, frozenset, bytes.

class S(str):
    def shout(self):
        return self.upper() + "!"

s = S("hello")
print(s, repr(s), type(s).__name__, len(s), s.shout(), s[1], s[1:3], type(s[1:3]).__name__)
print(s.upper(), type(s.upper()).__name__, type(s.strip()).__name__, s.split("l"), s.startswith("he"))
print(s + "!", type(s + "!").__name__, "<" + s, type("<" + s).__name__, s * 2, type(s * 2).__name__)
print(s == "hello", "hello" == s, s < "z", hash(s) == hash("hello"), s in "oh hello", "ell" in s)
print({s: 1}["hello"], {"hello": 2}[s], "-".join([s, S("x")]), f"[{s}]", "%s|%r" % (s, s), "{}".format(s))
print(str(s), type(str(s)).__name__, s.__str__(), type(s.__str__()).__name__, format(s, ">8"))
print(isinstance(s, str), sorted([S("b"), S("a")]), max(S("a"), "b"), int(S("12")) + 1, float(S("1.5")))
s.note = 1
print(s.note, s.__dict__)
for ch in S("ab"):
    print(ch, type(ch).__name__)

class Upper(str):
    def __new__(cls, v):
        return super().__new__(cls, v.upper())
u = Upper("abc")
print(u, type(u).__name__, u.lower(), len(u))

class Tagged(str):
    def __new__(cls, value, tag):
        obj = str.__new__(cls, value)
        obj.tag = tag
        return obj
    def __repr__(self):
        return "Tagged(%s, %s)" % (str.__repr__(self), self.tag)
t = Tagged("v", 3)
print(t, repr(t), [t], t.tag, str(t), t + "w")

class I(int):
    pass
i = I(5)
print(i, repr(i), type(i).__name__, i + 1, type(i + 1).__name__, i * 2.5, -i, type(-i).__name__, abs(I(-3)))
print(i == 5, 5 == i, i < 6, hash(i) == hash(5), {i: "x"}[5], {5: "y"}[i], [10, 20, 30, 40, 50, 60][i], bool(I(0)))
print(I("12"), I("ff", 16), I(3.9), I(), range(i), list(range(I(3))), "ab" * I(2), divmod(i, 2), pow(i, 2), i ** 2)
print(i.bit_length(), int(i), type(int(i)).__name__, float(i), str(i), f"{i:>4}", "%d" % i, hex(i), i & 3, i << 2)
print(isinstance(i, int), isinstance(True, I), round(I(7)), sum([I(1), I(2)]), type(sum([I(1), I(2)])).__name__)

class Pos(int):
    def __new__(cls, v):
        if v < 0:
            raise ValueError("negative")
        return super().__new__(cls, v)
    def __add__(self, other):
        return Pos(int(self) + int(other))
    def __repr__(self):
        return "Pos(%d)" % int(self)
p = Pos(3) + 4
print(p, type(p).__name__, 4 + Pos(1), type(4 + Pos(1)).__name__, str(p), f"{p}", "%s" % p)
try:
    Pos(-1)
except ValueError as ex:
    print("ValueError", ex)

class Five(int):
    pass
print(int.__new__(Five, 5), type(int.__new__(Five, 5)).__name__, int.__new__(int, "7"))

class Bits(int):
    def __str__(self):
        return bin(self)
print(Bits(5), str(Bits(5)), repr(Bits(5)), [Bits(5)])

class F(float):
    pass
f = F(2.5)
print(f, type(f).__name__, f + 1, type(f + 1).__name__, f * 2, f.is_integer(), int(f), round(f), f > 2, F("1.25"), F())

class Celsius(float):
    def __new__(cls, deg):
        return super().__new__(cls, deg)
    def __str__(self):
        return "%.1fC" % self
c = Celsius(21.55)
print(c, repr(c), c + 1, str(c))

class T(tuple):
    def first(self):
        return self[0]
tt = T([1, 2, 3])
print(tt, type(tt).__name__, tt.first(), tt + (4,), type(tt + (4,)).__name__, tt[1:], type(tt[1:]).__name__, len(tt), hash(tt) == hash((1, 2, 3)))
a, b, c3 = tt
print(a, b, c3, tt == (1, 2, 3), tt.count(2), tt.index(3), {tt: 1}[(1, 2, 3)], "%s-%s-%s" % tt)

class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
    @property
    def y(self):
        return self[1]
    def __repr__(self):
        return "Point(x=%r, y=%r)" % self
pt = Point(1, 2)
print(pt, pt.x, pt.y, pt == (1, 2), list(pt), [pt], str(pt))

class FS(frozenset):
    pass
fs = FS([1, 2, 2, 3])
print(sorted(fs), type(fs).__name__, len(fs), 2 in fs, type(fs | {4}).__name__, fs == {1, 2, 3}, hash(fs) == hash(frozenset([1, 2, 3])))

class St(set):
    def add_all(self, *xs):
        for x in xs:
            self.add(x)
st = St([1])
st.add_all(2, 3)
print(sorted(st), type(st).__name__, len(st), st & {2, 3, 4} == {2, 3}, type(st - {1}).__name__)
st |= {9}
print(type(st).__name__, 9 in st)

class By(bytes):
    pass
by = By(b"abc")
print(by, type(by).__name__, by[0], by.upper(), type(by.upper()).__name__, by + b"d", len(by), by.decode())

# sets, frozensets and bytearrays name their subclass in their repr
class BA(bytearray):
    pass
print(repr(St([3])), St(), FS([1]), FS(), BA(b"xy"), [BA()], {FS([2]): 1}, str(St()))
class PrettySet(set):
    def __repr__(self):
        return "Pretty:" + super().__repr__()
print(PrettySet([1]), set.__repr__(PrettySet()), frozenset.__repr__(FS([5])))
print(object.__repr__(St()).startswith("<__main__.St object at "), object.__str__(I(4)), I(4).__str__(), S("q").__str__())
