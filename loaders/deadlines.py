"""Deadlines (完成时限): as written → the last date the text allows, and a status.

>>> parse_deadline("2021年12月")
Deadline(raw='2021年12月', date='2021-12', status='scheduled')
>>> parse_deadline("2021年4月至9月").date
'2021-09'
>>> parse_deadline("第一阶段2021年12月；第二阶段2022年6月底").date
'2022-06'
>>> parse_deadline("已完成").status, parse_deadline("持续推进").status
('done', 'ongoing')
>>> parse_deadline("每季度，首次2022年3月31日前")
Deadline(raw='每季度，首次2022年3月31日前', date='2022-03-31', status='scheduled')
"""

from __future__ import annotations

import re

from reformgraph.records import Deadline

_TOKEN = re.compile(
    r"(?P<year>\d{4})\s*年?|(?P<month>\d{1,2})\s*月|(?P<day>\d{1,2})\s*日"
    r"|(?P<half>上半年|下半年)|(?P<quarter>第?[一二三四1-4]季度)|(?P<yearend>年底|年末)"
)
_QUARTER_END = {"一": 3, "二": 6, "三": 9, "四": 12, "1": 3, "2": 6, "3": 9, "4": 12}
_ONGOING = re.compile(r"持续|长期|常态|每(季度|月|年|半年)|适时|按照|依法依规|根据|定期")
_DONE = "已完成"


def _dates(text: str) -> list[str]:
    """Every date the text names, each as its last allowed day (month or day precision)."""
    out: list[tuple[int, int, int | None]] = []
    year: int | None = None
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup
        if kind == "year":
            year = int(m.group("year"))
            out.append((year, 12, None))  # a bare year allows the whole year
        elif year is None:
            continue
        elif kind == "month":
            month = int(m.group("month"))
            if 1 <= month <= 12:
                if (
                    out
                    and out[-1][0] == year
                    and out[-1][1] == 12
                    and out[-1][2] is None
                    and m.start() > 0
                    and text[max(0, m.start() - 1)] == "年"
                ):
                    out[-1] = (year, month, None)  # 2022年5月 refines the bare year
                else:
                    out.append((year, month, None))
        elif kind == "day" and out:
            y, mo, _ = out[-1]
            out[-1] = (y, mo, int(m.group("day")))
        elif kind == "half":
            out[-1] = (year, 6 if m.group("half") == "上半年" else 12, None)
        elif kind == "quarter":
            q = m.group("quarter").lstrip("第")[0]
            out[-1] = (year, _QUARTER_END[q], None)
        elif kind == "yearend":
            out[-1] = (year, 12, None)
    return [f"{y:04d}-{mo:02d}" + (f"-{d:02d}" if d else "") for y, mo, d in out]


def parse_deadline(raw: str | None) -> Deadline:
    """Normalise a 完成时限 value (None when the measure names none)."""
    if raw is None:
        return Deadline(None, None, None)
    text = re.sub(r"[\s*]+", "", raw).rstrip("。；;，,")
    if not text:
        return Deadline(None, None, None)
    dates = _dates(text)
    date = max(dates) if dates else None
    ongoing = bool(_ONGOING.search(text))
    if _DONE in text and not ongoing:
        status = "done"
    elif dates:
        status = "scheduled"
    elif ongoing:
        status = "ongoing"
    else:
        status = None
    return Deadline(text, date, status)
