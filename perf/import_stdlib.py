# Start-up of a script that imports the standard modules benchmark scripts use:
# math, random, collections and itertools, then does a little work with each.
import collections
import itertools
import math
import random

rng = random.Random(2024)
window = collections.deque(maxlen=5)
counts = collections.Counter()
for x in itertools.islice(itertools.count(1), 200):
    window.append(math.sqrt(x) * rng.random())
    counts[int(window[-1]) % 3] += 1
print(round(sum(window), 6), sorted(counts.items()))
print(list(itertools.accumulate(range(1, 8), math.lcm)))
