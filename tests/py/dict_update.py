# dict.update
d = {'a': 1}
d.update({'b': 2, 'a': 10})
print(d)
d.update([('c', 3), ('d', 4)])
print(d)
d.update(e=5, a=100)
print(d)
d.update({})
d.update()
print(d)
d.update({'z': 0}, y=1)
print(d)
print(d.update({'a': 0}))
try:
    d.update([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
