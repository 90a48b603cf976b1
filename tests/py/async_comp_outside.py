# An async for clause outside an async function.
async def ag():
    yield 1
def f():
    return [x async for x in ag()]
