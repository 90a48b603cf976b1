# if / elif / else
def classify(n):
    if n < 0:
        return 'negative'
    elif n == 0:
        return 'zero'
    elif n < 10:
        return 'small'
    elif n < 100:
        return 'medium'
    else:
        return 'large'
for v in [-5, 0, 3, 42, 1000]:
    print(v, classify(v))
if []:
    print('empty list is true?')
else:
    print('empty list is false')
if 'x':
    print('non-empty string is true')
if 0:
    pass
elif None:
    pass
else:
    print('fell through')
x = 3
if x > 1:
    if x > 2:
        print('nested', x)
