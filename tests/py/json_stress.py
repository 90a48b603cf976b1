# json with hooks and defaults on many objects (GC stress).
import json

records = []
for i in range(300):
    records.append({'id': i, 'name': 'user%d' % i, 'tags': ['t%d' % (i % 7), 't%d' % (i % 11)],
                    'score': i * 1.5, 'active': i % 3 == 0, 'meta': {'k': [i, {'n': None}]}})
text = json.dumps(records)
back = json.loads(text)
print(len(text), back == records, back[17])
class Obj:
    def __init__(self, d):
        self.d = d
hooked = json.loads(text, object_hook=lambda d: Obj(d))
print(len(hooked), hooked[5].d['meta'].d['k'][1].d)
pairs = json.loads(text, object_pairs_hook=lambda ps: tuple(k for k, _ in ps))
print(pairs[0])
nums = json.loads(text, parse_int=lambda s: int(s) + 1, parse_float=lambda s: round(float(s)))
print(nums[3]['id'], nums[3]['score'])
class Box:
    def __init__(self, v):
        self.v = v
boxed = [Box([Box(i), {'x': Box('s' * (i % 5))}]) for i in range(200)]
out = json.dumps(boxed, default=lambda o: {'box': o.v}, sort_keys=True)
print(len(out), out[:80])
print(json.dumps(records[:2], indent=2, sort_keys=True)[:200])
