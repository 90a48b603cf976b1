# program ends with an uncaught TypeError from an operator
items = ['a', 'b']
print('items:', items)
count = len(items)
print('count: ' + count)
