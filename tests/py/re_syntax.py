# Python regex syntax: escapes, classes, flags, groups, repeats, errors.
import re

def show(pattern, text, flags=0):
    try:
        m = re.search(pattern, text, flags)
    except re.error as e:
        print(repr(pattern), 'error:', e, '| pos', e.pos, e.lineno, e.colno)
        return
    print(repr(pattern), repr(text), '->', m.group(0) if m else None, m.groups() if m else '')

show(r'\d+\.\d*', 'pi is 3.14159')
show(r'[a-c]+', 'xxabcabz')
show(r'[^a-c]+', 'abcxyzab')
show(r'[]a]+', 'x]a]y')
show(r'[a\]]+', 'x]a]y')
show(r'[\w.-]+@', 'send to j.d-x@host')
show(r'[[]', 'a[b')
show(r'[a-]+', 'x-a-')
show(r'[\d\s]+', 'ab 1 2 c')
show(r'\x41\u00e9\101\0', 'zAé' + 'A\0')
show(r'\n\t', 'a\n\tb')
show(r'\bfoo\b', 'a foo b')
show(r'\Bfoo', 'afoo')
show(r'\Aab', 'ab')
show(r'ab\Z', 'ab\n')
show(r'ab$', 'ab\n')
show(r'ab$', 'ab\n\n')
show(r'^b', 'a\nb')
show(r'^b', 'a\nb', re.M)
show(r'a.c', 'a\nc')
show(r'a.c', 'a\nc', re.S)
show(r'(?s)a.c', 'a\nc')
show(r'(?i)straße', 'STRASSE straße')
show(r'HELLO', 'say hello', re.IGNORECASE)
show(r'(?i:a)b', 'Ab AB')
show(r'(?-i:a)b', 'AB ab', re.I)
show(r'a{2}', 'aaa')
show(r'a{2,}', 'aaaa')
show(r'a{,2}', 'aaaa')
show(r'a{1,2}?', 'aaaa')
show(r'a{', 'a{')
show(r'a{1', 'a{1')
show(r'{1}', 'x{1}')
show(r'x{a,b}', 'x{a,b}')
show(r'a*?b', 'aaab')
show(r'a++b', 'aaab')
show(r'(?>a+)b', 'aaab')
show(r'a*+a', 'aaa')
show(r'(a)|b', 'b')
show(r'(a)?(b)', 'b')
show(r'(?P<x>a)(?P=x)', 'aa')
show(r'(a)(b)\2\1', 'abba')
show(r'(?:ab)+', 'ababab')
show(r'(?#comment)ab', 'ab')
show(r'(?=ab)a', 'ab')
show(r'a(?!b)', 'ab ac')
show(r'(?<=a)b', 'ab')
show(r'(?<!a)b', 'ab cb')
show(r'(a)?(?(1)b|c)', 'ab c')
show(r'''(?x)
    (\d+)   # digits
    \s*     # space
    ([a-z]+) # word
''', '12 apples')
show(r'a b', 'ab', re.X)
show(r'a\ b', 'a b', re.X)
show(r'[ ]', 'a b', re.X)
show(r'\w+', 'héllo wörld')
show(r'\w+', 'héllo wörld', re.A)
show(r'(?a)\w+', 'héllo')
show(r'\d', '٣')
show(r'\d', '٣', re.ASCII)
show(r'\s+', 'a\x1c\u00a0b')
show(r'[\s]+', 'a \tb')
show(r'\.', 'a.b')
show(r'\$\^', 'a$^b')
show(r'\-\#\&\~', '-#&~')
show(r'\_', '_')
show('é+', 'aéé')
show('[é-ë]+', 'aéêëf')
# errors
for bad in ['(', 'a)', '*', '+a', 'a**', 'a*{2}', '[a', '[z-a]', r'\q', r'\8', '(?P<1>a)', '(?P<a>a)(?P<a>b)',
            r'(a)\2', '(?P=n)', 'a{3,1}', '(?<=a+)b', '(?Px)', '(?<x)', '(?z)', 'a(?i)', '(?', '(?P<a', r'x\\',
            '\\', '^*', r'\b*', '(?i', 'x(?i-:a)', '(?-a:x)', r'[\d-z]', r'\x4', r'\u12', '(a\n(b', '(?(2)a|b)', r'(a(\1))']:
    show(bad, '')
print(re.compile('a', re.I | re.M).flags, re.compile('(?i)a').flags, re.compile(b'a').flags, re.compile('a', re.A).flags)
print(re.compile('(a)(b(c))').groups, re.compile('(?P<x>a)(?:b)(?P<y>c)').groupindex)
for bad_flags in [(b'a', re.U), ('a', re.L), ('a', re.A | re.U)]:
    try:
        re.compile(*bad_flags)
    except ValueError as e:
        print(type(e).__name__, e)
