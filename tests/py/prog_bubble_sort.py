# bubble sort with swap counting
def bubble_sort(items):
    items = items[:]
    n = len(items)
    swaps = 0
    while True:
        swapped = False
        for i in range(1, n):
            if items[i - 1] > items[i]:
                items[i - 1], items[i] = items[i], items[i - 1]
                swaps += 1
                swapped = True
        n -= 1
        if not swapped:
            break
    return items, swaps
data = [29, 3, 72, 15, -4, 8, 3, 51, 0, 17, 99, -20]
result, swaps = bubble_sort(data)
print(result)
print('swaps:', swaps)
print(result == sorted(data), data[:3])
print(bubble_sort(['pear', 'fig', 'apple', 'kiwi']))
print(bubble_sort([]))
