# arithmetic on big ints
a = 10 ** 40 + 7
b = 10 ** 20 + 3
print(a + b, a - b, b - a)
print(a * b)
print(a // b, a % b)
print(-a // b, -a % b)
print(divmod(a, b))
print(a / b)
print(abs(-a), -a)
f = 1
i = 1
while i <= 30:
    f = f * i
    i = i + 1
print(f)
print(f // (2 ** 26), f % 1000003)
print(a == b, a > b, a < b, a != b)
print(str(2 ** 200))
print(int(str(3 ** 80)) == 3 ** 80)
