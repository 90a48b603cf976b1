# A regex workload that allocates many match objects and callbacks (GC stress).
import re

words = ['alpha', 'beta', 'gamma', 'delta', 'epsilon']
lines = ['%d %s=%d;%s' % (i, words[i % 5], i * 7, words[(i * 3) % 5].upper()) for i in range(400)]
pat = re.compile(r'(\d+) (?P<name>[a-z]+)=(?P<num>\d+);(\w+)')
total = 0
names = {}
for ln in lines:
    m = pat.match(ln)
    total += int(m.group('num'))
    names[m.group('name')] = names.get(m.group('name'), 0) + 1
print(total, sorted(names.items()))
keep = [pat.match(ln) for ln in lines[:50]]
print([k.group(4) for k in keep[:5]], keep[-1].span('num'))
out = re.sub(r'\d+', lambda m: str(int(m.group()) * 2), ' '.join(lines[:30]))
print(len(out), out[:60])
counts = {}
def tally(m):
    counts[m.lastgroup] = counts.get(m.lastgroup, 0) + 1
    return m.group().swapcase()
res = re.sub(r'(?P<up>[A-Z]+)|(?P<low>[a-z]+)', tally, ' '.join(lines))
print(len(res), sorted(counts.items()), res[:40])
print(sum(len(re.findall(r'[aeiou]', ln)) for ln in lines), len(re.split(r'[;=\s]', ' '.join(lines))))
