# calls with **mapping unpacking
def f(a, b=0, c=0):
    return (a, b, c)
opts = {'b': 2, 'c': 3}
print(f(1, **opts))
print(f(**{'a': 'A', 'c': 'C'}))
print(f(1, **{'c': 30}, b=20))
def g(**kw):
    return kw
print(g(**opts, d=4))
print(g(**{'x': 1}, **{'y': 2}))
def h(*args, **kw):
    return args, kw
print(h(*[1, 2], **{'k': 'v'}))
print(dict(**{'one': 1}, two=2))
try:
    f(**{'z': 1, 'a': 1})
except TypeError as e:
    print(type(e).__name__, e)
