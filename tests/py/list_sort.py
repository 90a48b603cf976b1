# list.sort with key and reverse
nums = [5, 2, 9, 1, 5, 6, -3, 0]
nums.sort()
print(nums)
nums.sort(reverse=True)
print(nums)
def neg_abs(x):
    return -abs(x)
nums.sort(key=abs)
print(nums)
nums.sort(key=neg_abs)
print(nums)
words = ['banana', 'Apple', 'cherry', 'date', 'Elder', 'fig']
words.sort()
print(words)
def lower(s):
    return s.lower()
words.sort(key=lower)
print(words)
def by_len(s):
    return len(s)
words.sort(key=by_len)
print(words)
words.sort(key=by_len, reverse=True)
print(words)
pairs = [(2, 'b'), (1, 'z'), (2, 'a'), (1, 'a')]
pairs.sort()
print(pairs)
def second(p):
    return p[1]
pairs.sort(key=second)
print(pairs)
mixed = [3, 1.5, True, -2, 2 ** 70]
mixed.sort()
print(mixed)
print([].sort(), nums.sort())
try:
    [1, 'a'].sort()
except TypeError as e:
    print(type(e).__name__, e)
