# ValueError messages from int() and float()
def try_int(s):
    try:
        print(int(s))
    except ValueError as e:
        print(type(e).__name__, e)
def try_int_base(s, b):
    try:
        print(int(s, b))
    except ValueError as e:
        print(type(e).__name__, e)
def try_float(s):
    try:
        print(float(s))
    except ValueError as e:
        print(type(e).__name__, e)
try_int('abc')
try_int('')
try_int('1.5')
try_int('12 34')
try_int('1__0')
try_int('_1')
try_int(' ')
try_int_base('12', 2)
try_int_base('0x1g', 16)
try_int_base('0x', 0)
try_int_base('09', 0)
try_float('abc')
try_float('')
try_float('1.2.3')
try_float('1e')
try_float('  ')
try:
    int('5', 1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    float([1])
except TypeError as e:
    print(type(e).__name__, e)
