# bytes literals, repr, str(), constructors

print(b"abc", b'abc', rb"a\nb", br"\x00", b"a" b"b" b'c')
print(b"", b"\x00\x01\x7f\x80\xff", b"\t\n\r\\", b"\a\b\f\v")
print(b"it's", b'say "hi"', b"both ' and \"", b'\'', b"\"")
print(b"""triple
quoted""")
print(repr(b"x"), str(b"x"), f"{b'x'}", f"{b'x'!r}", "%s" % b"x")
print(type(b""), type(bytearray()), isinstance(b"", bytes), isinstance(b"", bytearray))
print(bytes, bytearray, bytes.__name__, bytearray.__name__)
print(len(b""), len(b"abc"), len(b"\x00" * 10))

# constructors
print(bytes(), bytes(0), bytes(3), bytes([]), bytes([0, 1, 255]), bytes((65, 66)))
print(bytes(range(5)), bytes(range(250, 256)), bytes(b"xyz"), bytes(bytearray(b"xyz")))
print(bytes("héllo", "utf-8"), bytes("abc", "ascii"), bytes("é", encoding="latin-1"))
print(bytes(x for x in [104, 105]), bytes([True, False]), bytes({1: 2}))
print(bytearray(), bytearray(2), bytearray([1, 2]), bytearray(b"ab"), bytearray("é", "utf-8"))
print(bytearray(range(3)), bytearray(bytearray(b"q")), bytearray(b"x") is not bytearray(b"x"))
x = b"same"
print(bytes(x) is x)

class Idx:
    def __index__(self):
        return 3

class HasBytes:
    def __bytes__(self):
        return b"from __bytes__"

print(bytes(Idx()), bytearray(Idx()), bytes(HasBytes()), bytes([Idx()]))
print(bytes(source=b"kw"), bytearray(source=[7]))

# truthiness
print(bool(b""), bool(b"\x00"), bool(bytearray()), bool(bytearray(1)))
if b"x":
    print("nonempty bytes is true")

# conversions with str
print(str(b"abc", "utf-8"), str(b"\xe9", "latin-1"), str(bytearray(b"hi"), "ascii"))
print(str(b"a\xffb", "utf-8", "replace"), str(b"a\xffb", errors="ignore"))
print(str(bytearray(b"xy")), repr(bytearray(b"it's")))
print(ascii(b"\xff"), [b"a", bytearray(b"b")], (b"t",), {b"k": b"v"})
print(int(b"42"), int(bytearray(b" -7 ")), int(b"ff", 16), ord(b"a"), ord(bytearray(b"\xff")))
print(chr(97), ord("a"))
