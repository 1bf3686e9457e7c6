"""The fast paths of session 51's deadline reading (helper perffinal67) stand for the rules they skip:
``deadlines.usual_field`` (a year and a month in ASCII digits, or plain words, read with no clean-up) equals
``parse_deadline`` wherever it answers, and ``tasks._field_deadline`` with it equals ``_field_deadline`` without it
under every kind of conventions; ``date_words.latest`` (one date taken as it is, a month's last day from a table
but February's) equals the latest by ``monthrange``. Each check compares fast against slow on the bundled plan's
fields and on seeded random inputs, so that this fails if they ever differ."""

from __future__ import annotations

import random
from calendar import monthrange

import pytest

from reformgraph.loaders import deadlines, tasks
from reformgraph.loaders.assignments import index_assignments
from reformgraph.loaders.date_words import latest
from reformgraph.loaders.deadlines import parse_deadline, usual_field
from reformgraph.loaders.pipeline import BUNDLED_DOCUMENT
from reformgraph.loaders.plan_periods import CampaignPeriod
from reformgraph.loaders.read import decode_text
from reformgraph.loaders.source import Source
from reformgraph.loaders.tasks import Conventions, _field_deadline
from reformgraph.loaders.workplans import read_workplans


def _bundled_fields() -> list[str]:
    """The bundled plan's deadline fields (62 distinct)."""
    source = Source.from_text(decode_text(BUNDLED_DOCUMENT.read_bytes()))
    sections = read_workplans(source, index_assignments(source)).sections
    return sorted({d[2][1] for s in sections for d in s.drafts if d[2][1]})


def _year_months() -> list[str]:
    """Years and months written every way ``_YEAR_MONTH`` reads them and a few it does not (full-width digits, a month
    of 0, 13 or three digits, a year out of 1900–2099), with words before or after."""
    years = ["1899", "1900", "1999", "2000", "2022", "2099", "2100", "２０２２", "22", "20225"]
    months = ["0", "00", "1", "01", "6", "06", "9", "09", "10", "12", "13", "012", "６", "１２"]
    out = [f"{y}年{m}月" for y in years for m in months]
    return (
        out + [f"{t}底前" for t in out] + [f"力争{t}" for t in out] + [f"{t}，" for t in out] + [f" {t}" for t in out]
    )


_PLAIN = "长期持续推进坚开展动已完成常态化实施取得阶段性成果效善并，,"
_OTHER = [
    "前",
    "间",
    "日",
    "天",
    "周",
    "期",
    "夕",
    "月",
    "年",
    "底",
    "每",
    "季度",
    " ",
    "*",
    "。",
    "）",
    "（",
    "6",
    "节",
]


def _random_fields(rng: random.Random, count: int) -> list[str]:
    """Plain words, with a year and month before them or not, and now and then a character of another reading."""
    out = []
    for _ in range(count):
        words = "".join(rng.choice(_PLAIN) for _ in range(rng.randint(0, 9)))
        if rng.random() < 0.3:
            at = rng.randint(0, len(words))
            words = words[:at] + rng.choice(_OTHER) + words[at:]
        head = rng.choice(["", "", "2022年5月", "2026年12月", "2026年13月", "2026年", "5月"])
        out.append(head + words)
    return out


def _all_fields() -> list[str]:
    return [*_bundled_fields(), *_year_months(), *_random_fields(random.Random(67), 4000)]


def test_usual_field_reads_as_parse_deadline():
    fields = _all_fields()
    read = [f for f in fields if usual_field(f) is not None]
    assert len(read) > 1000 and len(read) < len(fields) - 1000  # both ways met often
    for field in read:
        for plan_year, date in ((None, None), (2022, "2022-03-01"), (2026, "2026-11-20")):
            assert usual_field(field) == parse_deadline(field, plan_year, date), field


_CAMPAIGNS = (
    None,
    CampaignPeriod("自2024年5月至8月开展攻坚行动。第一阶段（2024年5月）动员部署；第二阶段（6月至7月）集中攻坚。"),
    CampaignPeriod("省里定于2026年8月对各地开展暗访。集中整治阶段：2026年6月至9月。"),
)


@pytest.mark.parametrize("campaign", _CAMPAIGNS)
@pytest.mark.parametrize("festival", (None, "春节"))
def test_field_deadline_with_the_fast_path_as_without(monkeypatch, campaign, festival):
    conventions = Conventions(plan_year=2026, document_date="2026-03-10", campaign=campaign, festival=festival)
    fields = _all_fields()
    fast = [_field_deadline(f, conventions) for f in fields]
    monkeypatch.setattr(tasks, "usual_field", lambda field: None)
    slow = [_field_deadline(f, conventions) for f in fields]
    assert fast == slow


def _latest_by_monthrange(dates: list[str]) -> str:
    """``latest`` as the rule is written: every date a key, a month counted to its last day by ``monthrange``."""

    def key(when: str) -> tuple[str, int]:
        if len(when) != 7 or not when[:4].isdigit() or not when[5:].isdigit():
            return when, len(when)
        return f"{when}-{monthrange(int(when[:4]), int(when[5:]))[1]:02d}", 0

    return max(dates, key=key)


def test_latest_as_by_monthrange():
    rng = random.Random(51)
    years = ["1900", "2000", "2023", "2024", "2026", "2100"]
    checked = 0
    for _ in range(20000):
        dates = []
        year, month = rng.choice(years), rng.randint(1, 12)  # one month often, so its last days meet it
        for _ in range(rng.randint(1, 4)):
            if rng.random() < 0.3:
                year, month = rng.choice(years), rng.randint(1, 12)
            when = f"{year}-{month:02d}"
            if rng.random() < 0.5:
                when += f"-{rng.choice((rng.randint(1, 31), 28, 29, 30, 31)):02d}"
            dates.append(when)
        assert latest(dates) == _latest_by_monthrange(dates), dates
        checked += len(dates) > 1
    assert checked > 10000
    # a month's last day beside a day of it, February in leap years and not
    for dates in (
        ["2024-02", "2024-02-29"],
        ["2023-02", "2023-02-28"],
        ["1900-02", "1900-02-28"],
        ["2026-06-30", "2026-06"],
    ):
        assert latest(dates) == _latest_by_monthrange(dates), dates
    assert deadlines.dates_named("第一阶段2021年12月；第二阶段2022年1月") == ["2021-12", "2022-01"]
