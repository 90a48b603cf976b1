# program ends with an uncaught ZeroDivisionError
def average(seq):
    return sum(seq) / len(seq)
print(average([1, 2, 3]))
print(average([]))
