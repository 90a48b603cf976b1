# program ends with an uncaught AttributeError
s = 'hello'
print(s.upper())
s.shout()
