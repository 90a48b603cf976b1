# Containers longer than one marking step (lists and tuples of thousands of items,
# nested, appended to after they became old): everything they hold survives
# collections, wherever in the container it sits.
import gc

big = [[i, str(i), (i, [i * 2])] for i in range(3000)]
gc.collect()
for i in range(3000):
    big.append({"k": str(i), "v": [i] * 3})
t = tuple(big)
nested = [t, big, tuple(tuple([j, str(j)]) for j in range(2500))]
del big
junk = [[x] for x in range(20000)]
del junk
gc.collect()
a, b, c = nested
print(len(a), len(b), len(c))
print(a[0], a[1500], a[2999])
print(b[3000], b[5999])
print(c[0], c[1024], c[2499])
total = sum(int(x[1]) for x in a[:3000]) + sum(int(d["k"]) for d in b[3000:]) + sum(y[0] for y in c)
print(total)
deep = []
for i in range(1200):
    deep = [deep, str(i)]
gc.collect()
n = 0
while deep:
    deep, s = deep
    n += int(s)
print(n)
