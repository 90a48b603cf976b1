# list.remove, list.index and list.count
lst = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
print(lst.count(5), lst.count(1), lst.count(7))
print(lst.index(5), lst.index(5, 5), lst.index(5, 5, 9), lst.index(3, -3))
lst.remove(1)
print(lst)
lst.remove(5)
print(lst)
print([1, 1.0, True].count(1), ['a', 'b'].index('b'))
try:
    lst.remove(42)
except ValueError as e:
    print(type(e).__name__, e)
try:
    lst.index(42)
except ValueError as e:
    print(type(e).__name__, e)
try:
    [1, 2].index('x')
except ValueError as e:
    print(e)
