__all__ = ["alpha", "beta"]
alpha = "A"
beta = "B"
gamma = "G"
