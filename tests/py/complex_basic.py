print(1j, 2+3j, -0j, complex(-0.0,-0.0), complex(float('nan'), float('inf')), 1e20+1j, complex(1,2))
z = 1+2j
print(z.real, z.imag, z.conjugate(), abs(3+4j), bool(0j), bool(1j))
print(z + 1, 1 + z, z - 1, 1 - z, z * 2, 2 * z, z / 2, 2 / z, z ** 2, 2 ** z, z ** 0.5, z ** -1)
print(z == 1+2j, z != 1+2j, (1+0j) == 1, 1 == (1+0j), (1+0j) == 1.0, hash(1+0j) == hash(1), hash(z), hash(-1j), hash(complex(2**70, 5)))
try: z < z
except TypeError as e: print(type(e).__name__, e)
try: z / 0
except ZeroDivisionError as e: print(type(e).__name__, e)
try: 0j ** -1
except ZeroDivisionError as e: print(type(e).__name__, e)
try: z // 2
except TypeError as e: print(type(e).__name__, e)
for s in ["1+2j", " (1-2j) ", "j", "-j", "+J", "1e3j", "inf+nanj", "1_0j", "1__0", "1+", "(1", "", "1+2", "1e", "  3.5  ", "1 + 2j", "-1.5e-3-2.5E+2j"]:
    try: print(repr(s), complex(s))
    except (ValueError, TypeError) as e: print(repr(s), type(e).__name__, e)
print(complex(1j, 1j), complex(1, 1j), complex(1j), complex(), complex(real=2, imag=3), complex(True))
for args in [("1", 2), (1, "2"), ([],), (1, [])]:
    try: print(complex(*args))
    except TypeError as e: print(type(e).__name__, e)
print(isinstance(1j, complex), type(1j).__name__, type(1j))
print((-8) ** (1/3), (-1) ** 0.5)
print(format(1+2j), format(1+2j, '.2f'), format(1.5j, '>10'), f"{3-4j:g}", f"{z!r}")
try: (1e200+1e200j)**2
except OverflowError as e: print(type(e).__name__, e)
print(-z, +z, z.__getnewargs__())
class C:
    def __complex__(self): return 3j
print(complex(C()))
print([1j, 2j], {1j: 2}, (1j,))
