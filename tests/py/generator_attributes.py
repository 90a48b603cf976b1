def inner():
    yield 1
def outer():
    yield from inner()
g = outer()
print(g.__name__, g.__qualname__, g.gi_running, g.gi_code.co_name, g.gi_yieldfrom)
next(g)
print(g.gi_yieldfrom.__name__, g.gi_suspended if hasattr(g, "gi_suspended") else "-")
g.__name__ = "renamed"
print(g.__name__)
async def c():
    pass
co = c()
print(co.cr_running, co.cr_code.co_name, co.cr_await, co.__qualname__)
co.close()
