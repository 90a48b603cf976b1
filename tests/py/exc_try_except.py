# basic try / except
try:
    print('before')
    x = 1 / 0
    print('not reached')
except ZeroDivisionError:
    print('caught ZeroDivisionError')
try:
    [][0]
except KeyError:
    print('wrong handler')
except IndexError as e:
    print('caught IndexError:', e)
try:
    {}['k']
except Exception as e:
    print('generic handler', type(e).__name__, e)
try:
    int('x')
except:
    print('bare except caught it')
def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return None
print(safe_div(1, 2), safe_div(1, 0))
