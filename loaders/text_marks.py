"""A text's Latin-1 characters and its rare marks, found by one C pass (``latin_of``), so that a reader asking the
whole text for one of them asks a byte string a tenth as long.

A scan of a Chinese text for one character costs CPython 0.1–0.7 M instructions over a plan (its ``memchr`` looks for
the character's low byte, a byte of many Chinese characters' code units: ``\\ufeff``'s is that of every full-width
mark); the readers of a parse ask for twenty such marks that most plans never hold (zero-width characters, odd colons,
box bars, the wide line breaks), and each absence cost a scan. ``latin_of`` is a charmap encoding that keeps the
Latin-1 characters as they are and writes each of ``RARE_MARKS`` as one byte of the C1 range, dropping every other
character: whether the text holds one of them, ``holds_coded``, is a scan of those bytes. The whitespace other than
Latin-1 is coded too (the last C1 codes, then U+0010–U+0015), so that ``spaces_of`` tells from the bytes whether a
text's words are cut at ``" "``, ``\\t`` and ``\\u3000`` alone (``source._compacted_joined``).

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
# the whitespace ``str.split`` drops (``str.isspace``) but the common ``' '``, ``\t``, ``\n`` and ``\u3000``: a text
# holding none of them has its words split by those alone (``spaces_of``); its Latin-1 ones are in ``latin_of``'s bytes
# as they are, the others and the full-width space coded as the rare marks are (the wide breaks are rare marks)
RARE_SPACES = (
    "\x0b\x0c\r\x1c\x1d\x1e\x1f\x85\xa0\u1680" + "".join(map(chr, range(0x2000, 0x200B))) + "\u2028\u2029\u202f\u205f"
)
_CODED_SPACES = "".join(c for c in RARE_SPACES + "\u3000" if ord(c) > 0xFF and c not in RARE_MARKS)
# the two characters of the bold font's legend (``source.bold_legend``: 加粗, 粗体, 加黑, 黑体), coded after the spaces:
# the legend is looked for where the bytes hold one (two scans of a Chinese text cost the bundled plan 0.47 M
# instructions, the coding 0.07 M more of the charmap pass)
LEGEND_MARKS = "粗黑"
# their codes: the C1 controls (U+0080–U+009F) but U+0085, a line break ``str.splitlines`` knows, then the controls
# U+0010–U+0017: no plan's text holds them, and ``latin_of`` drops them, so a byte of that range there is a mark's
_C1_CODES = [code for code in range(0x80, 0xA0) if code != 0x85]
_CONTROL_CODES = list(range(0x10, 0x18))
_CODES = dict(zip(RARE_MARKS + _CODED_SPACES + LEGEND_MARKS, _C1_CODES + _CONTROL_CODES, strict=True))
assert len(_CODES) == len(RARE_MARKS) + len(_CODED_SPACES) + len(LEGEND_MARKS)
# the characters ``latin_of`` keeps, each as its byte: every Latin-1 character but the C1 controls and those the
# coded spaces take, and the rare marks and spaces
_DECODING = "".join(
    chr(code) if code < 0x80 or code >= 0xA0 or code == 0x85 else "\ufffe" for code in range(256)
)  # (\ufffe: no character, for the codes no mark takes)
_DECODING = "".join(
    {code: mark for mark, code in _CODES.items()}.get(code, char) for code, char in enumerate(_DECODING)
)
_ENCODING = codecs.charmap_build(_DECODING)
_CODED = {char: bytes([code]) for code, char in enumerate(_DECODING) if char != "\ufffe"}


def latin_of(text: str) -> bytes:
    """The Latin-1 characters of ``text`` (but the C1 controls other than U+0085, and U+0010–U+0017), in order, as
    bytes, with each of ``RARE_MARKS``, of the spaces (``spaces_of``) and of ``LEGEND_MARKS`` coded as its code
    (``coded``) where it stands, every other character dropped. One charmap encoding in C:
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


# the bytes of ``RARE_SPACES`` in ``latin_of``'s, and the full-width space's
_RARE_SPACE_CODES = tuple(map(_CODED.__getitem__, RARE_SPACES))
_WIDE_SPACE_CODE = _CODED["\u3000"]


def spaces_of(latin: bytes | None) -> str | None:
    """The whitespace a text whose ``latin_of`` is ``latin`` holds besides ``\\n``, when it holds none of
    ``RARE_SPACES`` (its words are then split by those alone): ``" "`` (present or not), then ``\\t`` and
    ``\\u3000`` when present; None when it holds one of ``RARE_SPACES``, or ``latin`` is not known. ~24 ``memchr`` of the bytes, where a scan of a Chinese text for
    one space cost up to 0.8 M instructions.

    >>> spaces_of(latin_of("甲 乙\\t丙\\n")), spaces_of(latin_of("甲\\u3000乙")), spaces_of(latin_of("甲\\u2003乙"))
    (' \\t', ' \\u3000', None)
    """
    if latin is None or any([code in latin for code in _RARE_SPACE_CODES]):
        return None
    return " " + ("\t" if b"\t" in latin else "") + ("\u3000" if _WIDE_SPACE_CODE in latin else "")
