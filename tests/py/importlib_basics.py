# importlib.import_module and reload, and imports found through sys.path entries
# added at run time (the package is made in a temporary folder).
import importlib
import os
import sys

base = "/tmp/pvm_importlib_%d" % os.getpid()
pkg = os.path.join(base, "tmppkg")
os.makedirs(pkg)
with open(os.path.join(pkg, "__init__.py"), "w") as f:
    f.write("NAME = 'tmppkg'\n")
with open(os.path.join(pkg, "mod.py"), "w") as f:
    f.write("VALUE = 1\nprint('mod runs', VALUE)\n")
sys.path.insert(0, base)

m = importlib.import_module("tmppkg.mod")
print(m.__name__, m.VALUE, m.__file__ == os.path.join(pkg, "mod.py"))
print(importlib.import_module(".mod", "tmppkg") is m, importlib.import_module("tmppkg").NAME)
with open(os.path.join(pkg, "mod.py"), "w") as f:
    f.write("VALUE = 2000\nprint('mod runs again', VALUE)\n")
print(importlib.reload(m) is m, m.VALUE)
import tmppkg.mod
print(tmppkg.mod is m)
for bad in (lambda: importlib.import_module(".mod"), lambda: importlib.reload("x"), lambda: importlib.import_module("tmppkg.none")):
    try:
        bad()
    except (ImportError, TypeError) as e:
        print(type(e).__name__, e)
importlib.invalidate_caches()


def remove_tree(path):
    for name in os.listdir(path):
        full = os.path.join(path, name)
        if os.path.isdir(full):
            remove_tree(full)
        else:
            os.remove(full)
    os.rmdir(path)


remove_tree(base)
print(os.path.exists(base))
