# os.path and os functions with bytes paths, os.PathLike objects and descriptors,
# and the errors CPython gives for arguments of the wrong kind.
import os
import os.path as p

base = "/tmp/pvm_os_path_kinds_%d" % os.getpid()
os.mkdir(base)
bbase = base.encode()
with open(os.path.join(base, "f.txt"), "w") as f:
    f.write("12345")


class Place:
    def __init__(self, where):
        self.where = where

    def __fspath__(self):
        return self.where


class BadPlace:
    def __fspath__(self):
        return 42


# bytes in, bytes out
print(p.join(b"a", b"b", b"c"), p.split(b"/x/y"), p.splitext(b"n.tar.gz"), p.dirname(b"/x/y"), p.basename(b"x/\xff\xfe"))
print(p.normpath(b"a//./b/../c"), p.isabs(b"/x"), p.abspath(b"/a/../b"), p.relpath(b"/a/b/c", b"/a"), p.expanduser(b"plain"))
print(p.exists(bbase), p.isdir(bbase), p.isfile(bbase + b"/f.txt"), p.getsize(bbase + b"/f.txt"), p.realpath(bbase) == os.path.realpath(base).encode())
print(sorted(os.listdir(bbase)), type(os.listdir(base)[0]).__name__)
os.mkdir(bbase + b"/sub")
os.rename(bbase + b"/sub", bbase + b"/sub2")
print(sorted(os.listdir(base)))
os.rmdir(bbase + b"/sub2")
for bad in (lambda: p.join("a", b"b"), lambda: p.join(b"a", "b"), lambda: p.relpath("a", b"b"), lambda: p.join(b"a", 1)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)

# os.PathLike objects
place = Place(os.path.join(base, "f.txt"))
print(p.exists(place), p.isfile(place), p.getsize(place), p.basename(place), p.join(Place("a"), Place("b")), os.fspath(place) == place.where)
print(os.fspath(Place(b"bytes")), p.splitext(Place("x.py")))
for name in ("a\0b", b"a\0b"):
    try:
        open(name)
    except ValueError as e:
        print("ValueError:", e)
with open(place) as f:
    print(f.read())
for bad in (lambda: p.exists(BadPlace()), lambda: p.join(BadPlace()), lambda: os.fspath(BadPlace()), lambda: os.listdir(BadPlace())):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)

# descriptors: the stat predicates take an open file's number
with open(os.path.join(base, "f.txt")) as f:
    fd = f.fileno()
    print(p.exists(fd), p.isfile(fd), p.isdir(fd), p.getsize(fd))
for value in (2 ** 40, -2 ** 40, 2 ** 70):
    try:
        p.exists(value)
    except OverflowError as e:
        print("OverflowError:", e)

# what is not a path at all
for func in (p.exists, p.lexists, p.isfile, p.isdir, p.islink, p.getsize):
    for arg in (None, 1.5, "a\0b", b"a\0b"):
        try:
            print(func.__name__, repr(arg), func(arg))
        except (TypeError, ValueError) as e:
            print(func.__name__, repr(arg), type(e).__name__, e)
for func in (p.dirname, p.basename, p.split, p.splitext, p.normpath, p.abspath, p.isabs, p.expanduser, p.realpath):
    try:
        func(None)
    except TypeError as e:
        print(func.__name__, "TypeError:", e)
for func in (os.listdir, os.mkdir, os.makedirs, os.rmdir, os.remove, os.chdir):
    for arg in ("a\0b", b"a\0b", 2.5):
        try:
            func(arg)
        except (TypeError, ValueError) as e:
            print(func.__name__, repr(arg), type(e).__name__, e)
print(p.relpath("x/y", "x"))
for bad in ((), ("",), (None,)):
    try:
        p.relpath(*bad)
    except (TypeError, ValueError) as e:
        print("relpath", type(e).__name__, e)

# argument counts, with the messages of CPython's Python and C functions
calls = [
    lambda: p.join(), lambda: p.exists(), lambda: p.isdir(), lambda: p.isfile(path="x"), lambda: p.dirname("a", "b"),
    lambda: p.basename(p="x"), lambda: p.getsize(), lambda: p.splitext(x=1), lambda: p.join("a", sep="/"),
    lambda: p.relpath("a", "b", "c"), lambda: os.getenv(), lambda: os.getenv("a", "b", "c"), lambda: os.makedirs(),
    lambda: os.makedirs("a", 1, 2, 3), lambda: os.chdir(), lambda: os.fspath(), lambda: os.remove(), lambda: os.rmdir(),
    lambda: os.mkdir(), lambda: os.rename("a"), lambda: os.listdir("a", "b"), lambda: os.getcwd(1), lambda: os.getpid(1),
    lambda: os.cpu_count(1), lambda: os.putenv("a"), lambda: os.unsetenv(), lambda: os.getcwd(x=1),
]
for call in calls:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

os.remove(os.path.join(base, "f.txt"))
os.rmdir(base)
print(p.exists(base))
