# contextlib.ExitStack: ordering, push/callback/enter_context/pop_all/close,
# suppression and exception-context (__context__) semantics.
import sys
from contextlib import ExitStack, contextmanager, suppress, nullcontext


def show(e):
    # An exception and its chain of __context__ types.
    chain = []
    while e is not None:
        chain.append("%s(%s)" % (type(e).__name__, e))
        e = e.__context__
    return " <- ".join(chain)


class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.name)
        return self.name

    def __exit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__ if typ else None, val)
        return self.suppress


# ordering: last in, first out
with ExitStack() as stack:
    print(stack.enter_context(CM("a")))
    stack.callback(print, "callback", 1, sep="-")
    print(stack.enter_context(CM("b")))
    stack.push(lambda *exc: print("pushed fn", exc[0]))
    print("body")
print("---")

# callback returns the callable and has __wrapped__
with ExitStack() as stack:
    f = stack.callback(print, "cb")
    print(f is print)
    print(stack._exit_callbacks[-1][1].__wrapped__ is print)

# push returns its argument; a context manager pushed is not entered
cm = CM("pushed")
with ExitStack() as stack:
    print(stack.push(cm) is cm)
print("---")

# an exception from the body reaches every exit
try:
    with ExitStack() as stack:
        stack.enter_context(CM("a"))
        stack.enter_context(CM("b"))
        raise ValueError("body")
except ValueError as e:
    print("caught", show(e))
print("---")

# a suppressing exit stops the exception; later (outer) exits see None
with ExitStack() as stack:
    stack.enter_context(CM("outer"))
    stack.enter_context(CM("suppressor", suppress=True))
    stack.enter_context(CM("inner"))
    raise KeyError("k")
print("suppressed, continuing")
print("---")

# push with a plain function that suppresses
with ExitStack() as stack:
    stack.push(lambda t, v, tb: t is ZeroDivisionError)
    1 / 0
print("pushed function suppressed")

# callbacks cannot suppress
try:
    with ExitStack() as stack:
        stack.callback(lambda: True)
        raise IndexError("not suppressed")
except IndexError as e:
    print("callback did not suppress", e)
print("---")


# exceptions raised by exits chain through __context__
def raiser(exc):
    def exit_fn(*details):
        raise exc
    return exit_fn


try:
    with ExitStack() as stack:
        stack.push(raiser(KeyError(1)))
        stack.push(raiser(IndexError(2)))
        raise ValueError(3)
except Exception as e:
    print("chain:", show(e))

try:
    with ExitStack() as stack:
        stack.push(raiser(KeyError("a")))
        stack.push(raiser(IndexError("b")))
except Exception as e:
    print("chain without body exception:", show(e))

# inside an except block: the handled exception stays at the end of the chain
try:
    raise TypeError("outer handled")
except TypeError:
    try:
        with ExitStack() as stack:
            stack.push(raiser(KeyError("x")))
            stack.push(raiser(IndexError("y")))
            raise ValueError("z")
    except Exception as e:
        print("chain in handler:", show(e))


# the same through nested with-statements, for comparison
class Raiser:
    def __init__(self, exc):
        self.exc = exc

    def __enter__(self):
        return self

    def __exit__(self, *details):
        raise self.exc


try:
    with Raiser(KeyError(1)):
        with Raiser(IndexError(2)):
            raise ValueError(3)
except Exception as e:
    print("nested chain:", show(e))

# an exit raising, then a later exit suppressing it
with ExitStack() as stack:
    stack.enter_context(CM("suppressor", suppress=True))
    stack.push(raiser(RuntimeError("from exit")))
    raise ValueError("body")
print("exit exception suppressed")

# an exit suppressing, then a later exit raising: context is None
try:
    with ExitStack() as stack:
        stack.push(raiser(KeyError("late")))
        stack.enter_context(CM("suppressor", suppress=True))
        raise ValueError("body")
except KeyError as e:
    print("late raise:", show(e))

# the body's own exception re-raised by an exit keeps its context
body_exc = ValueError("body")
try:
    with ExitStack() as stack:
        stack.push(raiser(body_exc))
        raise body_exc
except ValueError as e:
    print("same exception:", e is body_exc, e.__context__)
print("---")


# contextmanager-based managers in a stack
@contextmanager
def gen(name):
    print("gen enter", name)
    try:
        yield name
    except ValueError as e:
        print("gen", name, "swallows", e)
    finally:
        print("gen exit", name)


with ExitStack() as stack:
    names = [stack.enter_context(gen(n)) for n in "xyz"]
    print(names)
    raise ValueError("into gens")
print("---")

# pop_all transfers the callbacks
with ExitStack() as stack:
    stack.callback(print, "transferred")
    stack.enter_context(CM("moved"))
    kept = stack.pop_all()
    print(type(kept).__name__, len(kept._exit_callbacks), len(stack._exit_callbacks))
print("stack closed, nothing ran")
kept.close()
print("kept closed")
kept.close()
print("second close is a no-op")
print("---")

# close unwinds immediately
stack = ExitStack()
stack.callback(print, "close 1")
stack.callback(print, "close 2")
stack.close()
print(len(stack._exit_callbacks))

# the stack can be reused after it is exited
stack = ExitStack()
for i in range(2):
    with stack:
        stack.callback(print, "round", i)

# callbacks registered from within a callback run too
stack = ExitStack()
stack.callback(lambda: stack.callback(print, "late registration"))
stack.close()
print("---")

# enter_context on objects that are not context managers
for bad in [3, "s", None, object(), [1]]:
    try:
        ExitStack().enter_context(bad)
    except TypeError as e:
        print(type(e).__name__, e)


class OnlyEnter:
    def __enter__(self):
        return self


try:
    ExitStack().enter_context(OnlyEnter())
except TypeError as e:
    print(type(e).__name__, e)
# instance attributes are not looked at (only the type)
inst = OnlyEnter()
inst.__exit__ = lambda *a: None
try:
    ExitStack().enter_context(inst)
except TypeError as e:
    print(type(e).__name__, e)

# an __enter__ that raises: the exit is not registered
class BadEnter:
    def __enter__(self):
        raise OSError("cannot enter")

    def __exit__(self, *exc):
        print("should not run")


with ExitStack() as stack:
    stack.callback(print, "earlier callback still runs")
    try:
        stack.enter_context(BadEnter())
    except OSError as e:
        print("enter failed", e)
print("---")

# keyword arguments to callback, including names callback itself uses
with ExitStack() as stack:
    stack.callback(lambda **kw: print(sorted(kw.items())), callback=1, self=2)
try:
    ExitStack().callback()
except TypeError as e:
    print(type(e).__name__)

# exit return values
s = ExitStack()
print(s.__exit__(None, None, None))
s.push(lambda *a: True)
print(s.__exit__(ValueError, ValueError("x"), None))
s.push(lambda *a: True)
print(s.__exit__(None, None, None))
s.push(lambda *a: False)
print(s.__exit__(ValueError, ValueError("x"), None))

# with nullcontext and suppress
with ExitStack() as stack:
    print(stack.enter_context(nullcontext("value")))
    stack.enter_context(suppress(ZeroDivisionError))
    1 / 0
print("done")

# sys.exc_info is restored after the stack handled exceptions
with ExitStack() as stack:
    stack.push(lambda *a: True)
    raise ValueError("gone")
print(sys.exc_info())
