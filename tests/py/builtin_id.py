# id identity checks (values themselves are not printed)
x = [1, 2]
y = x
z = [1, 2]
print(id(x) == id(x), id(x) == id(y), id(x) == id(z))
print(type(id(x)))
s = 'text'
print(id(s) == id(s))
