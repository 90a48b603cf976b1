import json
print(json.dumps({"a": [1, 2.5, None, True, False], "b": "x\"y\n\u00e9\U0001F600", 3: 4, None: 1, 2.5: 0, True: 7}))
print(json.dumps([1, [2, {"k": []}], {}], indent=2))
print(json.dumps({"b": 1, "a": {"d": 1, "c": 2}}, sort_keys=True, indent="\t"))
print(json.dumps("é", ensure_ascii=False), json.dumps(1e100), json.dumps(0.1), json.dumps(-0.0), json.dumps(10**30))
print(json.dumps(float('nan')), json.dumps([float('inf'), -float('inf')]))
print(json.dumps([1, 2], separators=(',', ':')), json.dumps({'a': 1}, separators=(',', '=')))
for bad in [{(1, 2): 3}, set(), [float('nan')]]:
    try:
        print(json.dumps(bad, allow_nan=False))
    except Exception as e:
        print(type(e).__name__, e)
a = []; a.append(a)
try: json.dumps(a)
except ValueError as e: print(e)
print(json.dumps({(1, 2): 3, 'x': 1}, skipkeys=True))
print(json.dumps({1, 2} and [1], default=list), json.dumps({1, 2}, default=sorted))
print(json.loads('{"a": [1, 2.5, null, true, false, "x\\u00e9\\ud83d\\ude00"], "b": {}}'))
print(json.loads('123456789012345678901234567890'), json.loads(' "s" '), json.loads('[NaN, Infinity, -Infinity]'))
print(json.loads('{"a": 1, "a": 2}'), json.loads('[1.5e3, -0, 1E-2]'))
print(json.loads('{"a": 1}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"a": 1, "b": 2}', object_pairs_hook=list))
print(json.loads('[1.5, 2]', parse_float=str, parse_int=lambda s: int(s) * 10))
for bad in ['', '[', '{"a" 1}', '{"a": 1,}', '[1,]', '[1 2]', '"abc', '1 2', '{1: 2}', '"\\x"', '"a\nb"', 'nul', '\ufeff1', '[1, 2', '"\\u12"', '  \n  x']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), '->', type(e).__name__, e, e.pos, e.lineno, e.colno)
print(json.loads(b'[1, "\xc3\xa9"]'), json.loads('"a\tb"', strict=False))
print(json.JSONDecoder().raw_decode('[1] x'))
class E(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set): return sorted(o)
        return super().default(o)
print(json.dumps({'s': {3, 1}}, cls=E), E(indent=1).encode([1]))
try: json.dumps(object(), cls=E)
except TypeError as e: print(e)
try: json.loads(5)
except TypeError as e: print(e)
print(isinstance(json.JSONDecodeError('m', 'd', 0), ValueError))
