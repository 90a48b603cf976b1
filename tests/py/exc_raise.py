# raise statements
def check(n):
    if n < 0:
        raise ValueError('negative: ' + str(n))
    return n
try:
    check(-5)
except ValueError as e:
    print(e)
try:
    raise RuntimeError
except RuntimeError as e:
    print(repr(e), e.args)
try:
    raise TypeError('a', 1)
except TypeError as e:
    print(e, e.args)
err = KeyError('stored')
try:
    raise err
except KeyError as e:
    print(e is err, e)
try:
    raise 42
except TypeError as e:
    print(type(e).__name__, e)
