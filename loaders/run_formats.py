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

import colorsys
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
# a legend naming the colour a role's units are set in (round 65): 红色字体的为牵头单位, 标红的为牵头单位, 用蓝色标注的为
# 配合单位, 字体为红色的单位为牵头单位
_COLOUR_LEGEND = compiled(
    r"(?:([红蓝绿])色?(?:字体|字)?(?:标注|标示|标出|显示)?|标([红蓝绿])|字体为([红蓝绿])色)(?:的|者)?(?:单位|部门|处室|科室)?"
    r"(?:为|是|表示|系)(?:(牵头|主责|主办)|配合|协办)"
)
# each colour a legend names: the hues (degrees, from, to) a colour is seen as it in
_HUES = {"红": (340.0, 15.0), "绿": (75.0, 165.0), "蓝": (190.0, 250.0)}


class RunLegend(NamedTuple):
    """What a legend makes a run's format say: ``font`` "" for bold, else the font's name (黑体); ``mark`` the role
    (``★`` lead, ``☆`` support); ``styles`` a Word file's styles that show their text in that format, each style id
    mapped to whether it does (through ``w:basedOn``: a run in the style Strong is bold as Word shows it, round 49;
    a paragraph style, round 50); ``base`` the id of the paragraph style a paragraph naming none is in (Normal), and
    ``default`` whether the document's defaults (``w:docDefaults``) show text so (round 50); ``tables`` a Word
    file's table styles that say so, each style id mapped to the parts that do ("" the whole table, ``firstRow``,
    ``firstCol``, ``lastRow``, ``lastCol``: ``w:tblStylePr``) and whether they show their text so (round 51), and
    the style's band sizes other than 1 ("Vert", "Horz": ``formats_docx.band_sizes``, round 55); ``colour`` the
    colour a colour legend names (round 65: ``in_colour``)."""

    font: str
    mark: str
    styles: Mapping[str, bool] = MappingProxyType({})
    base: str = ""
    default: bool = False
    tables: Mapping[str, Mapping[str, bool | int]] = MappingProxyType({})
    colour: str = ""
    """The colour the legend names (红, 蓝, 绿: round 65), "" for a bold or font legend; ``font`` then "" too."""
    theme: tuple[str, ...] = ()
    """A workbook's theme colours by the index a ``<color theme>`` gives (round 66: ``sheet_stream.theme_colours``),
    set by the reader of an .xlsx under a colour legend."""


# the words a legend giving a format a role holds one of (加粗, 粗体, 加黑, 黑体, 楷体字): a string holding none is not
# searched (a workbook's shared strings, a page's whole source)
LEGEND_WORDS = ("粗", "黑", "体")
COLOUR_WORDS = ("红", "蓝", "绿")  # and those a colour legend holds one of (round 65)


def may_hold_legend(text: str, colours: bool = False) -> bool:
    """Whether ``text`` holds a word a legend of :func:`run_legend` needs (a cheap test before the search); with
    ``colours``, a colour legend's too.

    >>> may_hold_legend("字体加黑的为牵头单位"), may_hold_legend("推进政务云资源整合"), may_hold_legend("标红的为牵头单位", True)
    (True, False, True)
    """
    return any(word in text for word in LEGEND_WORDS) or (colours and any(word in text for word in COLOUR_WORDS))


def run_legend(text: str, colours: bool = False) -> RunLegend | None:
    """The legend in ``text`` giving a run's format in an office file (Word, WPS, Excel, HTML) a unit's role; None
    when there is none. The one place that decides, for every reader of such files, what a legend marks (round 50;
    before, each reader looked for 粗 first, so that ``字体加黑的为牵头单位`` was read in a text file only):

    - a font the legend names for the lead (``黑体字为牵头单位``): in an office file 黑体 is a font a run is set in
      (round 48 files11/06), never bold;
    - else bold (``source.bold_legend``: 加粗, 粗体, 标粗, 加黑);
    - else the font it names for the partners (``以楷体标注的为配合单位``);
    - else, for a reader that reads a run's colour (``colours``: Word, an .xlsx, an XML Spreadsheet; round 65), the
      colour it names (``红色字体的为牵头单位``, ``标红的为牵头单位``): before, such a legend marked nothing and every
      unit of a 责任单位 column led.

    >>> run_legend("注：责任单位中字体加粗的为牵头单位，其余为配合单位。")[:2], run_legend("注：字体加黑的为牵头单位")[:2]
    (('', '★'), ('', '★'))
    >>> run_legend("责任单位中黑体字为牵头单位，楷体字为配合单位。")[:2], run_legend("以楷体标注的为配合单位")[:2]
    (('黑体', '★'), ('楷体', '☆'))
    >>> run_legend("用黑体字标注的为牵头单位")[:2], run_legend("字体加粗的为牵头单位，楷体字为配合单位")[:2]
    (('黑体', '★'), ('', '★'))
    >>> run_legend("加强具体工作的整体部署") is None, run_legend("整治黑臭水体，加黑色标识") is None
    (True, True)
    >>> run_legend("注：责任单位中红色字体的为牵头单位", colours=True), run_legend("注：责任单位中标红的为牵头单位") is None
    (RunLegend(font='', mark='★', styles=mappingproxy({}), base='', default=False, tables=mappingproxy({}), colour='红', theme=()), True)
    >>> run_legend("传承红色基因，红色教育基地为牵头单位的重点", colours=True) is None
    True
    """
    fonts = (
        [RunLegend(m.group(1), "★" if m.group(2) else "☆") for m in _FONT_LEGEND.finditer(text)] if "体" in text else []
    )
    lead_font = next((f for f in fonts if f.mark == "★"), None)
    if lead_font is not None:
        return lead_font
    if mark := bold_legend(text):
        return RunLegend("", mark)
    if fonts:
        return fonts[0]
    if colours and any(word in text for word in COLOUR_WORDS):
        said = [m for m in _COLOUR_LEGEND.finditer(text)]
        lead = next((m for m in said if m.group(4)), said[0] if said else None)
        if lead is not None:
            return RunLegend("", "★" if lead.group(4) else "☆", colour=lead.group(1) or lead.group(2) or lead.group(3))
    return None


def in_colour(value: str | None, colour: str) -> bool:
    """Whether a run's colour as an office file writes it (``#FF0000``, ``FF0000``, an .xlsx's ARGB ``FFC00000``) is
    seen as ``colour`` (红, 蓝, 绿: a legend's): its hue in the colour's range, strong and bright enough (Excel's
    深红 ``C00000`` red, its 橙色 ``FFC000`` not; ``auto``, black, grey no colour).

    >>> in_colour("#FF0000", "红"), in_colour("FFC00000", "红"), in_colour("FFC000", "红"), in_colour("#000000", "红")
    (True, True, False, False)
    >>> in_colour("0070C0", "蓝"), in_colour("00B050", "绿"), in_colour("auto", "红"), in_colour(None, "红")
    (True, True, False, False)
    """
    digits = (value or "").lstrip("#")[-6:]
    if len(digits) != 6 or colour not in _HUES:
        return False
    try:
        red, green, blue = (int(digits[k : k + 2], 16) / 255 for k in (0, 2, 4))
    except ValueError:
        return False
    hue, saturation, brightness = colorsys.rgb_to_hsv(red, green, blue)
    if saturation < 0.5 or brightness < 0.35:
        return False
    low, high = _HUES[colour]
    degrees = hue * 360
    return low <= degrees <= high if low < high else degrees >= low or degrees <= high


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
