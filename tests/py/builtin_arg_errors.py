# Argument errors of the iteration builtins and of other native functions, worded as
# CPython words them for functions written in C.
import builtins
for f in ['enumerate','zip','map','filter','reversed','sorted','iter','next','sum','min','max','any','all']:
    try:
        getattr(builtins,f)()
    except TypeError as e: print(f, e)
for f in ['enumerate','zip','map','filter','reversed','sorted','iter','next','sum','min','max','any','all']:
    try:
        getattr(builtins,f)([1], [2], bogus=1)
    except TypeError as e: print(f, e)
for f in ['enumerate','sum', 'sorted']:
    try:
        getattr(builtins,f)([1], bogus=1)
    except TypeError as e: print(f, e)
print(list(enumerate(iterable="ab", start=2)))
try:
    enumerate([1], 2, start=3)
except TypeError as e: print(e)
try:
    sum([1], 2, start=3)
except TypeError as e: print(e)
try:
    sum(iterable=[1])
except TypeError as e: print(e)
cases = [("reversed()", lambda: reversed()), ("reversed(1,2)", lambda: reversed(1, 2)), ("filter()", lambda: filter()), ("filter(1)", lambda: filter(1)),
 ("filter(1,2,3)", lambda: filter(1, 2, 3)), ("map()", lambda: map()), ("iter()", lambda: iter()), ("iter(1,2,3)", lambda: iter(1, 2, 3)),
 ("next()", lambda: next()), ("next(1,2,3)", lambda: next(1, 2, 3)), ("sorted()", lambda: sorted()), ("divmod()", lambda: divmod()),
 ("len()", lambda: len()), ("len(1,2)", lambda: len(1, 2))]
for c, f in cases:
    try: f()
    except TypeError as e: print(c, '|', e)
import os, importlib
cases = [
 ("int", lambda: int(bogus=1)), ("str", lambda: str(bogus=1)), ("bytes", lambda: bytes(bogus=1)),
 ("bytearray", lambda: bytearray(bogus=1)), ("round", lambda: round(1, bogus=1)), ("pow", lambda: pow(1, 2, bogus=1)),
 ("split", lambda: "a".split(bogus=1)), ("rsplit", lambda: "a".rsplit(bogus=1)), ("encode", lambda: "a".encode(bogus=1)),
 ("decode", lambda: b"a".decode(bogus=1)), ("splitlines", lambda: "a".splitlines(bogus=1)), ("expandtabs", lambda: "a".expandtabs(bogus=1)),
 ("property", lambda: property(bogus=1)), ("from_bytes", lambda: int.from_bytes(b"a", bogus=1)), ("to_bytes", lambda: (1).to_bytes(1, bogus=1)),
 ("hex", lambda: b"a".hex(bogus=1)), ("__import__", lambda: __import__("os", bogus=1)),
 ("import_module", lambda: importlib.import_module("os", bogus=1)), ("open", lambda: open("x", bogus=1)), ("getenv", lambda: os.getenv("x", bogus=1)),
 ("int3", lambda: int(1, 2, 3)), ("str4", lambda: str(1, 2, 3, 4)), ("round3", lambda: round(1, 2, 3)), ("split3", lambda: "a".split(1, 2, 3)),
 ("intkw", lambda: int(1, 2, base=3)), ("round_nd", lambda: round(number=1.5, ndigits=1, bogus=1)),
 ("str_kw", lambda: str(object=1, encoding="x", errors="y", bogus=1)), ("encode_many", lambda: "a".encode("utf-8", "strict", "x")),
 ("sorted", lambda: sorted([1], bogus=1)), ("sorted2", lambda: sorted([1], [2])), ("listsort", lambda: [].sort(bogus=1)),
 ("dictpop", lambda: {}.pop()), ("round0", lambda: round()), ("pow0", lambda: pow()), ("pow1", lambda: pow(1)),
 ("int_from", lambda: int.from_bytes()), ("divmod", lambda: divmod(1)),
]
for name, f in cases:
    try:
        f()
        print(name, "ok")
    except (TypeError, ValueError, FileNotFoundError) as e:
        print(name, type(e).__name__, e)
