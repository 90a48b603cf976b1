# *args parameters
def total(*args):
    print(type(args), args)
    s = 0
    for a in args:
        s += a
    return s
print(total())
print(total(1))
print(total(1, 2, 3, 4))
def head_tail(first, *rest):
    return first, rest
print(head_tail(1))
print(head_tail(1, 2, 3))
def with_default(a, b=10, *more):
    return a, b, more
print(with_default(1), with_default(1, 2), with_default(1, 2, 3, 4))
def count_args(*args):
    return len(args)
print(count_args(*range(7)), count_args('abc'), count_args(*'abc'))
