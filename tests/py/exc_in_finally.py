# exception raised inside finally
def f():
    try:
        raise ValueError('original')
    finally:
        raise TypeError('from finally')
try:
    f()
except TypeError as e:
    print(type(e).__name__, e)
    print('context:', repr(e.__context__))
except ValueError:
    print('not reached')
def g():
    try:
        return 1
    finally:
        {}['x']
try:
    g()
except KeyError as e:
    print('KeyError from finally', e, e.__context__)
