# Files: where each mode starts, what each operation says once the file is closed
# or was not opened for it, next() on a file, and the OSError subclasses of open().
import os

base = "/tmp/pvm_file_modes_%d" % os.getpid()
os.mkdir(base)
path = os.path.join(base, "data.txt")
with open(path, "w") as f:
    print(f.write("ab\ncd\n"), f.tell())

# append modes start at the end; a+ reads from there until a seek
with open(path, "a") as f:
    print(f.mode, f.tell(), f.write("ef\n"), f.tell())
with open(path, "a+") as f:
    print(f.mode, f.tell(), repr(f.read()))
    f.seek(0)
    print(repr(f.read()), f.tell())
    f.write("gh\n")
    print(f.tell())
with open(path, "ab") as f:
    print(f.mode, f.tell(), f.write(b"ij\n"), f.tell())
with open(path, "ab+") as f:
    print(f.mode, f.tell(), f.read())
    f.seek(0)
    print(f.read(2), f.tell())
with open(path) as f:
    print(f.read().splitlines())

# r+ and w+ start at the beginning; w+ empties the file
with open(path, "r+") as f:
    print(f.tell(), repr(f.readline()), f.tell())
with open(path, "w+") as f:
    print(f.tell(), repr(f.read()))
    f.write("one\ntwo\nthree\n")

# next() and iteration
with open(path) as f:
    print(repr(next(f)), repr(f.readline()), [line for line in f], next(f, "end"))
    try:
        next(f)
    except StopIteration:
        print("StopIteration")
with open(path, "rb") as f:
    print(next(f), list(f))

# read-only and write-only files
for mode in ("r", "w", "rb", "wb"):
    with open(path, mode) as f:
        out = []
        for name, call in [("read", lambda: f.read()), ("readline", lambda: f.readline()), ("readlines", lambda: f.readlines()),
                           ("write", lambda: f.write(b"x" if "b" in mode else "x")), ("writelines []", lambda: f.writelines([])),
                           ("truncate", lambda: f.truncate()), ("next", lambda: next(f)), ("readable", lambda: f.readable()),
                           ("writable", lambda: f.writable()), ("seekable", lambda: f.seekable())]:
            try:
                out.append("%s=%r" % (name, call()))
            except StopIteration:
                out.append(name + ":StopIteration")
            except (OSError, ValueError) as e:
                out.append("%s:%s:%s" % (name, type(e).__name__, e))
        print(mode, out)
    with open(path, "w") as f:
        f.write("one\ntwo\n")

# every operation on a closed file, for each kind of file object
for mode in ("r", "w", "a", "r+", "rb", "wb", "ab", "r+b"):
    f = open(path, mode)
    f.close()
    f.close()
    out = []
    for name in ("read", "readline", "readlines", "tell", "seek", "fileno", "isatty", "readable", "writable",
                 "seekable", "flush", "truncate", "write", "writelines", "__next__", "__iter__", "__enter__"):
        method = getattr(f, name)
        try:
            if name == "seek":
                r = method(0)
            elif name == "write":
                r = method(b"x" if "b" in mode else "x")
            elif name == "writelines":
                r = method([])
            else:
                r = method()
            out.append("%s=%r" % (name, r))
        except (OSError, ValueError) as e:
            out.append("%s:%s:%s" % (name, type(e).__name__, e))
    print(mode, f.closed, out)
    for action in (next, iter, list):
        try:
            action(f)
        except (OSError, ValueError) as e:
            print("   ", action.__name__, type(e).__name__, e)
    try:
        with f:
            pass
    except ValueError as e:
        print("    with", e)
    try:
        for line in f:
            pass
    except (OSError, ValueError) as e:
        print("    for", type(e).__name__, e)

# open() errors
for name, mode in [("missing.txt", "r"), ("missing.txt", "rb"), ("no/such/dir.txt", "w"), ("", "r"), (".", "r"), (".", "w"), (".", "a"), (".", "rb"), ("data.txt/sub", "r")]:
    try:
        open(os.path.join(base, name) if name else name, mode)
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, str(e).replace(base, "<base>"))
try:
    open(os.path.join(base, "data.txt"), "x")
except FileExistsError as e:
    print(type(e).__name__, str(e).replace(base, "<base>"))

for name in sorted(os.listdir(base)):
    os.remove(os.path.join(base, name))
os.rmdir(base)
