from operator import itemgetter, attrgetter, methodcaller

def attempt(f, *args, **kw):
    try:
        r = f(*args, **kw)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

g = itemgetter(1)
print(g, type(g), g([10, 20, 30]), g("abc"), g({1: "one"}))
g2 = itemgetter(0, -1, slice(1, 3))
print(g2, g2([1, 2, 3, 4]))
print(itemgetter("a", "b"))
attempt(itemgetter(5), [1])
attempt(itemgetter("k"), {})
attempt(itemgetter(1))
attempt(itemgetter(1), [1, 2], [3])
attempt(itemgetter(1), a=2)
attempt(itemgetter)
attempt(itemgetter, 1, k=2)
attempt(itemgetter(0), 5)
rows = [("bob", 3, "x"), ("alice", 1, "y"), ("carol", 3, "a"), ("dave", 2, "b")]
print(sorted(rows, key=itemgetter(1)))
print(sorted(rows, key=itemgetter(1, 2)))
print(max(rows, key=itemgetter(1)), min(rows, key=itemgetter(0)))
print(list(map(itemgetter(0), rows)))
print(callable(g), callable(5))

class P:
    def __init__(self, name, age, friend=None):
        self.name = name
        self.age = age
        self.friend = friend
    def greet(self, greeting="hi", punct="!"):
        return f"{greeting} {self.name}{punct}"
    def __repr__(self):
        return f"P({self.name!r})"

people = [P("zed", 30), P("amy", 25, P("bo", 9)), P("kim", 25)]
a = attrgetter("age")
print(a, type(a), a(people[0]))
print(sorted(people, key=attrgetter("age", "name")))
print(attrgetter("friend.name")(people[1]), attrgetter("friend.age", "name")(people[1]))
print(attrgetter("a.b", "c"))
attempt(attrgetter("friend.name"), people[0])
attempt(attrgetter("nope"), people[0])
attempt(attrgetter("x"), 1)
attempt(attrgetter, 1)
attempt(attrgetter)
attempt(attrgetter("real", "imag"), 3)
attempt(attrgetter("__class__.__name__"), "s")

m = methodcaller("greet")
print(m, type(m), m(people[0]))
m2 = methodcaller("greet", "hello", punct="?")
print(m2, m2(people[1]))
print(methodcaller("split", ",", maxsplit=1)("a,b,c"))
print(list(map(methodcaller("upper"), ["a", "é"])))
print(methodcaller("f", 1, "x", k=[2]))
attempt(methodcaller)
attempt(methodcaller, 1)
attempt(methodcaller("nope"), 1)
attempt(methodcaller("greet", 1, 2, 3), people[0])
attempt(methodcaller("upper"))
