# conditional expressions
def sign(n):
    return 'neg' if n < 0 else 'zero' if n == 0 else 'pos'
print(sign(-3), sign(0), sign(9))
x = 10
print('big' if x > 5 else 'small')
y = [1, 2] if x else []
print(y)
print((1 if True else 2) + (3 if False else 4))
def loud(v):
    print('evaluated', v)
    return v
print(loud('a') if 1 else loud('b'))
print(loud('a') if 0 else loud('b'))
print(x if x % 2 == 0 else -x, 7 if 7 % 2 == 0 else -7)
