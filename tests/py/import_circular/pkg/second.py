name = "second"
from . import first
print("second sees first.name:", first.name)
