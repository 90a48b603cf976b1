# Sieve of Eratosthenes with a list of bools.

N = 3000000


def sieve(n):
    flags = [True] * (n + 1)
    flags[0] = False
    flags[1] = False
    i = 2
    while i * i <= n:
        if flags[i]:
            j = i * i
            while j <= n:
                flags[j] = False
                j += i
        i += 1
    return flags


def main():
    n = N
    total = 0
    flags = []
    for rep in range(2):
        flags = sieve(n)
        count = 0
        for b in flags:
            if b:
                count += 1
        total += count
    primes = []
    for k in range(max(0, n - 1000), n + 1):
        if flags[k]:
            primes.append(k)
    s = 0
    for p in range(n + 1):
        if flags[p]:
            s = (s + p * p) % 1000000007
    print(f"primes below {n}: {total // 2}")
    print(f"largest: {primes[-5:]}")
    print(f"checksum: {s}")


main()
