# TypeError messages for bad calls
def f(a, b):
    return a + b
def g(a, b=1, *, c):
    return a
def h(x):
    return x
def attempt(n):
    try:
        if n == 0:
            f(1)
        elif n == 1:
            f()
        elif n == 2:
            f(1, 2, 3)
        elif n == 3:
            f(1, 2, d=4)
        elif n == 4:
            f(1, a=2)
        elif n == 5:
            g(1)
        elif n == 6:
            g(1, 2, 3, c=4)
        elif n == 7:
            h()
        elif n == 8:
            h(1, 2)
        elif n == 9:
            h(y=1)
        elif n == 10:
            len()
        elif n == 11:
            len(1, 2)
        elif n == 12:
            5()
        elif n == 13:
            'abc'(1)
    except TypeError as e:
        print(n, type(e).__name__, e)
for i in range(14):
    attempt(i)
