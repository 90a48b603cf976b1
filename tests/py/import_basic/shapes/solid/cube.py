from ..square import area


def volume(s):
    return area(s) * s
