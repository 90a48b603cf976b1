# match statements: literal, capture, wildcard, sequence, mapping, class, or and
# as patterns, guards, and the order names are bound in.

def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case "hello":
            return "greeting"
        case None:
            return "none"
        case True:
            return "true"
        case -1:
            return "minus one"
        case 2.5:
            return "two and a half"
        case _:
            return "other %r" % (x,)

for v in [0, 2, "hello", None, True, -1, 2.5, 99, False]:
    print(v, "->", describe(v))

def seq(x):
    match x:
        case []:
            return "empty"
        case [a]:
            return "one %r" % (a,)
        case [a, b]:
            return "two %r %r" % (a, b)
        case [first, *middle, last]:
            return "many %r %r %r" % (first, middle, last)
        case _:
            return "not a sequence"

for v in [[], [1], (1, 2), [1, 2, 3, 4], "ab", range(3), {"a": 1}, 5]:
    print(repr(v), "->", seq(v))

def star_positions(x):
    match x:
        case [*head, 0]:
            return ("ends in zero", head)
        case [1, *rest]:
            return ("starts with one", rest)
        case [*_]:
            return "any list"

print(star_positions([5, 6, 0]), star_positions([1, 2]), star_positions([3]))

def mapping(x):
    match x:
        case {"type": "point", "x": px, "y": py}:
            return "point %s,%s" % (px, py)
        case {"type": "circle", **rest}:
            return "circle with %s" % sorted(rest.items())
        case {}:
            return "some mapping"
        case _:
            return "no mapping"

print(mapping({"type": "point", "x": 1, "y": 2, "z": 3}))
print(mapping({"type": "circle", "r": 5, "c": (0, 0)}))
print(mapping({"other": 1}), mapping([1]))

class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

class Circle:
    def __init__(self, center, r):
        self.center = center
        self.r = r

class Other:
    pass

def shape(s):
    match s:
        case Point(0, 0):
            return "origin"
        case Point(x, 0):
            return "on x axis at %s" % x
        case Point(x=0, y=y):
            return "on y axis at %s" % y
        case Point(x, y) if x == y:
            return "diagonal %s" % x
        case Point():
            return "point"
        case Circle(center=Point(x, y), r=r) if r > 10:
            return "big circle at %s,%s" % (x, y)
        case Circle(r=r):
            return "circle r=%s" % r
        case int(n) | float(n):
            return "number %s" % n
        case str() as text:
            return "text %r" % text
        case [Point(x, _), *_] as pts:
            return "points starting at x=%s (%d)" % (x, len(pts))
        case _:
            return "unknown"

for s in [Point(0, 0), Point(3, 0), Point(0, 4), Point(5, 5), Point(1, 2), Circle(Point(1, 1), 20),
          Circle(Point(1, 1), 2), 7, 2.5, "hi", [Point(9, 9), Point(1, 1)], Other()]:
    print(shape(s))

def guard_binding(v):
    match v:
        case (a, b) if a > b:
            return "desc"
        case (a, b):
            return "asc or equal", a, b

print(guard_binding((2, 1)), guard_binding((1, 2)))

def bound_after_guard_fails():
    match (1, 2):
        case (x, y) if x > y:
            pass
        case _:
            pass
    return x, y

print(bound_after_guard_fails())

def nested(cmd):
    match cmd.split():
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return "going " + direction
        case ["drop", *objects] if objects:
            return "dropping " + ", ".join(objects)
        case ["quit" | "exit"]:
            return "bye"
        case [verb, *_]:
            return "unknown verb " + verb
        case []:
            return "nothing"

for c in ["go north", "go up", "drop a b", "drop", "quit", "exit", "dance now", ""]:
    print(repr(c), "->", nested(c))

class NoArgs:
    pass

for bad in [lambda: NoArgs(), lambda: 5]:
    try:
        match bad():
            case NoArgs(1):
                pass
            case int(1, 2):
                pass
    except TypeError as e:
        print("TypeError:", e)

try:
    match 1:
        case print():
            pass
except TypeError as e:
    print("TypeError:", e)

match {"k": [1, {"deep": (True, None)}]}:
    case {"k": [1, {"deep": (True, None)}]}:
        print("deep literal match")

x = 10
match 10:
    case x if x > 5:
        print("captured module x", x)
