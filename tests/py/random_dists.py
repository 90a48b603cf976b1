# Every distribution for several seeds: the same draws as CPython's random module.
import random

for seed in [0, 7, 2**40 + 3, -123456789, "seed", b"\x00\xff"]:
    r = random.Random(seed)
    print("seed", repr(seed))
    print(" ", [r.random() for _ in range(4)])
    print(" ", [r.randrange(-50, 50, 3) for _ in range(8)], [r.randint(1, 6) for _ in range(8)])
    print(" ", r.getrandbits(7), r.getrandbits(31), r.getrandbits(100), r.randbytes(6))
    print(" ", [round(r.uniform(-1, 1), 12) for _ in range(3)], r.triangular(0, 10, 9), r.triangular(2, 2))
    print(" ", [r.gauss(0, 1) for _ in range(3)], r.normalvariate(10, 0.5), r.lognormvariate(1, 0.25))
    print(" ", r.expovariate(0.5), r.vonmisesvariate(0, 4), r.vonmisesvariate(3, 1e-9))
    print(" ", r.gammavariate(0.3, 2), r.gammavariate(2.5, 0.5), r.gammavariate(1.0, 3), r.betavariate(0.5, 0.5))
    print(" ", r.paretovariate(3), r.weibullvariate(2, 0.5))
    deck = [rank + suit for suit in "SHDC" for rank in "A23456789TJQK"]
    r.shuffle(deck)
    print(" ", deck[:10], r.sample(deck, 5), r.choice(deck))
    print(" ", r.choices(range(5), weights=[0.1, 0, 3, 1, 2.5], k=8), r.sample(range(50), 12, counts=None))
    print(" ", r.sample("xyz", 3, counts=[1, 0, 4]), r.choices(["a", "b"], k=0), r.sample([], 0))

# the state round-trips, also across instances and through the module functions
a = random.Random(5)
b = random.Random()
b.setstate(a.getstate())
print([a.random() for _ in range(3)] == [b.random() for _ in range(3)])
random.seed(5)
print(random.random() == random.Random(5).random())
st = a.getstate()
try:
    a.setstate((3, st[1][:-1], None))
except ValueError as e:
    print(type(e).__name__, e)
try:
    a.setstate((3, st[1][:-1] + (625,), None))
except ValueError as e:
    print(type(e).__name__, e)
try:
    a.setstate((3, (-1,) + st[1][1:], None))
except OverflowError as e:
    print(type(e).__name__, e)
g = random.Random(1)
g.gauss()
s2 = g.getstate()
print(s2[2] is not None, g.gauss() == (g.setstate(s2) or g.gauss()))

# seeding with None draws fresh entropy: two generators differ
print(random.Random().getrandbits(64) != random.Random().getrandbits(64))
random.seed()
print(0.0 <= random.random() < 1.0)
random.seed("abc", version=1)
print(random.random())
random.seed(b"abc", version=1)
print(random.random())
print(isinstance(random.Random(), random.Random), random.Random.VERSION)
