# and / or return one of their operands
print(1 and 2, 0 and 2, 1 or 2, 0 or 2)
print('' or 'default', 'x' or 'default')
print([] and 'never', [0] and 'yes')
print(None or 0 or '' or [] or 'last')
print(1 and 2 and 3, 1 and 0 and 3)
print(None and None, None or None)
print(0.0 or -0.0, 0.0 and 1)
def side(v):
    print('side', v)
    return v
r = side(0) and side(1)
print(r)
r = side(1) or side(2)
print(r)
r = side(0) or side(0) or side(3)
print(r)
print(True and False or True, not (True and False))
print(1 or 2 and 0, (1 or 2) and 0)
