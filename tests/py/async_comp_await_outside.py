# An await in a list comprehension makes it asynchronous, which a plain function cannot hold.
def f():
    return [await x for x in []]
