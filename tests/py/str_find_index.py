# str.find and str.index
s = 'hello world, hello'
print(s.find('hello'), s.find('world'), s.find('xyz'), s.find(''))
print(s.find('hello', 1), s.find('o', 5), s.find('o', 5, 7))
print(s.index('world'), s.index('l'), s.index('hello', 3))
print('héllo wörld'.find('w'), 'a😀b😀'.find('b'), 'a😀b😀'.index('😀', 2))
print(s.find('o', -5), s.find('h', -100))
try:
    s.index('xyz')
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.index('hello', 14)
except ValueError as e:
    print(e)
