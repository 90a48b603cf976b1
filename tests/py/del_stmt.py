# del on names, list items, slices and dict keys
x = 5
del x
try:
    print(x)
except NameError as e:
    print(type(e).__name__, e)
lst = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
del lst[0]
print(lst)
del lst[-1]
print(lst)
del lst[2:4]
print(lst)
del lst[::2]
print(lst)
del lst[:]
print(lst)
d = {'a': 1, 'b': 2, 'c': 3}
del d['b']
print(d)
try:
    del d['zz']
except KeyError as e:
    print(type(e).__name__, e)
a, b = 1, 2
del a, b
try:
    a
except NameError as e:
    print(e)
nested = [[1, 2], [3, 4]]
del nested[0][1]
print(nested)
try:
    del lst[5]
except IndexError as e:
    print(type(e).__name__, e)
def f():
    y = 1
    del y
    return y
try:
    f()
except UnboundLocalError as e:
    print(type(e).__name__, e)
