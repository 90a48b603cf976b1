"""Rational numbers: the Fraction type, as in CPython 3.11's fractions module.

PVM has neither the numbers nor the decimal module, so Fraction is not registered
as a numbers.Rational, "rational" below means int (bool included) or Fraction,
and from_decimal accepts integers only (no Decimal instance can exist).
"""

import math
import sys

__all__ = ['Fraction']

# Parameters of CPython's numeric hash, which Fraction's hash must agree with so
# that hash(Fraction(n)) == hash(n) and hash(Fraction(x)) == hash(x) for floats.
_HASH_MODULUS = sys.hash_info.modulus
_HASH_INF = sys.hash_info.inf


def _is_rational(x):
    return isinstance(x, (int, Fraction))


def _digit_run(s, i):
    """Digits from s[i] on, single underscores allowed between digit groups.

    Returns (the digits without underscores, the index after them); ('', i) when
    s[i] is not a digit. An underscore not followed by a digit is left unread.
    """
    n = len(s)
    start = i
    while i < n and s[i].isdecimal():
        i += 1
    if i == start:
        return '', start
    while i + 1 < n and s[i] == '_' and s[i + 1].isdecimal():
        i += 2
        while i < n and s[i].isdecimal():
            i += 1
    return s[start:i].replace('_', ''), i


def _parse_fraction(text):
    """(numerator, denominator) that a string such as '-3/4', '1.5e-3' or ' 2 '
    denotes, or None when it is not a valid literal."""
    s = text.strip()
    n = len(s)
    i = 0
    negative = False
    if i < n and s[i] in '+-':
        negative = s[i] == '-'
        i += 1
    whole, i = _digit_run(s, i)
    if not whole and not (i + 1 < n and s[i] == '.' and s[i + 1].isdecimal()):
        return None
    numerator = int(whole) if whole else 0
    denominator = 1
    if i < n and s[i] == '/':
        digits, i = _digit_run(s, i + 1)
        if not digits:
            return None
        denominator = int(digits)
    else:
        if i < n and s[i] == '.':
            digits, i = _digit_run(s, i + 1)
            if digits:
                scale = 10 ** len(digits)
                numerator = numerator * scale + int(digits)
                denominator = scale
        if i < n and s[i] in 'eE':
            i += 1
            exp_negative = False
            if i < n and s[i] in '+-':
                exp_negative = s[i] == '-'
                i += 1
            digits, i = _digit_run(s, i)
            if not digits:
                return None
            exponent = int(digits)
            if exp_negative:
                denominator *= 10 ** exponent
            else:
                numerator *= 10 ** exponent
    if i != n:
        return None
    if negative:
        numerator = -numerator
    return numerator, denominator


class Fraction:
    """A rational number numerator/denominator in lowest terms, denominator > 0.

    Fraction(7, -21) == Fraction(-1, 3); also built from another rational, a
    float (exactly) or a string such as '-3/4', '1.25' or '3e-2'.
    """

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None, *, _normalize=True):
        self = object.__new__(cls)
        if denominator is None:
            if type(numerator) is int:
                self._numerator = numerator
                self._denominator = 1
                return self
            if _is_rational(numerator):
                self._numerator = numerator.numerator
                self._denominator = numerator.denominator
                return self
            if isinstance(numerator, float):
                self._numerator, self._denominator = numerator.as_integer_ratio()
                return self
            if isinstance(numerator, str):
                parsed = _parse_fraction(numerator)
                if parsed is None:
                    raise ValueError('Invalid literal for Fraction: %r' % (numerator,))
                numerator, denominator = parsed
            else:
                raise TypeError("argument should be a string or a Rational instance")
        elif type(numerator) is int and type(denominator) is int:
            pass
        elif _is_rational(numerator) and _is_rational(denominator):
            numerator, denominator = (numerator.numerator * denominator.denominator,
                                      denominator.numerator * numerator.denominator)
        else:
            raise TypeError("both arguments should be Rational instances")
        if denominator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % (numerator,))
        if _normalize:
            g = math.gcd(numerator, denominator)
            if denominator < 0:
                g = -g
            numerator //= g
            denominator //= g
        self._numerator = numerator
        self._denominator = denominator
        return self

    @classmethod
    def from_float(cls, f):
        """The Fraction exactly equal to the float f (an int is accepted too)."""
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("%s.from_float() only takes floats, not %r (%s)"
                            % (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        """The Fraction equal to a Decimal. PVM has no decimal module, so only
        integers (which CPython also accepts) can be given."""
        if isinstance(dec, int):
            return cls(dec)
        raise TypeError("%s.from_decimal() only takes Decimals, not %r (%s)"
                        % (cls.__name__, dec, type(dec).__name__))

    def as_integer_ratio(self):
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """The closest Fraction to self whose denominator is at most max_denominator."""
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        # Walk the continued-fraction convergents h/k of self until the next one's
        # denominator would exceed the limit; the answer is then the last
        # convergent or the best semiconvergent below it, whichever is closer.
        h_prev, k_prev, h, k = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            k_next = k_prev + a * k
            if k_next > max_denominator:
                break
            h_prev, k_prev, h, k = h, k, h_prev + a * h, k_next
            n, d = d, n - a * d
        steps = (max_denominator - k_prev) // k
        semi = Fraction(h_prev + steps * h, k_prev + steps * k)
        convergent = Fraction(h, k)
        if abs(convergent - self) <= abs(semi - self):
            return convergent
        return semi

    @property
    def numerator(a):
        return a._numerator

    @property
    def denominator(a):
        return a._denominator

    @property
    def real(a):
        return +a

    @property
    def imag(a):
        return 0

    def conjugate(a):
        return +a

    def __repr__(self):
        return '%s(%s, %s)' % (self.__class__.__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    # ------------------------------------------------------------ arithmetic
    # Each operation on two rationals is exact; with a float operand it is done in
    # floats, with a complex one in complex numbers, as CPython does.

    def __add__(a, b):
        if isinstance(b, (int, Fraction)):
            return _add(a._numerator, a._denominator, b.numerator, b.denominator)
        if isinstance(b, float):
            return float(a) + b
        if isinstance(b, complex):
            return complex(float(a)) + b
        return NotImplemented

    def __radd__(b, a):
        if isinstance(a, int):
            return Fraction(a * b._denominator + b._numerator, b._denominator)
        if isinstance(a, float):
            return a + float(b)
        if isinstance(a, complex):
            return a + complex(float(b))
        return NotImplemented

    def __sub__(a, b):
        if isinstance(b, (int, Fraction)):
            return _add(a._numerator, a._denominator, -b.numerator, b.denominator)
        if isinstance(b, float):
            return float(a) - b
        if isinstance(b, complex):
            return complex(float(a)) - b
        return NotImplemented

    def __rsub__(b, a):
        if isinstance(a, int):
            return Fraction(a * b._denominator - b._numerator, b._denominator)
        if isinstance(a, float):
            return a - float(b)
        if isinstance(a, complex):
            return a - complex(float(b))
        return NotImplemented

    def __mul__(a, b):
        if isinstance(b, (int, Fraction)):
            return Fraction(a._numerator * b.numerator, a._denominator * b.denominator)
        if isinstance(b, float):
            return float(a) * b
        if isinstance(b, complex):
            return complex(float(a)) * b
        return NotImplemented

    def __rmul__(b, a):
        if isinstance(a, int):
            return Fraction(a * b._numerator, b._denominator)
        if isinstance(a, float):
            return a * float(b)
        if isinstance(a, complex):
            return a * complex(float(b))
        return NotImplemented

    def __truediv__(a, b):
        if isinstance(b, (int, Fraction)):
            return _divide(a._numerator, a._denominator, b.numerator, b.denominator)
        if isinstance(b, float):
            return float(a) / b
        if isinstance(b, complex):
            return complex(float(a)) / b
        return NotImplemented

    def __rtruediv__(b, a):
        if isinstance(a, int):
            return _divide(a, 1, b._numerator, b._denominator)
        if isinstance(a, float):
            return a / float(b)
        if isinstance(a, complex):
            return a / complex(float(b))
        return NotImplemented

    def __floordiv__(a, b):
        if isinstance(b, (int, Fraction)):
            return (a._numerator * b.denominator) // (a._denominator * b.numerator)
        if isinstance(b, float):
            return float(a) // b
        if isinstance(b, complex):
            return complex(float(a)) // b
        return NotImplemented

    def __rfloordiv__(b, a):
        if isinstance(a, int):
            return (a * b._denominator) // b._numerator
        if isinstance(a, float):
            return a // float(b)
        if isinstance(a, complex):
            return a // complex(float(b))
        return NotImplemented

    def __mod__(a, b):
        if isinstance(b, (int, Fraction)):
            da, db = a._denominator, b.denominator
            return Fraction((a._numerator * db) % (b.numerator * da), da * db)
        if isinstance(b, float):
            return float(a) % b
        if isinstance(b, complex):
            return complex(float(a)) % b
        return NotImplemented

    def __rmod__(b, a):
        if isinstance(a, int):
            db = b._denominator
            return Fraction((a * db) % b._numerator, db)
        if isinstance(a, float):
            return a % float(b)
        if isinstance(a, complex):
            return a % complex(float(b))
        return NotImplemented

    def __divmod__(a, b):
        if isinstance(b, (int, Fraction)):
            da, db = a._denominator, b.denominator
            q, r = divmod(a._numerator * db, da * b.numerator)
            return q, Fraction(r, da * db)
        if isinstance(b, float):
            return divmod(float(a), b)
        if isinstance(b, complex):
            return divmod(complex(float(a)), b)
        return NotImplemented

    def __rdivmod__(b, a):
        if isinstance(a, int):
            db = b._denominator
            q, r = divmod(a * db, b._numerator)
            return q, Fraction(r, db)
        if isinstance(a, float):
            return divmod(a, float(b))
        if isinstance(a, complex):
            return divmod(a, complex(float(b)))
        return NotImplemented

    def __pow__(a, b):
        if isinstance(b, (int, Fraction)):
            if b.denominator == 1:
                power = b.numerator
                if power >= 0:
                    return Fraction(a._numerator ** power, a._denominator ** power,
                                    _normalize=False)
                if a._numerator >= 0:
                    return Fraction(a._denominator ** -power, a._numerator ** -power,
                                    _normalize=False)
                return Fraction((-a._denominator) ** -power, (-a._numerator) ** -power,
                                _normalize=False)
            # a fractional power is irrational in general: computed in floats
            return float(a) ** float(b)
        return float(a) ** b

    def __rpow__(b, a):
        if b._denominator == 1 and b._numerator >= 0:
            # an int base stays an int
            return a ** b._numerator
        if isinstance(a, int):
            return Fraction(a) ** b
        if b._denominator == 1:
            return a ** b._numerator
        return a ** float(b)

    def __pos__(a):
        return Fraction(a._numerator, a._denominator, _normalize=False)

    def __neg__(a):
        return Fraction(-a._numerator, a._denominator, _normalize=False)

    def __abs__(a):
        return Fraction(abs(a._numerator), a._denominator, _normalize=False)

    # ------------------------------------------------------------ conversions

    def __int__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __trunc__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        """round(self) is the nearest int, halves to even; round(self, n) the
        nearest Fraction with n decimal digits (a multiple of 10**-n)."""
        if ndigits is None:
            floor, remainder = divmod(self._numerator, self._denominator)
            twice = remainder * 2
            if twice < self._denominator:
                return floor
            if twice > self._denominator:
                return floor + 1
            return floor if floor % 2 == 0 else floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __float__(a):
        # int true division rounds correctly (and raises OverflowError when huge)
        return a._numerator / a._denominator

    def __complex__(a):
        return complex(float(a))

    def __bool__(a):
        return a._numerator != 0

    def __hash__(self):
        # The hash of n/d is n * inverse(d) modulo the hash modulus, the same value
        # ints and floats of equal value hash to; a d without inverse (a multiple
        # of the prime modulus) hashes like infinity.
        try:
            inverse = pow(self._denominator, -1, _HASH_MODULUS)
        except ValueError:
            h = _HASH_INF
        else:
            h = hash(hash(abs(self._numerator)) * inverse)
        if self._numerator < 0:
            h = -h
        return -2 if h == -1 else h

    # ------------------------------------------------------------ comparisons

    def __eq__(a, b):
        if type(b) is int:
            return a._numerator == b and a._denominator == 1
        if isinstance(b, (int, Fraction)):
            return a._numerator == b.numerator and a._denominator == b.denominator
        if isinstance(b, complex) and b.imag == 0:
            b = b.real
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                return False
            return a == Fraction.from_float(b)
        return NotImplemented

    def _compare(a, b):
        """(x, y) whose order is that of a and b, or None when b is no real number."""
        if isinstance(b, (int, Fraction)):
            return a._numerator * b.denominator, a._denominator * b.numerator
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                return 0.0, b
            return a, Fraction.from_float(b)
        return None

    def __lt__(a, b):
        pair = a._compare(b)
        if pair is None:
            return NotImplemented
        return pair[0] < pair[1]

    def __le__(a, b):
        pair = a._compare(b)
        if pair is None:
            return NotImplemented
        return pair[0] <= pair[1]

    def __gt__(a, b):
        pair = a._compare(b)
        if pair is None:
            return NotImplemented
        return pair[0] > pair[1]

    def __ge__(a, b):
        pair = a._compare(b)
        if pair is None:
            return NotImplemented
        return pair[0] >= pair[1]

    # ------------------------------------------------------------ copying

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        if type(self) is Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) is Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)


def _divide(na, da, nb, db):
    """Fraction(na/da) / Fraction(nb/db). Common factors are cancelled first, so
    that dividing by zero reports the same Fraction(n, 0) as CPython does."""
    g = math.gcd(na, nb)
    if g > 1:
        na //= g
        nb //= g
    g = math.gcd(db, da)
    if g > 1:
        da //= g
        db //= g
    n, d = na * db, nb * da
    if d < 0:
        n, d = -n, -d
    return Fraction(n, d, _normalize=False)


def _add(na, da, nb, db):
    """Fraction(na/da) + Fraction(nb/db), both in lowest terms. The gcd of the
    denominators is taken out first (Knuth, TAOCP 4.5.1), so the gcds computed are
    of numbers smaller than the unreduced sum's terms."""
    g = math.gcd(da, db)
    if g == 1:
        return Fraction(na * db + nb * da, da * db, _normalize=False)
    s = da // g
    t = na * (db // g) + nb * s
    g2 = math.gcd(t, g)
    if g2 == 1:
        return Fraction(t, s * db, _normalize=False)
    return Fraction(t // g2, s * (db // g2), _normalize=False)
