"""Moved to :mod:`newsdesk.compare.text` (kept importable for code written against the old name;
remove once nothing imports it)."""
from newsdesk.compare.text import *  # noqa: F401,F403
from newsdesk.compare.text import _to_number, _unit_key  # noqa: F401
