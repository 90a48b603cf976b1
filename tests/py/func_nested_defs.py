# nested functions that do not capture enclosing variables
def outer(n):
    def helper(k):
        return k * 3
    def other(k, m=2):
        return "neg" if k < 0 else k + m
    total = 0
    for i in range(n):
        total += helper(i)
    return total, other(-1), other(5)

print(outer(5))
print(outer.__qualname__)

def make():
    def inner():
        return 42
    return inner

f = make()
print(f(), f.__name__, f.__qualname__)
