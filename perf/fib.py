# Recursive Fibonacci: measures call overhead and small-int arithmetic.

N = 34


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def main():
    total = 0
    for i in range(20):
        total = total + fib(i)
    r = fib(N)
    print(f"fib({N}) = {r}")
    print(f"sum fib(0..19) = {total}")


main()
