# try / finally without except
def f():
    try:
        print('in try')
    finally:
        print('in finally')
f()
try:
    try:
        print('raising')
        raise ValueError('oops')
    finally:
        print('cleanup runs')
except ValueError as e:
    print('outer caught', e)
i = 0
while i < 3:
    try:
        i += 1
    finally:
        print('finally', i)
