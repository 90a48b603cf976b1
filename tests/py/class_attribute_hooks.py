# __getattr__, __getattribute__, __setattr__ and __delattr__ defined in Python, and
# the object.__...__ / super() fallbacks they usually delegate to.

class Lazy:
    def __init__(self):
        self.real = 1

    def __getattr__(self, name):
        if name.startswith("auto_"):
            return name[5:].upper()
        raise AttributeError("no " + name)


z = Lazy()
print(z.real, z.auto_abc, getattr(z, "auto_x"), hasattr(z, "missing"), getattr(z, "missing", "dflt"))
try:
    z.missing
except AttributeError as e:
    print("AttributeError:", e)


class Logged:
    def __init__(self):
        self.log = []
        self.value = 10

    def __getattribute__(self, name):
        if name != "log":
            object.__getattribute__(self, "log").append(name)
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        return "missing " + name

    def method(self):
        return self.value * 2


lg = Logged()
print(lg.value, lg.method(), lg.nothing, lg.log)


class Guarded:
    def __init__(self):
        object.__setattr__(self, "history", [])

    def __setattr__(self, name, value):
        self.history.append((name, value))
        super().__setattr__(name, value)

    def __delattr__(self, name):
        self.history.append(("del", name))
        object.__delattr__(self, name)


g = Guarded()
g.x = 1
g.y = "two"
g.x = 3
del g.y
print(g.history, sorted(g.__dict__), g.x, hasattr(g, "y"))


class Fallback:
    x = "class"

    def __getattr__(self, name):
        return "fallback " + name


f = Fallback()
f.y = "instance"
print(f.x, f.y, f.z)
