# Strings built by chains of concatenation: loops of s += t, branches that extend
# the same prefix differently, non-ASCII text, and such strings used as dict keys.
s = ""
for i in range(2000):
    s += chr(97 + i % 26)
a = s + "X"
b = s + "Y"
c = a + "Z"
print(len(s), s[-5:], a[-3:], b[-3:], c[-4:], s.count("a"), hash(a) == hash(s + "X"), a == s + "X")
t = "é" * 40
for i in range(100):
    t = t + "ü" + str(i)
print(len(t), t[:5], t[-6:])
parts = []
x = "start-of-a-long-prefix-string-here"
for i in range(50):
    x += "."
    parts.append(x)
print([len(p) for p in parts[::10]], parts[3], parts[0] is not parts[1])
d = {}
k = "key-prefix-long-enough-to-heap-allocate"
for i in range(10):
    k = k + str(i)
    d[k] = i
print(sorted(d.values()), ("key-prefix-long-enough-to-heap-allocate" + "0123") in d)
