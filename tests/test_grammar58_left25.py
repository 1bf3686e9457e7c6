"""Round 58 (left25): the text left-overs of round 58's first wave, each among ordinary items (docs/round58_left25.md)."""

from __future__ import annotations

from reformgraph.loaders.deadlines import parse_deadline
from reformgraph.loaders.parse import parse_document
from reformgraph.loaders.text_deadlines import text_deadline
from tests.support.readings import task_rows

_ORDINARY = "（九）做好档案整理。开展常规检查。（县档案馆负责，2026年9月底前）"


def _plan(items: str, date: str = "2026年3月10日") -> list[tuple]:
    text = (
        f"某县2026年重点工作方案\n\n各乡镇人民政府，县直各单位：\n\n为做好工作，制定本方案。\n\n一、重点任务\n\n"
        f"{items}\n\n{_ORDINARY}\n\n二、工作要求\n\n各单位要加强组织领导。\n\n某县人民政府办公室\n\n{date}\n"
    )
    return [row for row in task_rows(parse_document(text)) if row[1] != ["县档案馆"]]


def _roles(items: str) -> list[tuple[list[str], list[str]]]:
    return [(leads, supports) for _, leads, supports, _ in _plan(items)]


# ---- a leader leading with the clause's own object ------------------------------------------------------------------


def test_a_leader_leading_with_an_object_leaves_the_task_to_the_unit_that_carries_it_out() -> None:
    # before, no task: the leader's clause, not ending in its verb, was not read as a person's
    item = (
        "（一）强化招商引资。王某某同志牵头负责全县招商引资工作，县投资促进中心具体承办，县发展改革局、县商务局配合。"
    )
    assert _roles(item) == [(["县投资促进中心"], ["县发展改革局", "县商务局"])]
    item = "（一）开展驻点招商。副县长张某某牵头负责联络处的组建工作，县投资促进中心具体承办，县财政局配合，2026年4月底前完成。"
    assert _plan(item)[0][1:] == (["县投资促进中心"], ["县财政局"], "2026-04")
    item = "（一）强化招商。由县委常委、常务副县长李某某牵头负责产业链招商工作，县投资促进中心、县工信局配合。"
    assert _roles(item) == [(["县投资促进中心", "县工信局"], [])]


def test_a_unit_leading_with_an_object_and_a_post_alone_read_as_before() -> None:
    # guards: a unit leading with its object leads (as before); a post with no name (分管领导) is no leader named
    item = "（一）强化招商引资。县投资促进中心牵头负责全县招商引资工作，县发展改革局配合，2026年12月底前完成。"
    assert _roles(item) == [(["县投资促进中心"], ["县发展改革局"])]
    item = "（一）强化招商引资。县政府分管领导牵头负责全县招商引资工作，县投资促进中心具体承办，县发展改革局配合。"
    assert _roles(item) == []
    item = "（一）强化招商引资。副县长王某某牵头，县投资促进中心具体承办，县发展改革局配合。"  # round 58
    assert _roles(item) == [(["县投资促进中心"], ["县发展改革局"])]


# ---- a term's midterm -----------------------------------------------------------------------------------------------


def test_a_terms_midterm_reads_its_middle_month() -> None:
    # before, the term's opening (2026-09, 2027-03) in a field and none in a task's words
    assert parse_deadline("2026年秋季学期期中").date == "2026-11"
    assert parse_deadline("2026年秋季学期期中前完成").date == "2026-11"
    assert parse_deadline("2027年春季学期期中").date == "2027-04"
    assert text_deadline("2026年秋季学期期中前，完成质量分析。").date == "2026-11"
    assert text_deadline("2027年春季学期期中以前完成质量分析。").date == "2027-04"


def test_a_term_its_end_and_its_midterm_exam_read_as_before() -> None:
    assert parse_deadline("2026年秋季学期").date == "2026-09"  # round 38: in place when the term opens
    assert parse_deadline("2026年秋季学期期末").date == "2027-01"  # round 58 fresh26
    assert parse_deadline("2026年秋季学期中").date == "2026-09"  # during the term
    assert text_deadline("组织2026年秋季学期期中考试。").date is None  # the exam is the work, not its time


# ---- doers under a named body's guidance as one clause of a list --------------------------------------------------


def test_a_guided_clause_among_others_keeps_its_guide_and_its_doers() -> None:
    # before, the doers and their guide were lost (only the other clause's unit was read)
    item = "（一）清理生活垃圾。组织村民清理。（县农业农村局牵头，各村在驻村工作队指导下实施，2026年6月底前）"
    assert _plan(item)[0][1:] == (["县农业农村局", "驻村工作队"], ["各村"], "2026-06")
    item = "（一）整治乱堆乱放。集中清理杂物。（县林业局牵头，各乡镇人民政府在县自然资源局指导下实施）"
    assert _roles(item) == [(["县林业局", "县自然资源局"], ["各乡镇人民政府"])]
    # beside a 负责 unit the guide leads with it
    item = "（一）清理生活垃圾。组织村民清理。（各村在驻村工作队指导下实施，县农业农村局负责）"
    assert _roles(item) == [(["驻村工作队", "县农业农村局"], ["各村"])]
    # the guide named again with its own 负责 (before, the doers lost): one lead
    item = "（一）开展巡查。开展巡查。（各乡镇人民政府在县农业农村局指导下实施，县农业农村局负责）"
    assert _roles(item) == [(["县农业农村局"], ["各乡镇人民政府"])]


def test_guided_lists_read_as_before() -> None:
    # guards: the whole list guided (round 58 left23), guidance by experts (left24),
    # a guided clause with no role alone after it
    assert _roles("（一）开展巡查。开展巡查。（各乡镇人民政府在县农业农村局指导下实施）") == [
        (["县农业农村局"], ["各乡镇人民政府"])
    ]
    assert _roles("（一）开展巡查。开展巡查。（县水利局负责，各村在专家指导下实施）") == [(["县水利局"], ["各村"])]
    item = "（一）开展巡查。开展巡查。（县林业局牵头，各乡镇在县自然资源局指导下开展巡查）"
    assert _roles(item)[0][0] == ["县林业局"]
