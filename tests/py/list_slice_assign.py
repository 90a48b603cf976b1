# slice assignment
lst = list(range(10))
lst[2:5] = ['a', 'b', 'c']
print(lst)
lst[2:5] = ['X']
print(lst)
lst[1:2] = [10, 20, 30, 40]
print(lst)
lst[:0] = ['front']
print(lst)
lst[len(lst):] = ['back']
print(lst)
lst[3:7] = []
print(lst)
lst[:] = [0, 1, 2, 3, 4, 5]
print(lst)
lst[::2] = ['e0', 'e2', 'e4']
print(lst)
lst[::-2] = [50, 30, 10]
print(lst)
lst[1:3] = 'xy'
print(lst)
lst[4:2] = ['inserted']
print(lst)
try:
    lst[::2] = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
a = [1, 2, 3]
a[0:1] = a
print(a)
