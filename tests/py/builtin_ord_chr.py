# ord and chr
print(ord('a'), ord('A'), ord('0'), ord(' '), ord('\n'))
print(ord('é'), ord('€'), ord('😀'), ord('\x00'))
print(chr(97), chr(65), chr(233), chr(8364), chr(128512), repr(chr(0)))
s = ''
for c in range(ord('a'), ord('f')):
    s += chr(c - 32)
print(s)
print(chr(ord('z') - 25), ord(chr(1114111)))
try:
    ord('ab')
except TypeError as e:
    print(type(e).__name__, e)
try:
    chr(1114112)
except ValueError as e:
    print(type(e).__name__, e)
try:
    chr(-1)
except ValueError as e:
    print(type(e).__name__, e)
