# UnboundLocalError when a local is read before assignment
count = 10
def broken():
    count += 1
    return count
try:
    broken()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def conditional(flag):
    if flag:
        value = 'set'
    return value
print(conditional(True))
try:
    conditional(False)
except UnboundLocalError as e:
    print(type(e).__name__, e)
try:
    conditional(False)
except NameError as e:
    print('also a NameError:', isinstance(e, NameError))
def read_then_assign():
    print(count)
    count = 5
try:
    read_then_assign()
except UnboundLocalError as e:
    print(e)
