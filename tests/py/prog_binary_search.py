# binary search, iterative and recursive
def bsearch(items, target):
    lo = 0
    hi = len(items) - 1
    steps = 0
    while lo <= hi:
        steps += 1
        mid = (lo + hi) // 2
        if items[mid] == target:
            return mid, steps
        if items[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1, steps
def bsearch_rec(items, target, lo, hi):
    if lo > hi:
        return -1
    mid = (lo + hi) // 2
    if items[mid] == target:
        return mid
    if items[mid] < target:
        return bsearch_rec(items, target, mid + 1, hi)
    return bsearch_rec(items, target, lo, mid - 1)
data = list(range(0, 300, 3))
for t in [0, 3, 150, 297, 298, -1]:
    print(t, bsearch(data, t), bsearch_rec(data, t, 0, len(data) - 1))
