"""Round 80 fresh80: a fresh set of ten plans in kinds, levels and file forms earlier fresh sets had met little
(tests/fixtures/round80/fresh80: an autonomous region's 分工方案 naming 自治区 once before a list of its departments and
各盟行政公署、市人民政府; a 旗's task table inside the cell of a layout table; a city's 分解表 with a 牵头市领导 column;
a province's 对口支援 plan naming the units of two provinces; a joint plan of two places with a 责任单位 column per
place; a PDF and an OFD whose tables' headers no rule knows, read with ``--columns``; a city's 三年行动 as WPS 表格's
.et, one target column a year; a county's 防汛 plan whose fields name posts beside the units; a 苏木's plan as WPS
文字's .wps), read by hand before the parser ran. Eight read exactly at the base; the rules, found by them and by
wordings of our own beside them, tested here with their guards:

- a PDF's ruled table headed by the user's names (``--columns``) is read from its ruling lines, its rows the table's
  (before: read from the text layer by position, each row at its first printed line);
- a PDF or an OFD refused, or a PDF read with no task, names its tables' headers and the spec that would read them,
  as a Word file's, a sheet's and a CSV's refusal do (before: the OFD said only ``no recognisable workplans``; the PDF
  was kept with no task and a warning a row);
- ``即日起`` closing a deadline field is a start, ongoing, as ``2026年4月起`` is (before: no status);
- a post and how its holder takes part after a unit in its list (``县住房和城乡建设局，局主要负责同志亲自抓``) is no
  unit (before: a second lead ``局主要负责同志亲自抓``).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from support.expected_files import compared, hand_read_cases
from support.readings import plan_measures, plan_unit_lines

from reformgraph.errors import DocumentError
from reformgraph.loaders.column_spec import parse_columns
from reformgraph.loaders.read import read_document

FOLDER = Path(__file__).parent / "fixtures" / "round80" / "fresh80"
PDF = next(FOLDER.glob("06-*.pdf"))
OFD = next(FOLDER.glob("07-*.ofd"))


def _rows(path: Path, spec: str | None = None) -> list[tuple]:
    doc = read_document(path, columns=parse_columns(spec) if spec else None)
    return [(m.line, [u.raw for u in m.leads], [u.raw for u in m.supports]) for w in doc.workplans for m in w.measures]


# ---- the plans ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("expected_path", hand_read_cases(FOLDER))
def test_the_plan_reads_as_written_by_hand(expected_path: Path) -> None:
    read, written = compared(expected_path)
    assert read == written


# ---- a PDF's ruled table under the user's names ---------------------------------------------------------------------


def test_a_pdf_table_headed_by_the_users_names_is_read_from_its_ruling_lines() -> None:
    # before: its rows at their first printed lines (6, 8, 12 …), the table read from the text layer by position
    rows = _rows(PDF, "推进事项=任务,领办部门=牵头,协助部门=配合,计划完成=时限")
    assert [line for line, _, _ in rows] == list(range(2, 10))
    assert rows[0] == (2, ["县农业农村局"], ["县财政局", "县自然资源局"])


# ---- a refused PDF or OFD names the spec that reads it -------------------------------------------------------------


def _refusal(path: Path) -> str:
    with pytest.raises(DocumentError) as refused:
        read_document(path)
    return str(refused.value)


def test_a_pdf_read_with_no_task_names_its_tables_headers_and_a_spec() -> None:
    # before: kept with no task and eight warnings `task names no lead unit: 县农业农村局`, nothing on --columns
    message = _refusal(PDF)
    assert "table 1's row 1 has the headers 编号 | 推进事项 | 领办部门 | 协助部门 | 计划完成" in message
    spec = re.search(r'--columns "([^"]+)"', message).group(1)
    assert len(_rows(PDF, spec)) == 8  # the spec it names reads the table


def test_a_refused_ofd_names_its_drawn_tables_headers_and_a_spec() -> None:
    # before: `no recognisable workplans (…)` and nothing more
    message = _refusal(OFD)
    assert message.startswith(f"{OFD}: no recognisable workplans")
    assert (
        'row 1 has the headers 序号 | 攻坚内容 | 主攻单位 | 助攻单位 | 攻坚节点: to read it, name its columns, e.g. --columns "'
        in message
    )
    spec = re.search(r'--columns "([^"]+)"', message).group(1)
    assert len(_rows(OFD, spec)) == 8


def test_a_pdf_or_ofd_that_reads_is_read_as_before() -> None:
    # guard: with its spec neither is refused, and a plan of tasks in prose is never asked for columns
    assert len(_rows(OFD, "攻坚内容=任务,主攻单位=牵头,助攻单位=配合,攻坚节点=时限")) == 8
    assert plan_unit_lines("某县推进表\n\n编号 推进事项 领办部门\n1.建设高标准农田。（县农业农村局负责）\n") == [
        (4, ["县农业农村局"], [])
    ]


# ---- 即日起 in a deadline field ----------------------------------------------------------------------------------

_PLAN = "某县2026年防汛工作方案\n\n一、重点任务\n"


def test_a_start_from_today_in_a_field_is_ongoing() -> None:
    # before: deadline_raw 即日起 with no status (2026年4月起 in the same field: ongoing)
    text = _PLAN + (
        "1．开展隐患大排查。（责任单位：县应急管理局；完成时限：即日起）\n"
        "2．开展防汛值守。（牵头单位：县水利局；完成时限：自即日起）\n"
        "3．开展草原防火巡查。（牵头单位：县林草局；时限：从即日起）\n"
    )
    assert [(raw, date, status) for _, _, _, raw, date, status in plan_measures(text)] == [
        ("即日起", None, "ongoing"),
        ("自即日起", None, "ongoing"),
        ("从即日起", None, "ongoing"),
    ]


def test_a_start_from_today_in_the_tasks_words_or_up_to_a_date_reads_as_before() -> None:
    # guard: in a task's words a start names no time (as 2026年起开展… reads); 即日起至… is due at its end; 立即 and
    # 即日 alone are no start
    text = _PLAN + (
        "1．即日起开展全县防汛隐患大排查。（县应急管理局负责）\n"
        "2．开展汛前检查。（责任单位：县水利局；完成时限：即日起至2026年6月底）\n"
        "3．整改隐患。（责任单位：县住建局；完成时限：立即）\n"
    )
    assert [(raw, date, status) for _, _, _, raw, date, status in plan_measures(text)] == [
        (None, None, None),
        ("即日起至2026年6月底", "2026-06", "scheduled"),
        ("立即", None, None),
    ]


# ---- a post at work after a unit ---------------------------------------------------------------------------------


def test_a_post_and_how_its_holder_takes_part_is_no_unit() -> None:
    # before: a second lead 局主要负责同志亲自抓, 分管负责同志具体抓, 主要负责人为第一责任人
    text = _PLAN + (
        "1．完成易涝点改造。（责任单位：县住房和城乡建设局，局主要负责同志亲自抓；完成时限：2026年汛期前）\n"
        "2．开展隐患排查。（牵头单位：县应急管理局，分管负责同志具体抓；配合单位：县水利局）\n"
        "3．落实值班制度。（责任单位：县水利局，主要负责人为第一责任人）\n"
    )
    assert plan_unit_lines(text) == [
        (4, ["县住房和城乡建设局"], []),
        (5, ["县应急管理局"], ["县水利局"]),
        (6, ["县水利局"], []),
    ]


def test_a_body_named_by_its_leading_group_stays_a_unit() -> None:
    # guard: a 领导小组's office and a 调度 centre are bodies; a post alone in a person's field names none
    text = _PLAN + (
        "1．统筹改革任务。（牵头单位：县委全面深化改革领导小组办公室；配合单位：县防汛抗旱调度中心）\n"
        "2．落实值班制度。（责任领导：县政府分管副县长；责任单位：县水利局）\n"
    )
    assert plan_unit_lines(text) == [
        (4, ["县委全面深化改革领导小组办公室"], ["县防汛抗旱调度中心"]),
        (5, ["县水利局"], []),
    ]
