# warnings: filters, actions, registries, catch_warnings, formatting, errors.
import os
import sys
import warnings

sys.stderr = sys.stdout
_format = warnings.formatwarning


def short_format(message, category, filename, lineno, line=None):
    # the file name only: the test also runs from another folder (tests/cache.rs)
    return _format(message, category, os.path.basename(filename), lineno, line)


warnings.formatwarning = short_format


def deprecated():
    warnings.warn("old api", DeprecationWarning, stacklevel=2)


def user():
    warnings.warn("careful")


for i in range(3):
    user()
deprecated()
warnings.warn("as instance: %d" % 1, RuntimeWarning)
warnings.warn(UserWarning("instance message"))

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    for i in range(2):
        user()
    warnings.warn("future", FutureWarning)
    deprecated()
print(len(log), [(str(w.message), w.category.__name__, w.lineno) for w in log])
print(log[0].filename.endswith("warnings_basic.py"), str(log[0])[:30])

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        user()
    except UserWarning as e:
        print("raised", type(e).__name__, e)

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("ignore")
    warnings.filterwarnings("always", message="keep")
    warnings.warn("keep this")
    warnings.warn("drop this")
    warnings.warn("KEEP upper")
print([str(w.message) for w in log])

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("once")
    for i in range(3):
        warnings.warn("once only")
    warnings.simplefilter("module")
    for i in range(3):
        warnings.warn("per module")
print([str(w.message) for w in log])

with warnings.catch_warnings(record=True) as log:
    warnings.resetwarnings()
    warnings.warn("pending", PendingDeprecationWarning)
    print(len(log), len(warnings.filters))
print(len(warnings.filters), warnings.filters[0][0], warnings.filters[0][2].__name__)

print(warnings.formatwarning("msg", UserWarning, "file.py", 7, "  code line  "), end="")
print(warnings.formatwarning("msg", UserWarning, "nofile.py", 7), end="")
try:
    warnings.warn("x", int)
except TypeError as e:
    print("TypeError", e)
for bad in [lambda: warnings.simplefilter("bogus"), lambda: warnings.filterwarnings("ignore", message=3),
            lambda: warnings.filterwarnings("ignore", category=int), lambda: warnings.simplefilter("ignore", lineno=-1)]:
    try:
        bad()
    except AssertionError as e:
        print("AssertionError", e)
for name in ["PendingDeprecationWarning", "ImportWarning", "ResourceWarning", "FutureWarning",
             "UnicodeWarning", "BytesWarning", "EncodingWarning"]:
    c = getattr(__builtins__, name, None) or __builtins__[name] if isinstance(__builtins__, dict) else getattr(__builtins__, name)
    print(name, c.__mro__[1].__name__)
warnings.warn("huge stacklevel", stacklevel=50)
shown = []
old = warnings.showwarning
warnings.showwarning = lambda m, c, f, l, file=None, line=None: shown.append((str(m), c.__name__, l))
warnings.warn("custom show")
warnings.showwarning = old
print(shown)
