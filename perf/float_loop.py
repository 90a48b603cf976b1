# Mandelbrot set over a small grid: float arithmetic in tight loops.

N = 400


def mandel(cr, ci, max_iter):
    zr = 0.0
    zi = 0.0
    n = 0
    while n < max_iter:
        zr2 = zr * zr
        zi2 = zi * zi
        if zr2 + zi2 > 4.0:
            return n
        zi = 2.0 * zr * zi + ci
        zr = zr2 - zi2 + cr
        n = n + 1
    return max_iter


def main():
    w = N
    h = N * 3 // 5
    max_iter = 300
    total = 0
    inside = 0
    rows = []
    for y in range(h):
        ci = -1.2 + 2.4 * y / h
        line = []
        for x in range(w):
            cr = -2.1 + 3.0 * x / w
            k = mandel(cr, ci, max_iter)
            total += k
            if k == max_iter:
                inside += 1
                line.append("#")
            else:
                line.append(".")
        rows.append("".join(line))
    print(f"total iterations: {total}")
    print(f"inside points: {inside}")
    print(rows[h // 3][w // 5:w * 4 // 5:2])


main()
