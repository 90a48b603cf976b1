# os.path: the string operations of posixpath, and the checks that stat.
import os.path as p
import os

for args in [("a", "b"), ("a/", "b"), ("/a", "/b", "c"), ("a", ""), ("", "b"), ("a", "b/", "c")]:
    print("join", args, p.join(*args))
for s in ["/usr/lib/python", "/usr/lib/", "file.txt", "/", "//x", "a/b/c.tar.gz", "", ".bashrc", "dir.d/file", "..", "a/.hidden"]:
    print(repr(s), p.dirname(s), p.basename(s), p.split(s), p.splitext(s), p.isabs(s))
for s in ["a//b/./c/../d", "/../x", "../../y", ".", "", "//a//b", "///a", "a/b/../../.."]:
    print("normpath", repr(s), p.normpath(s))
here = os.getcwd()
print(p.abspath("x/../y") == p.join(here, "y"), p.abspath("/a/./b") )
print(p.exists(__file__), p.isfile(__file__), p.isdir(__file__), p.isdir(p.dirname(p.abspath(__file__))))
print(p.exists("/no/such/path"), p.isfile("/no/such/path"), p.isdir("/no/such"), p.exists(5))
print(p.relpath("/a/b/c", "/a"), p.relpath("/a", "/a/b/c"), p.relpath("/a/b", "/a/b"))
print(p.expanduser("~/x") == p.join(os.environ["HOME"], "x") if "HOME" in os.environ else True, p.expanduser("a/~"))
print(p.sep, p.curdir, p.pardir, p.extsep)
for bad in (1, None):
    try:
        p.join("a", bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    p.basename(3)
except TypeError as e:
    print("TypeError:", e)
