# input() and the sys.stdin methods on a file put in place of sys.stdin, and on an
# object with only a readline method; the prompt goes to sys.stdout.
import os
import sys

path = "/tmp/pvm_input_%d.txt" % os.getpid()
with open(path, "w") as f:
    f.write("first line\nsecond\r\n\nlast without end")

saved = sys.stdin
sys.stdin = open(path)
print(repr(input("name? ")))
print(repr(input()))
print(repr(input("empty? ")))
print(repr(input()))
try:
    input("after the end? ")
except EOFError as e:
    print("EOFError:", e)
sys.stdin.close()

with open(path) as sys.stdin:
    print(repr(sys.stdin.readline()), repr(sys.stdin.readline(3)), repr(sys.stdin.read(4)))
    print(sys.stdin.readlines(), repr(sys.stdin.read()), repr(sys.stdin.readline()))
with open(path) as sys.stdin:
    print([line for line in sys.stdin])


class Lines:
    def __init__(self, lines):
        self.lines = list(lines)

    def readline(self):
        return self.lines.pop(0) if self.lines else ""


sys.stdin = Lines(["from an object\n", "no newline"])
print(repr(input("> ")), repr(input()))
try:
    input()
except EOFError as e:
    print("EOFError:", e)


class Prompt:
    def __str__(self):
        return "[prompt] "


sys.stdin = Lines(["x\n"])
print(repr(input(Prompt())))
sys.stdin = Lines([42])
try:
    input()
except TypeError as e:
    print("TypeError:", e)
sys.stdin = saved
for args in [(1, 2)]:
    try:
        input(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    input(prompt="x")
except TypeError as e:
    print("TypeError:", e)
os.remove(path)
