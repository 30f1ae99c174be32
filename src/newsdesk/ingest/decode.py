"""Bytes to text: BOMs, UTF-8, UTF-16 without BOM, then charset-normalizer; binary refused.

:func:`decode_bytes` returns the text and a short description of the encoding and how it was
found (stored in ``Article.encoding``); it raises :class:`~newsdesk.errors.InputError` E102/E103/E104.
"""
from __future__ import annotations

import codecs
import unicodedata

import charset_normalizer

from newsdesk.errors import InputError

SNIFF_BYTES = 8192  # how much of the input the binary / UTF-16 sniffers look at
MAX_NUL_RATIO = 0.001  # text has no NULs; >0.1% of NUL bytes (without UTF-16 evidence) is binary
MAX_CONTROL_RATIO = 0.05  # >5% C0 control bytes (besides tab/newline/CR/FF/ESC) is binary
UTF16_NUL_SHARE = 0.35  # UTF-16 English has a NUL in nearly every other byte; 35% is clear evidence
WESTERN_MAX_NON_ASCII = 0.30  # English text in cp1252/Latin-1 is mostly ASCII; Cyrillic etc. is not

_BOMS = (  # longest first: the UTF-32 LE BOM starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_TEXT_CONTROLS = {9, 10, 12, 13, 27}


def decode_bytes(data: bytes, source: str) -> tuple[str, str]:
    """Decode ``data`` to ``(text, encoding description)`` or raise E102/E103/E104."""
    if not data.strip():
        raise InputError("E102", source=source)
    # 1. a byte-order mark is the strongest evidence there is
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(name), f"{name} (bom)"
            except UnicodeDecodeError as err:
                raise InputError("E104", source=source, detail=f"invalid {name} after a BOM: {err.reason}") from err
    head = data[:SNIFF_BYTES]
    # 2. UTF-16 without a BOM: NULs in the even (BE) or odd (LE) positions only
    utf16 = _sniff_utf16(head)
    if utf16 is not None:
        try:
            return data.decode(utf16), f"{utf16} (nul pattern)"
        except UnicodeDecodeError:
            pass  # not UTF-16 after all: the binary check below decides
    # 3. binary data: NULs or many control characters
    nul_ratio = head.count(0) / len(head)
    if nul_ratio > MAX_NUL_RATIO:
        raise InputError("E103", source=source, detail=f"{nul_ratio:.0%} NUL bytes")
    controls = sum(1 for b in head if b < 32 and b not in _TEXT_CONTROLS)
    if controls / len(head) > MAX_CONTROL_RATIO:
        raise InputError("E103", source=source, detail=f"{controls} control bytes in the first {len(head)}")
    # 4. plain UTF-8 (ASCII included)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    # 5. mostly-ASCII text whose other bytes are Latin letters or typographic punctuation in
    #    cp1252: charset-normalizer guesses badly on short Western samples (cp1257 for "naïve")
    western = _western(data)
    if western is not None:
        return western, "cp1252 (mostly ascii, latin letters)"
    # 6. charset-normalizer for everything else
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        raise InputError("E104", source=source, detail="no encoding decodes it as readable text")
    return str(best), f"{best.encoding} (charset-normalizer, chaos {best.chaos:.2f})"


def _sniff_utf16(head: bytes) -> str | None:
    if len(head) < 4:
        return None
    even, odd = head[0::2], head[1::2]
    even_nul, odd_nul = even.count(0) / len(even), odd.count(0) / len(odd)
    if odd_nul > UTF16_NUL_SHARE and even_nul < 0.05:
        return "utf-16-le"
    if even_nul > UTF16_NUL_SHARE and odd_nul < 0.05:
        return "utf-16-be"
    return None



def _western(data: bytes) -> str | None:
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    others = [c for c in text if ord(c) > 127]
    if not others or len(others) / len(text) > WESTERN_MAX_NON_ASCII:
        return None
    if all(unicodedata.category(c)[0] in "LPSN" or c == "\xa0" for c in others):
        return text
    return None
