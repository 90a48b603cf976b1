# Stores of new objects into containers that have survived collections (old objects):
# under PVM_GC_STRESS=1 every loop iteration collects, so each store below puts a young
# object into an old container, which the generational collector must not lose.

def churn(n):
    keep = []
    for i in range(n):
        keep.append([i])
    return len(keep)


def stores():
    lst = []
    d = {}
    pairs = [None] * 8
    nested = {"k": []}
    for i in range(40):
        churn(3)
        lst.append("a" + str(i))
        lst.insert(0, ("t", str(i)))
        lst.extend([str(i) + "x", [i]])
        lst += [{"n": str(i)}]
        pairs[i % 8] = [str(i), str(i * 2)]
        pairs[1:3] = [str(i) + "s1", str(i) + "s2"]
        d[str(i)] = [str(i)]
        d.update({"u" + str(i): (str(i),)})
        d.setdefault("s" + str(i % 5), []).append(str(i))
        nested["k"].append({"deep": [str(i)]})
    total = 0
    for x in lst:
        total += len(str(x))
    for k in d:
        total += len(k) + len(str(d[k]))
    print(total, len(lst), len(d), pairs[0], pairs[1], pairs[7])
    print(nested["k"][-1], nested["k"][0])


def sort_with_keys():
    words = []
    for i in range(60):
        words.append("w" + str((i * 37) % 61))
    for r in range(3):
        words.sort(key=lambda w: (len(w), str(w)[::-1]))
        churn(2)
    print(words[:5], words[-3:])


def exception_state():
    saved = []
    for i in range(20):
        try:
            try:
                raise ValueError("inner " + str(i))
            except ValueError as e:
                churn(2)
                raise KeyError("outer " + str(i)) from e
        except KeyError as e2:
            saved.append(e2)
        churn(2)
    for e in saved[-2:]:
        print(repr(e), repr(e.__cause__), repr(e.__context__))


def function_attrs():
    def f():
        return 1
    for i in range(10):
        f.tag = "tag" + str(i)
        f.items = [str(i)]
        churn(2)
    print(f.tag, f.items, sorted(f.__dict__))


def globals_rebound():
    global G
    for i in range(30):
        G = ["g" + str(i)]
        churn(2)
    print(G)


stores()
sort_with_keys()
exception_state()
function_attrs()
globals_rebound()
