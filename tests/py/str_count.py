# str.count
s = 'banana'
print(s.count('a'), s.count('an'), s.count('ana'), s.count('x'))
print(s.count(''), ''.count(''), ''.count('a'))
print(s.count('a', 2), s.count('a', 2, 4))
print('aaaa'.count('aa'), 'héé'.count('é'))
print('the cat sat on the mat'.count('at'))
