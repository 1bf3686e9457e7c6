"""A whitespace-free view of a span of lines that still knows its line numbers.

OCR'd documents break words across lines and pages (``牵头单\\n\\n位``); matching
on the compact text survives that, and ``line_at`` maps a match back to the
1-based source line.

>>> c = CompactText.from_lines(["（牵头单", "", "位：市财政局）"], first_line=10)
>>> c.text
'（牵头单位：市财政局）'
>>> c.line_at(c.text.index("位"))
12
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from reformgraph.loaders.text_marks import holds_coded
from reformgraph.regexcache import compiled


def compact(line: str) -> str:
    """Remove whitespace and markdown noise from one line.

    >>> compact("#### **五、责任单位 及责任人**")
    '五、责任单位及责任人'
    """
    text = "".join(line.split())  # every Unicode space, the full-width one included
    return text.lstrip("#").replace("*", "").replace("\\", "")


# characters no one sees that a web editor or a copy from a page leaves inside words (a 微信公众号 editor's zero-width
# space, a BOM pasted mid-text, a soft hyphen, direction marks): 区市场\u200b监管局 is 区市场监管局
_INVISIBLE = "\u200b\ufeff\u200c\u200d\u2060\u00ad\u200e\u200f"
_INVISIBLE_TABLE = dict.fromkeys(map(ord, _INVISIBLE))


def without_invisible(text: str, latin: bytes | None = None) -> str:
    """``text`` without the characters that show nothing inside a word (round 43: before, a unit holding a
    zero-width space was a unit of its own name, unresolved); ``latin``: ``text_marks.latin_of(text)``, when made
    (each of them is kept there: eight scans of the bundled plan's text cost 1.8 M instructions, ``\ufeff``'s low
    byte being the high byte of every full-width mark).

    >>> without_invisible("区市场\u200b监管局、区\ufeff税务局"), without_invisible("区税务局")
    ('区市场监管局、区税务局', '区税务局')
    >>> from reformgraph.loaders.text_marks import latin_of
    >>> without_invisible("区\u200c税务局", latin_of("区\u200c税务局")), without_invisible("区税务局", b"")
    ('区税务局', '区税务局')
    """
    if any([holds_coded(text, c, latin) for c in _INVISIBLE]):  # scans in C; most texts hold none
        return text.translate(_INVISIBLE_TABLE)
    return text


_STRUCK = compiled(r"~~[^~\n]+~~")


def without_struck(text: str) -> str:
    """``text`` without its markdown strikethrough (``~~县审计局~~``): words an office deleted in its working copy, as
    Word's struck runs and a page's ``<s>``/``<del>``/``<strike>`` are (round 44: before, ``~~县审计局~~`` was a unit).
    Lines stay where they are: a struck span holds no line break. Only a text or markdown file's: ``~~`` is
    markdown's mark (a Word paragraph or a PDF's text strikes its words through by formatting).

    >>> without_struck("配合单位：~~县审计局~~、各项目建设单位"), without_struck("2024年~2025年")
    ('配合单位：、各项目建设单位', '2024年~2025年')
    """
    return _STRUCK.sub("", text) if "~~" in text else text


@dataclass(frozen=True)
class CompactText:
    """Concatenated compact lines; ``starts[i]`` is where source line ``lines[i]`` begins."""

    text: str
    starts: tuple[int, ...]
    lines: tuple[int, ...]

    @classmethod
    def from_lines(cls, lines: Sequence[str], first_line: int = 1) -> CompactText:
        return cls.from_compacts([compact(line) for line in lines], first_line)

    @classmethod
    def from_compacts(cls, compacts: Sequence[str], first_line: int = 1) -> CompactText:
        """Like ``from_lines`` for lines already passed through ``compact``."""
        parts: list[str] = []
        starts: list[int] = []
        numbers: list[int] = []
        pos = 0
        for offset, piece in enumerate(compacts):
            if not piece:
                continue
            starts.append(pos)
            numbers.append(first_line + offset)
            parts.append(piece)
            pos += len(piece)
        return cls("".join(parts), tuple(starts), tuple(numbers))

    def line_at(self, pos: int) -> int:
        """1-based source line of the character at ``pos``."""
        if not self.lines:
            return 0
        return self.lines[max(0, bisect_right(self.starts, pos) - 1)]

    def line_span(self, pos: int) -> tuple[int, int, int]:
        """(1-based line, start offset, end offset) of the line holding the character at ``pos``."""
        if not self.lines:
            return 0, 0, 0
        i = max(0, bisect_right(self.starts, pos) - 1)
        end = self.starts[i + 1] if i + 1 < len(self.starts) else len(self.text)
        return self.lines[i], self.starts[i], end

    def is_line_start(self, pos: int) -> bool:
        i = bisect_right(self.starts, pos) - 1
        return i >= 0 and self.starts[i] == pos


# a note's mark set above the line: 1, [1], ①, *, ※, 注1
_NOTE_MARK = compiled(r"\s*(?:\[?\d{1,2}\]?|[\u2460-\u2473*※]|注\d{1,2})\s*")


def note_mark(raised: str, before: str) -> bool:
    """Whether the text of a superscript (``<sup>``, Word's 上标) is a note's mark: a number or sign raised right after
    a Chinese word (``县财政局<sup>1</sup>``: round 46, before, the unit ``县财政局1``), no word of the text. After a
    Latin letter or a digit it is an exponent (``m<sup>2</sup>``) and stays.

    >>> note_mark("1", "县财政局"), note_mark("[2]", "改革"), note_mark("※", "局"), note_mark("2", "10万m")
    (True, True, True, False)
    >>> note_mark("注1", "县财政局"), note_mark("牵头", "县财政局")
    (True, False)
    """
    last = before.rstrip()[-1:]
    return "\u4e00" <= last <= "\u9fff" and _NOTE_MARK.fullmatch(raised) is not None
