def t(f, *a, **k):
    try: return repr(f(*a, **k))
    except Exception as e: return type(e).__name__ + ': ' + str(e)
z = 3-4j
print(f"{z}", f"{z!s}", "%s" % z, str(z), "{}".format(z), "{:>12}".format(z))
print(t(int, z), t(float, z), t(round, z), t(divmod, z, 1), t(lambda: z % 1), t(lambda: z // 1), t(max, 1j, 2j), t(lambda: 1j < 1), t(lambda: 1 >= 1j))
print(sum([1j, 2j, 3]), sum([0.5, 1j]), [1j] * 2, 1j in [1j], {1j, 1j, 0j, 0, False})
print(t(complex, '1+2j', 1), t(complex, 1, '2'), t(complex, None), t(complex, '1', imag=2), t(complex, real='1'), t(complex, x=1), t(complex, 1, 2, 3))
print(complex(2**53 + 1) == 2**53 + 1, complex(2.0) == 2, 2 == complex(2.0), (1+0j) != 1, hash(complex(0.5, 0)) == hash(0.5))
print(t(lambda: 10**400 + 1j), t(lambda: 1j * 10**400), t(complex, 10**400), t(abs, complex(1e308, 1e308)))
print(isinstance(1j, (int, float)), issubclass(complex, object), complex.__name__, repr(complex), type(z.real), t(lambda: z.foo))
print(z.conjugate().conjugate() == z, (1j).__add__(1), (1j).__radd__('a'), (1j).__eq__('a'), complex.conjugate(2j))
print(t(complex.conjugate, 2), t(lambda: complex.__add__(1, 2)))

print("skip")
print(1j, -2.5J, 1_0j, 0j.real, .5j, 1e3j, 1E-3J)
print(t(complex, '  1.5e+3-2.5e-3J  '), t(complex, '(\t1+1j\n)'), t(complex, '1+1j)'), t(complex, '((1+1j))'), t(complex, 'nan-infj'), t(complex, '-Infinity+NaNj'), t(complex, '1\x00'), t(complex, '١+٢j'))
