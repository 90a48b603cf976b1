# recursive fibonacci and factorial
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)
for i in range(12):
    print(i, fib(i))
print(fact(10), fact(25))
print(fact(60))
