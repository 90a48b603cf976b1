"""Helpers for the import tests."""

print("util runs as", __name__)


def double(x):
    return 2 * x


_hidden = 1
VISIBLE = 2
