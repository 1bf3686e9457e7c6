"""Round 67 (fresh34): a fresh set of the commonest kinds of plans as offices publish them in 2026 (a 省 低空经济 plan
in prose, a 市 人工智能+ plan with trailing brackets, a 县 银发经济 plan in label lines, a 区 以旧换新 .docx table, a 镇
防汛 plan of duties unit by unit, a 市安委办 台账 with 进展情况, a 领导小组办公室 民营经济促进法 分工, then a 省 城市更新
plan, a 县 基层减负 table, a 区 防汛 plan and a 县 设备更新 台账), read by hand before the parser ran (docs/loader.md,
round 67 fresh34): the quarters written short (三季末, 2026年前三季度), recurring fields (季末, 一月一调度) and work rolled
on (分批推进、滚动实施)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reformgraph.loaders.deadlines import parse_deadline
from reformgraph.loaders.text_deadlines import text_deadline
from tests.support.expected_files import compared

PLANS = sorted((Path(__file__).parent / "fixtures" / "round67" / "fresh34").glob("*.expected.json"))


def _field(value: str) -> tuple[str | None, str | None]:
    found = parse_deadline(value, 2026)
    return found.date, found.status


def _words(text: str) -> tuple[str | None, str | None, str | None]:
    found = text_deadline(text, plan_year=2026)
    return found.raw, found.date, found.status


# ---- a quarter's end written 季末, the first quarters of a year ------------------------------------------------------


def test_a_quarters_end_written_jimo_is_its_last_month() -> None:
    # before: 2026年三季末 the year's end (2026-12), 二季末前 and 三季末 no date
    assert _field("2026年三季末") == ("2026-09", "scheduled")
    assert _field("二季末前") == ("2026-06", "scheduled")
    assert _field("今年一季末") == ("2026-03", "scheduled")
    # before: 于三季末前 in a task's words no deadline
    assert _words("组织促销活动，于三季末前举办不少于6场。") == ("三季末前", "2026-09", "scheduled")
    assert _words("于今年二季末前出台办法。") == ("今年二季末前", "2026-06", "scheduled")


def test_the_quarters_read_before_still_read() -> None:
    # guards: 季度末 as before; 一季一通报 no date (a pace); 每季度末 ongoing
    assert _field("三季度末") == ("2026-09", "scheduled")
    assert _field("2026年第四季度") == ("2026-12", "scheduled")
    assert _field("每季度末") == (None, "ongoing")
    assert _words("推进改造，三季度末前完成。") == ("三季度末前", "2026-09", "scheduled")
    assert _words("每季度末报送进展。")[1] is None


def test_the_first_quarters_of_a_named_year_in_a_tasks_words() -> None:
    # before: 2026年前 (2026-12), the quarters after it not read
    assert _words("整治易涝积水点80处，2026年前三季度完成主体工程。") == ("2026年前三季度", "2026-09", "scheduled")
    # guards: a year alone before 前 as before; 前三季度 with no year no date
    assert _words("2026年前完成主体工程。") == ("2026年前", "2026-12", "scheduled")
    assert _words("前三季度完成主体工程。") == (None, None, None)


# ---- a field of a recurring time ------------------------------------------------------------------------------------


def test_a_field_of_each_quarters_end_or_a_pace_is_ongoing() -> None:
    # before: no status
    for value in ("季末", "每季末", "一月一调度", "一季一通报", "一周一调度"):
        assert _field(value) == (None, "ongoing"), value


def test_a_date_in_numerals_is_no_pace() -> None:
    # guards: 一月一日 is a date, 一季末 a quarter's end; a date beside a pace wins as before
    assert _field("一月一日前") == ("2026-01-01", "scheduled")
    assert _field("2026年一季末") == ("2026-03", "scheduled")
    assert _field("2026年6月底前，一月一调度") == ("2026-06", "scheduled")


# ---- work rolled on, closing a task's words -------------------------------------------------------------------------


def test_work_in_batches_or_rolled_on_closing_the_words_is_ongoing() -> None:
    # before: no status (a field read 分批推进 and 滚动实施 so since round 40)
    text = "开展历史文化街区保护利用。推进修缮活化。省文化和旅游厅主责，省文物局协同推进，分批推进、滚动实施。"
    assert _words(text) == ("分批推进、滚动实施", None, "ongoing")
    assert _words("建设项目库。A负责，滚动推进。") == ("滚动推进", None, "ongoing")


def test_rolled_on_work_with_an_object_is_the_works_own() -> None:
    # guards: 滚动实施 with its object, in a second clause, is no status of the task (as 持续推进X)
    assert _words("建立项目库，滚动实施重点项目。") == (None, None, None)
    assert _words("分批推进老旧小区改造，2026年底前完成。") == ("2026年底前", "2026-12", "scheduled")


# ---- the plans -------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("expected_path", PLANS, ids=[p.name[:2] for p in PLANS])
def test_the_plan_reads_as_written_by_hand(expected_path: Path) -> None:
    # the raw words aside, as tests/test_round_plans.py compares: the loader's spans run on where the hand's stopped
    # (年底前形成…名单, 本年度内出台, 每日 of 汛期每日), the dates and statuses the same
    read, written = compared(expected_path)
    assert [row[:4] + row[5:] for row in read] == [row[:4] + row[5:] for row in written]
