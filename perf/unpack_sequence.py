# Tuple/list packing and unpacking: swaps, multi-assignment, starred targets.

N = 1200000


def swaps(n):
    a = 1
    b = 2
    c = 3
    d = 4
    acc = 0
    for i in range(n):
        a, b = b, a
        b, c, d = d, b, c
        a, b, c, d = d, c, b, a
        acc += a - d + (b ^ c)
        a, b = b, a + i % 7
        a, c = c % 1000, a
    return acc + a + b + c + d


def fib_pairs(n):
    a, b = 0, 1
    s = 0
    for i in range(n):
        a, b = b, (a + b) % 1000003
        s += a
    return s


def unpack_tuples(n):
    points = []
    for i in range(200):
        points.append((i, i * 3 % 17, i * 7 % 23))
    sx = 0
    sy = 0
    sz = 0
    reps = n // 200
    for r in range(reps):
        for x, y, z in points:
            sx += x
            sy += y
            sz += z
        x, y, z = points[r % 200]
        sx -= x
        (p, q), w = (y, z), x
        sy += p - q + w
    return sx, sy, sz


def starred(n):
    lst = [5, 3, 9, 1, 7, 2]
    total = 0
    for i in range(n // 4):
        first, *rest = lst
        *init, last = lst
        head, *mid, tail = lst
        total += first * len(rest) + last * len(init) + head - tail + len(mid)
        lst[i % 6] = (lst[i % 6] + i) % 11
    return total


def returns_many(i):
    return i, i + 1, i * 2, [i % 3, i % 5]


def call_unpack(n):
    acc = 0
    for i in range(n):
        a, b, c, (d, e) = returns_many(i)
        acc = (acc + a * b - c + d * e) % 1000000007
    return acc


def rotate(n):
    v = [1, 2, 3, 4, 5]
    for i in range(n):
        v[0], v[1], v[2], v[3], v[4] = v[1], v[2], v[3], v[4], (v[0] + i) % 97
    return v


def main():
    print(f"swaps: {swaps(N)}")
    print(f"fib pairs: {fib_pairs(N)}")
    print(f"tuples: {unpack_tuples(N * 5)}")
    print(f"starred: {starred(N)}")
    print(f"call unpack: {call_unpack(N)}")
    print(f"rotate: {rotate(N)}")


main()
