__all__ = ["_hidden", "shown"]
_hidden = "listed names are imported even with an underscore"
shown = "shown"
_unlisted = "not imported"
