# Asynchronous comprehensions: async for clauses, await in the element, conditions
# and inner iterables, nested ones, async generator expressions (also made in a
# plain function), and their errors.
class Sleep:
    def __init__(self, label):
        self.label = label
    def __await__(self):
        got = yield ("sleep", self.label)
        return got

def run(coro):
    step = 0
    value = None
    while True:
        try:
            request = coro.send(value)
        except StopIteration as e:
            return e.value
        print("  loop got", request)
        step += 1
        value = step * 100

async def agen(n):
    for i in range(n):
        await Sleep(i)
        yield i

async def double(x):
    await Sleep("double %d" % x)
    return x * 2

async def main():
    a = [x async for x in agen(3)]
    b = {x: x * x async for x in agen(2) if x}
    c = {x async for x in agen(3)}
    d = [await double(x) for x in range(2)]
    e = [y async for x in agen(2) for y in range(x + 1)]
    f = [[y async for y in agen(x)] for x in range(3)]
    g = (x * 10 async for x in agen(3))
    print("  genexp type", type(g).__name__)
    h = [v async for v in g]
    i = [x for x in range(3) if await double(x) > 1]
    j = (await double(x) for x in range(2))
    k = [v async for v in j]
    return a, b, c, d, e, f, h, i, k
print(run(main()))
def sync():
    return (x async for x in agen(1))
s = sync()
print(type(s).__name__)
async def use_sync():
    return [v async for v in s]
print(run(use_sync()))
async def errors():
    try:
        items = [1, 2]
        [x async for x in items]
    except TypeError as e:
        print("  TypeError:", e)
    try:
        [x for x in agen(1)]
    except TypeError as e:
        print("  TypeError:", e)
    return "errors ok"
print(run(errors()))
