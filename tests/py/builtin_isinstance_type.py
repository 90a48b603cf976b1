# isinstance and type
print(type(3), type(3.0), type('s'), type(True), type(None))
print(type([]), type(()), type({}), type(range(1)), type(2 ** 100))
print(isinstance(3, int), isinstance(3, float), isinstance(True, int), isinstance(True, bool))
print(isinstance(3.0, (int, float)), isinstance('x', (int, list)), isinstance([], list))
print(isinstance({}, dict), isinstance((), tuple), isinstance(None, int))
print(isinstance(2 ** 100, int), isinstance(ValueError(), Exception))
print(type(3) == int, type(True) == int, type(True) is bool, type('a') is str)
print(type(3).__name__, type([]).__name__, type(None).__name__)
print(int, str, list, dict, tuple, float, bool, range, type)
print(type(int), type(type))
print(type(1)(7.9), type('')(12), type([])('ab'))
try:
    isinstance(1, 'int')
except TypeError as e:
    print(type(e).__name__, e)
