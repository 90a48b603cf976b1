# contextlib: contextmanager, decorators, suppress, closing, nullcontext,
# redirect_stdout/stderr, chdir, AbstractContextManager.
import contextlib
import io
import os
import sys
from contextlib import (contextmanager, suppress, closing, nullcontext,
                        redirect_stdout, redirect_stderr, chdir,
                        AbstractContextManager, ContextDecorator)

log = []


@contextmanager
def tag(name):
    log.append("enter " + name)
    try:
        yield name.upper()
    finally:
        log.append("exit " + name)


with tag("a") as v:
    log.append("body " + v)
print(log)
log.clear()

# nesting
with tag("outer") as o, tag("inner") as i:
    log.append(o + "/" + i)
print(log)
log.clear()

# exception propagates through finally
try:
    with tag("x"):
        raise ValueError("boom")
except ValueError as e:
    print("propagated", type(e).__name__, e)
print(log)
log.clear()


# generator catching the exception suppresses it
@contextmanager
def swallow(*types):
    try:
        yield
    except types as e:
        print("swallowed", type(e).__name__, e)


with swallow(KeyError):
    raise KeyError("k")
print("after swallow")

try:
    with swallow(KeyError):
        raise IndexError("i")
except IndexError as e:
    print("not swallowed", e)


# generator re-raising a different exception
@contextmanager
def translate():
    try:
        yield
    except ZeroDivisionError as e:
        raise ArithmeticError("translated") from e


try:
    with translate():
        1 / 0
except ArithmeticError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__, type(e.__context__).__name__)


# generator re-raising the same exception: identity preserved
@contextmanager
def reraise():
    try:
        yield
    except Exception:
        raise


err = ValueError("same")
try:
    with reraise():
        raise err
except ValueError as e:
    print("same object", e is err)


# generator that does not yield
@contextmanager
def noyield():
    if False:
        yield


try:
    with noyield():
        pass
except RuntimeError as e:
    print(type(e).__name__, e, e.__suppress_context__)


# generator that does not stop
@contextmanager
def twice():
    yield 1
    yield 2


try:
    with twice() as t:
        print("got", t)
except RuntimeError as e:
    print(type(e).__name__, e)


# generator that yields again after catching the thrown exception
@contextmanager
def yield_after_throw():
    try:
        yield
    except ValueError:
        yield


try:
    with yield_after_throw():
        raise ValueError("v")
except RuntimeError as e:
    print(type(e).__name__, e)


# StopIteration raised in the body propagates unchanged (PEP 479)
@contextmanager
def plain():
    yield


stop = StopIteration("stop")
try:
    with plain():
        raise stop
except StopIteration as e:
    print("StopIteration propagated", e is stop)


# ...and so does a RuntimeError raised in the body
rt = RuntimeError("rt")
try:
    with plain():
        raise rt
except RuntimeError as e:
    print("RuntimeError propagated", e is rt)


# StopIteration raised by the generator itself after the throw
@contextmanager
def stop_after():
    try:
        yield
    except KeyError:
        raise StopIteration("inner stop")


try:
    with stop_after():
        raise KeyError("k")
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)


# a generator that returns after catching a StopIteration suppresses it
@contextmanager
def catch_stop():
    try:
        yield
    except StopIteration:
        print("caught stop")


with catch_stop():
    raise StopIteration("x")
print("after catch_stop")

# __exit__ called directly with only a type
cm = plain()
cm.__enter__()
try:
    cm.__exit__(TypeError, None, None)
except TypeError as e:
    print("direct exit raised", type(e).__name__, repr(e))

cm = swallow(TypeError)
cm.__enter__()
print("direct exit suppress", cm.__exit__(TypeError, None, None))

cm = plain()
cm.__enter__()
print("direct exit no exc", cm.__exit__(None, None, None))


# decorator use: a fresh generator per call
@tag("deco")
def decorated(x):
    log.append("call %r" % (x,))
    return x * 2


print(decorated(3), decorated(4))
print(log)
log.clear()
print(decorated.__name__)


# contextmanager keeps the function's metadata and docstring
@contextmanager
def documented():
    """The doc."""
    yield


print(documented.__name__, documented.__doc__, documented().__doc__)
print(plain().__doc__)
print(type(plain()).__name__)
print(isinstance(plain(), AbstractContextManager), isinstance(plain(), ContextDecorator))


# a class-based ContextDecorator
class Tracking(ContextDecorator):
    def __enter__(self):
        print("Tracking enter")
        return self

    def __exit__(self, *exc):
        print("Tracking exit", exc[0].__name__ if exc[0] else None)
        return False


@Tracking()
def work(n):
    print("working", n)
    if n < 0:
        raise ValueError("negative")
    return n


print(work(1))
try:
    work(-1)
except ValueError as e:
    print("work raised", e)

# suppress
with suppress(KeyError):
    {}["missing"]
print("suppressed KeyError")
with suppress(LookupError, ZeroDivisionError):
    [][1]
print("suppressed subclass")
with suppress():
    pass
try:
    with suppress():
        raise ValueError("empty suppress")
except ValueError as e:
    print("empty suppress lets through", e)
try:
    with suppress(KeyError):
        raise TypeError("t")
except TypeError as e:
    print("not suppressed", e)
s = suppress(OSError)
print(s.__exit__(None, None, None), s.__exit__(FileNotFoundError, None, None),
      s.__exit__(ValueError, None, None))
# the same suppress object can be reused
for i in range(3):
    with s:
        raise OSError(i)
print("reused suppress")


# closing
class Resource:
    def __init__(self, name):
        self.name = name

    def close(self):
        print("closed", self.name)


with closing(Resource("r1")) as r:
    print("using", r.name)
try:
    with closing(Resource("r2")):
        raise ValueError("inside closing")
except ValueError as e:
    print("closing propagated", e)

# nullcontext
with nullcontext() as n:
    print("nullcontext", n)
with nullcontext(42) as n:
    print("nullcontext", n)
lst = [1]
with nullcontext(lst) as n:
    print(n is lst)
try:
    with nullcontext():
        raise KeyError("through null")
except KeyError as e:
    print("nullcontext propagated", e)

# redirect_stdout / redirect_stderr
buf = io.StringIO()
with redirect_stdout(buf) as target:
    print("to buffer")
    print("unicode é ✓")
print(target is buf, repr(buf.getvalue()))
err_buf = io.StringIO()
with redirect_stderr(err_buf):
    sys.stderr.write("to err buffer\n")
print(repr(err_buf.getvalue()))
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__)
# nested redirection, and reentrancy of the same object
b1, b2 = io.StringIO(), io.StringIO()
r1 = redirect_stdout(b1)
with r1:
    print("one")
    with redirect_stdout(b2):
        print("two")
        with r1:
            print("one again")
        print("two again")
    print("one last")
print(repr(b1.getvalue()), repr(b2.getvalue()))
# restored even when the body raises
try:
    with redirect_stdout(io.StringIO()):
        raise ValueError("in redirect")
except ValueError:
    pass
print("stdout restored", sys.stdout is sys.__stdout__)

# chdir
start = os.getcwd()
with chdir("/") as c:
    print("in root", os.getcwd(), c)
print("back", os.getcwd() == start)
try:
    with chdir("/"):
        raise KeyError("in chdir")
except KeyError:
    print("chdir restored after error", os.getcwd() == start)
try:
    with chdir("/nonexistent-dir-for-contextlib-test"):
        pass
except FileNotFoundError as e:
    print("chdir missing", type(e).__name__)
print(os.getcwd() == start)


# AbstractContextManager
class Minimal(AbstractContextManager):
    def __exit__(self, *exc):
        return None


m = Minimal()
with m as got:
    print("default enter returns self", got is m)


class Duck:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        pass


class NotDuck:
    def __enter__(self):
        return self


print(issubclass(Duck, AbstractContextManager), issubclass(NotDuck, AbstractContextManager))
print(isinstance(Duck(), AbstractContextManager), isinstance(3, AbstractContextManager))


class NoExit(AbstractContextManager):
    pass


try:
    NoExit()
except TypeError as e:
    print(type(e).__name__, e)
print(AbstractContextManager[int])
print(isinstance(suppress(), AbstractContextManager), isinstance(nullcontext(), AbstractContextManager))
print(contextlib.__all__)
