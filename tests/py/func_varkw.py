# **kwargs parameters
def show(**kwargs):
    print(type(kwargs), kwargs)
    for k in kwargs:
        print(' ', k, '=', kwargs[k])
show()
show(a=1, b=2)
show(z=26, y=25, x=24)
def mixed(a, b=2, *args, **kwargs):
    print('a', a, 'b', b, 'args', args, 'kwargs', kwargs)
mixed(1)
mixed(1, 3, 5, 7, flag=True)
mixed(a='A', extra='E')
mixed(1, 2, 3, key='value', other=None)
def build(**opts):
    opts['added'] = len(opts)
    return opts
print(build(x=1, y=2))
