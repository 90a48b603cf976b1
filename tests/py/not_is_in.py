# not, is, is not, in, not in
a = [1, 2, 3]
b = a
c = [1, 2, 3]
print(a is b, a is c, a == c, a is not c)
print(None is None, None is not None)
print(2 in a, 5 in a, 5 not in a, not 2 in a)
print('ell' in 'hello', 'xyz' in 'hello', '' in 'abc')
print('a' in {'a': 1}, 1 in {'a': 1}, 'b' not in {'a': 1})
print(3 in (1, 2, 3), (1, 2) in [(1, 2), 3])
print(3 in range(5), 7 in range(0, 10, 2), 8 in range(0, 10, 2))
print(1.0 in [1], True in [1], 0 in [False])
print(not 1 == 2, not (1 == 2))
x = None
if x is None:
    print('x is None')
print([] is [], () == ())
