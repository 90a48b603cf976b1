# bitwise operators on big ints
a = 2 ** 100 + 12345
b = 2 ** 90 - 1
print(a & b)
print(a | b)
print(a ^ b)
print(~a)
print(-a & b, -a | b, -a ^ b)
print(a & -b, a & 0xffff)
print(1 << 100, (1 << 100) >> 99)
print(a >> 50, a << 30)
print((2 ** 64 - 1) & (2 ** 63), (2 ** 64) | 1)
print(-(2 ** 100) & (2 ** 101 - 1))
