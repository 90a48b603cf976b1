# nested try statements
try:
    try:
        raise ValueError('inner')
    except TypeError:
        print('wrong inner handler')
    finally:
        print('inner finally')
except ValueError as e:
    print('outer handler', e)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        print('handled inside')
    print('continue after inner try')
    raise KeyError('later')
except KeyError as e:
    print('outer', e)
def level3():
    raise IndexError('deep')
def level2():
    try:
        level3()
    finally:
        print('level2 finally')
def level1():
    try:
        level2()
    except IndexError as e:
        print('level1 caught', e)
        return 'recovered'
print(level1())
