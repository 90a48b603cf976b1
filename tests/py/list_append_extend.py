# list.append and list.extend
lst = []
lst.append(1)
lst.append('two')
lst.append([3])
print(lst, len(lst))
lst.extend([4, 5])
lst.extend((6,))
lst.extend('ab')
lst.extend(range(2))
lst.extend({'k': 1})
print(lst)
print(lst.append(0), lst.extend([]))
a = [1, 2]
a.extend(a)
print(a)
b = [1]
b.append(b[:])
print(b)
