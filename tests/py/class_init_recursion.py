# Constructors that recurse: __init__ runs as an ordinary frame, so depth is limited
# only by the recursion limit, and a RecursionError deep inside is catchable.

class Node:
    def __init__(self, depth):
        self.depth = depth
        self.kids = [Node(depth - 1)] if depth else []

    def size(self):
        n = 1
        for k in self.kids:
            n += k.size()
        return n


print(Node(400).size())


class Chain:
    def __init__(self, n):
        self.next = Chain(n + 1)


try:
    Chain(0)
except RecursionError as e:
    print("RecursionError:", e)


class Returns:
    def __init__(self, v):
        self.v = v
        if v:
            return v


print(Returns(0).v)
try:
    Returns(7)
except TypeError as e:
    print("TypeError:", e)


class KwInit:
    def __init__(self, a, b=2, *rest, c, **kw):
        self.vals = (a, b, rest, c, sorted(kw.items()))


print(KwInit(1, c=3).vals, KwInit(1, 5, 6, 7, c=8, z=9).vals)
print(KwInit(*[1, 2], **{"c": 0}).vals)
try:
    KwInit(1)
except TypeError as e:
    print("TypeError:", e)
items = list(map(Node, [0, 1, 2]))
print([items[0].size(), items[1].size(), items[2].size()])
