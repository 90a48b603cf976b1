# implicit exception chaining through __context__
try:
    try:
        1 / 0
    except ZeroDivisionError:
        [].pop()
except IndexError as e:
    print(repr(e))
    print(repr(e.__context__))
    print(e.__context__.__context__)
try:
    raise ValueError('no context')
except ValueError as e:
    print(e.__context__)
try:
    try:
        raise KeyError('a')
    except KeyError:
        try:
            raise ValueError('b')
        except ValueError:
            raise TypeError('c')
except TypeError as e:
    print(repr(e), repr(e.__context__), repr(e.__context__.__context__))
