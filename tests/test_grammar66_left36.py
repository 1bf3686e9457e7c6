"""Round 66 (left36): what round 65 left unread: held-out 46's and 47's readings (a plan written as articles, whose
role-less units state rules; a 负责 clause after clauses of purpose and work), a bare 节前3日 whose festival only the
plan's title names, 前夕 a day of its own, a heading over one paragraph whose 会同 names a partner, and a duty whose
first clause is the heading's unit's work before another unit's 会同 (docs/round66_left36.md)."""

from __future__ import annotations

from reformgraph.loaders.deadlines import parse_deadline
from reformgraph.loaders.parse import parse_document
from reformgraph.loaders.prose import read_prose
from reformgraph.loaders.text_deadlines import text_deadline, title_festival
from reformgraph.records import Document
from tests.support.readings import deadline_readings


def _rows(doc: Document) -> list[tuple[int, list[str], list[str]]]:
    return [(m.line, [u.raw for u in m.leads], [u.raw for u in m.supports]) for w in doc.workplans for m in w.measures]


def _units(text: str) -> list[tuple[str, str]] | None:
    found = read_prose(text, 0, len(text))
    return None if found is None else [(u.name, u.role) for u in found.units]


# ---- a plan written as articles (held-out 46) ---------------------------------------------------------------------


def _regulation(articles: bool) -> str:
    heads = (
        ("第一条 适用范围", "第二条 操作规则", "第三条 相关费用")
        if articles
        else ("一、适用范围", "二、操作规则", "三、相关费用")
    )
    return (
        f"某镇储备用地临时利用管理实施方案\n\n{heads[0]}\n本方案适用于本镇范围内的储备用地。\n{heads[1]}\n"
        "1.某镇会同用地单位制定临时利用方案。\n"
        "2.临时利用方案预审通过后，某镇应通过集体决策程序明确临时利用的范围和期限。\n"
        f"{heads[2]}\n"
        "（1）属地村申请的管护费用总额上限最高不超过区财政下拨管护费总额。镇财政所、镇规建办对相关费用进行审核，按实扣减。\n"
        "\n某镇人民政府\n2023年11月1日\n"
    )


def test_a_regulation_s_units_acting_with_no_role_word_are_no_tasks() -> None:
    # before: the modal subject after a step's condition and the units after a rule's sentence were tasks
    assert _rows(parse_document(_regulation(articles=True))) == [(6, ["某镇"], ["用地单位"])]


def test_the_same_items_outside_articles_read_as_before() -> None:  # guard: rounds 33 and 38's readings
    assert _rows(parse_document(_regulation(articles=False))) == [
        (6, ["某镇"], ["用地单位"]),
        (7, ["某镇"], []),
        (9, ["镇财政所", "镇规建办"], []),
    ]


# ---- a 负责 clause after clauses of purpose and work (held-out 47) ------------------------------------------------


def test_a_role_clause_after_clauses_naming_no_role_opens_the_task() -> None:
    # before: None (a 负责 clause opened a task only right after a time or an opening adverbial)
    assert _units("为持续保持村容村貌，全镇保洁员今后由各村属地化管理，市容办负责业务指导及每月考核。") == [
        ("市容办", "lead")
    ]
    assert _units("建立长效管护机制，镇纪委、镇党政办按职责分工负责督查考核，每季度通报一次。") == [
        ("镇纪委", "lead"),
        ("镇党政办", "lead"),
    ]


def test_no_task_after_a_label_a_unit_acting_or_a_modal_subject() -> None:  # guards
    assert _units("责任单位：县乡村振兴局（牵头），县民政局、县医保局") is None
    assert _units("各乡镇要落实属地责任，县农业农村局负责统筹协调，每月通报工作。") is None
    assert _units("进一步加强组织领导，明确街镇负责消防安全管理的部门。") is None  # the units open no clause


def test_a_purpose_s_continuing_word_is_no_time_of_the_task() -> None:
    # before: 持续保持 (the purpose's aim) read as the task's status words
    text = "为持续保持村容村貌，保洁员由各村管理，市容办负责业务指导及每月对各村的考核。"
    assert text_deadline(text, plan_year=2020).raw == "每月"
    assert text_deadline("为持续保持村容村貌，市容办负责考核。", plan_year=2020).status is None
    assert text_deadline("持续推进环境整治，市容办负责考核。", plan_year=2020).raw == "持续推进"  # guard


# ---- 前夕, and a bare 节前3日 under a title naming its festival ------------------------------------------------------


def test_the_eve_of_a_holiday_whose_day_is_known_is_a_day() -> None:
    # before: 春节前夕 read its month (2027-02)
    assert parse_deadline("春节前夕", 2027, "2027-01-08").date == "2027-02-05"
    assert parse_deadline("2026年春节前夕", 2026).date == "2026-02-16"


def test_an_eve_whose_day_is_not_known_and_a_bare_前_read_as_before() -> None:  # guards
    assert parse_deadline("国庆节前夕", 2026).date == "2026-09-30"
    # round 67 left37: 中秋's day is known from its table (2026-09-25): the eve is its day (before, 2026-09); a year
    # beyond the table reads the year alone, as before (round 54)
    assert parse_deadline("中秋节前夕", 2026).date == "2026-09-24"
    assert parse_deadline("中秋节前夕", 2040).date == "2040-12"
    assert parse_deadline("春节前", 2027, "2027-01-08").date == "2027-02"


def _notice(title: str, words: str, field: str = "", dated: str = "2026年9月15日") -> str:
    limit = f"；完成时限：{field}" if field else ""
    return (
        f"某市市场监督管理局\n{title}\n\n各县（市、区）市场监督管理局：\n\n节日临近，现将有关事项通知如下。\n\n"
        f"（一）开展专项检查。{words}（牵头单位：市市场监管局；配合单位：市公安局{limit}）\n\n"
        f"某市市场监督管理局\n{dated}\n"
    )


def test_a_bare_count_before_the_festival_the_title_names() -> None:
    # before: no date (the words name no festival before 节前)
    title = "关于做好2026年国庆节假日期间安全工作的通知"
    assert deadline_readings(_notice(title, "对商场开展检查，节前3日完成第一轮检查。")) == [("节前3日", "2026-09-28")]
    assert deadline_readings(_notice(title, "对商场开展检查。", "节前3日")) == [("节前3日", "2026-09-28")]
    spring = "关于做好春节期间食品安全保障工作的通知"  # dated in December: the next year's festival (2027-02-06)
    assert deadline_readings(_notice(spring, "对商场开展检查。", "节前3日", "2026年12月20日")) == [
        ("节前3日", "2027-02-03")
    ]


def test_no_festival_from_a_title_naming_none_or_two_and_the_words_first() -> None:  # guards
    assert title_festival("关于做好2026年中秋国庆“双节”期间安全工作的通知") is None
    plain = "关于做好2026年安全生产工作的通知"
    assert deadline_readings(_notice(plain, "对商场开展检查，节前3日完成第一轮检查。")) == [(None, None)]
    title = "关于做好2026年国庆节假日期间安全工作的通知"
    words = "春节期间用气量大，对商场开展检查，节前3日完成第一轮检查。"
    assert deadline_readings(_notice(title, words)) == [("节前3日", "2027-02-03")]  # the words' festival (2027-02-06)


# ---- a unit's heading: one paragraph with 会同, and a duty opening with the heading's work --------------------------


def _duties(first: str, second: str) -> str:
    return (
        "某县农房改造实施方案\n\n一、重点任务\n\n开展农房改造。\n\n二、职责分工\n\n（一）县住房城乡建设局\n\n"
        f"{first}\n\n（二）县应急管理局\n\n1.负责指导乡镇做好施工安全工作；\n\n2.{second}\n\n"
        "某县人民政府办公室\n2026年3月20日\n"
    )


def test_a_heading_over_one_paragraph_whose_会同_names_a_partner() -> None:
    # before: the partner lost (the heading took the paragraph with its own units only)
    text = _duties("负责农房改造，会同县自然资源局制定方案。", "督促整改；")
    assert _rows(parse_document(text))[0] == (9, ["县住房城乡建设局"], ["县自然资源局"])
    text = _duties("负责农房改造和质量安全监管。", "督促整改；")  # guard: no 会同, no partner
    assert _rows(parse_document(text))[0] == (9, ["县住房城乡建设局"], [])


def test_a_duty_opening_with_the_heading_s_work_before_another_s_会同() -> None:
    # before: 县气象局 alone led (the sentence read as prose), the heading's unit not named
    text = _duties("负责农房改造。", "汛期前开展隐患排查，县气象局会同县自然资源局发布预警。")
    assert _rows(parse_document(text))[-1] == (17, ["县应急管理局", "县气象局"], ["县自然资源局"])


def test_a_duty_opening_with_another_unit_or_naming_the_heading_s_reads_as_before() -> None:  # guards
    text = _duties("负责农房改造。", "县气象局会同县自然资源局发布预警。")
    assert _rows(parse_document(text))[-1] == (17, ["县气象局"], ["县自然资源局"])
    text = _duties("负责农房改造。", "汛期前开展隐患排查，县气象局会同县应急管理局发布预警。")
    assert _rows(parse_document(text))[-1] == (17, ["县气象局"], ["县应急管理局"])
    text = _duties(
        "负责农房改造。", "完善排查制度。根据汛情开展排查，县气象局会同县自然资源局发布预警。"
    )  # a title first
    assert _rows(parse_document(text))[-1] == (17, ["县气象局"], ["县自然资源局"])
