# NameError messages
try:
    print(undefined_variable)
except NameError as e:
    print(type(e).__name__, e)
def use_global():
    return not_defined_anywhere + 1
try:
    use_global()
except NameError as e:
    print(type(e).__name__, e)
try:
    undefined_function(1, 2)
except NameError as e:
    print(e.args)
x = 1
del x
try:
    x
except NameError as e:
    print(e)
