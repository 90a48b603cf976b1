# traceback: formatting caught exceptions (chained, limited), traceback objects,
# FrameSummary/StackSummary, stacks; the same text as an uncaught exception's report.
import io
import re
import sys
import traceback


def out(text):
    # file names without their folder: the test also runs from another one
    print(re.sub(r'File "[^"]*/', 'File "', text), end="")


def printed(fn, *args, **kwargs):
    buf = io.StringIO()
    fn(*args, file=buf, **kwargs)
    out(buf.getvalue())



def inner(x):
    return 10 // x


def middle(x):
    return inner(x) + 1


def outer(x):
    return middle(x) * 2


try:
    outer(0)
except ZeroDivisionError:
    text = traceback.format_exc()
    out(text)
    out(traceback.format_exc(limit=1))
    out(traceback.format_exc(limit=-1))
    printed(traceback.print_exc)
    e = sys.exception()
    tb = e.__traceback__
    print(type(tb).__name__, tb.tb_lineno, tb.tb_frame.f_code.co_name)
    n = 0
    while tb is not None:
        print(" ", tb.tb_frame.f_code.co_name, tb.tb_lineno)
        tb = tb.tb_next
        n += 1
    print(n, [fs.name for fs in traceback.extract_tb(e.__traceback__)])
    s = traceback.extract_tb(e.__traceback__)
    print(s[-1].line, s[-1].lineno, tuple(s[-1])[:3] == (s[-1].filename, s[-1].lineno, "inner"))
    out("".join(traceback.format_tb(e.__traceback__)))
    print(traceback.format_exception_only(e))
    out(traceback.format_exception(e)[0])
    print(len(traceback.format_exception(e)))


def chained():
    try:
        {}["k"]
    except KeyError as k:
        raise ValueError("bad value") from k


try:
    chained()
except ValueError as e:
    out("".join(traceback.format_exception(e)))
    out("".join(traceback.format_exception(e, chain=False)))

try:
    try:
        1 / 0
    except ZeroDivisionError:
        [][1]
except IndexError as e:
    printed(traceback.print_exception, e)
    out(traceback.format_exception(type(e), e, e.__traceback__)[-1])

print(traceback.format_exc(), end="")
print(traceback.format_exception_only(None))
print(traceback.format_exception_only(ValueError("v")))
print(traceback.format_exception_only(ValueError()))
e = RuntimeError("never raised")
print(e.__traceback__, traceback.format_exception(e))


def show_stack():
    return traceback.format_stack()


out("".join(show_stack()))
st = traceback.extract_stack()
print(st[-1].name, st[-1].lineno, st[-1].line)
print(repr(traceback.FrameSummary("f.py", 3, "fn", line="x = 1")))
print(traceback.format_list([("a.py", 1, "f", "pass"), ("b.py", 2, "g", None)]))


def rec(n):
    if n == 0:
        raise RecursionError("deep")
    return rec(n - 1)


try:
    rec(8)
except RecursionError:
    printed(traceback.print_exc)
    printed(traceback.print_tb, sys.exception().__traceback__, limit=2)
    printed(traceback.print_stack)


class Manager:
    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        print("exit", t.__name__, type(tb).__name__, [f.name for f in traceback.extract_tb(tb)])
        return True


with Manager():
    raise KeyError("in with")


def reraise_with(tb):
    raise RuntimeError("again").with_traceback(tb)


try:
    outer(0)
except ZeroDivisionError as e:
    saved = e.__traceback__
try:
    reraise_with(saved)
except RuntimeError as r:
    print([fs.name for fs in traceback.extract_tb(r.__traceback__)])
    print(r.with_traceback(None).__traceback__)
for bad in (5, "x"):
    try:
        RuntimeError().with_traceback(bad)
    except TypeError as t:
        print("TypeError", t)
