# re module and Pattern/Match API.
import re

p = re.compile(r'(?P<key>\w+)=(?P<val>\d*)')
s = 'a=1, bb=22, c=, dd=4444'
print(p.findall(s))
print([m.group('key', 'val') for m in p.finditer(s)])
m = p.search(s, 5)
print(m, m.pos, m.endpos, m.span('val'), m.start('key'), m.end())
print(p.search(s, 5, 9), p.match(s, 5), p.match(s, 6), p.fullmatch(s, 6, 10), p.fullmatch(s, 6, 11))
print(p.search(s, -5), p.search(s, 100), p.search(s, 3, 2))
m = p.match('c=')
print(m.groups(), m.groups('X'), m.groupdict(), m.groupdict('Z'), m['val'], m[0], m.lastgroup)
m = re.match(r'(a)(b)?(c)?', 'a')
print(m.groups(), m.groups(0), m.span(2), m.start(3), m.lastindex, m.group(0, 1, 2))
print(re.match(r'((a)b)', 'ab').lastindex, re.match(r'(a)(b)', 'ab').lastindex, re.match(r'a', 'a').lastindex)
print(re.match(r'(?P<o>(?P<i>a))', 'a').lastgroup, re.match(r'(a)|(b)', 'b').lastindex)
for bad in [lambda: m.group(5), lambda: m.group('nope'), lambda: m[-1], lambda: m.start(9)]:
    try:
        bad()
    except IndexError as e:
        print('IndexError', e)
print(bool(m), m.re.pattern, m.string, m.regs)
m = re.search(r'(\w+) (\w+)', 'hello big world')
print(m.expand(r'\2 \1 \g<0> \g<2>'), m.expand(r'[\n]'))
# findall group shapes
print(re.findall(r'a', 'banana'), re.findall(r'(a)n', 'banana'), re.findall(r'(a)(n)?', 'banana'))
print(re.findall(r'', 'ab'), re.findall(r'\b', 'ab cd'), re.findall(r'a|', 'bab'))
# sub / subn
print(re.sub(r'(\d+)', r'<\1>', 'a1b22c'), re.sub(r'(?P<d>\d)', r'\g<d>\g<d>', 'a1b2'))
print(re.sub('a', 'x', 'aaaa', count=2), re.sub('a', 'x', 'aaaa', 1), re.subn(r'\s+', ' ', 'a  b   c'))
print(re.sub(r'x*', '-', 'abxd'), re.sub(r'', '-', 'abc'), re.sub(r'(?:)', '|', ''))
print(re.sub(r'\w+', lambda m: m.group().upper(), 'hello world'), re.sub('a', r'\n', 'bab') == 'b\nb')
print(re.sub(r'(a)|b', r'[\1]', 'ab'), re.sub('b', r'\\', 'abc'), re.sub('b', r'\.', 'abc'))
print(re.sub('(b)', lambda m: None or '', 'abc'), p.sub(r'\g<val>=\g<key>', s), p.subn('', s))
for bad in [lambda: re.sub('a', r'\2', 'a'), lambda: re.sub('(a)', r'\g<x>', 'a'), lambda: re.sub('a', r'\g<1', 'a'),
            lambda: re.sub('a', r'\q', 'a'), lambda: re.sub('a', 5, 'a'), lambda: re.sub('a', lambda m: 5, 'a')]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
# split
print(re.split(r',', 'a,b,,c'), re.split(r'(,)', 'a,b'), re.split(r'(,)|(;)', 'a,b;c'))
print(re.split(r'\s*', 'a b'), re.split(r'x*', 'axbc'), re.split(r'\W+', 'Words, words, words.', 1))
print(re.split(r'a', ''), re.split(r'', 'ab'), re.split('b', 'abc', maxsplit=-1))
# escape, purge, flags
print(re.escape('a.b*c?d+e(f)[g]{h}|i^j$k\\l m\tn-o#p&q~r_s1é'), re.escape(b'a.b c'))
re.purge()
print(re.I, re.M | re.S, re.IGNORECASE | re.VERBOSE, int(re.A), re.NOFLAG, re.I & re.I, repr(re.U))
print(re.compile('x', re.I), re.compile('x'), re.compile(b'x', re.I), re.compile('x', re.I | re.S | re.M | re.X))
print(re.compile('a') == re.compile('a'), re.compile('a') == re.compile('a', re.I), re.compile(re.compile('a')).pattern)
print(hash(re.compile('a')) == hash(re.compile('a')), isinstance(re.compile('a'), re.Pattern), type(re.match('a', 'a')) is re.Match)
try:
    re.compile(re.compile('a'), re.I)
except ValueError as e:
    print(e)
for bad in [lambda: re.search('a', 5), lambda: re.search(b'a', 'a'), lambda: re.search('a', b'a'), lambda: re.compile(5), lambda: re.Pattern()]:
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
# positions in characters
m = re.search(r'(ü+)(x)', 'äöüüx')
print(m.span(), m.span(1), m.start(2), m.group(1), re.sub('ü', 'u', 'güld ü'), re.split('ö', 'aöböc'))
print([m.span() for m in re.finditer(r'\w', 'a€b😀c')], re.search('c', 'a€b😀c', 3))
# bytes
m = re.match(rb'(\d+)-(?P<w>\w+)', b'12-ab\xff')
print(m, m.groups(), m.span('w'), m.groupdict(), re.findall(rb'[a-z]', b'aBc'), re.split(rb'-', b'a-b'))
print(re.sub(rb'(b)', rb'[\1]', b'abc'), re.sub(b'b', lambda m: m.group().upper(), b'abc'))
# match repr with long text, many
print(re.match(r'.*', 'x' * 60), re.search('(a)|(b)', 'b').group(1, 2))
it = re.finditer(r'\d', 'a1b2')
print(next(it).group(), [m.group() for m in it])
