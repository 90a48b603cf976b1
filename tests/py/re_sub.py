# sub templates and callables, flags, group bookkeeping, pos/endpos.
import re
cases = [
    (r'(\w+) (\w+)', r'\2 \1', 'hello world foo bar'),
    (r'(?P<a>\d)(?P<b>\d)?', r'<\g<b>|\g<a>>', '1 23 4'),
    (r'x', r'\\n', 'axb'), (r'x', '\\\\', 'axb'), (r'(x)', r'\g<1>0', 'axb'), (r'(x)', r'\10', 'axb'),
    (r'a', r'\t\x41\101', 'bab'), (r'', r'-', 'abc'), (r'b*', r'[\g<0>]', 'abbc'),
    (r'(?i)A', 'z', 'aAbA'), (r'^', '>', 'a\nb\nc'), (r'(?m)^', '>', 'a\nb\nc'), (r'$', '<', 'a\nb\n'), (r'(?m)$', '<', 'a\nb\n'),
    (r'\s+$', '', 'trail   \n'), (r'é', 'e', 'café é'), (r'(?<=a)', '|', 'banana'), (r'\b', '|', 'hi there'),
]
for p, r, s in cases:
    try:
        print(repr(p), repr(r), repr(s), repr(re.sub(p, r, s)), re.subn(p, r, s, 1))
    except Exception as e:
        print(repr(p), type(e).__name__, e)
for p, fl in [('abc', re.I | re.M), ('(?x)a', 0), ('(?s)a', re.I), ('(?im)a', 0), ('(?a)\\w', 0), (b'a', re.L), (b'(?L)a', 0)]:
    try:
        c = re.compile(p, fl)
        print(c, c.flags)
    except Exception as e:
        print(type(e).__name__, e)
m = re.search(r'(?P<first>\w+)\s(?P<last>\w+)?', 'Jane ')
print(m.groupdict(), m.lastgroup, m.lastindex, m.span('last'), m.group('first', 'last'))
print(re.findall(r'(\d)(\w)?', '1a2 3'), re.findall(r'\d(?=\w)', '1a2 3'), re.findall(r'(?:a(b)?)+', 'aab'))
print(re.split(r'(?=[A-Z])', 'CamelCaseWord'), re.split(r'\b', 'a b'), re.split(r'(a)(x)?', 'bab'))
print(re.fullmatch(r'(?:ab)*', 'ababa'), re.fullmatch(r'a*?', 'aaa'), re.fullmatch(r'a|ab', 'ab', pos=0, endpos=1) if False else '')
p = re.compile(r'\d+')
print(p.fullmatch('a123b', 1, 4), p.match('a123', pos=1), p.search('123', endpos=2), p.findall('1 22 333', 2, 6))
print(re.search(r'\A\d', 'x1', ) , re.compile(r'^\d').search('x1', 1), re.compile(r'\d$').search('12\n', 0, 2))
