# chained comparisons
x = 5
print(1 < x < 10, 1 < x > 10, 10 > x > 1)
print(1 < 2 < 3 < 4, 1 < 2 < 2 < 4)
print(1 == 1 == 1, 1 == 1 != 2, 1 != 2 != 1)
print(0 <= x <= 5 <= 5.0)
print('a' < 'b' < 'c', [1] < [2] < [3])
print(1 < 2 > 1 < 2)
def noisy(v):
    print('eval', v)
    return v
print(noisy(1) < noisy(2) < noisy(3))
print(noisy(3) < noisy(2) < noisy(1))
one = 1
print(one is one is not None)
print(1 in [1, 2] in [[1, 2]])
