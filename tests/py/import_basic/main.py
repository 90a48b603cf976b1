# Imports of modules and packages found next to the script.
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def show(m):
    # module reprs name their file: print it relative to this folder
    print(repr(m).replace(HERE, "<here>"))


print("main starts", __name__)
import util
import util as u2
print(util is u2, util.__name__, util.double(21))
show(util)
print(util.__file__ == os.path.join(HERE, "util.py"), util.__package__ == "")
print(sorted(k for k in vars(util) if not k.startswith("__")))

import shapes
show(shapes)
print(shapes.__package__, shapes.__path__ == [os.path.join(HERE, "shapes")])
import shapes.circle
print(shapes.circle.area(2))
import shapes.solid.cube as cube
print(cube.volume(3), cube.__name__, cube.__package__)
print(shapes.solid.cube is cube)
from shapes.circle import area, PI as pi
print(area(1) == pi)
from shapes import square, circle
print(square.area(4), circle is shapes.circle)
from shapes.solid import cube as c2
print(c2 is cube)

# the body of a module runs once, however often it is imported
import counter
import counter
from counter import runs
print("runs:", runs, counter.runs)
print(sys.modules["counter"] is counter, "util" in sys.modules, "shapes.solid.cube" in sys.modules)

# importing inside a function binds a local
def f():
    import util as local_util
    from shapes.square import area as sq
    return local_util.double(sq(3))
print(f(), "local_util" in globals())

# module attributes can be set and deleted
util.extra = 5
print(util.extra)
del util.extra
print(hasattr(util, "extra"))
try:
    util.missing
except AttributeError as e:
    print("AttributeError:", e)

# __import__ returns the top-level package
m = __import__("shapes.circle")
print(m is shapes)
print(type(util).__name__, isinstance(util, type(sys)))
import keyword
print(keyword.iskeyword("while"), keyword.iskeyword("whilst"))
