# `x in list` compares item by item and reads the list's length again after each
# comparison: an __eq__ that changes the list changes what is searched, as in CPython.


class Shrinker:
    def __init__(self, target, name):
        self.target = target
        self.name = name

    def __eq__(self, other):
        print("  compare", self.name, "with", other if not isinstance(other, Shrinker) else other.name)
        if self.target:
            self.target.pop()
        return False


data = [1, 2, 3, 4, 5]
print(Shrinker(data, "s") in data, data)

grow = [0]


class Grower:
    def __eq__(self, other):
        if len(grow) < 5:
            grow.append(len(grow))
        return other == 4


print(Grower() in grow, grow)
print(3 in [1, 2, 3], "a" in ["b", "a"], 2.0 in [1, 2], None in [], (1, 2) in [(1, 2)])
nan = float("nan")
print(nan in [nan], [] in [[]], 5 in list(range(10**5)))


class Boom:
    def __eq__(self, other):
        raise ValueError("no compare")


try:
    print(Boom() in [1, 2])
except ValueError as e:
    print("ValueError", e)
