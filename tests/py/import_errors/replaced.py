import sys
sys.modules[__name__] = "a replacement"
