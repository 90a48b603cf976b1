# os.environ: a mapping of str to str whose changes reach the process environment.
import os

e = os.environ
print(type(e).__name__, type(e).__module__, isinstance(e, dict), os.environ is e, [c.__name__ for c in type(e).__mro__[:3]])
print(isinstance(e.get("PATH"), str), "PATH" in e, e.copy() == e, type(e.copy()).__name__)

# start from a known environment
e.clear()
print(repr(e), len(e), os.getenv("PATH"), e == {})
e["PVM_A"] = "1"
e["PVM_B"] = "two words"
print(repr(e), str(e) == repr(e), len(e), list(e), bool(e))
print(os.getenv("PVM_A"), os.getenv("PVM_NONE"), os.getenv("PVM_NONE", "dflt"), os.getenv(key="PVM_B"))
print(e.get("PVM_A"), e.get("PVM_NONE"), e.get("PVM_NONE", 5), "PVM_A" in e, "PVM_NONE" in e)
del e["PVM_A"]
print(os.getenv("PVM_A"), "PVM_A" in e, repr(e))

# only str names and values; the OS refuses some names
for key, value in [("PVM_X", 1), (1, "x"), ("PVM_X", None), ("PVM_X", b"y"), (b"PVM_X", "y")]:
    try:
        e[key] = value
    except TypeError as exc:
        print("TypeError:", exc)
for key, value in [("A=B", "v"), ("=A", "v"), ("", "v"), ("PVM_N\0UL", "v"), ("PVM_X", "a\0b")]:
    try:
        e[key] = value
    except (ValueError, OSError) as exc:
        print(type(exc).__name__, exc)
    print(key in e)
for key in ["PVM_NOT_THERE", 5]:
    for action in (e.__getitem__, e.__delitem__, lambda k: k in e, e.get, e.pop):
        try:
            print(action(key))
        except (KeyError, TypeError) as exc:
            print(type(exc).__name__, exc)
for key in ["", "A=B"]:
    try:
        del e[key]
    except (OSError, KeyError) as exc:
        print(type(exc).__name__, exc)

# the mapping methods
print(e.setdefault("PVM_C", "c"), e.setdefault("PVM_C", "other"), e.pop("PVM_C"), e.pop("PVM_C", "gone"))
e.update({"PVM_D": "d"}, PVM_E="e")
e.update([("PVM_F", "f")])
print(sorted(e), os.getenv("PVM_E"), os.getenv("PVM_F"))
print(sorted(e.keys()), sorted(e.items()), sorted(e.values()))
ks, its, vs = e.keys(), e.items(), e.values()
print(type(ks).__name__, type(ks).__module__, type(its).__name__, type(vs).__name__)
print(len(ks), "PVM_D" in ks, ("PVM_D", "d") in its, ("PVM_D", "x") in its, "d" in vs, "zz" in vs)
print(sorted(ks & {"PVM_D", "nope"}), sorted(ks | {"z"}), sorted(ks - {"PVM_D"}), sorted(ks ^ {"PVM_D", "z"}))
print(ks == set(e), its == set(e.items()), ks <= set(e), ks < set(e) | {"z"}, ks.isdisjoint({"q"}))
e["PVM_G"] = "g"
print(len(ks), "PVM_G" in ks)
print(repr(e.keys()), repr(e.items()))
merged = e | {"PVM_H": "h"}
print(type(merged).__name__, sorted(merged), "PVM_H" in e)
print(sorted({"PVM_I": "i"} | e))
e |= {"PVM_J": "j"}
print(os.getenv("PVM_J"), e == dict(e), e != {}, e == 5)
key, value = e.popitem()
print(type(key).__name__, type(value).__name__, key in e, os.getenv(key))
for bad in (lambda: e.get(), lambda: e.pop(), lambda: e.update(1), lambda: e | 1, lambda: e < e, lambda: hash(e), lambda: reversed(e)):
    try:
        bad()
    except TypeError as exc:
        print("TypeError:", exc)
for k in list(e):
    del e[k]
print(repr(e), os.getenv("PVM_D"))

# os.putenv and os.unsetenv change the process environment but not os.environ
os.putenv("PVM_P", "p")
print(os.getenv("PVM_P"), "PVM_P" in e)
os.unsetenv("PVM_P")
for args in [(1, "x"), ("PVM_P", 2), ("", "x"), ("A=B", "x"), ("PVM_\0", "x"), ("PVM_P",)]:
    try:
        os.putenv(*args)
    except (TypeError, ValueError, OSError) as exc:
        print(type(exc).__name__, exc)
for arg in [1, "", "A=B", "PVM_\0"]:
    try:
        os.unsetenv(arg)
    except (TypeError, ValueError, OSError) as exc:
        print(type(exc).__name__, exc)

# os.path.expanduser reads HOME from the environment os.environ changes
e["HOME"] = "/home/pvm_test"
print(os.path.expanduser("~/x"), os.path.expanduser("~"))
