# String building: concatenation, join, f-strings and str methods.

N = 1000000


def concat_build(n):
    # per-line concatenation, then a join (avoids relying on in-place append)
    lines = []
    s = ""
    for i in range(n):
        s += str(i % 10)
        if i % 50 == 49:
            lines.append(s)
            s = ""
    lines.append(s)
    return "\n".join(lines)


def concat_whole(n):
    s = ""
    for i in range(n):
        s = s + chr(97 + i % 26)
    return s


def join_build(n):
    parts = []
    for i in range(n):
        parts.append(f"item{i}:{i * 7 % 13:02d}")
    return ",".join(parts)


def process(text):
    words = text.split(",")
    total = 0
    upper_count = 0
    for w in words:
        u = w.upper()
        if u.startswith("ITEM1"):
            upper_count += 1
        name, val = w.split(":")
        total += int(val)
        r = name.replace("item", "x").strip()
        total += len(r)
        if r.endswith("7"):
            total += r.find("7")
    return total, upper_count


def format_lines(n):
    lines = []
    for i in range(n):
        x = i * 0.5
        line = f"{i:>6}|{x:8.2f}|{'abc' * (i % 4)}|{str(i).zfill(5)}"
        lines.append(line.lower().strip())
    return "\n".join(lines)


def hash_str(s):
    h = 0
    for ch in s:
        h = (h * 131 + ord(ch)) % 1000000007
    return h


def main():
    a = concat_build(N)
    w = concat_whole(N // 20)
    b = join_build(N // 2)
    t, u = process(b)
    c = format_lines(N // 4)
    lines = a.split("\n")
    print(f"concat: len={len(a)} lines={len(lines)} hash={hash_str(a[:20000])}")
    print(f"join: len={len(b)} total={t} upper={u}")
    print(f"format: len={len(c)} hash={hash_str(c[-3000:])} count_abc={c.count('abc')}")
    print(f"whole: len={len(w)} hash={hash_str(w[-5000:])} count_xyz={w.count('xyz')}")
    print(c[:60].replace("\n", "/"))


main()
