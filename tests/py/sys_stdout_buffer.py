# The binary layers of the standard streams: sys.stdout.buffer's bytes keep their
# place among print's text.
import sys

print("text 1")
print(sys.stdout.buffer.write(b"bytes 1\n"))
sys.stdout.write("text 2\n")
sys.stdout.buffer.write(bytearray(b"bytes \xc3\xa9 2\n"))
print("text 3", flush=True)
sys.stdout.buffer.flush()
out, err, inp = sys.stdout.buffer, sys.stderr.buffer, sys.stdin.buffer
# (not the repr of sys.stdout.buffer: PYTHONUNBUFFERED makes it a FileIO in CPython)
print(out is sys.stdout.buffer, repr(inp), out.mode, inp.mode, err.name)
print(out.writable(), out.readable(), inp.readable(), inp.writable(), out.fileno(), inp.fileno(), err.fileno())
print(inp.read(), inp.readline())
for bad in (lambda: out.write("str"), lambda: inp.write(b"x")):
    try:
        bad()
    except (TypeError, OSError) as e:
        print(type(e).__name__, e)
err.write(b"to standard error\n")
print("last line")
