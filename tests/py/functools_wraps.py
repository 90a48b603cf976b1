import functools

def deco(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        """wrapper doc"""
        return ("wrapped", func(*args, **kwargs))
    return wrapper

@deco
def greet(name, punct="!"):
    """Say hello."""
    return "hello " + name + punct
greet.extra = 1

print(greet("bob"), greet.__name__, greet.__doc__, greet.__qualname__, greet.__module__)
print(greet.__wrapped__("al", "?"))

class K:
    @deco
    def method(self, x):
        "method doc"
        return x * 2
print(K().method(4), K.method.__name__, K.method.__qualname__, K.method.__doc__)

def plain():
    pass
plain.attr = [1]
plain.__doc__ = None
def w():
    "w doc"
r = functools.update_wrapper(w, plain)
print(r is w, w.__name__, w.__doc__, w.attr, w.attr is plain.attr, w.__wrapped__ is plain)
def w2():
    pass
functools.update_wrapper(w2, plain, assigned=("__doc__",), updated=())
print(w2.__name__, hasattr(w2, "attr"), w2.__wrapped__ is plain)
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)

class Obj:
    pass
o = Obj()
functools.update_wrapper(o, greet)
print(o.__name__, o.__doc__, o.__wrapped__ is greet)
# missing attributes are skipped
class NoName:
    pass
def w3():
    pass
functools.update_wrapper(w3, NoName())
print(w3.__name__)

def counting(func):
    @functools.wraps(func)
    def inner(*a):
        inner.calls += 1
        return func(*a)
    inner.calls = 0
    return inner

@counting
def add(a, b):
    return a + b
add(1, 2); add(3, 4)
print(add.calls, add.__name__, vars(add).get("calls"))
