# Long runs of the native iterators over freshly allocated values, so collections
# happen while they hold (and replace) values: results must stay intact.
from itertools import accumulate, chain, count, cycle, compress, dropwhile, takewhile, filterfalse, islice, pairwise, product, starmap, zip_longest, permutations, groupby, tee, repeat
import operator

def words(n):
    for i in range(n):
        yield "w" + str(i) * 3

total = 0
for a, b in pairwise(words(300)):
    total += len(a) + len(b)
print("pairwise", total)

acc = list(accumulate(([i] for i in range(100)), lambda x, y: x + y))
print("accumulate", len(acc), sum(len(x) for x in acc), acc[-1][-5:])
acc = list(accumulate((str(i) for i in range(200)), initial="s"))
print("accumulate str", len(acc), len(acc[-1]))

c = chain.from_iterable([str(i)] * 3 for i in range(200))
print("chain", sum(1 for _ in c))
print("chain2", len(list(chain(*[[str(i), (i,)] for i in range(500)]))))

cy = cycle("x" + str(i) for i in range(20))
got = [next(cy) for _ in range(500)]
print("cycle", got[49], got[50], got[499], len(set(got)))

cnt = count(2 ** 60, 2 ** 40)
for _ in range(300):
    v = next(cnt)
print("count", v, cnt)
cf = count(0.5, 0.25)
for _ in range(300):
    v = next(cf)
print("count float", v)

sel = (i % 3 == 0 for i in range(600))
print("compress", len(list(compress(words(600), sel))))
print("dropwhile", len(list(dropwhile(lambda w: len(w) < 10, words(300)))))
print("takewhile", len(list(takewhile(lambda w: len(w) < 12, words(300)))))
print("filterfalse", len(list(filterfalse(lambda w: w.endswith("1"), words(300)))))
print("islice", list(islice(words(10000), 100, 500, 97)))
print("starmap", sum(len(s) for s in starmap(lambda a, b: [a] * b, zip(words(200), range(200)))))
z = list(zip_longest(words(100), (str(i) for i in range(150)), fillvalue="-"))
print("zip_longest", len(z), z[99], z[100], z[-1])
p = list(product([str(i) for i in range(8)], [[i] for i in range(8)], repeat=2))
print("product", len(p), p[-1])
print("permutations", sum(1 for _ in permutations([str(i) for i in range(6)], 4)))
g = [(k, len(list(v))) for k, v in groupby(words(300), key=len)]
print("groupby", g)
a, b = tee(words(300))
print("tee", sum(len(x) for x in a), sum(len(x) for x in b))
r = list(repeat([1, 2], 300))
print("repeat", len(r), r[0] is r[-1])
