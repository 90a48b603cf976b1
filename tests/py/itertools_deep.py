# Native iterators nested deep work as in CPython, and nested far deeper they raise
# RecursionError instead of overflowing the stack (CPython would crash there: the
# program stops short of that depth for CPython).
import itertools, sys
c = iter([1, 2])
for i in range(100000):
    c = itertools.chain(c)
print(list(c))
if sys.implementation.name != "cpython":
    c = iter([1, 2])
    for i in range(1000000):
        c = itertools.chain(c)
    try:
        list(c)
    except RecursionError:
        pass
print("done")
