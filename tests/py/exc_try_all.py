# try / except / else / finally in all combinations
def run(mode):
    print('--', mode)
    try:
        if mode == 'ok':
            print('body ok')
        elif mode == 'value':
            raise ValueError('v')
        elif mode == 'type':
            raise TypeError('t')
    except ValueError as e:
        print('except ValueError', e)
    except TypeError as e:
        print('except TypeError', e)
    else:
        print('else')
    finally:
        print('finally')
    print('after')
run('ok')
run('value')
run('type')
def unhandled():
    try:
        raise KeyError('k')
    except ValueError:
        print('no')
    else:
        print('no')
    finally:
        print('finally before propagation')
try:
    unhandled()
except KeyError as e:
    print('caught', repr(e))
