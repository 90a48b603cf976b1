"""Names for the types of the interpreter's objects (the part PVM has)."""

import sys as _sys
from _pvm_types import GenericAlias, UnionType


def _function():
    pass


FunctionType = type(_function)
LambdaType = FunctionType
CodeType = type(_function.__code__)
NoneType = type(None)
NotImplementedType = type(NotImplemented)
EllipsisType = type(...)
ModuleType = type(_sys)
BuiltinFunctionType = type(len)
BuiltinMethodType = BuiltinFunctionType
SimpleNamespace = type(_sys.implementation)


class _C:
    def _method(self):
        pass


MethodType = type(_C()._method)


def _generator():
    yield 1


GeneratorType = type(_generator())


async def _coroutine():
    pass


_c = _coroutine()
CoroutineType = type(_c)
_c.close()
del _c


async def _async_generator():
    yield 1


AsyncGeneratorType = type(_async_generator())

del _sys, _function, _C, _generator, _coroutine, _async_generator
