# default parameter values
def greet(name, greeting='Hello', punct='!'):
    return greeting + ', ' + name + punct
print(greet('Ann'))
print(greet('Bob', 'Hi'))
print(greet('Cy', 'Yo', '?'))
def power(base, exp=2):
    return base ** exp
print(power(3), power(3, 3), power(2, exp=10))
d = 'evaluated once'
def show(x=d):
    return x
d = 'changed later'
print(show())
def accumulate(item, bucket=[]):
    bucket.append(item)
    return bucket
print(accumulate(1))
print(accumulate(2))
print(accumulate(3, []))
def none_default(x=None):
    if x is None:
        x = []
    x.append('new')
    return x
print(none_default(), none_default())
