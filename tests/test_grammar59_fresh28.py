"""Round 59 (fresh28): city and county plans on 2026's topics, read by hand before the parser ran
(docs/round59_fresh28.md)."""

from __future__ import annotations

import pytest

from reformgraph.loaders.parse import parse_document
from tests.support.readings import task_rows

_ORDINARY = "（九）做好档案整理。开展常规检查。（县档案馆负责，2026年9月底前）"


def _doc(items: str, heading: str = "一、重点任务"):
    text = (
        f"某县2026年重点工作方案\n\n各乡镇人民政府，县直各单位：\n\n为做好工作，制定本方案。\n\n{heading}\n\n"
        f"{items}\n\n{_ORDINARY}\n\n二、工作要求\n\n各单位要加强组织领导。\n\n某县人民政府办公室\n\n2026年3月10日\n"
    )
    return parse_document(text, path="plan.txt")


def _plan(items: str, heading: str = "一、重点任务") -> list[tuple]:
    return [row for row in task_rows(_doc(items, heading)) if row[1] != ["县档案馆"]]


def _deadlines(items: str) -> list[tuple]:
    measures = [m for w in _doc(items).workplans for m in w.measures if m.leads[0].raw != "县档案馆"]
    return [(m.deadline.raw, m.deadline.date, m.deadline.status) for m in measures]


# ---- A抓总，B具体落实 (and A统筹，B组织实施) with no other word of an assignment ----------------------------------------


def test_a_lead_at_the_helm_and_partners_carrying_it_out_make_a_task() -> None:
    # before, the paragraph held no word of an assignment: no task (a plan of such paragraphs alone was rejected)
    item = "①落实汽车报废更新补贴。做好资格审核。县商务局抓总，县公安局交警大队、县财政局具体落实。2026年12月31日前。"
    assert [(leads, supports, date) for _, leads, supports, date in _plan(item)] == [
        (["县商务局"], ["县公安局交警大队", "县财政局"], "2026-12-31")
    ]
    both = "1.完善回收网络。建设回收网点60个。县商务局、县供销合作社抓总，各乡镇人民政府具体落实。"
    assert [(leads, supports) for _, leads, supports, _ in _plan(both)] == [
        (["县商务局", "县供销合作社"], ["各乡镇人民政府"])
    ]
    overall = "1.完善回收网络。建设回收网点60个。县商务局统筹，县供销合作社、各乡镇人民政府按职责分工落实。"
    assert [(leads, supports) for _, leads, supports, _ in _plan(overall)] == [
        (["县商务局"], ["县供销合作社", "各乡镇人民政府"])
    ]


def test_a_helm_without_a_unit_or_a_partners_verb_is_no_task() -> None:
    # guards: 统筹/抓总 with no unit before it, and 抓总 with no partner's verb after it, name no assignment
    assert _plan("1.加强统筹，抓好落实。强化工作统筹，各乡镇具体落实。") == []
    assert _plan("1.完善回收网络。县商务局抓总，建设回收网点60个。") == []


# ---- the pace the work keeps, closing a prose task -----------------------------------------------------------------


def test_a_pace_closing_a_prose_task_is_its_status() -> None:
    # before, no deadline: 按年度推进 was read only as a field's words, not as the last clause or sentence of prose
    clause = "1.多渠道筹措改造资金。积极争取专项借款。由区财政局负责，区发展改革局按职责分工落实，按年度推进。"
    sentence = "2.开展汽车促消费活动。组织车展。县商务局抓总，各乡镇人民政府具体落实。按季度组织。"
    assert _deadlines(clause + "\n\n" + sentence) == [("按年度推进", None, "ongoing"), ("按季度组织", None, "ongoing")]


def test_a_pace_inside_the_work_or_a_duty_closing_it_is_no_status() -> None:
    # guards: a pace opening the work, a date closing it, and 按职责分工落实 (a duty, no pace) as the last clause
    dated = "1.落实资金。按季度拨付专项资金，由区财政局负责，区审计局配合，2026年底前完成。"
    duty = "2.落实资金。拨付专项资金，由区财政局负责，区审计局按职责分工落实。"
    assert _deadlines(dated + "\n\n" + duty) == [("2026年底前完成", "2026-12", "scheduled"), (None, None, None)]


def test_a_period_alone_as_the_last_sentence_is_the_tasks_schedule() -> None:
    # before, none: a period closing the task needed a deadline label (（完成时限：每季度）, round 54)
    item = "1.加强补贴资金监管。建立全流程管理机制。县财政局负责，县审计局配合。每月。"
    assert _deadlines(item) == [("每月", None, "ongoing")]


def test_a_period_opening_a_last_sentence_of_work_is_no_schedule_of_its_own() -> None:
    # guard: 每月补助… is an amount's rate in the work, not the task's schedule
    item = "1.发放育儿补贴。县卫生健康局负责，县财政局配合。每月补助200元。"
    assert _deadlines(item) == [(None, None, None)]


# ---- ① items of a list numbered on through its groups' headings -----------------------------------------------------


def test_a_circled_item_alone_under_a_heading_is_not_titled_by_it() -> None:
    # before, ⑦'s text opened with its heading's words (资金监管加强…), as an unnumbered paragraph under a heading is
    items = (
        "（一）汽车以旧换新\n\n①落实补贴。做好审核。县商务局负责，县财政局配合。\n\n"
        "（二）资金监管\n\n②加强资金监管。开展抽查。县财政局负责，县审计局配合。"
    )
    assert [text[:6] for text, _, _, _ in _plan(items)] == ["落实补贴。做", "加强资金监管"]


def test_an_unnumbered_paragraph_alone_under_a_heading_is_still_titled_by_it() -> None:
    # guard: the heading titles its one paragraph of work with no number of its own (as before)
    items = "（一）资金监管\n\n建立全流程管理机制，开展抽查。（县财政局负责，县审计局配合）"
    assert [text[:6] for text, _, _, _ in _plan(items)] == ["资金监管建立"]


def test_a_circled_item_that_does_not_go_on_from_its_list_is_still_titled_by_its_heading() -> None:
    # guard: ④ under （一） after a list ending ③ ④ (round 28's case): no list goes on through the heading
    items = (
        "③建立机制。县自然资源局负总责。\n\n④推进改革。县自然资源局牵头，县发改局协助。\n\n"
        "（一）全面实施光伏工程\n\n④推进屋顶光伏建设。（牵头单位：县发改局）"
    )
    assert [text[:8] for text, _, _, _ in _plan(items)][2] == "全面实施光伏工程"


# ---- a table typed in plain text, its cells parted by bars alone ----------------------------------------------------


@pytest.mark.parametrize("bar", [" | ", "｜"])
def test_a_plain_text_table_with_bars_between_cells_and_no_rule(bar: str) -> None:
    # before, no table (no bar at either end of a row, no rule under the header): the plan was rejected
    rows = [
        ["序号", "工作任务", "主责单位", "协同单位", "完成时限"],
        ["1", "建设县级物流配送中心", "县商务局", "县邮政管理局、县供销合作社", "2026年第三季度"],
        ["2", "改造提升乡镇商贸中心", "县商务局", "各乡镇人民政府", "6月底前"],
    ]
    table = "\n".join(bar.join(r) for r in rows)
    assert _plan(table) == [
        ("建设县级物流配送中心", ["县商务局"], ["县邮政管理局", "县供销合作社"], "2026-09"),
        ("改造提升乡镇商贸中心", ["县商务局"], ["各乡镇人民政府"], "2026-06"),
    ]


def test_lines_of_two_cells_parted_by_bars_are_no_table() -> None:
    # guard: two cells a line (工作任务 | 责任单位) with no rule under the header stay text, as before; with a rule
    # (GFM's table, round 45) they are a table
    lines = "工作任务 | 责任单位\n建设县级物流配送中心 | 县商务局\n改造提升乡镇商贸中心 | 县商务局"
    assert _plan(lines) == []
    ruled = lines.replace("\n", "\n--- | ---\n", 1)
    assert [leads for _, leads, _, _ in _plan(ruled)] == [["县商务局"], ["县商务局"]]
