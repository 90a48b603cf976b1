import epsilon
print(epsilon.later)
