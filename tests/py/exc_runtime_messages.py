# messages of common runtime errors
def attempt(n):
    try:
        if n == 0:
            return 5[0]
        if n == 1:
            return [1, 2][5]
        if n == 2:
            return (1,)[3]
        if n == 3:
            return 'abc'[10]
        if n == 4:
            return [1]['a']
        if n == 5:
            return None.foo
        if n == 6:
            return 1 + 'a'
        if n == 7:
            return 'a' + 1
        if n == 8:
            return [] + ()
        if n == 9:
            return 'a' * 'b'
        if n == 10:
            return len(5)
        if n == 11:
            return 1 < 'a'
        if n == 12:
            return {}[[]]
        if n == 13:
            return range(3)[5]
        if n == 14:
            x = (1, 2)
            x[0] = 5
        if n == 15:
            s = 'abc'
            s[0] = 'z'
        if n == 16:
            return None()
        if n == 17:
            return -[1]
        if n == 18:
            return [1, 2].nope
        if n == 19:
            return iter(5)
    except Exception as e:
        print(n, type(e).__name__ + ':', e)
for i in range(20):
    attempt(i)
