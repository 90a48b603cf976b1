a = object()
b = object()
print(a == a, a == b, a != b, a is a, hash(a) == hash(a), type(a), type(a).__name__)
print(repr(a).startswith("<object object at 0x"), str(a).startswith("<object object at"))
d = {a: 1, b: 2}
print(d[a], d[b], len({a: 0, a: 1}))
try:
    a.x = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    print(a.y)
except AttributeError as e:
    print("AttributeError:", e)
print(isinstance(a, object), bool(a), a.__class__ is object)
MISSING = object()
def get(d, k, default=MISSING):
    if default is MISSING:
        return "no default"
    return default
print(get({}, 1), get({}, 1, 5))
try:
    object(1)
except TypeError as e:
    print("TypeError:", e)
