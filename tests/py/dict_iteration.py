# iterating over dicts
prices = {'apple': 3, 'banana': 1, 'cherry': 7}
for k in prices:
    print(k, prices[k])
for v in prices.values():
    print(v, end=' ')
print()
for k, v in prices.items():
    print(k + '=' + str(v), end=';')
print()
total = 0
for k in prices.keys():
    total += prices[k]
print('total', total)
inverted = {}
for k, v in prices.items():
    inverted[v] = k
print(inverted)
print(list(enumerate(prices)))
print(sorted(prices), max(prices), min(prices.values()))
