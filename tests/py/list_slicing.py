# list slicing with steps
lst = list(range(10))
print(lst[2:5], lst[:3], lst[7:], lst[:])
print(lst[-3:], lst[:-7], lst[-5:-2])
print(lst[::2], lst[1::3], lst[::-1], lst[::-2])
print(lst[8:2:-2], lst[-1:-5:-1], lst[2:8:-1])
print(lst[100:], lst[-100:2], lst[5:100])
print(lst[3:3], lst[6:2])
try:
    lst[::0]
except ValueError as e:
    print(type(e).__name__, e)
copy = lst[:]
copy[0] = 'changed'
print(lst[0], copy[0])
