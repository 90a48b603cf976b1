# str.split
print('a b  c'.split())
print('  leading and trailing  '.split())
print('a,b,,c'.split(','))
print('a, b, c'.split(', '))
print('one two three four'.split(' ', 2))
print('one two three four'.split(None, 1))
print('x'.split(','), ''.split(','), ''.split())
print('a\tb\nc  d'.split())
print('aXbXc'.split('X', 0), 'aXbXc'.split('X', -1))
print('héllo wörld'.split('ö'))
print('1::2::3'.split('::'))
print('  a  b  '.split(' '))
try:
    'abc'.split('')
except ValueError as e:
    print(type(e).__name__, e)
