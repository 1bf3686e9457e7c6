"""Round 57 (fresh23): plans of kinds not met before, read by hand first (tests/fixtures/round57/fresh23), and the
rules found by probes in their themes' phrasings after the first run."""

from __future__ import annotations

from reformgraph.loaders.deadlines import parse_deadline
from reformgraph.loaders.parse import parse_document
from reformgraph.loaders.text_deadlines import text_deadline

_HEAD = "某某县2026年工作方案\n\n各乡镇人民政府，县直有关单位：\n\n一、重点任务\n\n"
_TAIL = "\n\n某某县人民政府办公室\n2026年3月2日\n"


def _read(body: str) -> list[tuple]:
    doc = parse_document(_HEAD + body + _TAIL, path="x.md")
    return [
        ([u.raw for u in m.leads], [u.raw for u in m.supports], m.deadline.date, m.deadline.status)
        for w in doc.workplans
        for m in w.measures
    ]


def test_the_publicity_days_of_a_fixed_date_are_read_before_them():
    """``2026年世界湿地日前`` (2 February), ``2026年世界水日前`` (22 March), ``2026年全国土地日前`` (25 June),
    ``2026年全民健身日前`` (8 August): the day before, as ``2026年世界环境日前`` (round 55); before, the bare year."""
    assert parse_deadline("2026年世界湿地日前", 2026).date == "2026-02-01"
    assert parse_deadline("2026年世界水日前完成", 2026).date == "2026-03-21"
    assert parse_deadline("2026年全国土地日前", 2026).date == "2026-06-24"
    assert parse_deadline("2026年全民健身日前", 2026).date == "2026-08-07"
    assert parse_deadline("2026年世界艾滋病日前", 2026).date == "2026-11-30"
    found = text_deadline("省林业局负责，2026年世界湿地日前完成湿地保护宣传。", plan_year=2026)
    assert (found.date, found.status) == ("2026-02-01", "scheduled")


def test_the_publicity_days_whose_day_moves_are_read_as_their_month():
    """``中国农民丰收节`` (the autumn equinox, 22 or 23 September), ``全国助残日`` (the third Sunday of May): before them,
    their month, as ``春节前`` reads February."""
    assert parse_deadline("2026年中国农民丰收节前", 2026).date == "2026-09"
    assert parse_deadline("2026年全国助残日前", 2026).date == "2026-05"


def test_a_day_named_in_other_words_is_as_before():
    """Guards: the days named in a task's work, not before 前, name no time."""
    assert text_deadline("围绕世界湿地日开展宣传活动。", plan_year=2026).date is None
    assert parse_deadline("2026年世界湿地日宣传", 2026).date == "2026-12"  # the bare year, as before
    assert parse_deadline("2026年世界环境日前", 2026).date == "2026-06-04"


def test_a_unit_guiding_and_urging_another_body_is_no_name():
    """``县交通运输局督促指导各乡镇人民政府开展排查``: before, ``县交通运输局督促指导各乡镇人民政府`` was one lead's name;
    now 县交通运输局 leads and the body it urges is no partner, as ``A督促B开展…`` (round 55) and ``A指导督促B…``."""
    read = _read("1. 开展摸底排查。县交通运输局督促指导各乡镇人民政府开展排查，2026年6月底前完成。")
    assert read == [(["县交通运输局"], [], "2026-06", "scheduled")]
    with_partner = _read(
        "1. 开展摸底排查。县交通运输局督促指导各乡镇人民政府开展排查，县财政局配合，2026年6月底前完成。"
    )
    assert with_partner == [(["县交通运输局"], ["县财政局"], "2026-06", "scheduled")]


def test_two_bodies_joined_in_a_role_list_are_two_units():
    """``（县交通运输局督促指导各乡镇人民政府落实）``, ``（县交通运输局联合县公安局负责）``, ``（A组织B实施）``: before, one
    name leading; now the first body leads and the one it works with, urges or organises supports (its role is the
    list's verb: 落实, 负责), as ``（A督促指导，B落实）`` (round 43), ``A联合B开展…`` (round 55) and ``A组织B、C开展…``
    (round 40) read."""
    for verb in ("督促指导", "督促", "联合", "组织", "指导"):
        read = _read(f"1. 开展摸底排查。（县交通运输局{verb}各乡镇人民政府落实，2026年6月底前）")
        assert read == [(["县交通运输局"], ["各乡镇人民政府"], "2026-06", "scheduled")], verb
    both = _read("1. 开展摸底排查。（县交通运输局联合县公安局牵头，县财政局配合）")
    assert both == [(["县交通运输局", "县公安局"], ["县财政局"], None, None)]


def test_a_name_holding_such_a_verb_stays_whole():
    """Guards: ``县委组织部``, ``县社会组织指导中心``, ``县残疾人联合会`` are names, read whole as before."""
    assert _read("1. 开展摸底排查。（县委组织部牵头，县残疾人联合会配合）")[0][:2] == (
        ["县委组织部"],
        ["县残疾人联合会"],
    )
    assert _read("1. 开展摸底排查。（县社会组织指导中心负责）")[0][:2] == (["县社会组织指导中心"], [])


def test_a_guiding_unit_with_no_body_after_is_as_before():
    """Guards: ``A指导督促B…`` and ``A负责督促指导`` read as before; a name holding 指导 stays whole."""
    assert _read("1. 开展摸底排查。县交通运输局指导督促各乡镇人民政府开展排查。")[0][:2] == (["县交通运输局"], [])
    assert _read("1. 开展摸底排查。（县财政局负责，县交通运输局负责督促指导）")[0][:2] == (
        ["县交通运输局"],
        ["县财政局"],
    )
    assert _read("1. 开展摸底排查。（县社会组织指导中心牵头，县民政局配合）")[0][:2] == (
        ["县社会组织指导中心"],
        ["县民政局"],
    )


def test_units_that_carry_a_task_out_after_its_lead_support():
    """``（县交通运输局指导，各乡镇人民政府实施）``, ``（A牵头，B实施）``, ``（A负责，B抓落实）``: before, B was lost (a bare
    实施 and 抓落实 were no role); now B supports, as ``B具体实施`` and ``B抓好落实`` (rounds 30, 34)."""
    for tail in (
        "县交通运输局指导，各乡镇人民政府实施",
        "县交通运输局牵头，各乡镇人民政府实施",
        "县交通运输局负责，各乡镇人民政府抓落实",
    ):
        assert _read(f"1. 开展摸底排查。（{tail}）") == [(["县交通运输局"], ["各乡镇人民政府"], None, None)], tail


def test_a_unit_alone_before_carrying_out_still_leads():
    """Guards: the one unit named with 实施 or 抓落实 leads (the task's only role), as 落实 alone does."""
    assert _read("1. 开展摸底排查。（各乡镇人民政府实施）")[0][:2] == (["各乡镇人民政府"], [])
    assert _read("1. 开展摸底排查。（县交通运输局抓落实）")[0][:2] == (["县交通运输局"], [])


def test_partners_carrying_a_task_out_in_prose():
    """``由A牵头，B实施，…``, ``A负责，B抓落实，…``, ``A指导，B实施。`` in a paragraph: before, B was lost; now B supports,
    as the same words in a bracket (above) and ``由A牵头，B具体实施`` (round 34)."""
    for clause in (
        "由县交通运输局牵头，各乡镇人民政府实施",
        "县交通运输局负责，各乡镇人民政府抓落实",
        "县交通运输局指导，各乡镇人民政府实施",
    ):
        read = _read(f"（一）开展摸底排查。{clause}，2026年6月底前完成。")
        assert read == [(["县交通运输局"], ["各乡镇人民政府"], "2026-06", "scheduled")], clause


def test_a_partner_named_with_its_own_work_is_as_before():
    """Guard: ``B实施…工程`` (实施 with its object) is no bare role: read as before."""
    before = _read("（一）开展摸底排查。由县交通运输局牵头，各乡镇人民政府实施危桥改造工程，2026年6月底前完成。")
    assert before[0][0] == ["县交通运输局"]


def test_the_autumn_farming_season_is_read_as_the_summer_one():
    """``2026年“三秋”期间`` (the autumn harvest, sowing and field work, late September through October) is 2026-10,
    ``2026年三秋前`` 2026-09, as ``“三夏”期间`` (June) and ``秋收期间`` (October) read (rounds 32, 41); before, the bare
    year (a field) or none (a task's words)."""
    assert parse_deadline("2026年“三秋”期间", 2026).date == "2026-10"
    assert parse_deadline("2026年三秋期间", 2026).date == "2026-10"
    assert parse_deadline("2026年三秋前", 2026).date == "2026-09"
    found = text_deadline("县农业农村局牵头，2026年“三秋”期间完成跨区作业安全检查。", plan_year=2026)
    assert (found.date, found.status) == ("2026-10", "scheduled")


def test_the_autumn_season_naming_work_is_no_time():
    """Guards: ``三秋生产`` names the work (the bare year, as before); ``“三夏”期间`` as before."""
    assert parse_deadline("2026年三秋生产", 2026).date == "2026-12"
    assert parse_deadline("2026年“三夏”期间", 2026).date == "2026-06"


def test_the_unit_a_sentence_is_done_under_the_guidance_of_leads():
    """``在县交通运输局指导下，各乡镇人民政府负责组织实施，…``: before, the guide was lost and the doers led; now the
    guide leads and the doers support, as ``（各乡镇人民政府负责，县交通运输局指导）`` reads (round 43's one reading of a
    guiding unit; the corpus's plan 09)."""
    read = _read("（一）开展摸底排查。在县交通运输局指导下，各乡镇人民政府负责组织实施，2026年6月底前完成。")
    assert read == [(["县交通运输局"], ["各乡镇人民政府"], "2026-06", "scheduled")]
    partner = _read("（一）开展摸底排查。在县交通运输局的业务指导下，各乡镇人民政府负责，县财政局配合，长期坚持。")
    assert partner == [(["县交通运输局"], ["各乡镇人民政府", "县财政局"], None, "ongoing")]


def test_a_lead_written_under_guidance_keeps_leading():
    """Guards: a doer written 牵头 keeps leading beside its guide (round 43's choice at the merge); guidance by no
    named unit (``在上级部门指导下``, ``在专家指导下``) changes nothing."""
    both = _read("（一）开展摸底排查。在县交通运输局指导下，由各乡镇人民政府牵头，县财政局配合。")
    assert both == [(["县交通运输局", "各乡镇人民政府"], ["县财政局"], None, None)]
    assert _read("（一）开展摸底排查。在专家指导下，各乡镇人民政府负责组织实施。")[0][:2] == (["各乡镇人民政府"], [])


_DITTO_TABLE = """| 序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时间 |
| --- | --- | --- | --- | --- |
| 1 | 摸清需求底数 | 市卫生健康委 | 市民政局 | 2026年5月底前 |
| 2 | 开展专业培训 | {mark} | 市人力资源社会保障局 | {mark} |"""


def test_a_ditto_mark_in_a_cell_repeats_the_cell_above():
    """A 台账's ``〃`` (the ditto mark, U+3003) or ``″`` in a cell: the cell above, as ``同上`` (round 35); before, ``〃``
    was read as a unit's name."""
    for mark in ("〃", "″"):
        read = _read(_DITTO_TABLE.format(mark=mark))
        assert read[1] == (["市卫生健康委"], ["市人力资源社会保障局"], "2026-05", "scheduled"), mark


def test_a_cell_of_its_own_is_as_before():
    """Guard: a row naming its own units and date reads them."""
    read = _read(_DITTO_TABLE.replace("{mark} |", "各区县人民政府 |", 1).format(mark="2026年9月底前"))
    assert read[1] == (["各区县人民政府"], ["市人力资源社会保障局"], "2026-09", "scheduled")


def test_a_named_period_with_its_dates_in_brackets_is_due_at_their_end():
    """A field's ``2026年汛期（6月1日至9月30日）``, ``2026年汛期（5—9月）``, ``2026年禁渔期（3月1日—6月30日）``: the
    bracket spells the period out, due at its end, as the same words in a task's text read (round 42); before, the
    bare year (2026-12)."""
    assert parse_deadline("2026年汛期（6月1日至9月30日）", 2026).date == "2026-09-30"
    assert parse_deadline("2026年汛期（5—9月）", 2026).date == "2026-09"
    assert parse_deadline("2026年禁渔期（3月1日—6月30日）", 2026).date == "2026-06-30"


def test_a_period_running_into_the_next_year_or_a_bare_year_is_as_before():
    """Guards: ``（10月1日至次年4月30日）`` runs into the next year (the bare year, as before); ``2026年汛期`` alone;
    ``2026年（暂定）``."""
    assert parse_deadline("2026年森林防火期（10月1日至次年4月30日）", 2026).date == "2026-12"
    # (round 58 left23: 2026年汛期 alone closing the value is during it, to September, as 2026年暑期 reads)
    assert parse_deadline("2026年汛期", 2026).date == "2026-09"
    assert parse_deadline("2026年6月底前（首批）、2026年12月底前（全部）", 2026).date == "2026-12"


def test_a_named_period_with_its_dates_in_brackets_in_a_tasks_words():
    """``县交通运输局负责，2026年汛期（6月1日至9月30日）实行24小时值班。`` and ``2026年汛期（5—9月）``: due at the bracket's
    end, as a field reads them (above); before, 2026-12 (the bare year before the bracket, the latest)."""
    found = text_deadline("县交通运输局负责，2026年汛期（6月1日至9月30日）实行24小时值班。", plan_year=2026)
    assert found.date == "2026-09-30"
    assert text_deadline("县交通运输局负责，2026年汛期（5—9月）实行24小时值班。", plan_year=2026).date == "2026-09"


def test_a_bracket_after_a_date_that_spells_no_period_is_as_before():
    """Guards: ``2026年底前（含）`` and ``2026年6月底前（首批）`` read their own dates."""
    assert text_deadline("县交通运输局负责，2026年底前（首批）完成。", plan_year=2026).date == "2026-12"
    assert text_deadline("县交通运输局负责，2026年6月底前（首批）完成。", plan_year=2026).date == "2026-06"


def test_labels_after_a_dash_closing_a_tasks_title():
    """``1.开展全面排查——牵头：A；配合：B；时限：4月30日前。``: before, no task (a dash before a label was read only at a
    line's or a sentence's start, round 44); now the dash ends the title, as ``。——牵头单位：…`` reads."""
    read = _read("1.开展全面排查——牵头：街道平安建设办公室；配合：各社区居委会；时限：4月30日前。")
    assert read == [(["街道平安建设办公室"], ["各社区居委会"], "2026-04-30", "scheduled")]
    units = _read("1.开展全面排查——牵头单位：街道平安建设办公室；配合单位：各社区居委会；完成时限：2026年6月底前。")
    assert units == [(["街道平安建设办公室"], ["各社区居委会"], "2026-06", "scheduled")]


def test_a_dash_before_no_label_is_as_before():
    """Guards: a dash before units (round 44's tail), a range's dash, a quoted author's dash read as before."""
    assert _read("1.开展全面排查——街道平安建设办公室牵头，各社区居委会配合。") == [
        (["街道平安建设办公室"], ["各社区居委会"], None, None)
    ]


def test_the_first_listed_convention_naming_the_lists_label():
    """``每项任务的第一个责任单位为牵头单位，其他为参与单位``: the first unit of each list leads, as ``第一个单位为牵头单位``
    (round 39); before, every listed unit led."""
    head = "某某省2026年工作方案\n\n各设区市人民政府：\n\n每项任务的第一个责任单位为牵头单位，其他为参与单位。\n\n一、重点任务\n\n"
    body = "1. 开展湿地资源调查监测。（责任单位：省林业局、省自然资源厅；完成时限：2026年第二季度）"
    doc = parse_document(head + body + _TAIL, path="x.md")
    [m] = [m for w in doc.workplans for m in w.measures]
    assert ([u.raw for u in m.leads], [u.raw for u in m.supports]) == (["省林业局"], ["省自然资源厅"])


def test_a_first_responsible_body_declared_is_no_convention():
    """Guard: ``县水利局是第一责任单位`` declares a body (round 44), no convention of the lists."""
    read = _read(
        "（一）整治非法采砂。县水利局是第一责任单位，县公安局配合。\n\n（二）开展巡查。（责任单位：县水利局、县交通运输局）"
    )
    assert read[1][:2] == (["县水利局", "县交通运输局"], [])


def test_the_doers_duty_after_the_guidance_is_read_as_after_an_opening_adverbial():
    """``在县交通运输局指导下，各乡镇人民政府负责组织排查。`` (负责 and the work, not a role closing the clause): before, no
    task (the guidance clause, holding 指导, was no opening adverbial, so the next clause's units were not read); now
    the guide leads and the doers support, as above. ``在A统筹指导下，B、C分别负责…`` too."""
    read = _read("（一）开展摸底排查。在县交通运输局指导下，各乡镇人民政府负责组织排查。")
    assert read == [(["县交通运输局"], ["各乡镇人民政府"], None, None)]
    shared = _read("（一）开展摸底排查。在县交通运输局统筹指导下，县财政局、县审计局分别负责资金和审计工作。")
    assert shared == [(["县交通运输局"], ["县财政局", "县审计局"], None, None)]
