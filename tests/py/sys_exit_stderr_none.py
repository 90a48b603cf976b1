# With sys.stderr set to None, the message of an uncaught SystemExit goes to the
# process's standard error all the same.
import sys

print("before")
sys.stderr = None
sys.exit("the message")
