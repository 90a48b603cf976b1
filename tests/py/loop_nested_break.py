# nested loops with break and continue only affecting the inner loop
for i in range(4):
    for j in range(4):
        if j > i:
            break
        if (i + j) % 2:
            continue
        print(i, j)
    else:
        print('inner finished for', i)
count = 0
i = 0
while i < 5:
    i += 1
    j = 0
    while j < 5:
        j += 1
        if j == 3:
            continue
        if j == i:
            break
        count += 1
print('count', count)
