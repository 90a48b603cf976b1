# int() truncates towards zero
print(int(3.9), int(-3.9), int(3.1), int(-3.1))
print(int(0.5), int(-0.5), int(-0.0))
print(int(1e20), int(-1e20))
print(int(2.0 ** 63), int(2.0 ** 64), int(-(2.0 ** 63)))
print(int(1.7976931348623157e308) % 1000)
print(int(123456789.999))
print(type(int(3.9)))
print(int(9.999999999999999), int(9.9999999999999999))
