# Word/key counting in a dict: dict get/set, membership, iteration.

N = 1000000


def gen_words(n, seed):
    syllables = ["ka", "lo", "mi", "ne", "su", "ta", "ri", "po", "xe", "qu"]
    words = []
    x = seed
    for i in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        k = 1 + (x >> 8) % 3
        w = ""
        y = x >> 12
        for j in range(k):
            w += syllables[y % 10]
            y = y // 10
        words.append(w)
    return words


def count_words(words):
    counts = {}
    for w in words:
        if w in counts:
            counts[w] += 1
        else:
            counts[w] = 1
    return counts


def count_get(words):
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    return counts


def int_keys(n):
    d = {}
    for i in range(n):
        k = (i * 7919) % 5003
        d[k] = d.get(k, 0) + i
    return d


def main():
    words = gen_words(N, 12345)
    c1 = count_words(words)
    c2 = count_get(words)
    same = 1
    for k in c1:
        if c1[k] != c2[k]:
            same = 0
    items = list(c1.items())
    items.sort()
    top = sorted(items)[:3]
    best_w = ""
    best_c = 0
    for w, c in items:
        if c > best_c:
            best_c = c
            best_w = w
    d = int_keys(N * 3 // 2)
    s = 0
    for k, v in d.items():
        s = (s + k * v) % 1000000007
    print(f"distinct words: {len(c1)}, same: {same}")
    print(f"most common: {best_w} x{best_c}")
    print(f"first: {top}")
    print(f"int keys: {len(d)} checksum {s}")
    keys = list(d.keys())
    print(f"sum keys: {sum(keys)} max value: {max(d.values())}")


main()
