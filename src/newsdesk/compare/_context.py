"""Moved to :mod:`newsdesk.compare.story` (kept importable for code written against the old name;
remove once nothing imports it)."""
from newsdesk.compare.story import *  # noqa: F401,F403
