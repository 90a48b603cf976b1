# Function attributes, decorators with arguments that close over state, and
# unpacking in calls and displays.

def deco_with_args(prefix, times=1):
    def decorate(fn):
        def wrapper(*args, **kwargs):
            out = []
            for _ in range(times):
                out.append(prefix + str(fn(*args, **kwargs)))
            return out
        wrapper.__name__ = fn.__name__
        wrapper.__doc__ = fn.__doc__
        wrapper.wrapped = fn
        return wrapper
    return decorate

def count_calls(fn):
    def inner(*a):
        inner.calls += 1
        return fn(*a)
    inner.calls = 0
    return inner

@count_calls
@deco_with_args(">", times=2)
def add(a, b=1, *, scale=1):
    """Adds."""
    return (a + b) * scale

print(add(1), add(2, 3), add.calls)
print(add.__qualname__, add.__name__)

def f(a, b=2, /, c=3, *args, d, e=5, **kw):
    """Doc of f."""
    return a, b, c, args, d, e, kw

print(f.__name__, f.__qualname__, f.__doc__)
print(f.__defaults__, f.__kwdefaults__)
print(f.__code__.co_name)
print(f(1, d=4), f(1, 2, 3, 4, 5, d=6, z=7))
f.tag = "tagged"
f.count = 3
print(f.tag, f.count, sorted(f.__dict__))

def outer():
    def inner():
        pass
    return inner

print(outer().__qualname__, (lambda: 0).__name__, (lambda: 0).__qualname__)

def g(*args, **kwargs):
    return args, sorted(kwargs.items())

a = [1, 2]
b = (3,)
c = {"x": 1}
d = {"y": 2}
print(g(*a, *b, **c, **d))
print(g(0, *a, 9, *b, k=1, **c))
print([*a, *b, *"cd"], (*a, *b), {**c, **d, "z": 3})
first, *middle, last = range(6)
print(first, middle, last)
(p, q), *rest = [(1, 2), 3, 4]
print(p, q, rest)
for x, *ys in [(1, 2, 3), (4,)]:
    print(x, ys)

for call in [lambda: f(), lambda: f(1), lambda: f(1, d=1, a=2), lambda: g(**{1: 2})]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError:", e)
