import math
vals = [0.0, -0.0, 0.5, -0.5, 1.0, -1.0, 2.0, 3.5, -3.5, 10.0, 100.0, 710.0, -710.0, 1e-300, 5e-324, -5e-324, 2.2250738585072014e-308, 1e300, -1e300, 1.7976931348623157e308, math.inf, -math.inf, math.nan, 0.1, 0.7, 1e-10, 30.5, -30.5, 171.5, 200.5, -200.5, 1e16, 25, -7, 2**60, 10**400]
names = ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cbrt', 'cos', 'cosh', 'erf', 'erfc', 'exp', 'exp2', 'expm1', 'fabs', 'gamma', 'lgamma', 'log', 'log10', 'log1p', 'log2', 'sin', 'sinh', 'sqrt', 'tan', 'tanh', 'degrees', 'radians', 'ulp', 'frexp', 'modf', 'isfinite', 'isinf', 'isnan', 'floor', 'ceil', 'trunc']
for n in names:
    f = getattr(math, n)
    out = []
    for v in vals:
        try:
            out.append(repr(f(v)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__ + ':' + str(e))
    print(n, ' '.join(out))
# gamma and lgamma over a finer grid
for i in range(-400, 400):
    x = i / 7.3
    r = []
    for f in (math.gamma, math.lgamma):
        try: r.append(repr(f(x)))
        except (ValueError, OverflowError) as e: r.append(type(e).__name__)
    print(repr(x), *r)
two = ['atan2', 'copysign', 'remainder', 'nextafter', 'fmod', 'pow', 'hypot', 'dist2', 'ldexp', 'log']
pairs = [0.0, -0.0, 1.0, -1.0, 2.5, -2.5, 0.5, 3.0, -3.0, 1e308, 5e-324, math.inf, -math.inf, math.nan, 7, -2, 1024, -1080]
for n in two:
    for x in pairs:
        out = []
        for y in pairs:
            try:
                if n == 'dist2': r = math.dist((x, 1.0), (0.0, y))
                elif n == 'ldexp': r = math.ldexp(x, int(y) if y == y and abs(y) != math.inf else 5)
                else: r = getattr(math, n)(x, y)
                out.append(repr(r))
            except (ValueError, OverflowError, ZeroDivisionError) as e:
                out.append(type(e).__name__ + ':' + str(e))
        print(n, repr(x), ' '.join(out))
