import random
for s in [0, 1, 42, -5, 2**100+7, 3.5, -2.25, "hello", b"abc", bytearray(b"xy"), "", True, "ünï"]:
    random.seed(s)
    print(repr(s), random.random(), random.getrandbits(70), random.randrange(1000), random.randint(-5, 5))
random.seed(12345)
print([random.random() for _ in range(3)])
print(random.getrandbits(0), random.getrandbits(1), random.getrandbits(32), random.getrandbits(33), random.getrandbits(64), random.getrandbits(65), random.getrandbits(200))
print(random.randbytes(0), random.randbytes(5), random.randbytes(13))
print(random.randrange(10), random.randrange(3, 10), random.randrange(3, 100, 7), random.randrange(100, 3, -7), random.randrange(-10, -1), random.randrange(10**30), random.randrange(2**64))
print(random.choice("abcdef"), random.choice([1,2,3]), random.choice(range(100)))
l = list(range(20)); random.shuffle(l); print(l)
print(random.sample(range(100), 10), random.sample("abcdefgh", 3), random.sample(range(10**6), 30))
print(random.sample(['red', 'blue'], counts=[4, 2], k=5))
print(random.choices("abc", k=5), random.choices("abc", [1, 2, 3], k=6), random.choices("abc", cum_weights=[1, 2, 10], k=6))
print(random.uniform(1, 10), random.triangular(), random.triangular(1, 5, 2), random.gauss(), random.gauss(5, 2), random.normalvariate(1, 3))
print(random.lognormvariate(0, 1), random.expovariate(2), random.vonmisesvariate(1, 2), random.vonmisesvariate(1, 0))
print(random.gammavariate(0.5, 1), random.gammavariate(1, 2), random.gammavariate(3, 1), random.betavariate(2, 3), random.paretovariate(2), random.weibullvariate(1, 2))
st = random.getstate(); a = [random.random() for _ in range(3)]; random.setstate(st); print(a == [random.random() for _ in range(3)])
print(len(st), st[0], len(st[1]), st[1][-1], st[2])
r = random.Random(99); print(r.random(), r.randint(1, 6))
class My(random.Random):
    def __init__(self):
        self.x = 0.1
        super().__init__(3)
    def random(self):
        self.x = (self.x * 7.3) % 1.0
        return self.x
m = My(); print([m.randrange(100) for _ in range(5)], m.choice("xyz"), m.getrandbits(10))
class Bits(random.Random):
    def getrandbits(self, k):
        return 0
print(Bits(1).randrange(10))
for f, a in [(random.choice, ([],)), (random.randrange, (0,)), (random.randrange, (5, 5)), (random.randrange, (1, 10, 0)), (random.randrange, (10, 1, 2)), (random.getrandbits, (-1,)), (random.sample, ({1, 2}, 1)), (random.sample, ([1, 2], 3)), (random.choices, ("ab", [1])), (random.choices, ("ab", [0, 0])), (random.seed, ([],)), (random.gammavariate, (0, 1)), (random.randrange, (1, None, 2)), (random.choices, ("ab", 3)), (random.setstate, ((9, 1, 2),)), (random.randrange, ("a",))]:
    try:
        print(f(*a))
    except Exception as e:
        print(type(e).__name__, e)


class NoSuperInit(random.Random):
    def __init__(self, x):
        self.seed(x)
        self.gauss_next = None


print(NoSuperInit(10).random() == random.Random(10).random(), NoSuperInit(3).randint(1, 100))
