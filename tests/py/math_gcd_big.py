# math.gcd on big integers (Lehmer's method) agrees with CPython
import math
seed = 987654321
def nxt():
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
    return seed
acc = []
for r in range(400):
    a = 0
    for _ in range(1 + nxt() % 15):
        a = (a << 64) + nxt()
    b = 0
    for _ in range(1 + nxt() % 15):
        b = (b << 64) + nxt()
    c = (nxt() % 2**(nxt() % 300)) + 1
    if r % 2: a, b = a * c, b * c
    if r % 7 == 0: b = -b
    if r % 11 == 0: a = 0
    if r % 13 == 0: b = a * (nxt() % 1000)
    acc.append(math.gcd(a, b) % 1000000007)
    acc.append(math.gcd(a, b, c))
print(acc)
print(math.gcd(), math.gcd(0), math.gcd(-5), math.gcd(2**200, 2**130 * 3), math.gcd(10**100 + 1, 10**50 + 1))
