# finally runs on break and continue
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print('body', i)
    finally:
        print('finally', i)
print('after loop')
i = 0
while i < 4:
    i += 1
    try:
        try:
            if i % 2:
                continue
            print('even', i)
        finally:
            print('inner finally', i)
    finally:
        print('outer finally', i)
def loop_return():
    for x in range(3):
        try:
            if x == 1:
                return 'returned at 1'
        finally:
            print('finally x =', x)
print(loop_return())
