# str.format
print('{} and {}'.format('a', 'b'))
print('{1} before {0}'.format('second', 'first'))
print('{0}{1}{0}'.format('ab', 'cd'))
print('{name} is {age}'.format(name='Ann', age=30))
print('{0} {x}'.format(1, x='kw'))
print('[{:>8}] [{:<8}] [{:^8}]'.format('r', 'l', 'c'))
print('[{:08.3f}] [{:,}] [{:x}] [{:+d}]'.format(3.14159, 1234567, 255, 5))
print('[{0:*^9}] [{1:.2%}]'.format('mid', 0.125))
print('{0[0]} {0[1]} {1[k]}'.format(['x', 'y'], {'k': 'v'}))
print('{!r} {!s}'.format('q', 'q'))
print('{{}} {}'.format('braces'))
print('{:e} {:g} {:b} {:o}'.format(1234.5, 0.00001, 10, 64))
print('{:>{}}'.format('w', 4))
try:
    '{} {}'.format(1)
except IndexError as e:
    print(type(e).__name__, e)
try:
    '{missing}'.format(present=1)
except KeyError as e:
    print(type(e).__name__, e)
