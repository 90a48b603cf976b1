# tuple repr, including one-element tuples
print((1,), (), (1, 2), ((1,),), (('a',), 'b'))
print(repr((1,)), str(('x',)))
print([(1,), (2, 3)])
print(('it\'s', None, True, 1.0))
t = 5,
print(t, type(t), len(t))
print((1), (1,) * 3)
print(((),), ((), ()))
