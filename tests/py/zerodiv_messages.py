# ZeroDivisionError messages
def attempt(n):
    try:
        if n == 0:
            return 1 / 0
        if n == 1:
            return 1 // 0
        if n == 2:
            return 1 % 0
        if n == 3:
            return 1.0 / 0
        if n == 4:
            return 1.0 // 0.0
        if n == 5:
            return 5.5 % 0
        if n == 6:
            return divmod(1, 0)
        if n == 7:
            return 0 ** -1
        if n == 8:
            return 2 ** 100 // 0
        if n == 9:
            return 0.0 ** -1
    except ZeroDivisionError as e:
        print(n, type(e).__name__, e)
        return None
i = 0
while i < 10:
    attempt(i)
    i += 1
try:
    1 / 0
except ArithmeticError as e:
    print('caught as ArithmeticError:', e)
