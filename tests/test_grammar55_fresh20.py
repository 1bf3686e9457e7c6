"""Round 55 (fresh20): plans of kinds not met before (docs/round55_fresh20.md)."""

from tests.support.readings import plan_measures


def _item(words: str) -> str:
    return (
        "某区古树名木保护管理方案\n\n一、主要任务\n\n"
        f"1.实施濒危古树抢救复壮。{words}\n\n"
        "二、保障措施\n\n将古树名木保护经费纳入年度财政预算。\n"
    )


def _units(words: str) -> tuple[list[str], list[str]]:
    [(_line, leads, supports, *_deadline)] = plan_measures(_item(words))
    return leads, supports


def test_a_hired_body_a_lead_organises_is_no_partner() -> None:
    # before, `组织专业机构对…实施…` read 专业机构 as the lead's partner: a body hired for the work, as 相关企业 (round 51)
    for words in (
        "由区园林绿化局牵头，区财政局配合，组织专业机构对濒危古树实施复壮。（完成时限：2027年前）",
        "区园林绿化局牵头，区财政局配合，组织第三方机构开展古树健康评估。（完成时限：2027年前）",
    ):
        assert _units(words) == (["区园林绿化局"], ["区财政局"]), words


def test_a_unit_a_lead_organises_is_still_its_partner() -> None:
    # guard: a unit after 组织 (round 40's `A组织B开展…`, round 52's `A牵头，组织B、C开展…`)
    words = "区园林绿化局牵头，组织各街道办事处开展古树巡查。（完成时限：2027年前）"
    assert _units(words) == (["区园林绿化局"], ["各街道办事处"])


def test_units_sharing_the_work_after_a_lead_are_its_partners() -> None:
    # before, `A牵头，B、C分工负责` lost B and C, and `A牵头抓总，B、C负责` read all three leading: the lead's
    # partners, as `A牵头，B、C负责` (round 42) and `A牵头，B、C按职责分工负责` read
    for words in (
        "区园林绿化局牵头，区财政局、区城市管理局分工负责，2027年底前完成。",
        "区园林绿化局牵头抓总，区财政局、区城市管理局负责，2027年底前完成。",
        "区园林绿化局牵头抓总，区财政局、区城市管理局分工负责，2027年底前完成。",
    ):
        assert _units(words) == (["区园林绿化局"], ["区财政局", "区城市管理局"]), words


def test_units_responsible_with_no_lead_before_them_still_lead() -> None:
    # guards: a list closed by 分工负责 alone, and `A抓总，B负责资金保障` (B's own duty) are read as before
    assert _units("区园林绿化局、区财政局按职责分工负责，2027年底前完成。")[0] == ["区园林绿化局", "区财政局"]
    assert _units("区园林绿化局牵头，区财政局负责资金保障，2027年底前完成。") == (["区园林绿化局", "区财政局"], [])


def test_a_school_year_is_a_period_work_recurs_in() -> None:
    # before, `每学年开展一次` read no deadline (`每学期` was read, round 37)
    [(*_, raw, date, status)] = plan_measures(_item("县教育局负责，县文体旅局协助，每学年开展一次冰雪运动体验活动。"))
    assert (raw, date, status) == ("每学年", None, "ongoing")


def test_a_unit_an_item_opens_with_joins_another() -> None:
    # before, `A联合B、C开展…` opening an item read one lead `A联合B` (and C): A leads, B and C its partners, as
    # `A要联合B…` (round 39) and `A同B联合开展…` (round 44) read
    words = "区园林绿化局联合区城市管理局、区公安分局开展古树保护执法检查，每半年一次。"
    assert _units(words) == (["区园林绿化局"], ["区城市管理局", "区公安分局"])


def test_a_unit_an_item_opens_with_urges_others_alone() -> None:
    # before, `A督促B开展…` read one lead `A督促B`: A leads, whom it makes act no partner (round 42's 督促企业…)
    assert _units("区园林绿化局督促各街道办事处开展古树日常巡查，每月一次。") == (["区园林绿化局"], [])


def test_an_item_opening_with_a_joint_name_is_as_before() -> None:
    # guards: 联合 inside a name (市残疾人联合会), `A、B联合开展…` (both lead), `A要联合B…` (round 39)
    assert _units("市残疾人联合会开展古树保护志愿服务，每月一次。") == (["市残疾人联合会"], [])
    assert _units("区园林绿化局、区城市管理局联合开展执法检查，每半年一次。") == (["区园林绿化局", "区城市管理局"], [])
    assert _units("区园林绿化局要联合区城市管理局开展执法检查，每半年一次。") == (["区园林绿化局"], ["区城市管理局"])


def test_before_the_summer_or_winter_peak_is_the_month_before_it() -> None:
    # before, `2026年迎峰度夏前` read the bare year (2026-12): the summer peak of power and gas demand opens in July,
    # the winter one in December (as 采暖季前 reads November, round 32)
    for field, date in (("2026年迎峰度夏前", "2026-06"), ("2026年迎峰度冬前", "2026-11")):
        [(*_, raw, got, status)] = plan_measures(_item(f"（牵头单位：区发展改革局；完成时限：{field}）"))
        assert (raw, got, status) == (field, date, "scheduled"), field


def test_during_the_peak_is_as_before() -> None:
    # guard: `迎峰度夏期间` (work all through it) is not read as its eve; round 56 (left19) reads it as the peak's
    # last month, September (before, the bare year: round 55's Left)
    [(*_, raw, got, _status)] = plan_measures(_item("（牵头单位：区发展改革局；完成时限：2026年迎峰度夏期间）"))
    assert got == "2026-09"


def test_units_with_their_manner_before_their_duty_lead() -> None:
    # before, `A、B按照职责分别负责…` and `A按照“谁主管、谁负责”原则负责…` opening an item made no task (the manner read
    # as part of the units' names; the quote's 负责 as their verb): the units lead, as `A、B按职责分工负责` in a bracket
    for words, leads in (
        ("区园林绿化局、区城市管理局按照职责分别负责古树日常养护，年内完成。", ["区园林绿化局", "区城市管理局"]),
        ("区园林绿化局按照“谁主管、谁负责”原则负责古树日常养护，区财政局配合，年内完成。", ["区园林绿化局"]),
    ):
        assert _units(words)[0] == leads, words


def test_a_manner_opening_the_sentence_is_as_before() -> None:
    # guard: `按照职责分工，A负责…` (the manner before the units) and `A负责按照标准养护…` read as before
    assert _units("区园林绿化局负责按照技术规程开展古树日常养护，年内完成。")[0] == ["区园林绿化局"]


def test_a_manner_not_right_before_a_role_verb_names_no_unit() -> None:
    # guard (heldout 12's 微型消防站, which a first version made a task): `X应根据《…》，建立…，负责…` has words
    # between the manner and the verb, so X (no unit) leads nothing
    text = (
        "某区消防工作方案\n\n一、主要任务\n\n"
        "（一）建强微型消防站\n\n高层住宅小区应根据《微型消防站建设指导意见》，建立微型消防站，负责初起火灾扑救。\n\n"
        "（二）开展消防宣传\n\n区消防救援支队负责组织消防宣传，年内完成。\n"
    )
    assert [m[1] for m in plan_measures(text)] == [["区消防救援支队"]]


def test_a_manner_before_a_partners_help_is_the_verbs() -> None:
    # fresh20's Left, session 39: 从旁协助, 积极协助 read the adverb into the partner's name, and the partner was lost
    # (积极配合 was read since round 28)
    for manner in ("从旁协助", "积极协助", "全力协助", "从旁配合"):
        assert _units(f"完善古树名木档案，由县林业局负责，县自然资源局{manner}。") == (
            ["县林业局"],
            ["县自然资源局"],
        ), manner
    bracket = "1.完善古树名木档案。（县林业局负责，县自然资源局从旁协助）"
    assert [
        (leads, supports) for _, leads, supports, *_ in plan_measures(f"# 某县方案\n\n一、重点任务\n\n{bracket}\n")
    ] == [(["县林业局"], ["县自然资源局"])]


def test_words_after_a_lead_that_name_no_partner_stay_none() -> None:
    assert _units("完善古树名木档案，由县林业局负责，县自然资源局协助。") == (["县林业局"], ["县自然资源局"])
    assert _units("完善古树名木档案，由县林业局负责，从旁观察各地做法。") == (["县林业局"], [])
