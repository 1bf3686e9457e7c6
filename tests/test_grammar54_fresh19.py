"""Round 54 (fresh19): plans of kinds not met before (docs/round54_fresh19.md)."""

from reformgraph.loaders.text_deadlines import text_deadline
from tests.support.readings import plan_measures


def _item(words: str) -> str:
    return (
        "某市2026年东西部协作工作要点\n\n一、深化产业协作\n\n"
        f"1.扩大消费帮扶。市农业农村局、市商务局负责，组织农特产品进机关，市总工会参与开展消费帮扶活动。{words}\n\n"
        "二、工作要求\n\n各责任单位要明确联络员。\n"
    )


def test_a_closing_deadline_field_of_recurring_work_is_the_tasks() -> None:
    # before, `（完成时限：每季度）` closing an item whose units are in prose was no deadline (`（完成时限：持续推进）`
    # and a date were read): the field states the work recurs
    for field, raw in (
        ("（完成时限：每季度）", "每季度"),
        ("（完成时限：每月）", "每月"),
        ("完成时限：每半年。", "每半年"),
    ):
        [(line, leads, supports, got_raw, date, status)] = plan_measures(_item(field))
        assert (line, leads, supports) == (5, ["市农业农村局", "市商务局"], ["市总工会"])
        assert (got_raw, date, status) == (raw, None, "ongoing"), field


def test_a_recurring_field_closing_the_text_reads_alone() -> None:
    # the field is the text's last sentence, after a first sentence too long for a title (before: no deadline)
    title = "加强农村地区农特产品消费帮扶工作的组织协调和服务保障。组织农特产品进机关。"
    assert text_deadline(title + "（完成时限：每季度）").raw == "每季度"
    assert text_deadline(title + "完成期限：每年").status == "ongoing"


def test_a_recurring_word_not_in_a_closing_field_is_as_before() -> None:
    # guards: a bracket of a recurring word with no label, a labelled field that is not the text's last words, a
    # rate per period under another label stay no deadline
    title = "加强农村地区农特产品消费帮扶工作的组织协调和服务保障。"
    assert text_deadline(title + "组织农特产品进机关。（每季度）").raw is None
    assert text_deadline(title + "组织进机关（完成时限：每季度），再开展培训。").raw is None
    assert text_deadline(title + "组织进机关。（补助标准：每月200元）").raw is None


def _last_item(words: str, after: str = "\n\n某市人民政府办公室\n2026年3月18日\n") -> str:
    return f"某市2026年东西部协作工作要点\n\n一、深化劳务协作\n\n4.促进稳岗就业。市人社局负责，帮助转移就业。{words}{after}"


def test_a_last_deadline_field_does_not_run_into_the_signature() -> None:
    # before, an item closing with a field and no 。 (…。完成时限：每月) went on over the blank line into the issuer
    # and its date: the raw deadline was the signature's date (2026-03-18), the task's text held the signature
    for field, want in (
        ("完成时限：每月", ("每月", None, "ongoing")),
        ("完成时限：2026年6月底前", ("2026年6月底前", "2026-06", "scheduled")),
    ):
        [(line, leads, supports, *deadline)] = plan_measures(_last_item(field), "x.txt")
        assert (line, leads, supports, tuple(deadline)) == (5, ["市人社局"], [], want)


def test_a_deadline_field_cut_by_a_blank_line_still_joins() -> None:
    # guard: a field's value a page's break cut (2026年 / blank / 12月底前) goes on as before
    text = "某县方案\n\n一、重点任务\n\n1.推进改革。由县发展改革局牵头，县财政局配合。完成时限：2026年\n\n12月底前\n"
    assert plan_measures(text, "x.txt") == [
        (5, ["县发展改革局"], ["县财政局"], "2026年12月底前", "2026-12", "scheduled")
    ]


def _prose(sentence: str) -> str:
    return f"# 某县2026年应急广播建设要点\n\n## 一、重点任务\n\n1.建设应急广播平台。{sentence}\n\n## 二、工作要求\n\n各单位要认真落实。\n"


def test_a_lead_then_partners_after_a_dun_comma() -> None:
    # before, `A牵头、B配合` in prose (a 、 between the two clauses, with or without 由) lost B
    for sentence, supports in (
        ("县民政局牵头、县财政局配合，2026年底前完成。", ["县财政局"]),
        ("由县民政局牵头、县财政局、县应急管理局配合，2026年底前完成。", ["县财政局", "县应急管理局"]),
        ("县民政局负责、各乡镇人民政府具体实施，2026年底前完成。", ["各乡镇人民政府"]),
    ):
        assert plan_measures(_prose(sentence)) == [
            (5, ["县民政局"], supports, "2026年底前完成", "2026-12", "scheduled")
        ], sentence


def test_a_lead_then_work_after_a_dun_comma_is_as_before() -> None:
    # guards: a 、 after 牵头 before the lead's own work (no unit), and lists of leads, read as before
    assert plan_measures(_prose("县民政局牵头、协调各方力量参与建设，2026年底前完成。")) == [
        (5, ["县民政局"], [], "2026年底前完成", "2026-12", "scheduled")
    ]
    assert plan_measures(_prose("县民政局、县财政局负责，县应急管理局配合。")) == [
        (5, ["县民政局", "县财政局"], ["县应急管理局"], None, None, None)
    ]


def test_zhuyue_is_recurring_work() -> None:
    # before, `逐月调度` in a field kept its words with no status, and in a task's words read nothing; as 按月 reads
    from reformgraph.loaders.deadlines import parse_deadline

    assert parse_deadline("逐月调度").status == "ongoing"
    assert parse_deadline("逐季度通报").status == "ongoing"
    assert plan_measures(_prose("县卫生健康局牵头，县教育局配合，逐月调度进展。")) == [
        (5, ["县卫生健康局"], ["县教育局"], "逐月", None, "ongoing")
    ]


def test_zhu_before_other_words_is_as_before() -> None:
    # guards: 逐步 and 逐一 are no period (逐步 reads ongoing in a field, as before); 逐月 alone in a title's place
    from reformgraph.loaders.deadlines import parse_deadline

    assert parse_deadline("逐一核查").status is None
    assert text_deadline("推进托育服务，逐一核查机构资质。").raw is None


def test_gefuqize_closes_a_partners_clause_as_gesiqizhi() -> None:
    # before, `由A牵头，B、C各负其责` lost B and C (`各司其职` read them since round 44); in a bracket, the list
    # closed by it read no role
    for sentence in (
        "由市委军民融合办牵头，市发展改革委、市财政局各负其责，持续推进。",
        "（市委军民融合办牵头，市发展改革委、市财政局各负其责）",
    ):
        [(_, leads, supports, *_)] = plan_measures(_prose(sentence))
        assert (leads, supports) == (["市委军民融合办"], ["市发展改革委", "市财政局"]), sentence


def test_gefuqize_of_a_collective_or_alone_is_as_before() -> None:
    # guards: a collective's 各负其责 after a lead (as 各司其职: read as before), no lead before it
    # (round 55: after 牵头抓总 the collective is the lead's partner, as after 牵头 alone it was already; before, none)
    [(_, leads, supports, *_)] = plan_measures(_prose("由市委军民融合办牵头抓总，各成员单位各司其职，持续推进。"))
    [(_, leads2, supports2, *_)] = plan_measures(_prose("由市委军民融合办牵头抓总，各成员单位各负其责，持续推进。"))
    [(_, leads3, supports3, *_)] = plan_measures(_prose("由市委军民融合办牵头，各成员单位各司其职，持续推进。"))
    assert (leads, supports) == (leads2, supports2) == (leads3, supports3) == (["市委军民融合办"], ["各成员单位"])


def test_a_national_campaign_month_after_a_year_is_its_month() -> None:
    # before, a field `2026年“119”消防宣传月期间` read the bare year (2026-12), and the words none
    from reformgraph.loaders.deadlines import parse_deadline

    for field, date in (
        ("2026年“119”消防宣传月期间", "2026-11"),
        ("2026年安全生产月期间", "2026-06"),
        ("2026年“质量月”期间", "2026-09"),
        ("2026年国家网络安全宣传周期间", "2026-09"),
        ("2026年安全生产月前", "2026-05"),
    ):
        assert parse_deadline(field).date == date, field
    [(_, _, _, raw, date, status)] = plan_measures(_prose("县消防救援大队负责，2026年“119”消防宣传月期间集中开展。"))
    assert (date, status) == ("2026-11", "scheduled")


def test_a_campaign_month_with_no_year_is_as_before() -> None:
    # guards: the campaign named as the work (no year before it) is no deadline; a month named after it is read
    assert text_deadline("组织开展“119”消防宣传月活动。", plan_year=2026).raw is None
    assert text_deadline("结合安全生产月，2026年6月底前完成培训。", plan_year=2026).date == "2026-06"


def test_a_lead_verb_then_partners_in_an_item_with_no_role_hint() -> None:
    # before, `A统筹，B、C参与` (or 协同推进), whose words hold no prose hint, was read as an item opening with units and
    # a verb, the verb after the longest list: 参与's, so that A, B and C all led
    for verb in ("参与", "协同推进"):
        [(_, leads, supports, *_)] = plan_measures(
            _prose(f"县委网信办统筹，县公安局、县数据局{verb}，2026年6月底前完成。")
        )
        assert (leads, supports) == (["县委网信办"], ["县公安局", "县数据局"]), verb


def test_an_item_opening_with_units_and_a_verb_is_as_before() -> None:
    # guard: units and their verb in the first clause, partners after (round 40) read as before
    [(_, leads, supports, *_)] = plan_measures(_prose("县委网信办开展安全检查，县公安局配合开展培训。"))
    assert (leads, supports) == (["县委网信办"], ["县公安局"])
