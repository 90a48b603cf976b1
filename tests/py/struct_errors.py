import struct
def t(f, *a):
    try: print(f(*a))
    except Exception as e: print(type(e).__name__, e)
import struct
def t(f, *a):
    try: print(f(*a))
    except Exception as e: print(type(e).__name__, e)
for c in "bBhHiIlLqQnN":
    t(struct.pack, c, 2**70); t(struct.pack, "<"+c if c not in "nN" else c, -2**70); t(struct.pack, ">"+c if c not in "nN" else c, 2**70)
    t(struct.pack, c, 1.5); t(struct.pack, c, "x")
t(struct.pack, "c", b"ab"); t(struct.pack, "c", "a"); t(struct.pack, "s", "a"); t(struct.pack, "f", "a"); t(struct.pack, "e", 1e10); t(struct.pack, "f", 1e300); t(struct.pack, "<n", 1); t(struct.pack, "3", 1);t(struct.pack, "y", 1)
t(struct.pack, "ii", 1); t(struct.unpack, "ii", b"123"); t(struct.calcsize, "@bi"); t(struct.calcsize, "=bi"); t(struct.calcsize, "bq0i");t(struct.calcsize, "ib")
t(struct.pack_into, "ii", bytearray(5), 0, 1, 2); t(struct.pack_into, "i", bytearray(8), -20, 1); t(struct.unpack_from, "ii", b"1234567", 2); t(struct.unpack_from, "i", b"1234", -8)
t(struct.iter_unpack, "i", b"12345"); t(struct.iter_unpack, "", b"");t(struct.pack_into, "i", b"1234", 0, 1)
t(struct.pack, "i", True); t(struct.unpack, "?", b"\x02"); t(struct.pack, "P", -1); t(struct.pack, "5p", b"abcdefg"); t(struct.pack, "p", b"a")
print(list(struct.iter_unpack("i", b"12345678")))
t(struct.pack, "f", 2**1000); t(struct.Struct, 5); t(struct.pack, "i"); t(struct.unpack, "i", "abcd");t(struct.pack, "x", 1)
class I:
    def __index__(self): return 7
t(struct.pack, "i", I()); t(struct.pack, "d", I()); t(struct.pack, "d", 3)
t(struct.pack, "i", 2**31)
t(struct.pack, "<e", 65520.0);t(struct.pack, "<e", 65519.0)
for o in "@<":
  for c in "bBhHiIlLqQnN":
    if o == "<" and c in "nN": continue
    for v in (-1, 2**7, 2**8, 2**15, 2**16,2**31, 2**32, 2**63, 2**64, -2**63-1):
        try: struct.pack(o+c, v)
        except Exception as e: print(o, c, v, type(e).__name__, e)
t(struct.pack, "d", 2**2000); t(struct.pack, "i", 1.0); t(struct.pack, "?", []); t(struct.pack, "P", 2**64); t(struct.pack, "P", -2**64)
t(struct.pack, "3s", b"a"); t(struct.pack, "0s", b"a"); t(struct.unpack, "3p", b"\x05ab"); t(struct.calcsize, "2x3si"); t(struct.pack, "2x3si", b"ab", 1)
t(struct.calcsize, "< i"); t(struct.calcsize, "i i"); t(struct.calcsize, "1 2i")
print(struct.calcsize("@be"), struct.calcsize("@b?"), struct.calcsize("@bf"), struct.calcsize("@bd"), struct.calcsize("@bP"), struct.calcsize("@bn"),struct.calcsize("@b3s"),struct.calcsize("@b3p"), struct.calcsize("@bc"), struct.calcsize("@bx"), struct.calcsize("@b2h"))
try: print(struct.pack("<f", 1e300))
except Exception as e: print(type(e).__name__, e)
print(struct.pack("@f", 1e300), struct.pack("!f", float('nan')), struct.unpack("<e", b"\x00\x7c"))
