# strip, lstrip, rstrip with and without chars
s = '   hello world \t\n'
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print('xxhixx'.strip('x'), 'xxhixx'.lstrip('x'), 'xxhixx'.rstrip('x'))
print('www.example.com'.strip('cmowz.'))
print('abcHELLOcba'.strip('abc'), '123abc321'.rstrip('0123456789'))
print(repr(''.strip()), repr('    '.strip()), repr('x'.strip('x')))
print('ééaéé'.strip('é'))
print('  a b  '.strip(' '), '\n\tkeep\n'.strip('\n'))
