PI = 3.14


def area(r):
    return PI * r * r
