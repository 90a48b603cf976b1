# Native consumers of generators (sum, min/max, any/all, list, sorted, tuple, zip,
# map, enumerate): how far they run the generator, the generator's state while their
# callbacks run, and errors raised on either side.


def count(n, log=None):
    i = 0
    while i < n:
        if log is not None:
            log.append(i)
        yield i
        i += 1
    if log is not None:
        log.append("end")


# any/all stop early and leave the generator suspended where it was
g = count(10)
print(any(x > 3 for x in g))
print(next(g), next(g))
g = count(10)
print(all(x < 5 for x in g), list(g))
log = []
g = count(6, log)
print(any(v == 2 for v in g), log)
print(list(g), log)

# the key function sees the generator suspended, and may resume it
g = count(10)
def key(x):
    print("key", x, g.gi_running, g.gi_suspended if hasattr(g, "gi_suspended") else "")
    return -x
print(max(g, key=key))

g = count(10)
def skip(x):
    try:
        nxt = next(g)
    except StopIteration:
        nxt = None
    print("skip", x, nxt)
    return x
print(max(g, key=skip))

def runs_out(x):
    for _ in g2:
        pass
    return x
g2 = count(5)
print(min(g2, key=runs_out))

# a key that re-enters the generator it is called for while it runs
def self_ref():
    yield 1
    yield 2
gen = self_ref()
try:
    print(max(gen, key=lambda x: gen.send(None)))
except StopIteration as e:
    print("StopIteration", e)
except ValueError as e:
    print("ValueError", e)

# errors raised by the consumer leave the generator suspended
g = count(10)
try:
    sum(x if x != 3 else "three" for x in g)
except TypeError as e:
    print("TypeError:", e)
g = count(10)
try:
    max(x if x != 3 else "three" for x in g)
except TypeError as e:
    print("TypeError:", e)
def key_raises(x):
    if x == 4:
        raise KeyError(x)
    return x
g = count(10)
try:
    min(g, key=key_raises)
except KeyError as e:
    print("KeyError", e, next(g))

# errors raised by the generator go through the consumer
def broken(n):
    yield from range(n)
    raise ValueError("broken after %d" % n)
for consumer in (sum, max, min, list, tuple, sorted, set, any, all):
    try:
        print(consumer(broken(3)))
    except ValueError as e:
        print(consumer.__name__, "ValueError:", e)
try:
    print(any(broken(3)))
except ValueError as e:
    print("any ValueError:", e)
print(all(x < 0 for x in broken(3)))

# StopIteration raised inside a generator becomes RuntimeError
def stops():
    yield 1
    raise StopIteration("inner")
for consumer in (sum, list, max):
    try:
        consumer(stops())
    except RuntimeError as e:
        print(consumer.__name__, "RuntimeError:", e, type(e.__cause__).__name__)

# the consumer's own generator handling: try/finally and close when abandoned
def guarded(n):
    try:
        for i in range(n):
            yield i
    finally:
        print("finally of guarded", n)
print(sum(guarded(4)))
g = guarded(5)
print(any(x == 1 for x in g))
g.close()
print(max(guarded(3)), min(guarded(3)), sorted(guarded(3), reverse=True))

# nested consumers: a generator whose body calls sum over another generator
def outer(n):
    for i in range(n):
        yield sum(j for j in range(i))
print(list(outer(6)), sum(outer(6)), max(outer(6)))

# values that need the general path: big ints, floats, objects with __add__
def mixed():
    yield 1
    yield 2 ** 70
    yield 0.5
    yield -3
print(sum(mixed()), max(mixed()), min(mixed()), sorted(mixed()))
class V:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return V(self.v + (o.v if isinstance(o, V) else o))
    __radd__ = __add__
    def __lt__(self, o):
        return self.v < o.v
    def __repr__(self):
        return "V(%r)" % self.v
print(sum((V(i) for i in range(5)), V(100)), max(V(i) for i in (3, 9, 2)))

# generators that were already started, finished, or running
g = count(5)
next(g)
print(sum(g), sum(g), list(g))
def running():
    yield sum(me)
me = running()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)

# send() values are None for each item a consumer takes
def echo():
    got = []
    while len(got) < 3:
        got.append((yield len(got)))
    print("echo got", got)
print(list(echo()))

# zip, map, enumerate, filter over generators, and zip(strict=True)
print(list(zip(count(3), count(5))))
print(list(map(lambda a, b: a * b, count(4), count(4))))
print(list(enumerate(count(3), 10)), list(filter(None, count(4))))
try:
    list(zip(count(3), count(4), strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip(count(4), count(3), count(4), strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(zip(count(3), count(3), strict=True)))
log = []
z = zip(count(2, log), count(1, log))
print(list(z), log)
