# tuples: indexing, slicing, concatenation, comparison, nesting
t = (10, 20, 30, 40, 50)
print(t[0], t[-1], t[1:3], t[::-1], t[::2], t[:])
print(t + (60,), (0,) + t, t * 2, () * 5)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9), (1, 2) == (1, 2))
print((1, 'a') == (1, 'a'), (1, 2) != (2, 1), () < (0,))
n = (1, (2, 3), [4, 5])
print(n[1][0], n[2][1], len(n))
n[2].append(6)
print(n)
print(len(t), 30 in t, 35 in t)
a, b = (1, 2)
print(a, b)
try:
    t[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    t[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
print(tuple([1, 2]), tuple('ab'), tuple(), tuple(range(3)))
