# in and len for strings
s = 'the quick brown fox'
print(len(s), len(''), len('héllo'), len('😀😀'))
print('quick' in s, 'slow' in s, '' in s, 'the quick brown fox' in s)
print('fox' not in s, 'é' in 'héllo', 'he' in 'héllo')
count = 0
for ch in s:
    if ch in 'aeiou':
        count += 1
print('vowels', count)
