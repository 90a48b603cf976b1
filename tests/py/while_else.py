# while loops with else
i = 0
while i < 3:
    print('loop', i)
    i += 1
else:
    print('else ran, i =', i)
i = 0
while i < 10:
    if i == 4:
        print('breaking at', i)
        break
    i += 1
else:
    print('not printed')
n = 0
while n < 0:
    print('never')
else:
    print('else runs even with zero iterations')
i = 0
total = 0
while True:
    i += 1
    if i % 2 == 0:
        continue
    if i > 9:
        break
    total += i
print('total', total)
