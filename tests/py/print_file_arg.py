# print(file=...) calls file.write, so a non-file raises AttributeError
print("a", "b", sep="-", end="!\n")
print(file=None)
try:
    print("x", file=5)
except AttributeError as e:
    print("AttributeError", e)
try:
    print("x", sep=3)
except TypeError as e:
    print("TypeError", e)
