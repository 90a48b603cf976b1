# str.split() with no separator on ASCII text: every ASCII whitespace character
# (including \x1c-\x1f, which str.isspace() accepts) separates words, runs collapse,
# and maxsplit keeps the rest of the string as is.
ws = []
for c in range(128):
    if chr(c).isspace():
        ws.append(chr(c))
print(ws)
for c in ws:
    s = c + "ab" + c + c + "cd" + c + "e" + c
    print(repr(c), s.split(), s.split(maxsplit=1), s.rsplit(maxsplit=1), s.split(None, 0))
print("a,b c".split(), "".split(), "   ".split(), " x ".split(maxsplit=0))
line = "  The quick brown, fox. jumps over the lazy dog! "
print(line.split(), line.strip().split(), line.lower().split())
print("MiXeD Case 123".lower(), "MiXeD Case 123".upper(), "x" * 40 == ("X" * 40).lower())
print("ÉCOLE".lower(), "straße".upper(), "".lower() == "")
