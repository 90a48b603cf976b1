vals = [10**30, 3**70, -(7**50), 2**100 + 1, 12345678901234567890123]
divs = [3, 7**20, -(2**70) - 5, 10**25 + 3, 9]
for a in vals:
    for b in divs:
        print(a / b, a // b, a % b)
print(10**400 / 10**399, (2**1100) / (2**1000))
try:
    print(10**400 / 3)
except OverflowError as e:
    print("OverflowError", e)
print(1 / 10**400 == 0.0, -1 / 10**400)
