# exception args
e0 = ValueError()
e1 = ValueError('one')
e2 = ValueError('one', 2)
e3 = KeyError('k', 'v', 3)
print(e0.args, e1.args, e2.args, e3.args)
print(len(e2.args), e2.args[1])
try:
    raise IndexError(1, [2, 3])
except IndexError as e:
    print(e.args, e.args[1][0])
s = SystemExit(5)
print(s.args)
try:
    int('nope')
except ValueError as e:
    print(e.args)
try:
    {}['missing']
except KeyError as e:
    print(e.args)
try:
    1 / 0
except ZeroDivisionError as e:
    print(e.args)
