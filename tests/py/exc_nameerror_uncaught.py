# program ends with an uncaught NameError
x = 1
print('x is', x)
print(y)
