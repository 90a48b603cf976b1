# Method calls through a deep class hierarchy: overridden methods calling super(),
# class attributes found far up the MRO, and isinstance checks.

N = 150000


class Shape:
    sides = 0
    scale = 1.0

    def __init__(self, size):
        self.size = size

    def area(self):
        return 0.0

    def describe(self):
        return self.sides

    def weight(self):
        return self.area() * self.scale


class Polygon(Shape):
    def __init__(self, size, sides):
        super().__init__(size)
        self.n = sides

    def describe(self):
        return super().describe() + self.n


class Quad(Polygon):
    sides = 4

    def __init__(self, size):
        super().__init__(size, 4)

    def area(self):
        return self.size * self.size


class Rect(Quad):
    def __init__(self, w, h):
        super().__init__(w)
        self.h = h

    def area(self):
        return self.size * self.h


class Square(Rect):
    scale = 2.0

    def __init__(self, s):
        super().__init__(s, s)

    def describe(self):
        return super().describe() * 10


class Tri(Polygon):
    sides = 3

    def __init__(self, size):
        super().__init__(size, 3)

    def area(self):
        return self.size * self.size * 0.433


def main():
    shapes = []
    for i in range(N):
        k = i % 4
        if k == 0:
            shapes.append(Square(i % 7 + 1))
        elif k == 1:
            shapes.append(Rect(i % 5 + 1, i % 3 + 1))
        elif k == 2:
            shapes.append(Tri(i % 9 + 1))
        else:
            shapes.append(Quad(i % 4 + 1))
    total = 0.0
    desc = 0
    squares = 0
    for rep in range(5):
        for s in shapes:
            total += s.weight()
            desc += s.describe()
            if isinstance(s, Rect):
                squares += 1
    print("total %.3f desc %d rects %d" % (total, desc, squares))


main()
