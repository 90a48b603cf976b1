# Native iterators nested deep work as in CPython, and nested far deeper they raise
# RecursionError instead of overflowing the stack (CPython would crash there: the
# program stops short of that depth for CPython).
import itertools, os, sys
# under PVM_GC_STRESS (a full collection at every safepoint) the deep runs are too slow
stressed = bool(os.environ.get("PVM_GC_STRESS"))
c = iter([1, 2])
for i in range(1000 if stressed else 100000):
    c = itertools.chain(c)
print(list(c))
if sys.implementation.name != "cpython" and not stressed:
    c = iter([1, 2])
    for i in range(1000000):
        c = itertools.chain(c)
    try:
        list(c)
    except RecursionError:
        pass
print("done")
