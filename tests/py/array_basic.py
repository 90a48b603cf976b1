# array.array: construction, the list-like methods, bytes, operators and repr.
from array import array, typecodes

print(typecodes)
for tc in "bBhHiIlLqQfd":
    a = array(tc, [1, 2, 3, 100])
    print(a, a.typecode, a.itemsize, len(a), a[0], a[-1], a[1:3], a[::-1], a.tolist())
    b = array(tc, a.tobytes())
    print(b == a, b is a, list(b), 2 in a, 7 in a, a.count(2), a.index(100))
print(array("b", [-128, 127]), array("B", [0, 255]), array("h", [-32768, 32767]), array("H", [65535]))
print(array("i", [-2**31, 2**31 - 1]), array("I", [2**32 - 1]), array("l", [-2**63]), array("L", [2**64 - 1]))
print(array("q", [2**63 - 1]), array("Q", [2**64 - 1]), array("f", [0.1, -1e10, 3]), array("d", [0.1, 1e300, -0.0]))
print(array("u", "añ€😀"), array("u"), array("i"), array("i", range(5)), array("d", (x / 2 for x in range(3))))

a = array("i", [5, 1, 4])
a.append(9)
a.extend([7, 7])
a.extend(array("i", [0]))
a.insert(0, -1)
a.insert(100, 42)
a.insert(-100, 43)
print(a, a.pop(), a.pop(0), a.pop(2), a)
a.remove(7)
a.reverse()
print(a, a.index(7), a.index(9, 1), a.count(7))
a[0] = 11
a[-1] = 12
a[1:3] = array("i", [20, 21, 22])
print(a)
a[::2] = array("i", [0] * len(a[::2]))
print(a)
del a[0]
del a[1:3]
del a[::2]
print(a)
a.fromlist([1, 2])
a.frombytes(array("i", [3]).tobytes())
print(a, a.tolist(), a.tobytes())
print(a + array("i", [8]), a * 2, 2 * a, a * 0, a * -1)
a += array("i", [9])
a *= 2
print(a, len(a))
print(array("i", [1, 2]) == array("i", [1, 2]), array("i", [1, 2]) != array("i", [1, 3]), array("i", [1, 2]) < array("i", [1, 3]))
print(array("i", [1, 2]) <= array("i", [1]), array("i", [1, 2]) > array("b", [1]), array("d", [1.5]) >= array("f", [1.5]), array("i") == array("d"))
print(array("i", [1]) == [1], array("i", [1]) != (1,))
print([x * 2 for x in array("h", [3, 4])], list(reversed(array("b", [1, 2, 3]))), sorted(array("d", [3.5, 1.25])), sum(array("I", [1, 2, 3])))
it = iter(array("i", [1, 2, 3]))
print(next(it), list(it), list(it))
u = array("u", "hi")
u.fromunicode("!!")
u.append("x")
print(u, u.tounicode(), u[1], u.tolist())
c = array("H", [1, 0x0203])
c.byteswap()
print(c)
print(array("i", array("b", [1, 2])), array("d", array("i", [3])), array("B", bytearray(b"\x01\x02")))
empty = array("f")
print(empty, len(empty), empty.tolist(), empty.tobytes(), bool(empty), bool(array("f", [0])))
