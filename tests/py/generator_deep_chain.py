# A chain of 20,000 generators, each delegating to the next with yield from, built
# in a loop: resuming it is deeper than the recursion limit, a RecursionError (never a
# crash), and the chain still works once it is short enough. (CPython 3.11 itself
# crashes on chains of 50,000 and more; tests/generators.rs runs this at 100,000.)
def source():
    yield 1
    yield 2


def relay(inner):
    return (yield from inner)


g = source()
for _ in range(20000):
    g = relay(g)
try:
    print(next(g))
except RecursionError as e:
    print("RecursionError:", e)
for step in (lambda: g.send(None), lambda: g.throw(ValueError("x")), lambda: list(g), lambda: sum(g)):
    try:
        print(step())
    except (RecursionError, ValueError, StopIteration) as e:
        print(type(e).__name__ + ":", e)
g.close()

# a chain of awaits as deep
async def leaf():
    return "leaf"


async def link(inner):
    return await inner


c = leaf()
for _ in range(20000):
    c = link(c)
try:
    c.send(None)
except RecursionError as e:
    print("RecursionError:", e)
except StopIteration as e:
    print("StopIteration", e.value)
c.close()

# shallow chains work
g = source()
for _ in range(50):
    g = relay(g)
print(list(g))
