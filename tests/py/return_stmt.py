# return statement forms
def none_implicit():
    x = 1
def none_explicit():
    return
def one():
    return 1
def pair():
    return 1, 2
def early(n):
    for i in range(10):
        if i == n:
            return 'early ' + str(i)
    return 'late'
def from_while():
    i = 0
    while True:
        i += 1
        if i * i > 50:
            return i
print(none_implicit(), none_explicit(), one(), pair())
print(early(3), early(20))
print(from_while())
a, b = pair()
print(a + b)
