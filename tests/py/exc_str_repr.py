# str() and repr() of exceptions with 0, 1 and 2 args
for exc in [ValueError(), ValueError('msg'), ValueError('a', 'b'), ValueError(42),
            TypeError(''), RuntimeError(None), IndexError(1, 2, 3),
            Exception('x'), BaseException(), NotImplementedError('later'),
            StopIteration(), StopIteration(7), AssertionError('bad')]:
    print('str:', str(exc), '| repr:', repr(exc))
print(ZeroDivisionError('division by zero'))
print([ValueError('in list'), KeyError('k')])
print(str(OverflowError('big')), repr(AttributeError('attr')))
