from array import array
def t(f, *a):
    try: print(f(*a))
    except Exception as e: print(type(e).__name__, e)
for c in "bBhHiIlLqQ":
    for v in (2**7, -2**7-1, 2**8, -1, 2**15, 2**16, 2**31, 2**32, 2**63, 2**64, -2**63-1):
        try: array(c, [v])
        except Exception as e: print(c, v, type(e).__name__, e)
    t(array, c, [1.0]); t(array, c, ["a"])
t(array, "f", ["a"]); t(array, "d", [None]); t(array, "u", [1]); t(array, "u", ["ab"]); t(array, "x"); t(array, 1); t(array, "ii"); t(array, "i", "abc"); t(array, "u", array("i"))
t(array, "f", [2**1024])
a = array("i", [1, 2, 3])
t(a.pop, 5); t(array("i").pop); t(a.remove, 9); t(a.index, 9); t(a.__getitem__, 5); t(a.__setitem__, 5, 1); t(a.__getitem__, "x"); t(a.__setitem__, slice(0, 2), [1]); t(a.__setitem__, slice(0, 3, 2), array("i", [1]));
t(a.__add__, [1]); t(a.__add__, array("d")); t(a.extend, array("d")); t(a.frombytes, b"123"); t(a.fromlist, (1,)); t(a.__delitem__, 10); t(a.tounicode); t(a.__iadd__, array("b"))
t(a.fromlist, [1, "x"]); print(a)
print(array("u", "héllo"), array("f", [0.1, 1.5]), array("d", []), repr(array("b")), array("B", b"ab"), array("h", b"\x01\x00\x02\x00"))
t(array, "h", b"123")
print(array("i", [1,2]) == array("d", [1.0, 2.0]), array("i", [1, 2]) < array("i", [1, 3]), array('b') == [] )
try: hash(a)
except TypeError as e: print("TypeError")
