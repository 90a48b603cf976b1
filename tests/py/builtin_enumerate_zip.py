# enumerate and zip
for i, ch in enumerate('abc'):
    print(i, ch)
for i, ch in enumerate('xyz', 10):
    print(i, ch)
print(list(enumerate(['a', 'b'], start=-1)))
print(list(zip([1, 2, 3], 'abc')))
print(list(zip([1, 2, 3], 'ab')), list(zip()), list(zip([1])))
print(list(zip(range(3), range(10, 13), range(20, 23))))
names = ['ann', 'bob']
ages = [30, 40]
for name, age in zip(names, ages):
    print(name, age)
print(dict(zip(names, ages)))
pairs = list(zip(*[(1, 'a'), (2, 'b')]))
print(pairs)
