# bytearray mutation

ba = bytearray(b"hello")
ba[0] = 72
ba[-1] = ord("O")
print(ba)
ba.append(33)
ba.extend(b"??")
ba.extend([1, 2])
ba.extend(bytearray(b"ba"))
ba.extend(x for x in range(3))
ba.extend(range(65, 68))
print(ba, len(ba))
print(ba.pop(), ba.pop(0), ba.pop(-2), ba)
ba.insert(0, 104)
ba.insert(100, 122)
ba.insert(-1, 121)
ba.insert(-100, 97)
print(ba)
ba.remove(122)
ba.remove(ord("?"))
print(ba)
ba.reverse()
print(ba)
c = ba.copy()
ba.clear()
print(ba, c, len(ba), c is not ba)

# slice assignment and deletion
ba = bytearray(b"0123456789")
ba[2:4] = b"ab"
print(ba)
ba[2:4] = b"ABCDE"
print(ba)
ba[0:2] = []
print(ba)
ba[:0] = bytearray(b"<<")
ba[len(ba):] = [62, 62]
print(ba)
ba[::2] = b"_" * ((len(ba) + 1) // 2)
print(ba)
ba[1::3] = [120] * len(ba[1::3])
print(ba)
ba[5:2] = b"!"
print(ba)
ba[:] = (x for x in b"generator")
print(ba)
ba[:] = ba
print(ba)
del ba[0]
del ba[-1]
print(ba)
del ba[1:3]
print(ba)
del ba[::2]
print(ba)
del ba[:]
print(ba, len(ba))

# aliasing and in-place operators
x = bytearray(b"ab")
y = x
x += b"cd"
x *= 2
x[0] = 65
print(x, y, x is y)
z = x + b"!"
print(z, x, type(z).__name__)
x.extend(x)
print(x)

# bytearray as a buffer for building output
out = bytearray()
for i in range(5):
    out += str(i).encode()
    out.append(44)
print(out, bytes(out), out.decode())
print(bytearray(b"abc") == b"abc", bytearray(b"abc") == bytearray(b"abc"), bytearray(b"a") < bytearray(b"b"))
