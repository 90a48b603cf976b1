# functions as values
def double(x):
    return x * 2
def square(x):
    return x * x
def apply(fn, values):
    out = []
    for v in values:
        out.append(fn(v))
    return out
print(apply(double, [1, 2, 3]))
print(apply(square, [1, 2, 3]))
table = {'d': double, 's': square}
print(table['d'](10), table['s'](10))
fns = [double, square, double]
acc = 3
for fn in fns:
    acc = fn(acc)
print(acc)
alias = square
print(alias(9), alias is square, alias == double)
