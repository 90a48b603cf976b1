# program ends with an uncaught KeyError
d = {'a': 1}
print('looking up a:', d['a'])
print('now looking up k')
d['k']
print('never printed')
