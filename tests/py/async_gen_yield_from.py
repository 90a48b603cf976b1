# yield from is not allowed in an async function.
async def f():
    x = 1
    yield from g()
