# raising a bare exception class that nobody catches
print('about to raise')
raise RuntimeError
