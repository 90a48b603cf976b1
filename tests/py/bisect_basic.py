import bisect
from bisect import bisect_left, bisect_right, insort_left, insort_right


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


a = [1, 2, 2, 2, 3, 5, 8]
for x in [0, 1, 2, 3, 4, 8, 9]:
    print(x, bisect_left(a, x), bisect_right(a, x), bisect.bisect(a, x))
print(bisect_left(a, 2, 2), bisect_left(a, 2, 0, 2), bisect_right(a, 2, hi=3), bisect_right(a, 2, lo=5))
print(bisect_left([], 1), bisect_right([], 1), bisect_left(a, 2, 5, 3))
show('lo neg', lambda: bisect_left(a, 1, -1))
show('no x', lambda: bisect_right(a))
show('none seq', lambda: bisect_left(None, 1))
show('mixed', lambda: bisect_left([1, 2], 'a'))
show('too many', lambda: bisect_left(a, 1, 0, 2, None))
print(bisect_left(a, 2, hi=None))

# key= applies to the items, not to x
recs = [('a', 1), ('b', 3), ('c', 3), ('d', 7)]
print(bisect_left(recs, 3, key=lambda r: r[1]), bisect_right(recs, 3, key=lambda r: r[1]))
insort_right(recs, ('e', 3), key=lambda r: r[1])
insort_left(recs, ('f', 3), key=lambda r: r[1])
print(recs)

s = []
for v in [5, 1, 4, 1, 5, 9, 2, 6, 5, 3]:
    bisect.insort(s, v)
print(s)
t = []
for v in [2.5, 1, 3.25, -1, 0.0]:
    insort_left(t, v)
print(t)
w = []
for v in ['pear', 'apple', 'fig', 'é']:
    insort_right(w, v)
print(w)
show('insort tuple', lambda: bisect.insort((1, 2), 1))
print(bisect_left((1, 3, 5), 4), bisect_right('aceg', 'd'), bisect_left(range(0, 100, 5), 42))


class Box:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v < other.v

    def __repr__(self):
        return 'Box(%d)' % self.v


boxes = [Box(1), Box(4), Box(9)]
bisect.insort(boxes, Box(5))
print(boxes, bisect_left(boxes, Box(4)), bisect_right(boxes, Box(4)))


def grade(score, breakpoints=[60, 70, 80, 90], grades='FDCBA'):
    return grades[bisect.bisect(breakpoints, score)]


print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
