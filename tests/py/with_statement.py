# with statements: __enter__/__exit__ on the manager's class, the value bound by
# `as`, several managers in one statement, exceptions passed to __exit__ and
# swallowed when it returns true, and return/break/continue leaving the body.

log = []


class Manager:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow

    def __enter__(self):
        log.append("enter " + self.name)
        return self.name.upper()

    def __exit__(self, etype, value, tb):
        if etype is None:
            log.append("exit " + self.name)
        else:
            log.append("exit %s with %s(%s)" % (self.name, etype.__name__, value))
        return self.swallow


with Manager("a") as v:
    log.append("body " + v)
print(log)
log.clear()

with Manager("outer") as o, Manager("inner") as i:
    log.append("body %s %s" % (o, i))
print(log)
log.clear()

with Manager("s", swallow=True):
    log.append("before")
    raise ValueError("boom")
    log.append("never")
print(log)
log.clear()

try:
    with Manager("p"):
        {}["missing"]
except KeyError as e:
    log.append("propagated %r" % e)
print(log)
log.clear()

try:
    with Manager("x", swallow=True), Manager("y"):
        raise RuntimeError("deep")
except RuntimeError:
    log.append("not reached")
print(log)
log.clear()


def early(n):
    with Manager("r"):
        if n > 0:
            return "returned"
        log.append("fell through")
    return "end"


print(early(1), early(0), log)
log.clear()

for k in range(3):
    with Manager(str(k)):
        if k == 0:
            continue
        if k == 2:
            break
        log.append("body %d" % k)
print(log)
log.clear()


class Tracker:
    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.args = args
        return False


t = Tracker()
with t as same:
    pass
print(same is t, t.args)

try:
    with 5:
        pass
except TypeError as e:
    print(e)


class OnlyEnter:
    def __enter__(self):
        return 1


try:
    with OnlyEnter():
        pass
except TypeError as e:
    print(e)


class FailingExit:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        raise KeyError("from exit")


try:
    with FailingExit():
        raise ValueError("body")
except KeyError as e:
    print("KeyError", e, "context:", repr(e.__context__))
