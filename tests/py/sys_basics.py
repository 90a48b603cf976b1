# The sys module: argv, path, modules, streams, versions and limits.
import sys
import os

print(os.path.basename(sys.argv[0]), sys.argv[1:])
print(sys.path[0] == os.path.dirname(os.path.abspath(__file__)))
print("sys" in sys.modules, sys.modules["__main__"].__name__, sys.modules["sys"] is sys)
print(repr(sys))
print(type(sys.argv).__name__, type(sys.path).__name__, type(sys.modules).__name__)

# version information
vi = sys.version_info
print(vi[:2], vi.major, vi.minor, vi[0] == vi.major, len(vi))
print(vi >= (3, 8), vi < (4,), vi == tuple(vi), vi.releaselevel)
major, minor, *rest = vi
print(major, minor, len(rest))
print(sys.version.startswith("3.11"), sys.hexversion >> 16 == 0x30B)
print(sys.implementation.name in ("cpython", "pvm"), sys.implementation.version[:2])
print(sys.platform, sys.byteorder, sys.maxsize == 2 ** 63 - 1, sys.maxunicode)
print(isinstance(sys.executable, str), sys.float_info.max, sys.float_info.epsilon, sys.float_info[0] == sys.float_info.max)
print(type(sys.flags.optimize).__name__)

# recursion limit
old = sys.getrecursionlimit()
print(old)
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
sys.setrecursionlimit(old)
for bad in (0, -5):
    try:
        sys.setrecursionlimit(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    sys.setrecursionlimit(1.5)
except TypeError as e:
    print("TypeError:", e)

# exc_info and exception
print(sys.exc_info())
try:
    raise KeyError("k")
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v), sys.exception() is v)
print(sys.exc_info(), sys.exception())

# the standard streams
n = sys.stdout.write("written directly\n")
print(n)
print("after write", file=sys.stdout, flush=True)
sys.stdout.flush()
print(sys.stdout.name, sys.stderr.name, sys.stdin.name, sys.stdout.mode, sys.stdin.mode)
print(sys.stdout.writable(), sys.stdin.readable(), sys.stdout.encoding.lower())
sys.stderr.write("to stderr\n")
print("x", "y", sep="-", end="!\n", file=sys.stderr)
print(sys.__stdout__ is sys.stdout)


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        pass


saved = sys.stdout
sys.stdout = Capture()
print("captured", 1, 2)
print("again")
cap = sys.stdout
sys.stdout = saved
print(cap.parts)
buf = Capture()
print("to an object", file=buf)
print(buf.parts)

# input() at end of input
try:
    input("prompt> ")
except EOFError as e:
    print()
    print("EOFError:", e)
print(sys.stdin.read(), sys.stdin.readline() == "")
