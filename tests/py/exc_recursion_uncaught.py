# unbounded recursion that is not caught
def down(n):
    return down(n + 1) + 1
print('recursing')
down(0)
