"""Round 73 fresh73: a fresh set of nine plans in kinds earlier rounds had met little (tests/fixtures/round73/fresh73:
a province department's 分工方案 with `（X牵头，Y、Z配合，各市（州）人民政府负责落实）` closing each task, a city 责任清单
.xlsx whose 工作任务 is merged over its 具体举措 rows, a 镇's tasks under each village's heading with its 包村 fields, a
county table whose 时间节点 cells hold several dated steps, a district 问题整改清单 with 责任人 after the units, a city's
label lines `协同单位：` / `参与单位：` / `责任部门（按职责分工）：`, a county 民生实事 .docx, a city's landscape .docx with
the leads merged down its first column, and a 镇's table by village with 包村 posts), read by hand before the parser
ran. The rules, tested here in words of our own with their guards:

- a unit label with ``（按职责分工）`` or ``（按职责）`` before its colon is the label (``责任部门（按职责分工）：A、B``);
- a 和 inside the name of a department's 站 or 中心 (``国有林场和种苗管理站``) joins no two units, as inside a 司's;
- a 镇's table whose only body column is its villages' (``村（社区） | 工作任务``): the villages do the tasks;
- the document's title alone on its line titles no task: the lead-in under it is a paragraph of its own;
- a village's heading with its link fields in brackets (``一、东溪村（包村领导：…；包村干部：A、B）``) leads the items
  under it, the offices named for its 包村干部 their partners.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.expected_files import compared, hand_read_cases
from support.readings import plan_measures, plan_unit_lines_dated, sheet_document, task_rows

from reformgraph.loaders.tables import detect_columns

FOLDER = Path(__file__).parent / "fixtures" / "round73" / "fresh73"


# ---- a label with how its units share the task in brackets --------------------------------------------------------


def _fields(lines: str) -> list[tuple]:
    return plan_unit_lines_dated(f"某市2027年工作要点\n\n一、重点任务\n（一）推进政务云整合。\n{lines}\n")


def test_a_label_with_its_duty_share_in_brackets() -> None:
    # before: the line was no field, the task lost (the plan read no task)
    assert _fields("责任部门（按职责分工）：市公安局、市交通运输局\n完成时限：持续推进") == [
        (5, ["市公安局", "市交通运输局"], [], None, "ongoing")
    ]
    assert _fields("牵头单位：市数据局\n配合单位（按职责）：市财政局、市公安局") == [
        (5, ["市数据局"], ["市财政局", "市公安局"], None, None)
    ]
    assert _fields("责任单位（按职责分工）：市卫生健康委\n协同单位：市医保局") == [
        (5, ["市卫生健康委"], ["市医保局"], None, None)
    ]


def test_labels_without_the_duty_share_as_before() -> None:
    # guards: the plain label, the label with its other name in brackets (round 40), 按职责分工负责 after a list
    assert _fields("责任部门：市公安局、市交通运输局") == [(5, ["市公安局", "市交通运输局"], [], None, None)]
    assert _fields("责任单位（部门）：市公安局") == [(5, ["市公安局"], [], None, None)]
    assert _fields("责任单位：市委网信办（牵头），市公安局、市数据局按职责分工负责") == [
        (5, ["市委网信办"], ["市公安局", "市数据局"], None, None)
    ]


# ---- a 和 inside the name of a 站 or a 中心 ---------------------------------------------------------------------------


def _bracket(units: str) -> list[tuple]:
    return plan_unit_lines_dated(f"某省2027年分工方案\n\n1．推进国有林场改革发展。（{units}）\n")


def test_an_and_inside_a_stations_name() -> None:
    # before: 省林草局国有林场 and 种苗管理站, two units (林场 ends a name)
    assert _bracket("省林草局国有林场和种苗管理站牵头，省财政厅配合") == [
        (3, ["省林草局国有林场和种苗管理站"], ["省财政厅"], None, None)
    ]
    assert _bracket("县农业农村局农机化和农业技术推广中心牵头")[0][1] == ["县农业农村局农机化和农业技术推广中心"]


def test_an_and_between_two_units_as_before() -> None:
    # guards: an office before the 和, or a level after it, is a body of its own; a 司's name as round 41 read it
    assert _bracket("省林草局规划处和资源站牵头")[0][1] == ["省林草局规划处", "资源站"]
    assert _bracket("省林草局国有林场和省林业工作站牵头")[0][1] == ["省林草局国有林场", "省林业工作站"]
    assert _bracket("省自然资源厅和省林业局牵头")[0][1] == ["省自然资源厅", "省林业局"]
    assert _bracket("国家林业和草原局国有林场和种苗管理司牵头")[0][1] == ["国家林业和草原局国有林场和种苗管理司"]


# ---- a 镇's table by village --------------------------------------------------------------------------------------


def test_a_village_column_alone_names_the_tasks_bodies() -> None:
    # before: no unit column, no task table (the rows read nothing)
    doc = sheet_document(
        ["序号", "村（社区）", "工作任务", "包村领导", "完成时限"],
        ["1", "河口村", "清理排洪沟渠2.6公里", "镇党委副书记", "2027年5月底前"],
        ["2", "各村（社区）", "落实防汛值班值守制度", "镇长", "汛期"],
    )
    assert [row[:3] for row in task_rows(doc)] == [
        ("清理排洪沟渠2.6公里", ["河口村"], []),
        ("落实防汛值班值守制度", ["各村（社区）"], []),
    ]


def test_a_village_column_beside_a_unit_column_is_the_place() -> None:
    # guards: beside 责任单位 the village is where the work is done; with no task column, no task table
    doc = sheet_document(
        ["序号", "村（社区）", "工作任务", "责任单位"],
        ["1", "河口村", "清理排洪沟渠", "镇水利站"],
    )
    assert [row[:3] for row in task_rows(doc)] == [("清理排洪沟渠", ["镇水利站"], [])]
    assert detect_columns(["序号", "村（社区）", "户数", "人口"]) is None


# ---- the document's title titles no task ----------------------------------------------------------------------------


def _texts(text: str, path: str = "plan.txt") -> list[tuple[int, str, list[str]]]:
    from support.readings import _plan

    return [(m.line, m.text[:10], [u.raw for u in m.leads]) for w in _plan(text, path).workplans for m in w.measures]


def test_the_lead_in_under_the_title_is_its_own_paragraph() -> None:
    # before: the title opened the lead-in's text, and in plain text its first unit's name (某县防汛工作方案各村)
    items = "\n\n1．疏浚河道。（县水利局牵头）\n"
    assert _texts("某县防汛工作方案\n\n各村为防汛工作责任主体。" + items)[0] == (3, "各村为防汛工作责任主", ["各村"])
    assert _texts("# 某县防汛工作方案\n\n由县水利局牵头，会同县应急局做好防汛。" + items, "plan.md")[0] == (
        3,
        "由县水利局牵头，会同",
        ["县水利局"],
    )


def test_a_heading_still_titles_its_paragraph() -> None:
    # guards: a sub-heading over its paragraph (a task's title), a section's heading over a lead-in
    assert (
        _texts("某县方案\n\n一、任务\n（一）推进管网改造\n完成改造5公里。（县住建局负责）\n")[0][1]
        == "推进管网改造完成改造"
    )
    assert _texts("某县方案\n\n一、总体要求\n\n由县水利局牵头做好防汛。\n")[0][:2] == (5, "由县水利局牵头做好防")


# ---- a village's heading and its link fields ------------------------------------------------------------------------


def _villages(
    heading: str, items: str = "1．清理沟塘3处，2027年5月底前完成。\n2．新建收集点2处，长期坚持。"
) -> list[tuple]:
    return plan_unit_lines_dated(f"某镇2027年分村任务清单\n\n{heading}\n{items}\n")


def test_a_villages_heading_with_link_fields_leads_its_items() -> None:
    # before: the heading (longer than a unit's heading) led nothing, or its bracket joined the village's name
    assert _villages("一、东溪村（包村领导：镇党委副书记；包村干部：镇农业农村办、镇综合执法队）") == [
        (4, ["东溪村"], ["镇农业农村办", "镇综合执法队"], "2027-05", "scheduled"),
        (5, ["东溪村"], ["镇农业农村办", "镇综合执法队"], None, "ongoing"),
    ]
    assert _villages("一、石桥村（包村领导：镇人大主席）")[0][1:3] == (["石桥村"], [])
    assert _villages("一、柳湾社区（包村领导：副镇长；包联单位：镇社会事务办）")[0][1:3] == (
        ["柳湾社区"],
        ["镇社会事务办"],
    )


def test_link_fields_with_a_person_label_and_a_long_heading() -> None:
    # before: 包联领导 (a person label) in the bracket, or a heading longer than 40 characters with it, was no heading
    assert _villages("一、北门社区（联系领导：副主任；包联干部：街道城管办）")[0][1:3] == (["北门社区"], ["街道城管办"])
    long = "## 一、北门社区（包联领导：街道党工委副书记；包联干部：街道城市管理办公室、街道平安建设办公室）"
    assert plan_unit_lines_dated(f"某街道清单\n\n{long}\n\n1. 整治楼道，2027年5月底前完成。\n", "plan.md") == [
        (5, ["北门社区"], ["街道城市管理办公室", "街道平安建设办公室"], "2027-05", "scheduled")
    ]


def test_an_item_closed_by_its_own_partner_under_a_units_heading() -> None:
    # before: 1．整治楼道。（A配合）, short, read as a sub-heading of partners' work: it and the items after it led by none
    items = "1．整治楼道。（街道市场监管所配合）\n2．规范商铺，长期坚持。"
    assert _villages("一、北门社区（包联干部：街道城管办）", items) == [
        (4, ["北门社区"], ["街道城管办", "街道市场监管所"], None, None),
        (5, ["北门社区"], ["街道城管办"], None, "ongoing"),
    ]
    assert _villages("一、市发展改革委", items)[0][1:3] == (["市发展改革委"], ["街道市场监管所"])


def test_a_partners_sub_heading_under_a_units_heading_as_before() -> None:
    # guard: （二）配合任务 (round 30) over items each led by another unit: the heading's unit leads none of them
    text = (
        "某县清单\n\n一、县发展改革局\n（一）牵头任务\n1．编制规划。\n（二）配合任务\n2．推进改革。（县财政局牵头）\n"
    )
    assert plan_unit_lines_dated(text) == [(5, ["县发展改革局"], [], None, None), (7, ["县财政局"], [], None, None)]


def test_link_fields_naming_people_and_other_brackets_as_before() -> None:
    # guards: cadres named by their posts are people; a bracket that is no link field stays the heading's; no bracket
    assert _villages("一、东溪村（包村干部：镇水利站站长）")[0][1:3] == (["东溪村"], [])
    assert _villages("一、东溪村")[0][1:3] == (["东溪村"], [])
    assert _villages("一、东溪村（南片）")[0][1] == ["东溪村（南片）"]
    assert plan_measures("某镇清单\n\n一、加强组织领导（包村领导负责）\n1．清理沟塘。（镇水利站负责）\n") == [
        (4, ["镇水利站"], [], None, None, None)
    ]


# ---- the plans ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("expected_path", hand_read_cases(FOLDER))
def test_the_plan_reads_as_written_by_hand(expected_path: Path) -> None:
    read, written = compared(expected_path)
    assert read == written
