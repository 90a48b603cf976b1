# exceptions propagate through several frames and are caught at the top
def a(n):
    return b(n) + 1
def b(n):
    return c(n) * 2
def c(n):
    if n > 2:
        raise ValueError('n too big: ' + str(n))
    return n
for n in range(5):
    try:
        print(n, a(n))
    except ValueError as e:
        print(n, 'error:', e)
