# Instances of classes defining __eq__ and __hash__ as dict keys: lookups, stores,
# membership, deletion and pop find the stored key that compares equal, as in CPython.

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __repr__(self):
        return "Point(%d, %d)" % (self.x, self.y)


grid = {}
for x in range(4):
    for y in range(3):
        grid[Point(x, y)] = x * 10 + y
print(len(grid), grid[Point(2, 1)], Point(3, 2) in grid, Point(9, 9) in grid)
grid[Point(2, 1)] = "replaced"
print(len(grid), grid[Point(2, 1)], grid.get(Point(0, 0)), grid.get(Point(7, 7), "none"))
del grid[Point(0, 0)]
print(len(grid), Point(0, 0) in grid, grid.pop(Point(1, 1)), len(grid))
k = Point(3, 0)
seen = {}
for p in [Point(1, 2), Point(1, 2), k, Point(3, 0)]:
    seen[p] = seen.get(p, 0) + 1
print(seen, list(seen)[1] is k)
try:
    grid[Point(5, 5)]
except KeyError as e:
    print("KeyError", e)


class Collide:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, Collide) and self.v == other.v

    def __hash__(self):
        return 7


c = {Collide(1): "a", Collide(2): "b"}
c[Collide(1)] = "A"
print(len(c), c[Collide(1)], c[Collide(2)], Collide(3) in c)
