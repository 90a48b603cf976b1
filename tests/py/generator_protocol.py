# Generators: yield, return values, send/throw/close, yield from, try/finally.

def countdown(n):
    while n > 0:
        yield n
        n -= 1
    return "done"

g = countdown(3)
print(type(g).__name__, next(g), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value, e.args)
print("after exhaustion:", next(g, "default"))

def echo():
    received = []
    try:
        while True:
            x = yield len(received)
            received.append(x)
    finally:
        print("echo finally, received", received)

e = echo()
print("first", e.send(None))
print("send a ->", e.send("a"))
print("send b ->", e.send("b"))
e.close()
print("closed; next gives", next(e, "nothing"))

def not_started():
    yield 1

ns = not_started()
try:
    ns.send(5)
except TypeError as err:
    print("TypeError:", err)
ns.close()
print("close unstarted then next:", next(ns, "empty"))

def catcher():
    while True:
        try:
            yield "waiting"
        except ValueError as err:
            print("caught inside:", err)
            yield "recovered"

c = catcher()
next(c)
print(c.throw(ValueError("bad")))
print(next(c))
try:
    c.throw(KeyError, "k")
except KeyError as err:
    print("KeyError propagated:", err)
print("after throw-through:", next(c, "finished"))

def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        print("ignoring GeneratorExit")
    yield 2

ig = ignores_exit()
next(ig)
try:
    ig.close()
except RuntimeError as err:
    print("RuntimeError:", err)

def inner():
    x = yield "inner-1"
    print("inner got", x)
    y = yield "inner-2"
    print("inner got", y)
    return "inner-result"

def outer():
    r = yield from inner()
    print("yield from returned", r)
    yield "outer-after"

o = outer()
print(next(o))
print(o.send("A"))
print(o.send("B"))
print(next(o, "end"))

def sub_catch():
    try:
        yield 1
    except ZeroDivisionError:
        yield "sub handled"
    return "sub done"

def delegating():
    result = yield from sub_catch()
    yield "delegate got " + result

d = delegating()
next(d)
print(d.throw(ZeroDivisionError))
print(next(d))

def closing_sub():
    try:
        yield 1
    finally:
        print("sub finally")

def closing_outer():
    try:
        yield from closing_sub()
    finally:
        print("outer finally")

co = closing_outer()
next(co)
co.close()

def from_list():
    yield from [1, 2, 3]
    yield from "ab"
    yield from range(2)
    r = yield from ()
    print("empty yield from:", r)

print(list(from_list()))

def pep479():
    yield 1
    raise StopIteration("oops")

try:
    list(pep479())
except RuntimeError as err:
    print("RuntimeError:", err, "| cause:", repr(err.__cause__))

def running():
    yield me.send(None)

me = running()
try:
    next(me)
except ValueError as err:
    print("ValueError:", err)

def fin():
    try:
        yield 1
        yield 2
    finally:
        print("fin cleanup")

for v in fin():
    print("loop", v)

def gen_with_args(a, b=10, *rest, key="k", **kw):
    yield a
    yield b
    yield rest
    yield key
    yield sorted(kw.items())

print(list(gen_with_args(1, 2, 3, 4, key="K", z=1)))

def early_return(flag):
    if flag:
        return 42
    yield 1

try:
    next(early_return(True))
except StopIteration as err:
    print("early return value", err.value)

print(countdown.__name__, countdown(2).__class__.__name__)
gi = iter(countdown(1))
print(gi is iter(gi))
