"""collections.abc: the abstract base classes of containers, defined in
_collections_abc (as in CPython, this module only re-exports them)."""

from _collections_abc import *
from _collections_abc import __all__
