# An uncaught SystemExit whose code is an instance of an int subclass exits with it.
import sys


class Status(int):
    def __str__(self):
        return "never printed"


print("exiting")
sys.exit(Status(7))
