# assert with and without a message
assert True
assert 1 == 1, 'not shown'
try:
    assert False
except AssertionError as e:
    print('caught', repr(e), e.args)
try:
    assert 1 > 2, 'one is not greater than two'
except AssertionError as e:
    print('caught', e)
try:
    x = [1]
    assert len(x) == 0, ('tuple', 'message')
except AssertionError as e:
    print(e.args)
def msg():
    print('message evaluated')
    return 'lazy'
assert True, msg()
try:
    assert 0, msg()
except AssertionError as e:
    print(str(e))
