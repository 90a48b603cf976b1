# string slicing with negative indices and steps
s = 'héllo wörld'
print(s[0:5], s[6:], s[:5], s[:])
print(s[-5:], s[-5:-2], s[:-6])
print(s[::2], s[1::2], s[::-1])
print(s[8:2:-1], s[-1:-6:-2], s[::-3])
print(s[100:], s[-100:3], s[5:2], repr(s[3:3]))
e = '😀a😃b😄'
print(e[::2], e[::-1], e[1:4])
print('abcdef'[1:5:2], 'abcdef'[5:0:-2], 'abcdef'[-2::-2])
print('abc'[0:10:1], 'abc'[10:0:-1])
try:
    'abc'[::0]
except ValueError as err:
    print(type(err).__name__, err)
