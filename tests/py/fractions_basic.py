# fractions.Fraction: construction, errors, properties, conversions, hashing
from fractions import Fraction
import math


def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print(type(e).__name__, e)


# construction from ints and pairs
for args in [(), (5,), (-7,), (0,), (3, 4), (6, 8), (-6, 8), (6, -8), (-6, -8),
             (0, 5), (0, -5), (10**30, 10**20), (7, 1), (True,), (True, 2), (3, True),
             (Fraction(1, 2), Fraction(3, 4)), (Fraction(5, 3),), (Fraction(1, 3), 2),
             (2, Fraction(4, 5))]:
    show(lambda: Fraction(*args))

# from floats (exact)
for x in [0.5, -0.25, 0.1, 1e100, -0.0, 3.0, 1e-300, 2.5e-5]:
    show(lambda: Fraction(x))
    show(lambda: Fraction.from_float(x))

# strings
for s in ["3/4", " -1.5e3 ", "1_000/3", "-0", "+7", "  12  ", "1.", ".5", "-.5",
          "3.14159", "1e10", "1E-3", "2.5e+2", "1_0.2_5", "1_0e1_0", "-6/8", "+6/-8",
          "0/5", "١٢/٣", "\t7/3\n", "1.5/2", "x", "", " ", "1/", "/2", "1 /2", "1/ 2",
          "1__0", "_1", "1_", ".", "e5", "1e", "1e+", "3/0", "-1/0", "0/0", "1..2",
          "1/2/3", "inf", "nan", "0x10", "1/2e3", "١.٥", "++1", "1._5", "--1"]:
    show(lambda: Fraction(s))

# keyword arguments
show(lambda: Fraction(numerator=3, denominator=9))
show(lambda: Fraction(denominator=2))

# type errors and zero denominators
for args in [(None,), ([1],), (1.5, 2), (1, 2.0), ("1", 2), (1, "2"), (1j,),
             (1, 0), (-3, 0), (Fraction(1, 2), 0), (0, Fraction(0)),
             (float('inf'),), (float('nan'),), (float('-inf'),)]:
    show(lambda: Fraction(*args))


class Ratio:
    def as_integer_ratio(self):
        return (1, 3)


show(lambda: Fraction(Ratio()))

# from_float / from_decimal errors
show(lambda: Fraction.from_float(7))
show(lambda: Fraction.from_float("1.5"))
show(lambda: Fraction.from_float(Fraction(1, 2)))
show(lambda: Fraction.from_decimal(4))
show(lambda: Fraction.from_decimal(1.5))

# properties and methods
f = Fraction(-22, 8)
print(f.numerator, f.denominator, f.as_integer_ratio(), f.real, f.imag, f.conjugate())
print(type(f.real).__name__, type(f.imag).__name__)
print(hasattr(f, 'is_integer'))
try:
    f.numerator = 3
except AttributeError as e:
    print("AttributeError", e)
try:
    f.other = 3
except AttributeError as e:
    print("AttributeError", e)

# str / repr / format-ish
for q in [Fraction(3, 4), Fraction(-3, 4), Fraction(5), Fraction(0), Fraction(-10**20, 3)]:
    print(str(q), repr(q), "%s" % q, f"{q}", f"{q!r}")

# conversions
for q in [Fraction(7, 2), Fraction(-7, 2), Fraction(5, 2), Fraction(-5, 2), Fraction(3),
          Fraction(-1, 3), Fraction(2, 3), Fraction(0), Fraction(1, 10**30)]:
    print(q, int(q), float(q), math.floor(q), math.ceil(q), math.trunc(q), round(q),
          complex(q), bool(q))
show(lambda: float(Fraction(10**400, 3)))
show(lambda: float(Fraction(1, 10**400)))

# hashing: equal to CPython's, and to the hash of an equal int/float
hs = []
for n in range(-12, 13):
    for d in range(1, 13):
        hs.append(hash(Fraction(n, d)))
print(hs)
for q in [Fraction(1, 3), Fraction(-1, 3), Fraction(10**40, 7), Fraction(1, 2**61 - 1),
          Fraction(3, 2 * (2**61 - 1)), Fraction(-5, 2**61 - 1), Fraction(2**61 - 1, 1),
          Fraction(1, 2**70), Fraction(-1), Fraction(-2)]:
    print(q, hash(q))
for x in [0.5, -1.25, 3.0, 1e20, 0.1]:
    print(hash(Fraction(x)) == hash(x), hash(Fraction(x)))
print(hash(Fraction(7)) == hash(7), hash(Fraction(2**80)) == hash(2**80))
print(len({Fraction(1, 2), 0.5, Fraction(2, 4), Fraction(1)}), {3: 'x'}[Fraction(3)], Fraction(1, 2) in {0.5}, 0.5 in {Fraction(1, 2)})

# subclass
class Half(Fraction):
    pass


h = Half(1, 2)
print(repr(h), type(h).__name__, type(h + 1).__name__, type(-h).__name__,
      isinstance(h, Fraction))
import copy
print(copy.copy(Fraction(1, 2)), copy.deepcopy(Fraction(-1, 3)))
