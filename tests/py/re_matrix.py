# Many patterns against many texts: findall, finditer spans, sub, split, match, fullmatch.
import re
pats = [r'a|ab|abc', r'(a|ab)(c|bcd)(d*)', r'(?:a|b)*?c', r'\w+?', r'(\d+)(?:px|em)?',
        r'[^\W\d]+', r'(?i)[A-Z]+', r'(?m)^\w+$', r'\s*,\s*', r'(?<=\d)(?=(\d{3})+$)', r'(.)\1+', r'(?P<q>["\']).*?(?P=q)',
        r'\b\w', r'\B', r'^', r'$', r'(?m)$', r'x?', r'(a)|(b)|(c)', r'[\u00e0-\u00ff]+', r'(?s).+', r'.+', r'[.]', r'\W+',
        r'(ab|a)(bc|c)?', r'a{2,3}?', r'(?x) a b | c', r'\d{2,}?', r'[-+]?\d*\.?\d+(?:[eE][-+]?\d+)?', r'(?i)ǅ',
        r'a\Z', r'(?:^|,)(\w*)', r'(?<!^)(?=[A-Z])', r'([a-z]+)@([a-z]+)\.(com|org)', r'\\', r'[\]\[]+', r'(\w)(?!\1)']
texts = ['', 'a', 'abcd', 'aaab', 'x,y , z', '12345678', 'CamelCaseString', 'héllo wörld 123', 'say "hi" and \'bye\'',
         'line1\nline2\n', 'aabbccd', 'a.b\\c[d]', 'bob@site.com, amy@x.org', '3.14 -2e5 +7', 'ǆ ǅ Ǆ', 'mississippi']
for p in pats:
    try:
        c = re.compile(p)
    except re.error as e:
        print(p, 'ERR', e)
        continue
    for t in texts:
        try:
            r = (c.findall(t), [m.span() for m in c.finditer(t)], c.sub('#', t), c.split(t), bool(c.match(t)), bool(c.fullmatch(t)))
        except Exception as e:
            r = type(e).__name__
        print(repr(p), repr(t), r)
