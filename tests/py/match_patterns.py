# match: literal, capture, wildcard, value, sequence (with star), mapping (with **rest),
# class (positional via __match_args__, keyword, match-self builtins), or-patterns, as,
# guards, and the runtime errors of class patterns.
# match statements: every pattern kind
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
class P3(Point):
    __match_args__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z
def classify(v):
    match v:
        case 0 | 1 | 2:
            return "small int"
        case True:
            return "unreachable: True == 1"
        case None:
            return "none"
        case "hello" | b"bytes":
            return "literal str/bytes"
        case -3.5:
            return "neg float"
        case [] :
            return "empty seq"
        case [x]:
            return f"one item {x}"
        case [1, *rest] if len(rest) > 2:
            return f"starts with 1, rest {rest}"
        case [first, *_, last]:
            return f"first {first} last {last}"
        case {"type": "circle", "r": r}:
            return f"circle {r}"
        case {"type": t, **others} if others:
            return f"typed {t} others {sorted(others)}"
        case {}:
            return "any mapping"
        case P3(x, y, z=0):
            return f"P3 flat {x},{y}"
        case Point(x=0, y=0):
            return "origin"
        case Point(0, y):
            return f"on y axis {y}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point(x=px):
            return f"point x={px}"
        case int(n) if n < 0:
            return f"negative {n}"
        case str() as s:
            return f"some str {s!r}"
        case (a, b, c):
            return f"3-tuple-ish {a}{b}{c}"
        case float(f) | int(f):
            return f"number {f}"
        case _:
            return "other"
for v in [0, 2, True, None, "hello", b"bytes", -3.5, [], [9], [1, 2, 3, 4], (5, 6, 7), "abc",
          {"type": "circle", "r": 2}, {"type": "sq", "side": 1}, {"type": "x"}, {}, P3(1, 2, 0), P3(1, 2, 3),
          Point(0, 0), Point(0, 5), Point(3, 3), Point(4, 1), -7, 3.25, 100, "x", [1, 2], object]:
    print(repr(v) if not isinstance(v, Point) else type(v).__name__, "->", classify(v))
# captures bind only on success; or-patterns bind the same names
def binds(v):
    match v:
        case [a, 1] | [1, a]:
            return a
        case {"k": [b, {"deep": c}]}:
            return (b, c)
        case _:
            return None
print(binds([5, 1]), binds([1, 6]), binds({"k": [2, {"deep": 3}]}), binds([2, 2]))
# value patterns with dotted names, and guards that see the captures
class Color:
    RED = "red"
    GREEN = "green"
def color(c):
    match c:
        case Color.RED:
            return "is red"
        case Color.GREEN if c.upper() == "GREEN":
            return "is green"
    return "no color"
print(color("red"), color("green"), color("blue"))
# match on strings is not a sequence match; on dict views etc.
match "ab":
    case [a, b]:
        print("sequence", a, b)
    case _:
        print("str is not a sequence pattern")
match {"a": 1, "b": 2}:
    case {"a": 1, **rest}:
        print("rest", rest)
match (1, [2, 3]):
    case (1, [2, *more]):
        print("nested star", more)
# errors
class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print("TypeError:", e)
try:
    match Point(1, 2):
        case Point(1, 2, 3):
            pass
except TypeError as e:
    print("TypeError:", e)
class BadArgs:
    __match_args__ = "x"
try:
    match BadArgs():
        case BadArgs(1):
            pass
except TypeError as e:
    print("TypeError:", e)
try:
    match 5:
        case len():
            pass
except TypeError as e:
    print("TypeError:", e)
try:
    match Point(1, 2):
        case Point(1, x=1):
            pass
except TypeError as e:
    print("TypeError:", e)
print(classify.__name__)
class Twice:
    __match_args__ = ("x", "x")
    x = 1
for make in [lambda: Twice(), lambda: Point(1, 2)]:
    for case in range(3):
        try:
            match make():
                case Twice(1, 1) if case == 0:
                    print("twice matched")
                case Point(1, 2, ) if case == 0:
                    print("point matched")
                case Point(1, y=2) if case == 1:
                    print("point kw matched")
                case Point(1, 2, y=3) if case == 2:
                    print("never")
                case _:
                    print("no match", case)
        except TypeError as e:
            print("TypeError:", e)
class Missing:
    __match_args__ = ("a", "b")
    a = 1
match Missing():
    case Missing(1, 2, b=5):
        print("never")
    case Missing(a=1):
        print("missing b fails before duplicate check")
