# calls with *seq unpacking
def f(a, b, c):
    return a * 100 + b * 10 + c
args = [1, 2, 3]
print(f(*args))
print(f(*(4, 5, 6)))
print(f(7, *[8, 9]))
print(f(*[1], *(2,), 3))
print(f(*range(3)))
def g(*args):
    return args
print(g(*'abc'))
print(g(*[1, 2], 3, *[4]))
print(g(*{'k1': 1, 'k2': 2}))
print(max(*[3, 9, 2]))
print(*[1, 2, 3])
print(*'xyz', sep=',')
