# Scopes: comprehensions (also in class bodies), the walrus operator, global in nested
# functions, nonlocal three deep, late binding, defaults, unbound locals and cells.
# comprehension scopes
x = "global x"
print([x for x in range(3)], x)
print({x: x * 2 for x in "ab"}, {x for x in (1, 1, 2)}, x)
print([(i, j) for i in range(3) if i for j in range(i) if j != 1])
print([[c for c in row] for row in ["ab", "cd"]])
def f():
    y = 10
    return [y + i for i in range(3)], [lambda: i for i in range(3)][0](), [(lambda: y)() for _ in "a"]
print(f())
class K:
    v = 5
    items = [v * 2 for _ in range(2)] if False else None
    first = [i for i in range(3)]
    try:
        bad = [v for _ in range(2)]
    except NameError as e:
        err = str(e)
print(K.first, K.err)
try:
    [undefined_name for _ in range(1)]
except NameError as e:
    print("NameError:", e)
try:
    print(i)
except NameError as e:
    print("NameError:", e)
# walrus
data = [1, 5, 12, 7, 20]
if (n := len(data)) > 3:
    print("n", n)
print([y for v in data if (y := v * 2) > 10], y)
def w():
    print([last := v for v in "abc"], last)
    total = 0
    while (chunk := total + 1) < 4:
        total = chunk
    return total, chunk
print(w())
print((z := 5) + z, z)
def counter():
    seen = [c := 0]
    return [c := c + 1 for _ in range(3)], c
print(counter())
# global declared in nested functions
g1 = 0
def outer():
    def inner():
        global g1
        g1 += 1
        return g1
    g1_local = inner() + inner()
    return g1_local
print(outer(), g1)
def outer2():
    g2 = "outer local"
    def inner():
        global g2
        g2 = "set globally"
    inner()
    return g2
print(outer2(), g2)
def nested3():
    def a():
        def b():
            global g3
            g3 = "deep"
        b()
    a()
nested3()
print(g3)
# nonlocal 3 deep, rebinding, and shadowing
def l1():
    v = 1
    def l2():
        def l3():
            nonlocal v
            v += 10
            return v
        return l3() + l3()
    return l2(), v
print(l1())
def shadow():
    v = "outer"
    def mid():
        v = "mid"
        def inner():
            return v
        return inner()
    return mid(), v
print(shadow())
def late():
    fs = [lambda: k for k in range(3)]
    gs = []
    for k in range(3):
        gs.append(lambda: k)
    k = 99
    return [f() for f in fs], [g() for g in gs]
print(late())
def default_time():
    v = 1
    def f(a=v):
        return a
    v = 2
    return f(), f(5)
print(default_time())
def unbound_later():
    def get():
        return late_var
    try:
        get()
    except NameError as e:
        print("NameError:", e)
    late_var = 1
    return get()
print(unbound_later())
def local_before_assign():
    try:
        print(q)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    q = 1
local_before_assign()
def del_then_read():
    a = 1
    del a
    try:
        a
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
del_then_read()
def cell_del():
    c = 1
    def r():
        return c
    del c
    try:
        r()
    except NameError as e:
        print("NameError:", e)
    try:
        c
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
cell_del()
