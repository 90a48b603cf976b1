import sys
try:
    sys.exit(4)
except SystemExit as e:
    print("caught", e.code, e.args)
try:
    sys.exit()
except SystemExit as e:
    print("caught", e.code, e.args)
try:
    raise SystemExit(1, 2)
except SystemExit as e:
    print("caught", e.code)
print("exiting with 3")
sys.exit(3)
