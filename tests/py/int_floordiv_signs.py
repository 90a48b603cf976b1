# floor division rounds towards negative infinity
print(7 // 2, -7 // 2, 7 // -2, -7 // -2)
print(6 // 3, -6 // 3, 6 // -3, -6 // -3)
print(1 // 10, -1 // 10, 0 // 5, 0 // -5)
print(2 ** 70 // 3, -(2 ** 70) // 3, 2 ** 70 // -3)
print(-(2 ** 64) // (2 ** 32), (2 ** 64 + 1) // -(2 ** 32))
print(123456789 // 1000, -123456789 // 1000)
print(True // 1, 5 // True)
