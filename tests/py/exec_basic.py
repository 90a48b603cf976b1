# exec(source, globals): definitions land in the namespace, with real signatures
ns = {'X': 5}
exec("def f(self, a: int, b=X, *, k):\n    return (a, b, k)\nY = 7", ns)
print(ns['f'](None, 1, k=3), ns['Y'], sorted(k for k in ns if k != '__builtins__'))
print('__builtins__' in ns, ns['f'].__annotations__, ns['f'].__defaults__, ns['f'].__kwdefaults__)
f = ns['f']
f.__qualname__ = 'C.__init__'
try:
    f(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    exec("1 +")
except SyntaxError as e:
    print(type(e).__name__)
exec("zz = 1")
print(zz)
g = {}
exec("import keyword\nclass K:\n    v = keyword.iskeyword('for')\n", g)
print(g['K'].v, g['K'].__module__)
exec("__name__ = 'mod'\ndef h(): pass\n", g)
print(g['h'].__module__)
try:
    exec(3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    exec("x = 1", [])
except TypeError as e:
    print(type(e).__name__, e)
try:
    exec("raise ValueError('inside')", {})
except ValueError as e:
    print(type(e).__name__, e)
