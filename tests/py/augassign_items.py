# augmented assignment on list items and dict items
lst = [1, 2, 3]
lst[0] += 10
lst[-1] *= 5
lst[1] -= 7
print(lst)
d = {'a': 1, 'b': 'x'}
d['a'] += 41
d['b'] *= 3
print(d)
grid = [[0, 0], [0, 0]]
grid[1][0] += 5
grid[0][1] -= 2
print(grid)
nested = {'k': [1, 2]}
nested['k'][1] **= 3
nested['k'] += [9]
print(nested)
calls = []
def idx():
    calls.append('idx')
    return 0
arr = [100]
arr[idx()] += 1
print(arr, calls)
try:
    d['missing'] += 1
except KeyError as e:
    print('KeyError', e)
