# returning tuples and containers
def minmax(seq):
    lo = seq[0]
    hi = seq[0]
    for x in seq:
        if x < lo:
            lo = x
        if x > hi:
            hi = x
    return lo, hi
print(minmax([3, 1, 4, 1, 5, 9, 2, 6]))
lo, hi = minmax([10, -2, 7])
print(lo, hi)
def stats(seq):
    return {'n': len(seq), 'sum': sum(seq)}
print(stats([1, 2, 3]))
def split_name(full):
    parts = full.split(' ')
    return parts[0], parts[-1]
first, last = split_name('Ada King Lovelace')
print(first, last)
