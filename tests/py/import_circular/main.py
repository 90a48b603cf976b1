# Circular imports: a module is in sys.modules (partially initialised) while its
# body runs.
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

import alpha
print("alpha.value", alpha.value, "beta.value", alpha.beta.value)
print(alpha.beta.alpha is alpha)
print(alpha.seen_from_beta)

# from-import of a name the partially initialised module does not have yet
try:
    import gamma
except ImportError as e:
    print(type(e).__name__, str(e).replace(HERE, "<here>"))
    print(e.name, e.path.replace(HERE, "<here>"))
print("gamma" in sys.modules, "delta" in sys.modules)

# attribute access on a partially initialised module
try:
    import epsilon
except AttributeError as e:
    print("AttributeError:", e)

# a package whose submodules import each other through the package
import pkg
print(pkg.first.name, pkg.second.name, pkg.first.other is pkg.second)
