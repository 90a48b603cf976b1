# program ends with an uncaught UnboundLocalError
total = 0
def add(n):
    total = total + n
    return total
print('calling add')
add(5)
