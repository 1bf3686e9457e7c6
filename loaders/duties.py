"""Duties listed unit by unit: under a 职责分工 heading, a paragraph introduced by a unit's name is its task.

Plans often end with a 职责分工 / 责任分工 / 部门职责 section that gives each body its duties,
written three ways; each paragraph is a task that its units lead:

- ``区民防办：负责制定…`` — unit names, a colon, the duties;
- ``1.街道消委办。牵头开展…`` — an enumerated item that opens with the unit's name and a 。;
- ``（一）区绿化市容局`` on a heading line of its own, the duties in the paragraph after it.

Only a list of unit names introduces a duty paragraph: a department type (``城管执法部门``),
a label (``责任单位：``) or an addressee line with nothing after its colon never does.

>>> text = "区民防办：负责制定区级规划。"
>>> [(u.name, u.role) for u in read_duty(text, 0, len(text)).units]
[('区民防办', 'lead')]
>>> text = "1.派出所。配合开展关爱工作。"
>>> [(u.name, u.role) for u in read_duty(text, 0, len(text)).units]
[('派出所', 'lead')]
>>> heading = "（二）区建管委、区水务局等建设主管部门"
>>> [u.name for u in duty_heading(heading, 0, len(heading)).units]
['区建管委', '区水务局']
>>> duty_heading("（四）城管执法部门", 0, 9) is None, read_duty("各区人民政府：", 0, 7) is None
(True, True)
"""

from __future__ import annotations

import re

from reformgraph.loaders.assign import Assignment, read_units
from reformgraph.loaders.vocab import LABEL, is_collective, is_unit_name

# the heading of a section that lists duties unit by unit
DUTY_SECTION = re.compile(r"职责|分工|职能")
_ENUMERATOR = re.compile(
    r"(?:\d{1,3}[.．、](?!\d)|[（(][一二三四五六七八九十百\d]{1,4}[)）]|[一二三四五六七八九十百]{1,4}、|[①-⑳])"
)
_TYPE_NAME = re.compile(r"(?:部门|单位|机构|方面|地区|地方|企业|主体)$")
_HEAD_END = "：:。"
_MAX_HEAD = 60  # characters of unit names before the colon


def _units(text: str, start: int, end: int) -> Assignment | None:
    """``text[start:end]`` as a list of unit names that lead, or None when it is anything else."""
    if end - start < 2 or LABEL.match(text, start):
        return None
    units = read_units(text, start, end, default="lead")
    if not units or any(
        not is_unit_name(u.name) or (_TYPE_NAME.search(u.name) and not is_collective(u.name)) for u in units
    ):
        return None
    units = [u.with_role("lead") for u in units]
    return Assignment(units=tuple(units), anchor=units[0].pos)


def _body_start(text: str, start: int) -> int:
    m = _ENUMERATOR.match(text, start)
    return m.end() if m else start


def read_duty(text: str, start: int, end: int) -> Assignment | None:
    """The units of a paragraph ``text[start:end]`` that opens with unit names and ``：``/``。`` and goes on."""
    s = _body_start(text, start)
    for k in range(s, min(end, s + _MAX_HEAD)):
        if text[k] in _HEAD_END:
            if k + 1 >= end or not text[k + 1 : end].strip("。；; "):
                return None  # nothing after the colon: an addressee line
            return _units(text, s, k)
    return None


def duty_heading(text: str, start: int, end: int) -> Assignment | None:
    """The units of a heading ``text[start:end]`` that is only a list of unit names (``（一）区绿化市容局``)."""
    s = _body_start(text, start)
    if s == start or end - s > _MAX_HEAD:
        return None
    return _units(text, s, end)
