# raising a different exception inside except
def convert(s):
    try:
        return int(s)
    except ValueError as e:
        raise TypeError('cannot convert ' + repr(s))
try:
    convert('abc')
except TypeError as e:
    print(type(e).__name__, e)
    print('context:', repr(e.__context__))
def wrap():
    try:
        {}['x']
    except KeyError as e:
        raise e
try:
    wrap()
except KeyError as e:
    print('re-raised same object:', repr(e))
    print(e.__context__)
