# program ends with an AssertionError carrying a message
def check(values):
    total = sum(values)
    print('total', total)
    assert total < 10, 'total too large: ' + str(total)
    return total
check([1, 2, 3])
check([4, 5, 6])
print('never printed')
