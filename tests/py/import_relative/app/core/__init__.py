from .engine import engine_name, helper
__all__ = ["engine_name", "helper"]
hidden_thing = 1
