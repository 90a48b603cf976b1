# TypeError messages for unsupported operand types
def attempt(n):
    try:
        if n == 0:
            1 + 'a'
        elif n == 1:
            'a' - 'b'
        elif n == 2:
            [1] * 1.5
        elif n == 3:
            {} + {}
        elif n == 4:
            None + 1
        elif n == 5:
            1.5 // 'x'
        elif n == 6:
            (1,) + [2]
        elif n == 7:
            2 ** 'x'
        elif n == 8:
            'a' < 1
        elif n == 9:
            [1] < (1,)
        elif n == 10:
            None > None
        elif n == 11:
            'abc' % (1, 2)
        elif n == 12:
            1 & 1.0
        elif n == 13:
            'x' in 5
        elif n == 14:
            3 in 'abc'
        elif n == 15:
            [] << 1
        elif n == 16:
            '%d' % 'x'
        elif n == 17:
            abs('x')
    except TypeError as e:
        print(n, e)
for i in range(18):
    attempt(i)
