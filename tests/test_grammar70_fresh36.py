"""Round 70 (fresh36): a fresh set of plans of places and kinds the rounds had written least (a 省厅's 任务分工 for its
cities, a 地级市's 河湖长制 要点 with a 责任单位 line under each item, a 县 营商环境 清单 .docx with 责任领导 and 责任人
columns, a 县 安全生产 table .docx over two pages with its header again, a 县 招商引资 台账 .xlsx with a hidden column,
a 镇's 民生实事 list, a 县 乡村振兴 方案 of quarter spans and standing work, a 市应急管理局's label lines, a 县 河湖
问题整改台账 .xlsx), read by hand before the parser ran (docs/loader.md, round 70 fresh36): two quarters or a span of
them (``三、四季度``, ``一至三季度``, ``2026年第二季度至第四季度``), work advanced quarter by quarter (``分季度推进``),
and a guide after a label's units (``责任单位：A，B指导``: both lead, as before)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reformgraph.loaders.assign import read_parenthetical
from reformgraph.loaders.deadlines import parse_deadline
from reformgraph.loaders.parse import parse_document
from reformgraph.loaders.roles import resolve
from tests.support.expected_files import compared

PLANS = sorted((Path(__file__).parent / "fixtures" / "round70" / "fresh36").glob("*.expected.json"))


def _sides(inner: str) -> list[list[str]]:
    return [[u.name for u in side] for side in resolve(read_parenthetical(inner))]


def _read(deadline: str) -> tuple[str | None, str | None]:
    found = parse_deadline(deadline, 2026)
    return found.date, found.status


def _task_deadline(words: str) -> tuple[str | None, str | None, str | None]:
    text = f"某县2026年工作方案\n\n（一）推进农田建设。{words}（责任单位：县农业农村局）\n"
    [measure] = [m for w in parse_document(text, path="x.txt").workplans for m in w.measures]
    return measure.deadline.raw, measure.deadline.date, measure.deadline.status


# ---- a guide after the label's units (02 line 29: the loader's reading kept, the hand reading corrected) -------------


def test_a_guide_after_a_labels_units_leads_with_them() -> None:
    # the 责任单位 label names its units responsible and a guide leads too, as round 38 reads
    # （责任单位：区应急管理局，区司法局负责法律指导）; with a verb of their own (A负责，B指导) the doers support
    assert _sides("责任单位：各县（市、区）人民政府，市水利局指导") == [["各县（市、区）人民政府", "市水利局"], []]
    assert _sides("各县人民政府负责，市水利局指导") == [["市水利局"], ["各县人民政府"]]


# ---- two quarters or a span of them with no year -----------------------------------------------------------------------


def test_two_quarters_or_a_span_with_no_year_are_the_plans_years() -> None:
    # before: no date (the year was read only before them: 2026年三、四季度)
    assert _read("三、四季度") == ("2026-12", "scheduled")
    assert _read("第二、三季度") == ("2026-09", "scheduled")
    assert _read("一至三季度") == ("2026-09", "scheduled")
    assert _read("1-2季度") == ("2026-06", "scheduled")
    assert _task_deadline("三、四季度完成主体工程。") == ("三、四季度", "2026-12", "scheduled")
    assert _task_deadline("一至三季度完成供水工程建设。") == ("一至三季度", "2026-09", "scheduled")
    assert _task_deadline("二季度至四季度完成主体工程。") == ("二季度至四季度", "2026-12", "scheduled")


def test_two_quarters_or_a_span_after_a_year_in_the_words() -> None:
    # before: none (2026年三、四季度, 2026年一至三季度) or the first quarter's end (2026年第二季度至第四季度: 2026-06)
    assert _task_deadline("2026年三、四季度完成主体工程。")[1:] == ("2026-12", "scheduled")
    assert _task_deadline("2026年一至三季度完成主体工程。")[1:] == ("2026-09", "scheduled")
    assert _task_deadline("2026年第二季度至第四季度完成主体工程。")[1:] == ("2026-12", "scheduled")


def test_quarters_as_before_with_a_year_a_start_or_each_year() -> None:
    # guards: a year before them reads as before; each year's quarters recur; a span that starts work is no deadline
    assert _read("2026年三、四季度") == ("2026-12", "scheduled")
    assert _read("2026年第三、四季度") == ("2026-12", "scheduled")
    assert _read("每年三、四季度") == (None, "ongoing")
    assert _read("三季度末") == ("2026-09", "scheduled")
    assert _task_deadline("一至三季度开展供水工程建设。") == (None, None, None)
    assert _task_deadline("2026年三季度完成主体工程。")[1:] == ("2026-09", "scheduled")
    assert _task_deadline("2026年二季度开工，三季度完成。") == ("2026年二季度；三季度", "2026-09", "scheduled")


# ---- work advanced quarter by quarter ------------------------------------------------------------------------------------


def test_work_by_quarters_is_ongoing() -> None:
    # before: no status (逐季度推进 and 按季度推进 were ongoing already)
    assert _read("分季度推进") == (None, "ongoing")
    assert _read("分季度落实") == (None, "ongoing")
    assert _read("长期坚持，分季度通报") == (None, "ongoing")


def test_by_quarters_as_before_without_a_verb_of_the_work() -> None:
    # guards: 分季度 alone, 部分季度完成 (some quarters) and 分季度完成 no status, as before
    assert _read("分季度") == (None, None)
    assert _read("部分季度完成") == (None, None)
    assert _read("分季度完成") == (None, None)
    assert _read("逐季度推进") == (None, "ongoing")


# ---- work until the year's end, each quarter's end, a pace all year (11, written after the rules above) ----------------


def test_work_until_a_yearless_time_is_due_then() -> None:
    # before: ongoing, no date (持续 alone read; the time after 至 opened no clause)
    assert _read("持续至年底") == ("2026-12", "scheduled")
    assert _read("持续推进到年底") == ("2026-12", "scheduled")
    assert _read("持续至6月底") == ("2026-06", "scheduled")


def test_work_going_on_as_before_with_no_end_or_a_year() -> None:
    # guards: 持续推进 alone ongoing; a year after 至 read as before
    assert _read("持续推进") == (None, "ongoing")
    assert _read("持续至2026年底") == ("2026-12", "scheduled")


def test_each_quarters_end_alone_is_ongoing() -> None:
    # before: no status (季末 and 每季度末 were ongoing already, round 67 fresh34)
    assert _read("季度末") == (None, "ongoing")
    assert _read("各季度末") == (None, "ongoing")


def test_a_named_quarters_end_as_before() -> None:
    # guards: a quarter's end is a date; this or next quarter's no status, as before
    assert _read("三季度末") == ("2026-09", "scheduled")
    assert _read("第四季度末") == ("2026-12", "scheduled")
    assert _read("一季末") == ("2026-03", "scheduled")
    # (no document date to count from: due with no date since round 72 left42, as a yearless field in a plan with no
    # year; before, no status)
    assert _read("本季度末") == (None, "scheduled")
    assert _read("下季度末") == (None, "scheduled")


def test_a_pace_all_year_is_ongoing() -> None:
    # before: 全年 read the year's end (2026-12, scheduled)
    assert _read("全年按季度推进") == (None, "ongoing")
    assert _read("全年分季度推进") == (None, "ongoing")
    assert _read("全年按月调度") == (None, "ongoing")


def test_the_whole_year_as_before() -> None:
    # guards: 全年 and 全年完成 the year's end; 全年持续推进 ongoing (round 56)
    assert _read("全年完成") == ("2026-12", "scheduled")
    assert _read("全年") == ("2026-12", "scheduled")
    assert _read("全年持续推进") == (None, "ongoing")
    assert _read("6月底前，全年完成") == ("2026-12", "scheduled")


# ---- the plans, as read by hand ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("expected_path", PLANS, ids=[p.name[:2] for p in PLANS])
def test_the_plan_reads_as_written_by_hand(expected_path: Path) -> None:
    read, written = compared(expected_path)
    assert [row[:4] + row[5:] for row in read] == [row[:4] + row[5:] for row in written]
