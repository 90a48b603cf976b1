# insertion order, deletion and reinsertion
d = {}
for k in ['z', 'a', 'm', 'b']:
    d[k] = len(d)
print(d, list(d))
d['a'] = 'updated'
print(d)
del d['z']
print(d)
d['z'] = 'back'
print(d)
d.pop('m')
d['m'] = 'again'
print(list(d.keys()))
e = {3: 'c', 1: 'a', 2: 'b'}
print(e, list(e.values()))
f = {}
for i in range(10):
    f[i] = i * i
for i in range(0, 10, 2):
    del f[i]
f[0] = 'zero'
print(f)
