# Binary trees (benchmarks game): allocate and walk trees made of tuples.

N = 16


def make_tree(depth):
    if depth == 0:
        return (None, None)
    depth -= 1
    return (make_tree(depth), make_tree(depth))


def check_tree(node):
    left, right = node
    if left is None:
        return 1
    return 1 + check_tree(left) + check_tree(right)


def main():
    min_depth = 4
    max_depth = N
    if min_depth + 2 > max_depth:
        max_depth = min_depth + 2
    stretch_depth = max_depth + 1
    print(f"stretch tree of depth {stretch_depth}\t check: {check_tree(make_tree(stretch_depth))}")
    long_lived = make_tree(max_depth)
    depth = min_depth
    while depth <= max_depth:
        iterations = 2 ** (max_depth - depth + min_depth)
        check = 0
        for i in range(iterations):
            check += check_tree(make_tree(depth))
        print(f"{iterations}\t trees of depth {depth}\t check: {check}")
        depth += 2
    print(f"long lived tree of depth {max_depth}\t check: {check_tree(long_lived)}")


main()
