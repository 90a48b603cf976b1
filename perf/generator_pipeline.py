# Generator pipelines: chained generators, generator expressions and yield from,
# consumed by for loops and builtins.

N = 2000000


def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def evens(src):
    for x in src:
        if x % 2 == 0:
            yield x


def scaled(src, k):
    for x in src:
        yield x * k


def windows(src, size):
    buf = []
    for x in src:
        buf.append(x)
        if len(buf) == size:
            yield buf[0] + buf[-1]
            buf = []


def flatten(groups):
    for g in groups:
        yield from g


def main():
    total = 0
    for v in windows(scaled(evens(numbers(N)), 3), 4):
        total += v
    print("pipeline", total)

    s = sum(x * x for x in range(N) if x % 3)
    print("genexpr sum", s)

    groups = [list(range(i % 7)) for i in range(N // 10)]
    print("yield from", sum(flatten(groups)))

    count = 0
    for _ in zip(numbers(N), numbers(N)):
        count += 1
    print("zip", count)

    print("max", max(scaled(numbers(N // 2), 7)))


main()
