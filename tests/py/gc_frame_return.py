# Functions that live through collections and return while their registers hold old
# data: the collector is told what they drop (and may collect in full), including
# while native code still holds that data borrowed (a sort calling its key function,
# special methods called from native code).


def churn(n):
    junk = []
    for i in range(n):
        junk.append([str(i)])
    return len(junk)


def split_and_count(text):
    total = 0
    for line in text.split("\n"):
        total += len(line)
    churn(2000)
    return total


def build_and_drop(n):
    parts = []
    for i in range(n):
        parts.append(str(i) + "-p")
    joined = ",".join(parts)
    churn(2000)
    return len(joined)


data = []


def key(x):
    # holds the list being sorted (borrowed by the sort) in a register of its own
    alias = data
    churn(50)
    return (len(alias) - len(x), x)


class Num:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        held = [str(self.v)] * 50
        churn(20)
        return Num(self.v + other.v + len(held) - 50)

    def __eq__(self, other):
        tmp = {str(self.v): other}
        churn(20)
        return self.v == other.v and len(tmp) == 1


def main():
    lines = []
    for i in range(20000):
        lines.append("line %d of text" % i)
    text = "\n".join(lines)
    print(split_and_count(text))
    print(build_and_drop(30000))
    for i in range(300):
        data.append("w" + str((i * 37) % 101))
    data.sort(key=key)
    print(data[:4], data[-2:])
    total = Num(0)
    for i in range(60):
        total = total + Num(i)
    print(total.v, Num(3) == Num(3), [Num(1)].count(Num(1)))
    kept = []
    for r in range(4):
        kept.append(build_and_drop(10000 + r))
    print(kept)


main()
