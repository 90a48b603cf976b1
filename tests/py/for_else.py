# for loops with else, break and continue
for x in [1, 2, 3]:
    print('item', x)
else:
    print('completed')
for x in range(10):
    if x == 3:
        break
else:
    print('not printed')
print('after break x =', x)
def find(seq, target):
    for i in range(len(seq)):
        if seq[i] == target:
            print('found', target, 'at', i)
            break
    else:
        print(target, 'not found')
find([5, 6, 7], 6)
find([5, 6, 7], 8)
for ch in 'abcdef':
    if ch in 'bd':
        continue
    print(ch, end=' ')
print()
for x in []:
    print('never')
else:
    print('empty else')
