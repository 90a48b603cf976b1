# User-defined exception classes: __init__, __str__, attributes, hierarchies,
# chaining with raise ... from, and the traceback of an uncaught one.

class AppError(Exception):
    pass


class ParseError(AppError):
    def __init__(self, line, msg):
        super().__init__(msg)
        self.line = line

    def __str__(self):
        return "line %d: %s" % (self.line, self.args[0])


class Quiet(AppError):
    def __init__(self):
        pass


for exc in [AppError("plain"), ParseError(3, "bad token"), Quiet(), AppError(1, 2)]:
    try:
        raise exc
    except AppError as e:
        print(type(e).__name__, repr(e), str(e), e.args, isinstance(e, Exception))

try:
    raise ParseError
except TypeError as e:
    print("TypeError:", e)

try:
    try:
        {}["k"]
    except KeyError as e:
        raise ParseError(7, "wrapped") from e
except AppError as e:
    print(e, repr(e.__cause__), e.__suppress_context__, e.line)

e = ParseError(1, "x")
e.extra = "attr"
print(e.extra, e.line, sorted(e.__dict__))


class WithData(ValueError):
    code = 400

    def describe(self):
        return "%s(%d)" % (type(self).__name__, self.code)


try:
    raise WithData("oops")
except ValueError as e:
    print(e.describe(), e, e.args)


def fail():
    raise ParseError(12, "unexpected end")


fail()
