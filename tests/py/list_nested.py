# nested lists
m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(m[1], m[1][2], m[-1][-1])
m[0][0] = 'X'
print(m)
t = []
for i in range(3):
    row = []
    for j in range(3):
        row.append(m[j][i])
    t.append(row)
print(t)
deep = [1, [2, [3, [4, [5]]]]]
print(deep[1][1][1][1][0], deep)
flat = []
for row in [[1, 2], [3], [], [4, 5, 6]]:
    for x in row:
        flat.append(x)
print(flat)
selfref = [1, 2]
selfref.append(selfref)
print(selfref)
