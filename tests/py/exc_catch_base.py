# catching through a base class; first matching handler wins
def raise_it(n):
    if n == 0:
        raise KeyError('key')
    if n == 1:
        raise IndexError('index')
    if n == 2:
        raise ZeroDivisionError('zero')
    if n == 3:
        raise UnboundLocalError('unbound')
    if n == 4:
        raise RecursionError('deep')
    if n == 5:
        raise KeyboardInterrupt('ctrl-c')
    if n == 6:
        raise SystemExit(3)
    raise NotImplementedError('todo')
for n in range(8):
    try:
        raise_it(n)
    except LookupError as e:
        print(n, 'LookupError handler:', type(e).__name__, e)
    except ArithmeticError as e:
        print(n, 'ArithmeticError handler:', type(e).__name__, e)
    except NameError as e:
        print(n, 'NameError handler:', type(e).__name__, e)
    except RuntimeError as e:
        print(n, 'RuntimeError handler:', type(e).__name__, e)
    except Exception as e:
        print(n, 'Exception handler:', type(e).__name__, e)
    except BaseException as e:
        print(n, 'BaseException handler:', type(e).__name__, e, e.args)
