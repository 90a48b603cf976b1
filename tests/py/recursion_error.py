# unbounded recursion raises RecursionError
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print(type(e).__name__, e)
def also_runtime(n):
    return also_runtime(n + 1) + 1
try:
    also_runtime(0)
except RuntimeError as e:
    print('as RuntimeError:', type(e).__name__)
def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)
print('still works afterwards:', depth(100))
