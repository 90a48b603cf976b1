# list.reverse and list.copy
lst = [1, 2, 3, 4]
lst.reverse()
print(lst)
c = lst.copy()
c.append(0)
print(lst, c, c is lst)
nested = [[1], [2]]
shallow = nested.copy()
shallow[0].append('shared')
print(nested, shallow)
e = []
e.reverse()
print(e, e.copy())
odd = [1, 2, 3]
odd.reverse()
print(odd, lst[:] == lst, lst[:] is lst)
