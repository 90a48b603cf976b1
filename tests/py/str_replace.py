# str.replace with and without count
s = 'one fish two fish red fish blue fish'
print(s.replace('fish', 'cat'))
print(s.replace('fish', 'cat', 2))
print(s.replace('fish', 'cat', 0))
print(s.replace('dog', 'cat'))
print('aaa'.replace('a', 'bb'), 'aaaa'.replace('aa', 'b'))
print('abc'.replace('', '-'))
print('héllo'.replace('é', 'e'), 'x😀y'.replace('😀', ':)'))
print('banana'.replace('a', '', 2))
print('abc'.replace('abc', ''))
