# Closures: cells, nonlocal, late binding, defaults at definition time, deep nesting.

def make_counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get

inc, get = make_counter()
inc()
inc(5)
print("counter", get(), inc(), get())

def adders():
    fs = []
    for i in range(3):
        fs.append(lambda x: x + i)
    return fs

print("late binding", [f(10) for f in adders()])

def adders_default():
    fs = []
    for i in range(3):
        fs.append(lambda x, i=i: x + i)
    return fs

print("defaults", [f(10) for f in adders_default()])

def three_deep():
    a = "a"
    def level2():
        b = "b"
        def level3():
            c = "c"
            def level4():
                return a + b + c
            return level4
        return level3
    return level2()()()

print("deep", three_deep())

def param_captured(x, y=2):
    def inner():
        return x * y
    x += 1
    return inner

print("param", param_captured(3)())

def shared():
    value = []
    def push(v):
        value.append(v)
    def pop():
        return value.pop()
    return push, pop

push, pop = shared()
push(1)
push(2)
print("shared", pop(), pop())

def rebind_outer():
    x = 1
    def f():
        return x
    x = 2
    r1 = f()
    x = 3
    return r1, f()

print("rebind", rebind_outer())

def nonlocal_chain():
    x = 0
    def mid():
        def inner():
            nonlocal x
            x += 10
        inner()
        inner()
    mid()
    return x

print("nonlocal chain", nonlocal_chain())

def closure_over_loop_var_in_while():
    funcs = []
    n = 0
    while n < 3:
        def f():
            return n
        funcs.append(f)
        n += 1
    return [f() for f in funcs]

print("while", closure_over_loop_var_in_while())

def class_in_function(k):
    class Box:
        size = k * 2
        def get(self):
            return k
        def twice(self):
            return [k for _ in range(2)]
    return Box

B = class_in_function(7)
print("class", B.size, B().get(), B().twice(), B.__qualname__)

def method_factory():
    calls = 0
    class Tracker:
        def hit(self):
            nonlocal calls
            calls += 1
            return calls
    t = Tracker()
    t.hit()
    t.hit()
    return calls

print("nonlocal from method", method_factory())

def recursive_inner(n):
    def fact(k):
        return 1 if k <= 1 else k * fact(k - 1)
    return fact(n)

print("recursive", recursive_inner(10))

def deleted_cell():
    x = 5
    def read():
        return x
    del x
    try:
        read()
    except NameError as e:
        print("deleted:", type(e).__name__, e)
    x = 6
    return read()

print("deleted then rebound", deleted_cell())

def compose(*fs):
    def run(v):
        for f in reversed(fs):
            v = f(v)
        return v
    return run

print("compose", compose(lambda v: v + 1, lambda v: v * 10)(4))

def global_inside_nested():
    def setter():
        global G
        G = "set by nested"
    setter()

global_inside_nested()
print(G)

def kw_closure(prefix):
    def fmt(*args, sep=", ", **kw):
        return prefix + sep.join(str(a) for a in args) + str(sorted(kw))
    return fmt

print(kw_closure("> ")(1, 2, 3, sep="|", z=1, a=2))

print(make_counter.__code__.co_name if hasattr(make_counter, "__code__") else "make_counter")
print(inc.__qualname__, get.__name__)
