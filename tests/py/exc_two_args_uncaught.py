# an uncaught exception with two arguments
print('two args')
raise Exception('first', 2)
