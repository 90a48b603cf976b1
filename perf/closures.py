# Closure-heavy code: counters with nonlocal state, function factories, callbacks
# and decorators, all calling through cells.

N = 1600000


def make_counter():
    count = 0

    def inc(step):
        nonlocal count
        count += step
        return count

    return inc


def make_affine(a, b):
    def f(x):
        return a * x + b

    return f


def compose(f, g):
    def h(x):
        return f(g(x))

    return h


def memo_calls(fn):
    calls = 0

    def wrapper(x):
        nonlocal calls
        calls += 1
        return fn(x)

    def count():
        return calls

    return wrapper, count


def main():
    inc = make_counter()
    for i in range(N):
        inc(i & 7)
    print("counter", inc(0))

    fs = [make_affine(i, i + 1) for i in range(16)]
    total = 0
    for i in range(N):
        total += fs[i & 15](i)
    print("affine", total)

    h = compose(make_affine(3, 1), make_affine(2, -1))
    acc = 0
    for i in range(N):
        acc = (acc + h(i)) % 1000003
    print("compose", acc)

    wrapped, count = memo_calls(lambda x: x * 2 + 1)
    s = 0
    for i in range(N):
        s += wrapped(i)
    print("wrapper", s, count())

    key = 7
    pairs = [(i * key % 101, i) for i in range(N // 4)]
    pairs.sort(key=lambda p: (p[0] * key) % 97)
    print("sort key", pairs[0], pairs[-1])


main()
