# formatting a text report with str.format, f-strings and % formatting
rows = [('widget', 4, 3.5), ('gadget', 10, 12.25), ('doohickey', 1, 199.999)]
print('{:<10}|{:>5}|{:>10}'.format('item', 'qty', 'price'))
print('-' * 27)
total = 0.0
for name, qty, price in rows:
    line_total = qty * price
    total += line_total
    print(f'{name:<10}|{qty:>5d}|{price:>10.2f}')
print('-' * 27)
print('%-10s|%5s|%10.2f' % ('TOTAL', '', total))
print(f'{"avg":<10}|{len(rows):>5}|{total / len(rows):>10.3e}')
shares = []
for name, qty, price in rows:
    shares.append(f'{name}={qty * price / total:.1%}')
print('share: ' + ', '.join(shares))
