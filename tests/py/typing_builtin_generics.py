import types
print(list[int], dict[str, list[int]], tuple[int, ...], tuple[()], type[int])
a = list[int]
print(a.__origin__, a.__args__, a == list[int], a([1,2]))
print(int | None, None | int, int | str | None, (int | str) == (str | int), int | int)
print(isinstance(3, int | str), isinstance(3.0, int | str), issubclass(bool, int | str))
print(type(int | str), types.GenericAlias, types.UnionType)
try:
    isinstance([], list[int])
except TypeError as e: print(e)
try:
    int | 3
except TypeError as e: print(e)
print(list[int] | None)
class L(list[int]): pass
print(L.__mro__)
print(types.FunctionType, types.MethodType, types.SimpleNamespace(a=1))
