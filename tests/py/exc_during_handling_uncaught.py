# an exception raised while handling another one
try:
    print('inside try')
    [][1]
except IndexError:
    print('handling IndexError')
    {}['also missing']
