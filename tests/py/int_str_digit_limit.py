# CPython's 4300-digit limit on int <-> decimal str conversions
big = 10 ** 5000
for conv in (str, repr):
    try:
        conv(big)
    except ValueError as e:
        print(conv.__name__, "ValueError:", e)
try:
    int("1" * 5000)
except ValueError as e:
    print("int ValueError:", e)
try:
    print(f"{big}")
except ValueError as e:
    print("f-string ValueError:", e)
print(len(hex(big)), len(bin(big)), len(str(10 ** 4299)), int("9" * 4300) > 0)
print(len(f"{big:x}"), big % 1000, len(str(-(10 ** 4299))))
