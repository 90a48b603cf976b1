# operators on bytes and bytearray

a, b = b"abc", bytearray(b"abd")
print(a + b, b + a, type(a + b).__name__, type(b + a).__name__)
print(a * 2, 2 * a, a * 0, a * -1, b * 2, type(b * 2).__name__)
print(a == b"abc", a != b"abc", a == bytearray(b"abc"), bytearray(b"abc") == a)
print(a == "abc", "abc" == a, a == 97, a == [97, 98, 99], b == "abd")
print(a < b, a <= b, a > b, b >= a, b"" < b"\x00", b"ab" < b"abc", b"b" > b"abc")
print(bytearray(b"z") > b"a", max(b"x", b"y", bytearray(b"w")), sorted([b"b", b"a", b"ab"]))
print(a[0], a[-1], a[1:], a[::-1], a[::2], a[5:], a[-2:-1], a[:0])
print(b[0], b[-1], b[1:], b[::-1], type(b[1:]).__name__)
print(list(a), tuple(b), [c for c in b"hi"], list(reversed(a)), list(enumerate(b"xy")))
print(97 in a, 100 in a, b"bc" in a, b"" in a, bytearray(b"ab") in a, b"ab" in b, True in b"\x01")
print(98 not in a, b"zz" not in b)
print(sum(b"\x01\x02\x03"), max(b"hello"), min(b"hello"), sorted(b"cab"), any(b"\x00"), all(b"\x01\x02"))

# hashing and dict/set-like use
d = {b"a": 1, b"b": 2}
d[b"a"] += 10
print(d, d[b"a"], b"b" in d, "b" in d, hash(b"abc") == hash(b"ab" + b"c"))
d2 = {}
for w in b"the cat the hat".split():
    d2[w] = d2.get(w, 0) + 1
print(d2)
print(hash(b"") == hash(b""), {b"x": 1} == {b"x": 1})

# unpacking and iteration protocol
x, y, z = b"xyz"
print(x, y, z)
first, *rest = bytearray(b"hello")
print(first, rest)
it = iter(b"ab")
print(next(it), next(it), next(it, "done"))
print(type(it).__name__, type(iter(bytearray())).__name__)
ba = bytearray(b"ab")
it2 = iter(ba)
print(next(it2))
ba.append(99)
print(list(it2))

# augmented assignment
s = b"x"
t = s
s += b"y"
print(s, t, s is t)
ba = bytearray(b"x")
ba2 = ba
ba += b"y"
ba += bytearray(b"z")
print(ba, ba2, ba is ba2)
ba *= 2
print(ba, ba2)
s *= 3
print(s)

# printf-style formatting
print(b"%d %s %r %x %c %c %%" % (5, b"bytes", b"r", 255, 65, b"Z"))
print(b"%5s|%-5s|%.2s" % (b"ab", b"cd", b"efg"), b"%(k)s" % {b"k": b"v"}, bytearray(b"%s!") % b"hi")
print(b"%a %b" % ("é", bytearray(b"ba")), b"%05.1f %i" % (3.14159, 7))

# match statements: literal patterns compare with ==, bytes/bytearray match themselves
def kind(x):
    match x:
        case b"hi":
            return "literal hi"
        case bytes(b"yo"):
            return "bytes yo"
        case bytearray(b"ba"):
            return "bytearray ba"
        case bytes() | bytearray():
            return "other " + type(x).__name__
        case [a, b]:
            return "sequence"
        case _:
            return "no match"
print(kind(b"hi"), kind(bytearray(b"hi")), kind(b"yo"), kind(bytearray(b"ba")), kind(b"ab"), kind(bytearray(b"xy")), kind([1, 2]))

# slices of a big bytearray stay cheap and correct
big = bytearray(range(256)) * 64
print(len(big), big[1000:1004], big[-3:], big[::4096], big[10:2:-3], bytes(big[300:302]))
print(bytes(10)[3:], bytes(0), len(bytes(1 << 20)))

class WithBytes:
    def __bytes__(self):
        return b"<wb>"
print(b"%s and %b" % (WithBytes(), WithBytes()), bytes(WithBytes()))
