# Recursive Fibonacci: measures call overhead and small-int arithmetic.


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def main():
    total = 0
    for i in range(20):
        total = total + fib(i)
    r = fib(34)
    print(f"fib(34) = {r}")
    print(f"sum fib(0..19) = {total}")


main()
