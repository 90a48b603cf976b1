# upper and lower
print('Hello World'.upper(), 'Hello World'.lower())
print('héllo wörld'.upper(), 'ÀÉÎ'.lower())
print('abc123!?'.upper(), 'MiXeD'.lower())
print(''.upper(), '123'.lower())
s = 'Python'
print(s.upper().lower() == s.lower(), s)
print('straße'.upper())
