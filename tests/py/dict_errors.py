# dict errors
d = {'a': 1}
try:
    d['b']
except KeyError as e:
    print(type(e).__name__, e, repr(e))
try:
    d[[1]] = 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    d[{}]
except TypeError as e:
    print(type(e).__name__, e)
try:
    {}.pop(3)
except KeyError as e:
    print(e)
try:
    dict([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict([('a', 1, 2)])
except ValueError as e:
    print(type(e).__name__, e)
try:
    for k in d:
        d['new' + k] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
