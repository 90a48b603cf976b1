# modulo takes the sign of the divisor
print(7 % 3, -7 % 3, 7 % -3, -7 % -3)
print(6 % 3, -6 % 3, 6 % -3)
print(0 % 5, 0 % -5, 1 % 1)
print(2 ** 70 % 7, -(2 ** 70) % 7, 2 ** 70 % -7)
print(-1 % 2 ** 64, 1 % -(2 ** 64))
print(-123456789 % 1000, 123456789 % -1000)
a = 17
b = -5
print(a // b * b + a % b == a)
print(divmod(a, b), divmod(-a, b), divmod(-a, -b))
