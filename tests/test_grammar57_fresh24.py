"""Round 57 (fresh24): plans of kinds not met before, read by hand first (tests/fixtures/round57/fresh24), and the
rules their first run asked for."""

from __future__ import annotations

from reformgraph.loaders.date_words import arrival_as_before
from reformgraph.loaders.deadlines import parse_deadline
from reformgraph.loaders.parse import parse_document
from reformgraph.loaders.text_deadlines import text_deadline

_HEAD = "某某市2026年工作方案\n\n各区人民政府，市政府有关部门：\n\n## 一、重点任务\n\n"
_TAIL = "\n\n某某市人民政府办公室\n\n2026年3月2日\n"


def _read(body: str) -> list[tuple]:
    doc = parse_document(_HEAD + body + _TAIL, path="x.md")
    return [
        ([u.raw for u in m.leads], [u.raw for u in m.supports], m.deadline.raw, m.deadline.status)
        for w in doc.workplans
        for m in w.measures
    ]


def test_a_last_sentence_naming_the_task_states_its_continuing_time():
    """``…市生态环境局协助做好技术指导。此项工作长期坚持。``: the last sentence's subject is the task itself, its
    status word the task's time, as a bare ``。长期坚持。`` is (round 34); before, no status."""
    body = (
        "1. 严格新建餐饮项目准入。市自然资源和规划局负责落实餐饮项目选址要求，市生态环境局协助做好技术指导。"
        "此项工作长期坚持。\n\n"
        "2. 加强油烟监管。市城市管理局负责日常巡查，各区人民政府配合。该项工作需持续推进。"
    )
    assert _read(body) == [
        (["市自然资源和规划局"], ["市生态环境局"], "长期坚持", "ongoing"),
        (["市城市管理局"], ["各区人民政府"], "持续推进", "ongoing"),
    ]


def test_a_last_sentence_whose_subject_is_another_object_keeps_no_time():
    """Guards: a status word whose subject is not the task (``督促商户长期坚持``), and ``此项工作`` not followed by a
    status word closing the sentence (``此项工作长期以来进展缓慢``), give no status, as before."""
    assert text_deadline("加强指导。A负责，B配合。督促商户长期坚持。", plan_year=2026).status is None
    assert text_deadline("加强指导。A负责，B配合。此项工作长期以来进展缓慢。", plan_year=2026).status is None
    assert text_deadline("加强指导。A负责，B配合。此项工作长期坚持。", plan_year=2026).status == "ongoing"


def test_a_season_coming_before_its_eve_reads_as_before_it():
    """``2026年汛期到来前``, ``2026年冬季来临前``, ``2026年汛期之前``: the season's eve, as ``2026年汛期前`` (2026-05) and
    ``2026年冬季前`` (2026-11) read; before, the bare year (2026-12) or, in a task's words, no time for 冬季来临前."""
    assert parse_deadline("2026年汛期到来前", 2026).date == "2026-05"
    assert parse_deadline("2026年汛期之前", 2026).date == "2026-05"
    assert parse_deadline("2026年冬季来临前", 2026).date == "2026-11"
    assert parse_deadline("2026年国庆节来临之前", 2026).date == "2026-09-30"
    # with no year, in a task's words, as 汛期前 reads (before, none)
    assert text_deadline("在汛期到来前完成排查", plan_year=2026).date == "2026-05"
    assert text_deadline("冬季来临之前完成检修", plan_year=2026).date == "2026-11"
    body = (
        "1. 开展油烟管道排查。由市生态环境局牵头，市城市管理局协助，在2026年汛期到来前完成排查。\n\n"
        "2. 做好冬季防护。市城市管理局负责，各区人民政府配合，2026年冬季来临前完成设施检修。"
    )
    assert _read(body) == [
        (["市生态环境局"], ["市城市管理局"], "2026年汛期到来前", "scheduled"),
        # (the clause's words after a season, as 2026年冬季前完成设施检修 reads)
        (["市城市管理局"], ["各区人民政府"], "2026年冬季来临前完成设施检修", "scheduled"),
    ]
    assert [
        m.deadline.date for w in parse_document(_HEAD + body + _TAIL, path="x.md").workplans for m in w.measures
    ] == [
        "2026-05",
        "2026-11",
    ]


def test_a_coming_after_no_season_keeps_its_reading():
    """Guards: a season the table does not hold (``雨季来临前``) and a date's own ``之前`` read as before."""
    assert parse_deadline("2026年雨季来临前", 2026).date == "2026-12"
    assert parse_deadline("2026年6月底之前", 2026).date == "2026-06"
    assert parse_deadline("2026年汛期前", 2026).date == "2026-05"
    assert arrival_as_before("2026年6月底之前") == "2026年6月底之前"
    # (round 58 left23: 雨季, a season of no one month, is the year's end in a task's words as in a field)
    assert text_deadline("在2026年雨季来临前完成排查", plan_year=2026).date == "2026-12"
    assert text_deadline("在汛期检查前完成排查", plan_year=2026).date is None


def test_a_season_s_end_reads_its_last_month():
    """``2026年暑假结束前`` 2026-08, ``2026年冬季结束前`` 2027-02, ``2026年寒假结束前`` 2026-02, ``2026年春运结束前``
    2026-03: the season's last month, as ``…期间`` reads it (round 56); in a field and in a task's words. Before, the
    eve (``暑假结束前`` July) or the bare year / none."""
    assert parse_deadline("2026年暑假结束前", 2026).date == "2026-08"
    assert parse_deadline("2026年冬季结束前", 2026).date == "2027-02"
    assert parse_deadline("2026年寒假结束前", 2026, "2026-01-05").date == "2026-02"
    assert parse_deadline("2026年春运结束之前", 2026, "2026-01-05").date == "2026-03"
    assert text_deadline("在2026年暑期结束前完成排查", plan_year=2026).date == "2026-08"


def test_a_season_s_eve_and_a_season_with_no_end_keep_their_reading():
    """Guards: ``2026年暑假前`` the eve (July), ``2026年冬季前`` (November); a season the table gives no end month
    (``2026年春耕结束前``) keeps its eve, as before (round 57 left22: ``供暖季`` has its end now, March)."""
    assert parse_deadline("2026年暑假前", 2026).date == "2026-07"
    assert parse_deadline("2026年冬季前", 2026).date == "2026-11"
    assert parse_deadline("2026年春耕结束前", 2026).date == "2026-03"
