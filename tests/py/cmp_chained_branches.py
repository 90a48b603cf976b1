# Chained comparisons and `is` tests used as conditions (compiled to compare-and-branch
# instructions): each operand evaluated once, left to right, stopping at the first
# false link; `is`/`is not` on None, bools and objects.


class Loud:
    def __init__(self, name, value):
        self.name = name
        self.value = value

    def __lt__(self, other):
        print("  lt", self.name, other.name)
        return self.value < other.value

    def __le__(self, other):
        print("  le", self.name, other.name)
        return self.value <= other.value


def get(x, log):
    log.append(x.name)
    return x


a, b, c = Loud("a", 1), Loud("b", 2), Loud("c", 0)
for first, mid, last in [(a, b, c), (c, a, b), (b, a, c), (a, b, b)]:
    log = []
    if get(first, log) < get(mid, log) < get(last, log):
        print("chain holds", log)
    else:
        print("chain fails", log)
    log = []
    if not (get(first, log) <= get(mid, log) <= get(last, log)):
        print("not chain", log)
    else:
        print("chain", log)

for ch in "09a/:5":
    if "0" <= ch <= "9":
        print(ch, "digit")
    if not "0" <= ch <= "9":
        print(ch, "not digit")
    if "a" <= ch <= "z" or "0" <= ch < "5":
        print(ch, "lower or low digit")

# a later operand rebinds the middle name: the comparison uses the value it had
x = 3
if 1 < x < (x := 10):
    print("walrus chain", x)
x = 3
if 1 < x < (x := 2):
    print("unexpected", x)
else:
    print("walrus chain fails", x)

for v in [None, True, False, 0, 1, "", [], ()]:
    out = []
    if v is None:
        out.append("is None")
    if v is not None:
        out.append("is not None")
    if v is True:
        out.append("is True")
    if v is not False:
        out.append("is not False")
    if not v is None:
        out.append("not is None")
    print(repr(v), out)

s = t = object()
u = object()
if s is t is not u:
    print("s is t is not u")
if s is t is u:
    print("unexpected")
else:
    print("s is t is u fails")
print(1 < 2 < 3, 3 > 2 > 2, s is t is not u, None is None is None)
n = 0
while n is not None and n < 5 < 10:
    n += 1
print("loop ended at", n)
