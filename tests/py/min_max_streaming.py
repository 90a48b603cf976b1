# min() and max() compare items as they arrive: the key function runs
# interleaved with the iteration, and a failure stops it at that item.

log = []


def source(n):
    for i in range(n):
        log.append(("yield", i))
        yield (i * 7) % 5


def key(x):
    log.append(("key", x))
    return -x


print(max(source(4), key=key))
print(log)
log.clear()
print(min(source(4)))
print(log)
log.clear()

# ties keep the first item seen
print(max([(1, "a"), (2, "b"), (2, "c"), (0, "d")], key=lambda p: p[0]))
print(min([(1, "a"), (0, "b"), (0, "c")], key=lambda p: p[0]))
print(max(3, 9, 9.0, key=float), min(4, 4.0, 2.0, 2))

# defaults and empty inputs
print(max((x for x in []), default="none"))
print(min([], default=None))
try:
    max(x for x in [])
except ValueError as e:
    print("ValueError:", e)
try:
    min(iter(()))
except ValueError as e:
    print("ValueError:", e)


# comparisons in the middle of the stream
class Loud:
    def __init__(self, v):
        self.v = v

    def __gt__(self, other):
        log.append(("gt", self.v, other.v))
        return self.v > other.v

    def __lt__(self, other):
        log.append(("lt", self.v, other.v))
        return self.v < other.v

    def __repr__(self):
        return f"Loud({self.v})"


def louds():
    for v in [2, 5, 1]:
        log.append(("next", v))
        yield Loud(v)


print(max(louds()))
print(log)
log.clear()
print(min(louds()))
print(log)
log.clear()


# an error from the key function stops the iteration there
def bad_key(x):
    if x == 2:
        raise KeyError(x)
    return x


try:
    max(source(5), key=lambda x: bad_key(x))
except KeyError as e:
    print("KeyError", e, len(log))
log.clear()

# an uncomparable item
try:
    max([1, 2, "three", 4])
except TypeError as e:
    print("TypeError:", e)

# big streams allocate nothing per item that outlives it
print(max(i * 3 % 1000003 for i in range(300000)))
print(min((str(i) for i in range(50000)), key=len))
