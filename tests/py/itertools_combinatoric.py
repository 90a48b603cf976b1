from itertools import product, permutations, combinations, combinations_with_replacement

def attempt(label, f, *args, **kw):
    try:
        print(label, list(f(*args, **kw)))
    except Exception as e:
        print(label, type(e).__name__, e)

print(list(product("ab", range(2))))
print(list(product([1, 2], repeat=2)))
print(list(product("ab", "xy", repeat=2))[:5], len(list(product("ab", "xy", repeat=2))))
print(list(product()), list(product([])), list(product("ab", [])), list(product(repeat=0)), list(product("ab", repeat=0)))
print(list(product(range(3), "é")))
attempt("product-neg", product, repeat=-1)
attempt("product-int", product, 1)
attempt("product-kw", product, x=1)

print(list(permutations("abc")))
print(list(permutations(range(4), 2)))
print(list(permutations([])), list(permutations([], 0)), list(permutations("ab", 3)), list(permutations("ab", 0)))
print(len(list(permutations(range(6)))), len(set(permutations(range(5), 3))))
print(list(permutations([1, 1, 2])))
print(list(permutations("abc", r=None)))
attempt("perm-neg", permutations, [], -1)
attempt("perm0", permutations)
attempt("perm-str", permutations, [], "a")

print(list(combinations("ABCD", 2)))
print(list(combinations(range(4), 3)), list(combinations(range(4), 0)), list(combinations(range(2), 3)), list(combinations([], 0)))
print(len(list(combinations(range(10), 4))))
attempt("comb-neg", combinations, [], -1)
attempt("comb1", combinations, [])
attempt("comb-int", combinations, 1, 2)

print(list(combinations_with_replacement("ABC", 2)))
print(list(combinations_with_replacement(range(3), 3))[:6])
print(list(combinations_with_replacement([], 2)), list(combinations_with_replacement([], 0)), list(combinations_with_replacement("a", 3)))
print(len(list(combinations_with_replacement(range(5), 3))))
attempt("cwr-neg", combinations_with_replacement, [], -2)

# results are fresh tuples; inputs are consumed at creation
def gen():
    print("  consumed")
    yield from "xy"
p = permutations(gen())
print("made")
print(next(p))
