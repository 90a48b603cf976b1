# sum, divmod and pow
print(sum([1, 2, 3]), sum([]), sum((1.5, 2.5)), sum(range(10), 100))
print(sum([0.1] * 10), sum([1, 2.5, True]), sum([2 ** 64, 2 ** 64]))
print(sum([[1], [2, 3]], []), sum([], 7))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5))
print(divmod(17.5, 5), divmod(-17.5, 5), divmod(2 ** 70, 7))
print(pow(2, 8), pow(2, -2), pow(2.5, 2), pow(-8, 3), pow(9, 0.5))
print(pow(5, 3, 7), pow(base=2, exp=5), pow(2, 10, mod=1000))
try:
    sum(['a', 'b'], '')
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum([1, 'a'])
except TypeError as e:
    print(type(e).__name__, e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
