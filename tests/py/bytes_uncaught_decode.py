# an uncaught UnicodeDecodeError ends the program with CPython's message
data = b"ok \xe2\x82 truncated"
print(data[:2].decode())
print(data.decode())
print("not reached")
