# from m import *: __all__ when the module has one, else its public names.
from __future__ import annotations
from public import *
print(sorted(k for k in globals() if not k.startswith("__")))
from listed import *
print(alpha, beta)
try:
    gamma
except NameError as e:
    print("NameError:", e)
from pkg import *
print(sub.WHAT, top)
from private_listed import *
print(_hidden, shown, "_unlisted" in globals())
# `import a.b as c` binds c to the submodule, and not a
import pkg.sub as sub_again
print(sub_again is sub, sub_again.__name__, "pkg" in globals())
try:
    from bad_all import *
except TypeError as e:
    print("TypeError:", e)
try:
    from missing_all import *
except AttributeError as e:
    print("AttributeError:", e)
import __future__
print(__future__.annotations is not None, "annotations" in __future__.all_feature_names)


def f(x: SomeUndefinedName) -> AnotherOne:
    return x


print(f(3))
