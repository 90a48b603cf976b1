# raising a class vs an instance
try:
    raise ValueError
except ValueError as e:
    print(type(e).__name__, repr(e), e.args, '[' + str(e) + ']')
try:
    raise ValueError()
except ValueError as e:
    print(type(e).__name__, repr(e), e.args)
try:
    raise KeyError
except LookupError as e:
    print(repr(e), isinstance(e, KeyError))
cls = ZeroDivisionError
try:
    raise cls
except ArithmeticError as e:
    print('raised from variable:', repr(e))
try:
    raise StopIteration
except StopIteration as e:
    print(repr(e))
try:
    raise 'not an exception'
except TypeError as e:
    print(e)
