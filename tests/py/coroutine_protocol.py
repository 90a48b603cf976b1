# Coroutines at the language level: async def, await, async for, async with,
# __await__, driven by send/throw/close as an event loop would.

class Sleep:
    """An awaitable that suspends once, handing a request to the driver."""
    def __init__(self, label):
        self.label = label
    def __await__(self):
        reply = yield ("sleep", self.label)
        return "woke " + str(reply)

async def leaf(n):
    r = await Sleep(n)
    return n * 10, r

async def middle():
    a = await leaf(1)
    b = await leaf(2)
    return [a, b]

def run(coro):
    """Drive a coroutine to completion, answering each request with a counter."""
    step = 0
    value = None
    while True:
        try:
            request = coro.send(value)
        except StopIteration as e:
            return e.value, step
        print("  request:", request)
        step += 1
        value = step

print(run(middle()))

c = leaf(5)
print(type(c).__name__, c.__class__.__name__)
print(c.send(None))
try:
    c.send("x")
except StopIteration as e:
    print("done:", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

class Ticker:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        await Sleep("tick")
        return self.i

async def consume():
    got = []
    async for t in Ticker(3):
        got.append(t)
    else:
        got.append("else")
    async for t in Ticker(5):
        if t == 2:
            break
        got.append(-t)
    return got

print(run(consume()))

class Resource:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
    async def __aenter__(self):
        print("  enter", self.name)
        await Sleep("enter")
        return self.name.upper()
    async def __aexit__(self, t, e, tb):
        print("  exit", self.name, t.__name__ if t else None)
        return self.swallow

async def use():
    async with Resource("a") as x, Resource("b") as y:
        print("  body", x, y)
    async with Resource("c", swallow=True):
        raise ValueError("swallowed")
    try:
        async with Resource("d"):
            raise KeyError("kept")
    except KeyError as e:
        print("  caught", e)
    for i in range(3):
        async with Resource("loop%d" % i):
            if i == 1:
                break
    return "used"

print(run(use()))

async def thrower():
    try:
        await Sleep("wait")
    except ValueError as e:
        print("  coroutine caught", e)
        return "handled"

t = thrower()
print(t.send(None))
try:
    t.throw(ValueError("injected"))
except StopIteration as e:
    print("throw result:", e.value)

async def closer():
    try:
        await Sleep("forever")
    finally:
        print("  closer cleanup")

cl = closer()
cl.send(None)
cl.close()

async def bad_await():
    await 5

try:
    run(bad_await())
except TypeError as e:
    print("TypeError:", e)

async def plain():
    return 42

print(run(plain()))
aw = plain().__await__()
try:
    next(aw)
except StopIteration as e:
    print("via __await__:", e.value)
