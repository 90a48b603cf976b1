import sys
print("exiting cleanly")
try:
    pass
finally:
    print("finally runs")
sys.exit(None)
