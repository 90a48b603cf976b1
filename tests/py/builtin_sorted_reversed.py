# sorted and reversed
data = [5, 2, 8, 1, 9]
print(sorted(data), data)
print(sorted(data, reverse=True))
def last_char(s):
    return s[-1]
print(sorted(['abc', 'xya', 'mnb'], key=last_char))
print(sorted(['abc', 'xya', 'mnb'], key=last_char, reverse=True))
print(sorted('hello'), sorted((3, 1, 2)), sorted({'b': 1, 'a': 2}))
print(sorted([]), sorted([1.5, -2, 0, True]))
def mod3(n):
    return n % 3
print(sorted(range(10), key=mod3))
print(list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed(range(4))))
print(list(reversed((1, 2))), list(reversed([])))
for x in reversed(['a', 'b']):
    print(x)
try:
    reversed(5)
except TypeError as e:
    print(type(e).__name__, e)
