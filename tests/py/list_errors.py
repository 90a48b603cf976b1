# list error messages
def attempt(n):
    lst = [1, 2, 3]
    try:
        if n == 0:
            lst[3]
        elif n == 1:
            lst[-4] = 0
        elif n == 2:
            [].pop()
        elif n == 3:
            lst.remove(9)
        elif n == 4:
            lst.index(9)
        elif n == 5:
            lst['0']
        elif n == 6:
            lst[1.0]
        elif n == 7:
            lst + 'abc'
        elif n == 8:
            lst.pop(10)
        elif n == 9:
            del lst[7]
        elif n == 10:
            lst[::2] = [1]
        elif n == 11:
            lst.insert('x', 1)
    except Exception as e:
        print(n, type(e).__name__, e)
for i in range(12):
    attempt(i)
