# a statement keyword used where an expression is expected
print('this never runs')
y = 5
if y = 5:
    print(y)
