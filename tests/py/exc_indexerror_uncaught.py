# program ends with an uncaught IndexError inside a loop
data = [10, 20, 30]
for i in range(5):
    print(i, data[i])
