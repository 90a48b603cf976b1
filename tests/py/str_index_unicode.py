# indexing strings by code point, including non-ASCII
s = 'héllo wörld'
print(len(s), s[0], s[1], s[7], s[-1], s[-4])
e = 'a😀b🎉c'
print(len(e), e[1], e[2], e[3], e[-2])
print(s[1] == 'é', ord(s[1]), ord(e[1]))
j = '日本語テキスト'
print(len(j), j[0], j[-1], j[2:4])
for ch in 'añ€😀':
    print(ch, ord(ch))
try:
    s[11]
except IndexError as err:
    print(type(err).__name__, err)
try:
    s[-12]
except IndexError as err:
    print(err)
