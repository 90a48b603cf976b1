# try / except / else
def parse(s):
    try:
        n = int(s)
    except ValueError:
        print('bad input', repr(s))
    else:
        print('parsed', n)
parse('12')
parse('twelve')
try:
    pass
except Exception:
    print('no')
else:
    print('else runs when no exception')
try:
    try:
        x = 1
    except ValueError:
        print('no')
    else:
        raise KeyError('from else')
except KeyError as e:
    print('exception in else propagates:', e)
