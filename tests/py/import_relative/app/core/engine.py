from .. import VERSION
from ..plugins import registry
engine_name = "engine " + VERSION
parent_name = __name__.rpartition(".")[0]


def helper():
    return registry.NAMES
