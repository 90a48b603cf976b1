# bitwise operators on small ints
print(12 & 10, 12 | 10, 12 ^ 10)
print(~0, ~5, ~-1)
print(1 << 4, 256 >> 3, 5 >> 10)
print(0xff & 0x0f, 0xf0 | 0x0f, 0xff ^ 0xaa)
print(6 & 3 | 8, 6 & (3 | 8))
print(1 << 0, 0 >> 5)
print(True & 1, True | 2, False ^ 3)
x = 0
x |= 1
x |= 4
x &= 5
x ^= 16
x <<= 2
x >>= 1
print(x)
