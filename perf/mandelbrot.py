# Mandelbrot (benchmarks game): bit-packed rows over an N x N grid, summed as a checksum.

N = 600


def row_bytes(y, n, max_iter):
    ci = 2.0 * y / n - 1.0
    out = []
    bits = 0
    bit_num = 0
    for x in range(n):
        cr = 2.0 * x / n - 1.5
        zr = 0.0
        zi = 0.0
        tr = 0.0
        ti = 0.0
        i = 0
        while i < max_iter and tr + ti <= 4.0:
            zi = 2.0 * zr * zi + ci
            zr = tr - ti + cr
            tr = zr * zr
            ti = zi * zi
            i += 1
        bits = bits << 1
        if tr + ti <= 4.0:
            bits = bits | 1
        bit_num += 1
        if bit_num == 8:
            out.append(bits)
            bits = 0
            bit_num = 0
    if bit_num > 0:
        out.append(bits << (8 - bit_num))
    return out


def main():
    n = N
    max_iter = 50
    checksum = 0
    ones = 0
    mid = []
    for y in range(n):
        row = row_bytes(y, n, max_iter)
        for b in row:
            checksum = (checksum * 33 + b) % 4294967291
            v = b
            while v:
                ones += v & 1
                v = v >> 1
        if y == n // 3:
            mid = row
    print(f"P4 {n} {n}")
    print(f"checksum: {checksum}")
    print(f"points inside: {ones}")
    print(f"row {n // 3}: sum={sum(mid)} edge={mid[len(mid) * 3 // 8:len(mid) * 3 // 8 + 6]}")


main()
