# __context__ is set when an exception is raised, not while it propagates out of
# a call into Python (such as a with-statement's __exit__); types.MethodType.
import types


def show(e):
    chain = []
    while e is not None:
        chain.append("%s(%s)" % (type(e).__name__, e))
        e = e.__context__
    return " <- ".join(chain)


class ClearsContext:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        x = KeyError("from exit")
        try:
            raise x
        except BaseException:
            x.__context__ = None
            raise


try:
    with ClearsContext():
        raise ValueError("body")
except KeyError as e:
    print("exit cleared context:", show(e))


class Raises:
    def __exit__(self, *exc):
        raise KeyError("plain")

    def __enter__(self):
        return self


try:
    with Raises():
        raise ValueError("body")
except KeyError as e:
    print("exit raised:", show(e))

# re-raising an already raised exception object chains it anew
a = KeyError("a")
try:
    raise a
except KeyError:
    pass
try:
    raise IndexError("h")
except IndexError:
    try:
        raise a
    except KeyError as e:
        print("reraised object:", show(e))
    try:
        [][0]
    except IndexError as e:
        print("native error:", show(e))
    try:
        {}["k"]
    except KeyError as e:
        print("native error:", show(e))


# a function raising inside its own handler, called from a handler
def inner():
    try:
        raise TypeError("inner handled")
    except TypeError:
        raise OSError("inner raised")


try:
    raise ValueError("outer")
except ValueError:
    try:
        inner()
    except OSError as e:
        print("nested:", show(e))
    try:
        sorted([3, 1], key=lambda v: inner())
    except OSError as e:
        print("through native:", show(e))


# generator.throw keeps the thrown exception's context
def gen():
    yield 1


g = gen()
next(g)
t = KeyError("thrown")
try:
    raise ValueError("before throw")
except ValueError:
    try:
        g.throw(t)
    except KeyError as e:
        print("throw:", show(e))

# types.MethodType
m = types.MethodType(lambda self, x: (self, x), "obj")
print(m(1), m.__self__)
m = types.MethodType(len, [1, 2, 3])
print(m())
for args in [(), (len,), (3, 4), (len, None)]:
    try:
        types.MethodType(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    types.MethodType(len, 1, x=2)
except TypeError as e:
    print(type(e).__name__, e)
print(repr(types.MethodType(len, [1])))


class Callable:
    __qualname__ = "CallableQual"

    def __call__(self):
        return "called"


print(repr(types.MethodType(Callable(), 7)))
