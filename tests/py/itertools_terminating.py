import itertools
from itertools import accumulate, chain, compress, dropwhile, takewhile, groupby, islice, starmap, tee, zip_longest, pairwise, filterfalse
import operator

def attempt(label, f, *args, **kw):
    try:
        r = f(*args, **kw)
        if hasattr(r, "__next__"):
            r = list(r)
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)

# accumulate
print(list(accumulate([1, 2, 3, 4, 5])), list(accumulate([])), list(accumulate([], initial=7)))
print(list(accumulate([1, 2, 3], operator.mul)), list(accumulate([3, 1, 4, 1, 5], max)))
print(list(accumulate([1, 2, 3], initial=100)), list(accumulate("abc")))
print(list(accumulate([1, 2], None, initial=0)), list(accumulate([5], initial=None)))
print(list(accumulate([-1.5, 2, -0.5], func=lambda a, b: a - b)))
attempt("acc0", accumulate)
attempt("acc3", accumulate, [], None, None)
attempt("acc-bad", accumulate, [1, "a"])
attempt("acc-int", accumulate, 5)

# chain
print(list(chain("ab", [1, 2], (), range(2))), list(chain()), list(chain([])))
print(list(chain.from_iterable(["ab", "cd", []])))
print(list(chain.from_iterable([[1], [2, [3]]])))
ch = chain.from_iterable(x * "z" for x in range(4))
print(next(ch), list(ch))
attempt("chain-kw", chain, a=1)
attempt("chain-int", chain, 1)
attempt("chain-from0", chain.from_iterable)
attempt("chain-from-int", chain.from_iterable, 1)
attempt("chain-from-ints", chain.from_iterable, [1])
def noisy(tag, n):
    for i in range(n):
        print("  produce", tag, i)
        yield i
c = chain(noisy("a", 2), noisy("b", 1))
print(next(c))
print(next(c))
print(next(c))
print(list(c))
print(type(c), isinstance(c, chain))

# compress
print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(compress("AB", [1, 1, 1, 1])), list(compress(range(10), [0, 1])))
print(list(compress(data=[1, 2], selectors=[True, False])))
attempt("compress1", compress, [1])
attempt("compress-int", compress, 1, [])

# dropwhile / takewhile
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(dropwhile(bool, [])), list(takewhile(bool, [])), list(dropwhile(lambda x: True, [1, 2])))
t = takewhile(lambda x: x < 2, noisy("t", 5))
print(list(t))
print(list(t))
attempt("dropwhile1", dropwhile, len)
attempt("dropwhile3", dropwhile, len, [], [])
attempt("takewhile-kw", takewhile, a=1)

# groupby
print([(k, list(g)) for k, g in groupby("AAAABBBCCDAABBB")])
print([k for k, g in groupby("AAAABBBCCD")])
print([(k, list(g)) for k, g in groupby([1, 2, 3, 4, 5, 6, 7], key=lambda x: x // 3)])
print([(k, list(g)) for k, g in groupby([])])
data = sorted(["apple", "avocado", "banana", "blueberry", "cherry"], key=lambda w: w[0])
for k, g in groupby(data, lambda w: w[0]):
    print(k, list(g))
groups = list(groupby("aabbc"))
print([(k, list(g)) for k, g in groups])
gb = groupby("xxyyy")
k1, g1 = next(gb)
print(k1, next(g1))
k2, g2 = next(gb)
print(k2, list(g1), list(g2))
attempt("groupby0", groupby)
attempt("groupby-int", groupby, 1)
attempt("groupby3", groupby, [], None, None)

# islice
r = range(10)
print(list(islice(r, 3)), list(islice(r, 2, 5)), list(islice(r, 1, 9, 3)), list(islice(r, None)), list(islice(r, 3, None)))
print(list(islice(r, None, None, 3)), list(islice(r, 0)), list(islice(r, 20)), list(islice(r, 5, 2)), list(islice("abcdef", 1, None, 2)))
it = iter(range(10))
print(list(islice(it, 3)), next(it))
it = iter(range(10))
print(list(islice(it, 1, 5, 3)), next(it))
it = iter(range(10))
print(list(islice(it, 2, 2)), next(it))
it = iter(range(10))
print(list(islice(it, 0)), next(it))
s = islice(noisy("s", 10), 1, 4, 2)
print(list(s))
attempt("islice1", islice, [])
attempt("islice5", islice, [], 1, 2, 3, 4)
attempt("islice-neg", islice, [], -1)
attempt("islice-str", islice, [], "a")
attempt("islice-float", islice, [], 1.5)
attempt("islice-negstop", islice, [], 1, -1)
attempt("islice-negstart", islice, [], -1, 5)
attempt("islice-step0", islice, [], 0, 1, 0)
attempt("islice-stepneg", islice, [], 0, 1, -1)
attempt("islice-kw", islice, [], a=1)
attempt("islice-int", islice, 5, 1)

# starmap
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(starmap(operator.add, [[1, 2], "ab"])))
attempt("starmap1", starmap, len)
attempt("starmap-int", starmap, len, [1])

# tee
a, b = tee([1, 2, 3])
print(next(a), next(a), list(b), list(a))
print(type(a), tee([], 0), len(tee("ab", 5)))
x, y, z = tee(noisy("tee", 3), 3)
print(next(x), next(x))
print(next(y), list(z), list(x), list(y))
a, b = tee(iter("abc"))
c, d = tee(a)
print(next(a), list(c), list(d), list(b))
attempt("tee-neg", tee, [], -1)
attempt("tee0", tee)
attempt("tee-str", tee, [], "a")
attempt("tee-int", tee, 3)

# zip_longest
print(list(zip_longest("ABCD", "xy", fillvalue="-")), list(zip_longest("ab", [1])), list(zip_longest()))
print(list(zip_longest([], [])), list(zip_longest(range(3))))
attempt("zl-kw", zip_longest, x=1)
attempt("zl-int", zip_longest, 1)

# pairwise
print(list(pairwise("ABCDE")), list(pairwise([1])), list(pairwise([])))
attempt("pairwise0", pairwise)
attempt("pairwise-int", pairwise, 1)

# filterfalse
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, "", "a", None, [], [0]])))
attempt("ff1", filterfalse, None)
print(sum(1 for _ in filterfalse(None, range(1000))))

# groupby details: group types, keys that fail, lazy consumption
gb = groupby(noisy("g", 4), key=lambda x: x // 2)
k, g = next(gb)
print(k, type(g).__name__, type(gb).__name__)
print(list(g))
print(next(gb)[0])
print(list(gb))
def bad_key(x):
    if x == 2:
        raise KeyError("no key for 2")
    return 0
attempt("groupby-badkey", groupby, [1, 2, 3], bad_key)
class NoEq:
    def __eq__(self, other):
        raise RuntimeError("cannot compare")
attempt("groupby-noeq", lambda: [(type(k).__name__, len(list(g))) for k, g in groupby([NoEq(), NoEq()])])
print([(k, "".join(g)) for k, g in groupby("aAbBBa", key=str.lower)])
