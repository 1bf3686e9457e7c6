"""Round 57 (left22): the season ends fresh24 left (tests/fixtures/round57/left22): the flood season's, the
heating season's and the autumn harvest's end months in ``date_words.SEASONS``, and a season's end with no year in
a task's words."""

from __future__ import annotations

from reformgraph.loaders.deadlines import parse_deadline
from reformgraph.loaders.text_deadlines import text_deadline


def test_a_season_s_end_reads_its_end_month():
    """``2026年汛期结束前`` 2026-09 (before, the bare year 2026-12), ``2026年秋收结束前`` 2026-10 and
    ``2026年供暖季结束前`` / ``采暖季结束前`` 2027-03 (before, their eves: 2026-09, 2026-11); in a field and in a
    task's words."""
    assert parse_deadline("2026年汛期结束前", 2026).date == "2026-09"
    assert parse_deadline("2026年汛期结束之前", 2026).date == "2026-09"
    assert parse_deadline("2026年秋收结束前", 2026).date == "2026-10"
    assert parse_deadline("2026年供暖季结束前", 2026).date == "2027-03"
    assert parse_deadline("2026年采暖季结束前", 2026).date == "2027-03"
    assert text_deadline("在2026年汛期结束前完成排查", plan_year=2026).date == "2026-09"


def test_a_season_s_eve_keeps_its_reading():
    """Guards: the eves stay (``汛期前`` May, ``秋收前`` September, ``供暖季前`` November), ``汛期`` alone names no
    date (a field naming the season the work goes on through: round 42), a season the table does not hold
    (``雨季来临前``, Chosen: not added, its onset runs from April to July across China) stays the bare year."""
    assert parse_deadline("2026年汛期前", 2026).date == "2026-05"
    assert parse_deadline("2026年秋收前", 2026).date == "2026-09"
    assert parse_deadline("2026年供暖季前", 2026).date == "2026-11"
    assert parse_deadline("2026年秋收期间", 2026).date == "2026-10"
    assert parse_deadline("汛期", 2026).date is None
    assert parse_deadline("2026年雨季来临前", 2026).date == "2026-12"
    assert text_deadline("汛期加密巡查频次", plan_year=2026).date is None


def test_a_season_s_end_with_no_year_reads_the_plan_s_year():
    """``暑假结束前`` with no year, in a field or a task's words: the plan's year, as ``暑假前`` (before, none)."""
    assert parse_deadline("暑假结束前", 2026).date == "2026-08"
    assert text_deadline("利用假期完成维修，暑假结束前全部投入使用", plan_year=2026).date == "2026-08"
    assert text_deadline("汛期结束前完成修复", plan_year=2026).date == "2026-09"


def test_a_season_s_end_with_no_year_guards():
    """Guards: after its end (``暑假结束后``) no deadline; ``暑假前`` keeps July."""
    assert text_deadline("暑假结束后开展回访", plan_year=2026).date is None
    assert text_deadline("暑假前完成维修", plan_year=2026).date == "2026-07"


def test_the_end_words_and_their_pattern_say_the_same():
    """``date_words.ENDING`` (probed with ``startswith``) and ``ENDING_PATTERN`` (in regexes) are one list twice:
    each word is matched whole by the pattern, and the pattern matches nothing else at a season's end."""
    import re

    from reformgraph.loaders.date_words import ENDING, ENDING_PATTERN

    assert all(re.fullmatch(ENDING_PATTERN, word) for word in ENDING)
    written = {"结束" + tail for tail in ("前", "之前", "以前", "时", "后", "以后", "期间", "之时")}
    assert {word for word in written if re.fullmatch(ENDING_PATTERN, word)} == set(ENDING)
