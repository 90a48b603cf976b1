# 1, 1.0 and True are the same key
d = {1: 'int'}
d[1.0] = 'float'
print(d)
d[True] = 'bool'
print(d, len(d))
print(d[1], d[1.0], d[True])
e = {True: 'first', 1: 'second', 1.0: 'third'}
print(e)
f = {0: 'zero'}
print(f[False], f[0.0], False in f, -0.0 in f)
g = {2 ** 70: 'big'}
print(g[2 ** 70], float(2 ** 70) in g)
h = {(1, 2): 'a'}
print(h[(1.0, 2.0)], (True, 2) in h)
