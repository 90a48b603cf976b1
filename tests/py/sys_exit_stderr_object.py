# The message of an uncaught SystemExit is written to whatever sys.stderr is: the
# text, then the line end, as two writes. Other exit codes as CPython gives them.
import sys


class Recorder:
    def write(self, s):
        print("write", repr(s))
        return len(s)

    def flush(self):
        pass


for code in (None, 0, 3, -1, 256, 2 ** 40, True, False, "text", 2.5, [1], ()):
    try:
        sys.exit(code)
    except SystemExit as e:
        print(repr(code), e.args, repr(e.code))
try:
    sys.exit(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    sys.exit(code=1)
except TypeError as e:
    print("TypeError:", e)


class Loud:
    def __str__(self):
        return "loud exit"


sys.stderr = Recorder()
sys.exit(Loud())
