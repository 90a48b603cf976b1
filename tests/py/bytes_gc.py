# bytes objects surviving collections: keys, containers, exceptions, generators

class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        junk = [bytes(50) for _ in range(3)]
        return self.v

def gen(n):
    for i in range(n):
        tmp = bytearray(b"tmp") * 4
        yield i % 256

table = {}
for i in range(300):
    k = str(i).encode()
    table[k] = bytearray(k) + b"!"
    if i % 7 == 0:
        table[k].extend(gen(5))
total = 0
for k, v in table.items():
    total += len(k) + len(v)
print(len(table), total, table[b"42"], table[b"299"])

parts = []
for i in range(200):
    parts.append(bytes(gen(i % 10)))
    parts.append(bytes([Idx(i % 256), Idx(1)]))
print(len(parts), sum(len(p) for p in parts), parts[-1], parts[-4])

errors = []
for i in range(100):
    try:
        (b"ok" * (i % 5) + bytes([0xff, i % 128])).decode("utf-8")
    except UnicodeDecodeError as e:
        errors.append(e)
print(len(errors), errors[-1].object, errors[-1].start, str(errors[3]))

ba = bytearray()
for i in range(1000):
    ba += bytes([i % 256])
    if i % 100 == 0:
        ba[:] = ba[::-1]
print(len(ba), ba[:8], ba[-4:], ba.count(0))

it = iter(bytearray(b"abc") * 3)
keep = [next(it) for _ in range(4)]
junk = [b"x" * i for i in range(100)]
print(keep, list(it), b"".join(junk).count(b"x"))
print(b",".join(str(i).encode() for i in range(20)))
