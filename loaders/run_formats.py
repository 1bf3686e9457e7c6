"""Units an office file marks by their format under a legend: bold runs, or runs in a font the legend names.

A plan's legend (``注：责任单位中字体加粗的为牵头单位，其余为配合单位``; ``黑体字为牵头单位，楷体字为配合单位``) gives the
format a unit is written in a role. A Word, WPS, Excel or HTML file keeps that format in its runs (``w:b``,
``w:rFonts``, a rich-text cell's ``<b/>``, ``<strong>``); the readers of those files write such a run between ``**``
as markdown writes bold, and :func:`marked_units` turns each unit so written in a list into a unit marked ★ (lead)
or ☆ (support), read as round 45's marks are (``source.bold_units``, round 47, for markdown's own ``**``).
"""

from __future__ import annotations

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
    (``★`` lead, ``☆`` support); ``styles`` the ids of a Word file's character styles that set their text bold (a run
    in the style Strong is bold as Word shows it, round 49)."""

    font: str
    mark: str
    styles: frozenset[str] = frozenset()


def run_legend(text: str) -> RunLegend | None:
    """The legend in ``text`` giving a run's format a unit's role (bold first; of a font legend, the lead's font
    when it names one); None when there is none.

    >>> run_legend("注：责任单位中字体加粗的为牵头单位，其余为配合单位。")[:2]
    ('', '★')
    >>> run_legend("责任单位中黑体字为牵头单位，楷体字为配合单位。")[:2], run_legend("以楷体标注的为配合单位")[:2]
    (('黑体', '★'), ('楷体', '☆'))
    >>> run_legend("加强具体工作的整体部署") is None
    True
    """
    if "粗" in text and (mark := bold_legend(text)):
        return RunLegend("", mark)
    if "体" not in text:
        return None
    found = [RunLegend(m.group(1), "★" if m.group(2) else "☆") for m in _FONT_LEGEND.finditer(text)]
    return next((f for f in found if f.mark == "★"), found[0] if found else None)


def marked_units(text: str, mark: str) -> str:
    """``text`` whose runs in the legend's format a reader wrote between ``**`` with each unit so written in a list
    marked ``mark`` before its name; the other ``**`` (a bold title, a header cell) dropped.

    >>> marked_units("**区住房****城乡建设局**、区财政局", "★"), marked_units("**序号**", "★")
    ('★区住房城乡建设局、区财政局', '序号')
    """
    return bold_units(text.replace("****", ""), mark).replace("**", "")
