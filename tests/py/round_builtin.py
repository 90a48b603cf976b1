# round with banker's rounding and ndigits
print(round(2.5), round(3.5), round(0.5), round(1.5))
print(round(-1.5), round(-2.5), round(-0.5))
print(round(2.4), round(2.6), round(-2.6))
print(round(0.125, 2), round(0.375, 2))
print(round(2.675, 2), round(1.005, 2))
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2))
print(round(1234.5678, 2), round(1234.5678, -2), round(1234.5678, 0))
print(round(5), round(-5, 1), round(15, -1), round(25, -1))
print(type(round(2.5)), type(round(2.5, 0)), type(round(7, 1)))
print(round(3.14159, 3), round(-3.14159, 1))
print(round(2 ** 70 + 1, -5))
print(round(1e300, 2), round(0.1, 20))
print(round(123.456, -1), round(123.456, -3))
try:
    round(float('inf'))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    round(float('nan'))
except ValueError as e:
    print(type(e).__name__, e)
