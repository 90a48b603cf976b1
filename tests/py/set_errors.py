# Error messages of set operations (CPython's wording).

def attempt(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, "ok", r)

attempt("hash set", lambda: hash({1}))
attempt("set of list", lambda: set([[1]]))
attempt("display of list", lambda: {1, [2]})
attempt("display of set", lambda: {{1}})
attempt("dict key set", lambda: {{1}: 2})
attempt("comp of dict", lambda: {dict() for _ in range(1)})
attempt("add list", lambda: {1}.add([]))
attempt("in list", lambda: [] in {1})
attempt("in dict", lambda: {} in frozenset())
attempt("discard list", lambda: set().discard([1]))
attempt("remove missing", lambda: {1}.remove(2))
attempt("remove tuple", lambda: {1}.remove((1, 2)))
attempt("remove str", lambda: set().remove("k"))
attempt("pop empty", lambda: set().pop())
attempt("set int", lambda: set(5))
attempt("frozenset int", lambda: frozenset(5.5))
attempt("set two args", lambda: set([1], [2]))
attempt("frozenset two args", lambda: frozenset([1], [2]))
attempt("set kwargs", lambda: set(iterable=[1]))
attempt("frozenset kwargs", lambda: frozenset(iterable=[1]))
attempt("add no arg", lambda: {1}.add())
attempt("add two args", lambda: {1}.add(1, 2))
attempt("clear arg", lambda: {1}.clear(1))
attempt("pop arg", lambda: {1}.pop(0))
attempt("copy arg", lambda: {1}.copy(1))
attempt("union kwargs", lambda: {1}.union(x=1))
attempt("union int", lambda: {1}.union(1))
attempt("update int", lambda: {1}.update([2], 3))
attempt("intersection int", lambda: {1}.intersection(5))
attempt("difference None", lambda: {1}.difference(None))
attempt("issubset int", lambda: {1}.issubset(1))
attempt("issubset unhashable", lambda: {1}.issubset([1, []]))
attempt("issuperset short", lambda: {1}.issuperset([2, []]))
attempt("isdisjoint short", lambda: {1}.isdisjoint([1, []]))
attempt("symdiff two", lambda: {1}.symmetric_difference({1}, {2}))
attempt("symdiff none", lambda: {1}.symmetric_difference())
attempt("frozenset add", lambda: frozenset().add(1))
attempt("frozenset update", lambda: frozenset().update())
attempt("descriptor", lambda: set.add([], 1))
attempt("descriptor frozen", lambda: set.union(frozenset(), {1}))
attempt("unbound", lambda: set.union())
attempt("or list", lambda: {1} | [2])
attempt("and tuple", lambda: {1} & (1,))
attempt("sub list", lambda: [1] - {1})
attempt("xor int", lambda: {1} ^ 1)
attempt("add sets", lambda: {1} + {2})
attempt("mul set", lambda: {1} * 2)
attempt("lt list", lambda: {1} < [1])
attempt("ge tuple", lambda: (1,) >= {1})
attempt("le int", lambda: frozenset() <= 0)

def ior():
    s = {1}
    s |= [2]

def isub():
    s = {1}
    s -= (1,)

def iand():
    f = frozenset()
    f &= [1]

attempt("ior list", ior)
attempt("isub tuple", isub)
attempt("iand frozen list", iand)
attempt("index", lambda: {1}[0])
attempt("setitem", lambda: {1}.__setitem__)
attempt("neg", lambda: -{1})
attempt("keys minus int", lambda: {1: 2}.keys() - 1)
attempt("values or", lambda: {1: 2}.values() | {1})

# changing a set while iterating over it
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print("RuntimeError", e)
s = {1, 2, 3}
try:
    for x in s:
        s.discard(x)
except RuntimeError as e:
    print("RuntimeError", e)
it = iter({1, 2})
s2 = {5}
it2 = iter(s2)
s2.add(6)
try:
    next(it2)
except RuntimeError as e:
    print("sticky 1", e)
s2.discard(6)
try:
    next(it2)
except RuntimeError as e:
    print("sticky 2", e)
# same size: no error
s3 = {1, 2}
for x in s3:
    s3.discard(x)
    s3.add(x + 100)
    break
print(len(s3))
it3 = iter({1})
print(list(it3), list(it3))

# a warm loop (specialized iteration) sees the change too
def late_change():
    s = set(range(2000))
    n = 0
    try:
        for x in s:
            n += 1
            if n == 1500:
                s.add(-1)
    except RuntimeError as e:
        print("late", n, e)
    total = 0
    for x in s:
        total += x
    print(total)

late_change()

# an uncaught KeyError ends the program
s = {1, 2}
s.remove(3)
