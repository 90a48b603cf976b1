# handling exceptions inside loops and continuing
data = ['1', '2', 'x', '4', '', '6']
total = 0
bad = []
for s in data:
    try:
        total += int(s)
    except ValueError as e:
        bad.append(s)
        continue
    finally:
        pass
print(total, bad)
results = []
for d in [2, 0, 5, 0]:
    try:
        results.append(10 // d)
    except ZeroDivisionError:
        results.append(None)
print(results)
i = 0
while True:
    try:
        [1, 2, 3][i]
        i += 1
    except IndexError:
        print('stopped at', i)
        break
