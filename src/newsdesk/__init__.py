"""newsdesk: a multi-source news intelligence desk.

The API in one breath::

    from newsdesk import Desk
    desk = Desk("newsdesk.db")          # SQLite file, or "postgresql://user@host/db"
    desk.ingest(["coverage/"])          # text, HTML, feeds, JSONL, directories, URLs
    desk.analyze()                      # extract, link, compare (incremental)
    desk.export("json", "export.json")  # ../shared/spec/export.md, format v1
"""
__version__ = "0.1.0"


def __getattr__(name: str):  # lazy, so `import newsdesk` stays cheap (no spaCy at import)
    if name == "Desk":
        from .api import Desk

        return Desk
    raise AttributeError(name)


__all__ = ["Desk", "__version__"]
