# len, bool and abs
print(len('abc'), len([1, 2]), len((1,)), len({'a': 1}), len(range(7)), len(''))
print(bool(0), bool(1), bool(-1), bool(0.0), bool(0.1), bool(''), bool(' '))
print(bool([]), bool([0]), bool(()), bool({}), bool({0: 0}), bool(None), bool())
print(bool(range(0)), bool(range(1)), bool(2 ** 100), bool(float('nan')))
print(abs(-5), abs(5), abs(-2.5), abs(0), abs(-0.0), abs(-(2 ** 80)), abs(True))
print(type(abs(-5)), type(abs(-5.0)))
try:
    len(5)
except TypeError as e:
    print(type(e).__name__, e)
