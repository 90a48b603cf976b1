# fractions.Fraction: arithmetic over mixed operand types, comparisons, rounding,
# limit_denominator
from fractions import Fraction
import operator
import math

F = Fraction


def show(label, f):
    try:
        r = f()
        print(label, type(r).__name__, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)


ops = [('+', operator.add), ('-', operator.sub), ('*', operator.mul),
       ('/', operator.truediv), ('//', operator.floordiv), ('%', operator.mod),
       ('divmod', divmod), ('**', operator.pow)]
left = [F(3, 4), F(-5, 2), F(0), F(7)]
right = [F(1, 3), F(-2, 3), F(0), 2, -3, 0, True, 0.5, -1.5, 0.0, 2j, 1 + 1j, "x", None]
for a in left:
    for b in right:
        for name, op in ops:
            show("%r %s %r" % (a, name, b), lambda: op(a, b))
            show("%r %s %r" % (b, name, a), lambda: op(b, a))

# fractional and negative exponents
for a, b in [(F(4), F(1, 2)), (F(-8), F(1, 3)), (F(2, 3), -2), (F(-2, 3), -3),
             (F(0), -1), (F(0), F(-1)), (2, F(3)), (2, F(-2)), (-2, F(1, 2)),
             (2.0, F(1, 2)), (2.0, F(3)), (F(9, 4), 0.5), (4, F(1, 2)), (F(1, 4), F(-1, 2)),
             (1j, F(2)), (F(2), 1j), (F(5, 7), 0), (F(-1), 10**3)]:
    show("%r ** %r" % (a, b), lambda: a ** b)
show("pow3", lambda: pow(F(2), 3, 5))

# unary
for a in [F(3, 4), F(-3, 4), F(0)]:
    print(repr(-a), repr(+a), repr(abs(a)))

# augmented
x = F(1, 2)
x += 1
x *= F(2, 3)
x -= 0.25
print(repr(x))

# sums and products
print(repr(sum(F(1, n) for n in range(1, 21))))
p = F(1)
for n in range(1, 15):
    p *= F(n, n + 1)
print(repr(p))

# comparisons
vals = [F(1, 2), F(-1, 3), F(2), 0, 1, 2, 0.5, 0.25, -0.3333333333333333,
        float('inf'), float('-inf'), float('nan'), True, 1 + 0j, 0.5 + 0j, 1j]
for a in [F(1, 2), F(-1, 3), F(2)]:
    for b in vals:
        for name, op in [('<', operator.lt), ('<=', operator.le), ('>', operator.gt),
                         ('>=', operator.ge), ('==', operator.eq), ('!=', operator.ne)]:
            show("%r %s %r" % (a, name, b), lambda: op(a, b))
            show("%r %s %r" % (b, name, a), lambda: op(b, a))
show("lt str", lambda: F(1) < "a")
print(sorted([F(1, 3), 0.3, F(-2), 1, F(1, 4), -1.5]))
print(max(F(1, 3), F(2, 7)), min(F(1, 3), 0.3))
print(F(1, 3) in [1, F(2, 6)], F(3) == 3.0, F(1, 10) == 0.1)

# rounding
for q in [F(5, 2), F(7, 2), F(-5, 2), F(-7, 2), F(1, 3), F(2, 3), F(-1, 3), F(0),
          F(12345, 1000), F(-12355, 1000), F(15, 100), F(25, 100)]:
    print(q, round(q), repr(round(q, 0)), repr(round(q, 1)), repr(round(q, 2)),
          repr(round(q, -1)), repr(round(q, -2)), type(round(q)).__name__)
for q in [F(1234567, 10), F(-25), F(35), F(45)]:
    print(repr(round(q, -1)), repr(round(q, -2)))

# limit_denominator
import math as _m
pi = F(_m.pi)
for m in [1, 2, 3, 7, 10, 100, 113, 1000, 10**6]:
    print(m, repr(pi.limit_denominator(m)), repr((-pi).limit_denominator(m)))
print(repr(F(3, 8).limit_denominator(4)), repr(F(1, 3).limit_denominator(2)))
print(repr(F('3.1415926535897932').limit_denominator(1000)))
print(repr(F(0.1).limit_denominator()), repr(F(1, 10).limit_denominator(5)))
print(repr(F(5, 8).limit_denominator(3)), repr(F(-5, 8).limit_denominator(3)))
print(repr(F(1, 2).limit_denominator(1)), repr(F(3, 2).limit_denominator(1)))
show("limit0", lambda: F(1, 3).limit_denominator(0))
show("limit-1", lambda: F(1, 3).limit_denominator(-1))

# big values
a = F(10**50 + 1, 3**40)
b = F(-(2**100), 7**30)
print(repr(a + b), repr(a * b), repr(a / b), a // b, repr(a % b))
