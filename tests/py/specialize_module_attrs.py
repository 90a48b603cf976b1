# Module attribute loads that specialize (GetAttrModule, LoadMethodModule) still see
# rebinding, deletion and re-adding of the attribute, and other modules at the site.
import os.path
import keyword
import sys


def use(m, n):
    out = []
    for _ in range(n):
        out.append(m.sep)
    return out[-1]


def call(n):
    t = 0
    for _ in range(n):
        t += keyword.iskeyword("if")
    return t


print(use(os.path, 50), use(os, 50))
print(call(50))
keyword.iskeyword = lambda s: 10
print(call(5))
del keyword.iskeyword
try:
    call(1)
except AttributeError as e:
    print("AttributeError:", e)
keyword.iskeyword = lambda s: 100
print(call(5))
os.path.sep = "#"
print(use(os.path, 5))
os.path.sep = "/"
mod = type(sys)("made")
mod.sep = "made-sep"
print(use(mod, 3), use(os.path, 3))
for m in (os, os.path, mod, os.path):
    print(use(m, 20))
