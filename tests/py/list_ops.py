# list +, *, comparison, in
a = [1, 2]
b = [3]
print(a + b, b + a, a + [], [] + [])
print(a * 3, 0 * a, a * -1, [[]] * 2)
print(a == [1, 2], a != [1, 2], a < [1, 3], a < [1, 2, 0], [2] > [1, 99])
print([1, 2] <= [1, 2], [] < [0], ['a'] < ['b'])
print([1, [2, 3]] == [1, [2, 3]], [1, 2] == (1, 2))
print(2 in a, 3 in a, [3] in [[3]])
grid = [[0] * 3] * 2
grid[0][0] = 1
print(grid)
print(len([1, [2, 3], []]), len([]))
print([1, 2.0, 'x'] == [1.0, 2, 'x'])
