# bare raise re-raises the current exception
def inner():
    try:
        raise ValueError('original')
    except ValueError:
        print('inner handling, re-raising')
        raise
try:
    inner()
except ValueError as e:
    print('outer got', e)
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)
def nested():
    try:
        raise KeyError('first')
    except KeyError:
        try:
            raise IndexError('second')
        except IndexError:
            pass
        raise
try:
    nested()
except Exception as e:
    print('after inner handler, bare raise gives', type(e).__name__, e)
