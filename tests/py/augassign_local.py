# augmented assignment on local variables
def run():
    x = 10
    x += 5
    print(x)
    x -= 3
    print(x)
    x *= 4
    print(x)
    x //= 5
    print(x)
    x %= 4
    print(x)
    x **= 10
    print(x)
    x /= 4
    print(x)
    s = 'ab'
    s += 'cd'
    s *= 2
    print(s)
    lst = [1]
    alias = lst
    lst += [2, 3]
    print(lst, alias, lst is alias)
    t = (1,)
    t2 = t
    t += (2,)
    print(t, t2)
    n = 2 ** 62
    n += 2 ** 62
    n *= n
    print(n)
run()
