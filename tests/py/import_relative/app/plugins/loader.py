from . import registry
from .registry import NAMES as names
from ..core.engine import engine_name
from .. import core


def describe():
    return "%s %s %s %s" % (registry.__name__, names, engine_name, core.__name__)
