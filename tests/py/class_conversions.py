# __index__, __int__, __float__ and __format__ defined in Python.

class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


class Num:
    def __init__(self, v):
        self.v = v

    def __int__(self):
        return int(self.v) + 1000

    def __float__(self):
        return self.v / 2


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __format__(self, spec):
        if spec == "":
            return "$%d.%02d" % (self.cents // 100, self.cents % 100)
        return format(self.cents / 100, spec) + " USD"

    def __str__(self):
        return "Money"


lst = list(range(10, 20))
print(lst[Idx(3)], lst[Idx(-1)], int(Idx(7)), float(Idx(2)))
print(int(Num(2.7)), float(Num(5)), int(Num(-3)))
m = Money(12345)
print(format(m), format(m, ".1f"), f"{m}", f"{m:>12.3f}", "{} and {:.2f}".format(m, m), str(m))


class BadIndex:
    def __index__(self):
        return "no"


try:
    lst[BadIndex()]
except TypeError as e:
    print("TypeError:", e)


class Plain:
    pass


for f in (lambda: int(Plain()), lambda: float(Plain()), lambda: lst[Plain()], lambda: format(Plain(), "x")):
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
