name = "first"
from . import second as other
