# Error cases of the object model, with CPython's messages.

class F:
    def __init__(self, a, b):
        self.a = a

    def m(self, x):
        return x


def show(thunk):
    try:
        thunk()
    except Exception as e:
        print(type(e).__name__ + ":", e)


show(lambda: F(1))
show(lambda: F(1, 2, 3))
show(lambda: F(1, 2).m())
show(lambda: F(1, 2).m(1, 2))
show(lambda: F(1, 2).nope)
show(lambda: F.nope)
show(lambda: F(1, 2, c=3))


class NoInit:
    pass


show(lambda: NoInit(1))
show(lambda: NoInit(x=1))


class BadInit:
    def __init__(self):
        return 5


show(lambda: BadInit())


class Unhashable:
    def __eq__(self, o):
        return True


show(lambda: {Unhashable(): 1})
show(lambda: hash(Unhashable()))


def no_class_super():
    return super()


show(no_class_super)


class BadRepr:
    def __repr__(self):
        return 5


show(lambda: repr(BadRepr()))


class RO:
    @property
    def p(self):
        return 1


def set_p():
    RO().p = 2


show(set_p)
show(lambda: int.new_attr)


def set_builtin():
    int.x = 1


show(set_builtin)
show(lambda: type("X", (1,), {}))


class Late:
    pass


Late.p = property(lambda self: 1)
show(lambda: setattr(Late(), "p", 2))


def del_p():
    del RO().p


show(del_p)


class NoGet:
    q = property(None, lambda self, v: None)


show(lambda: NoGet().q)
