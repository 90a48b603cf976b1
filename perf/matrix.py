# Nested-list matrix multiply: list indexing and float/int arithmetic.

N = 200


def make_matrix(n, seed):
    m = []
    x = seed
    for i in range(n):
        row = []
        for j in range(n):
            x = (x * 1103515245 + 12345) % 2147483648
            row.append((x >> 16) % 100 - 50)
        m.append(row)
    return m


def matmul(a, b, n):
    c = []
    for i in range(n):
        ai = a[i]
        row = [0] * n
        for k in range(n):
            aik = ai[k]
            bk = b[k]
            for j in range(n):
                row[j] += aik * bk[j]
        c.append(row)
    return c


def transpose(m, n):
    t = []
    for j in range(n):
        col = []
        for i in range(n):
            col.append(m[i][j])
        t.append(col)
    return t


def matmul_dot(a, bt, n):
    c = []
    for i in range(n):
        ai = a[i]
        row = []
        for j in range(n):
            bj = bt[j]
            s = 0.0
            for k in range(n):
                s += ai[k] * bj[k]
            row.append(s)
        c.append(row)
    return c


def checksum(m, n):
    s = 0
    for i in range(n):
        row = m[i]
        for j in range(n):
            s = (s * 31 + int(row[j])) % 1000000007
    return s


def main():
    n = N
    a = make_matrix(n, 42)
    b = make_matrix(n, 7)
    c = matmul(a, b, n)
    d = matmul_dot(c, transpose(a, n), n)
    print(f"n = {n}")
    print(f"c checksum: {checksum(c, n)}")
    print(f"d checksum: {checksum(d, n)}")
    print(f"c[3][5] = {c[3 % n][5 % n]}, d[7][11] = {d[7 % n][11 % n]}")


main()
