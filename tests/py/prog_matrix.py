# matrix multiplication and transpose
def matmul(a, b):
    rows = len(a)
    cols = len(b[0])
    inner = len(b)
    out = []
    for i in range(rows):
        row = []
        for j in range(cols):
            s = 0
            for k in range(inner):
                s += a[i][k] * b[k][j]
            row.append(s)
        out.append(row)
    return out
def identity(n):
    m = []
    for i in range(n):
        row = [0] * n
        row[i] = 1
        m.append(row)
    return m
a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
print(matmul(a, b))
print(matmul(b, a))
print(matmul(a, identity(3)) == a)
fib = [[1, 1], [1, 0]]
m = identity(2)
for i in range(90):
    m = matmul(m, fib)
print(m[0][1])
f = [[0.5, 1.5], [2.0, -1.0]]
print(matmul(f, f))
