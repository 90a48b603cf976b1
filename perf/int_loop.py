# Integer arithmetic loops: while loop and for-range loop with mixed operators.

N = 1500000


def while_loop(n):
    i = 0
    acc = 0
    x = 12345
    while i < n:
        x = (x * 1103515245 + 12345) % 2147483648
        acc = acc + (x >> 7) % 1000 - (i & 255)
        if x % 3 == 0:
            acc = acc ^ i
        i = i + 1
    return acc


def for_loop(n):
    acc = 0
    for i in range(n):
        acc += i * i % 7
        acc -= i // 3
        acc = acc | (i << 1) & 1023
    return acc


def bigint_loop(n):
    x = 1
    for i in range(1, n):
        x = x * 3 + i
    return x % 1000000007


def main():
    a = while_loop(N)
    b = for_loop(N * 4 // 3)
    c = bigint_loop(N // 75)
    print(f"while: {a}")
    print(f"for: {b}")
    print(f"bigint: {c}")
    print(f"checksum: {(a + b + c) % 1000000007}")


main()
