# 3-argument pow
print(pow(2, 10, 1000))
print(pow(3, 200, 13))
print(pow(2, 100, 2 ** 61 - 1))
print(pow(-2, 3, 5), pow(2, 3, -5))
print(pow(7, 0, 5), pow(7, 0, 1))
print(pow(123456789, 987654321, 1000000007))
print(pow(2, 64, 2 ** 64 + 1))
print(pow(2, 5), pow(2.0, 3), pow(4, -1))
print(pow(3, -1, 7), pow(2, -1, 9))
try:
    pow(2, 3, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print(type(e).__name__, e)
