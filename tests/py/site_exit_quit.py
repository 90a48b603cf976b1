# exit and quit, which CPython's site module adds to builtins
print(exit)
print(repr(quit))
print(type(exit).__name__, type(exit).__module__, type(exit) is type(quit))
print(exit.name, quit.eof)
print(SystemExit(1, 2).code, SystemExit().code, SystemExit("m").code)
for f in (exit, quit):
    try:
        f(5)
    except SystemExit as e:
        print("SystemExit", e.code, e.args)
try:
    exit()
except SystemExit as e:
    print("no argument:", e.code, e.args)


class Body:
    # a class body finds them too (LoadName)
    leave = quit


print(Body.leave is quit)


def shadow():
    exit = "local"
    return exit


print(shadow())
exit("bye")
print("not reached")
