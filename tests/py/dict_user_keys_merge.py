class K:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, K) and o.v == self.v
    def __hash__(self): return hash(self.v)
    def __repr__(self): return "K(%d)" % self.v
a = {K(1): "a", K(2): "b"}
b = {K(2): "b", K(1): "a"}
print(a == b, a != b, a | {K(1): "z"}, {**a, K(2): "y"})
c = dict(a); c.update({K(1): "q"}); print(c)
print(K(1) in a, a.get(K(2)), [1, K(3)] == [1, K(3)], (K(1),) == (K(1),))
print({1: K(5)} == {1: K(5)})
