# concatenation and repetition
a = 'foo'
b = 'bär'
print(a + b, b + a, a + '' + b)
print(a * 3, 3 * b, a * 0, repr(a * -2))
print('-' * 20)
s = ''
for i in range(5):
    s = s + str(i)
print(s)
s += '!'
s *= 2
print(s)
print(('ab' + 'cd') * 2, 'x' * True)
print(len('😀' * 4), '😀' * 4)
try:
    'a' * 2.0
except TypeError as e:
    print(type(e).__name__, e)
