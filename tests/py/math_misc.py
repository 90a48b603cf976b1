import math
def t(f, *a, **k):
    try: return repr(f(*a, **k))
    except Exception as e: return type(e).__name__ + ': ' + str(e)
print(math.pi, math.e, math.tau, math.inf, math.nan, -math.inf)
# fsum
for data in [[], [1.0], [0.1] * 10, [1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50], [1e-16, 1, 1e16], [1, 2, 3], [2**1000, 1.5, -2.0**1000],
             [math.inf, 1.0], [math.inf, -math.inf], [math.nan, 1.0], [1e308, 1e308], [1e308, 1e308, -1e308], [0.3, -0.1, -0.2], [-0.0, -0.0], [True, 2.5],
             [1.0, 1e-16, 1e-16], [5e-324] * 7, [1.7976931348623157e308, -1e292, 9.9792015476736e291]]:
    print('fsum', t(math.fsum, data), t(math.fsum, iter(data)))
print(t(math.fsum, ['a']), t(math.fsum, 5), t(math.fsum, [2**2000]))
state = 12345
def rnd():
    global state
    state = (state * 1103515245 + 12345) % 2**31
    return state
for i in range(30):
    d = [(rnd() / 2**31 * 2 - 1) * 10.0 ** (rnd() % 41 - 20) for _ in range(50)]
    print(repr(math.fsum(d)), repr(math.hypot(*d)), repr(math.dist(d[:25], d[25:])))
# hypot
for args in [(), (3,), (-3.0,), (3, 4), (3, 4, 5), (1e308, 1e308), (5e-324, 5e-324), (1e-320, 3e-321, 4e-320), (math.inf, math.nan), (math.nan, 1), (0.0, -0.0), (1, 1, 1, 1, 1, 1, 1), (2**1000, 1), (1.5, 2.5, 3.5, 4.5)]:
    print('hypot', args, t(math.hypot, *args))
print(t(math.hypot, 'x'), t(math.hypot, 2**2000), t(math.hypot, 1, x=2))
print(t(math.dist, (1, 2), (3, 4)), t(math.dist, [1, 2, 3], (4, 5, 6)), t(math.dist, (1,), (1, 2)), t(math.dist, (1,)), t(math.dist, 1, 2), t(math.dist, (), ()), t(math.dist, ('a',), (1,)))
# integer functions
for n in [0, 1, 5, 20, 21, 50, 100, -1, 5.0, True, '3', 2**64]:
    print('factorial', repr(n), t(math.factorial, n) if n != 2**64 else '')
print(len(str(math.factorial(1000))), math.factorial(1000) % (10**30 + 7))
print(t(math.gcd), t(math.gcd, 0), t(math.gcd, -12), t(math.gcd, 12, 18), t(math.gcd, 12, -18, 27), t(math.gcd, 2**100, 6**50), t(math.gcd, 1.5), t(math.gcd, 0, 0))
print(t(math.lcm), t(math.lcm, 0), t(math.lcm, -12), t(math.lcm, 4, 6), t(math.lcm, 4, -6, 10), t(math.lcm, 0, 5), t(math.lcm, 2**70, 3), t(math.lcm, 'a'))
for n in [0, 1, 2, 3, 4, 15, 16, 17, 10**20, 2**200 + 12345, -1, 4.0, True]:
    print('isqrt', t(math.isqrt, n))
for n, k in [(5, 2), (10, 0), (10, 10), (10, 11), (0, 0), (50, 25), (100, 3), (-1, 2), (5, -1), (2**70, 2), (5.0, 2), (5, 2.0), (300, 150)]:
    print('comb/perm', n, k, t(math.comb, n, k), t(math.perm, n, k))
print(t(math.perm, 5), t(math.perm, 5, None), t(math.comb, 5), t(math.perm, -3))
# prod
print(t(math.prod, []), t(math.prod, [1, 2, 3, 4]), t(math.prod, [1.5, 2]), t(math.prod, range(1, 30)), t(math.prod, [2, 3], start=10), t(math.prod, ['ab', 3]), t(math.prod, [[1], 3]), t(math.prod, [], start='s'), t(math.prod, [1j, 1j]), t(math.prod, 5), t(math.prod))
# isclose
for a, b in [(1.0, 1.0 + 1e-10), (1.0, 1.1), (0.0, 1e-300), (math.inf, math.inf), (math.inf, -math.inf), (math.nan, math.nan), (1e10, 1e10 + 1), (-1.0, -1.0000000001)]:
    print('isclose', t(math.isclose, a, b), t(math.isclose, a, b, rel_tol=0.2), t(math.isclose, a, b, abs_tol=1e-5))
print(t(math.isclose, 1, 2, rel_tol=-1), t(math.isclose, 1, 2, abs_tol=-1), t(math.isclose, 1, 2, 3), t(math.isclose, 1), t(math.isclose, 'a', 1))
# log with base and huge ints
for x in [1, 2, 8, 10, 100, 1000, 2**1000, 10**400, 2**10000 + 1, 3**5000, 0, -5, 0.0, -0.0, 1.5, math.inf, math.nan, True]:
    print('log', repr(x)[:20], t(math.log, x), t(math.log2, x), t(math.log10, x), t(math.log, x, 2), t(math.log, x, 10), t(math.log, x, 0.5))
print(t(math.log, 8, 1), t(math.log, 8, 0), t(math.log, 'a'), t(math.log), t(math.log, 1, 2, 3), t(math.log, 8, -2))
# floor/ceil/trunc on objects
class F:
    def __floor__(self): return 'floor!'
    def __ceil__(self): return 'ceil!'
    def __trunc__(self): return 'trunc!'
class G:
    def __float__(self): return 2.5
class I:
    def __index__(self): return 7
for o in [F(), G(), I(), 2.5, -2.5, 7, True, 2**70, 1e300, math.inf, math.nan, 'x', None]:
    print('rounding', t(math.floor, o), t(math.ceil, o), t(math.trunc, o), t(math.sqrt, o))
print(t(math.sqrt, 'x'), t(math.sqrt), t(math.sqrt, 1, 2), t(math.sqrt, x=1), t(math.pow, 2), t(math.atan2, 1), t(math.ldexp, 1.0, 2.5), t(math.ldexp, 1.0, 2**100), t(math.ldexp, 1.0, -2**100), t(math.ldexp, 0.0, 2**100), t(math.ldexp, 1.5, 1023), t(math.ldexp, 1.5, 1024))
print(t(math.sqrt, 2**2000), t(math.exp, 1000), t(math.exp, -1000), t(math.cosh, 1000), t(math.factorial, -1), t(math.factorial, 1.5), t(math.gcd, 1, 'a'), t(math.isqrt, -4))
print(t(math.frexp, 5e-324), t(math.frexp, -0.0), t(math.frexp, math.inf), t(math.modf, -3.75), t(math.modf, -0.0), t(math.modf, math.inf), t(math.modf, -math.inf))
print(t(math.nextafter, 1.0, 2.0), t(math.nextafter, 0.0, -1.0), t(math.nextafter, math.inf, 0), t(math.ulp, 1.0), t(math.ulp, 0.0), t(math.ulp, -5e-324), t(math.ulp, 1.7976931348623157e308), t(math.ulp, 1e16))
print(t(math.fmod, 5.5, 2), t(math.fmod, -5.5, 2), t(math.fmod, 1, 0), t(math.fmod, math.inf, 2), t(math.fmod, 3, math.inf), t(math.remainder, 5, 2), t(math.remainder, 7, 2), t(math.remainder, math.inf, 2), t(math.remainder, 1, 0))
print(t(math.pow, 0.0, -1.0), t(math.pow, -8, 1/3), t(math.pow, 10, 400), t(math.pow, 2, -1080), t(math.pow, math.nan, 0), t(math.pow, 1, math.nan), t(math.pow, -math.inf, 3), t(math.pow, -math.inf, -3), t(math.pow, -0.5, math.inf), t(math.pow, -2, -math.inf))
print(type(math.floor(2.5)).__name__, type(math.ceil(True)).__name__, math.ceil(True), math.floor(-0.5), math.trunc(-0.5), math.copysign(3, -0.0), math.degrees(math.pi), math.radians(180))
print(t(math.gamma, 0), t(math.gamma, -1), t(math.gamma, 172), t(math.gamma, 171.6), t(math.lgamma, 0), t(math.lgamma, -2), t(math.lgamma, 2.6e305), t(math.gamma, -171.5), t(math.gamma, 1e-30), t(math.gamma, -1e-310))
