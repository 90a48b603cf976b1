# gcd, lcm and prime factorisation
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
def lcm(a, b):
    return a // gcd(a, b) * b
def factorize(n):
    factors = []
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors.append(d)
            n //= d
        d += 1
    if n > 1:
        factors.append(n)
    return factors
print(gcd(1071, 462), gcd(0, 5), gcd(2 ** 80, 6 ** 30))
acc = 1
for k in range(1, 21):
    acc = lcm(acc, k)
print('lcm 1..20 =', acc)
for n in [360, 97, 1001, 2 ** 10 * 3 ** 3, 600851475]:
    print(n, factorize(n))
