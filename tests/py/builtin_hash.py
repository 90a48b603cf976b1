# hash of ints, floats and tuples of ints (deterministic values)
print(hash(0), hash(1), hash(-1), hash(-2), hash(42))
print(hash(2 ** 61), hash(2 ** 61 - 1), hash(2 ** 61 - 2), hash(-(2 ** 61)))
print(hash(2 ** 64), hash(2 ** 100), hash(-(2 ** 100)))
print(hash(1.5), hash(-1.5), hash(0.5), hash(2.0), hash(-1.0), hash(0.0), hash(-0.0))
print(hash(1e100), hash(0.1))
print(hash(float('inf')), hash(float('-inf')))
print(hash(True), hash(False))
print(hash(()), hash((1,)), hash((1, 2)), hash((1, (2, 3))), hash((-1, -2)))
print(hash(1) == hash(1.0) == hash(True), hash(2 ** 70) == hash(2.0 ** 70))
try:
    hash([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash({})
except TypeError as e:
    print(type(e).__name__, e)
