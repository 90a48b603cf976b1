import abc
from abc import ABC, ABCMeta, abstractmethod
class A(ABC):
    @abstractmethod
    def b(self): pass
    @abstractmethod
    def a(self): pass
    @property
    @abstractmethod
    def p(self): pass
print(sorted(A.__abstractmethods__))
try: A()
except TypeError as e: print(e)
class B(A):
    def a(self): return 1
    p = 3
try: B()
except TypeError as e: print(e)
class C(B):
    def b(self): return 2
c = C(); print(c.a(), c.b(), isinstance(c, A), issubclass(C, A))
class Reg(ABC): pass
Reg.register(int)
print(isinstance(3, Reg), issubclass(int, Reg), issubclass(str, Reg), isinstance("x", Reg))
class Hook(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if hasattr(C, 'quack'): return True
        return NotImplemented
class Duck:
    def quack(self): pass
print(isinstance(Duck(), Hook), isinstance(3, Hook))
print(type(A), C.__mro__)
print(abc.get_cache_token() >= 1)
class M(metaclass=ABCMeta):
    @abc.abstractclassmethod
    def f(cls): pass
    @classmethod
    @abstractmethod
    def g(cls): pass
    @staticmethod
    @abstractmethod
    def h(): pass
print(sorted(M.__abstractmethods__))
try: issubclass(3, Reg)
except TypeError as e: print(e)
@Reg.register
class Q: pass
print(issubclass(Q, Reg), Q.__name__)
