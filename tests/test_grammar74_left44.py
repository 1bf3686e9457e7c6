"""Round 74 left44: what round 73 left unread (docs/loader.md, round 73's Left lines of left43, fresh73 and ledger73),
in five plans of our own and a fresh check (tests/fixtures/round74/left44: a province's .md, a city's office items
.docx, a town's and a county's .txt, a district's 任务分工 .xlsx, and a 街道's .md written as a fresh check of the same
wordings), read by hand before the parser ran. The rules, tested here in words of our own with their guards:

- more adverbs between the names and the verb (着重, 重点, 依法, 不断, 持续) and two verbs of work (完善, 查处); the
  name the plan gave a list (``（以下统称X）``) as the subject of such a sentence;
- an item under a unit's heading naming its partners in plain prose (``2．规范商铺经营秩序，B配合。``);
- a bare item under a unit's heading over an unnumbered paragraph of its text is the unit's task;
- a village's link fields in a bracket that does not close its heading (``（包村干部：…）防汛任务``, ``（…）：``);
- a heading's lead and partner fields in a bracket followed by a few words of its title, or right after its number
  (``（二）（牵头单位：A）农村厕所革命``), give the items below their units;
- a 备注 ``已完成`` beside a 完成时限 column marks the task done (SPEC, round 74);
- ``区人力资源社`` / ``会保障局`` on two lines of a cell is one name: the break splits the word 社会.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.expected_files import compared, hand_read_cases
from support.readings import lines_and_roles, plan_unit_lines, plan_unit_lines_dated, sheet_document

from reformgraph.loaders.tables import unit_cell_text

FOLDER = Path(__file__).parent / "fixtures" / "round74" / "left44"

_POINTS = "某省道路运输安全方案\n\n一、重点任务\n（九）开展排查。甲省应急管理厅负责组织排查。\n"
_POINT = (4, ["甲省应急管理厅"], [])


# ---- adverbs and verbs between the names and the work -----------------------------------------------------------


def test_more_adverbs_before_the_verb() -> None:
    # before: no task (the adverb read as part of the names; 完善 and 查处 no verb of an item)
    items = (
        "（一）强化监控。甲省交通运输厅着重加强危险货物运输车辆动态监控，2026年6月底前完成。\n"
        "（二）整治隐患。甲省公安厅重点排查临水临崖危险路段，2026年9月底前完成。\n"
        "（三）严格执法。甲省交通运输厅依法查处非法营运行为，持续推进。\n"
        "（四）甲省应急管理厅不断完善道路运输事故应急预案，2026年10月底前完成。\n"
        "（五）甲省公安厅持续开展酒驾醉驾专项整治，2026年12月底前完成。\n"
    )
    assert lines_and_roles(_POINTS + items, "plan.txt") == [
        _POINT,
        (5, ["甲省交通运输厅"], []),
        (6, ["甲省公安厅"], []),
        (7, ["甲省交通运输厅"], []),
        (8, ["甲省应急管理厅"], []),
        (9, ["甲省公安厅"], []),
    ]


def test_a_name_holding_zhongdian_and_a_plain_sentence_as_before() -> None:
    # guards: 重点 inside a body's name before no verb of work; a titled point's plain sentence with one body and no
    # time stays how the work is done (round 70), with the new adverb too
    items = (
        "（一）完善设施。甲省重点建设项目办公室负责协调服务区安全改造，2026年10月底前完成。\n"
        "（二）加强监控。甲省交通运输厅着重加强危险货物运输车辆动态监控。\n"
    )
    assert lines_and_roles(_POINTS + items, "plan.txt") == [_POINT, (5, ["甲省重点建设项目办公室"], [])]


def test_a_group_name_before_an_adverb_leads() -> None:
    # before: the name the plan gave its list, then 着重加强…, no task (a collective's words, no named unit)
    items = (
        "（一）甲省交通运输厅、甲省公安厅（以下统称省级行业主管部门）负责建立排查清单，2026年4月底前完成。\n"
        "（二）强化监控。省级行业主管部门着重加强长途客运车辆动态监控，2026年6月底前完成。\n"
    )
    assert lines_and_roles(_POINTS + items, "plan.txt") == [
        _POINT,
        (5, ["甲省交通运输厅", "甲省公安厅"], []),
        (6, ["省级行业主管部门"], []),
    ]


def test_an_undefined_collective_before_an_adverb_leads_nothing() -> None:
    # guard: the same words with no definition above no task, as before
    item = "（一）强化监控。省级行业主管部门着重加强长途客运车辆动态监控，2026年6月底前完成。\n"
    assert lines_and_roles(_POINTS + item, "plan.txt") == [_POINT]


# ---- under a unit's heading: partners in prose, a bare item over its text -------------------------------------------

_OFFICES = "某市商贸安全任务分解\n\n一、任务分解\n（一）市商务局：\n"


def test_an_items_partners_in_prose() -> None:
    # before: the heading's unit alone
    items = (
        "1．规范商铺经营秩序，市市场监管局配合。\n"
        "2．督促加油站落实主体责任，市应急管理局、市消防救援支队配合，2026年9月底前完成。\n"
        "（二）市市场监管局：\n"
        "1．开展电动自行车质量抽查，市公安局协助，2026年8月底前完成。\n"
    )
    assert plan_unit_lines(_OFFICES + items) == [
        (5, ["市商务局"], ["市市场监管局"]),
        (6, ["市商务局"], ["市应急管理局", "市消防救援支队"]),
        (8, ["市市场监管局"], ["市公安局"]),
    ]


def test_a_supporting_verb_not_closing_a_clause_names_no_partner() -> None:
    # guards: 配合 opening the clause (配合市公安局开展…) or followed by the work (各村配合做好宣传) names no partner;
    # 会同 as before (round 64)
    items = "1．配合市公安局开展联合检查。\n2．开展宣传，各村配合做好发动。\n3．会同市公安局开展整治。\n"
    assert plan_unit_lines(_OFFICES + items) == [
        (5, ["市商务局"], []),
        (6, ["市商务局"], []),
        (7, ["市商务局"], ["市公安局"]),
    ]


def test_a_bare_item_over_its_text_is_the_offices_task() -> None:
    # before: line 5 a sub-heading over its text, no task
    items = "1．组织企业负责人安全培训\n每家企业至少参加一次培训，纳入年度考核。\n2．开展应急疏散演练，2026年10月底前完成。\n"
    assert plan_unit_lines(_OFFICES + items) == [(5, ["市商务局"], []), (7, ["市商务局"], [])]


def test_a_bare_item_over_a_label_and_deeper_items_stays_their_heading() -> None:
    # guard: 1.道路交通安全 over a label line and （1）… stays their sub-heading; its items the office's
    items = "1．道路交通安全\n做好以下工作：\n（1）推进劝导站建设，2026年5月底前完成。\n（2）开展专项检查。\n"
    assert plan_unit_lines(_OFFICES + items) == [(7, ["市商务局"], []), (8, ["市商务局"], [])]


# ---- brackets of fields that do not close a heading ---------------------------------------------------------------

_TOWN = "某镇防汛任务分解\n\n"


def test_a_villages_link_fields_before_more_words() -> None:
    # before: 二、's bracket kept in the village's name, 一、 and 三、 no unit's heading (their items no task)
    text = _TOWN + (
        "一、东溪村（包村领导：镇党委副书记；包村干部：镇农业农村办、镇综合执法队）防汛任务\n"
        "1．开展河道清障，2026年5月15日前完成。\n"
        "二、石桥村（包村干部：镇水利站）：\n"
        "1．加固山塘堤坝，2026年5月底前完成。\n"
        "三、西岭村（联系单位：镇应急办）重点工作：\n"
        "1．清理排水沟渠。\n"
    )
    assert plan_unit_lines(text) == [
        (4, ["东溪村"], ["镇农业农村办", "镇综合执法队"]),
        (6, ["石桥村"], ["镇水利站"]),
        (8, ["西岭村"], ["镇应急办"]),
    ]


def test_a_villages_own_bracket_and_a_role_heading_as_before() -> None:
    # guards: 一、东溪村（南片） keeps its bracket (no link field); 一、加强组织领导（包村领导负责） no unit's heading
    text = _TOWN + "一、东溪村（南片）\n1．开展河道清障。\n二、加强组织领导（包村领导负责）\n1．落实值班制度。\n"
    assert [leads for _, leads, _ in plan_unit_lines(text)] == [["东溪村（南片）"]]


def test_a_headings_fields_before_its_title_words() -> None:
    # before: the heading one task of its own, its items none
    text = "某县人居环境方案\n\n一、重点任务\n" + (
        "（一）农村生活垃圾治理（牵头单位：县城市管理局；配合单位：县财政局）工作任务\n"
        "1．完善收运体系，2026年6月底前完成。\n"
        "2．开展分类示范村创建。\n"
        "（二）（牵头单位：县农业农村局）农村厕所革命\n"
        "1．新建改建农村户用卫生厕所，2026年9月底前完成。\n"
    )
    assert plan_unit_lines_dated(text) == [
        (5, ["县城市管理局"], ["县财政局"], "2026-06", "scheduled"),
        (6, ["县城市管理局"], ["县财政局"], None, None),
        (8, ["县农业农村局"], [], "2026-09", "scheduled"),
    ]


def test_a_sentence_after_its_fields_stays_one_task() -> None:
    # guard: a point whose bracket is followed by the rest of its sentence is one task, as before
    text = "某县人居环境方案\n\n一、重点任务\n（一）开展河道清淤（牵头单位：县水利局；配合单位：县财政局）工作，2026年5月底前完成。\n"
    assert plan_unit_lines_dated(text) == [(4, ["县水利局"], ["县财政局"], "2026-05", "scheduled")]


# ---- a workbook's 备注 and a name broken after 社 ------------------------------------------------------------------

_HEADER = ["序号", "工作任务", "牵头单位", "完成时限", "备注"]


def _sheet_statuses(*rows: list[str]) -> list[tuple[str | None, str | None]]:
    document = sheet_document(_HEADER, *rows)
    return [(m.deadline.date, m.deadline.status) for w in document.workplans for m in w.measures]


def test_a_done_note_beside_a_deadline_column() -> None:
    # before: scheduled (a 备注 beside a 完成时限 column gave nothing)
    rows = (
        ["1", "开展就业援助", "区人社局", "2026年3月底前", "已完成"],
        ["2", "开展消防检查", "区民政局", "2026年4月底前", "已办结"],
    )
    assert _sheet_statuses(*rows) == [("2026-03", "done"), ("2026-04", "done")]


def test_other_notes_beside_a_deadline_column_as_before() -> None:
    # guards: a step done and work going on give nothing (SPEC)
    rows = (
        ["1", "推进供销社改革", "区供销社", "2026年10月底前", "已完成选址"],
        ["2", "建设零工市场", "区人社局", "2026年9月底前", "正在推进"],
    )
    assert _sheet_statuses(*rows) == [("2026-10", "scheduled"), ("2026-09", "scheduled")]


def test_a_name_broken_after_she() -> None:
    # before: 区人力资源社, 会保障局 (社 ends a name: 供销社); also after a line shorter than the next
    assert unit_cell_text("区人力资源社\n会保障局") == "区人力资源社会保障局"
    assert unit_cell_text("区人力资源社\n会保障局、区住房城乡建设局") == "区人力资源社会保障局、区住房城乡建设局"
    assert unit_cell_text("县卫生健康委\n员会") == "县卫生健康委员会"


def test_names_ending_in_she_and_short_lines_as_before() -> None:
    # guards: 区供销社 / 区财政局 two names; 街道 / 街道消防委 two (round 73); 区住房城乡 / 建设管理委 one (round 73)
    assert unit_cell_text("区供销社\n区财政局") == "区供销社、区财政局"
    assert unit_cell_text("街道\n街道消防委") == "街道、街道消防委"
    assert unit_cell_text("区住房城乡\n建设管理委") == "区住房城乡建设管理委"
    # and 平安办 / 公安派出所 two (held-out 36's ledger copy: 办公 is no word across a break)
    assert unit_cell_text("平安办\n公安派出所") == "平安办、公安派出所"


# ---- the whole plans ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("expected_path", hand_read_cases(FOLDER))
def test_the_plan_reads_as_written_by_hand(expected_path: Path) -> None:
    # compared without the deadline's raw words, as tests/test_round_plans.py compares (the date and status are)
    read, written = compared(expected_path)
    assert [r[:4] + r[5:] for r in read] == [w[:4] + w[5:] for w in written]
