# tuple unpacking assignment
a, b = 1, 2
print(a, b)
a, b, c = [10, 20, 30]
print(a, b, c)
x, y = 'hi'
print(x, y)
(p, q) = (3, 4)
print(p, q)
[m, n] = 5, 6
print(m, n)
i = j = k = 0
print(i, j, k)
first, second = range(2)
print(first, second)
t = 7, 8, 9
u, v, w = t
print(u + v + w)
k1, k2 = {'one': 1, 'two': 2}
print(k1, k2)
a, b = b, a + b
print(a, b)
lst = [0, 0, 0]
lst[0], lst[2] = 'L', 'R'
print(lst)
d = {}
d['x'], d['y'] = 1, 2
print(d)
