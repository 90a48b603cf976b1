# lambda expressions as values, keys and defaults
square = lambda x: x * x
add = lambda a, b=10: a + b
print(square(7), add(1), add(1, 2))
words = ["pear", "fig", "banana", "kiwi", "apple"]
print(sorted(words, key=lambda w: (len(w), w)))
print(sorted(words, key=lambda w: w[-1], reverse=True))
print(list(map(lambda x: x * 2, [1, 2, 3])))
print(list(filter(lambda x: x % 2, range(10))))
print((lambda *a, **k: (a, sorted(k.items())))(1, 2, z=3, y=4))
f = lambda: None
print(f(), f.__name__, (lambda: 0).__qualname__)
