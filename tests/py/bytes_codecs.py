# str.encode and bytes.decode

def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

for text in ["plain", "café", "naïve €", "😀 emoji", ""]:
    enc = text.encode()
    print(repr(text), enc, len(enc), enc.decode() == text, text.encode("utf-8") == text.encode("UTF8"))

show(lambda: "abc".encode("ascii"))
show(lambda: "abc".encode(encoding="latin-1"))
show(lambda: "ÿé".encode("latin1"))
show(lambda: "é".encode("ascii"))
show(lambda: "aéé".encode("ascii"))
show(lambda: "aé€x€".encode("latin-1"))
show(lambda: "😀".encode("ascii"))
show(lambda: "aéb".encode("ascii", "ignore"))
show(lambda: "aéb€".encode("ascii", "replace"))
show(lambda: "aéb€😀".encode("ascii", "backslashreplace"))
show(lambda: "aé€".encode("ascii", "xmlcharrefreplace"))
show(lambda: "a€".encode("latin-1", errors="replace"))
show(lambda: "x".encode("no-such-codec"))
show(lambda: "é".encode("ascii", "bogus"))
show(lambda: "x".encode(5))
show(lambda: "x".encode("ascii", 5))

show(lambda: b"\xff".decode())
show(lambda: b"ab\xff".decode("utf-8"))
show(lambda: b"\xc3".decode())
show(lambda: b"a\xe9b".decode())
show(lambda: b"\xe2\x82".decode())
show(lambda: b"\xe2\x82x".decode())
show(lambda: b"\xf0\x9f\x98".decode())
show(lambda: b"\xed\xa0\x80".decode())
show(lambda: b"\xc0\xaf".decode())
show(lambda: b"\x80abc".decode())
show(lambda: b"abc\xff".decode("ascii"))
show(lambda: b"\xff\xfe".decode("latin-1"))
show(lambda: b"a\xffb\xc3".decode("utf-8", "replace"))
show(lambda: b"a\xffb\xe2\x82".decode("utf-8", "ignore"))
show(lambda: b"a\xffb".decode("utf-8", "backslashreplace"))
show(lambda: b"a\x80b".decode("ascii", "replace"))
show(lambda: b"a\x80b".decode("ascii", errors="ignore"))
show(lambda: b"abc".decode("utf-8", "bogus"))
show(lambda: b"\xff".decode("utf-8", "bogus"))
show(lambda: b"x".decode("no-such-codec"))
show(lambda: b"x".decode(encoding="US-ASCII"))
show(lambda: bytearray(b"\xc3\xa9").decode())
show(lambda: b"x".decode(1))

# the exception objects
try:
    b"ab\xffcd".decode("utf-8")
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason)
    print(repr(e))
    print(isinstance(e, UnicodeError), isinstance(e, ValueError))
try:
    "xx€".encode("ascii")
except UnicodeEncodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason)
    print(e.args)
try:
    b"\xff".decode("ascii")
except ValueError as e:
    print("caught as ValueError:", e)
try:
    "x".encode("nope")
except LookupError as e:
    print("LookupError:", e)

# round trips
data = bytes(range(256))
print(data.decode("latin-1").encode("latin-1") == data)
s = "".join(chr(c) for c in range(0, 0x800, 7))
print(s.encode().decode() == s, len(s.encode()))
show(lambda: "é".encode("ascii", "surrogateescape"))
show(lambda: "abc".encode("ascii", "surrogatepass"))
show(lambda: "é".encode("utf-8", "surrogatepass"))
