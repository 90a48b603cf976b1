# ranges with negative steps
print(list(range(10, 0, -2)), list(range(5, -5, -3)))
print(list(range(0, 10, -1)), list(range(-1, -10, -4)))
r = range(20, 0, -5)
print(r, len(r), r[0], r[-1], 15 in r, 14 in r)
for i in range(3, 0, -1):
    print('countdown', i)
big = range(0, 2 ** 70, 2 ** 60)
print(len(big), big[-1], 2 ** 61 in big)
