real = 1

def __getattr__(name):
    return "computed " + name
