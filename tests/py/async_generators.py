# Async generators (PEP 525) driven by a minimal event loop: async for, __anext__,
# asend, athrow, aclose (awaits in finally, GeneratorExit ignored), the awaitables'
# reuse and overlap errors, StopIteration/StopAsyncIteration raised inside, and
# coroutine.__await__()'s coroutine_wrapper.
# Async generators driven by a minimal event loop (send/throw/close), as asyncio would.
class Sleep:
    def __init__(self, label):
        self.label = label
    def __await__(self):
        got = yield ("sleep", self.label)
        return got

def run(coro):
    """Drive a coroutine to completion, answering each request with a counter."""
    step = 0
    value = None
    while True:
        try:
            request = coro.send(value)
        except StopIteration as e:
            return e.value
        print("  loop got", request)
        step += 1
        value = step

async def ticker(n):
    for i in range(n):
        woke = await Sleep(i)
        yield i * 10 + (woke or 0)
    print("  ticker done")

async def main():
    out = []
    async for v in ticker(3):
        out.append(v)
    else:
        out.append("else")
    async for v in ticker(5):
        if v > 20:
            break
        out.append(v)
    return out
print(run(main()))

async def plain_agen():
    yield 1
    yield 2
ag = plain_agen()
print(type(ag).__name__, ag.__name__, ag.__qualname__, repr(ag).startswith("<async_generator object plain_agen at "))
print(ag.ag_running, ag.ag_code.co_name, ag.ag_await, ag.__aiter__() is ag)
nx = ag.__anext__()
print(type(nx).__name__, hasattr(nx, "__await__"), nx.__await__() is nx)
try:
    nx.send(None)
except StopIteration as e:
    print("first value via StopIteration:", e.value)
try:
    nx.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
a2 = ag.asend(None)
try:
    a2.send(None)
except StopIteration as e:
    print("asend value:", e.value)
try:
    ag.asend(None).send(None)
except StopAsyncIteration as e:
    print("exhausted: StopAsyncIteration", e.args)
try:
    ag.asend(None).send(None)
except StopAsyncIteration:
    print("still exhausted")

# asend values flow into the yield expression
async def echo():
    got = []
    while True:
        v = yield len(got)
        if v is None:
            break
        got.append(v)
    print("  echo got", got)
async def use_echo():
    e = echo()
    first = await e.__anext__()
    a = await e.asend("x")
    b = await e.asend("y")
    try:
        await e.asend(None)
    except StopAsyncIteration:
        print("  echo finished")
    return first, a, b
print(run(use_echo()))
try:
    echo().asend(5).send(None)
except TypeError as e:
    print("TypeError:", e)

# athrow and aclose, with try/finally in the generator
async def guarded():
    try:
        yield "a"
        await Sleep("inside")
        yield "b"
    except KeyError as e:
        print("  guarded caught", repr(e))
        yield "after KeyError"
    finally:
        print("  guarded finally")
async def use_guarded():
    g = guarded()
    print("  ", await g.__anext__())
    print("  ", await g.athrow(KeyError("k")))
    await g.aclose()
    print("  closed, running:", g.ag_running)
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("  anext after aclose: StopAsyncIteration")
    g2 = guarded()
    await g2.aclose()
    g3 = guarded()
    await g3.__anext__()
    try:
        await g3.athrow(ValueError("v"))
    except ValueError as e:
        print("  athrow propagated", e)
    g4 = guarded()
    await g4.__anext__()
    await g4.__anext__()
    await g4.aclose()
    return "guarded ok"
print(run(use_guarded()))

async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "no"
async def use_stubborn():
    s = stubborn()
    await s.__anext__()
    try:
        await s.aclose()
    except RuntimeError as e:
        print("  RuntimeError:", e)
print(run(use_stubborn()))

async def awaits_in_finally():
    try:
        yield 1
    finally:
        print("  cleanup awaiting")
        got = await Sleep("cleanup")
        print("  cleanup got", got)
async def use_aif():
    g = awaits_in_finally()
    await g.__anext__()
    await g.aclose()
    return "aif ok"
print(run(use_aif()))

# StopIteration / StopAsyncIteration raised inside become RuntimeError
async def raises_stop():
    yield 1
    raise StopAsyncIteration
async def raises_stopiter():
    yield 1
    raise StopIteration
async def use_raisers():
    for f in (raises_stop, raises_stopiter):
        g = f()
        await g.__anext__()
        try:
            await g.__anext__()
        except RuntimeError as e:
            print("  RuntimeError:", e)
    return "raisers ok"
print(run(use_raisers()))

# exceptions inside the async for body and inside the generator
async def failing():
    yield 1
    raise ValueError("inside agen")
async def use_failing():
    got = []
    try:
        async for v in failing():
            got.append(v)
    except ValueError as e:
        got.append(str(e))
    return got
print(run(use_failing()))

# async generators are not iterable and not awaitable
ag = plain_agen()
for bad in [lambda: iter(ag), lambda: next(ag), lambda: list(ag)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
async def await_agen():
    await plain_agen()
try:
    run(await_agen())
except TypeError as e:
    print("TypeError:", e)
async def for_agen_sync():
    for x in plain_agen():
        pass
try:
    run(for_agen_sync())
except TypeError as e:
    print("TypeError:", e)
def yield_from_agen():
    yield from plain_agen()
try:
    next(yield_from_agen())
except TypeError as e:
    print("TypeError:", e)

# the same awaitable cannot be reused; a second anext while one is pending
async def slow():
    await Sleep("slow")
    yield "slow value"
async def overlap():
    g = slow()
    first = g.__anext__()
    first.send(None)
    try:
        g.__anext__().send(None)
    except RuntimeError as e:
        print("  RuntimeError:", e)
    try:
        first.send("resume")
    except StopIteration as e:
        print("  first finished with", e.value)
    return "overlap ok"
print(run(overlap()))

# coroutine.__await__() is a coroutine_wrapper iterator
async def plain():
    await Sleep("w")
    return 42
w = plain().__await__()
print(type(w).__name__, iter(w) is w, next(w))
try:
    w.send("x")
except StopIteration as e:
    print("wrapper result", e.value)
w2 = plain().__await__()
print(next(w2), w2.close())
async def awaits_wrapper():
    c = plain()
    try:
        return await c.__await__()
    finally:
        c.close()
try:
    run(awaits_wrapper())
except TypeError as e:
    print("TypeError:", e)
class UsesWrapper:
    def __await__(self):
        return plain().__await__()
async def via_wrapper():
    return await UsesWrapper()
print(run(via_wrapper()))
