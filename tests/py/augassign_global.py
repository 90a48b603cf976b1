# augmented assignment on globals
counter = 0
total = 1.5
name = 'g'
def bump(n):
    global counter, total, name
    counter += n
    total *= 2
    name += str(n)
bump(1)
bump(2)
bump(3)
print(counter, total, name)
counter -= 100
print(counter)
i = 0
while i < 5:
    counter += i
    i += 1
print(counter, i)
