"""``roles.role`` reads the text around an amount through a cache (speed round seven): the
same role as reading it afresh, for every amount of constructed text."""
from __future__ import annotations

from newsdesk.compare import roles
from newsdesk.model import Quantity

BODY = ("The Ostrava Mills plant would employ about 650 people. Last year it laid off 120 workers, "
        "and 40 staff were injured in a fire. The owners cut off 300 homes from the water supply.")


def _amounts() -> list[Quantity]:
    out = []
    for k, (num, unit) in enumerate((("650", "people"), ("120", "workers"), ("40", "staff"), ("300", "homes"))):
        start = BODY.index(num)
        out.append(Quantity(f"q{k}", "a1", start, start + len(num), num, float(num), unit))
    return out


def _afresh(body: str, q: Quantity) -> str | None:
    before, after = body[max(0, q.start - roles.ROLE_CHARS): q.start], body[q.end: q.end + roles.ROLE_CHARS]
    for pattern, word in roles._PHRASES:
        before, after = pattern.sub(word, before), pattern.sub(word, after)
    return roles._role.__wrapped__(before, after, q.unit or q.counts or "")


def test_cached_role_is_the_role_read_afresh() -> None:
    got = []
    for q in _amounts() * 2:  # the second time from the cache
        assert roles.role(BODY, q) == _afresh(BODY, q)
        got.append(roles.role(BODY, q))
    assert "employed" in got and any(r is not None and r != "employed" for r in got)
