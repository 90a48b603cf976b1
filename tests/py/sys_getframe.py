# sys._getframe: the caller's code, line, globals, locals and callers.
import sys


def where():
    f = sys._getframe(1)
    return f.f_code.co_name, f.f_lineno, f.f_globals["__name__"]


def outer(a, b=2):
    c = a + b
    def inner():
        return c
    f = sys._getframe()
    print(f.f_code.co_name, f.f_lineno, sorted(f.f_locals), f.f_locals["c"])
    print(where())
    back = f.f_back
    print(back.f_code.co_name, back.f_lineno, back.f_back)
    return inner


outer(1)
top = sys._getframe()
print(top.f_code.co_name, top.f_lineno, top.f_locals is globals(), top.f_globals is globals())
print(top.f_back, type(top).__name__, "builtins" in repr(type(top)) or True)
print(top.f_builtins is __builtins__ or isinstance(top.f_builtins, dict))


def depth(n):
    if n == 0:
        names = []
        f = sys._getframe()
        while f is not None:
            names.append(f.f_code.co_name)
            f = f.f_back
        return names
    return depth(n - 1)


print(depth(3))
try:
    sys._getframe(1000)
except ValueError as e:
    print("ValueError", e)
try:
    sys._getframe("x")
except TypeError as e:
    print("TypeError", e)


class K:
    here = sys._getframe().f_code.co_name
    names = sorted(sys._getframe().f_locals)


print(K.here, K.names)
