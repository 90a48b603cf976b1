# str.join
print(','.join(['a', 'b', 'c']))
print(''.join(['x', 'y', 'z']))
print(' - '.join(('one', 'two')))
print('|'.join('abc'))
print('+'.join([]), repr(''.join([])))
print(', '.join(['single']))
words = []
for i in range(5):
    words.append(str(i * i))
print(' '.join(words))
print('é'.join(['a', 'b']))
try:
    ','.join([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
