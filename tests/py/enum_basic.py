from enum import Enum, IntEnum, Flag, IntFlag, StrEnum, auto, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
    def describe(self): return f"{self.name} is {self.value}"
    @property
    def lower(self): return self.name.lower()
    @classmethod
    def default(cls): return cls.GREEN
print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value, Color(1), Color['GREEN'], Color.CRIMSON is Color.RED)
print(list(Color), len(Color), Color.RED in Color, Color.__members__.keys() if False else list(Color.__members__))
print(Color.RED.describe(), Color.BLUE.lower, Color.default(), repr(Color), type(Color.RED))
print(Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.GREEN, hash(Color.RED) == hash(Color.RED))
print({Color.RED: 'r', Color.GREEN: 'g'}[Color.CRIMSON], {Color.RED, Color.RED, Color.BLUE} == {Color.RED, Color.BLUE})
print(f"{Color.RED}", format(Color.RED), "%s" % Color.RED, str(Color.BLUE), isinstance(Color.RED, Color), isinstance(Color.RED, Enum))
try: Color(7)
except ValueError as e: print(type(e).__name__, e)
try: Color['PINK']
except KeyError as e: print(type(e).__name__, e)
try: Color.RED < Color.GREEN
except TypeError as e: print(e)
try: Color.RED = 5
except AttributeError as e: print(e)
try:
    class More(Color): X = 9
except TypeError as e: print(e)
class Num(IntEnum):
    ONE = 1
    TWO = 2
print(Num.ONE, repr(Num.TWO), Num.ONE + 1, Num.TWO * 3, Num.ONE < Num.TWO, Num.ONE == 1, f"{Num.TWO}", int(Num.TWO), sorted([Num.TWO, Num.ONE]))
class A(Enum):
    X = auto()
    Y = auto()
    Z = auto()
print(list(A), A.Z.value)
class S(StrEnum):
    NORTH = auto()
    SOUTH = 's'
print(S.NORTH, repr(S.NORTH), S.SOUTH.upper(), S.NORTH == 'north', f"{S.SOUTH}")
class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RWX = 7
rw = Perm.R | Perm.W
print(repr(rw), str(rw), list(rw), len(rw), Perm.R in rw, Perm.X in rw, bool(Perm(0)), repr(Perm(0)), repr(~Perm.R), list(Perm), repr(Perm.RWX))
print(repr(rw & Perm.R), repr(rw ^ Perm.R), Perm(6) is rw, format(Perm.R))
try: Perm(8)
except ValueError as e: print(e)
class IP(IntFlag):
    R = 4
    W = 2
print(repr(IP.R | IP.W), str(IP.R | IP.W), IP.R + 1, repr(IP(8)), IP.R | 1)
try:
    @unique
    class U(Enum):
        A = 1
        B = 1
except ValueError as e: print(e)
Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value)
class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    MARS = (6.42e23, 3.39e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
print(Planet.EARTH.mass, Planet.MARS.value)
for c in reversed(Color): print(c.name, end=' ')
print()
match Color.GREEN:
    case Color.RED: print("red")
    case Color.GREEN: print("green")
class Shape(Enum):
    SQUARE = 2
    def __str__(self): return 'custom'
print(Shape.SQUARE, f"{Shape.SQUARE}")
try: Color.RED in 3
except TypeError as e: print(e)
print(repr(IP(12)), str(IP(12)), repr(~IP.R), repr(IP.R ^ 6), list(IP(12)))
class P2(Flag):
    A = auto(); B = auto(); C = auto()
print(list(P2), repr(P2.A|P2.C), repr(~P2.A), list(P2.__members__))
