# nested unpacking targets
a, (b, c) = 1, (2, 3)
print(a, b, c)
(a, b), (c, d) = [1, 2], [3, 4]
print(a, b, c, d)
x, [y, (z, w)] = 'x', ['y', ('z', 'w')]
print(x, y, z, w)
for i, (j, k) in [(1, (2, 3)), (4, (5, 6))]:
    print(i, j, k)
for idx, (ch, n) in enumerate([('a', 1), ('b', 2)]):
    print(idx, ch, n)
(((deep,),),) = (((42,),),)
print(deep)
