"""Round 59 (fresh29): division plans from both ends of the hierarchy (国务院办公厅, 省, 街道, 开发区, hospital,
university, 国有企业集团), read by hand before the parser ran (docs/round59_fresh29.md)."""

from __future__ import annotations

from reformgraph.loaders.parse import parse_document
from tests.support.readings import task_rows

_ORDINARY = "（九）做好档案整理。开展常规检查。（集团办公室负责，2026年9月底前）"


def _plan(items: str, notice: str = "") -> list[tuple]:
    text = (
        f"某某集团2026年重点工作方案\n\n集团总部各部门，各子公司：\n\n为做好工作，制定本方案。{notice}\n\n"
        f"一、重点举措\n\n{items}\n\n{_ORDINARY}\n\n二、工作要求\n\n各单位要加强组织领导。\n\n某某集团有限公司\n\n"
        "2026年3月10日\n"
    )
    return [row for row in task_rows(parse_document(text)) if row[1] != ["集团办公室"]]


def _roles(items: str, notice: str = "") -> list[tuple[list[str], list[str]]]:
    return [(leads, supports) for _, leads, supports, _ in _plan(items, notice)]


_FIRST_LISTED = "各项任务中，列第一位者为牵头单位，其他单位按职责分工负责。"


# ---- a dash opening a task's paragraph is its bullet ----------------------------------------------------------------


def test_a_dash_opening_a_tasks_paragraph_is_no_part_of_its_text() -> None:
    # before, the task's text began with the dash (——清理退出…)
    items = (
        "（一）聚焦主责主业\n\n——清理退出非主业业务。制定退出方案。（战略发展部牵头，各子公司具体实施，2026年年底前）\n\n"
        "——压减管理层级。年内压减法人户数10户。（企业管理部牵头，各子公司具体实施，年内）"
    )
    assert [(text[:8], leads, supports, date) for text, leads, supports, date in _plan(items)] == [
        ("清理退出非主业业", ["战略发展部"], ["各子公司"], "2026-12"),
        ("压减管理层级。年", ["企业管理部"], ["各子公司"], "2026-12"),
    ]


def test_a_task_text_with_a_dash_inside_or_a_rule_of_dashes_keeps_it() -> None:
    # guards: a dash inside the text, and three dashes (a rule, no bullet), stay as written
    inside = "（一）推进集中采购——扩大目录范围。（物资采购中心牵头，审计部督导，长期坚持）"
    assert [text[:10] for text, *_ in _plan(inside)] == ["推进集中采购——扩大"]
    rule = "———推进集中采购。（物资采购中心牵头，审计部督导，长期坚持）"
    assert [text[:3] for text, *_ in _plan(rule)] == ["———"]


# ---- （按职责分工牵头） in brackets after a list: every unit of the list leads -------------------------------------------


def test_a_lead_by_duties_in_brackets_covers_the_list_it_closes() -> None:
    # before, only the unit right before the bracket led (and none under a first-listed convention: the first led,
    # the second supported)
    item = "（一）发展养老托育服务。新增托位1.2万个。（省民政厅、省卫生健康委（按职责分工牵头），省发展改革委、省财政厅协同）"
    both = (["省民政厅", "省卫生健康委"], ["省发展改革委", "省财政厅"])
    assert _roles(item) == [both]
    assert _roles(item, _FIRST_LISTED) == [both]
    short = "（一）推进医养结合。（国家卫生健康委、民政部（按职责牵头），国家医保局参与）"
    assert _roles(short, _FIRST_LISTED) == [(["国家卫生健康委", "民政部"], ["国家医保局"])]


def test_a_plain_lead_in_brackets_after_one_unit_is_its_own() -> None:
    # guards: （牵头） after one unit of a list marks that unit alone (round 42); partners by duties after a lead support
    own = "（一）发展养老托育服务。（省民政厅（牵头）、省卫生健康委，省发展改革委协同）"
    assert _roles(own) == [(["省民政厅"], ["省卫生健康委", "省发展改革委"])]
    after_comma = "（一）发展养老托育服务。（省民政厅牵头，省卫生健康委、省医保局（按职责分工配合））"
    assert _roles(after_comma) == [(["省民政厅"], ["省卫生健康委", "省医保局"])]


# ---- an overseer's verbs closing a list: 督查, 督办, and how it oversees (跟踪, 全程, 定期) ------------------------------


def test_an_overseer_closing_a_list_supports_as_one_that_oversees_does() -> None:
    # before, the overseer was lost (督查, 跟踪督导, 定期督导) or kept its verb in its name (县纪委跟踪督办)
    for verb in ("督查", "督办", "跟踪督办", "督查督办", "定期督导", "全程督导"):
        item = f"（一）推进厕所革命。新改建户厕300户。（农业综合服务中心牵头，财政所参与，镇纪委{verb}）"
        assert _roles(item) == [(["农业综合服务中心"], ["财政所", "镇纪委"])], verb
    alone = "（一）推进厕所革命。新改建户厕300户。（经济发展办负责，党政办督查）"
    assert _roles(alone) == [(["经济发展办"], ["党政办"])]


def test_an_overseers_office_by_name_and_the_plain_overseer_are_as_before() -> None:
    # guards: an office named for its oversight (督查室) is a unit's name, no verb; 督导 supports as before
    named = "（一）推进厕所革命。新改建户厕300户。（镇政府督查室牵头，党政办配合）"
    assert _roles(named) == [(["镇政府督查室"], ["党政办"])]
    plain = "（一）推进厕所革命。新改建户厕300户。（经济发展办负责，党政办督导）"
    assert _roles(plain) == [(["经济发展办"], ["党政办"])]


# ---- a recurrence from a start year: 自2026年起每月…, 从2026年开始每年… --------------------------------------------------


def _dates(items: str) -> list[str | None]:
    return [date for *_, date in _plan(items)]


def test_a_recurrence_after_a_start_year_in_the_bracket_is_ongoing() -> None:
    # before, 自2026年起 read as a year the work is about (a verb's object): no deadline; 从2026年开始每年 read 2026-12
    for when in (
        "自2026年起每月开展一次",
        "从2026年起每年组织一次",
        "从2026年开始每年评选一次",
        "2026年开始，每年评选一次",
    ):
        doc = parse_document(
            _plan_text(f"（一）开展村庄清洁行动。清理房前屋后。（社会事务办牵头，各村（社区）具体实施，{when}）")
        )
        [deadline] = [m.deadline for w in doc.workplans for m in w.measures if m.leads[0].raw == "社会事务办"]
        assert (deadline.raw, deadline.date, deadline.status) == (when, None, "ongoing"), when


def test_a_month_work_starts_in_and_a_years_object_are_as_before() -> None:
    # guards: a month the work starts in with no recurrence stays a date; a year a verb is about is none; a span from
    # a start is due at its end
    item = "（一）做好供暖保障。检修管网。（城建办负责，{}）"
    assert _dates(item.format("2026年10月开始供暖")) == ["2026-10"]
    assert _dates(item.format("2026年开始建设，2027年建成")) == ["2027-12"]
    assert _dates("（一）谋划项目。谋划2026年重点项目。（城建办负责）") == [None]


def _plan_text(items: str) -> str:
    return f"某某镇2026年工作方案\n\n各村（社区）：\n\n为做好工作，制定本方案。\n\n一、重点工作\n\n{items}\n\n某某镇人民政府\n\n2026年3月16日\n"
