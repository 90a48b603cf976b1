# del on list items and slices
lst = list(range(12))
del lst[0]
del lst[-1]
print(lst)
del lst[1:3]
print(lst)
del lst[::3]
print(lst)
del lst[-2:]
print(lst)
del lst[100:]
print(lst)
del lst[::-2]
print(lst)
del lst[:]
print(lst, len(lst))
try:
    del lst[0]
except IndexError as e:
    print(type(e).__name__, e)
