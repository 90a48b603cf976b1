# sys.version_info and the other struct sequences are tuples with named fields.
import sys

vi = sys.version_info
print(isinstance(vi, tuple), type(vi).__name__, type(vi).__module__, type(vi).__mro__[1:])
print(repr(type(vi)), repr(vi).startswith("sys.version_info(major=3, minor=11, micro="), str(vi) == repr(vi))
print(vi[0], vi[1], vi[:2], vi[-2], vi[::4], len(vi), vi.count(3), vi.index(11))
print(vi.major, vi.minor, vi.releaselevel, vi.serial, vi.micro == vi[2])
print(vi >= (3, 8), vi < (3, 12), vi > (3, 11), vi == tuple(vi), vi != tuple(vi), (3, 11) < vi, vi >= (3, 11, 0, "alpha"))
print(vi[:2] == (3, 11), type(vi[:2]).__name__, type(vi + (1,)).__name__, len(vi * 2), hash(vi) == hash(tuple(vi)))
major, minor, *rest = vi
print(major, minor, len(rest), 3 in vi, "final" in vi, list(vi)[:2], "%d.%d" % vi[:2], "{0}.{1}".format(*vi))
print(sorted([vi[:2], (2, 7), (3, 12)]), max(vi[:2]), min(vi[:2]))
print(type(vi).__match_args__, vi.n_fields, vi.n_sequence_fields, vi.n_unnamed_fields)
match vi:
    case (3, minor, *_):
        print("matched 3 with minor", minor)
VersionInfo = type(vi)
match vi:
    case VersionInfo(major=m, minor=n):
        print("class pattern", m, n)
match vi:
    case VersionInfo(m, n):
        print("positional class pattern", m, n)

# read-only fields, no new attributes, no instances made by programs
for name in ("major", "n_fields", "count", "other"):
    for action in ("set", "del"):
        try:
            if action == "set":
                setattr(vi, name, 1)
            else:
                delattr(vi, name)
        except AttributeError as e:
            print(action, name, "AttributeError:", e)
for args in [(), ((3, 11, 0, "final", 0),)]:
    try:
        type(vi)(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    class Sub(type(vi)):
        pass
except TypeError as e:
    print("TypeError:", e)
print(vi.__reduce__()[1][0] == tuple(vi))

# float_info and int_info can be made from a sequence
fi = sys.float_info
print(repr(fi))
print(fi.max, fi.epsilon, fi.dig, fi.mant_dig, fi[0] == fi.max, isinstance(fi, tuple), len(fi))
FI = type(fi)
print(FI(range(11)))
print(FI(sequence=list(range(11))).radix, FI(range(11), {}).rounds, FI(range(11), dict={"a": 1}).max)
for args, kwargs in [((range(11), None), {}), ((), {}), ((range(3),), {}), ((5,), {}), ((range(11), 5), {}), ((1, 2, 3), {}), ((range(11),), {"x": 1}), ((range(11),), {"sequence": 1})]:
    try:
        FI(*args, **kwargs)
    except TypeError as e:
        print("TypeError:", e)
print(repr(sys.int_info), sys.int_info.bits_per_digit, type(sys.int_info)(range(4)).sizeof_digit)
hi = sys.hash_info
print(type(hi).__name__, isinstance(hi, tuple), hi.width, hi.modulus, hi.inf, hi.imag, hash(float("inf")) == hi.inf)
print(hash(2 ** 61 - 1), hash(hi.modulus + 5), hash(-1))

# flags: the fields in order
fl = sys.flags
print(isinstance(fl, tuple), len(fl), type(fl).__match_args__)
print(fl.optimize, fl.debug, fl.verbose, fl.dev_mode, fl.int_max_str_digits, fl[3] == fl.optimize)
try:
    type(fl)(tuple(fl))
except TypeError as e:
    print("TypeError:", e)
