# Import errors with CPython's types, messages and attributes.
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def attempt(stmt):
    try:
        exec_import(stmt)
    except ImportError as e:
        print(type(e).__name__ + ":", str(e).replace(HERE, "<here>"), "| name:", e.name)
    except Exception as e:
        print(type(e).__name__ + ":", str(e).replace(HERE, "<here>"))


def exec_import(stmt):
    kind, _, rest = stmt.partition(" ")
    if kind == "import":
        __import__(rest)
    else:
        mod, _, names = rest.partition(" import ")
        m = __import__(mod, globals(), None, names.split(", "))
        for n in names.split(", "):
            getattr(m, n)


attempt("import no_such_module")
attempt("import plain.sub")
attempt("import os.nothing_here")
try:
    from plain import missing_name
except ImportError as e:
    print("ImportError:", str(e).replace(HERE, "<here>"), e.name, e.path.replace(HERE, "<here>"))
try:
    from sys import no_such_thing
except ImportError as e:
    print("ImportError:", e, e.path)

# a module whose body raises is not left in sys.modules, and runs again next time
for i in range(2):
    try:
        import broken
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e, "broken" in sys.modules)

# a module with a syntax error
try:
    import bad_syntax
except SyntaxError as e:
    print("SyntaxError:", e.msg, e.lineno, os.path.basename(e.filename), repr(e.text))
    print(str(e))

# None in sys.modules stops an import
sys.modules["blocked"] = None
try:
    import blocked
except ImportError as e:
    print(type(e).__name__ + ":", e)
del sys.modules["blocked"]

# a module may replace itself in sys.modules
import replaced
print(replaced)

# module __getattr__ (PEP 562)
import lazy
print(lazy.anything, lazy.real)
from lazy import other
print(other)

# sys.path can be extended at run time
sys.path.append(os.path.join(HERE, "extra_dir"))
import extra_module
print(extra_module.WHERE)

# a folder without __init__.py is a namespace package
import nspkg.inner.leaf
print(nspkg.inner.leaf.VALUE, getattr(nspkg, "__file__", None), [p.replace(HERE, "<here>") for p in nspkg.__path__])

# relative import from the main script
try:
    from . import plain
except ImportError as e:
    print("ImportError:", e)

try:
    __import__("")
except ValueError as e:
    print("ValueError:", e)
try:
    __import__(42)
except TypeError as e:
    print("TypeError:", e)

# an error inside an imported function shows in the traceback with its file
import raiser
raiser.fail()
