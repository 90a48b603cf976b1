# Errors from subclassing builtin types, as CPython reports them.

def attempt(label, f):
    try:
        r = f()
        print(label, "ok", r)
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

attempt("int,str", lambda: type("X", (int, str), {}))
attempt("list,dict", lambda: type("X", (list, dict), {}))
attempt("tuple,list", lambda: type("X", (tuple, list), {}))
attempt("int,Exception", lambda: type("X", (int, Exception), {}))
attempt("dict,type", lambda: type("X", (dict, type), {}))
attempt("float,int", lambda: type("X", (float, int), {}))
attempt("bool", lambda: type("X", (bool,), {}))
attempt("range", lambda: type("X", (range,), {}))
attempt("slice", lambda: type("X", (slice,), {}))
attempt("NoneType", lambda: type("X", (type(None),), {}))
attempt("function", lambda: type("X", (type(attempt),), {}))
attempt("builtin", lambda: type("X", (type(len),), {}))

class A(list): pass
class B(dict): pass
attempt("A,B", lambda: type("X", (A, B), {}))
class Mixin: pass
attempt("Mixin,A", lambda: type("X", (Mixin, A), {}).__mro__)
attempt("A,list", lambda: type("X", (A, list), {}).__mro__)
attempt("list,A", lambda: type("X", (list, A), {}))

try:
    class Bad(int, str):
        pass
except TypeError as e:
    print("class statement:", e)
try:
    class Bad2(bool):
        pass
except TypeError as e:
    print("class statement:", e)

attempt("slots int", lambda: type("X", (int,), {"__slots__": ("a",)}))
attempt("slots tuple", lambda: type("X", (tuple,), {"__slots__": ("a",)}))
attempt("slots empty int", lambda: type("X", (int,), {"__slots__": ()}).__name__)
attempt("slots list", lambda: type("X", (list,), {"__slots__": ("a",)}).__name__)

class SL(list):
    __slots__ = ("a",)
sl = SL([1])
sl.a = 5
print(sl, sl.a)
attempt("slots attr", lambda: setattr(sl, "b", 1))
attempt("slots dict", lambda: sl.__dict__)

class L(list): pass
class I(int): pass
attempt("object.__new__(L)", lambda: object.__new__(L))
attempt("object.__new__(I)", lambda: object.__new__(I))
attempt("list.__new__(int)", lambda: list.__new__(int))
attempt("list.__new__(3)", lambda: list.__new__(3))
attempt("int.__new__(L)", lambda: int.__new__(L))
attempt("str.__new__(I)", lambda: str.__new__(I, "x"))
attempt("list.__new__()", lambda: list.__new__())
attempt("int.__new__(I, 'x')", lambda: int.__new__(I, "x"))
attempt("I('z')", lambda: I("z"))
attempt("I(1, 2, 3)", lambda: I(1, 2, 3))
attempt("L().nope", lambda: L().nope)
attempt("I().nope", lambda: I().nope)
attempt("len(I())", lambda: len(I()))
attempt("I()[0]", lambda: I()[0])
attempt("iter(I())", lambda: iter(I()))
attempt("I()+'a'", lambda: I() + "a")
attempt("list.append(I(), 1)", lambda: list.append(I(), 1))
attempt("dict.__setitem__(L(),1,2)", lambda: dict.__setitem__(L(), 1, 2))
attempt("str.upper(L())", lambda: str.upper(L()))
attempt("I()()", lambda: I()())

class S(str): pass
attempt("S()+1", lambda: S("a") + 1)
attempt("S()-1", lambda: S("a") - 1)
attempt("S()[9]", lambda: S("a")[9])
attempt("S().x = 1; S().y", lambda: S("a").y)
attempt("unpack", lambda: [x for x in I(3)])
