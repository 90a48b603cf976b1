# f-string format specs for strings
s = 'héllo'
print(f'[{s:10}] [{s:<10}] [{s:>10}] [{s:^10}] [{s:^11}]')
print(f'[{s:*^11}] [{s:->8}] [{s:.3}] [{s:>8.2}]')
print(f'[{"":5}] [{s:2}] [{"😀":3}]')
print(f'[{s!r:12}] [{s!r:>12}]')
print(f'[{"a":=^5}]')
print(f'[{str(42):>6}] [{repr(1.5):<6}]')
try:
    print(f'{s:d}')
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(f'{42:s}')
except ValueError as e:
    print(type(e).__name__, e)
