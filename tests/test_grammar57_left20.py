"""Round 57 (left20): the text left-overs of round 56, each among ordinary items (docs/round57_left20.md)."""

from __future__ import annotations

from reformgraph.loaders.deadlines import parse_deadline
from reformgraph.loaders.parse import parse_document
from reformgraph.loaders.text_deadlines import text_deadline
from tests.support.readings import task_rows


def _plan(items: str, date: str = "2026年5月8日") -> list[tuple[str, list[str], list[str], str | None]]:
    text = (
        "某市2026年节能宣传活动方案\n\n各区人民政府，市直各单位：\n\n为做好活动，制定本方案。\n\n一、主要活动\n\n"
        f"{items}\n\n二、工作要求\n\n各单位要加强组织领导。\n\n某某市发展和改革委员会\n\n{date}\n"
    )
    return task_rows(parse_document(text))


# ---- a numbered item whose first line ends in a comma goes on into the next line ----------------------------


def test_a_numbered_item_wrapped_after_a_comma_is_one_paragraph() -> None:
    # before, the short first line (`3.…。A牵头，`) was read as a heading: the task cut at its end, B and the date lost
    for number in ("3.", "（三）"):
        item = (
            f"{number}推动节能低碳进机关。市机关事务管理局牵头，\n市直各单位配合，组织开展体验活动，2026年6月底前完成。"
        )
        assert [(leads, supports, date) for _, leads, supports, date in _plan(item)] == [
            (["市机关事务管理局"], ["市直各单位"], "2026-06")
        ], number


def test_a_numbered_item_wrapped_in_a_list_or_a_name_after_its_title_is_one_paragraph() -> None:
    # before, cut at the line's end as above: a list going on after 、, a name cut after the title's sentence
    listed = "3.推动节能低碳进机关。市发展改革委牵头，市机关事务管理局、\n市生态环境局配合，2026年6月底前完成。"
    cut = "（三）推动节能低碳进机关。由市机关事务管理局\n牵头，市直各单位配合，2026年6月底前完成。"
    assert [(leads, supports, date) for _, leads, supports, date in _plan(listed)] == [
        (["市发展改革委"], ["市机关事务管理局", "市生态环境局"], "2026-06")
    ]
    assert [(leads, supports, date) for _, leads, supports, date in _plan(cut)] == [
        (["市机关事务管理局"], ["市直各单位"], "2026-06")
    ]


def test_a_short_numbered_line_ending_no_clause_is_still_a_heading() -> None:
    # guards: a short enumerated title over its work (a label-lines task's title), a heading over numbered items
    item = (
        "（一）推动节能低碳进机关\n组织开展公共机构能源紧缺体验活动。\n牵头单位：市机关事务管理局\n配合单位：市直各单位"
    )
    rows = _plan(item)
    assert [(text[:9], leads, supports) for text, leads, supports, _ in rows] == [
        ("推动节能低碳进机关", ["市机关事务管理局"], ["市直各单位"])
    ]
    groups = "（一）推动节能低碳进机关\n1.组织能源紧缺体验活动。（市机关事务管理局负责）\n2.开展绿色出行活动。（市直各单位负责）"
    assert [leads for _, leads, _, _ in _plan(groups)] == [["市机关事务管理局"], ["市直各单位"]]
    two = "（一）坚持问题导向，强化源头治理\n1.组织能源紧缺体验活动。（市机关事务管理局负责）"  # a title of two phrases
    assert [(text[:6], leads) for text, leads, _, _ in _plan(two)] == [("组织能源紧缺", ["市机关事务管理局"])]


# ---- A统筹，/ B参与 over two lines ------------------------------------------------------------------------


def test_a_coordinator_and_partners_over_two_lines() -> None:
    # before, `统筹，` closing the line was no hint (round 55 asked one line) and the item's second line was lost
    for partner in ("参与", "协同"):
        item = f"5.推进节能诊断。市工业和信息化局统筹，\n各区人民政府、市发展改革委{partner}，组织开展免费节能诊断，持续推进。"
        rows = _plan(item)
        assert [(leads, supports, date) for _, leads, supports, date in rows] == [
            (["市工业和信息化局"], ["各区人民政府", "市发展改革委"], None)
        ], partner


def test_coordination_without_a_partner_on_the_next_line_names_no_unit() -> None:
    # guards (round 55's): 统筹 closing a line of work, a partner's verb with no unit on the next line
    item = "5.推进节能诊断。加强部门统筹，\n广泛动员社会力量参与，持续推进。\n\n6.加强执法检查。（市发展改革委负责）"
    assert [(text[:6], leads) for text, leads, _, _ in _plan(item)] == [("加强执法检查", ["市发展改革委"])]


def test_a_service_body_a_lead_organises_is_no_partner() -> None:
    # before, 节能服务机构 after 组织 was read as a partner (round 55 left out 专业机构, 第三方, 中介 so)
    item = "5.推进节能诊断。市工业和信息化局牵头，组织节能服务机构为重点用能企业开展免费节能诊断。"
    assert [(leads, supports) for _, leads, supports, _ in _plan(item)] == [(["市工业和信息化局"], [])]
    # guard: a unit organised is a partner (round 52)
    item = "5.推进节能诊断。市工业和信息化局牵头，组织各区人民政府开展节能诊断。"
    assert [(leads, supports) for _, leads, supports, _ in _plan(item)] == [(["市工业和信息化局"], ["各区人民政府"])]


# ---- a season after its year, before the work's verb, is during it ---------------------------------------


def test_a_season_after_its_year_before_the_works_verb_is_during_it() -> None:
    # before, `2026年寒假开展…` / `2026年冬季集中开展…` read no date (the season read only before 前, 期间, 、 or 各…)
    words = "县教育局负责，组织中小学生在2026年寒假开展安全教育实践活动。"
    assert (text_deadline(words, plan_year=2026).raw, text_deadline(words, plan_year=2026).date) == (
        "2026年寒假",
        "2026-02",
    )
    assert text_deadline("督促餐饮单位整改，2026年冬季集中开展专项整治。", plan_year=2026).date == "2027-02"
    assert text_deadline("2026年暑期组织青少年志愿服务。", plan_year=2026).date == "2026-08"
    assert parse_deadline("2026年冬季集中开展", 2026).date == "2027-02"  # a field too


def test_a_season_after_its_year_closing_its_clause_is_during_it() -> None:
    # before, none: as the season closing a field's value (round 56)
    assert text_deadline("2026年寒假，组织学生开展社会实践。", plan_year=2026).date == "2026-02"
    assert text_deadline("县教育局负责，活动安排在2026年寒假。", plan_year=2026).date == "2026-02"
    assert text_deadline("2026年冬季，开展燃气安全检查。", plan_year=2026).date == "2027-02"


def test_a_season_naming_work_is_still_no_time() -> None:
    # guards (round 56): the season names the work, no time to do it by
    assert text_deadline("组织2026年寒假社会实践活动。", plan_year=2026).date is None
    assert text_deadline("开展2026年春运安全大检查。", plan_year=2026).date is None
    assert text_deadline("2026年暑期托管服务覆盖全部城区学校。", plan_year=2026).date is None
    assert parse_deadline("2026年冬季行动结束", 2026).date == "2026-12"  # the bare year, as before


# ---- during a holiday or season with no year, in a task's words -------------------------------------------


def test_during_a_holiday_with_no_year_in_a_tasks_words() -> None:
    # before, none (a field has read `春节期间` since round 56)
    words = "县应急管理局牵头，会同县市场监管局，春节期间对大型商超开展安全检查。"
    found = text_deadline(words, plan_year=2026, document_date="2025-12-26")
    assert (found.raw, found.date) == ("春节期间", "2026-02")
    assert text_deadline("国庆期间加强景区客流管控。", plan_year=2026).date == "2026-10"
    assert text_deadline("，国庆期间加强景区客流管控。", plan_year=2026).date == "2026-10"


def test_during_it_beside_a_date_and_no_holiday() -> None:
    # guards: a dated task keeps its date (the holiday's month the later one wins, as 前 beside a date reads);
    # a period that is no holiday (节日期间, 活动期间) names none
    found = text_deadline("1月20日前完成备货，春节期间加强巡查。", plan_year=2026, document_date="2025-12-26")
    assert (found.raw, found.date) == ("1月20日前；春节期间", "2026-02")
    assert text_deadline("加大节日期间价格巡查频次。", plan_year=2026).date is None
    assert text_deadline("活动期间做好安全保障。", plan_year=2026).date is None
    # the holiday inside the work's object (round 48 fresh14/12), a season that recurs (round 40 prose2/03)
    assert text_deadline("强化野外用火管控。加强清明节期间祭祀用火管理。", plan_year=2026).date is None
    assert text_deadline("各乡镇要在夏收、秋收期间组织干部群众开展巡查值守。", plan_year=2026).date is None


# ---- a campaign whose month moves --------------------------------------------------------------------------


def test_a_campaign_whose_month_moves_is_its_years_end() -> None:
    # before, none in a task's words (a field read the year alone since round 55)
    for campaign in ("全国节能宣传周期间", "全国低碳日前", "食品安全宣传周期间", "全国食品安全宣传周期间"):
        found = text_deadline(f"市发展改革委牵头，举办启动仪式，2026年{campaign}完成。", plan_year=2026)
        assert (found.date, found.status) == ("2026-12", "scheduled"), campaign
        assert parse_deadline(f"2026年{campaign}", 2026).date == "2026-12", campaign


def test_a_campaign_of_a_known_month_and_no_campaign() -> None:
    # guards: a campaign of a fixed month as before (round 54, 56); the campaign named with no year, or no campaign
    assert text_deadline("县市场监管局牵头，2026年安全生产月前后完成。", plan_year=2026).date == "2026-06"
    assert text_deadline("组织开展2026年安全生产月活动。", plan_year=2026).date == "2026-06"  # as round 54 reads it
    assert text_deadline("组织开展2026年全国节能宣传周活动。", plan_year=2026).date == "2026-12"  # so the same
    assert text_deadline("办好食品安全宣传周活动。", plan_year=2026).date is None
    assert text_deadline("组织开展2026年节能宣传活动。", plan_year=2026).date is None
    assert parse_deadline("2026年6月底前", 2026).date == "2026-06"


# ---- during a holiday, or holidays listed, after a year in a task's words ----------------------------------


def test_during_a_holiday_after_its_year_in_a_tasks_words_is_its_month() -> None:
    # before, the words stopped before 期间 and read the eve (09-30, 04-30), as a field did before round 56
    assert text_deadline("，2026年国庆期间加强景区客流管控。", plan_year=2026).date == "2026-10"
    assert text_deadline("，2026年五一期间完成。", plan_year=2026).date == "2026-05"


def test_holidays_listed_after_a_year_are_each_read() -> None:
    # before, the words stopped at the first holiday: 2026年元旦 read its eve, 2025-12
    for words in ("，2026年元旦、春节期间加强值班值守。", "，2026年元旦春节期间加强值班值守。"):
        assert text_deadline(words, plan_year=2026, document_date="2025-12-26").date == "2026-02", words


def test_during_a_lunar_holiday_or_a_list_opened_by_one() -> None:
    # before, a lunar holiday was read only before 前: the words none, a field the bare year
    assert text_deadline("，2026年端午期间开展龙舟赛事安全检查。", plan_year=2026).date == "2026-06"
    assert parse_deadline("2026年端午期间", 2026).date == "2026-06"
    assert text_deadline("，2026年中秋、国庆期间加强市场监管。", plan_year=2026).date == "2026-10"
    assert text_deadline("中秋国庆期间，加强市场价格监管。", plan_year=2026).date == "2026-10"
    assert parse_deadline("中秋、国庆期间", 2026).date == "2026-10"  # a field with no year (before, none)


def test_numbers_that_are_no_holiday_stay_unread() -> None:
    # guards: 十一 before 、 is an item's number or a month's (十一、十二月), never National Day; the eve as before
    assert parse_deadline("2026年十一、十二月", 2026).date == "2026-12"
    assert parse_deadline("2026年十一月", 2026).date == "2026-11"
    assert parse_deadline("2026年五一前", 2026).date == "2026-04-30"
    assert parse_deadline("2026年国庆、中秋前后", 2026).date == "2026-10"  # round 54
    assert text_deadline("，2026年端午、中秋前完成。", plan_year=2026).date == "2026-09"  # round 55


# ---- guard: 监管部门 beside 责任主体 in label lines (round 56 left19) -----------------------------------------


def test_a_supervising_department_in_label_lines_still_supports() -> None:
    item = (
        "（二）整治餐饮场所燃气隐患\n督促餐饮经营单位安装可燃气体报警装置，2026年冬季集中开展专项整治。\n"
        "责任主体：各餐饮经营单位\n监管部门：县市场监管局、县住房城乡建设局"
    )
    assert [(leads, supports, date) for _, leads, supports, date in _plan(item, "2026年9月1日")] == [
        (["各餐饮经营单位"], ["县市场监管局", "县住房城乡建设局"], "2027-02")
    ]
