# AttributeError messages
try:
    (5).real_part
except AttributeError as e:
    print(type(e).__name__, e)
try:
    'abc'.no_such_method()
except AttributeError as e:
    print(e)
try:
    [].push(1)
except AttributeError as e:
    print(e)
try:
    {}.has_key('a')
except AttributeError as e:
    print(e)
try:
    None.x
except AttributeError as e:
    print(e)
try:
    (1, 2).append(3)
except AttributeError as e:
    print(e)
