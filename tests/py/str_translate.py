# str.translate with dicts, sequences and mapping objects; str.maketrans in all its
# forms; CPython's errors.


class Upper:
    def __getitem__(self, k):
        if chr(k) in "aeiou":
            return chr(k).upper()
        raise LookupError(k)


print("hello world".translate({ord("l"): "L", ord("o"): None, ord("w"): 87}))
print("abca".translate({97: "xyz"}), "abca".translate([None] * 100), "abca".translate("abc"))
print("education".translate(Upper()), "ünïcödé ☃".translate({ord("☃"): "snow", ord("ü"): "u"}))
print("".translate({}), "abc".translate({}))
t = str.maketrans("abc", "xyz", "h")
print(sorted(t.items()), "aabbcchh".translate(t))
print(sorted(str.maketrans({"a": "1", 98: None, "c": 99}).items()), "x".maketrans("x", "y"))
print("tab\there".translate(str.maketrans({"\t": "    "})))
for args in [(), (1,), ({"ab": 1},), ({1.5: 1},), ("ab", "x"), ("ab", 1), (1, "x"), ("ab", "cd", 3), ("a", "b", "c", "d")]:
    try:
        print(repr(str.maketrans(*args)))
    except Exception as e:
        print(type(e).__name__, e)
for table in [{97: 0x110000}, {97: 1.5}, {97: -1}]:
    try:
        print(repr("abca".translate(table)))
    except Exception as e:
        print(type(e).__name__, e)


class Bad:
    def __getitem__(self, k):
        raise RuntimeError("bad table")


for call in [lambda: "a".translate(table={}), lambda: "a".translate(), lambda: "a".translate(Bad()), lambda: "a".translate(5)]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
f = "x".maketrans
print(f("a","b"))
