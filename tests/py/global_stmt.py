# global declarations
g = 'module'
def read_only():
    return g
def writer():
    global g
    g = 'changed'
def creator():
    global fresh
    fresh = 123
def shadow():
    g = 'local'
    return g
print(read_only())
print(shadow(), g)
writer()
print(g, read_only())
creator()
print(fresh)
def counter():
    global n
    n = n + 1
n = 0
counter()
counter()
print(n)
