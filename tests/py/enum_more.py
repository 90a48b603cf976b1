import enum
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique

class Status(Enum):
    ACTIVE = "active"
    INACTIVE = "inactive"
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.value == value.lower():
                    return m
        return None
print(Status("ACTIVE"), Status("inactive"))
try:
    Status("gone")
except ValueError as e:
    print(type(e).__name__, e)

class Coord(bytes, Enum):
    def __new__(cls, value, label):
        obj = bytes.__new__(cls, [value])
        obj._value_ = value
        obj.label = label
        return obj
    PX = (0, 'P.X')
    PY = (1, 'P.Y')
print(Coord.PY.label, Coord(1), Coord.PX.value)

class Weekday(IntEnum):
    MON = 1
    TUE = 2
    WED = 3
print(sum(Weekday), max(Weekday), Weekday(2).name, [d.name for d in Weekday if d > 1], Weekday.TUE in {2: 'x'})
print(f"{Weekday.MON:>5}|", "%d" % Weekday.WED)
print(list(Weekday.__members__.items())[0], Weekday['WED'] is Weekday.WED)
class Mood(Enum):
    HAPPY = auto()
    SAD = auto()
    def __str__(self):
        return self.name.title()
    @property
    def opposite(self):
        return Mood.SAD if self is Mood.HAPPY else Mood.HAPPY
print(Mood.HAPPY, Mood.HAPPY.opposite, repr(Mood.SAD.opposite))
counts = {}
for m in [Mood.HAPPY, Mood.SAD, Mood.HAPPY]:
    counts[m] = counts.get(m, 0) + 1
print(counts)
print(sorted(Weekday, reverse=True), sorted([Mood.SAD, Mood.HAPPY], key=lambda m: m.value))
Shape = Enum('Shape', [('CIRCLE', 10), ('SQUARE', 20)])
print(Shape.SQUARE, Shape(10), Shape.__name__)
Color = Enum('Color', {'R': 'red', 'G': 'green'})
print(list(Color))
class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
p = Perm.R | Perm.X
print(p, repr(p), p & 4, Perm.W in p, int(p), p == 5, list(Perm))
class Opt(Flag):
    NONE = 0
    A = auto()
    B = auto()
print(repr(Opt.NONE), list(Opt), repr(Opt.A | Opt.B), bool(Opt.NONE), Opt.A in (Opt.A | Opt.B))
try:
    Opt.A | 3
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance(Weekday.MON, int), isinstance(Weekday.MON, Weekday), issubclass(Weekday, IntEnum), type(Weekday))
class Empty(Enum):
    pass
class Extended(Empty):
    X = 1
print(list(Extended), len(Empty))
try:
    del Mood.HAPPY
except AttributeError as e:
    print(type(e).__name__, e)
print(Mood.HAPPY.name, Mood._member_names_)
class Letters(StrEnum):
    A = "a"
    B = "b"
print("-".join(Letters), Letters.A + "x", Letters("b"))
