# swapping variables and list items
a = 1
b = 2
a, b = b, a
print(a, b)
a, b, c = 'x', 'y', 'z'
a, b, c = c, a, b
print(a, b, c)
lst = [1, 2, 3, 4]
lst[0], lst[3] = lst[3], lst[0]
print(lst)
i = 1
lst[i], lst[i + 1] = lst[i + 1], lst[i]
print(lst)
x = 2 ** 70
y = 'big'
x, y = y, x
print(x, y)
