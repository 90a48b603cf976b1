# struct: packing and unpacking every format code in every byte order.
import struct

values = {"b": -7, "B": 200, "h": -1234, "H": 54321, "i": -123456789, "I": 4000000000,
          "l": -5, "L": 7, "q": -2**62, "Q": 2**64 - 1, "n": -99, "N": 2**63, "?": True,
          "e": 1.5, "f": 0.1, "d": -2.5e300, "P": 4096, "c": b"z"}
for order in "@=<>!":
    for code, v in values.items():
        if code in "nNP" and order != "@":
            continue
        fmt = order + code
        data = struct.pack(fmt, v)
        print(fmt, struct.calcsize(fmt), data, struct.unpack(fmt, data))

print(struct.pack("<3h2s?x", 1, -2, 3, b"abc", 0))
print(struct.unpack("<3h2s?x", b"\x01\x00\xfe\xff\x03\x00ab\x01\x00"))
print(struct.pack("5s", b"hi"), struct.pack("2s", b"hello"), struct.pack("0s", b""))
print(struct.pack("6p", b"hi"), struct.pack("3p", b"hello"), struct.unpack("6p", b"\x02hi\x00\x00\x00"))
print(struct.pack(">IHB", 1, 2, 3), struct.pack("@bih", 1, 2, 3), struct.calcsize("@bih"), struct.calcsize("@ihb"))
print(struct.calcsize("@b0q"), struct.calcsize("@cd"), struct.calcsize("<cd"), struct.calcsize(" i  h "), struct.calcsize(""))
print(struct.pack(b"<H", 513), struct.unpack("?" * 3, b"\x00\x01\x7f"))
for x in [0.0, -0.0, 1.0, 65504.0, 6.1e-05, 5.96e-08, 1e-9, float("inf"), -float("inf"), 0.333, 2049.0, 2051.0]:
    print(x, struct.pack("<e", x), struct.unpack("<e", struct.pack("<e", x)), struct.unpack(">f", struct.pack(">f", x)))
print(struct.unpack("<e", b"\x00\x7e")[0] != struct.unpack("<e", b"\x00\x7e")[0])

s = struct.Struct("<ihd")
print(s.format, s.size, s.pack(1, 2, 3.0), s.unpack(s.pack(-1, -2, -3.5)))
buf = bytearray(20)
s.pack_into(buf, 2, 7, 8, 9.0)
struct.pack_into(">h", buf, -2, 258)
print(buf, s.unpack_from(buf, 2), s.unpack_from(buf, offset=2), struct.unpack_from(">h", buf, -2), struct.unpack_from("<h", buf))
print(list(s.iter_unpack(s.pack(1, 2, 3.0) + s.pack(4, 5, 6.0))), list(struct.iter_unpack("<H", b"")))
print(struct.Struct(b">q").format, struct.Struct("").size, struct.unpack("", b""), struct.pack(""))
