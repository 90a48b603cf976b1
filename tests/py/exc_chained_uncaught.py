# an uncaught exception raised from another (exit status 1, chained report)
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError("could not parse " + repr(s)) from e

print(parse("12"))
print(parse("x1"))
