# printf-style % formatting
print('%d items' % 5)
print('%s and %s' % ('this', 'that'))
print('%r %r' % ('it', 42))
print('%f %.2f %.0f' % (3.14159, 3.14159, 2.5))
print('[%5d] [%-5d] [%05d] [%+d]' % (42, 42, 42, 42))
print('[%-5s] [%5s] [%.2s]' % ('ab', 'ab', 'abcdef'))
print('%x %X %o %#x %#o' % (255, 255, 8, 255, 8))
print('%e %.2e %E' % (12345.678, 12345.678, 0.000123))
print('100%% sure, %d%%' % 50)
print('%s' % [1, 2], '%s' % (None,), '%s' % 'single')
print('%d' % 3.99, '%d' % -7, '%s' % 2 ** 70)
print('%s %s' % ((1, 2), 'x'))
print('%s' % ((1, 2),))
try:
    print('%d %d' % (1,))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print('%d' % (1, 2))
except TypeError as e:
    print(type(e).__name__, e)
