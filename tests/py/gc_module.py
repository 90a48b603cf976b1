import gc, sys
def t(f, *a, **k):
    try: return repr(f(*a, **k))
    except Exception as e: return type(e).__name__ + ': ' + str(e)
print(gc.isenabled())
n = gc.collect()
print(type(n).__name__, n >= 0, type(gc.collect(0)).__name__, type(gc.collect(generation=2)).__name__)
print(t(gc.collect, 3), t(gc.collect, -1), t(gc.collect, 'a'), t(gc.collect, 1, 2))
print(gc.disable(), gc.isenabled())
data = [[i, str(i)] for i in range(100000)]
del data
junk = []
for i in range(50000):
    junk.append({'k': [i]})
junk = None
print(gc.isenabled())
print(gc.enable(), gc.isenabled())
print(t(gc.enable, 1), t(gc.disable, 1), t(gc.isenabled, 1))
# cycles are collected
class Node:
    def __init__(self): self.other = None
for i in range(1000):
    a, b = Node(), Node()
    a.other, b.other = b, a
print(gc.collect() >= 0)
s1 = sys.intern('hello world ' * 3)
s2 = sys.intern(''.join(['hello world '] * 3))
print(s1 == s2, s1 is s2, sys.intern('') == '', sys.intern('ü€') is sys.intern('ü' + '€'))
print(t(sys.intern, 1), t(sys.intern, b'x'), t(sys.intern), t(sys.intern, 'a', 'b'))
sys.stdout.write('via stdout\n')
sys.stdout.flush()
print(sys.stdout.buffer.write(b'raw bytes\n'))
sys.stdout.buffer.flush()
print('after')
