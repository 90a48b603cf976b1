# min and max
print(max(3, 1, 4), min(3, 1, 4), max([5, 9, 2]), min((5, 9, 2)))
print(max('hello'), min('hello'), max(['b', 'abc']), max(range(10)))
print(max(1, 2.5), min(-1, -1.5), max(True, 0), max(2 ** 70, 2.0 ** 69))
def neg(x):
    return -x
def length(s):
    return len(s)
print(max([1, 5, 3], key=neg), min(1, 5, 3, key=neg))
print(max(['aa', 'b', 'cccc', 'dd'], key=length), min(['aa', 'b', 'c'], key=length))
print(max([], default='empty'), min([], default=None))
print(max([3, 3.0]), max([3.0, 3]))
print(max([(1, 'b'), (1, 'a'), (0, 'z')]))
try:
    max([])
except ValueError as e:
    print(type(e).__name__, e)
try:
    min()
except TypeError as e:
    print(type(e).__name__, e)
try:
    max(1, 'a')
except TypeError as e:
    print(type(e).__name__, e)
