# range iteration, len, indexing, repr, in
r = range(5)
print(r, repr(range(1, 10)), range(0, 10, 2), range(10, 0, -1), range(0))
print(len(r), len(range(1, 10, 3)), len(range(10, 1)), len(range(0, -10, -3)))
print(r[0], r[-1], range(10, 20, 3)[2], range(10, 20, 3)[-1])
print(list(r), list(range(2, 8)), list(range(1, 10, 4)))
print(3 in r, 5 in r, -1 in r, 2.0 in r)
for i in range(3):
    print('i =', i)
print(range(0, 10, 3)[1:3], list(range(10)[::-3]))
print(range(3) == range(0, 3), range(0) == range(5, 2))
print(sum(range(101)), list(range(-3, 3)))
try:
    range(5)[5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    range(1, 2, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    range(1.5)
except TypeError as e:
    print(type(e).__name__, e)
