# round(), divmod() and three-argument pow() dispatch to the special methods of
# classes defined in Python


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


class R:
    def __round__(self, *args):
        return ('round', args)


class NoRound:
    pass


show("round()", lambda: round(R()))
show("round(None)", lambda: round(R(), None))
show("round(2)", lambda: round(R(), 2))
show("round(ndigits=-1)", lambda: round(R(), ndigits=-1))
show("noround", lambda: round(NoRound()))


class D:
    def __divmod__(self, o):
        return ('divmod', o)

    def __rdivmod__(self, o):
        return ('rdivmod', o)


class DSub(D):
    def __rdivmod__(self, o):
        return ('sub rdivmod', type(o).__name__)


class NI:
    def __divmod__(self, o):
        return NotImplemented

    def __rdivmod__(self, o):
        return NotImplemented


show("divmod(D, 1)", lambda: divmod(D(), 1))
show("divmod(1, D)", lambda: divmod(1, D()))
show("divmod(D, DSub)", lambda: divmod(D(), DSub()))
show("divmod(NI, 1)", lambda: divmod(NI(), 1))
show("divmod(1, NI)", lambda: divmod(1, NI()))
show("divmod(NoRound, 1)", lambda: divmod(NoRound(), 1))
show("divmod float zero", lambda: divmod(1.5, 0.0))
show("divmod int zero", lambda: divmod(7, 0))
show("divmod floats", lambda: divmod(-7.5, 2))


class P:
    def __pow__(self, e, m=None):
        return ('pow', e, m)

    def __rpow__(self, b):
        return ('rpow', b)


class P2:
    def __pow__(self, e):
        return ('pow2', e)


show("pow(P, 2)", lambda: pow(P(), 2))
show("pow(P, 2, 5)", lambda: pow(P(), 2, 5))
show("pow(2, P)", lambda: pow(2, P()))
show("pow(2, P, 5)", lambda: pow(2, P(), 5))
show("pow(P2, 2, 5)", lambda: pow(P2(), 2, 5))
show("pow ints", lambda: pow(3, 4, 5))
