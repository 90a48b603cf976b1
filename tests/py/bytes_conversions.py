# int.to_bytes / int.from_bytes, bytes.maketrans / translate

def show(src, fn):
    try:
        print(src, "=>", repr(fn()))
    except Exception as e:
        print(src, "!!", type(e).__name__ + ":", e)

show('(1024).to_bytes(2, "big")', lambda: (1024).to_bytes(2, "big"))
show('(1024).to_bytes(2, "little")', lambda: (1024).to_bytes(2, "little"))
show('(1024).to_bytes(1, "big")', lambda: (1024).to_bytes(1, "big"))
show('(-1).to_bytes(2, "big")', lambda: (-1).to_bytes(2, "big"))
show('(-1).to_bytes(2, "big", signed=True)', lambda: (-1).to_bytes(2, "big", signed=True))
show('(255).to_bytes()', lambda: (255).to_bytes())
show('(0).to_bytes(0, "big")', lambda: (0).to_bytes(0, "big"))
show('(1).to_bytes(0, "big")', lambda: (1).to_bytes(0, "big"))
show('(128).to_bytes(1, "big", signed=True)', lambda: (128).to_bytes(1, "big", signed=True))
show('(-129).to_bytes(1, "big", signed=True)', lambda: (-129).to_bytes(1, "big", signed=True))
show('(1).to_bytes(2, "middle")', lambda: (1).to_bytes(2, "middle"))
show('(1).to_bytes(-1, "big")', lambda: (1).to_bytes(-1, "big"))
show('(1).to_bytes(length=2, byteorder="little")', lambda: (1).to_bytes(length=2, byteorder="little"))
show('(2**100).to_bytes(13, "big")', lambda: (2**100).to_bytes(13, "big"))
show('True.to_bytes(1, "big")', lambda: True.to_bytes(1, "big"))
show('int.from_bytes(b"\\x04\\x00", "big")', lambda: int.from_bytes(b"\x04\x00", "big"))
show('int.from_bytes(b"\\x04\\x00", "little")', lambda: int.from_bytes(b"\x04\x00", "little"))
show('int.from_bytes(b"\\xff", "big", signed=True)', lambda: int.from_bytes(b"\xff", "big", signed=True))
show('int.from_bytes(b"")', lambda: int.from_bytes(b""))
show('int.from_bytes([1, 2], "big")', lambda: int.from_bytes([1, 2], "big"))
show('int.from_bytes("ab", "big")', lambda: int.from_bytes("ab", "big"))
show('int.from_bytes(b"\\x01", "x")', lambda: int.from_bytes(b"\x01", "x"))
show('int.from_bytes(bytes=b"\\x01", byteorder="big")', lambda: int.from_bytes(bytes=b"\x01", byteorder="big"))
show('int.from_bytes(b"\\xff" * 20, "big")', lambda: int.from_bytes(b"\xff" * 20, "big"))
show('(5).from_bytes(b"\\x01", "big")', lambda: (5).from_bytes(b"\x01", "big"))
show('int.from_bytes(b"\\x80", signed=True)', lambda: int.from_bytes(b"\x80", signed=True))
show('bytes.maketrans(b"abc", b"xyz")[97:100]', lambda: bytes.maketrans(b"abc", b"xyz")[97:100])
show('len(bytes.maketrans(b"", b""))', lambda: len(bytes.maketrans(b"", b"")))
show('bytes.maketrans(b"ab", b"x")', lambda: bytes.maketrans(b"ab", b"x"))
show('b"abcabc".translate(bytes.maketrans(b"abc", b"xyz"))', lambda: b"abcabc".translate(bytes.maketrans(b"abc", b"xyz")))
show('b"abcabc".translate(None, b"b")', lambda: b"abcabc".translate(None, b"b"))
show('b"abc".translate(b"x")', lambda: b"abc".translate(b"x"))
show('b"abcabc".translate(bytes.maketrans(b"a", b"A"), b"c")', lambda: b"abcabc".translate(bytes.maketrans(b"a", b"A"), b"c"))
show('bytearray(b"abc").translate(None, delete=b"a")', lambda: bytearray(b"abc").translate(None, delete=b"a"))
show('bytearray.maketrans(b"a", b"b")[97]', lambda: bytearray.maketrans(b"a", b"b")[97])
show('b"abc".translate(None, "a")', lambda: b"abc".translate(None, "a"))
show('bytes.maketrans("a", "b")', lambda: bytes.maketrans("a", "b"))

for n in [0, 1, 127, 128, 255, 256, -1, -128, -129, 2**63, -2**63, 2**64 - 1]:
    for order in ["big", "little"]:
        size = (n.bit_length() + 8) // 8
        data = n.to_bytes(size, order, signed=True)
        print(n, order, data, int.from_bytes(data, order, signed=True) == n)
print(int.from_bytes(bytearray(b"\x01\x00"), byteorder="little"), int.from_bytes(iter([0, 1]), "big"))
rot13 = bytes.maketrans(b"abcdefghijklmnopqrstuvwxyz", b"nopqrstuvwxyzabcdefghijklm")
print(b"hello world".translate(rot13), b"hello world".translate(rot13).translate(rot13))
