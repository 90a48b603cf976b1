from collections import namedtuple


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


Point = namedtuple('Point', ['x', 'y'])
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[-1], len(p), tuple(p), list(p))
print(Point(x=3, y=4), Point(5, y=6), Point._fields, Point._field_defaults)
print(Point.__name__, Point.__doc__, type(p), isinstance(p, tuple), issubclass(Point, tuple))
x, y = p
print(x + y, p == (1, 2), p == Point(1, 2), p < Point(1, 3), hash(p) == hash((1, 2)))
print(p._asdict(), p._replace(y=9), Point._make([7, 8]), p + (3,), p * 2, p[:1])
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
print({p: 'a'}[Point(1, 2)], p.count(1), p.index(2))
show('too few', lambda: Point(1))
show('too many', lambda: Point(1, 2, 3))
show('none', lambda: Point())
show('bad kw', lambda: Point(1, z=2))
show('twice', lambda: Point(1, x=2))
show('make bad', lambda: Point._make([1]))
show('replace bad', lambda: p._replace(z=1))
show('set attr', lambda: setattr(p, 'x', 5))
show('new attr', lambda: setattr(p, 'w', 5))

P3 = namedtuple('P3', 'a, b c', defaults=[10, 20])
print(P3(1), P3(1, 2), P3(1, 2, 3), P3._field_defaults, P3.__doc__)
show('defaults too many', lambda: namedtuple('Q', 'a', defaults=[1, 2]))
show('defaults range', lambda: P3(1, 2, 3, 4))
R = namedtuple('R', ['abc', 'def', 'ghi', 'abc', '_x', '1y'], rename=True)
print(R._fields)
show('keyword', lambda: namedtuple('K', 'class x'))
show('underscore', lambda: namedtuple('K', '_a'))
show('dup', lambda: namedtuple('K', 'a a'))
show('bad ident', lambda: namedtuple('K', 'a-b'))
show('bad typename', lambda: namedtuple('1K', 'a'))
E = namedtuple('E', '')
print(E(), E._fields, len(E()))
show('E arg', lambda: E(1))
M = namedtuple('M', 'u v', module='mymod')
print(M.__module__, Point.__module__, repr(M))


class Vec(namedtuple('Vec', 'x y')):
    __slots__ = ()

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    @property
    def norm1(self):
        return abs(self.x) + abs(self.y)


v = Vec(1, -2) + Vec(3, 4)
print(v, v.norm1, type(v).__name__, Vec._fields)
Emp = namedtuple('Emp', 'name age')
rows = [Emp('ann', 31), Emp('bob', 25), Emp('cé', 40)]
print(max(rows, key=lambda r: r.age).name, [r.name for r in sorted(rows, key=lambda r: r.age)])
print(Emp(*('zed', 1)), Emp(**{'name': 'y', 'age': 2}))
match Point(0, 5):
    case Point(0, yy):
        print('on y axis at', yy)
show('del attr', lambda: delattr(Point(1, 2), 'x'))
