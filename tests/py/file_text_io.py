# Text files: modes, reading and writing, lines, with, seek/tell, encodings.
import os

base = "/tmp/pvm_file_text_%d" % os.getpid()
os.mkdir(base)
path = os.path.join(base, "notes.txt")

f = open(path, "w")
print(type(f).__name__, f.mode, f.closed, f.name == path, f.encoding, f.errors)
print(f.write("first line\n"), f.write("second line\n"))
f.writelines(["third\n", "fourth"])
f.close()
print(f.closed)

with open(path) as f:
    print(repr(f.read()))
with open(path, "r") as f:
    print(repr(f.readline()), repr(f.readline()))
    print(f.readlines())
    print(repr(f.readline()), repr(f.read()))
with open(path) as f:
    for i, line in enumerate(f):
        print(i, repr(line))
with open(path) as f:
    print(repr(f.read(5)), repr(f.read(3)), f.tell())
    f.seek(0)
    print(repr(f.readline(4)), repr(f.readline()))
    print(f.seek(0, 2), f.tell(), repr(f.read()))
    print(list(f))

# append and exclusive creation
with open(path, "a") as f:
    f.write("\nappended")
with open(path) as f:
    print(f.read().splitlines()[-2:])
try:
    open(path, "x")
except FileExistsError as e:
    print("FileExistsError:", e.errno, e.strerror, e.filename == path)
with open(os.path.join(base, "new.txt"), "x") as f:
    f.write("made")
print(open(os.path.join(base, "new.txt")).read())

# read and write on one file
with open(path, "w+") as f:
    f.write("hello world")
    f.seek(0)
    print(f.read(5))
    f.seek(6)
    f.write("there")
    f.seek(0)
    print(f.read())
with open(path, "r+") as f:
    f.write("HELLO")
    print(f.read())

# universal newlines on read, newline argument
with open(path, "wb") as f:
    f.write(b"a\r\nb\rc\nd\r")
with open(path) as f:
    print(repr(f.read()))
with open(path) as f:
    print(f.readlines())
with open(path, newline="") as f:
    print(f.readlines())
with open(path, newline="\r") as f:
    print(f.readlines())
with open(path, "w", newline="\r\n") as f:
    f.write("x\ny\n")
with open(path, "rb") as f:
    print(f.read())

# encodings
with open(path, "w", encoding="utf-8") as f:
    f.write("caf\u00e9 \u20ac\n")
with open(path, encoding="utf-8") as f:
    print(f.read(), end="")
with open(path) as f:
    print(f.read(4), f.read(1), repr(f.read()))
with open(path, "rb") as f:
    print(f.read())
with open(path, "w", encoding="latin-1") as f:
    f.write("caf\u00e9\n")
with open(path, "rb") as f:
    print(f.read())
with open(path, encoding="latin-1") as f:
    print(f.read(), end="")
try:
    with open(path, encoding="ascii") as f:
        f.read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
try:
    with open(path, "w", encoding="ascii") as f:
        f.write("\u00e9")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
with open(path, encoding="ascii", errors="replace") as f:
    print(repr(f.read()))

# errors
try:
    open(os.path.join(base, "missing.txt"))
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, os.path.basename(e.filename))
    print(str(e).replace(base, "<base>"))
    print(isinstance(e, OSError), e.args)
try:
    open(base)
except IsADirectoryError as e:
    print(str(e).replace(base, "<base>"))
try:
    open(base, "w")
except IsADirectoryError as e:
    print(str(e).replace(base, "<base>"))
for mode in ("rw", "z", "rt b", "", "b"):
    try:
        open(path, mode)
    except ValueError as e:
        print("ValueError:", e)
try:
    open(path, "rb", encoding="utf-8")
except ValueError as e:
    print("ValueError:", e)
try:
    open(path, encoding="klingon")
except LookupError as e:
    print("LookupError:", e)
try:
    open(path, newline="x")
except ValueError as e:
    print("ValueError:", e)
try:
    open(3.5)
except TypeError as e:
    print("TypeError:", e)
f = open(path)
f.close()
for op in (f.read, f.readline, lambda: f.write("x"), f.tell, lambda: iter(f)):
    try:
        op()
    except ValueError as e:
        print("ValueError:", e)
f.close()
with open(path, "w") as f:
    try:
        f.read()
    except OSError as e:
        print(type(e).__name__, e, isinstance(e, ValueError))
    try:
        f.write(b"bytes")
    except TypeError as e:
        print("TypeError:", e)
with open(path) as f:
    try:
        f.write("x")
    except OSError as e:
        print(type(e).__name__, e)
    try:
        f.seek(1, 1)
    except OSError as e:
        print(type(e).__name__, e)
    try:
        f.seek(-1)
    except ValueError as e:
        print("ValueError:", e)
    try:
        f.seek(0, 7)
    except ValueError as e:
        print("ValueError:", e)
print(repr(open(path, "w")).replace(base, "<base>"))

for name in sorted(os.listdir(base)):
    os.remove(os.path.join(base, name))
os.rmdir(base)
print(os.path.exists(base))
