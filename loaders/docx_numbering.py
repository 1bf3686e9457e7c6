"""Word's automatic numbering (``numbering.xml``), written out as the reader of the page sees it.

A Word plan numbers its headings and tasks with list numbering more often than by typing ``一、`` and ``1.``: the
paragraph's text then holds no number, and a plan read from it lost its sections (``一、重点任务``) and the
numbers that start its tasks. Each numbered paragraph (its own ``w:numPr``, or its style's) gets the text of its
level (``w:lvlText``: ``%1、``, ``（%1）``, ``%1.``, ``第%1条``), each ``%k`` the count of level k in that level's
format: ``chineseCounting`` 一二三, ``decimal`` 1 2 3, ``decimalEnclosedCircle`` ①②③, letters, roman numerals.
A bullet gives nothing (list marks are dropped anyway).

Counts are kept per abstract list, as Word keeps them: a level counts on across paragraphs and lists that share
its definition, and restarts below a level that counts (``（一）`` under a new ``二、``); a list with a start
override restarts where it is first used.

>>> n = Numbering({"1": {0: Level(1, "chineseCounting", "%1、"), 1: Level(1, "chineseCounting", "（%2）")}},
...               {"7": ("1", {})})
>>> [n.label("7", level) for level in (0, 1, 1, 0, 1)]
['一、', '（一）', '（二）', '二、', '（一）']
"""

from __future__ import annotations

from dataclasses import dataclass, field

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_DIGITS = "零一二三四五六七八九"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_ENCLOSED = "㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩"  # ideographEnclosedCircle
_STEMS = "甲乙丙丁戊己庚辛壬癸"  # ideographTraditional: the heavenly stems
_BRANCHES = "子丑寅卯辰巳午未申酉戌亥"  # ideographZodiac: the earthly branches
# the formats Word and LibreOffice write for 一二三 (LibreOffice saves its 一二三 as taiwaneseCountingThousand)
_CHINESE_COUNTS = frozenset(
    (
        "chineseCounting",
        "chineseCountingThousand",
        "japaneseCounting",
        "chineseLegalSimplified",
        "taiwaneseCounting",
        "taiwaneseCountingThousand",
        "koreanCounting",
        "ideographDigital",
        "japaneseDigitalTenThousand",
    )
)
_ROMAN = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl")]
_ROMAN += [(10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
_LARGEST = 9999  # a count past this is written in digits, whatever the format (a hostile start value)


@dataclass(frozen=True)
class Level:
    """One level of a list: where it starts, how its count is written, and its text (``%1、``); ``legal``: Word's
    legal style (``w:isLgl``), every count in the level's text written in digits (``1.2`` under ``一、``)."""

    start: int
    format: str
    text: str
    legal: bool = False


def chinese_number(n: int) -> str:
    """``n`` (1–9999) in Chinese counting: 一, 十, 十一, 二十一, 一百零五.

    >>> [chinese_number(n) for n in (1, 10, 11, 20, 21, 105, 110, 2024)]
    ['一', '十', '十一', '二十', '二十一', '一百零五', '一百一十', '二千零二十四']
    """
    if n < 10:
        return _DIGITS[n]
    if n < 20:
        return "十" + (_DIGITS[n - 10] if n > 10 else "")
    out = ""
    zero = False
    for value, name in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit, n = divmod(n, value)
        if digit:
            out += ("零" if zero and out else "") + _DIGITS[digit] + name
            zero = False
        else:
            zero = bool(out)
    return out


def format_count(n: int, fmt: str) -> str:
    """A level's count in its ``w:numFmt``; digits for a format not known here or a count out of its range.

    >>> [format_count(3, f) for f in ("decimal", "chineseCounting", "decimalEnclosedCircle", "lowerLetter", "upperRoman")]
    ['3', '三', '③', 'c', 'III']
    >>> [format_count(2, f) for f in ("taiwaneseCountingThousand", "ideographTraditional", "ideographEnclosedCircle")]
    ['二', '乙', '㈡']
    >>> format_count(2, "ideographZodiac")
    '丑'
    """
    if fmt == "bullet":
        return ""
    if n < 1 or n > _LARGEST:
        return str(n)
    if fmt in _CHINESE_COUNTS:
        return chinese_number(n)
    if fmt == "ideographEnclosedCircle" and n <= len(_ENCLOSED):
        return _ENCLOSED[n - 1]
    if fmt == "ideographTraditional" and n <= len(_STEMS):
        return _STEMS[n - 1]
    if fmt == "ideographZodiac" and n <= len(_BRANCHES):
        return _BRANCHES[n - 1]
    if fmt in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese") and n <= len(_CIRCLED):
        return _CIRCLED[n - 1]
    if fmt in ("lowerLetter", "upperLetter"):
        letters = ""
        while n:
            n, r = divmod(n - 1, 26)
            letters = chr(ord("a") + r) + letters
        return letters if fmt == "lowerLetter" else letters.upper()
    if fmt in ("lowerRoman", "upperRoman"):
        roman = ""
        for value, letters in _ROMAN:
            while n >= value:
                roman, n = roman + letters, n - value
        return roman if fmt == "lowerRoman" else roman.upper()
    return str(n)


@dataclass
class Numbering:
    """The lists of a document (abstract list id → its levels; list id → (abstract id, start overrides)), with
    the counts so far."""

    abstract: dict[str, dict[int, Level]]
    lists: dict[str, tuple[str, dict[int, int]]]
    counts: dict[str, list[int]] = field(default_factory=dict)
    restarted: set[str] = field(default_factory=set)

    @classmethod
    def from_xml(cls, root, style_numbers: dict[str, tuple[str, int]] | None = None) -> Numbering:
        """The lists of a ``w:numbering`` element (None: a document with no numbering part). ``style_numbers``
        (``style_numbering``) gives the list a list style numbers with: an abstract list that only links to a list
        style (``w:numStyleLink``, Word's 定义新的列表样式) counts as the list the style's definition holds."""
        abstract: dict[str, dict[int, Level]] = {}
        lists: dict[str, tuple[str, dict[int, int]]] = {}
        linked: dict[str, str] = {}  # abstract list id → the list style it takes its levels from
        if root is None:
            return cls(abstract, lists)
        for definition in root.iterchildren(W + "abstractNum"):
            levels = {}
            for lvl in definition.iterchildren(W + "lvl"):
                level = _number(lvl.get(W + "ilvl"))
                if level is None or level > 8:
                    continue
                start, text = _number(_val(lvl, "start")) or 1, _val(lvl, "lvlText") or ""
                levels[level] = Level(start, level_format(lvl), text, _switched_on(lvl.find(W + "isLgl")))
            abstract[definition.get(W + "abstractNumId", "")] = levels
            if not levels and (style := _val(definition, "numStyleLink")):
                linked[definition.get(W + "abstractNumId", "")] = style
        for num in root.iterchildren(W + "num"):
            overrides = {}
            for override in num.iterchildren(W + "lvlOverride"):
                level, start = _number(override.get(W + "ilvl")), _number(_val(override, "startOverride"))
                if level is not None and start is not None:
                    overrides[level] = start
            lists[num.get(W + "numId", "")] = (_val(num, "abstractNumId") or "", overrides)
        if linked and style_numbers:
            lists = {k: (_style_list(a, linked, lists, style_numbers), o) for k, (a, o) in lists.items()}
        return cls(abstract, lists)

    def label(self, list_id: str, level: int) -> str:
        """The number a paragraph of list ``list_id`` at ``level`` shows, counting it."""
        found = self.lists.get(list_id)
        if found is None or not 0 <= level <= 8:
            return ""
        abstract_id, overrides = found
        levels = self.abstract.get(abstract_id, {})
        if level not in levels:
            return ""
        counts = self.counts.setdefault(abstract_id, [0] * 9)
        if list_id not in self.restarted and overrides:
            self.restarted.add(list_id)
            for k, start in overrides.items():
                if 0 <= k <= 8:
                    counts[k] = start - 1
        start = levels[level].start
        counts[level] = max(counts[level], start - 1) + 1
        for deeper in range(level + 1, 9):  # a level that counts restarts those below it
            counts[deeper] = 0
        text = levels[level].text
        legal = levels[level].legal  # legal style: each level's count in digits (1.2 under 一、)
        for k in range(level + 1):
            if f"%{k + 1}" in text:
                shown = levels.get(k)
                value = counts[k] if counts[k] else (shown.start if shown else 1)
                fmt = shown.format if shown else "decimal"
                text = text.replace(f"%{k + 1}", format_count(value, "decimal" if legal and fmt != "bullet" else fmt))
        return "" if levels[level].format == "bullet" else text

    def paragraph_label(self, p, style_numbers: dict[str, tuple[str, int]]) -> str:
        """The number paragraph ``p`` (a ``w:p``) shows: its own ``w:numPr``, else its style's; "" for none."""
        ppr = p.find(W + "pPr")
        numpr = ppr.find(W + "numPr") if ppr is not None else None
        if numpr is not None:
            list_id = _val(numpr, "numId")
            level = _number(_val(numpr, "ilvl")) or 0
        else:
            style = ppr.find(W + "pStyle") if ppr is not None else None
            found = style_numbers.get(style.get(W + "val", "")) if style is not None else None
            if found is None:
                return ""
            list_id, level = found
        if not list_id or list_id == "0":  # numId 0: numbering removed
            return ""
        return self.label(list_id, level)


def style_numbering(styles_root) -> dict[str, tuple[str, int]]:
    """Style id → (list id, level) of the styles that number their paragraphs (heading styles often do)."""
    out: dict[str, tuple[str, int]] = {}
    if styles_root is None:
        return out
    for style in styles_root.iterchildren(W + "style"):
        ppr = style.find(W + "pPr")
        numpr = ppr.find(W + "numPr") if ppr is not None else None
        if numpr is not None and _val(numpr, "numId"):
            out[style.get(W + "styleId", "")] = (_val(numpr, "numId") or "", _number(_val(numpr, "ilvl")) or 0)
    return out


def level_format(lvl) -> str:
    """A list level's ``w:numFmt``, also when Word wrote it in an ``mc:AlternateContent`` (a custom format, 一, 二, 三,
    ..., for Word 2010 and later, its fallback for the others): a custom format of Chinese numerals is
    ``chineseCounting``, any other the fallback's.

    >>> from docx.oxml import parse_xml
    >>> ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' \\
    ...      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
    >>> level_format(parse_xml(f'<w:lvl {ns}><mc:AlternateContent><mc:Choice Requires="w14"><w:numFmt w:val="custom" '
    ...     'w:format="一, 二, 三, ..."/></mc:Choice><mc:Fallback><w:numFmt w:val="decimal"/></mc:Fallback>'
    ...     '</mc:AlternateContent></w:lvl>'))
    'chineseCounting'
    """
    direct = _val(lvl, "numFmt")
    if direct is not None:
        return direct
    alternate = lvl.find(MC + "AlternateContent")
    if alternate is None:
        return "decimal"
    choice = alternate.find(f"{MC}Choice/{W}numFmt")
    if choice is not None and choice.get(W + "val") == "custom" and (choice.get(W + "format") or "")[:1] in "一壹〇零":
        return "chineseCounting"
    fallback = alternate.find(f"{MC}Fallback/{W}numFmt")
    return (fallback.get(W + "val") if fallback is not None else None) or "decimal"


def _style_list(
    abstract_id: str,
    linked: dict[str, str],
    lists: dict[str, tuple[str, dict[int, int]]],
    style_numbers: dict[str, tuple[str, int]],
) -> str:
    """The abstract list whose levels a list linking to a list style (``w:numStyleLink``) counts with: the one
    behind the list the style's own ``w:numPr`` names; ``abstract_id`` itself when there is none.

    >>> _style_list("1", {"1": "TaskList"}, {"5": ("2", {}), "6": ("1", {})}, {"TaskList": ("5", 0)})
    '2'
    >>> _style_list("1", {"1": "Missing"}, {}, {}), _style_list("2", {}, {}, {})
    ('1', '2')
    """
    style = linked.get(abstract_id)
    found = style_numbers.get(style) if style else None
    target = lists.get(found[0]) if found else None
    return target[0] if target is not None and target[0] not in linked else abstract_id


def _switched_on(flag) -> bool:
    """Whether a Word on/off element (``<w:isLgl/>``, ``<w:isLgl w:val="0"/>``) is present and on."""
    return flag is not None and flag.get(W + "val", "1") not in ("0", "false", "off")


def _val(element, tag: str) -> str | None:
    child = element.find(W + tag)
    return child.get(W + "val") if child is not None else None


def _number(value: str | None) -> int | None:
    return int(value) if value is not None and value.isdigit() and len(value) <= 9 else None
