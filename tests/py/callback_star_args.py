# native functions called through *args/**kwargs that call back into Python
def neg(x):
    return -x

data = [[5, 3, 9, 1], [2, 8]]
print(sorted(*data[:1], key=neg))
print(sorted(*[list(range(30))], **{"key": neg, "reverse": True})[:5])
print(max(*data, key=len), min(*[[4, 2, 7]], key=neg))
print(list(map(neg, *[[1, 2, 3]])))
parts = []
for i in range(200):
    parts.append(str(i * 7 % 13))
print(sorted(*[parts], key=int)[-5:])
print(dict(*[[("a", 1), ("b", 2)]], **{"c": 3}))
