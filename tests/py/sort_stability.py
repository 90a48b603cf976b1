# stable sorting with keys, reverse, and mixed element types
data = [(3, "c"), (1, "a"), (3, "a"), (2, "b"), (1, "b"), (2, "a")]
print(sorted(data))
print(sorted(data, key=lambda p: p[0]))
print(sorted(data, key=lambda p: p[0], reverse=True))
nums = [3, 1.5, -2, 10, 0.0, -0.0, 2**70, -2**70, True]
print(sorted(nums))
print(sorted(["b", "A", "a", "B", "ä", ""]))
print(sorted([[2, 1], [1, 2], [1, 1, 1], []]))
print(sorted([(1, "x"), (1, 2.5)] [:1] + [(0, "y")]))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError", e)
try:
    sorted([(1, 2), (1, "a")])
except TypeError as e:
    print("TypeError", e)
vals = []
for i in range(2000):
    vals.append(((i * 7919) % 1009, str(i % 13)))
s = sorted(vals)
print(s[:3], s[-3:], len(s))
s2 = sorted(vals, key=lambda v: v[1], reverse=True)
print(s2[:3])
fl = []
for i in range(50):
    fl.append(((i * 37) % 11) / 4)
print(sorted(fl)[:10], sorted(fl, reverse=True)[:5])
