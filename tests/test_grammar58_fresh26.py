"""Round 58 (fresh26): plans of offices not met before, read by hand first (tests/fixtures/round58/fresh26), and the
rules probes of their near wordings asked for."""

from __future__ import annotations

import pytest

from reformgraph.errors import DocumentError
from reformgraph.loaders.deadlines import parse_deadline
from reformgraph.loaders.parse import parse_document
from reformgraph.loaders.text_deadlines import text_deadline

_HEAD = "某某2026年工作方案\n\n各有关单位：\n\n## 一、重点任务\n\n"
_TAIL = "\n\n某某办公室\n\n2026年3月2日\n"


def _read(body: str) -> list[tuple]:
    doc = parse_document(_HEAD + body + _TAIL, path="x.md")
    return [
        ([u.raw for u in m.leads], [u.raw for u in m.supports], m.deadline.raw, m.deadline.date, m.deadline.status)
        for w in doc.workplans
        for m in w.measures
    ]


def test_a_post_listed_among_partners_leaves_the_units_read():
    """``（平安办负责，各社区、各网格员配合，…）``: the grid workers are people (a post, round 42), dropped from the task;
    the bracket's units are read. Before, the post made the whole bracket no list of units and the task was lost."""
    body = (
        "1. 开展平安创建。加强巡查。（平安办负责，各社区、各网格员配合，常态化开展）\n\n"
        "2. 开展入户走访。摸清底数。（街道民政办牵头，各社区居委会、专职网格员配合，2026年5月底前）"
    )
    assert _read(body) == [
        (["平安办"], ["各社区"], "常态化开展", None, "ongoing"),
        (["街道民政办"], ["各社区居委会"], "2026年5月底前", "2026-05", "scheduled"),
    ]


def test_posts_alone_still_name_no_unit():
    """Guards: a bracket of posts alone (``各班主任、各任课教师负责``) names no body, as before (round 42): no task; a
    bracket of units alone reads as before."""
    with pytest.raises(DocumentError):
        _read("1. 加强班级管理。开展家访。（各班主任、各任课教师负责，每学期）")
    assert _read("1. 开展平安创建。加强巡查。（平安办负责，各社区配合，常态化开展）") == [
        (["平安办"], ["各社区"], "常态化开展", None, "ongoing")
    ]


def test_a_school_year_and_its_terms_in_a_field():
    """A school year runs from September to August: ``2026—2027学年`` is due in August 2027, its first term
    (``第一学期``, ``上学期``) in January 2027, its second in July 2027; a term's end (``2026年秋季学期末``,
    ``2026年春季学期结束前``) the same months. Before, the school year read as its years' span (2027-12) and a term's
    end as its opening (09, 03)."""
    assert parse_deadline("2026—2027学年", 2026).date == "2027-08"
    assert parse_deadline("2026-2027学年度", 2026).date == "2027-08"
    assert parse_deadline("2026—2027学年第一学期", 2026).date == "2027-01"
    assert parse_deadline("2025—2026学年第二学期", 2026).date == "2026-07"
    assert parse_deadline("2026学年上学期", 2026).date == "2027-01"
    assert parse_deadline("2026年秋季学期末", 2026).date == "2027-01"
    assert parse_deadline("2026年春季学期结束前", 2026).date == "2026-07"


def test_a_school_year_and_its_terms_in_a_tasks_words():
    """In a task's words, a school year or a term's end the work is done in or by: before, none, or ``年内`` read out of
    ``在2026—2027学年内完成`` (2026-12)."""
    assert text_deadline("研究生院负责，2026—2027学年第一学期完成。", plan_year=2026).date == "2027-01"
    assert text_deadline("研究生院负责，在2026—2027学年内完成。", plan_year=2026) == parse_deadline(
        "2026—2027学年内", 2026
    )
    assert text_deadline("研究生院负责，于2026年秋季学期结束前完成。", plan_year=2026).date == "2027-01"
    assert text_deadline("教务处负责，2026年春季学期末完成。", plan_year=2026).date == "2026-07"


def test_school_years_that_are_no_deadline_read_as_before():
    """Guards: a school year the work is about (``组织2026—2027学年新生入学教育``), a term's start
    (``2026年秋季学期起``), the term as it opens (``2026年秋季学期``, round 38: 09) and before it opens
    (``秋季学期开学前``, 08-31), and two years not one after the other (``2026—2028学年``: the span, 2028-12)."""
    assert text_deadline("组织2026—2027学年新生入学教育。", plan_year=2026).raw is None
    assert text_deadline("推进改革，2026年秋季学期起全面实施。", plan_year=2026).raw is None
    assert parse_deadline("2026年秋季学期", 2026).date == "2026-09"
    assert parse_deadline("2026年秋季学期开学前", 2026).date == "2026-08-31"
    assert parse_deadline("2026—2028学年", 2026).date == "2028-12"


def test_a_term_that_recurs_before_its_opening_is_ongoing_in_a_tasks_words():
    """``…，每学期开学前完成。``, ``每年汛期前完成…``: a time that recurs, read as ``每学期`` is (ongoing), as a field
    reads ``每学期开学前``; before, the words read ``开学前`` (the next term, 2026-08-31) or ``汛期前`` (2026-05)."""
    words = "保卫处负责，后勤保障处、各学院（部）配合，每学期开学前完成。"
    assert text_deadline(words, plan_year=2026, document_date="2026-03-02") == parse_deadline("每学期", 2026)
    assert text_deadline("各学校负责，每年汛期前完成隐患排查。", plan_year=2026).status == "ongoing"
    assert parse_deadline("每学期开学前完成", 2026).status == "ongoing"


def test_a_season_or_term_that_does_not_recur_reads_as_before():
    """Guards: ``开学前`` alone (the next term), ``2026年汛期前`` beside a recurring ``每年汛期前`` (the dated one)."""
    assert text_deadline("开学前完成检查", plan_year=2026, document_date="2026-03-02").date == "2026-08-31"
    both = text_deadline("各学校负责，2026年汛期前完成排查，每年汛期前开展复查。", plan_year=2026)
    assert (both.raw, both.date) == ("2026年汛期前", "2026-05")


def test_a_manner_of_cadre_management_powers_before_the_role_verb():
    """``厅属各单位按照干部管理权限负责``: the manner is how the unit does its part (``vocab._MANNER``), as
    ``按照职责分工负责``; before, the clause was no unit and became the deadline's words."""
    body = "1. 加强人才引进。（厅人事处牵头，厅属各单位按照干部管理权限负责，2026年12月）"
    assert _read(body) == [(["厅人事处"], ["厅属各单位"], "2026年12月", "2026-12", "scheduled")]


def test_a_supervisor_beside_the_builder_supports():
    """``（A负责实施，B监管）``, ``（A承建，B监管）``: the supervisor beside who carries the work out supports, as
    ``督导`` (round 36) and ``履行监管职责`` (round 38); before, B was lost."""
    body = (
        "1. 推进标准厂房建设。（园区开发建设公司负责实施，管委会规划建设局监管，2026年10月底前）\n\n"
        "2. 推进配套道路建设。（园区开发建设公司承建，管委会规划建设局监管，2026年11月底前）"
    )
    assert _read(body) == [
        (["园区开发建设公司"], ["管委会规划建设局"], "2026年10月底前", "2026-10", "scheduled"),
        (["园区开发建设公司"], ["管委会规划建设局"], "2026年11月底前", "2026-11", "scheduled"),
    ]


def test_a_market_regulator_named_with_jianguan_stays_one_unit():
    """Guards: 监管 inside a unit's name (``县市场监管局牵头``) is no role verb."""
    body = "1. 加强食品安全。（县市场监管局牵头，县卫健局配合，持续推进）"
    assert _read(body) == [(["县市场监管局"], ["县卫健局"], "持续推进", None, "ongoing")]


def test_a_regulators_name_does_not_make_a_bracket_of_units_alone_an_assignment():
    """Guards: the 监管 / 监督 of a unit's name (区市场监管局, 市场监督管理局) is no assignment word, so a plan whose
    brackets list units alone still says it reads them as responsible units (round 56 files18's warning, which the
    first form of round 58's words dropped); the role words themselves still are."""
    from reformgraph.loaders.vocab import ASSIGNMENT_WORDS

    for name in (
        "区市场监管局",
        "县市场监管所",
        "市市场监督管理局",
        "省药品监督管理局",
        "市国有资产监督管理委员会",
        "市质量技术监督局",
    ):
        assert ASSIGNMENT_WORDS.search(name) is None, name
    for words in ("管委会规划建设局监管", "B负责监督检查", "B具体承担", "A承建"):
        assert ASSIGNMENT_WORDS.search(words) is not None, words
    body = (
        "1. 完成老旧小区改造。（区住房城乡建设局、区财政局，2026年11月底前）\n\n"
        "2. 加装既有住宅电梯。（区住房城乡建设局、区市场监管局，2026年12月底前）"
    )
    doc = parse_document(_HEAD + body + _TAIL, path="x.md")
    assert [w.kind for w in doc.warnings] == ["bare_units"]


def test_supervisors_and_carriers_of_more_wordings():
    """``B、C监督`` and ``B加强监管`` beside the doer support, as ``B监管``; ``B具体承担`` beside a lead carries the
    work out (a support, as ``具体实施``, round 30). Before, the bracket was no assignment (``监督``) or B was lost."""
    body = (
        "1. 推进项目建设。（园区开发建设公司负责实施，管委会规划建设局、生态环境分局监督，2026年10月底前）\n\n"
        "2. 强化院感防控。（各级各类医疗机构负责，县卫生健康局加强监管，长期坚持）\n\n"
        "3. 推进数字化转型。（科技信息处牵头，厅属各单位具体承担，2026年8月底前）"
    )
    assert _read(body) == [
        (["园区开发建设公司"], ["管委会规划建设局", "生态环境分局"], "2026年10月底前", "2026-10", "scheduled"),
        (["各级各类医疗机构"], ["县卫生健康局"], "长期坚持", None, "ongoing"),
        (["科技信息处"], ["厅属各单位"], "2026年8月底前", "2026-08", "scheduled"),
    ]


def test_a_supervision_that_is_the_units_own_duty_still_leads():
    """Guards: ``（A负责监管）`` alone leads (负责 and its duty, as before); 监督 inside a name
    (``县市场监督管理局``) is no role; ``（A具体承担）`` alone leads (the task's only role)."""
    assert _read("1. 加强食品安全。（县市场监管局负责监管，持续推进）") == [
        (["县市场监管局"], [], "持续推进", None, "ongoing")
    ]
    assert _read("1. 加强食品安全。（县市场监督管理局牵头，县卫健局配合，持续推进）") == [
        (["县市场监督管理局"], ["县卫健局"], "持续推进", None, "ongoing")
    ]
    assert _read("1. 推进项目。（县城投集团具体承担，持续推进）") == [(["县城投集团"], [], "持续推进", None, "ongoing")]


def test_a_ministrys_offices_labelled_and_support_labels_with_their_other_name():
    """``（牵头司局：A；配合司局：B；完成时限：…）`` (a ministry's 司局, labelled as a 省厅's 处室 are) and
    ``协同部门（单位）：`` (the other name of its kind in brackets, as round 40's ``配合部门（单位）``); before, the bracket
    was no assignment and the label line's units were lost."""
    assert _read("1. 完善制度。（牵头司局：药品监管司；配合司局：政策法规司；完成时限：2026年6月）") == [
        (["药品监管司"], ["政策法规司"], "2026年6月", "2026-06", "scheduled")
    ]
    body = (
        "1.开展危险化学品全面清查。\n牵头部门（单位）：实验室与设备管理处\n协同部门（单位）：保卫处、各学院（部）\n"
        "完成时限：2026年4月30日前"
    )
    assert _read(body) == [
        (["实验室与设备管理处"], ["保卫处", "各学院（部）"], "2026年4月30日前", "2026-04-30", "scheduled")
    ]


def test_labels_read_before_read_as_before():
    """Guards: ``责任司局：`` alone leads; ``配合部门（单位）：`` (round 40) as before."""
    assert _read("1. 完善制度。（责任司局：药品监管司、政策法规司；完成时限：2026年6月）") == [
        (["药品监管司", "政策法规司"], [], "2026年6月", "2026-06", "scheduled")
    ]
    body = "1. 开展清查。\n牵头单位：保卫处\n配合部门（单位）：各学院（部）\n完成时限：2026年4月30日前"
    assert _read(body) == [(["保卫处"], ["各学院（部）"], "2026年4月30日前", "2026-04-30", "scheduled")]


def test_a_terms_opening_and_the_term_throughout():
    """``2026—2027学年第二学期开学前``: the spring term's eve (02, as ``2027年春季学期开学前``), the first term's the
    autumn one's (08-31); ``2026年春季学期内`` / ``…期间``: by the term's end (07; the autumn term's 2027-01), in a field
    and in a task's words. Before (with the school year read), the term's end (07), or the term's opening month (03)."""
    assert parse_deadline("2026—2027学年第二学期开学前", 2026).date == "2027-02"
    assert parse_deadline("2026—2027学年第一学期开学前", 2026).date == "2026-08-31"
    assert parse_deadline("2026年春季学期内", 2026).date == "2026-07"
    assert parse_deadline("2026年秋季学期期间", 2026).date == "2027-01"
    assert text_deadline("教务处负责，2026—2027学年第二学期开学前完成。", plan_year=2026).date == "2027-02"
    assert text_deadline("2026年秋季学期内开设课程10门。", plan_year=2026).date == "2027-01"


def test_the_term_or_school_year_a_plan_is_issued_in():
    """``本学期末``, ``本学期内``, ``本学年内``: the term (spring February to July, autumn to January) or school year
    (to August) of the plan's date, in a field and in a task's words; ``下学期开学前`` the next term's opening, as
    ``新学期开学前`` (round 43). Before, none (``本学年内`` in words read ``年内``, the plan's year's end)."""
    assert parse_deadline("本学期末", 2026, "2026-03-02").date == "2026-07"
    assert parse_deadline("本学年内", 2026, "2026-03-02").date == "2026-08"
    assert parse_deadline("下学期开学前", 2026, "2026-03-02").date == "2026-08-31"
    assert text_deadline("教务处负责，本学期末完成。", plan_year=2026, document_date="2026-09-02").date == "2027-01"
    assert text_deadline("本学期内开展一次检查。", plan_year=2026, document_date="2026-09-02").date == "2027-01"
    found = text_deadline("本学年内完成。", plan_year=2026, document_date="2026-09-02")
    assert (found.raw, found.date) == ("本学年内", "2027-08")


def test_this_term_as_the_works_object_or_with_no_date():
    """Guards: ``总结本学期工作经验``, ``组织本学期末考试`` (the term the work is about) and a plan with no date give
    none."""
    assert text_deadline("总结本学期工作经验。", plan_year=2026, document_date="2026-09-02").raw is None
    assert text_deadline("组织本学期末考试。", plan_year=2026, document_date="2026-09-02").raw is None
    assert parse_deadline("本学期末", 2026).date is None


def test_party_organisations_are_bodies():
    """``各基层党组织``, ``各社区党组织``, ``各级团组织`` end a body's name (``unit_names._UNIT_ENDS``), and a name ending in
    a longer verb's first words is read with the shorter verb (``各社区党组织配合``: not 各社区党 and 组织配合). Before,
    the bracket was no assignment, or the partner lost; a carrier ``分别组织`` beside a lead supports."""
    body = (
        "1. 加强基层党建。（各基层党组织负责，持续推进）\n\n"
        "2. 开展主题党日。（机关党委牵头，各社区党组织配合，每月）\n\n"
        "3. 开展防汛演练。（办公室牵头，各隶属海关分别组织，2026年汛前）"
    )
    assert _read(body) == [
        (["各基层党组织"], [], "持续推进", None, "ongoing"),
        (["机关党委"], ["各社区党组织"], "每月", None, "ongoing"),
        (["办公室"], ["各隶属海关"], "2026年汛前", "2026-05", "scheduled"),
    ]


def test_a_verb_of_organising_after_a_unit_reads_as_before():
    """Guards: ``县教育局组织配合`` (组织配合 after a unit's whole name, round 36's support), ``组织`` alone as the work's
    verb, and the generic noun ``组织`` no unit."""
    assert _read("1. 开展培训。（县人社局牵头，县教育局组织配合，2026年6月底前）") == [
        (["县人社局"], ["县教育局"], "2026年6月底前", "2026-06", "scheduled")
    ]
    from reformgraph.loaders.unit_names import is_unit_name

    assert not is_unit_name("组织")
