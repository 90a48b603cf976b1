# unary minus, plus, invert, not
x = 5
print(-x, +x, ~x, not x)
y = -0.0
print(-y, +y, -(-2.5))
print(- -3, - - -3, ~~7)
print(-(2 ** 63), -(-(2 ** 63)), +(2 ** 100))
print(not 0, not 0.0, not '', not [], not {}, not (), not 'a', not [0])
print(-True, +False)
z = 2 ** 64
print(-z, ~z)
try:
    -'abc'
except TypeError as e:
    print(type(e).__name__, e)
try:
    ~1.5
except TypeError as e:
    print(type(e).__name__, e)
