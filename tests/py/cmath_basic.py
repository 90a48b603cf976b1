import cmath, math
def t(f, *a, **k):
    try: return repr(f(*a, **k))
    except Exception as e: return type(e).__name__ + ': ' + str(e)
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan, cmath.infj, cmath.nanj)
parts = [0.0, -0.0, 1.0, -1.0, 0.5, -2.5, 1e-310, -1e-310, 1e300, -1e300, 1.7e308, 710.0, -710.0, 3.0, math.inf, -math.inf, math.nan]
for name in ['sqrt', 'exp', 'log', 'log10', 'sin', 'cos', 'tan', 'sinh', 'cosh', 'tanh', 'phase', 'polar', 'isnan', 'isinf', 'isfinite']:
    f = getattr(cmath, name)
    for re in parts:
        print(name, repr(re), ' '.join(t(f, complex(re, im)) for im in parts))
for r in parts:
    print('rect', repr(r), ' '.join(t(cmath.rect, r, phi) for phi in parts))
for x in [1, 2.5, -3, 1j, 1+1j, 0, 0j, 10**400, 'a', None]:
    print('args', repr(x)[:20], t(cmath.sqrt, x), t(cmath.log, x), t(cmath.log, x, 2), t(cmath.log, 8, x), t(cmath.log10, x), t(cmath.phase, x), t(cmath.polar, x))
print(t(cmath.log, 1j, 1), t(cmath.log, 0, 2), t(cmath.log), t(cmath.log, 1, 2, 3), t(cmath.sqrt), t(cmath.rect, 1), t(cmath.rect, 1j, 1))
for a, b in [(1+1j, 1+1.0000000001j), (1j, 2j), (complex(math.inf, 1), complex(math.inf, 1)), (complex(math.inf, 1), complex(math.inf, 2)), (cmath.nanj, cmath.nanj), (1e-10j, 0)]:
    print('isclose', t(cmath.isclose, a, b), t(cmath.isclose, a, b, rel_tol=0.5), t(cmath.isclose, a, b, abs_tol=1e-9))
print(t(cmath.isclose, 1, 1, rel_tol=-1), t(cmath.isclose, 1, 2, 3))
class C:
    def __complex__(self): return 4j
class D:
    def __float__(self): return 4.0
print(t(cmath.sqrt, C()), t(cmath.sqrt, D()), t(cmath.exp, C()))
