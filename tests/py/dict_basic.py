# dict literals, indexing, assignment, len, in, repr
d = {'one': 1, 'two': 2}
print(d, len(d))
d['three'] = 3
d['one'] = 'uno'
print(d, d['one'], d['three'])
print('two' in d, 2 in d, 'four' not in d)
print({}, {1: {2: {3: 'deep'}}}, {(1, 2): 'tuple key'})
e = {'b': 1, 'a': 2}
print(e == {'a': 2, 'b': 1}, e != {'a': 2})
print(repr({'q': "it's"}), str({1: None}))
print(dict(), dict(a=1, b=2), dict([('x', 1), ('y', 2)]), dict({'k': 'v'}))
print(dict([('a', 1)], b=2), dict(zip(['p', 'q'], [1, 2])))
print(type(d), len({}))
