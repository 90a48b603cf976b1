# shift edge cases and errors
print(1 << 62, 1 << 63, 1 << 64, 1 << 65)
print(3 << 61, 3 << 62)
print(2 ** 200 >> 199, 2 ** 200 >> 201)
print(-(2 ** 200) >> 201)
print(0 << 1000)
try:
    1 << -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    1 >> -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    1.0 << 1
except TypeError as e:
    print(type(e).__name__, e)
