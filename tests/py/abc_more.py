from abc import ABC, ABCMeta, abstractmethod, abstractproperty, update_abstractmethods
import abc

class Shape(ABC):
    @property
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
    def describe(self):
        return f"{type(self).__name__}: area={self.area}, perimeter={self.perimeter()}"
class Rect(Shape):
    def __init__(self, w, h): self.w, self.h = w, h
    @property
    def area(self): return self.w * self.h
    def perimeter(self): return 2 * (self.w + self.h)
print(Rect(2, 3).describe(), Shape.__abstractmethods__ == frozenset({'area', 'perimeter'}), Rect.__abstractmethods__)
class Half(Shape):
    def perimeter(self): return 0
try:
    Half()
except TypeError as e:
    print(type(e).__name__, e)
class WithNew(ABC):
    @abstractmethod
    def f(self): ...
    def __new__(cls, *a):
        return super().__new__(cls)
try:
    WithNew()
except TypeError as e:
    print(type(e).__name__, e)
class Base(metaclass=ABCMeta):
    @abstractmethod
    def run(self): ...
def run(self): return "ran"
class Later(Base):
    pass
Later.run = run
update_abstractmethods(Later)
print(Later().run())
class Seq(ABC):
    pass
Seq.register(list)
Seq.register(tuple)
class MyList(list): pass
print(isinstance(MyList(), Seq), issubclass(tuple, Seq), issubclass(dict, Seq), Seq.register(str) is str, isinstance("", Seq))
try:
    Seq.register(3)
except TypeError as e:
    print(type(e).__name__, e)
class Sub(Seq): pass
try:
    Sub.register(Seq)
except RuntimeError as e:
    print(type(e).__name__, e)
class Legacy(ABC):
    @abstractproperty
    def name(self): ...
try:
    Legacy()
except TypeError as e:
    print(type(e).__name__, e)
print(type(abc.get_cache_token()).__name__, isinstance(ABC, ABCMeta), ABC.__abstractmethods__)
class Concrete(ABC): pass
print(Concrete().__class__.__name__)
