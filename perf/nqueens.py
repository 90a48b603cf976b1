# N-queens by recursive backtracking with lists as boolean sets.

N = 12


def solve(row, n, cols, diag1, diag2, placement, found):
    if row == n:
        found.append(list(placement))
        return 1
    count = 0
    for c in range(n):
        d1 = row + c
        d2 = row - c + n - 1
        if not cols[c] and not diag1[d1] and not diag2[d2]:
            cols[c] = True
            diag1[d1] = True
            diag2[d2] = True
            placement.append(c)
            count += solve(row + 1, n, cols, diag1, diag2, placement, found)
            placement.pop()
            cols[c] = False
            diag1[d1] = False
            diag2[d2] = False
    return count


def queens(n):
    found = []
    count = solve(0, n, [False] * n, [False] * (2 * n), [False] * (2 * n), [], found)
    return count, found


def main():
    total = 0
    for n in range(4, N - 1):
        count, found = queens(n)
        total += count
        print(f"{n}: {count} {found[0] if found else None}")
    count, found = queens(N)
    print(f"{N}: {count} first={found[0] if found else None} last={found[-1] if found else None}")
    print(f"total: {total + count}")


main()
