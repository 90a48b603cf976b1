# Exceptions raised and caught in loops: try/except/else/finally, raise in callees.

N = 600000


def checked_div(a, b):
    if b == 0:
        raise ZeroDivisionError("division by zero")
    return a // b


def parse_num(s):
    if not s.isdigit():
        raise ValueError("bad number: " + s)
    return int(s)


def lookup(d, k):
    return d[k]


def div_loop(n):
    ok = 0
    errs = 0
    for i in range(n):
        try:
            ok += checked_div(i, i % 5)
        except ZeroDivisionError:
            errs += 1
    return ok, errs


def native_errors(n):
    lst = [1, 2, 3, 4, 5, 6, 7]
    d = {"a": 1, "b": 2, "c": 3}
    keys = ["a", "b", "c", "d", "e"]
    idx_errs = 0
    key_errs = 0
    zero_errs = 0
    total = 0
    for i in range(n):
        try:
            total += lst[i % 10]
        except IndexError:
            idx_errs += 1
        try:
            total += lookup(d, keys[i % 5])
        except KeyError as e:
            key_errs += 1
            if i % 1000 == 0:
                total += len(str(e))
        try:
            total += 100 // (i % 4)
        except ZeroDivisionError:
            zero_errs += 1
    return total, idx_errs, key_errs, zero_errs


def parse_loop(n):
    words = ["12", "x7", "345", "", "9", "abc", "1000"]
    total = 0
    bad = 0
    msg_len = 0
    for i in range(n):
        w = words[i % 7]
        try:
            v = parse_num(w)
        except ValueError as e:
            bad += 1
            msg_len += len(e.args[0])
        else:
            total += v
    return total, bad, msg_len


def with_finally(n):
    cleanups = 0
    caught = 0
    acc = 0
    for i in range(n):
        try:
            try:
                if i % 3 == 0:
                    raise KeyError(i)
                acc += i
            finally:
                cleanups += 1
        except KeyError:
            caught += 1
    return acc, cleanups, caught


def deep(k):
    if k == 0:
        raise IndexError("bottom")
    return deep(k - 1) + 1


def deep_loop(n):
    caught = 0
    for i in range(n):
        try:
            deep(i % 8)
        except IndexError:
            caught += 1
    return caught


def reraise_loop(n):
    wrapped = 0
    for i in range(n):
        try:
            try:
                checked_div(1, 0)
            except ZeroDivisionError:
                raise ValueError("wrapped")
        except (TypeError, ValueError):
            wrapped += 1
    return wrapped


def main():
    print(f"div: {div_loop(N)}")
    print(f"native: {native_errors(N)}")
    print(f"parse: {parse_loop(N)}")
    print(f"finally: {with_finally(N)}")
    print(f"deep: {deep_loop(N // 2)}")
    print(f"reraise: {reraise_loop(N // 2)}")


main()
