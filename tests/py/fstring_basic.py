# f-strings with conversions
name = 'Ann'
n = 42
x = 3.5
print(f'hello {name}')
print(f'{n} + {n} = {n + n}')
print(f'{name!r} {name!s} {n!r}')
print(f"{'quoted'!r}")
print(f'{x} {x * 2} {[1, 2]} {(1,)} {None} {True}')
print(f'{{literal braces}} {n}')
print(f'{name}{n}{x}')
items = ['a', 'b']
d = {'k': 'v'}
print(f'{items[0]} {d["k"]} {len(items)}')
print(f'')
print(F'upper prefix {n}')
print(f'multi {n} ' f'part {name}')
print(f'{"é"!r} {"tab	"!r}')
