# small ints grow into big ints and shrink back
x = 2 ** 47
print(x, x * 2, x * x)
y = 2 ** 63 - 1
print(y, y + 1, -y - 1, -y - 2)
z = 2 ** 64
print(z, z - 1, z + 1)
big = z * z
print(big)
print(big // z, big // z // z, type(big // z // z))
print((big - big) + 5)
print((z * 3 - z * 2) - z)
n = 1
i = 0
while i < 70:
    n = n * 2
    i = i + 1
print(n)
while n > 1:
    n = n // 4
print(n)
print(2 ** 62 + 2 ** 62, 4611686018427387904 * 2)
print(-(2 ** 63) - 1, -(2 ** 63) * -1)
print(9223372036854775807 + 1 - 1)
print(140737488355328 * 140737488355328)
