# finally blocks run before the uncaught exception terminates the program
def f():
    try:
        print('in f')
        raise KeyError('kk')
    finally:
        print('finally in f')
try:
    f()
finally:
    print('finally at module level')
