# Comprehension-heavy code: list and dict comprehensions, nested and filtered.

N = 6000


def main():
    total = 0
    for r in range(N):
        squares = [i * i for i in range(1000)]
        odd = [s for s in squares if s & 1]
        table = {i: s for i, s in enumerate(odd)}
        total += len(odd) + table[100] + sum([v % 7 for v in table.values()])
    print("lists and dicts", total)

    grid = [[(x * y) % 10 for x in range(60)] for y in range(60)]
    acc = 0
    for r in range(N // 4):
        flat = [c for row in grid for c in row if c > 4]
        cols = [[row[c] for row in grid] for c in range(0, 60, 3)]
        acc += len(flat) + sum([col[r % 60] for col in cols])
    print("nested", acc)

    words = ["w%d" % (i % 500) for i in range(20000)]
    for _ in range(10):
        index = {w: i for i, w in enumerate(words)}
        lengths = [len(w) for w in words if w in index]
    print("index", len(index), sum(lengths))


main()
