# The os module: the current folder, listing, making and removing, the environment.
import os
import os.path
import sys

print(os.name, os.sep, os.pathsep, repr(os.linesep), os.curdir, os.pardir, os.extsep)
print(os.path is sys.modules["os.path"], os.path.__name__)
print(os.getcwd() == os.path.dirname(os.path.abspath(__file__)))
print(isinstance(os.environ, dict) or type(os.environ).__name__ == "_Environ")
print(os.environ.get("PATH") is not None, "PATH" in os.environ)
print(os.environ.get("PVM_SURELY_UNSET_VARIABLE"), os.getenv("PVM_SURELY_UNSET_VARIABLE", "dflt"))
os.environ["PVM_TEST_VAR"] = "set here"
print(os.environ["PVM_TEST_VAR"], os.getenv("PVM_TEST_VAR"))
try:
    os.environ["PVM_SURELY_UNSET_VARIABLE"]
except KeyError as e:
    print("KeyError:", e)

base = "/tmp/pvm_os_basics_%d" % os.getpid()
os.mkdir(base)
print(os.path.isdir(base), os.path.exists(base), os.path.isfile(base))
try:
    os.mkdir(base)
except FileExistsError as e:
    print(type(e).__name__, e.errno, str(e).replace(base, "<base>"))
for name in ("b.txt", "a.txt", "c.py"):
    with open(os.path.join(base, name), "w") as f:
        f.write(name)
os.mkdir(os.path.join(base, "sub"))
print(sorted(os.listdir(base)))
print(os.path.getsize(os.path.join(base, "c.py")))
os.makedirs(os.path.join(base, "deep", "er"))
os.makedirs(os.path.join(base, "deep", "er"), exist_ok=True)
print(sorted(os.listdir(os.path.join(base, "deep"))))
os.rename(os.path.join(base, "a.txt"), os.path.join(base, "z.txt"))
print(sorted(os.listdir(base)))
old = os.getcwd()
os.chdir(base)
print(os.getcwd() == os.path.realpath(base), sorted(os.listdir()), os.path.exists("z.txt"))
os.chdir(old)
try:
    os.listdir(os.path.join(base, "nope"))
except FileNotFoundError as e:
    print(str(e).replace(base, "<base>"))
try:
    os.rmdir(base)
except OSError as e:
    print(type(e).__name__, e.errno, str(e).replace(base, "<base>"))
try:
    os.remove(os.path.join(base, "sub"))
except OSError as e:
    print(type(e).__name__, str(e).replace(base, "<base>"))
os.rmdir(os.path.join(base, "deep", "er"))
os.rmdir(os.path.join(base, "deep"))
os.rmdir(os.path.join(base, "sub"))
for name in os.listdir(base):
    os.remove(os.path.join(base, name))
os.rmdir(base)
print(os.path.exists(base))
try:
    os.listdir(5.5)
except TypeError as e:
    print("TypeError:", e)
print(isinstance(os.getpid(), int), os.error is OSError)
