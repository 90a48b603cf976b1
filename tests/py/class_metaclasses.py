class Registry(type):
    classes = []
    def __new__(mcs, name, bases, ns, **kw):
        print("Registry.__new__", mcs.__name__, name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith("__")), kw)
        cls = super().__new__(mcs, name, bases, ns)
        mcs.classes.append(name)
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print("Registry.__init__", name)
        super().__init__(name, bases, ns)
        cls.registered = True
    def describe(cls):
        return "class " + cls.__name__

class Base(metaclass=Registry):
    x = 1

class Child(Base, flag=True):
    def m(self):
        return "m"
    @classmethod
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)

print(Registry.classes, type(Base) is Registry, type(Child).__name__, isinstance(Child, Registry), isinstance(Child, type))
print(Child.registered, Child.describe(), Child().m(), Base.x)

class Singleton(type):
    instances = {}
    def __call__(cls, *args, **kwargs):
        if cls not in Singleton.instances:
            Singleton.instances[cls] = super().__call__(*args, **kwargs)
        return Singleton.instances[cls]

class Config(metaclass=Singleton):
    def __init__(self, value):
        print("Config init", value)
        self.value = value

a = Config(1)
b = Config(2)
print(a is b, a.value)

class Counted(type):
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        cls.count = len(ns)

class P(metaclass=Counted):
    a = 1
    b = 2

print(P.count)
Dyn = Counted("Dyn", (P,), {"z": 3})
print(Dyn.count, Dyn.z, Dyn.a, type(Dyn).__name__, Dyn.__mro__[1].__name__)

class OrderedMeta(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        print("prepare", name)
        return {"injected": 42}

class Q(metaclass=OrderedMeta):
    pass

print(Q.injected)

def func_meta(name, bases, ns):
    return "made " + name

class NotAClass(metaclass=func_meta):
    pass

print(NotAClass)

class M1(type): pass
class M2(type): pass
class A1(metaclass=M1): pass
class A2(metaclass=M2): pass
try:
    class Bad(A1, A2): pass
except TypeError as e:
    print("TypeError:", e)
class M3(M1): pass
class A3(A1, metaclass=M3): pass
print(type(A3).__name__)
class A4(A3): pass
print(type(A4).__name__)
