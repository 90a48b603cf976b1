# Instance dicts kept after the __slots__ members: __dict__ reads, assignment, deletes of
# members, builtin-subclass and exception dicts; tuples and strs at their inline limits.
class A:
    __slots__ = ('x', '__dict__')
a = A(); a.x = 1; a.y = 2
print(a.x, a.y, a.__dict__)
del a.x
try: a.x
except AttributeError as e: print("AE", e)
a.x = 5; print(a.x, vars(a))
class B:
    pass
class C(B):
    __slots__ = ('p', 'q')
c = C(); c.p = 1; c.z = 3; c.q = 2
print(c.p, c.q, c.z, c.__dict__)
c.__dict__['w'] = 9; print(c.w)
class D: pass
d = D(); d.a = 1; d.__dict__ = {'b': 2}; print(vars(d))
d.c = 3; print(d.__dict__, hasattr(d, 'a'))
o = object()
try: o.x = 1
except AttributeError as e: print("AE", e)
class S(list): pass
s = S([1]); s.k = 1; s.__dict__.update(m=2); print(s, s.k, s.m, vars(s))
class E(Exception): pass
e = E(1); e.t = 3; print(e.__dict__)
for i in range(3):
    t = (i, i+1, i+2, i+3, i+4); print(t, t[4], len(t), t[1:], hash(t) == hash((i, i+1, i+2, i+3, i+4)))
s = "x" * 29; s2 = "y" * 30; print(len(s), len(s2), len(s + "é"), len("é" * 29), len("é"*15))
try: d.__dict__ = 5
except TypeError as e: print("TE", e)
class F: pass
f = F(); f.__dict__ = {'q': 1}; print(f.q, vars(f)); f.r = 2; print(f.__dict__)
g = {'z': 0}; f2 = F(); f2.__dict__ = g; f2.y = 1; print(g)
