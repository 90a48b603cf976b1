# StopIteration from next()
it = iter([1, 2])
print(next(it), next(it))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, repr(e), e.args)
print(next(it, 'default'))
try:
    next(iter(''))
except StopIteration:
    print('empty string iterator exhausted')
try:
    raise StopIteration('value')
except StopIteration as e:
    print(e, e.args)
