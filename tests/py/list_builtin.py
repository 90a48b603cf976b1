# list() constructor
print(list(), list(range(5)), list('abc'), list((1, 2)))
print(list({'a': 1, 'b': 2}), list({'a': 1}.items()))
print(list(range(10, 0, -3)), list(reversed([1, 2, 3])))
orig = [1, 2]
cp = list(orig)
cp.append(3)
print(orig, cp)
try:
    list(5)
except TypeError as e:
    print(type(e).__name__, e)
