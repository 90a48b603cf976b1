# Sorting lists of strings and tuples: comparisons, sorted(), list.sort(), reverse.

N = 150000


def gen_strings(n, seed):
    letters = "abcdefghijklmnopqrstuvwxyz"
    out = []
    x = seed
    for i in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        length = 3 + (x >> 5) % 8
        s = ""
        y = x
        for j in range(length):
            y = (y * 69069 + 1) % 4294967296
            s += letters[(y >> 16) % 26]
        out.append(s)
    return out


def checksum(items):
    h = 0
    for s in items:
        for ch in s:
            h = (h * 31 + ord(ch)) % 1000000007
    return h


def insertion_sort(a):
    for i in range(1, len(a)):
        v = a[i]
        j = i - 1
        while j >= 0 and a[j] > v:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = v
    return a


def main():
    words = gen_strings(N, 2024)
    s1 = sorted(words)
    s2 = list(words)
    s2.sort(reverse=True)
    s2.reverse()
    same = s1 == s2
    tuples = []
    for i in range(len(words)):
        w = words[i]
        tuples.append((len(w), w[-1], w, i % 97))
    tuples.sort()
    rev = sorted(tuples, reverse=True)
    small = insertion_sort(words[:N // 100])
    print(f"same: {same}")
    print(f"first: {s1[:3]} last: {s1[-2:]}")
    print(f"checksum sorted: {checksum(s1)}")
    print(f"tuples first: {tuples[0]} last: {rev[0]}")
    tc = 0
    for t in tuples:
        tc = (tc * 7 + t[0] + t[3]) % 1000000007
    print(f"tuple checksum: {tc}")
    print(f"insertion sorted ok: {small == sorted(words[:N // 100])} {checksum(small)}")
    print(f"max: {max(words)} min: {min(words)}")


main()
