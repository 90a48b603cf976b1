# the built-in exception hierarchy, checked by catching via bases
def caught_by(exc, base):
    try:
        raise exc
    except base:
        return True
    except BaseException:
        return False
print(caught_by(ZeroDivisionError, ArithmeticError), caught_by(OverflowError, ArithmeticError))
print(caught_by(ArithmeticError, Exception), caught_by(ZeroDivisionError, LookupError))
print(caught_by(IndexError, LookupError), caught_by(KeyError, LookupError))
print(caught_by(LookupError, Exception), caught_by(KeyError, IndexError))
print(caught_by(UnboundLocalError, NameError), caught_by(NameError, UnboundLocalError))
print(caught_by(RecursionError, RuntimeError), caught_by(NotImplementedError, RuntimeError))
print(caught_by(ValueError, Exception), caught_by(TypeError, Exception))
print(caught_by(AttributeError, Exception), caught_by(AssertionError, Exception))
print(caught_by(StopIteration, Exception), caught_by(RuntimeError, Exception))
print(caught_by(KeyboardInterrupt, Exception), caught_by(KeyboardInterrupt, BaseException))
print(caught_by(SystemExit, Exception), caught_by(SystemExit, BaseException))
print(caught_by(Exception, BaseException), caught_by(BaseException, Exception))
print(isinstance(KeyError('k'), LookupError), isinstance(KeyError('k'), IndexError))
print(isinstance(ZeroDivisionError(), (ValueError, ArithmeticError)))
print(isinstance(RecursionError(), RuntimeError), isinstance(SystemExit(), Exception))
print(type(ValueError()), type(KeyboardInterrupt))
print(ValueError.__name__, UnboundLocalError.__name__, type(StopIteration()).__name__)
