# The namespaces of sys and os hold every attribute (PVM builds some on first use),
# for vars(), __dict__ and from-import-*; a deleted one stays deleted.
import sys, os
print("version_info" in vars(sys), "environ" in vars(os), "flags" in sys.__dict__)
from sys import *
print(version_info[:2], type(float_info).__name__)
from os import *
print(type(environ).__name__)
del os.environ
try:
    os.environ
except AttributeError as e:
    print("AttributeError:", e)
print("environ" in vars(os))
os.putenv("PVM_Q", "1")
del sys.flags
print(hasattr(sys, "flags"), "flags" in vars(sys))
print(hasattr(sys, "hash_info"), hasattr(sys, "nosuch"))
