"""Round 77 provinces77: more plans as offices outside Shanghai lay out task division
(tests/fixtures/round77/provinces77: a 省委深改委's 分工 with a 牵头领导 column of posts, a 市's
``（牵头单位：A；责任单位：各县市区人民政府，市直有关单位）``, an 自治州's dates in the task's words, a 盟's 旗 and
苏木, a province's ``2026年 | 2027年 | 长期坚持`` columns marked ✓ under merged 领域 cells, a county's 包联县领导 and
责任人 columns, units parted by spaces, short names with their full names in an annex table, a 深圳 district's
fields parted by ``，``, a township's 站所 and villages), read by hand before the parser ran. The rules, tested here
in words of our own with their guards:

- a schedule's continuing column (``2026年 | 2027年 | 长期坚持``) beside its periods: a row marked in it goes on
  (``tables.continuing``);
- a space after a collective parts it from the next unit (``配合单位：各乡镇 县直有关单位``) as a space after a
  body's name does (``spaced_names``).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.expected_files import compared, hand_read_cases
from support.readings import plan_measures, sheet_document

FOLDER = Path(__file__).parent / "fixtures" / "round77" / "provinces77"


def _deadlines(document) -> list[tuple]:
    return [
        (m.line, m.deadline.raw, m.deadline.date, m.deadline.status) for w in document.workplans for m in w.measures
    ]


# ---- a schedule's continuing column ---------------------------------------------------------------------------------


def test_a_mark_in_a_continuing_column_beside_the_years() -> None:
    # before: a row marked under 长期坚持 alone had no deadline (the column of no kind the schedule knew)
    rows = [
        ["序号", "重点任务", "牵头单位", "2026年", "2027年", "长期坚持"],
        ["1", "修缮古桥三座", "县住建局", "", "", "✓"],
        ["2", "疏浚主要河道", "县水利局", "✓", "✓", ""],
        ["3", "建设乡村道路", "县交通运输局", "✓", "", ""],
    ]
    assert _deadlines(sheet_document(*rows)) == [
        (2, "长期坚持", None, "ongoing"),
        (3, "2027年", "2027-12", "scheduled"),
        (4, "2026年", "2026-12", "scheduled"),
    ]


def test_a_continuing_column_after_quarters() -> None:
    rows = [
        ["序号", "重点任务", "牵头单位", "一季度", "二季度", "持续推进"],
        ["1", "修缮古桥三座", "县住建局", "", "", "√"],
    ]
    assert _deadlines(sheet_document(*rows)) == [(2, "持续推进", None, "ongoing")]


@pytest.mark.parametrize(
    "rows",
    [
        # a continuing column with no period beside it: no schedule, no deadline (as before)
        [["序号", "重点任务", "牵头单位", "长期坚持"], ["1", "修缮古桥三座", "县住建局", "✓"]],
        # a deadline column: the row's deadline is its cell, the marks not asked (as before)
        [
            ["序号", "重点任务", "牵头单位", "完成时限", "2026年", "长期坚持"],
            ["1", "修缮古桥三座", "县住建局", "2026年6月底前", "", "✓"],
        ],
        # a 备注 column beside the years is no continuing column: the row marks no period
        [["序号", "重点任务", "牵头单位", "2026年", "备注"], ["1", "修缮古桥三座", "县住建局", "", "✓"]],
    ],
)
def test_no_continuing_column(rows) -> None:
    assert _deadlines(sheet_document(*rows)) == [
        (2, *({"完成时限": ("2026年6月底前", "2026-06", "scheduled")}.get(rows[0][3], (None, None, None))))
    ]


# ---- a space after a collective -------------------------------------------------------------------------------------


def _supports(units: str) -> list[str]:
    text = f"某县2027年工作方案\n\n1.修缮古桥三座。（牵头单位：县住建局；配合单位：{units}；完成时限：2027年3月底前）"
    [(_, leads, supports, *_)] = plan_measures(text, "p.txt")
    assert leads == ["县住建局"]
    return supports


@pytest.mark.parametrize(
    ("units", "parted"),
    [
        # before: each read as one name (各乡镇县文旅局), a space after a collective's last character (镇, 门, 位,
        # 道, 村, 区) parting nothing
        ("各乡镇 县文旅局", ["各乡镇", "县文旅局"]),
        ("有关部门 各乡镇人民政府", ["有关部门", "各乡镇人民政府"]),
        ("县直有关单位 各乡镇", ["县直有关单位", "各乡镇"]),
        ("各街道 区直各部门", ["各街道", "区直各部门"]),
        ("沿河各村 镇水利站", ["沿河各村", "镇水利站"]),
        ("各乡镇\u3000县直有关单位 县文旅局", ["各乡镇", "县直有关单位", "县文旅局"]),
        ("各县市区 市直有关单位", ["各县市区", "市直有关单位"]),
        # as before: a space after a body's name
        ("县文旅局 各乡镇", ["县文旅局", "各乡镇"]),
    ],
)
def test_a_space_after_a_collective(units: str, parted: list[str]) -> None:
    assert _supports(units) == parted


@pytest.mark.parametrize(
    "units",
    [
        "各区 县级市",  # a level's name alone after 各…: one collective, as 各区、县级市 (round 63)
        "浦东新区 市场监管局",  # a place's name before a body's: no collective, one name as before
        "各乡镇 农业服务中心",  # a body each township has: the name after the space opens with no place, one name
        "有关部门 和单位",  # the rest of one collective's name (各有关部门和单位)
        "各乡镇县文旅局",  # no space: as written, one name
    ],
)
def test_no_collective_parted(units: str) -> None:
    assert _supports(units) == [units.replace(" ", "")]


# ---- the plans ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("expected_path", hand_read_cases(FOLDER))
def test_the_plan_reads_as_written_by_hand(expected_path: Path) -> None:
    read, written = compared(expected_path)
    assert read == written
