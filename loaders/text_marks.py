"""A text's Latin-1 characters and its rare marks, found by one C pass (``latin_of``), so that a reader asking the
whole text for one of them asks a byte string a tenth as long.

A scan of a Chinese text for one character costs CPython 0.1–0.7 M instructions over a plan (its ``memchr`` looks for
the character's low byte, a byte of many Chinese characters' code units: ``\\ufeff``'s is that of every full-width
mark); the readers of a parse ask for twenty such marks that most plans never hold (zero-width characters, odd colons,
box bars, the wide line breaks), and each absence cost a scan. ``latin_of`` is a charmap encoding that keeps the
Latin-1 characters as they are and writes each of ``RARE_MARKS`` as one byte of the C1 range, dropping every other
character: whether the text holds one of them, ``holds_coded``, is a scan of those bytes.

>>> latin = latin_of("一、目标\\n[1] 甲·乙\\u2028丙∶")
>>> latin == b"\\n[1] \\xb7" + coded("\\u2028") + coded("∶"), holds_coded("丙∶", "∶", latin_of("丙∶"))
(True, True)
"""

from __future__ import annotations

import codecs

# the marks other than Latin-1 characters that readers ask a whole text for, and most plans hold none of: the wide
# line breaks (``source._one_break_only``), the characters no one sees (``compact.without_invisible``; \u00ad is a
# Latin-1 one), the odd colons (``source._ODD_COLONS``), the page numbers' and dashes' marks (``source._PAGE_MARKS``),
# the square and tortoise-shell brackets, the box bars (``pipe_tables``) and the full-width bar (``spaced_tables``)
RARE_MARKS = "".join(("\u2028\u2029", "\u200b\ufeff\u200c\u200d\u2060\u200e\u200f", "∶︰﹕", "—－–页•", "【〔", "│║｜"))
# their codes: the C1 controls (U+0080–U+009F) but U+0085, a line break ``str.splitlines`` knows: no plan's text holds
# them, and ``latin_of`` drops them, so a byte of that range there is a mark's
_C1_CODES = [code for code in range(0x80, 0xA0) if code != 0x85]
_CODES = dict(zip(RARE_MARKS, _C1_CODES, strict=False))
assert len(_CODES) == len(RARE_MARKS) <= len(_C1_CODES)
# the characters ``latin_of`` keeps, each as its byte: every Latin-1 character but the C1 controls, and the rare marks
_DECODING = "".join(
    chr(code) if code < 0x80 or code >= 0xA0 or code == 0x85 else "\ufffe" for code in range(256)
)  # (\ufffe: no character, for the codes no mark takes)
_DECODING = "".join(
    {code: mark for mark, code in _CODES.items()}.get(code, char) for code, char in enumerate(_DECODING)
)
_ENCODING = codecs.charmap_build(_DECODING)
_CODED = {char: bytes([code]) for code, char in enumerate(_DECODING) if char != "\ufffe"}


def latin_of(text: str) -> bytes:
    """The Latin-1 characters of ``text`` (but the C1 controls other than U+0085), in order, as bytes, with each of
    ``RARE_MARKS`` as its code (``coded``) where it stands, every other character dropped. One charmap encoding in C:
    5.7 M instructions over the bundled plan, where its Latin-1 characters alone cost 1.3 M and the scans of its
    text for the rare marks, made by the readers of a parse, cost ~6 M.

    >>> latin_of("甲 乙\\n\\x81\\x85【"), latin_of("甲 乙\\n\\x85【") == b" \\n\\x85" + coded("【")
    (b' \\n\\x85\\x92', True)
    """
    return codecs.charmap_encode(text, "ignore", _ENCODING)[0]


def coded(mark: str) -> bytes | None:
    """``mark``'s byte in ``latin_of``'s bytes; None when it is not kept there (a C1 control, or a character neither
    Latin-1 nor rare).

    >>> coded("|"), coded("\\xb7"), coded("∶"), coded("\\x81"), coded("甲")
    (b'|', b'\\xb7', b'\\x8a', None, None)
    """
    return _CODED.get(mark)


def holds_coded(text: str, mark: str, latin: bytes | None) -> bool:
    """``mark in text`` for a one-character ``mark``, asked of ``latin`` (``latin_of(text)``, or of a text ``text``
    holds no more marks than: its compact form) when known and ``mark`` is kept there.

    >>> holds_coded("甲｜乙", "｜", latin_of("甲｜乙")), holds_coded("甲乙", "｜", latin_of("甲乙")), holds_coded("甲", "甲", b"")
    (True, False, True)
    """
    code = _CODED.get(mark) if latin is not None else None
    return mark in text if code is None else code in latin
