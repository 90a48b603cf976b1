# Errors around cells and free variables, with CPython's messages.

def unbound_cell():
    def inner():
        return x
    try:
        print(x)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    x = 1
    return inner()

print(unbound_cell())

def free_not_yet():
    def inner():
        return y
    try:
        inner()
    except NameError as e:
        print(type(e).__name__ + ":", e)
    y = 2
    return inner()

print(free_not_yet())

def nonlocal_unbound():
    z = 0
    del z
    def inner():
        nonlocal z
        z += 1
    try:
        inner()
    except NameError as e:
        print(type(e).__name__ + ":", e)

nonlocal_unbound()

def lambda_error():
    f = lambda: 1 / 0
    try:
        f()
    except ZeroDivisionError as e:
        print("lambda raised", e)

lambda_error()

def call_errors():
    def f(a, b):
        return a + b
    for args in [(1,), (1, 2, 3)]:
        try:
            f(*args)
        except TypeError as e:
            print(e)
    try:
        f(1, c=2)
    except TypeError as e:
        print(e)
    try:
        f(1, a=2)
    except TypeError as e:
        print(e)

call_errors()
