# Word frequencies over generated text: str split/lower/strip/join and dict counting.

N = 180000

WORDS = ["The", "quick", "brown", "fox", "jumps", "over", "lazy", "dog", "and",
         "runs", "away", "From", "a", "Big", "bad", "wolf", "in", "dark", "green",
         "forest", "while", "birds", "sing", "loudly", "Above", "tall", "trees"]
PUNCT = ["", "", "", ",", ".", "", "!", "", "?", ";"]


def gen_text(n, seed):
    lines = []
    x = seed
    nw = len(WORDS)
    for i in range(n):
        parts = []
        x = (x * 1103515245 + 12345) % 2147483648
        count = 4 + (x >> 10) % 9
        for j in range(count):
            x = (x * 1103515245 + 12345) % 2147483648
            w = WORDS[(x >> 8) % nw]
            parts.append(w + PUNCT[(x >> 4) % 10])
        lines.append("  " + " ".join(parts) + " ")
    return "\n".join(lines)


def count_words(text):
    counts = {}
    for line in text.split("\n"):
        for raw in line.strip().split():
            w = raw.lower().strip(",.!?;")
            if w:
                counts[w] = counts.get(w, 0) + 1
    return counts


def bigrams(text):
    pairs = {}
    for line in text.splitlines():
        words = line.lower().replace(",", "").replace(".", "").split()
        for i in range(len(words) - 1):
            key = words[i] + " " + words[i + 1]
            if key in pairs:
                pairs[key] += 1
            else:
                pairs[key] = 1
    return pairs


def top(counts, k):
    items = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return items[:k]


def main():
    text = gen_text(N, 7)
    counts = count_words(text)
    pairs = bigrams(text)
    total = 0
    for w in counts:
        total += counts[w]
    print(f"chars: {len(text)} words: {total} distinct: {len(counts)}")
    out = []
    for w, c in top(counts, 5):
        out.append(f"{w}={c}")
    print("top words: " + ", ".join(out))
    out = []
    for w, c in top(pairs, 3):
        out.append(f"{w!r}:{c}")
    print("top bigrams: " + " | ".join(out))
    caps = 0
    for line in text.split("\n"):
        if line.strip()[0].isupper():
            caps += 1
    print(f"distinct bigrams: {len(pairs)} capitalized lines: {caps}")
    longest = max(counts.keys(), key=len)
    print(f"longest: {longest} title: {' '.join(sorted(counts)[:4]).title()}")


main()
