import sys
print("before exit")
sys.exit("fatal: giving up")
print("not reached")
