"""Units an office file marks by their format under a legend: bold runs, or runs in a font the legend names.

A plan's legend (``注：责任单位中字体加粗的为牵头单位，其余为配合单位``; ``黑体字为牵头单位，楷体字为配合单位``) gives the
format a unit is written in a role. :func:`run_legend` alone decides, for every reader, what a legend marks (bold,
or which font: round 50). A Word, WPS, Excel or HTML file keeps that format in its runs and styles (``w:b``,
``w:rFonts``, a Word style's, a rich-text cell's ``<b/>``, ``<strong>``, CSS); the readers of those files write such
a run between ``**`` as markdown writes bold, and :func:`marked_units` turns each unit so written in a list into a
unit marked ★ (lead) or ☆ (support), read as round 45's marks are (``source.bold_units``, round 47, for markdown's
own ``**``).
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import NamedTuple

from reformgraph.loaders.source import bold_legend, bold_units
from reformgraph.regexcache import compiled

# a legend naming the font a role's units are set in (黑体字为牵头单位，楷体字为配合单位; 以楷体标注的为配合部门)
_FONT_LEGEND = compiled(
    r"(黑体|楷体|仿宋|宋体)(?:_GB2312)?(?:字体|字)?(?:标注|标示|显示)?(?:的|者)?(?:单位|部门|处室|科室)?"
    r"(?:为|是|表示|系)(?:(牵头|主责|主办)|配合|协办)"
)


class RunLegend(NamedTuple):
    """What a legend makes a run's format say: ``font`` "" for bold, else the font's name (黑体); ``mark`` the role
    (``★`` lead, ``☆`` support); ``styles`` a Word file's styles that show their text in that format, each style id
    mapped to whether it does (through ``w:basedOn``: a run in the style Strong is bold as Word shows it, round 49;
    a paragraph style, round 50); ``base`` the id of the paragraph style a paragraph naming none is in (Normal), and
    ``default`` whether the document's defaults (``w:docDefaults``) show text so (round 50); ``tables`` a Word
    file's table styles that say so, each style id mapped to the parts that do ("" the whole table, ``firstRow``,
    ``firstCol``, ``lastRow``, ``lastCol``: ``w:tblStylePr``) and whether they show their text so (round 51), and
    the style's band sizes other than 1 ("Vert", "Horz": ``formats_docx.band_sizes``, round 55)."""

    font: str
    mark: str
    styles: Mapping[str, bool] = MappingProxyType({})
    base: str = ""
    default: bool = False
    tables: Mapping[str, Mapping[str, bool | int]] = MappingProxyType({})


# the words a legend giving a format a role holds one of (加粗, 粗体, 加黑, 黑体, 楷体字): a string holding none is not
# searched (a workbook's shared strings, a page's whole source)
LEGEND_WORDS = ("粗", "黑", "体")


def may_hold_legend(text: str) -> bool:
    """Whether ``text`` holds a word a legend of :func:`run_legend` needs (a cheap test before the search).

    >>> may_hold_legend("字体加黑的为牵头单位"), may_hold_legend("推进政务云资源整合")
    (True, False)
    """
    return any(word in text for word in LEGEND_WORDS)


def run_legend(text: str) -> RunLegend | None:
    """The legend in ``text`` giving a run's format in an office file (Word, WPS, Excel, HTML) a unit's role; None
    when there is none. The one place that decides, for every reader of such files, what a legend marks (round 50;
    before, each reader looked for 粗 first, so that ``字体加黑的为牵头单位`` was read in a text file only):

    - a font the legend names for the lead (``黑体字为牵头单位``): in an office file 黑体 is a font a run is set in
      (round 48 files11/06), never bold;
    - else bold (``source.bold_legend``: 加粗, 粗体, 标粗, 加黑);
    - else the font it names for the partners (``以楷体标注的为配合单位``).

    >>> run_legend("注：责任单位中字体加粗的为牵头单位，其余为配合单位。")[:2], run_legend("注：字体加黑的为牵头单位")[:2]
    (('', '★'), ('', '★'))
    >>> run_legend("责任单位中黑体字为牵头单位，楷体字为配合单位。")[:2], run_legend("以楷体标注的为配合单位")[:2]
    (('黑体', '★'), ('楷体', '☆'))
    >>> run_legend("用黑体字标注的为牵头单位")[:2], run_legend("字体加粗的为牵头单位，楷体字为配合单位")[:2]
    (('黑体', '★'), ('', '★'))
    >>> run_legend("加强具体工作的整体部署") is None, run_legend("整治黑臭水体，加黑色标识") is None
    (True, True)
    """
    fonts = (
        [RunLegend(m.group(1), "★" if m.group(2) else "☆") for m in _FONT_LEGEND.finditer(text)] if "体" in text else []
    )
    lead_font = next((f for f in fonts if f.mark == "★"), None)
    if lead_font is not None:
        return lead_font
    if mark := bold_legend(text):
        return RunLegend("", mark)
    return fonts[0] if fonts else None


def marked_units(text: str, mark: str) -> str:
    """``text`` whose runs in the legend's format a reader wrote between ``**`` with each unit so written in a list
    marked ``mark`` before its name; the other ``**`` (a bold title, a header cell) dropped. A list's break inside
    a span in the format is no part of a unit (a paragraph bold by its style, its 、 bold too: round 50).

    >>> marked_units("**区住房****城乡建设局**、区财政局", "★"), marked_units("**序号**", "★")
    ('★区住房城乡建设局、区财政局', '序号')
    >>> marked_units("**区文化旅游体育局、**区自然资源局", "★")
    '★区文化旅游体育局、区自然资源局'
    """
    joined = text.replace("****", "")
    if _BREAK_IN_SPAN.search(joined):
        joined = _SPAN.sub(lambda m: _LIST_BREAKS.sub(r"**\1**", m.group()), joined).replace("****", "")
    return bold_units(joined, mark).replace("**", "")


_SPAN = compiled(r"\*\*[^*]+\*\*")
_LIST_BREAKS = compiled(r"([、，,；;]+)")
_BREAK_IN_SPAN = compiled(r"\*\*[^*]*[、，,；;][^*]*\*\*")
