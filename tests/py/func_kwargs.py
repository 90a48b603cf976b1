# calling with keyword arguments
def describe(name, age, city='Nowhere'):
    return name + ' (' + str(age) + ') from ' + city
print(describe('Ann', 30))
print(describe(age=25, name='Bob'))
print(describe('Cy', city='Paris', age=40))
print(describe(city='Rome', age=1, name='Di'))
def order(a, b, c):
    print(a, b, c)
order(1, 2, 3)
order(1, c=3, b=2)
order(c='C', a='A', b='B')
def evaluated(tag):
    print('eval', tag)
    return tag
order(evaluated(1), c=evaluated(3), b=evaluated(2))
print(sorted([3, 1, 2], reverse=True))
print('a', 'b', sep='-', end='|\n')
