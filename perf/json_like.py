# Building nested dicts/lists and serializing them to JSON-like text by hand.

N = 12000


def escape(s):
    if '"' not in s and "\\" not in s and "\n" not in s:
        return '"' + s + '"'
    out = []
    for ch in s:
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def dumps(v):
    if v is None:
        return "null"
    if v is True:
        return "true"
    if v is False:
        return "false"
    if isinstance(v, str):
        return escape(v)
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        return repr(v)
    if isinstance(v, dict):
        parts = []
        for k in v:
            parts.append(escape(k) + ": " + dumps(v[k]))
        return "{" + ", ".join(parts) + "}"
    if isinstance(v, (list, tuple)):
        parts = []
        for item in v:
            parts.append(dumps(item))
        return "[" + ", ".join(parts) + "]"
    raise TypeError("cannot serialize")


def make_record(i):
    tags = []
    for t in range(i % 5):
        tags.append("tag" + str(t * i % 13))
    return {
        "id": i,
        "name": "user_" + str(i),
        "score": (i * 37 % 1000) / 8.0,
        "active": i % 3 != 0,
        "note": None if i % 4 else 'said "hi"\nbye',
        "tags": tags,
        "pos": {"x": i % 17, "y": -(i % 29), "path": "a\\b" if i % 7 == 0 else "ab"},
    }


def parse_flat_ints(s):
    # tiny tokenizer: sum every integer literal appearing in s
    total = 0
    cur = 0
    neg = False
    in_num = False
    for ch in s:
        if "0" <= ch <= "9":
            cur = cur * 10 + (ord(ch) - 48)
            in_num = True
        else:
            if in_num:
                total += -cur if neg else cur
                cur = 0
                in_num = False
            neg = ch == "-"
    if in_num:
        total += -cur if neg else cur
    return total


def hash_text(s):
    h = 0
    for i in range(0, len(s), 7):
        h = (h * 131 + ord(s[i])) % 1000000007
    return h


def main():
    records = []
    for i in range(N):
        records.append(make_record(i))
    doc = {"version": 2, "count": N, "records": records, "meta": {"ok": True, "src": "gen"}}
    total_len = 0
    h = 0
    text = ""
    for rep in range(6):
        text = dumps(doc)
        total_len += len(text)
        h = (h + hash_text(text)) % 1000000007
    by_tag = {}
    for r in records:
        for t in r["tags"]:
            ids = by_tag.get(t)
            if ids is None:
                by_tag[t] = [r["id"]]
            elif len(ids) < 3:
                ids.append(r["id"])
    print(f"length: {len(text)} total: {total_len} hash: {h}")
    print(f"int sum: {parse_flat_ints(text)}")
    print(f"record 4: {dumps(records[min(4, N - 1)])}")
    print(f"tags: {dumps(sorted(by_tag.items())[:3])}")
    print(text[:70])


main()
