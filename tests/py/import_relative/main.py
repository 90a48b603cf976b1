# Relative imports inside packages, and their errors.
import app
from app.plugins import loader
print(loader.describe())
from app.core import *
print(engine_name, helper())
try:
    hidden_thing
except NameError as e:
    print("NameError:", e)
import app.core.engine as eng
print(eng.__package__, eng.parent_name)
try:
    from . import app
except ImportError as e:
    print(type(e).__name__, e)
try:
    import app.plugins.too_far
except ImportError as e:
    print(type(e).__name__, e)
print(__package__, __name__)
