"""The table of contents (目录): the skeleton of reform items and their sub-variants.

Every step is a linear scan from the end of the line (no regex that can backtrack over a
long run of dots or spaces).

>>> entries = parse_toc(["1. 开展改革事项工作方案..... ( 12 )",
...                      "3. 清除壁垒改革事项", "工作方案..... (19)", "3.1 政府采购..... (19)",
...                      "- 3.2 食品, 惩罚性赔偿..... (21)"], first_line=5)
>>> [e[:3] for e in entries]
[('1', '开展改革事项工作方案', 5), ('3', '清除壁垒改革事项工作方案', 6), ('3.1', '政府采购', 8), ('3.2', '食品，惩罚性赔偿', 9)]
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from reformgraph.loaders.compact import compact
from reformgraph.regexcache import compiled

_NUMBER = compiled(r"^[-*•]?(\d{1,3}(?:\.\d{1,2})?)[.．、]?(?=[^\d.])")
_LEADER_CHARS = ".．。…·"
_COMMA = compiled(r"\s*,\s*")
# Each pattern below opens with one character class (not a repeat, a lookbehind or a choice of them), so that
# ``re`` scans for its first character instead of trying the whole pattern at every position:
# 2+ leader characters, or one …; as ``[.．。…·]{2,}|…``
_LEADERS = compiled(r"[.．。…·](?:[.．。…·]+|(?<=…))")
# whitespace after or before a non-ASCII character; as ``(?<=[^\x00-\x7f])\s+|\s+(?=[^\x00-\x7f])``
_CJK_SPACE = compiled(r"\s(?:(?<=[^\x00-\x7f]\s)\s*|\s*(?=[^\x00-\x7f]))")
_SPACES = compiled(r"\s\s*")  # as \s+
# whitespace between two ASCII characters: as ``any(a[-1].isascii() and b[0].isascii() for a, b in
# zip(words, words[1:]))`` over the words of a stripped text (``\s`` is ``str.split``'s whitespace), in one C pass
_ASCII_GAP = compiled(r"[^\s\x80-\U0010ffff]\s+[^\s\x80-\U0010ffff]")
_ENTRY_NUMBER = compiled(r"^[-*•\s]*\d{1,3}(?:\.\d{1,2})?[.．、]?")
# The usual entry, whole on its line: a number at the line's start (maybe after spaces and a - or •), its mark, the
# title (a word, or words between spaces: no leader character, * or \\, first not a digit, a mark nor a comma), two or
# more leader characters in a row and an ASCII page number in brackets, spaces between the parts. ``parse_toc``
# reads such a line from one match of ``_USUAL_HEAD``: its number as ``_NUMBER`` and ``_ENTRY_NUMBER`` read it (its
# item and its sub-variant's part as groups of their own: ``TocEntry.parent`` and ``is_variant``), its title as
# ``_clean_stripped`` cleans it (a title of one word and no comma is itself). An entry over lines: its first line the
# same up to the title, which does not end in a bracket (no page reference, compacted or not: the entry goes on; its
# title, the rule's body without the spaces before it, which joining the lines strips), and its last line
# (``_USUAL_LAST``) the title's rest, the leaders and the page. Both are one match (the page reference, or the line's
# end): a line is tried once, where a first line cost two tries (the bundled plan's table of contents 2.11 → 1.92 M
# instructions with the comma titles read from the match and its empty lines not tried; session 54). Equal to the
# rule: ``tests/test_fast_paths_perfwork60.py``, ``tests/test_fast_paths_perfwork70.py``. The title's repeats are
# possessive: what they could give back is a title's character, which neither a space nor a leader (nor, on a first
# line, the line's end) may follow, so no state is kept to give it back (the bundled plan's usual entries 1.62 →
# 1.08 M instructions; session 47; the same matches: ``tests/test_fast_paths_perfwork63.py``).
_TITLE_CHAR = r"[^\s.．。…·,*\\]"
_TITLE = rf"{_TITLE_CHAR}*+(?:[ \t]+{_TITLE_CHAR}++)*+"  # after its first character
_HEAD_TITLE_CHAR = r"[^\s.．。…·*\\]"  # ``_TITLE_CHAR`` or a comma
_HEAD_TITLE = rf"{_HEAD_TITLE_CHAR}*+(?:[ \t]+{_HEAD_TITLE_CHAR}++)*+"  # ``_TITLE``, commas allowed
_ENTRY_HEAD = r"[ \t]*(?:[-•][ \t]*)?((\d{1,3})(\.\d{1,2})?)[.．、]?"  # the number: its item, its sub-variant's part
_PAGE = r"[ \t]*[.．。…·]{2,}[ \t]*[(（][ \t]*[0-9]{1,4}[ \t]*[)）]\s*"  # leaders and the page reference
# its groups: the number, its item, its sub-variant's part (None for an item), the title, and an empty group after the
# page reference (None on a first line)
_USUAL_HEAD = compiled(rf"{_ENTRY_HEAD}[ \t]*([^\s\d.．。…·、,*\\]{_HEAD_TITLE})(?:{_PAGE}()|(?<![)）])\s*)")
_USUAL_LAST = compiled(rf"[ \t]*({_TITLE_CHAR}{_TITLE}){_PAGE}")


class TocEntry(NamedTuple):
    """One numbered line of the table of contents (an item "3" or a sub-variant "3.1").

    ``is_variant`` and ``parent`` follow from ``number``: they are fields, set once by ``parse_toc``,
    because the workplan reader asks for them several times per entry (a property is a Python call each time).
    ``parse_toc`` makes these fields as plain tuples (a tuple literal costs no ``tuple.__new__`` call, and an exact
    tuple is indexed and unpacked by the specialised bytecode), read by index; ``TocEntry(*e)`` names them.

    >>> [TocEntry(*e) for e in parse_toc(["3.1 政府采购..... (19)"], first_line=8)]
    [TocEntry(number='3.1', title='政府采购', line=8, is_variant=True, parent='3')]
    """

    number: str
    title: str
    line: int
    is_variant: bool  # "." in number
    parent: str  # the item a sub-variant belongs to ("3" for "3.1"); the number itself for an item


TocEntryFields = tuple[str, str, int, bool, str]  # a ``TocEntry``'s fields in order, as a plain tuple


def page_ref_start(text: str) -> int | None:
    """Where a trailing page reference ``..... ( 12 )`` starts in ``text`` (spaces allowed), else None.

    Each run (spaces, digits, spaces) is stripped off by one C call; a run of digits that ends in a digit
    beyond ASCII (``str.isdigit``: ``１``, ``²``) is counted by ``_page_ref_walk``, the plain loop.

    >>> page_ref_start("方案..... ( 12 )"), page_ref_start("方案（１２）"), page_ref_start("方案(12345)")
    (8, 2, None)
    """
    tail = text.rstrip()
    if not tail or tail[-1] not in ")）":
        return None
    number = tail[:-1].rstrip()  # up to the last digit
    before = number.rstrip("0123456789")
    if before[-1:].isdigit():  # a digit beyond ASCII before the ASCII ones
        return _page_ref_walk(text)
    if not 1 <= len(number) - len(before) <= 4:
        return None
    before = before.rstrip()
    if not before or before[-1] not in "(（":
        return None
    return len(before) - 1


def _page_ref_walk(text: str) -> int | None:
    """``page_ref_start`` as a walk back over the characters (any digit ``str.isdigit`` takes)."""
    end = len(text.rstrip())
    if end == 0 or text[end - 1] not in ")）":
        return None
    i = end - 1
    j = i - 1
    while j >= 0 and text[j].isspace():
        j -= 1
    digits_end = j + 1
    while j >= 0 and text[j].isdigit():
        j -= 1
    if not 1 <= digits_end - (j + 1) <= 4:
        return None
    while j >= 0 and text[j].isspace():
        j -= 1
    if j < 0 or text[j] not in "(（":
        return None
    return j


def is_toc_line(line: str) -> bool:
    """True for a line that ends with a page reference such as ``..... ( 12 )``.

    The line is compacted only when its last character that compacting keeps closes a bracket.

    >>> is_toc_line("1. 方案..... ( 12 ) **"), is_toc_line("1. 方案。"), is_toc_line("#")
    (True, False, False)
    """
    tail = line.rstrip()
    while tail[-1:] in ("*", "\\"):
        tail = tail[:-1].rstrip()
    if tail[-1:] not in (")", "）"):
        return False
    return page_ref_start(compact(line)) is not None


def clean_title(text: str) -> str:
    """Drop dot leaders, the page reference and whitespace between CJK characters."""
    text = text.strip()
    return _clean_stripped(text, page_ref_start(text))


def _clean_stripped(text: str, ref: int | None) -> str:
    """``clean_title`` of a stripped ``text`` whose page reference starts at ``ref`` (``page_ref_start``)."""
    if ref is not None:
        text = text[:ref].rstrip()
        run = len(text) - len(text.rstrip(_LEADER_CHARS))
        if run >= 2 or (run == 1 and text[-1] == "…"):
            text = text[:-run].rstrip()
    if "." in text or "．" in text or "。" in text or "…" in text or "·" in text:  # a leader character to drop
        text = _drop_leaders(text)
    text = text.strip()
    words = text.split()
    if len(words) == 1 or not words:  # no whitespace inside: the only case the two space rules change
        return (_COMMA.sub("，", text) if "," in text else text).strip(" *")
    if "," not in text and not _ASCII_GAP.search(text):
        # each run of whitespace touches a non-ASCII character: _CJK_SPACE drops it whole, whatever it holds
        return "".join(words).strip(" *")
    text = _CJK_SPACE.sub("", text)
    if "," in text:
        text = _COMMA.sub("，", text)
    return _SPACES.sub(" ", text).strip(" *")


def _usual_title(text: str) -> str:
    """``_clean_stripped(text, None)`` of a usual entry's title (the usual patterns' title, or a first line's and a
    last line's joined by a space and stripped): words of no leader character, comma, ``*`` nor ``\\`` between spaces.
    Two words of which the first does not end or the second does not begin in ASCII are joined (what
    ``_clean_stripped`` makes of them: each run of whitespace touches a non-ASCII character); any other title is
    cleaned by ``_clean_stripped``. Equal to it: ``tests/test_fast_paths_perfwork64.py``.

    >>> _usual_title("推动互认 改革事项工作方案"), _usual_title("加强 CA 证书"), _usual_title("CCC 免办"), _usual_title("CCC ABC")
    ('推动互认改革事项工作方案', '加强CA证书', 'CCC免办', 'CCC ABC')
    """
    words = text.split()
    if len(words) == 2 and not (words[0][-1].isascii() and words[1][0].isascii()):
        return words[0] + words[1]
    return _clean_stripped(text, None)


def _drop_leaders(text: str) -> str:
    """Remove runs of two or more leader characters (and any …); one pass over a character class."""
    return _LEADERS.sub("", text)


def parse_toc(lines: Sequence[str], first_line: int = 1) -> list[TocEntryFields]:
    """Numbered entries of a table of contents; an entry may span several lines."""
    entries: list[TocEntryFields] = []
    pending: tuple[str, list[str], int] | None = None
    for offset, raw in enumerate(lines):
        if not raw:  # an empty line: read as no part of an entry by every path below (one test, no try)
            continue
        if pending is None:
            usual = _USUAL_HEAD.fullmatch(raw)
            if usual is not None:
                number, item, sub, title, paged = usual.groups()
                if paged is not None:  # the usual entry, whole
                    if "," in title:
                        title = _clean_stripped(title, None)
                    elif " " in title or "\t" in title:
                        title = _usual_title(title)
                    entries.append((number, title, first_line + offset, sub is not None, item))
                    continue
                pending = (number, [title], first_line + offset)  # its first line, going on in the next
                continue
        elif (usual := _USUAL_LAST.fullmatch(raw)) is not None:  # the usual entry's last line
            number, parts, line = pending
            parts.append(usual[1])
            title = _usual_title(" ".join(parts).strip())
            entries.append((number, title, line, "." in number, number.split(".")[0]))
            pending = None
            continue
        text = raw.strip().strip("*").strip()
        if not text:
            continue
        if pending is None:
            squeezed = compact(text)
            m = _NUMBER.match(squeezed)
            if not m:
                continue
            number_end = _ENTRY_NUMBER.match(text)  # the number dropped, as ``_ENTRY_NUMBER.sub("", text, count=1)``
            body = text[number_end.end() :] if number_end else text
            # the entry's first line, its only part: its reference (if any) is in this line's own words
            joined = body.strip()
            ref = page_ref_start(joined)  # the title's own (``clean_title``), before the line is compacted
            if ref is None and page_ref_start(squeezed) is None:  # goes on in the next line
                pending = (m.group(1), [body], first_line + offset)
                continue
            number, line = m.group(1), first_line + offset
        else:  # a line that goes on with the entry: compacted only if its page reference is looked for
            number, parts, line = pending
            parts.append(text)
            joined = " ".join(parts).strip()
            ref = page_ref_start(joined)
            # is_toc_line: a reference in this line's own words is one once compacted (spaces go, its digits stay)
            if (ref is None or ref < len(joined) - len(text)) and page_ref_start(compact(text)) is None:
                continue
            pending = None
        entries.append((number, _clean_stripped(joined, ref), line, "." in number, number.split(".")[0]))
    return entries
