# Binary files: bytes in and out, read(n), lines, seek and tell.
import os

path = "/tmp/pvm_file_binary_%d.bin" % os.getpid()
with open(path, "wb") as f:
    print(type(f).__name__, f.mode, repr(f).replace(path, "<path>"))
    print(f.write(b"\x00\x01\x02abc\n"), f.write(bytearray(b"line two\n")), f.write(b"end"))
    print(f.tell())
with open(path, "rb") as f:
    print(type(f).__name__, f.mode)
    print(f.read(3), f.read(2), f.tell())
    print(f.readline(), f.readline(), f.readline(), f.readline())
    f.seek(0)
    print(f.readlines())
    f.seek(-3, 2)
    print(f.read(), f.tell())
    f.seek(-4, 1)
    print(f.read(2))
    f.seek(0)
    print([line for line in f])
with open(path, "r+b") as f:
    print(type(f).__name__, f.mode)
    f.seek(3)
    f.write(b"ABC")
    f.seek(0)
    print(f.read())
    f.truncate(4)
    f.seek(0)
    print(f.read())
with open(path, "ab") as f:
    print(type(f).__name__, f.mode)
    f.write(b"++")
with open(path, "rb") as f:
    data = f.read()
    print(data, len(data), f.read())
with open(path, "w+b") as f:
    print(f.mode, f.read())
try:
    with open(path, "rb") as f:
        f.write(b"x")
except OSError as e:
    print(type(e).__name__, e)
try:
    with open(path, "wb") as f:
        f.write("text")
except TypeError as e:
    print("TypeError:", e)
os.remove(path)
try:
    os.remove(path)
except FileNotFoundError as e:
    print(str(e).replace(path, "<path>"))
