# Generator protocol corners: send/throw/close with every argument form, GeneratorExit
# ignored or turned into another exception, yield from generators, lists and user
# iterators (their StopIteration value), generator expressions, coroutines are not
# iterable.
# generators: protocol corners
def gen():
    try:
        x = yield 1
        print("got", x)
        y = yield x * 2
        print("got", y)
    except ValueError as e:
        print("caught", e)
        yield "recovered"
    finally:
        print("finally")
    return "ret"
g = gen()
print(next(g), g.send(5))
print(g.throw(ValueError("boom")))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value, e.args)
g = gen(); next(g); g.close(); print(g.gi_running, g.gi_suspended)
g = gen(); g.close(); g.close()
try:
    next(g)
except StopIteration as e:
    print("closed stop", e.args)
def ignores():
    try:
        yield
    except GeneratorExit:
        print("ignoring")
    yield "again"
g = ignores(); next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)
ignoring_gen = g
def reraises():
    try:
        yield
    except GeneratorExit:
        raise ValueError("in close")
g = reraises(); next(g)
try:
    g.close()
except ValueError as e:
    print("ValueError:", e)
def returns_on_close():
    try:
        yield 1
    except GeneratorExit:
        return 5
g = returns_on_close(); next(g); print(g.close())
g = gen()
try:
    g.throw(KeyError("early"))
except KeyError as e:
    print("early throw", e, g.gi_running)
try:
    next(g)
except StopIteration:
    print("then exhausted")
g = gen(); next(g)
try:
    g.throw(TypeError)
except TypeError as e:
    print("class throw", type(e).__name__)
g = gen(); next(g)
try:
    g.throw(TypeError, "msg")
except TypeError as e:
    print("class+value throw", e)
g = gen(); next(g)
try:
    g.throw(TypeError, TypeError("inst"))
except TypeError as e:
    print("class+instance throw", e)
for bad in [lambda: gen().throw(5), lambda: gen().throw(TypeError("a"), "b"), lambda: gen().send(1), lambda: gen().throw()]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
# a generator raising StopIteration
def stop():
    yield 1
    raise StopIteration("x")
try:
    list(stop())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
# yield from: values, send, throw, close, return value
def inner():
    got = yield "i1"
    print("inner got", got)
    try:
        yield "i2"
    except KeyError:
        print("inner caught KeyError")
        yield "i3"
    return "inner-ret"
def outer():
    r = yield from inner()
    print("outer got", r)
    r2 = yield from [10, 20]
    print("list returned", r2)
    yield from range(2)
    return "outer-ret"
o = outer()
print(next(o), o.send("S"), o.throw(KeyError()), next(o), next(o), next(o), next(o))
try:
    next(o)
except StopIteration as e:
    print("outer stop", e.value)
o = outer(); next(o)
o.close()
print("closed outer", o.gi_yieldfrom)
o = outer(); next(o)
print(o.gi_yieldfrom.__name__ if o.gi_yieldfrom else None)
class It:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration(99)
        return self.n
    def send(self, v):
        print("It.send", v)
        return self.__next__()
    def throw(self, *a):
        print("It.throw", a[0].__class__.__name__ if not isinstance(a[0], type) else a[0].__name__)
        raise StopIteration(-1)
    def close(self):
        print("It.close")
def deleg():
    r = yield from It()
    print("deleg got", r)
    yield "after"
d = deleg()
print(next(d), d.send("v"), next(d))
d = deleg(); next(d)
print(d.throw(ValueError))
d = deleg(); next(d); d.close()
# generator expressions: scope, laziness, errors at first next
it = (1 / x for x in [1, 0])
print(next(it))
try:
    next(it)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    (x for x in 5)
except TypeError as e:
    print("TypeError:", e)
ge = (x * y for x in range(3) for y in range(x) if y)
print(list(ge), list(ge), type(ge).__name__, ge.__name__, ge.__qualname__)
def qual():
    return (i for i in [])
print(qual().__qualname__, gen().__name__, gen.__name__)
async def co():
    return 1
c = co()
for bad in [lambda: iter(c), lambda: next(c), lambda: list(c), lambda: [x for x in c]]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
def yf():
    yield from c
try:
    next(yf())
except TypeError as e:
    print("TypeError:", e)
c.close()
