# finally runs on return
def f():
    try:
        return 'from try'
    finally:
        print('finally in f')
print(f())
def g():
    try:
        return 'try value'
    finally:
        return 'finally wins'
print(g())
def h():
    try:
        raise ValueError('swallowed')
    finally:
        return 'finally return swallows exception'
print(h())
def k(x):
    try:
        if x:
            return 'early'
        x = 'changed'
    finally:
        print('cleanup for', x)
    return 'late'
print(k(True), k(False))
def counter():
    n = 0
    try:
        n += 1
        return n
    finally:
        n += 100
        print('n in finally', n)
print(counter())
