# Specialized instructions must deoptimize and still give CPython's results when the
# operand types seen at a site change after warm-up.

def add(a, b):
    return a + b

def less(a, b):
    return a < b

# ints, then floats, then strs, then lists through the same `+` site
total = 0
for i in range(200):
    total = add(total, i)
print(total)
print(add(1.5, 2), add(2, 1.5), add(2 ** 70, 1), add(2 ** 47, 2 ** 47))
print(add("ab", "cd"), add([1], [2]), add((1,), (2, 3)))
for i in range(50):
    total = add(total, 0.5)
print(total)

# comparisons over ints, floats, mixed, strs, tuples
flags = []
for a, b in [(1, 2), (3, 2), (1.5, 2), (2, 1.5), (1, 1.0), ("a", "b"), ((1, 2), (1, 3)), (2 ** 80, 1)]:
    flags.append(less(a, b))
print(flags)

# subscripts: list, then tuple, then dict, then str through one site
def first(x, k):
    return x[k]

for i in range(100):
    first([1, 2, 3], 1)
print(first([1, 2, 3], -1), first((4, 5, 6), 0), first({"k": 9}, "k"), first("xyz", 2), first([1, 2, 3], True))
try:
    first([1, 2, 3], 5)
except IndexError as e:
    print("IndexError", e)
try:
    first({}, "missing")
except KeyError as e:
    print("KeyError", e)

# stores
def put(x, k, v):
    x[k] = v

lst = [0] * 4
for i in range(100):
    put(lst, i % 4, i)
d = {}
put(d, "a", 1)
put(lst, -1, "last")
print(lst, d)

# a global rebound, deleted and re-created in the middle of a loop
g = 1
acc = 0
for i in range(1000):
    acc += g
    if i == 300:
        g = 10
    if i == 600:
        del g
        g = 100
print(acc)

# a builtin shadowed by a global halfway through
def length(x):
    return len(x)

out = []
for i in range(100):
    out.append(length("abc"))
len = lambda x: -1
out.append(length("abc"))
del len
out.append(length("abcd"))
print(sum(out), out[-3:])

# methods: the same site sees a list, then a str, then a dict
def count_of(x, v):
    return x.count(v)

print(count_of([1, 2, 1], 1))
r = 0
for i in range(100):
    r += count_of([1, 1, 2], 1)
print(r, count_of("banana", "a"), count_of((1, 1, 1), 1))

# for loops over a range, then a list, then a tuple, then a str from one site
def walk(seq):
    n = 0
    for x in seq:
        n += 1
    return n

print(walk(range(10)), walk([1, 2, 3]), walk((1, 2)), walk("abcd"), walk({"a": 1}))

# `in` on a dict, then a str, then a list
def has(c, x):
    return x in c

print(has({"a": 1}, "a"), has("abc", "b"), has([1, 2], 2), has({"a": 1}, "z"))
try:
    has("abc", 1)
except TypeError as e:
    print("TypeError", e)

# a call site that sees a Python function, then a builtin, then a bound method
def call(f, x):
    return f(x)

def double(x):
    return 2 * x

s = 0
for i in range(100):
    s += call(double, i)
print(s, call(abs, -3), call([].append, 1), call(str.upper, "q"))

# integer overflow inside specialized int arithmetic
big = 1
for i in range(100):
    big = big * 3
print(big)
x = 2 ** 47 - 1
for i in range(3):
    x = x + x
print(x, -x // 7, x % -7)

# str sites that later see other types
def cat(a, b):
    return a + b

def le(a, b):
    return a <= b

words = ""
for i in range(50):
    words = cat(words, "ab")
    le("a", "b")
print(len(words), cat(1, 2), cat([1], [2]), le("b", "a"), le(2, 1.5), le((1,), (1, 2)))
try:
    le("a", 1)
except TypeError as e:
    print("TypeError", e)
s = "x"
for i in range(30):
    s += "yz"
s += "é"
print(len(s), s[-3:])

# a builtin call site that then sees a Python function, then a type
def apply(f, x):
    return f(x)

n = 0
for i in range(100):
    n += apply(len, "abc")
print(n, apply(double, 4), apply(str, 5), apply(sorted, (3, 1, 2)))

# str iteration, ASCII and not, then other iterables through the same loop
def chars(seq):
    out = []
    for ch in seq:
        out.append(ch)
    return out

for i in range(20):
    chars("héllo wörld ✓")
print(chars("héllo ✓"), chars(""), chars(["x", "y"]), chars(("z",)), chars("ab"), chars(range(2)))
