# get and the keys/values/items views
d = {'a': 1, 'b': 2, 'c': 3}
print(d.get('a'), d.get('z'), d.get('z', 'default'), d.get('b', 99))
print(d.keys())
print(d.values())
print(d.items())
print({}.keys(), {}.values(), {}.items())
k = d.keys()
d['d'] = 4
print(k, len(k), 'd' in k, 'q' in k)
print(list(d.values()), list(d.items())[0])
for key, value in d.items():
    print(key, value)
print(sorted(d.keys(), reverse=True))
print(('a', 1) in d.items(), 4 in d.values())
