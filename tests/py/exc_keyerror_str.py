# KeyError quotes its single argument in str()
try:
    {'a': 1}['b']
except KeyError as e:
    print(e)
    print(str(e), repr(e))
try:
    {}[42]
except KeyError as e:
    print(e)
try:
    {}[(1, 2)]
except KeyError as e:
    print(e)
print(str(KeyError('x')), str(KeyError()), str(KeyError('x', 'y')))
print(str(KeyError("it's")), repr(KeyError(1.5)))
print(str(KeyError(None)))
try:
    {}.pop('gone')
except KeyError as e:
    print('pop:', e)
