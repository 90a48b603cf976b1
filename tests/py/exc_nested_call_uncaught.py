# a raise three calls deep that nobody catches
def top(x):
    print('top', x)
    return middle(x + 1)
def middle(x):
    print('middle', x)
    return bottom(x * 2)
def bottom(x):
    print('bottom', x)
    raise ValueError('bottom failed with ' + str(x))
print('start')
top(1)
print('never printed')
