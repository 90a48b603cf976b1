# metaclass hooks: __instancecheck__, __subclasscheck__, __setattr__, __delattr__,
# properties and methods of the metaclass seen on its classes, __mro_entries__,
# __init_subclass__ chains through super()
class Meta(type):
    def __instancecheck__(cls, inst):
        print("instancecheck", cls.__name__, type(inst).__name__)
        return isinstance(inst, int)
    def __subclasscheck__(cls, sub):
        print("subclasscheck", cls.__name__, sub.__name__)
        return sub is bool
    def __setattr__(cls, name, value):
        print("setattr", name)
        super().__setattr__(name, value)
    def __delattr__(cls, name):
        print("delattr", name)
        super().__delattr__(name)
    @property
    def shout(cls):
        return cls.__name__.upper()
    def hello(cls):
        return "hello " + cls.__name__
class A(metaclass=Meta):
    pass
print(isinstance(3, A), isinstance("s", A), isinstance(A(), A))
print(isinstance(3, (str, A)), issubclass(bool, A), issubclass(int, A), issubclass(int, (A, int)))
A.x = 5
print(A.x)
del A.x
print(hasattr(A, 'x'), A.shout, A.hello())
try:
    isinstance(3, 4)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(3, int)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(int, 3)
except TypeError as e:
    print(type(e).__name__, e)

class Entries:
    def __mro_entries__(self, bases):
        print("mro_entries", len(bases))
        return (dict,)
class D(Entries(), metaclass=type):
    pass
print(D.__mro__, D.__orig_bases__[0].__class__.__name__, '__orig_bases__' in D.__dict__)
class Plain(int): pass
print('__orig_bases__' in Plain.__dict__)
try:
    class Bad(Entries.__mro_entries__.__get__ if False else type('X', (), {'__mro_entries__': lambda self, b: [int]})()):
        pass
except TypeError as e:
    print(type(e).__name__, e)

class Base:
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        print("init_subclass", cls.__name__, tag)
class Mid(Base, tag="m"):
    def __init_subclass__(cls, **kw):
        print("mid first")
        super().__init_subclass__(**kw)
class Leaf(Mid, tag="leaf"):
    pass
print(Leaf.tag, Mid.tag)

class P:
    @property
    def x(self):
        "doc of x"
        return 1
    @x.setter
    def x(self, v):
        pass
    @classmethod
    def c(cls):
        pass
    @staticmethod
    def s():
        pass
print(P.x.fget.__name__, P.x.fset.__name__, P.x.fdel, P.x.__doc__)
print(P.__dict__['c'].__func__.__name__, P.__dict__['s'].__func__.__name__)
def f(): pass
f.__isabstractmethod__ = True
print(property(f).__isabstractmethod__, classmethod(f).__isabstractmethod__, property(lambda s: 1).__isabstractmethod__)
