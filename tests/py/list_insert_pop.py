# list.insert and list.pop
lst = [1, 2, 3]
lst.insert(0, 'start')
lst.insert(2, 'mid')
lst.insert(100, 'end')
lst.insert(-1, 'before-last')
lst.insert(-100, 'front')
print(lst)
print(lst.pop(), lst)
print(lst.pop(0), lst)
print(lst.pop(-2), lst)
print(lst.pop(1), lst)
try:
    [].pop()
except IndexError as e:
    print(type(e).__name__, e)
try:
    [1, 2].pop(5)
except IndexError as e:
    print(type(e).__name__, e)
stack = []
for i in range(4):
    stack.append(i)
while stack:
    print('popped', stack.pop())
