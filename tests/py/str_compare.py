# string comparison is lexicographic by code point
print('a' < 'b', 'abc' < 'abd', 'ab' < 'abc', '' < 'a')
print('Z' < 'a', 'apple' > 'Apple', 'é' > 'z')
print('abc' == 'abc', 'abc' != 'ABC', 'a' <= 'a', 'b' >= 'a')
print('10' < '9', '😀' > 'z')
print(max('pear', 'apple', 'fig'), min('pear', 'apple', 'fig'))
print(sorted(['banana', 'Cherry', 'apple', 'éclair', 'date']))
print('abc' == 'ab' + 'c', 'a' == 97)
