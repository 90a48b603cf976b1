# recursion to depth 900 works
def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)
print(depth(900))
def sum_to(n):
    if n == 0:
        return 0
    return n + sum_to(n - 1)
print(sum_to(900))
def build(n, acc):
    if n == 0:
        return acc
    acc.append(n)
    return build(n - 1, acc)
print(len(build(900, [])))
