# One native call that makes far more objects than the collector lists between two
# safepoints (a split of a long text, a big dict from zip): the next minor collection
# must still find every young object, keep the reachable ones and free the rest.
# (Few Python-level loops: the GC-stress run collects at every safepoint.)

text = ",".join(map(str, range(100000)))
words = text.split(",")
junk = [str(i) * 3 for i in range(100)]
del junk
pairs = dict(zip(words, range(len(words))))
parts = text.split(",")[::10000]
print(len(words), sum(map(len, words)), words[0], words[-1], len(pairs), pairs["99999"], parts[:3])
# make garbage in bulk, then keep only some of it
for round in range(3):
    chunk = ("ab " * 80000).split()
    keep = chunk[::20000]
    print(round, len(chunk), keep)
print(sum(map(len, words)), words[12345], pairs["12345"], max(words), sorted(pairs.values())[-2:])
