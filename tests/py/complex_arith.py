vals = [0.0, -0.0, 1.0, -1.0, 0.5, 1e20, 1e-20, 1e16, 123456789.0, float('inf'), -float('inf'), float('nan'), 5e-324, 2.5e300]
for r in vals:
    for i in vals:
        z = complex(r, i)
        print(repr(z), str(z), hash(z) if z == z else 'nan', bool(z), z.conjugate())
ops = [complex(1, 2), complex(-3.5, 0.25), complex(0, 1), complex(1e300, 1e300), complex(1e-300, -1e-300), complex(0.0, -0.0), complex(float('inf'), 1), complex(2, float('nan')), 3, -2.5, True, 2**70]
for a in ops:
    for b in ops:
        out = []
        if not isinstance(a, complex) and not isinstance(b, complex): continue
        for name, f in [('+', lambda x, y: x + y), ('-', lambda x, y: x - y), ('*', lambda x, y: x * y), ('/', lambda x, y: x / y), ('**', lambda x, y: x ** y)]:
            try:
                out.append(repr(f(a, b)))
            except (ZeroDivisionError, OverflowError, TypeError) as e:
                out.append(type(e).__name__ + ': ' + str(e))
        print(repr(a), repr(b), ' | '.join(out))
for a in ops:
    try: print(repr(a), abs(a), -a, +a)
    except OverflowError as e: print(type(e).__name__, e)
for e in [0, 1, 2, 3, 5, 10, 50, 100, 101, -1, -2, -7, -100, -101, 0.5, -0.5, 1j, 2+3j]:
    for b in [1+1j, 0j, 1j, -2.5+0.5j, 0.9+0.1j]:
        try: print(repr(b), repr(e), repr(b ** e))
        except (ZeroDivisionError, OverflowError) as ex: print(repr(b), repr(e), type(ex).__name__, ex)
print(pow(2j, 2), (1j).__pow__(2, None))
try: pow(1j, 2, 3)
except (TypeError, ValueError) as e: print(type(e).__name__, e)
for spec in ['', '.3f', '10.2e', '<20g', '^20', '+.1f', ' ', '.0f', 'g', 'E', '>15.3g', '*^30.2f', ',.2f', 'n', '.5', '#.0f', '010', '=10', 'd', 'x']:
    for z in [1+2j, -1.5-2.25j, 3j, -0j, complex(1e20, -1e-5), complex(float('nan'), float('inf'))]:
        try: print(repr(spec), format(z, spec))
        except ValueError as e: print(repr(spec), type(e).__name__, e)
