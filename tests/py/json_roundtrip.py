# json: round trips, formatting options, file API, edge cases.
import io
import json

docs = [
    None, True, False, 0, -1, 2**64, -2**70, 1.5, -0.25, 1e-7, 123456789.125, 1e22, 3.0,
    '', 'plain', 'quote " backslash \\ slash /', 'ctl \x00\x1f\x7f \b\f\n\r\t', 'üñíçødé ☃ 😀',
    [], {}, [[]], [{}], {'a': {'b': {'c': [1, [2, [3]]]}}}, (1, 2), [1, 'two', 3.0, None],
]
for d in docs:
    s = json.dumps(d)
    print(s, json.dumps(d, ensure_ascii=False), json.loads(s) == (list(d) if isinstance(d, tuple) else d))
print(json.dumps({'x': [1, {'y': ()}], 'z': {}}, indent=0))
print(json.dumps({'x': [1, 2]}, indent=-1))
print(json.dumps({'x': [1, 2]}, indent=' '))
print(json.dumps([1, {'a': 2}], indent=4, separators=(',', ': ')))
print(json.dumps({'c': 1, 'b': 2, 'a': [3, {'z': 1, 'y': 2}]}, sort_keys=True))
print(json.dumps({2: 'b', 1: 'a', 3: 'c'}, sort_keys=True))
try:
    json.dumps({1: 'a', 'b': 2}, sort_keys=True)
except TypeError as e:
    print('TypeError', e)
print(json.dumps({1.5: 1, -2: 2, False: 3, None: 4}))
print(json.loads('{"\\u00e9\\n": "\\ud83d\\ude00", "k": "\\"\\\\\\/\\b\\f\\n\\r\\t"}'))
print(json.loads('  [ 1 , 2 ,\n\t3 ]  '), json.loads('-0.0'), json.loads('1E+2'), json.loads('0e0'), json.loads('-12'))
print(json.loads('"\\u0041"'), json.loads('"\\uD834\\uDD1E"'), json.loads('{"a":{"b":[]}}'))
for bad in ['01', '-', '1.', '.5', '1e', '+1', '[1,,2]', '{"a":1 "b":2}', '[', ']', '{', '}', 'tru', 'NaNx',
            '{"a"', '{"a":', '[1]]', '"\t"', '{"a": 1}\n  x', 'é']:
    try:
        print(repr(bad), json.loads(bad))
    except json.JSONDecodeError as e:
        print(repr(bad), 'JSONDecodeError', e.msg, e.pos, e.lineno, e.colno)
    except ValueError as e:
        print(repr(bad), type(e).__name__)
buf = io.StringIO()
json.dump({'a': [1, 2, {'b': None}]}, buf, indent=1)
print(buf.getvalue())
buf.seek(0)
print(json.load(buf))
print(json.loads('{"a": 1.25, "b": 10}', parse_float=lambda s: 'F' + s, parse_int=lambda s: 'I' + s))
print(json.loads('[NaN, -Infinity]', parse_constant=lambda s: 'C' + s))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=lambda ps: [k for k, v in ps], object_hook=dict))
print(json.loads('[{"a": {"b": 1}}]', object_hook=lambda d: ('obj', sorted(d))))
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
def enc(o):
    if isinstance(o, Point):
        return {'x': o.x, 'y': o.y}
    raise TypeError('no ' + type(o).__name__)
print(json.dumps([Point(1, 2), {'p': Point(3, [Point(4, 5)])}], default=enc))
try:
    json.dumps([Point(1, 2), frozenset()], default=enc)
except TypeError as e:
    print('TypeError', e)
d = {}
d['self'] = d
try:
    json.dumps(d)
except ValueError as e:
    print('ValueError', e)
print(json.dumps([[1, 2]] * 2), json.dumps(d, check_circular=False) if False else 'skip')
deep = []
cur = deep
for _ in range(100):
    cur.append([])
    cur = cur[0]
print(len(json.dumps(deep)), json.loads(json.dumps(deep)) == deep)
print(json.dumps('\u2028\u2029'), json.dumps('\ud7ff\ue000\uffff'))
print(json.dumps(True, indent=2), json.dumps('x', indent=2), json.dumps([], indent=2), json.dumps({}, indent=2))
print(json.JSONEncoder().encode({'a': 1}), json.JSONEncoder(sort_keys=True, separators=(',', ':')).encode({'b': 1, 'a': 2}))
print(json.JSONDecoder().decode('[1, 2]'), json.JSONDecoder(object_hook=len).decode('{"a": 1}'))
e = json.JSONDecodeError('boom', 'ab\ncd', 4)
print(e, e.msg, e.pos, e.lineno, e.colno, isinstance(e, ValueError))
