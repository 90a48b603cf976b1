# contextlib's async pieces, driven without an event loop: coroutines that never
# suspend on a real future finish at their first send(None).
from contextlib import (asynccontextmanager, AsyncExitStack, aclosing, nullcontext,
                        AbstractAsyncContextManager, AsyncContextDecorator)


def run(coro):
    try:
        coro.send(None)
    except StopIteration as stop:
        return stop.value
    raise AssertionError("coroutine suspended")


@asynccontextmanager
async def resource(name):
    print("open", name)
    try:
        yield name.upper()
    except KeyError as e:
        print("swallowed", e)
    finally:
        print("close", name)


async def main():
    async with resource("a") as r:
        print("using", r)
    async with resource("b"):
        raise KeyError("k")
    print("after swallow")
    try:
        async with resource("c"):
            raise ValueError("v")
    except ValueError as e:
        print("propagated", e)
    return "main done"


print(run(main()))


@asynccontextmanager
async def noyield():
    if False:
        yield


@asynccontextmanager
async def twice():
    yield
    yield


async def errors():
    for factory in (noyield, twice):
        try:
            async with factory():
                pass
        except RuntimeError as e:
            print(type(e).__name__, e)
    stop = StopAsyncIteration("s")
    try:
        async with resource("d"):
            raise stop
    except StopAsyncIteration as e:
        print("StopAsyncIteration propagated", e is stop)


run(errors())


@resource("deco")
async def decorated(x):
    print("decorated body", x)
    return x + 1


print(run(decorated(1)), run(decorated(2)))


class Closable:
    async def aclose(self):
        print("aclosed")


async def stacks():
    async with AsyncExitStack() as stack:
        print(await stack.enter_async_context(resource("s1")))
        print(stack.enter_context(nullcontext("sync")))

        async def acb(x):
            print("async callback", x)

        stack.push_async_callback(acb, 1)
        stack.callback(print, "sync callback")

        async def aexit(t, v, tb):
            print("async exit fn", t.__name__)
            return True

        stack.push_async_exit(aexit)
        raise IndexError("suppressed by aexit")
    print("stack done")
    try:
        await AsyncExitStack().enter_async_context(object())
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        await AsyncExitStack().enter_async_context(5)
    except TypeError as e:
        print(type(e).__name__, e)
    stack = AsyncExitStack()
    await stack.enter_async_context(resource("s2"))
    moved = stack.pop_all()
    await stack.aclose()
    print("moved pending")
    await moved.aclose()
    async with aclosing(Closable()) as c:
        print(type(c).__name__)
    async with nullcontext(7) as n:
        print("async nullcontext", n)


run(stacks())
print(issubclass(type(resource("x")), AbstractAsyncContextManager))
print(isinstance(AsyncExitStack(), AbstractAsyncContextManager))


class Deco(AsyncContextDecorator):
    async def __aenter__(self):
        print("Deco enter")

    async def __aexit__(self, *exc):
        print("Deco exit")


@Deco()
async def g():
    return "g result"


print(run(g()))
