"""Round 43 (left5): the ways of writing round 42 saw and left."""

from reformgraph.loaders.parse import parse_document


def _tasks(text: str) -> list[tuple[int, list[str], list[str]]]:
    document = parse_document(text, path="x.txt")
    return [
        (m.line, [u.raw for u in m.leads], [u.raw for u in m.supports]) for w in document.workplans for m in w.measures
    ]


def test_a_guiding_unit_leads_and_the_doer_beside_it_supports_in_every_form() -> None:
    # one reading of 指导 / 督促指导 / 负责督促指导 next to a doer, whether the doer is written 牵头 or 负责, in brackets
    # or in prose: the guiding body leads (real 09's 生态环境部指导，试点城市政府负责落实). Before, （A牵头，B指导）
    # made both lead, 由A牵头，B指导 lost B, A负责，B督促指导 made A lead and （A负责，B督促指导） lost B.
    text = (
        "某市工作方案\n\n一、重点任务\n\n"
        "（一）加快养老服务中心建设。新建中心12个。（各县区政府牵头，市民政局指导）\n"
        "（二）推进农村互助养老。全年新建30个。（各县区政府负责，市民政局、市财政局督促指导）\n"
        "（三）实施适老化改造。由市民政局牵头，市残联指导，2024年11月底前完成。\n"
        "（四）推进医联体建设。市卫健委负责，市政府办公室督促指导。\n"
        "（五）实施分类整治。各乡镇人民政府负责组织实施，县住建局、县应急管理局负责督促指导。\n"
    )
    assert _tasks(text) == [
        (5, ["市民政局"], ["各县区政府"]),
        (6, ["市民政局", "市财政局"], ["各县区政府"]),
        (7, ["市残联"], ["市民政局"]),
        (8, ["市政府办公室"], ["市卫健委"]),
        (9, ["县住建局", "县应急管理局"], ["各乡镇人民政府"]),
    ]


def test_help_and_oversight_stay_supports() -> None:
    # 予以指导 (help given, round 41) and 督导 (an overseer, round 28) are not the guiding role: unchanged
    text = (
        "（一）推进校园安全建设。（县教育体育局牵头，县住房城乡建设局予以指导）\n"
        "（二）开展安全隐患排查。（各县区政府负责，市应急管理局督导）\n"
    )
    assert _tasks(text) == [(1, ["县教育体育局"], ["县住房城乡建设局"]), (2, ["各县区政府"], ["市应急管理局"])]


def test_a_later_clause_of_units_that_guide_or_help_belongs_to_the_subjects_task() -> None:
    # 各县区政府要…，市民政局、市财政局负责督促指导: the second clause's units lead, the subjects support (before, lost);
    # 各乡镇人民政府要…，县住建局要加强业务指导: one task, 县住建局 its partner (before, a second task led by it)
    text = (
        "一、重点任务\n\n"
        "（一）发展老年助餐服务。各县区政府要合理布局老年助餐点，市民政局、市财政局负责督促指导。\n"
        "（二）开展排查摸底。各乡镇人民政府要落实属地管理责任，县住建局要加强业务指导。2022年7月底前完成。\n"
        "（三）推进排水防涝。各街道办事处要落实积水点位巡查责任，区水务局负责督促指导。\n"
    )
    assert _tasks(text) == [
        (3, ["市民政局", "市财政局"], ["各县区政府"]),
        (4, ["各乡镇人民政府"], ["县住建局"]),
        (5, ["区水务局"], ["各街道办事处"]),
    ]
