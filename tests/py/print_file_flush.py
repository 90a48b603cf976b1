# print(file=, flush=): the writes print makes to a file object, when it calls
# flush, and print to standard error, to a closed file and to a real file.
import os
import sys


class Log:
    def __init__(self):
        self.calls = []

    def write(self, s):
        self.calls.append(("write", s))
        return len(s)

    def flush(self):
        self.calls.append(("flush",))


log = Log()
print("x", "y", file=log, flush=True, sep="+", end="$")
print(file=log)
print("no flush", 1, file=log, flush=False)
print("flush=1", file=log, flush=1)
print(log.calls)


class WriteOnly:
    def write(self, s):
        pass


print("fine without flush", file=WriteOnly())
try:
    print("needs flush", file=WriteOnly(), flush=True)
except AttributeError as e:
    print("AttributeError:", e)


class Failing:
    def write(self, s):
        raise OSError("disk full")


try:
    print("x", file=Failing())
except OSError as e:
    print("OSError:", e)
for kwargs in ({"end": 5}, {"sep": b"-"}, {"file": 3}, {"flush": True, "bogus": 1}):
    try:
        print("a", "b", **kwargs)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
print("sep None", "end None", sep=None, end=None)

print("to stderr", file=sys.stderr, flush=True)
print("stdout", flush=True)
sys.stdout.flush()

path = "/tmp/pvm_print_%d.txt" % os.getpid()
with open(path, "w") as f:
    print("line", 1, file=f)
    print("line", 2, file=f, flush=True, end="")
with open(path) as f:
    print(repr(f.read()))
f = open(path, "w")
f.close()
try:
    print("closed", file=f)
except ValueError as e:
    print("ValueError:", e)
os.remove(path)
print("last", file=sys.stderr)
