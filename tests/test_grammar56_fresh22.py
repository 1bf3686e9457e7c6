"""Round 56 (fresh22): plans of kinds not met before, read by hand first (tests/fixtures/round56/fresh22)."""

from __future__ import annotations

from reformgraph.loaders.deadlines import parse_deadline
from reformgraph.loaders.text_deadlines import text_deadline


def test_two_seasons_listed_with_a_dunhao_are_both_read_in_a_tasks_words():
    """``2026年寒假期间、2026年暑期各开展一次集中行动``: before, the second season was lost (``暑期`` followed by
    ``各``, no time word), the task due in February; now both, the latest August."""
    found = text_deadline("由县教育局负责，2026年寒假期间、2026年暑期各开展一次集中行动。", plan_year=2026)
    assert (found.date, found.status) == ("2026-08", "scheduled")
    first = text_deadline("县教育局负责，2026年暑期、2026年寒假期间各开展一次检查。", plan_year=2026)
    # 2026年寒假期间 is 2026-02 (SPEC.md); its raw words hold their 期间 since round 57 (left20)
    assert (first.date, first.raw) == ("2026-08", "2026年暑期；2026年寒假期间")


def test_a_listed_season_in_a_field_is_read_too():
    assert parse_deadline("2026年寒假期间、2026年暑期各开展一次集中行动", 2026).date == "2026-08"


def test_a_season_naming_no_time_still_names_none():
    """Guards: ``暑期托管``, ``冬季行动`` name work, no time; a season in a list of nouns without a year is no date."""
    assert text_deadline("2026年暑期托管服务覆盖全部城区学校。", plan_year=2026).date is None
    assert text_deadline("开展冬季行动各项检查。", plan_year=2026).date is None
    assert text_deadline("做好寒假、暑期学生安全教育。", plan_year=2026).date is None
    assert parse_deadline("暑期工作", 2026).date is None
